"""The monthly report: for an area and a month, one PDF a steering group reads on paper, typeset by
Typst from the same Figures the pages show.

It holds the headline indicators of the month with their change and signal, what changed, the key
chart of each page (drawn by `charts` for the page's width, its notes, definition, source and link set
as text under it), the learning
loop's open and due decisions and the annual wheel's next items. Every text reaches Typst as data
(`sys.inputs`), never as markup; the charts as SVG files beside the template. A4, a table of contents,
page numbers and the extract's date on every page.

The report looks back from the end of its month: the twelve months up to it, the decisions dated by
then with their follow-ups dated by then, and the wheel's items after it, so that a report of an earlier
month says what stood open at its end.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import font_source_sans_pro
import typst

from dashboard import formatting
from dashboard.exports import charts
from dashboard.figures import coverage, emergency, learning, near_care, overview, team_visits
from dashboard.figures.figure import Figure
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.files import write_whole
from dashboard.metrics.periods import add_months
from dashboard.texts import t

TEMPLATE = Path(__file__).resolve().parent / "report.typ"
#: A chart's width in CSS pixels, drawn across the text's 17,4 cm: its 11–12 px type prints at 8–9 pt,
#: the report's own small text (at the file exports' 760 px it printed at 6–7 pt); a chart over time is
#: drawn lower than on screen, so that two share a page; a map keeps its shape, at MAP_SHARE of the width
CHART_WIDTH, CHART_HEIGHT, MAP_SHARE = 520, 210, 0.72
#: The decisions the report lists: those still to be followed up
OPEN = ("due", "open")


@dataclass(frozen=True)
class Report:
    """The report as Typst reads it: `record` (plain data) and the charts' SVG files by name."""

    record: dict[str, Any]
    images: dict[str, bytes]



def month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def of_month(view: View) -> View:
    """The report's view of `view`'s area and last month: the twelve months up to it (as many as the
    extract has), compared with the region, whatever the page showed."""
    last = view.selection.last
    first = max(add_months(last, -11), view.choices.months[0])
    return replace(view, selection=replace(view.selection, first=first, compare="region", hc_id=None, team_id=None),
                   page_params=())


def file_stem(view: View) -> str:
    """`manadsrapport_boras_2025-12`: the report is named for its area and month."""
    month = view.selection.last
    return replace(view, selection=replace(view.selection, first=month)).file_stem("manadsrapport")


def build(view: View, source: Source, entries: Mapping[str, Sequence[dict]], base_url: str) -> Report:
    """The report of `view`'s area for the period's last month, over the twelve months up to it
    (`of_month`); `entries` are the learning store's (`Store.everything`), `base_url` where readers reach the app."""
    shown, view = view, of_month(view)
    lang, month = view.lang, view.selection.last
    as_of = month_end(month)
    kept = _as_of(entries, as_of)
    decided, targeted = learning.for_charts(kept)
    view = replace(view, decisions=decided, targets=targeted)
    found = overview.statuses(view, source)
    images: dict[str, bytes] = {}

    def chart(name: str, fig: Figure, *, is_map: bool = False) -> dict[str, Any]:
        link = base_url + fig.link
        if fig.chart is None:  # nothing to draw (no team serves the area, every month hidden): its notes say why
            return {"kind": "nochart", "title": fig.title, "notes": list(fig.notes), "caption": fig.caption(lang),
                    "link": link}
        images[f"{name}.svg"] = charts.svg(fig, lang, link, width=CHART_WIDTH, footer=False,
                                           height=None if is_map else CHART_HEIGHT)
        return {"kind": "image", "path": f"{name}.svg", "title": fig.title, "notes": list(fig.notes),
                "caption": fig.caption(lang), "link": link, "share": MAP_SHARE if is_map else 1.0}

    changed = overview.changes_figure(on(view, overview.PAGE), found)
    sections = [
        {"heading": changed.title, "intro": t("report.changes_intro", lang), "blocks": [_items(changed.notes)]},
        {"heading": t("report.state", lang, month=formatting.month(month, lang)),
         "intro": t("report.state_intro", lang),
         "blocks": [_table(fig, lang) for fig in overview.tile_figures(on(view, overview.PAGE), source, found)]},
        {"heading": t("report.charts", lang), "intro": t("report.charts_intro", lang), "new_page": True, "blocks": [
            _named(coverage.PAGE, lang, chart("coverage", coverage.map_figure(
                on(view, coverage.PAGE), source, coverage.MAP_INDICATORS[0]), is_map=True)),
            _named(team_visits.PAGE, lang, chart("team_visits", team_visits.team_control_figure(
                on(view, team_visits.PAGE), source))),
            _named(near_care.PAGE, lang, chart("near_care", near_care.census_figure(on(view, near_care.PAGE), source))),
            _named(emergency.PAGE, lang, chart("emergency", _emergency(on(view, emergency.PAGE), source))),
        ]},
        _loop(on(view, learning.PAGE), kept, as_of),
    ]
    name = view.scope_name(view.scope)
    record = {
        "lang": lang,
        "title": t("report.title", lang),
        "area": name, "month": formatting.month(month, lang),
        "subtitle": (t("report.subtitle", lang, period=view.period_text(), region=view.region_name)
                     if view.comparison is not None else t("report.subtitle_region", lang, period=view.period_text())),
        "scope_note": _scope_note(shown, view),
        "footer": t("report.footer", lang, area=name, month=formatting.month(month, lang),
                    date=formatting.day(view.extract_date, lang), source=view.source),
        "contents": t("report.contents", lang),
        "link": base_url + on(view, overview.PAGE).link(),
        "link_label": t("report.link", lang),
        "sections": sections,
        "file_stem": file_stem(view),
    }
    return Report(record, images)


def _scope_note(shown: View, view: View) -> str | None:
    """What the report leaves out of the view it was made from: a centre or team chosen, another
    comparison; a reader of the page's figures would otherwise take the report's for theirs."""
    chosen = [shown.scope_name(shown.scope)] if shown.scope != view.scope else []
    if shown.comparison != view.comparison:
        chosen.append(shown.comparison_text())
    if not chosen:
        return None
    return t("report.scope_note", view.lang, area=view.scope_name(view.scope), region=view.region_name,
             chosen="; ".join(chosen))


def on(view: View, page: Page) -> View:
    """The view as `page` shows it: its figures' links and file names are that page's."""
    return replace(view, page=page.url, page_name=page.name, page_params=())


def _emergency(view: View, source: Source) -> Figure:
    """Akutbesök's key chart: the oldest's visits per 1 000 on a control chart, from the page's default change."""
    indicator_id = emergency.chosen(emergency.INDICATORS[0], emergency.AGES[0])
    return emergency.control_chart_figure(view, source, indicator_id,
                                          emergency.change_month(emergency.default_change(view)))


def _as_of(entries: Mapping[str, Sequence[dict]], day: date) -> dict[str, list[dict]]:
    """The store's entries as they stood at `day` by their own dates: the decisions made by then and
    their follow-ups by then (typed in later or not: a meeting's record is often written after it),
    and the targets set by then (a target has no date of its own but the day it was stored)."""
    kept = {kind: list(rows) for kind, rows in entries.items()}
    kept["target"] = [x for x in kept["target"] if x["created_at"].date() <= day]
    kept["decision"] = [d for d in kept["decision"] if d["decided_on"] <= day]
    kept["follow_up"] = [f for f in kept["follow_up"] if f["followed_on"] <= day]
    return kept


def _loop(view: View, entries: Mapping[str, Sequence[dict]], as_of: date) -> dict[str, Any]:
    """The learning loop: the decisions to follow up and the annual wheel's next items."""
    lang = view.lang
    decisions = learning.decisions_figure(view, entries["decision"], entries["follow_up"], as_of, OPEN)
    coming = learning.coming_figure(view, entries["wheel_item"], add_months(as_of.replace(day=1), 1))
    title = t("decisions.due_as_of", lang, day=formatting.day(as_of, lang))
    blocks = [{**_table(decisions, lang), "title": title} if decisions.table.height
              else _items([t("report.no_decisions", lang)]),
              {"kind": "subheading", "text": t("learning.wheel.coming", lang)},
              _items(coming.notes if coming is not None else [t("report.no_wheel", lang)])]
    return {"heading": t("page.learning", lang), "intro": t("report.loop_intro", lang), "blocks": blocks}


def _table(fig: Figure, lang: str) -> dict[str, Any]:
    """A figure's table as it reads on screen (hidden cells marked), with its notes."""
    shown = fig.table.display(lang)
    return {"kind": "table", "title": fig.title, "columns": shown.columns,
            "numeric": [fig.table.kinds[c] not in ("text", "month", "date") for c in shown.columns],
            "rows": [["" if v is None else v for v in row] for row in shown.iter_rows()],
            "notes": list(fig.notes)}


def _items(lines: Sequence[str]) -> dict[str, Any]:
    return {"kind": "list", "items": list(lines)}


def _named(page: Page, lang: str, block: dict[str, Any]) -> dict[str, Any]:
    return {**block, "page": t(page.title_key, lang)}


def pdf(report: Report) -> bytes:
    """The report typeset: the template and the charts in a folder of their own, nothing else reachable."""
    with tempfile.TemporaryDirectory(prefix="nvk-report-") as folder:
        root = Path(folder)
        (root / "report.typ").write_bytes(TEMPLATE.read_bytes())
        for name, data in report.images.items():
            (root / name).write_bytes(data)
        return typst.compile(str(root / "report.typ"), root=str(root), font_paths=[font_source_sans_pro.font_directory],
                             sys_inputs={"record": json.dumps(report.record, ensure_ascii=False)})


def write(report: Report, out: Path) -> None:
    write_whole(out, pdf(report))
