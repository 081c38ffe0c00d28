"""What the learning-loop page shows (issue 13): a meeting's agenda prepared from the data, the
decisions on the charts they concern, each decision's follow-up with its indicator before and after,
and the annual wheel. The steering group's entries come from the learning store (`learning.store`)
as plain rows, read by the page and handed in: these builders read the extract only through the
Source, and write nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import polars as pl

from dashboard import formatting
from dashboard.figures import signals, tables
from dashboard.figures.figure import Figure, make_table
from dashboard.figures.overview import tile_ids
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.metrics.indicators import BY_ID
from dashboard.metrics.periods import add_months
from dashboard.texts import t

#: The months an indicator is judged over for the agenda: two years' limits, as a yearly rhythm sees
JUDGED_MONTHS = 24
#: With no meeting before it, the agenda looks back over this many months
FIRST_MEETING_MONTHS = 3
#: The agenda's kinds of item, in the order a meeting takes them
ITEMS = ("due", "signal", "against")

Entry = Mapping[str, Any]


def previous_meeting(meeting: Entry, meetings: Sequence[Entry]) -> Entry | None:
    """The area's last meeting before this one's month."""
    earlier = [m for m in meetings if m["area_code"] == meeting["area_code"] and m["month"] < meeting["month"]
               and not m["archived"]]
    return max(earlier, key=lambda m: (m["month"], m["id"]), default=None)


def due_decisions(meeting: Entry, decisions: Sequence[Entry], follow_ups: Sequence[Entry]) -> list[Entry]:
    """The area's decisions whose follow-up date has come by the meeting's month's end and that have
    no follow-up yet, the earliest due first."""
    followed = {f["decision_id"] for f in follow_ups if not f["archived"]}
    month_end = add_months(meeting["month"], 1)
    return sorted((d for d in decisions if d["area_code"] == meeting["area_code"] and not d["archived"]
                   and d["due"] < month_end and d["id"] not in followed), key=lambda d: (d["due"], d["id"]))


def agenda_figure(view: View, source: Source, meeting: Entry, meetings: Sequence[Entry],
                  decisions: Sequence[Entry], follow_ups: Sequence[Entry]) -> Figure:
    """A meeting's agenda from the data: the decisions due for follow-up, the indicators with a signal
    since the area's last meeting (or the last FIRST_MEETING_MONTHS), and those that moved against
    their direction since then (as they read, a signal or not), each indicator once."""
    lang, month = view.lang, meeting["month"]
    before = previous_meeting(meeting, meetings)
    since = add_months(before["month"], 1) if before else add_months(month, 1 - FIRST_MEETING_MONTHS)
    compared_at = before["month"] if before else add_months(month, -FIRST_MEETING_MONTHS)
    ids = tile_ids(view.scope)
    monthly = source.monthly(view.scope, add_months(month, 1 - JUDGED_MONTHS), month, ids)
    found = [signals.status(monthly, i) for i in ids]
    items = [("due", None, t("learning.agenda.due_item", lang, what=d["what"], owner=d["owner"],
                             due=formatting.day(d["due"], lang)))
             for d in due_decisions(meeting, decisions, follow_ups)]
    signalled = signals.changes(found, month, lang, since)
    items += [("signal", i, sentence) for i, sentence in signalled]
    named = {i for i, _ in signalled}
    items += [("against", i, sentence) for i, sentence in _against(monthly, ids, compared_at, month, lang)
              if i not in named]
    kind, indicator, what = (t(f"learning.agenda.{c}", lang) for c in ("kind", "indicator", "what"))
    table = make_table([{kind: t(f"learning.agenda.item.{k}", lang),
                         indicator: t(f"indicator.{i}.name", lang) if i else "", what: sentence}
                        for k, i, sentence in items], {kind: "text", indicator: "text", what: "text"})
    subtitle = t("learning.agenda.subtitle", lang, area=view.scope_name(view.scope),
                 month=formatting.month(month, lang), since=formatting.month(since, lang))
    notes = tuple(sentence for _, _, sentence in items) or (t("learning.agenda.empty", lang),)
    return view.figure("learning_agenda", t("learning.agenda.title", lang), subtitle, table, None, "dagordning",
                       definition=t("learning.agenda.definition", lang), notes=notes,
                       link_params={"meeting": str(meeting["id"])})


def _against(monthly: pl.DataFrame, ids: Sequence[str], then: date, now: date, lang: str) -> list[tuple[str, str]]:
    """The indicators whose value at `now` reads worse than at `then`, by their direction: a share
    that fell where higher is better. Values compared as they read; a hidden month is no move."""
    moved = []
    for indicator_id in ids:
        indicator = BY_ID[indicator_id]
        if indicator.better is None:
            continue
        rows = tables.series(monthly, indicator_id, "")
        values = dict(zip(rows["month"], rows["value"], strict=True))
        old, new = values.get(then), values.get(now)
        if old is None or new is None:
            continue
        old, new = formatting.as_shown(indicator.measure, old), formatting.as_shown(indicator.measure, new)
        if (new < old) if indicator.better == "up" else (new > old):
            moved.append((indicator_id, t("learning.agenda.against_item", lang,
                                          indicator=t(f"indicator.{indicator_id}.name", lang),
                                          old=formatting.indicator_value(indicator.measure, old, False, lang),
                                          new=formatting.indicator_value(indicator.measure, new, False, lang),
                                          then=formatting.month(then, lang), now=formatting.month(now, lang))))
    return moved
