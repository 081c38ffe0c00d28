"""The near-care team page's figures (Närsjukvårdsteam): how many patients the teams take and have at a
time against what a team is dimensioned for, and whether there are teams enough for the people.

A page of teams: its selection is a team (`team=`), or an area, whose teams are those serving any of
its units (`nsvt_team_areas`).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.data.contract import DISCHARGE_REASONS, NSVT_STAFF, REFERRAL_SOURCES
from dashboard.figures import tables
from dashboard.figures.figure import Figure, Kind, make_table
from dashboard.figures.selection import swedish_sort_key
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.metrics.periods import months_between, parse_month
from dashboard.metrics.team_need import unit_teams
from dashboard.settings import inhabitants_per_team, team_capacity
from dashboard.texts import t

CENSUS_IDS = ("nsvt_enrolled", "nsvt_active")
#: The page's figures of a whole's parts, by calendar year: the indicator's prefix, the parts, and the
#: catalogue's prefix for a part's name
OUTCOMES = {"reasons": ("nsvt_discharged_", DISCHARGE_REASONS, "discharge_reason."),
            "sources": ("nsvt_referred_", REFERRAL_SOURCES, "referral_source."),
            "staff": ("nsvt_visits_", NSVT_STAFF, "nsvt_staff.")}


def selected_teams(view: View, source: Source) -> list[str]:
    """The chosen team, or the teams serving any unit of the chosen area, by name."""
    if view.scope.team_id:
        return [view.scope.team_id]
    units = view.choices.units_by_area.get(view.selection.area_code, frozenset())
    teams = {team for unit, _, team in source.unit_teams(view.selection.last) if unit in units and team}
    return sorted(teams, key=lambda team: view.choices.teams[team])


def census_figure(view: View, source: Source) -> Figure:
    """Each team's new enrolments per month and its patients enrolled at each month's end, against the
    capacity a team is dimensioned for (`settings.team_capacity`, seed 001: 20–25 at a time); a month
    above it is marked and named. Read from the published census, so a mark says no more than the
    figure beside it, and a hidden month has none."""
    lang, s = view.lang, view.selection
    capacity = team_capacity()
    team, month, enrolled, active, above = (t(k, lang) for k in (
        "near_care.team", "chart.month", "indicator.nsvt_enrolled.name", "near_care.census", "near_care.above"))
    kinds: dict[str, Kind] = {team: "text", month: "month", enrolled: "count", active: "count", above: "text"}
    records, drawn, notes = [], [], []
    for team_id in selected_teams(view, source):
        name = view.choices.teams[team_id]
        monthly = source.monthly(Scope(team_id=team_id), s.first, s.last, CENSUS_IDS)
        by_month: dict[str, dict[str, dict]] = {}
        for r in monthly.iter_rows(named=True):
            by_month.setdefault(r["from"], {})[r["indicator"]] = r
        over = []
        for label in sorted(by_month):
            rows = by_month[label]
            census = tables.count_cell(rows["nsvt_active"], "numerator")
            is_over = isinstance(census, float) and census > capacity
            records.append({team: name, month: parse_month(label), enrolled: tables.count_cell(rows["nsvt_enrolled"],
                                                                                               "numerator"),
                            active: census, above: t("near_care.above_yes", lang) if is_over else ""})
            drawn.append({"month": parse_month(label), "series": name,
                          "value": census if isinstance(census, float) else None, "above": is_over})
            if is_over:
                over.append(parse_month(label))
        if over:
            notes.append(t("near_care.over_capacity", lang, team=name, count=len(over), months=len(by_month),
                           capacity=formatting.number(capacity, lang=lang), list=_runs(over, lang)))
    title = f"{t('near_care.census_title', lang)} – {view.scope_name(view.scope)}"
    subtitle = view.period_text()
    shown_capacity = formatting.number(capacity, lang=lang)
    capacity_label = t("near_care.capacity", lang, capacity=shown_capacity)
    frame = pl.DataFrame(drawn, schema={"month": pl.Date, "series": pl.String, "value": pl.Float64,
                                        "above": pl.Boolean})
    chart = (charts.census_lines(frame, capacity, capacity_label, title, [subtitle], lang)
             if frame["value"].drop_nulls().len() else None)
    if not records:
        notes.append(t("near_care.no_team", lang))
    return view.figure("narsjukvardsteam_census", title, subtitle, make_table(records, kinds), None, "inskrivna",
                       definition=t("near_care.census_definition", lang, capacity=shown_capacity),
                       chart=chart, notes=tuple(notes))



def need_figure(view: View, source: Source) -> Figure:
    """Enough teams? Each unit of the area: its inhabitants, the teams serving it, the teams its people
    call for at one per `settings.inhabitants_per_team` (seed 003) and those it has (its share of each
    team serving it, `metrics.team_need`), units without a team first. Inhabitants are public
    statistics and teams are not people: nothing here is hidden."""
    lang, s = view.lang, view.selection
    per_team = inhabitants_per_team()
    units = view.choices.units_by_area.get(s.area_code, frozenset())
    unit, people, teams, needed, available, share = (t(f"near_care.need.{k}", lang) for k in (
        "unit", "inhabitants", "teams", "needed", "available", "share"))
    kinds: dict[str, Kind] = {unit: "text", people: "count", teams: "text", needed: "number", available: "number",
                              share: "share"}
    rows = [u for u in unit_teams(source.unit_teams(s.last), per_team) if u.unit_code in units]
    # without a team first, then the least served; units sharing a team (the same share but for the
    # rounding of its catchment) by name
    rows.sort(key=lambda u: (bool(u.teams), round(u.share_of_need, 4) if u.share_of_need is not None else 9.0,
                             swedish_sort_key(view.area_name(u.unit_code))))
    records = [{unit: view.area_name(u.unit_code), people: u.inhabitants,
                teams: ", ".join(view.choices.teams[team] for team in u.teams) or t("near_care.need.none", lang),
                needed: u.needed, available: u.available, share: u.share_of_need} for u in rows]
    unserved = [view.area_name(u.unit_code) for u in rows if not u.teams]
    notes = (t("near_care.need.unserved", lang, units=", ".join(unserved)),) if unserved else ()
    title = f"{t('near_care.need.title', lang)} – {view.scope_name(Scope(area_code=s.area_code))}"
    subtitle = formatting.month(s.last, lang)
    return view.figure("narsjukvardsteam_need", title, subtitle, make_table(records, kinds), None, "team-behov",
                       definition=t("near_care.need.definition", lang,
                                    per_team=formatting.number(per_team, lang=lang)), notes=notes)


def outcome_figure(view: View, source: Source, what: str) -> Figure:
    """How the selection's teams' patients left (`what` "reasons"), where they came from ("sources") or
    who visited them ("staff", visits per patient), over the last whole calendar year, each team
    against all teams (the region). By year: a team's month splits its few discharges six ways."""
    lang = view.lang
    prefix, parts, names = OUTCOMES[what]
    ids = tuple(f"{prefix}{part}" for part in parts)
    measure = BY_ID[ids[0]].measure
    year = view.whole_year()
    title = f"{t(f'near_care.{what}.title', lang)} – {view.scope_name(view.scope)}"
    subtitle = t("chart.whole_year", lang, year=year) if year else t("near_care.no_year", lang)
    team = t("near_care.team", lang)
    labels = [t(f"{names}{part}", lang) for part in parts]
    kinds: dict[str, Kind] = {team: "text", **dict.fromkeys(labels, measure)}
    if year is None:
        return view.figure(f"narsjukvardsteam_{what}", title, subtitle, make_table([], kinds), None, what,
                           definition=t(f"near_care.{what}.definition", lang), notes=(subtitle,))
    first, last = date(year, 1, 1), date(year, 12, 1)
    scopes = [(view.choices.teams[team_id], Scope(team_id=team_id), False) for team_id in selected_teams(view, source)]
    scopes.append((t("near_care.all_teams", lang), Scope(area_code=view.choices.region), True))
    records, drawn = [], []
    for name, scope, is_comparison in scopes:
        rows = {r["indicator"]: r for r in source.period(scope, first, last, ids).iter_rows(named=True)}
        record = {team: name}
        for label, indicator_id in zip(labels, ids, strict=True):
            record[label] = tables.value_cell(rows[indicator_id], measure)
            if isinstance(record[label], float):
                r = rows[indicator_id]
                drawn.append({"part": label, "series": name, "is_comparison": is_comparison, "value": r["value"],
                              "numerator": r["numerator"], "denominator": r["denominator"]})
        records.append(record)
    frame = pl.DataFrame(drawn, schema={"part": pl.String, "series": pl.String, "is_comparison": pl.Boolean,
                                        "value": pl.Float64, "numerator": pl.Float64, "denominator": pl.Float64})
    chart = charts.part_dots(frame, measure, title, [subtitle], lang) if frame.height else None
    notes = [] if view.covers_year(year) else [t("near_care.outside_period", lang, year=year)]
    return view.figure(f"narsjukvardsteam_{what}", title, subtitle, make_table(records, kinds), None, what,
                       definition=t(f"near_care.{what}.definition", lang), chart=chart, notes=tuple(notes))


def _runs(months: list[date], lang: str) -> str:
    """Months in runs of consecutive ones: "mars–maj 2025, oktober 2025"."""
    runs: list[list[date]] = []
    for month in months:
        if runs and months_between(runs[-1][-1], month)[1:] == [month]:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(formatting.months(run[0], run[-1], lang) for run in runs)
