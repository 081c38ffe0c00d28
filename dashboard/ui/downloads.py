"""One download menu a Figure, in the user's language, in place of Streamlit's English chart toolbar:
the chart as PNG, SVG and PDF and the table as CSV and XLSX (`dashboard.exports`), each file named for
what it shows. A file is made only when its button is pressed, so a page pays nothing for its menus."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

import streamlit as st

from dashboard import formatting
from dashboard.exports import charts, report, tables
from dashboard.figures.figure import Figure
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.settings import public_url
from dashboard.texts import t
from dashboard.ui import loop_store

_MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf", "csv": "text/csv",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def address(link: str) -> str:
    """A figure's link as a whole address: the public one when it is set, else the one this page was
    opened at."""
    base = public_url()
    if base is None:
        here = urlsplit(st.context.url or "http://localhost:8501")
        base = f"{here.scheme}://{here.netloc}"
    return base + link


def menu(fig: Figure, lang: str) -> None:
    """The figure's files behind one button."""
    url = address(fig.link)
    # a key of the figure's own: two figures of a page may share their builder's key but never their file
    key = "nvk_dl_" + hashlib.sha1(f"{fig.key}|{fig.file_stem}|{fig.title}".encode()).hexdigest()[:12]
    makers = {}
    if fig.chart is not None:
        makers.update(png=charts.png, svg=charts.svg, pdf=charts.pdf)
    if fig.table.height:
        makers.update(csv=lambda f, la, _: tables.csv_bytes(f, la), xlsx=tables.xlsx_bytes)
    if not makers:
        return
    with st.popover(t("export.menu", lang), icon=":material/download:", help=t("export.menu_help", lang),
                    key=key):
        for kind, make in makers.items():
            st.download_button(t(f"export.{kind}", lang), lambda make=make: make(fig, lang, url),
                               f"{fig.file_stem}.{kind}", _MIME[kind], key=f"{key}_{kind}", on_click="ignore",
                               width="stretch")


def report_button(view: View, source: Source) -> None:
    """The monthly report of the area and the period's last month, typeset when the button is pressed."""
    lang, month = view.lang, view.selection.last
    # read while the page runs: the file is made after it, where Streamlit's context (the address the
    # page was opened at, the store's cache) is gone and the links fell back to localhost
    base, entries = address(""), loop_store.everything(lang)

    def made() -> bytes:
        return report.pdf(report.build(view, source, entries, base))

    area = view.choices.areas[view.selection.area_code].name
    # a label is Markdown: the area's name from the data is text
    st.download_button(formatting.plain(t("report.button", lang, area=area, month=formatting.month(month, lang))), made,
                       f"{report.file_stem(report.of_month(view))}.pdf", _MIME["pdf"], key="nvk_monthly_report",
                       on_click="ignore", icon=":material/picture_as_pdf:", help=t("report.button_help", lang))
