"""What happened on a timeline: the days centres joined or left the mobile-doctor scheme and the months
near-care teams started, each said in words, for a control chart to draw and a change to be chosen from.

A shift on a chart may be theirs, not a change in how care works, so a chart names them beside its
signals. Read from the extract's own dates, never from a count.
"""

from __future__ import annotations

from datetime import date

from dashboard import formatting
from dashboard.figures.view import View
from dashboard.metrics.periods import month_end
from dashboard.texts import t

Event = tuple[date, str]


def scheme_events(view: View, first: date | None = None, last: date | None = None) -> tuple[Event, ...]:
    """The days from `first` to the end of month `last` (the period's, by default) that the chosen
    centre, or the area's centres, joined or left the mobile-doctor scheme."""
    s, lang = view.selection, view.lang
    first, last = first or s.first, last or s.last
    ids = [s.hc_id] if s.hc_id else view.choices.centres_in(s.area_code)
    events = []
    for hc_id in ids:
        centre = view.choices.centres[hc_id]
        for day, key in ((centre.mobile_doctor_start, "events.joined"), (centre.mobile_doctor_end, "events.left")):
            if day is not None and first <= day <= month_end(last):
                events.append((day, t(key, lang, name=centre.name, day=formatting.day(day, lang))))
    return tuple(sorted(events))


def team_starts(view: View, first: date | None = None, last: date | None = None) -> tuple[Event, ...]:
    """The months from `first` to `last` (the period's, by default) in which a near-care team serving
    the area (or the chosen team) enrolled its first patient. Only after the extract's first month: a
    team started before it shows there only the earliest of its patients still enrolled."""
    s, choices, lang = view.selection, view.choices, view.lang
    first, last = first or s.first, last or s.last
    teams = [s.team_id] if s.team_id else choices.teams_serving(s.area_code)
    return tuple(sorted(
        (month, t("events.team_started", lang, name=choices.teams[team], month=formatting.month(month, lang)))
        for team in teams if (month := choices.team_starts.get(team)) is not None
        and choices.months and choices.months[0] < month and first <= month <= last))


def decisions(view: View, indicator_id: str) -> tuple[Event, ...]:
    """The steering group's decisions on this indicator for the chosen area, made within the period:
    a chart of the area shows what was decided where it may show its effect (a centre's chart does
    not: a decision is the area's)."""
    s, lang = view.selection, view.lang
    if s.hc_id or s.team_id:
        return ()
    return tuple(sorted(
        (d.day, t("events.decided", lang, day=formatting.day(d.day, lang), what=d.what.rstrip(". "), owner=d.owner))
        for d in view.decisions if d.indicator_id == indicator_id and d.area_code == s.area_code
        and s.first <= d.day <= month_end(s.last)))


def timeline(view: View, first: date | None = None, last: date | None = None) -> tuple[Event, ...]:
    """Every event of the area from `first` to `last` (the period's, by default), in time order."""
    return tuple(sorted(scheme_events(view, first, last) + team_starts(view, first, last)))
