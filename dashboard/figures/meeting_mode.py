"""Mötesläge: the start page's indicators on the big screen of a steering group's meeting, one a
screen: the month's value with its change and signal, the control chart that judges it, and beside
it the decisions whose follow-up date has come, this indicator's first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from dashboard import formatting
from dashboard.charts import theme
from dashboard.figures import learning, overview, signals, tiles
from dashboard.figures.figure import Figure, make_table
from dashboard.figures.indicator_charts import control_figure
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.texts import t

PAGE = Page("moteslage.py", "page.meeting_mode", ":material/co_present:", order=60, params=("indicator",))


def indicators(view: View) -> tuple[str, ...]:
    """The screens, in the start page's order."""
    return overview.tile_ids(view.scope)


def step(ids: Sequence[str], current: str, by: int) -> str:
    """The indicator `by` screens on, round the list: the last screen's next is the first."""
    return ids[(ids.index(current) + by) % len(ids)]


def leave_link(view: View, indicator_id: str) -> str:
    """The start page on the same view, at the indicator the meeting was at: where it came from."""
    return replace(view, page=overview.PAGE.url, page_params=()).link(indicator=indicator_id)


def open_link(view: View, indicator_id: str | None = None) -> str:
    """This page on `view`, at an indicator's screen or the first."""
    shown = replace(view, page=PAGE.url, page_params=())
    return shown.link() if indicator_id is None else shown.link(indicator=indicator_id)


def position(view: View, ids: Sequence[str], current: str) -> str:
    return t("meeting_mode.position", view.lang, n=ids.index(current) + 1, of=len(ids))


def headline_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """The indicator's tile, as the start page shows it: the month's value, its change and signal."""
    s = view.selection
    monthly = source.monthly(view.scope, s.first, s.last, (indicator_id,))
    comparison = None if view.comparison is None else source.monthly(view.comparison, s.first, s.last, (indicator_id,))
    status = signals.status(monthly, indicator_id)  # as the start page judges its tile
    return tiles.section_figure(view, f"meeting_{indicator_id}", f"indicator.{indicator_id}.name", [status], monthly,
                                comparison)


def chart_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """The control chart that judges the indicator, with the target and the decisions on it, in the
    big screen's type and as high as the screen leaves it (`theme.for_big_screen`)."""
    fig = control_figure(view, source, indicator_id, "meeting_control", target=view.target_value(indicator_id))
    return fig if fig.chart is None else replace(fig, chart=theme.for_big_screen(fig.chart, view.lang, "container"))


def due_figure(view: View, indicator_id: str, decisions: Sequence[dict], follow_ups: Sequence[dict],
               today: date) -> Figure:
    """The area's decisions whose follow-up date has come by `today` (the meeting's day, where the
    monthly report judges at its month's end, and says which) and that have none yet, this
    indicator's first, as lines a room can read."""
    lang = view.lang
    due = [d for d in learning.area_decisions(view, decisions, follow_ups, today)
           if learning.decision_state(d, follow_ups, today) == "due"]
    due.sort(key=lambda d: d["indicator_id"] != indicator_id)  # stable: by due date within each
    notes = tuple(t("meeting_mode.due_item", lang, what=d["what"].rstrip(". "), owner=d["owner"],
                    due=formatting.day(d["due"], lang), indicator=learning.indicator_name(d["indicator_id"], lang))
                  for d in due) or (t("meeting_mode.none_due", lang),)
    title = t("decisions.due_as_of", lang, day=formatting.day(today, lang))
    fig = view.figure("meeting_due", title, view.scope_name(view.scope),
                      make_table([], {}), None, "beslut-att-folja-upp",
                      definition=t("meeting_mode.due_definition", lang), notes=notes)
    return learning.of_entries(fig)
