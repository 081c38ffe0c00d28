"""The one place a Figure meets Streamlit: chart or headline numbers, caption, notes, and the table.

Every text that may come from data (names, sources) reaches Streamlit through `plain`, so it is
shown as written, never read as Markdown; a table's cells are escaped as HTML (`table_html`).
"""

from __future__ import annotations

import hashlib
import html
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import altair as alt
import streamlit as st
from streamlit.dataframe_util import convert_anything_to_arrow_bytes

from dashboard.charts import sparkline
from dashboard.figures.figure import Figure, Metric
from dashboard.formatting import plain
from dashboard.texts import t
from dashboard.ui import downloads

_PAGES = "_nvk_pages"
#: A tile's and a panel figure's width in pixels: rows wrap to the screen, never cut a label.
TILE_WIDTH, PANEL_WIDTH = 250, 200
#: A signal's badge in the control chart's colours (Making Data Count: blue improvement, orange
#: concern, purple neither, grey no signal), and an icon, so that colour is never the only cue.
SIGNAL_BADGES = {"improvement": "blue", "concern": "orange", "neither": "violet", "common_cause": "gray",
                 "too_few": "gray", "latest_hidden": "gray"}
SIGNAL_ICONS = {"improvement": ":material/thumb_up:", "concern": ":material/warning:",
                "neither": ":material/priority_high:", "common_cause": ":material/horizontal_rule:",
                "too_few": ":material/hourglass_empty:", "latest_hidden": ":material/visibility_off:"}


_SCROLLS = "_nvk_scrolls"  # how many times a page has been brought to an anchor in this session


def links_to(pages: Mapping[str, Any]) -> None:
    """The app's pages by URL path, so that a figure's links open them in the app (`st.page_link`),
    not in a new tab as a Markdown link would."""
    st.session_state[_PAGES] = pages


def scroll_to(anchor: str) -> None:
    """Brings the heading with this anchor to the top of the window. Streamlit opens a link on the
    page where the window stood; a line of what changed points at a chart further down. A fixed
    script on a fixed anchor, never text from data; numbered, since Streamlit keeps (and does not run
    again) an element the same as the one it already shows there."""
    if not anchor.isidentifier():
        raise ValueError(f"not an anchor: {anchor!r}")
    n = st.session_state[_SCROLLS] = st.session_state.get(_SCROLLS, 0) + 1
    st.html(f"<script>/* {n} */ document.getElementById('{anchor}')?.scrollIntoView({{block: 'start'}});</script>",
            unsafe_allow_javascript=True, width="content")


#: read once: the rules are the same for every run
_STYLE = (Path(__file__).with_name("style.css")).read_text(encoding="utf-8")


def stylesheet() -> None:
    """The app's own CSS (style.css); a `<style>` alone takes no room on the page."""
    st.html(f"<style>{_STYLE}</style>")


_BIG_SCREEN = (Path(__file__).with_name("big_screen.css")).read_text(encoding="utf-8")


def big_screen() -> None:
    """A page for the meeting room's screen (big_screen.css): no sidebar, the whole width, large type."""
    st.html(f"<style>{_BIG_SCREEN}</style>")


def heading(text: str) -> None:
    st.markdown(f"#### {line(text)}")


def line(text: str) -> str:
    """A text as one line of Markdown that shows it as written: a line break typed into a decision
    would end a heading or a list item and start Markdown of its own (a heading, a code block)."""
    return plain(" ".join(text.split()))


def figure(fig: Figure, lang: str, *, table: bool = True, on_select: Callable[[], None] | None = None,
           width: str = "stretch", height: str = "content", show_title: bool = False, caption: bool = True,
           download: bool = True) -> Any:
    """Show a figure; with `on_select`, clicks on the chart call it (the map); returns the chart's event.

    Without `caption` the definition and source are left to the page: headline tiles carry each
    definition on hover and sit under the page's own source line, where a long caption would only repeat.
    Without `download` there is no download menu: the meeting room's screen shows, it does not hand out."""
    event = None
    if show_title:
        heading(fig.title)
    for warning in fig.warnings:
        st.warning(plain(warning), icon=":material/warning:")
    if fig.metrics:
        metrics(fig.metrics, lang, fig.key)
    if fig.chart is not None:
        if on_select is None:
            event = st.vega_lite_chart(vega_lite(fig.chart), theme=None, key=fig.key, width=width, height=height)
        else:
            event = st.vega_lite_chart(vega_lite(fig.chart), theme=None, key=fig.key, on_select=on_select,
                                       selection_mode="unit", width=width)
    if fig.note_links:
        for note, link in zip(fig.notes, fig.note_links, strict=True):
            page_link(note, link)
    elif fig.notes:
        st.markdown("\n".join(f"- {line(note)}" for note in fig.notes))
    if caption:
        st.caption(plain(fig.caption(lang)))
    if download:
        downloads.menu(fig, lang)
    if table and fig.table.height and (fig.chart is not None or fig.metrics):
        with st.expander(t("chart.show_table" if fig.chart is not None else "chart.show_numbers", lang)):
            _table(fig, lang)
    elif table and fig.table.height:
        _table(fig, lang)
    return event


def _table(fig: Figure, lang: str) -> None:
    """A figure's table as a static HTML table (`table_html`)."""
    st.html(table_html(fig, lang))


#: The columns read as numbers, set to the right; a date is kept on one line.
_ALIGN = {"text": "", "month": "", "date": "date"}


def table_html(fig: Figure, lang: str) -> str:
    """A figure's table as HTML, its cells wrapping to the column's width (style.css `.nvk-table`).

    A data grid (`st.dataframe`) keeps a cell on one line and hid the last columns off its right edge
    at 768 px; `st.table` wraps but reads every cell as Markdown, a component each, and took a Täckning
    page 0.3 s longer to draw than the grid; one HTML string draws faster than either. Every header
    and cell is escaped: a name from the data is text, never markup."""
    shown, kinds = fig.table.display(lang), fig.table.kinds
    classes = {c: _ALIGN.get(kinds[c], "num") for c in shown.columns}

    def cell(tag: str, column: str, text: str, scope: str = "") -> str:
        css = f' class="{classes[column]}"' if classes[column] else ""
        return f"<{tag}{scope}{css}>{html.escape(text)}</{tag}>"

    head = "".join(cell("th", c, c, ' scope="col"') for c in shown.columns)
    body = "".join("<tr>" + "".join(cell("td", c, v or "") for c, v in zip(shown.columns, row, strict=True)) + "</tr>"
                   for row in shown.iter_rows())
    return (f'<table class="nvk-table" aria-label="{html.escape(fig.title)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


#: Altair's data transformer and theme are settings of the whole process: one conversion at a time
_ALTAIR = threading.Lock()


def vega_lite(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart as the Vega-Lite spec `st.vega_lite_chart` draws, its data as Arrow datasets, as
    `st.altair_chart` makes it, but not validated against Vega-Lite's schema: that took a fifth of a
    page's run, and every chart builder's spec is validated by its tests instead (tests/charts)."""
    datasets: dict[str, bytes] = {}
    with _ALTAIR, alt.theme.enable("none"), alt.data_transformers.enable("nvk_arrow", datasets=datasets):
        spec = chart.to_dict(validate=False)
    spec["datasets"] = {**spec.get("datasets", {}), **datasets}
    return spec


def _to_arrow(data: Any, datasets: dict[str, bytes]) -> dict[str, str]:
    """A chart's frame as Arrow bytes, named by their hash, as Streamlit names them."""
    arrow = convert_anything_to_arrow_bytes(data)
    name = hashlib.sha256(arrow).hexdigest()[:32]
    datasets[name] = arrow
    return {"name": name}


alt.data_transformers.register("nvk_arrow", _to_arrow)


def page_link(label: str, link: str, icon: str = ":material/show_chart:", where: Any = st) -> None:
    """A link to a page of the app on the view `link` names (`View.link`), drawn in `where`."""
    parts = urlsplit(link)
    where.page_link(st.session_state[_PAGES][parts.path.strip("/")], label=plain(label),
                    query_params=dict(parse_qsl(parts.query)), icon=icon)


def metrics(items: tuple[Metric, ...], lang: str, key: str) -> None:
    """Headline numbers side by side, as many to a row as the screen holds (a tile is at least its width,
    so no label or value is cut at 768 px; tiles share a row's width, style.css `nvk_tiles`). Streamlit
    reads a metric's label and change as Markdown: a change that is words (a name) is escaped, while a
    signed change keeps its sign; labels are the catalogue's. A tile's change is grey whichever way it
    went; only its signal (a badge) has a colour."""
    tiles = any(item.sparkline for item in items)
    with st.container(horizontal=True, gap="small", key=f"nvk_{'tiles' if tiles else 'panel'}_{key}"):
        for item in items:
            change = plain(item.change) if item.change and item.direction == "off" else item.change
            tile = bool(item.sparkline)
            with st.container(border=tile, width=TILE_WIDTH if tile else PANEL_WIDTH):
                st.metric(item.label, item.value, change, delta_color="off", help=item.help,
                          delta_arrow=item.direction)
                # our own drawing: Streamlit's would be a Vega view a tile (`charts.sparkline`); none
                # when no month has a value, or for a centre outside the scheme (no signal: no series)
                drawing = (sparkline.image(item.sparkline, t("kpi.sparkline", lang, name=item.label), item.signal)
                           if tile and item.signal is not None else "")
                if drawing:
                    st.html(drawing)
                if item.signal_text:
                    st.badge(item.signal_text, color=SIGNAL_BADGES[item.signal], help=item.signal_help,
                             icon=SIGNAL_ICONS[item.signal])
                if item.note:
                    st.caption(plain(item.note))
