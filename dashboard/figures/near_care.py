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
from dashboard.charts.area_map import area_map
from dashboard.data.contract import DISCHARGE_REASONS, NSVT_STAFF, REFERRAL_SOURCES
from dashboard.figures import tables
from dashboard.figures.figure import Figure, Kind, Metric, make_table
from dashboard.figures.indicator_charts import trend_figure
from dashboard.figures.selection import swedish_sort_key
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.metrics.periods import months_between, parse_month
from dashboard.metrics.survival import Point, Step, median_interval, published_curve
from dashboard.metrics.team_need import unit_teams
from dashboard.settings import inhabitants_per_team, suppression_threshold, team_capacity
from dashboard.texts import t

CENSUS_IDS = ("nsvt_enrolled", "nsvt_active")
#: The page's figures of a whole's parts, by calendar year: the indicator's prefix, the parts, and the
#: catalogue's prefix for a part's name
OUTCOMES = {"reasons": ("nsvt_discharged_", DISCHARGE_REASONS, "discharge_reason."),
            "sources": ("nsvt_referred_", REFERRAL_SOURCES, "referral_source."),
            "staff": ("nsvt_visits_", NSVT_STAFF, "nsvt_staff.")}


PAGE = Page("narsjukvardsteam.py", "page.near_care", ":material/home_health:", order=30, with_team=True)
#: The enrolment time's figures, by calendar year: the Kaplan–Meier median, the mean of completed
#: episodes reports use, and the episodes the curve is drawn from
TIME_IDS = ("nsvt_year_median_days_km", "nsvt_year_mean_days", "nsvt_year_enrolled")
NEED_KEY = "narsjukvardsteam_need"  # the need map's, whose clicked unit the page reads


def read_ahead() -> list[list[str]]:
    """The sets of indicators this page's yearly figures ask of every area for their hiding
    (`cache.warmed`): each of a whole's parts, and the enrolment time's."""
    return [[f"{prefix}{part}" for part in parts] for prefix, parts, _ in OUTCOMES.values()] + [list(TIME_IDS)]


def selected_teams(view: View) -> list[str]:
    """The chosen team, or the teams serving any unit of the chosen area, by name."""
    if view.scope.team_id:
        return [view.scope.team_id]
    return view.choices.teams_serving(view.selection.area_code)


def compared(view: View) -> list[tuple[str, Scope, bool]]:
    """A near-care figure's rows (name, scope, whether it is the comparison): the chosen team; or the
    area's own patients, whichever team they are with (none for the region: they are all teams'), and
    each team serving the area; and last all teams (the region's patients), to compare with: whatever
    area the sidebar compares with (a team has no parent area), and none with `compare=none`."""
    lang, s = view.lang, view.selection
    rows = []
    if not view.scope.team_id and s.area_code != view.choices.region:
        rows.append((t("near_care.residents", lang, area=view.area_name(s.area_code)), view.scope, False))
    rows += [(view.choices.teams[team], Scope(team_id=team), False) for team in selected_teams(view)]
    if s.compare != "none" or (s.area_code == view.choices.region and not view.scope.team_id):
        rows.append((t("near_care.all_teams", lang), Scope(area_code=view.choices.region), True))
    return rows


def census_figure(view: View, source: Source) -> Figure:
    """Each team's new enrolments per month and its patients enrolled at each month's end, against the
    capacity a team is dimensioned for (`settings.team_capacity`, seed 001: 20–25 at a time); a month
    above it is marked and named. Read from the published census, so a mark says no more than the
    figure beside it, and a hidden month has none."""
    lang, s = view.lang, view.selection
    capacity = team_capacity()
    team, month, enrolled, active, above = (t(k, lang) for k in (
        "near_care.team", "chart.month", "near_care.new_enrolments", "near_care.census", "near_care.above"))
    kinds: dict[str, Kind] = {team: "text", month: "month", enrolled: "count", active: "count", above: "text"}
    records, drawn, notes = [], [], []
    for team_id in selected_teams(view):
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
    title = f"{t('near_care.census_title', lang)} – {_teams_of(view)}"
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
    if s.team_id:  # the team's catchment
        units = view.choices.team_units.get(s.team_id, frozenset())
    else:
        units = view.choices.units_by_area.get(s.area_code, frozenset())
    unit, people, teams, needed, available, share = (t(f"near_care.need.{k}", lang) for k in (
        "unit", "inhabitants", "teams", "needed", "available", "share"))
    kinds: dict[str, Kind] = {unit: "text", people: "count", teams: "text", needed: "ratio", available: "ratio",
                              share: "share"}
    everyone = unit_teams(source.unit_teams(s.last), per_team)
    rows = [u for u in everyone if u.unit_code in units]
    # without a team first, then the least served; units sharing a team (the same share but for the
    # rounding of its catchment) by name
    rows.sort(key=lambda u: (bool(u.teams), round(u.share_of_need, 4) if u.share_of_need is not None else 9.0,
                             swedish_sort_key(view.area_name(u.unit_code))))
    records = [{unit: view.area_name(u.unit_code), people: u.inhabitants,
                teams: ", ".join(view.choices.teams[team] for team in u.teams) or t("near_care.need.none", lang),
                needed: u.needed, available: u.available, share: u.share_of_need} for u in rows]
    notes = []
    if len(rows) > 1:  # the selection's units together
        notes.append(t("near_care.need.total", lang, needed=formatting.number(sum(u.needed for u in rows), 1, lang),
                       available=formatting.number(sum(u.available for u in rows), 1, lang)))
    unserved = [u.unit_code for u in everyone if not u.teams]
    shown_unserved = [view.area_name(u.unit_code) for u in rows if not u.teams]
    if shown_unserved:
        notes.append(t("near_care.need.unserved", lang, units=", ".join(shown_unserved)))
    if unserved:
        notes.append(t("near_care.need.unserved_marked", lang))
    title = f"{t('near_care.need.title', lang)} – {view.scope_name(view.scope)}"
    subtitle = formatting.month(s.last, lang)
    table = make_table(records, kinds)
    # the map: the whole region, each unit against its need on one scale (all of it met at the darkest),
    # the selection's units outlined
    every = make_table([{share: u.share_of_need} for u in everyone], {share: "share"})
    drawn = pl.DataFrame({"area_code": [u.unit_code for u in everyone],
                          "name": [view.area_name(u.unit_code) for u in everyone],
                          "value": [u.share_of_need for u in everyone], "numerator": [u.available for u in everyone],
                          "denominator": [u.needed for u in everyone],
                          "display": [every.cell(share, n, lang) for n in range(len(everyone))]},
                         schema={"area_code": pl.String, "name": pl.String, "value": pl.Float64,
                                 "numerator": pl.Float64, "denominator": pl.Float64, "display": pl.String})
    outlined = sorted(units) if units != view.choices.units_by_area.get(view.choices.region) else []
    chart = area_map(drawn, "share", t("near_care.need.map_title", lang), [f"{view.region_name} · {subtitle}"], lang,
                     selected=outlined, flagged=unserved, parts=(share, (available, "ratio"), (needed, "ratio")),
                     domain=(0.0, 1.0)) if everyone else None
    return view.figure(NEED_KEY, title, subtitle, table, None, "team-behov", chart=chart,
                       definition=t("near_care.need.definition", lang,
                                    per_team=formatting.number(per_team, lang=lang)), notes=tuple(notes))


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
    team, whole = t("near_care.team", lang), t(f"near_care.{what}.whole", lang)
    labels = [t(f"{names}{part}", lang) for part in parts]
    kinds: dict[str, Kind] = {team: "text", whole: "count", **dict.fromkeys(labels, measure)}
    if year is None:
        return view.figure(f"narsjukvardsteam_{what}", title, subtitle, make_table([], kinds), None, _FILE_WORDS[what],
                           definition=t(f"near_care.{what}.definition", lang), notes=(subtitle,))
    first, last = date(year, 1, 1), date(year, 12, 1)
    records, drawn = [], []
    for name, scope, is_comparison in compared(view):
        rows = {r["indicator"]: r for r in source.period(scope, first, last, ids).iter_rows(named=True)}
        # every part is of the same whole, published alike: a shown part gives it
        total = next((r for r in rows.values() if not r["suppressed"]), rows[ids[0]])
        record = {team: name, whole: tables.count_cell(total, "denominator")}
        for label, indicator_id in zip(labels, ids, strict=True):
            record[label] = tables.value_cell(rows[indicator_id], measure)
            if isinstance(record[label], float):
                r = rows[indicator_id]
                drawn.append({"part": label, "series": name, "is_comparison": is_comparison,
                              "shape": _shape(view, scope, is_comparison), "value": r["value"],
                              "numerator": r["numerator"], "denominator": r["denominator"]})
        records.append(record)
    frame = pl.DataFrame(drawn, schema={"part": pl.String, "series": pl.String, "is_comparison": pl.Boolean,
                                        "shape": pl.String, "value": pl.Float64, "numerator": pl.Float64,
                                        "denominator": pl.Float64})
    chart = (charts.part_dots(frame, labels, measure, t(f"near_care.{what}.part", lang), title, [subtitle], lang)
             if frame.height else None)
    notes = [] if view.covers_year(year) else [t("near_care.outside_period", lang, year=year)]
    return view.figure(f"narsjukvardsteam_{what}", title, subtitle, make_table(records, kinds), None, _FILE_WORDS[what],
                       definition=t(f"near_care.{what}.definition", lang), chart=chart, notes=tuple(notes))


#: The outcome figures' words in their files' names: Swedish, as every other part of them
_FILE_WORDS = {"reasons": "orsaker", "staff": "personal", "sources": "remittenter"}


def enrolment_time_figure(view: View, source: Source) -> Figure:
    """How long patients stay enrolled: the Kaplan–Meier curve of the time from enrolment to discharge
    of the episodes enrolled in the last whole calendar year (those still enrolled censored at the
    extract's date) with its 95 % band, for the selection against all teams; its median with the
    median's 95 % interval beside the mean of the episodes completed in the year that reports give,
    and why they differ. By year, as the page's other figures of few events: by month, a team's small
    month would hide its whole year (docs/data-decisions.md).

    The curve is published as `survival.published_curve` pools it; none is drawn where the median is
    hidden (from fewer than the threshold's episodes, or held for another figure's sake)."""
    lang = view.lang
    threshold = suppression_threshold()
    year = view.whole_year()
    title = f"{t('survival.title', lang)} – {_teams_of(view)}"
    subtitle = t("chart.whole_year", lang, year=year) if year else t("near_care.no_year", lang)
    series, days, survival, lower, upper = (t(k, lang) for k in (
        "near_care.team", "survival.day", "survival.survival", "survival.lower", "survival.upper"))
    kinds: dict[str, Kind] = {series: "text", days: "median_days", survival: "share", lower: "share", upper: "share"}
    definition = t("survival.definition", lang, threshold=threshold)
    if year is None:
        return view.figure("narsjukvardsteam_time", title, subtitle, make_table([], kinds), None, "inskrivningstid",
                           definition=definition, notes=(subtitle,))
    first, last = date(year, 1, 1), date(year, 12, 1)
    region = Scope(area_code=view.choices.region)
    # curves of teams and of all teams only: an area's few patients' curve gives their exact number back
    # (its values are exact fractions of it), and the teams' exact numbers with it (docs/data-decisions.md)
    rows = [(name, scope, is_comparison) for name, scope, is_comparison in compared(view)
            if is_comparison or (scope.team_id and view.scope != region)]
    records, drawing = [], []
    own = {r["indicator"]: r for r in source.period(view.scope, first, last, TIME_IDS).iter_rows(named=True)}
    interval = None
    for name, scope, is_comparison in rows:
        figures = own if scope == view.scope else {
            r["indicator"]: r for r in source.period(scope, first, last, TIME_IDS).iter_rows(named=True)}
        steps, points, note = _curve(source, scope, first, last, figures[TIME_IDS[0]], name, lang)
        if scope == view.scope and points:
            # the median's interval from the drawn part of the curve: its tail would name a few patients' days
            interval = median_interval([s for s in steps if s.day <= points[-1].day])
        drawing += [note] if note else []
        records += [{series: name, days: p.day, survival: p.survival, lower: p.lower, upper: p.upper,
                     "is_comparison": is_comparison and len(rows) > 1} for p in points]
    residents = not view.scope.team_id and view.scope != region
    notes = [t("survival.residents", lang, area=view.area_name(view.selection.area_code))] if residents else []
    notes += [*_time_difference(own, lang), *drawing]
    metrics = _time_metrics(own, interval, lang)
    if not view.covers_year(year):
        notes.append(t("near_care.outside_period", lang, year=year))
    frame = pl.DataFrame(records, schema={series: pl.String, days: pl.Float64, survival: pl.Float64,
                                          lower: pl.Float64, upper: pl.Float64, "is_comparison": pl.Boolean})
    chart = None
    if frame.height:
        drawn = frame.rename({series: "series", days: "day", survival: "survival", lower: "lower", upper: "upper"})
        chart = charts.survival_curves(drawn, title, [subtitle], lang)
    table = make_table(frame.drop("is_comparison").to_dicts(), kinds)
    return view.figure("narsjukvardsteam_time", title, subtitle, table, None, "inskrivningstid",
                       definition=definition, chart=chart, metrics=metrics, notes=tuple(notes))


def _curve(source: Source, scope: Scope, first: date, last: date, median: dict, name: str,
           lang: str) -> tuple[list[Step], list[Point], str | None]:
    """The curve's steps and its published points (`survival.published_curve`), or none and why: the
    median hidden, no enrolments, or too few discharges while enough were at risk for a point past the
    start."""
    threshold = suppression_threshold()
    if median["suppressed"]:
        return [], [], t("survival.not_drawn", lang, name=name, threshold=threshold)
    if not median["denominator"]:
        return [], [], t("survival.none", lang, name=name)
    steps = source.enrolment_curve(scope, first, last)
    points = published_curve(steps, threshold)
    if len(points) == 1:
        return steps, [], t("survival.too_few", lang, name=name, threshold=threshold)
    return steps, points, None


def _time_metrics(figures: dict[str, dict], interval: tuple[float | None, float | None] | None,
                  lang: str) -> tuple[Metric, ...]:
    """The median with its interval, the mean of completed episodes and the episodes enrolled, as
    published (`formatting.indicator_value`): the interval only beside a median that is shown and a drawn curve."""
    median, mean, enrolled = (figures[i] for i in TIME_IDS)
    note = None
    if interval is not None and not median["suppressed"] and median["value"] is not None:
        low, high = (None if d is None else formatting.number(d, lang=lang) for d in interval)
        # the lower limit falls to one half first: with the upper one only is it ever open alone
        key = "survival.interval" if high else "survival.interval_from" if low else "survival.interval_open"
        note = t(key, lang, low=low, high=high)
    return (Metric(t("survival.median", lang), _shown(median, "median_days", lang), note=note,
                   help=t("survival.median_help", lang)),
            Metric(t("survival.mean", lang), _shown(mean, "mean_days", lang), help=t("survival.mean_help", lang)),
            Metric(t("survival.episodes", lang), _shown(enrolled, "count", lang)))


def _shown(row: dict, measure: str, lang: str) -> str:
    return formatting.indicator_value(measure, row["value"], row["suppressed"], lang,
                                      small=bool(row["numerator_small"]))


def _time_difference(figures: dict[str, dict], lang: str) -> list[str]:
    """Why the median and the mean differ, where both are shown: they count different episodes (enrolled
    in the year, with those still enrolled; completed in it) and a few long stays pull the mean up."""
    median, mean = figures[TIME_IDS[0]], figures[TIME_IDS[1]]
    if any(r["suppressed"] or r["value"] is None for r in (median, mean)):
        return []
    return [t("survival.why_they_differ", lang, median=_shown(median, "median_days", lang),
              mean=_shown(mean, "mean_days", lang))]


def team_visit_figure(view: View, source: Source) -> Figure:
    """The share of the team's home visits made together with municipal home care, by month."""
    return trend_figure(view, source, "nsvt_team_visit_share", "narsjukvardsteam_team_visits")


def _shape(view: View, scope: Scope, is_comparison: bool) -> str:
    """A series' point shape: a team's by its place among the extract's teams, the same on every view;
    an area's own patients and all teams a circle (all teams' a grey ring)."""
    if is_comparison or not scope.team_id:
        return "circle"
    return charts.SHAPES[1 + list(view.choices.teams).index(scope.team_id) % (len(charts.SHAPES) - 1)]


def _teams_of(view: View) -> str:
    """Whose census a title names: the team chosen, all teams (the region's), or an area's teams."""
    s = view.selection
    if s.team_id:
        return view.choices.teams[s.team_id]
    if s.area_code == view.choices.region:
        return t("near_care.all_teams", view.lang)
    return t("near_care.teams_in", view.lang, area=view.area_name(s.area_code))


def _runs(months: list[date], lang: str) -> str:
    """Months in runs of consecutive ones: "mars–maj 2025, oktober 2025"."""
    runs: list[list[date]] = []
    for month in months:
        if runs and months_between(runs[-1][-1], month)[1:] == [month]:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(formatting.months(run[0], run[-1], lang) for run in runs)
