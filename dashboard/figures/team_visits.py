"""Teambesök: whether the mobile doctor and the municipal nurse meet the patient together, and whether
an acute need gets a visit by the next weekday. Figure builders of the team-visit page.

Its own figures beside the contract's (planned and acute visits, waits by the request's day) are
`Indicator(contract=False)`: made and protected as the contract's (docs/data-decisions.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

import polars as pl

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.figures import tables
from dashboard.figures.coverage import peers
from dashboard.figures.events import scheme_events
from dashboard.figures.figure import Cell, Figure, Hidden, Kind, Remark, Table, make_table
from dashboard.figures.indicator_charts import control_figure
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.metrics import funnel
from dashboard.metrics.indicators import BY_ID, WAITS, Scope
from dashboard.metrics.periods import month_end, parse_month
from dashboard.metrics.workdays import REQUEST_DAYS, public_holidays
from dashboard.texts import t

PAGE = Page("teambesok.py", "page.team_visits", ":material/groups:", order=20,
            params=("visits", "rebase", "indicator", "rank"))
#: The visits in numbers or per 1 000 home-care patients 65+; the ranking by units or by the area's centres
VISIT_UNITS, RANKS = ("count", "per1000"), ("units", "centres")
#: A ranking's words in its files' names: Swedish, as every other part of them
_FILE_WORDS = {"units": "enheter", "centres": "vardcentraler"}
KINDS = ("planned_visit_share", "acute_visit_share")
#: The visits chart's figures: each kind's share of the visits, and the patients 65+ its rate is per
VISIT_IDS = (*KINDS, "coverage_offered_65")
WAIT_IDS = tuple(f"acute_wait_{day}_{wait}" for day in REQUEST_DAYS for wait in WAITS)


def waits_figure(view: View, source: Source) -> Figure:
    """How long a whole calendar year's acute requests waited for their visit (the same day, 1, 2, 3
    days or more), by the request's day: a weekend's and a holiday's gaps show in their rows, and the
    year's holidays are named. A day's requests show when any of its parts does; a hidden part is its
    bar's gap, and parts perturbed apart may pass the bar's end, which the chart cuts at 100 %. By year only:
    a municipality's month splits its few requests over 32 cells, and a period of months would be
    hidden with any of them (docs/data-decisions.md)."""
    lang = view.lang
    year = view.whole_year()
    title = f"{t('waits.title', lang)} – {view.scope_name(view.scope)}"
    subtitle = t("chart.whole_year", lang, year=year) if year else t("waits.no_year", lang)
    day, requests = t("waits.day", lang), t("waits.requests", lang)
    columns = [t(f"wait.{wait}", lang) for wait in WAITS]
    kinds: dict[str, Kind] = {day: "text", requests: "count", **dict.fromkeys(columns, "share")}
    if year is None:
        return view.figure("teambesok_waits", title, subtitle, make_table([], kinds), None, "vantetider",
                           definition=t("waits.definition", lang), notes=(subtitle,))
    first, last = date(year, 1, 1), date(year, 12, 1)
    rows = {r["indicator"]: r for r in source.period(view.scope, first, last, WAIT_IDS).iter_rows(named=True)}
    records, drawn = [], []
    for request_day in REQUEST_DAYS:
        figures = [rows[f"acute_wait_{request_day}_{wait}"] for wait in WAITS]
        # every part has the day's requests as its denominator, published alike: a shown part gives it
        total = next((r for r in figures if not r["suppressed"]), figures[0])
        record = {day: t(f"request_day.{request_day}", lang), requests: tables.count_cell(total, "denominator")}
        record.update({column: tables.value_cell(r, "share") for column, r in zip(columns, figures, strict=True)})
        records.append(record)
        if not isinstance(record[requests], Hidden) and record[requests]:
            drawn += [{"day": record[day], "wait": column, "value": r["value"], "numerator": r["numerator"],
                       "denominator": r["denominator"]} for column, r in zip(columns, figures, strict=True)]
    chart = charts.wait_bars(pl.DataFrame(drawn, schema=_DRAWN), title, [subtitle], lang) if drawn else None
    notes = list(_holidays(first, last, lang))
    undrawn = len(REQUEST_DAYS) - len({d["day"] for d in drawn})
    if undrawn:
        notes.append(t("waits.undrawn", lang, count=undrawn, days=len(REQUEST_DAYS)))
    if not view.covers_year(year):
        notes.append(t("waits.outside_period", lang, year=year))
    return view.figure("teambesok_waits", title, subtitle, make_table(records, kinds), None, "vantetider",
                       definition=t("waits.definition", lang), chart=chart, notes=tuple(notes))


_DRAWN = {"day": pl.String, "wait": pl.String, "value": pl.Float64, "numerator": pl.Float64,
          "denominator": pl.Float64}


def _holidays(first: date, last: date, lang: str) -> tuple[str, ...]:
    """The year's public holidays by name and day, or that it has none: the rows' gaps are theirs."""
    days = public_holidays(first, month_end(last), lang)
    if not days:
        return (t("waits.no_holidays", lang),)
    named = ", ".join(f"{name} {formatting.day(day, lang)}" for day, name in days)
    return (t("waits.holidays", lang, holidays=named),)


def visits_figure(view: View, source: Source, per_1000: bool = False) -> Figure:
    """The mobile doctors' home visits by month, planned and acute: in numbers, or per 1 000 home-care
    patients 65+ at the month's end (`coverage_offered_65`'s published denominator), a rate hidden
    when either of its counts is. Visits of patients under 65 count too, as in the contract."""
    lang, s = view.lang, view.selection
    monthly = source.monthly(view.scope, s.first, s.last, VISIT_IDS)
    by_month: dict[str, dict[str, dict]] = {}
    for r in monthly.iter_rows(named=True):
        by_month.setdefault(r["from"], {})[r["indicator"]] = r
    month, patients = t("chart.month", lang), t("visits.patients_65", lang)
    labels = {kind: t(f"visits.{kind}", lang) for kind in KINDS}
    measure = "rate_per_1000" if per_1000 else "count"
    kinds: dict[str, Kind] = {month: "month", **dict.fromkeys(labels.values(), measure)}
    if per_1000:
        kinds[patients] = "count"
    records, drawn = [], []
    for label_month in sorted(by_month):
        rows = by_month[label_month]
        denominator = tables.count_cell(rows["coverage_offered_65"], "denominator")
        record = {month: parse_month(label_month)}
        for kind in KINDS:
            count = tables.count_cell(rows[kind], "numerator")
            record[labels[kind]] = _per_1000(count, denominator) if per_1000 else count
            if isinstance(record[labels[kind]], float):
                drawn.append({"month": record[month], "kind": labels[kind], "value": record[labels[kind]]})
        if per_1000:
            record[patients] = denominator
        records.append(record)
    key = "visits.title_per_1000" if per_1000 else "visits.title"
    title = f"{t(key, lang)} – {view.scope_name(view.scope)}"
    subtitle = view.period_text()
    chart = (charts.kind_bars(pl.DataFrame(drawn, schema=_KIND_ROWS), measure, title, [subtitle], lang)
             if drawn else None)
    return view.figure("teambesok_visits", title, subtitle, make_table(records, kinds), None, "besok",
                       definition=t("visits.definition_per_1000" if per_1000 else "visits.definition", lang),
                       chart=chart, link_params={"visits": "per1000"} if per_1000 else None)


_KIND_ROWS = {"month": pl.Date, "kind": pl.String, "value": pl.Float64}


def _per_1000(count: Cell, patients: Cell) -> Cell:
    """Visits per 1 000 patients: hidden ("–") when either count is, none when there are no patients,
    and a month's words (a centre closed, outside the scheme) as they are."""
    for cell in (count, patients):
        if isinstance(cell, Remark):
            return cell
    if isinstance(count, Hidden) or isinstance(patients, Hidden):
        return Hidden(part_small=(isinstance(count, Hidden) and count.small)
                      or (isinstance(patients, Hidden) and patients.small))
    if count is None or not patients:
        return None
    return 1000 * count / patients


def team_control_figure(view: View, source: Source, rebase_at: Sequence[date] = ()) -> Figure:
    """The team-visit share's control chart, with the days the selection's centres joined or left the
    scheme on its timeline: a shift there may be theirs, not a change in how teams work. An area's
    chart names its centres whose visits carried no team mark in a month: the area's share counts
    those visits as made without a team, so its fall then is a recording gap, not practice. `rebase_at`
    starts new limits at those months, as on the start page: a known change is not noise. The area's
    stored target is drawn on it."""
    fig = control_figure(view, source, "team_visit_share", "teambesok_control", rebase_at=rebase_at,
                         events=scheme_events(view), target=view.target_value("team_visit_share"))
    if view.selection.hc_id:
        return fig
    centres = view.choices.centres_in(view.selection.area_code)
    gaps = gap_months(view, source, "centres", centres, "team_visit_share")
    return replace(fig, notes=(*fig.notes, *_gap_notes(gaps, _namer(view, "centres"), "control.centre_gap",
                                                       view.lang)))


#: What each ranked share's recording gap is read from: its own figure, or the acute visits beside it
RANKED = ("team_visit_share", "acute_next_weekday")
_GAP_READ = {"team_visit_share": ("team_visit_share",), "acute_next_weekday": ("acute_visit_share",
                                                                             "acute_next_weekday")}


def read_ahead() -> list[list[str]]:
    """The sets of indicators this page's figures ask of every area for their hiding, beside an area's
    monthly question (`cache.warmed`): the ranked share and its gaps, each share's gap reading, the
    table of groups, the waits."""
    return [[RANKED[0]], list(_GAP_READ[RANKED[1]]), [RANKED[1]], list(GROUP_IDS), list(WAIT_IDS)]


def _groups(view: View, source: Source, by: str, codes: list[str], first: date, last: date,
            ids: tuple[str, ...], by_month: bool = False) -> pl.DataFrame:
    """Published figures of the peers (`by` "units") or of the area's centres ("centres"), their code
    in `group`; over the period, or each of its months."""
    if by == "units":
        return source.areas(tuple(codes), first, last, ids, by_month).with_columns(pl.col("area_code").alias("group"))
    return source.centres(view.selection.area_code, tuple(codes), first, last, ids, by_month).with_columns(
        pl.col("hc_id").alias("group"))


def _outside(view: View, by: str, codes: list[str]) -> frozenset[str]:
    """The centres taking part in the scheme at no month's end of the period (none for units): their
    visits and shares, 0 or empty, read "deltar inte", as in Täckning's centre table."""
    if by == "units":
        return frozenset()
    s = view.selection
    return frozenset(c for c in codes if not view.choices.centres[c].takes_part_in(s.first, s.last))


def _namer(view: View, by: str) -> Callable[[str], str]:
    """A unit's or a centre's name by its code."""
    return view.area_name if by == "units" else (lambda code: view.choices.centres[code].name)


def ranked_codes(view: View, by: str) -> list[str]:
    """What a ranking compares: the selection's peers, or the centres lying in the chosen area."""
    return peers(view) if by == "units" else view.choices.centres_in(view.selection.area_code)


def gap_months(view: View, source: Source, by: str, codes: list[str], indicator_id: str) -> dict[str, list[date]]:
    """The months of the period in which each unit's or centre's visits were recorded without what the
    share needs: no team flag on any shown visit (a share of 0 % over them), or shown acute visits none
    of which has a request date. Read from each month's published figures, so a gap says nothing the
    figures shown would not."""
    s = view.selection
    shown = _groups(view, source, by, codes, s.first, s.last, _GAP_READ[indicator_id], by_month=True).filter(
        ~pl.col("suppressed"))
    if indicator_id == "team_visit_share":  # the start page's rule for a month (`tables.not_recorded`)
        found = tables.not_recorded(shown).filter(pl.col("not_recorded")).select("group", "from")
    else:
        acute = shown.filter((pl.col("indicator") == "acute_visit_share") & (pl.col("numerator") > 0))
        none_dated = shown.filter((pl.col("indicator") == "acute_next_weekday") & (pl.col("denominator") == 0))
        found = acute.select("group", "from").join(none_dated.select("group", "from"), on=["group", "from"])
    gaps: dict[str, list[date]] = {}
    for code, month in found.sort("from", "group").iter_rows():
        gaps.setdefault(code, []).append(parse_month(month))
    return gaps


@dataclass(frozen=True)
class _Ranked:
    """A ranking's groups over the period, highest first, the region's figure, the gaps, the centres
    outside the scheme, and names."""

    rows: list[dict]
    reference: dict
    gaps: dict[str, list[date]]
    outside: frozenset[str]
    name: Callable[[str], str]
    chosen: str | None
    region_name: str

    def label(self, group: str | None) -> str:
        """A group's name; the region's for the reference row (no group)."""
        return self.region_name if group is None else self.name(group)

    def shown(self) -> pl.DataFrame:
        """The groups that may be drawn: no gap, not hidden, a value."""
        return pl.DataFrame([{"group": r["group"], "name": self.name(r["group"]), "value": r["value"],
                              "numerator": r["numerator"], "denominator": r["denominator"],
                              "is_selected": r["group"] == self.chosen}
                             for r in self.rows if r["group"] not in self.gaps and not r["suppressed"]
                             and r["value"] is not None],
                            schema={"group": pl.String, "name": pl.String, "value": pl.Float64,
                                    "numerator": pl.Float64, "denominator": pl.Float64, "is_selected": pl.Boolean})


def _ranked(view: View, source: Source, indicator_id: str, by: str) -> _Ranked:
    s = view.selection
    codes = ranked_codes(view, by)
    gaps, outside = gap_months(view, source, by, codes, indicator_id), _outside(view, by, codes)
    rows = _groups(view, source, by, codes, s.first, s.last, (indicator_id,)).filter(
        pl.col("indicator") == indicator_id).to_dicts()
    # the ranked first, highest first; then the hidden, the gaps and those outside the scheme
    rows.sort(key=lambda r: (r["group"] in outside and not r["value"], r["group"] in gaps, r["value"] is None,
                             -(r["value"] or 0)))
    reference = source.areas((view.choices.region,), s.first, s.last, (indicator_id,)).row(0, named=True)
    return _Ranked(rows, reference, gaps, outside, _namer(view, by),
                   s.area_code if by == "units" else s.hc_id, view.region_name)


def _ranked_table(ranked: _Ranked, indicator_id: str, by: str, lang: str,
                  positions: dict[str, str] | None = None) -> Table:
    """Each group's share and counts, a gap's words in place of its figure, the region last; with
    `positions`, where each lies against the funnel's limits."""
    measure = BY_ID[indicator_id].measure
    label, value, numerator, denominator = (t(k, lang) for k in (f"ranking.{by}", "chart.value", "chart.numerator",
                                                                  "chart.denominator"))
    position = t("coverage.funnel_position", lang)
    kinds: dict[str, Kind] = {label: "text", value: measure, numerator: "count", denominator: "count"}
    if positions is not None:
        kinds[position] = "text"
    records = []
    for r in [*ranked.rows, {**ranked.reference, "group": None}]:
        gap, takes_part = r["group"] in ranked.gaps, r["group"] not in ranked.outside
        record = {label: ranked.label(r["group"]),
                  value: tables.NOT_RECORDED if gap else tables.scheme_cell(tables.value_cell(r, measure), takes_part),
                  numerator: tables.NOT_RECORDED if gap else tables.scheme_cell(tables.count_cell(r, "numerator"),
                                                                                takes_part),
                  denominator: tables.scheme_cell(tables.count_cell(r, "denominator"), takes_part)}
        if positions is not None:  # a hidden group's place against the limits would tell its value
            record[position] = (Hidden() if r["suppressed"] else tables.NOT_RECORDED if gap
                                else positions.get(r["group"]))
        records.append(record)
    return make_table(records, kinds)


def _gap_notes(gaps: dict[str, list[date]], name: Callable[[str], str], key: str, lang: str) -> tuple[str, ...]:
    """Each group with a recording gap, by name, and its months, in the words of `key`: why it is not
    ranked, or why its area's share fell."""
    return tuple(t(key, lang, area=name(code),
                   months=formatting.months(months[0], months[-1], lang))
                 for code, months in sorted(gaps.items(), key=lambda item: name(item[0])))


def _ranking_notes(ranked: _Ranked, drawn: pl.DataFrame, indicator_id: str, by: str, lang: str) -> tuple[str, ...]:
    """Why groups are missing from a ranking: none at all to rank, a recording gap, or a centre
    outside the scheme ("deltar inte", said where it shows)."""
    notes = [] if drawn.height else [t(f"ranking.none.{by}", lang)]
    notes += _gap_notes(ranked.gaps, ranked.name, f"ranking.gap.{indicator_id}", lang)
    if any(r["group"] in ranked.outside and not r["value"] for r in ranked.rows):
        notes.append(t("ranking.outside", lang))
    return tuple(notes)


def ranking_figure(view: View, source: Source, indicator_id: str, by: str = "units") -> Figure:
    """The selection's peers (or the area's centres) by the share over the period, the region's as the
    reference line; one with a recording gap in the period reads "uppgift saknas", is left out of the
    bars and named in the notes, not ranked last."""
    lang = view.lang
    ranked = _ranked(view, source, indicator_id, by)
    drawn = ranked.shown()
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {t(f'ranking.title.{by}', lang)}"
    subtitle = t("ranking.subtitle", lang, period=view.period_text(), reference=view.region_name)
    reference = None if ranked.reference["suppressed"] else ranked.reference["value"]
    chart = (charts.ranked_bar(drawn, BY_ID[indicator_id].measure, reference, view.region_name, title, [subtitle],
                               lang) if drawn.height else None)
    return view.figure(f"teambesok_ranking_{by}_{indicator_id}", title, subtitle,
                       _ranked_table(ranked, indicator_id, by, lang), indicator_id, f"rangordning-{_FILE_WORDS[by]}",
                       chart=chart, notes=_ranking_notes(ranked, drawn, indicator_id, by, lang),
                       link_params={"rank": by}, subject=view.area_scope)


def funnel_figure(view: View, source: Source, indicator_id: str, by: str = "units") -> Figure:
    """Each unit's (or centre's) share against its number of visits, inside the limits chance alone
    gives around the region's: whether a gap is larger than chance. Gaps and hidden groups are left out."""
    lang = view.lang
    ranked = _ranked(view, source, indicator_id, by)
    centre = None if ranked.reference["suppressed"] else ranked.reference["value"]
    shown = ranked.shown().filter(pl.col("denominator") > 0)
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {t('coverage.funnel', lang).lower()}"
    subtitle = f"{view.period_text()} · {t(f'funnel.subtitle.{indicator_id}', lang, reference=view.region_name)}"
    key, what = f"teambesok_funnel_{by}_{indicator_id}", f"tratt-{_FILE_WORDS[by]}"
    notes = _ranking_notes(ranked, shown, indicator_id, by, lang)
    if not shown.height:  # the notes say why none is placed
        return view.figure(key, title, subtitle, _ranked_table(ranked, indicator_id, by, lang), indicator_id, what,
                           notes=notes, link_params={"rank": by}, subject=view.area_scope)
    if centre is None or not 0 < centre < 1:
        return view.figure(key, title, subtitle, _ranked_table(ranked, indicator_id, by, lang), indicator_id, what,
                           notes=(t("coverage.no_funnel", lang), *notes), link_params={"rank": by},
                           subject=view.area_scope)
    labels = {level: t(f"coverage.limit_{level.replace('.', '')}", lang) for level, _ in funnel.LEVELS}
    band = funnel.band(centre, shown["denominator"].max()).with_columns(
        pl.col("level").replace_strict(labels).alias("limit"))
    where = {r["group"]: funnel.position(r["value"], r["denominator"], centre) for r in shown.iter_rows(named=True)}
    chart = charts.funnel(shown, band, centre, title, subtitle.split(" · "), t(f"funnel.x.{indicator_id}", lang),
                          lang, named=funnel.beyond(where, shown, "group"))
    positions = {group: t(f"coverage.position.{position}", lang) for group, position in where.items()}
    return view.figure(key, title, subtitle, _ranked_table(ranked, indicator_id, by, lang, positions), indicator_id,
                       what, chart=chart, notes=notes, link_params={"rank": by}, subject=view.area_scope)


GROUP_IDS = ("home_visits", "team_visit_share", "acute_visit_share", "acute_next_weekday")


def group_figure(view: View, source: Source, by: str = "units") -> Figure:
    """Each unit (or the area's centres) over the period: visits, the share made as a team, the acute
    share and the next-weekday share, a recording gap's words in place of the share it spoils."""
    lang, s = view.lang, view.selection
    codes = ranked_codes(view, by)
    rows = _groups(view, source, by, codes, s.first, s.last, GROUP_IDS)
    gaps = {i: gap_months(view, source, by, codes, i) for i in RANKED}
    outside, name = _outside(view, by, codes), _namer(view, by)
    label = t(f"ranking.{by}", lang)
    columns = {i: t(f"group.{i}", lang) for i in GROUP_IDS}
    kinds: dict[str, Kind] = {label: "text", **{columns[i]: BY_ID[i].measure for i in GROUP_IDS}}
    cells = {(r["group"], r["indicator"]): r for r in rows.iter_rows(named=True)}
    records = []
    visits = {c: cells[(c, "home_visits")]["value"] for c in codes}
    # most visits first; then the hidden, and those outside the scheme last
    for code in sorted(codes, key=lambda c: (c in outside and not visits[c], visits[c] is None, -(visits[c] or 0))):
        record = {label: name(code)}
        for i in GROUP_IDS:
            gap = i in gaps and code in gaps[i]
            record[columns[i]] = tables.NOT_RECORDED if gap else tables.scheme_cell(
                tables.value_cell(cells[(code, i)], BY_ID[i].measure), code not in outside)
        records.append(record)
    title = f"{t('group.title', lang)} – {view.scope_name(Scope(area_code=s.area_code))}"
    notes = tuple(note for i in RANKED for note in _gap_notes(gaps[i], name, f"ranking.gap.{i}", lang))
    return view.figure(f"teambesok_groups_{by}", title, view.period_text(), make_table(records, kinds), None,
                       f"tabell-{_FILE_WORDS[by]}", definition=t(f"group.definition.{by}", lang), notes=notes,
                       link_params={"rank": by}, subject=view.area_scope)
