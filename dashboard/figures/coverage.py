"""The coverage page's figures: who gets a mobile doctor, where, how evenly, and against what need.

Pure builders from a View and a Source to Figures; the page only lays them out, and an export or
the monthly report gets the same chart, numbers and words. The statistics (funnel limits, spread,
need) are computed in dashboard.metrics; here they are only put into words and tables. The trend is
the shared one, `dashboard.figures.indicator_charts.trend_figure`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import polars as pl

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.charts.area_map import area_map
from dashboard.figures import tables
from dashboard.figures.figure import Figure, Hidden, Kind, Metric, Table, make_table
from dashboard.figures.selection import Choices, swedish_sort_key
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.metrics import funnel
from dashboard.metrics import need as need_metrics
from dashboard.metrics import spread as spread_metrics
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.metrics.periods import month_label
from dashboard.settings import need_shares, patients_per_doctor
from dashboard.texts import t, t_for

PAGE = Page("tackning.py", "page.coverage", ":material/map:", order=10, params=("indicator", "sort"))

MAP_INDICATORS = ("coverage_offered_65", "fixed_contact_65", "hc_participation", "need_coverage")
#: Shares of counted people or centres: binomial limits fit them; need_coverage is a ratio to an estimate.
FUNNEL_INDICATORS = ("coverage_offered_65", "fixed_contact_65", "hc_participation")
CENTRE_INDICATORS = ("coverage_offered_65", "fixed_contact_65", "home_visits", "team_visit_share")
CENTRE_SORTS = ("centre.patients_65", "centre.with_doctor", "centre.fixed_contact", "centre.home_visits",
                "centre.team_visits", "centre.name")
MAP_KEY = "coverage_map"


def ranking_level(level: str) -> str:
    """Units are compared with their peers: the region's with its municipalities."""
    return "municipality" if level == "region" else level


def areas_of_level(choices: Choices, level: str) -> list[str]:
    return [code for code, area in choices.areas.items() if area.level == level]


def home_care_units(choices: Choices) -> list[str]:
    return [code for code, area in choices.areas.items() if area.is_home_care_unit]


def peers(view: View) -> list[str]:
    """The selected area and the others of its level: what the ranking, funnel and spread compare."""
    choices = view.choices
    return areas_of_level(choices, ranking_level(choices.areas[view.selection.area_code].level))


# --- map, ranking, funnel: one value per area ---------------------------------------------------

def area_rows(view: View, source: Source, codes: list[str], first: date, last: date, indicator_id: str) -> pl.DataFrame:
    """One row per area over the months `first` to `last` (a stock's one month, a flow's period), as the
    charts read them: code, name, value, counts, whether hidden and whether a hidden count is itself
    small, selected, and the value as the page writes it."""
    measure, lang = BY_ID[indicator_id].measure, view.lang
    groups = source.areas(tuple(codes), first, last, (indicator_id,))
    rows = groups.filter(pl.col("indicator") == indicator_id)
    return pl.DataFrame([
        {"area_code": r["area_code"], "name": view.area_name(r["area_code"]), "value": r["value"],
         "numerator": r["numerator"], "denominator": r["denominator"], "suppressed": r["suppressed"],
         "numerator_small": r["numerator_small"], "denominator_small": r["denominator_small"],
         "is_selected": r["area_code"] == view.selection.area_code,
         "display": formatting.indicator_value(measure, r["value"], r["suppressed"], lang, small=r["numerator_small"])}
        for r in rows.iter_rows(named=True)
    ], schema={"area_code": pl.String, "name": pl.String, "value": pl.Float64, "numerator": pl.Float64,
               "denominator": pl.Float64, "suppressed": pl.Boolean, "numerator_small": pl.Boolean,
               "denominator_small": pl.Boolean, "is_selected": pl.Boolean, "display": pl.String})


def region_row(view: View, source: Source, indicator_id: str) -> dict[str, Any]:
    """The region's figure in the last month: the ranking's reference and the funnel's centre."""
    return last_month_row(view, source, Scope(area_code=view.choices.region), indicator_id)


def last_month_row(view: View, source: Source, scope: Scope, indicator_id: str) -> dict[str, Any]:
    """A scope's figure in the period's last month, read from its months over the period: the
    question the page's trend asks too, so it is computed (and cached) once."""
    s = view.selection
    frame = source.monthly(scope, s.first, s.last, (indicator_id,))
    return frame.filter((pl.col("indicator") == indicator_id) & (pl.col("from") == month_label(s.last))).row(
        0, named=True)


def map_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """Every home-care unit's value on the tile map (or the region's boundaries); a click chooses one."""
    lang, last = view.lang, view.selection.last
    rows = area_rows(view, source, home_care_units(view.choices), last, last, indicator_id)
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {view.region_name}"
    subtitle = t("coverage.map_subtitle", lang, month=formatting.month(last, lang))
    chart = area_map(rows, BY_ID[indicator_id].measure, title, [subtitle], lang, selected=outlined_units(view))
    return view.figure(MAP_KEY, title, subtitle, area_table(rows, indicator_id, lang), indicator_id, "karta",
                       chart=chart, subject=view.region_scope, months=(last, last))


def outlined_units(view: View) -> list[str]:
    """The map's units the selection covers, outlined: the unit chosen, or every unit of a chosen
    municipality of districts (Göteborg) or subregion; none for the whole region."""
    code = view.selection.area_code
    return [] if code == view.choices.region else sorted(view.choices.units_by_area.get(code, ()))


def ranking_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """The selection among its peers, the region's value as the reference line (and last row)."""
    lang, last = view.lang, view.selection.last
    rows = area_rows(view, source, peers(view), last, last, indicator_id)
    region = region_row(view, source, indicator_id)
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {t('coverage.ranking', lang)}"
    subtitle = t("coverage.ranking_subtitle", lang, month=formatting.month(last, lang), reference=view.region_name)
    chart = charts.ranked_bar(rows, BY_ID[indicator_id].measure, region["value"], view.region_name, title,
                              [subtitle], lang)
    reference = {**region, "name": view.region_name, "area_code": view.choices.region}
    table = area_table(rows, indicator_id, lang, reference=reference)
    return view.figure("coverage_ranking", title, subtitle, table, indicator_id, "rangordning", chart=chart,
                       subject=view.area_scope, months=(last, last))


def has_funnel(indicator_id: str, centre: float | None) -> bool:
    return indicator_id in FUNNEL_INDICATORS and centre is not None and 0 < centre < 1


def funnel_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """Each peer's share against its size, inside the limits chance alone gives around the region's."""
    lang, last = view.lang, view.selection.last
    rows = area_rows(view, source, peers(view), last, last, indicator_id)
    centre = region_row(view, source, indicator_id)["value"]
    shown = rows.filter(~pl.col("suppressed") & pl.col("value").is_not_null() & (pl.col("denominator") > 0))
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {t('coverage.funnel', lang).lower()}"
    # when, first: a printed funnel has no page around it to say so
    subtitle = f"{formatting.month(last, lang)} · {t('coverage.funnel_subtitle', lang, reference=view.region_name)}"
    if not has_funnel(indicator_id, centre) or not shown.height:
        return view.figure("coverage_funnel", title, subtitle, area_table(rows.clear(), indicator_id, lang),
                       indicator_id, "tratt", notes=(t("coverage.no_funnel", lang),), subject=view.area_scope,
                       months=(last, last))
    labels = {level: t(f"coverage.limit_{level.replace('.', '')}", lang) for level, _ in funnel.LEVELS}
    band = funnel.band(centre, shown["denominator"].max()).with_columns(
        pl.col("level").replace_strict(labels).alias("limit"))
    # a line a part: in half the page's width one line would be cut
    where = {r["area_code"]: funnel.position(r["value"], r["denominator"], centre) for r in shown.iter_rows(named=True)}
    chart = charts.funnel(shown, band, centre, title, subtitle.split(" · "), t("coverage.funnel_x", lang), lang,
                          named=funnel.beyond(where, shown, "area_code"))
    positions = {code: t(f"coverage.position.{position}", lang) for code, position in where.items()}
    table = area_table(rows, indicator_id, lang, positions=positions)
    return view.figure("coverage_funnel", title, subtitle, table, indicator_id, "tratt", chart=chart,
                       subject=view.area_scope, months=(last, last))


def area_table(rows: pl.DataFrame, indicator_id: str, lang: str, reference: dict | None = None,
                positions: dict[str, str] | None = None) -> Table:
    """Each area's value and counts, highest first, hidden cells marked; the reference (the region)
    last; with `positions`, where each lies against the funnel's limits."""
    measure = BY_ID[indicator_id].measure
    area, value = t("chart.area", lang), t("chart.value", lang)
    numerator, denominator = (t_for(f"chart.{c}", measure, lang, indicator_id) for c in ("numerator", "denominator"))
    kinds: dict[str, Kind] = {area: "text", value: measure, numerator: "count", denominator: "count"}
    if positions is not None:
        kinds[t("coverage.funnel_position", lang)] = "text"
    ordered = rows.sort("value", descending=True, nulls_last=True).to_dicts() + ([reference] if reference else [])
    records = []
    for r in ordered:
        record = {area: r["name"], value: tables.value_cell(r, measure), numerator: tables.count_cell(r, "numerator"),
                  denominator: tables.count_cell(r, "denominator")}
        if positions is not None:  # a hidden unit's place against the limits would tell its value
            record[t("coverage.funnel_position", lang)] = Hidden() if r["suppressed"] else positions.get(r["area_code"])
        records.append(record)
    return make_table(records, kinds)


# --- equal care, listing effect ------------------------------------------------------------------

def spread_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """Lowest and highest unit among the peers, and their ratio now and at the period's start."""
    lang, s = view.lang, view.selection
    codes = peers(view)
    moments = [(s.first, area_rows(view, source, codes, s.first, s.first, indicator_id)),
               (s.last, area_rows(view, source, codes, s.last, s.last, indicator_id))]
    found = [(month, spread_metrics.spread(dict(zip(rows["area_code"], rows["value"])))) for month, rows in moments]
    title = t("coverage.equal_care", lang)
    now = found[-1][1]
    month_text = formatting.month(s.last, lang)
    definition = t("coverage.spread_caption", lang, units=now.units if now else 0, month=month_text)
    kinds: dict[str, Kind] = {t("chart.month", lang): "month", t("coverage.lowest", lang): "text",
                              t("coverage.lowest_value", lang): BY_ID[indicator_id].measure,
                              t("coverage.highest", lang): "text",
                              t("coverage.highest_value", lang): BY_ID[indicator_id].measure,
                              t("coverage.ratio", lang): "ratio"}
    names = list(kinds)
    table = make_table([dict(zip(names, (month, view.area_name(r.lowest), r.lowest_value, view.area_name(r.highest),
                                         r.highest_value, r.ratio)))
                        for month, r in dict(found).items() if r is not None], kinds)
    if now is None:
        return view.figure("coverage_spread", title, view.subtitle(subject=view.area_scope), table, indicator_id,
                           "spridning", definition=definition, notes=(t("coverage.no_spread", lang),),
                           subject=view.area_scope)
    row = table.height - 1
    before = found[0][1]

    def ratio(n: int) -> str:  # no ratio to a lowest unit at zero: the cell says "uppgift saknas"
        return table.cell(names[5], n, lang)

    metrics = (
        Metric(t("coverage.lowest", lang), table.cell(names[2], row, lang), view.area_name(now.lowest)),
        Metric(t("coverage.highest", lang), table.cell(names[4], row, lang), view.area_name(now.highest)),
        # the ratio before is a line under the number: too long for a change's pill in a third of a column
        Metric(t("coverage.ratio", lang), ratio(row),
               note=None if before is None or s.first == s.last else t("coverage.ratio_before", lang, ratio=ratio(0))),
    )
    return view.figure("coverage_spread", title, view.subtitle(subject=view.area_scope), table, indicator_id,
                       "spridning", definition=definition, metrics=metrics, subject=view.area_scope)


def listing_figure(view: View, source: Source) -> Figure:
    """Patients 65+ listed at centres outside the scheme, and those of them left without a mobile doctor.

    Their total is the coverage indicator's denominator, the same people with the same published
    figure and marks; each part is published on its own, "<5" when small and "–" inside a small count
    holding it (`indicators.listing_counts`)."""
    lang, s = view.lang, view.selection
    cells = source.listing_counts(s.area_code, s.last)
    total, count_outside, without = (_published_cell(cells, name) for name in ("patients", "outside", "without"))
    share_hidden = isinstance(total, Hidden) or isinstance(count_outside, Hidden)
    patients, share, listed_outside, without_doctor = (t(k, lang) for k in (
        "coverage.listing_patients", "coverage.listing_share", "coverage.listing_outside", "coverage.listing_without"))
    table = make_table([{
        patients: total,
        listed_outside: count_outside,
        share: Hidden() if share_hidden else (count_outside / total if total else None),
        without_doctor: without,
    }], {patients: "count", listed_outside: "count", share: "share", without_doctor: "count"})
    metrics = tuple(Metric(label, table.cell(label, 0, lang)) for label in (share, listed_outside, without_doctor))
    definition = t("coverage.listing_caption", lang, area=view.area_name(s.area_code),
                   month=formatting.month(s.last, lang), patients=table.cell(patients, 0, lang))
    return view.figure("coverage_listing", t("coverage.listing", lang), view.subtitle(subject=view.area_scope),
                       table, None, "listning", definition=definition, metrics=metrics, subject=view.area_scope,
                       months=(s.last, s.last))


def _published_cell(cells: pl.DataFrame, name: str) -> float | Hidden:
    row = cells.filter(pl.col("cell") == name).row(0, named=True)
    return Hidden(row["small"]) if row["count"] is None else row["count"]


# --- the area's centres --------------------------------------------------------------------------

def sort_link(sort_by: str) -> str:
    """A sort as a link names it: `sort=with_doctor`."""
    return sort_by.removeprefix("centre.")


def centre_figure(view: View, source: Source, sort_by: str = CENTRE_SORTS[0]) -> Figure:
    """The area's health centres, each count published on its own (hidden when small, a share with
    its small numerator or denominator), sorted on the numbers (largest first, names A–Ö) with
    hidden cells last."""
    lang, s = view.lang, view.selection
    ids = view.choices.centres_in(s.area_code)
    title = t("coverage.centres", lang, area=view.area_name(s.area_code))
    definition = t("coverage.centres_caption", lang, month=formatting.month(s.last, lang))
    groups = source.centres(s.area_code, tuple(ids), s.first, s.last, CENTRE_INDICATORS) if ids else None
    cells = [_centre_cells(view.choices, hc_id, groups, lang, (s.first, s.last)) for hc_id in ids]
    cells.sort(key=lambda c: _sort_key(c, sort_by))
    kinds: dict[str, Kind] = {t(k, lang): kind for k, kind in _CENTRE_COLUMNS}
    table = make_table([{t(k, lang): c[k] for k, _ in _CENTRE_COLUMNS} for c in cells], kinds)
    return view.figure("coverage_centres", title, view.subtitle(subject=view.area_scope), table, None,
                       "vardcentraler", definition=definition, link_params={"sort": sort_by.removeprefix("centre.")},
                       notes=() if ids else (t("coverage.no_centres", lang),), subject=view.area_scope)


_CENTRE_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("centre.name", "text"), ("centre.ownership", "text"), ("centre.since", "date"), ("centre.until", "date"),
    ("centre.patients_65", "count"), ("centre.with_doctor", "count"), ("centre.fixed_contact", "share"),
    ("centre.home_visits", "count"), ("centre.team_visits", "share"),
)


def _centre_cells(choices: Choices, hc_id: str, groups: pl.DataFrame, lang: str,
                  period: tuple[date, date]) -> dict[str, Any]:
    """One centre's cells by catalogue key: a published number, Hidden where it is small, and
    "deltar inte" for the scheme's own figures of a centre that does not take part (at the period's
    last month's end for its patients with a doctor, at no month's end of the period for its visits)
    where they are 0 or empty: 0 would read as a centre failing at what it does not do. A number
    stays: its patients may have a mobile doctor from another centre (the listing panel's subject).
    The same rule as a centre's months on the start page (`tables.outside_scheme`)."""
    centre = choices.centres[hc_id]
    rows = {r["indicator"]: r for r in groups.filter(pl.col("hc_id") == hc_id).iter_rows(named=True)}
    coverage, fixed = rows["coverage_offered_65"], rows["fixed_contact_65"]
    visits, team = rows["home_visits"], rows["team_visit_share"]
    first, last = period
    in_month, in_period = centre.takes_part(last), centre.takes_part_in(first, last)
    return {
        "centre.name": centre.name,
        "centre.ownership": t(f"ownership.{centre.ownership}", lang),
        "centre.since": centre.mobile_doctor_start, "centre.until": centre.mobile_doctor_end,
        "centre.patients_65": _count(coverage, "denominator"),
        "centre.with_doctor": tables.scheme_cell(_count(coverage, "numerator"), in_month),
        "centre.fixed_contact": tables.scheme_cell(Hidden() if fixed["suppressed"] else fixed["value"], in_month),
        "centre.home_visits": tables.scheme_cell(_count(visits, "numerator"), in_period),
        "centre.team_visits": tables.scheme_cell(Hidden() if team["suppressed"] else team["value"], in_period),
    }


def _sort_key(cells: dict[str, Any], sort_by: str) -> tuple:
    """Largest first, then hidden cells, then empty ones; names in Swedish order."""
    value = cells[sort_by]
    if sort_by == "centre.name":
        return (0, swedish_sort_key(value))
    if isinstance(value, Hidden):
        return (1, 0.0)
    return (0, -value) if isinstance(value, float | int) else (2, 0.0)  # then "deltar inte" and empties


def _count(row: dict[str, Any], part: str) -> float | Hidden | None:
    """A published count of a figure shown cell by cell: "<5" when it is small itself, "–" when it
    is hidden inside a small total."""
    if row[f"{part}_small"]:
        return Hidden(True)
    return Hidden() if row[part] is None and row["suppressed"] else row[part]


# --- need ----------------------------------------------------------------------------------------

def need_figure(view: View, source: Source) -> Figure:
    """Seed 001's need segments as patients, against those reached, and the doctors they call for."""
    lang, s = view.lang, view.selection
    reached = last_month_row(view, source, view.area_scope, "coverage_offered_65")
    per_doctor = patients_per_doctor()
    result = need_metrics.need(source.population_65(s.area_code, s.last), reached["numerator"], need_shares(),
                               per_doctor)
    keys: tuple[tuple[str, Kind], ...] = (
        ("need.population_65", "count"), ("need.most_ill", "count"), ("need.multi_failing", "count"),
        ("need.frail", "count"), ("need.reached", "count"), ("need.share_reached_label", "share"),
        ("need.doctors_needed", "number"), ("need.doctors_for_reached_label", "number"))
    kinds: dict[str, Kind] = {t(k, lang): kind for k, kind in keys}
    title = t("coverage.need", lang)
    if result is None:
        return view.figure("coverage_need", title, view.subtitle(subject=view.area_scope), make_table([], kinds),
                           None, "behov", definition=t("coverage.need_basis", lang),
                           notes=(t("coverage.no_population", lang),), subject=view.area_scope,
                           months=(s.last, s.last))
    hidden = reached["suppressed"]
    values = (result.population_65, round(result.most_ill), round(result.multi_failing), round(result.frail),
              Hidden(reached["numerator_small"]) if hidden else result.reached,
              Hidden() if hidden else result.share_reached, result.doctors_needed,
              Hidden() if hidden else result.doctors_for_reached)
    table = make_table([dict(zip(kinds, values))], kinds)
    cell = {k: table.cell(t(k, lang), 0, lang) for k, _ in keys}
    metrics = (
        *(Metric(t(k, lang), cell[k], help=t(f"{k}.help", lang)) for k in ("need.most_ill", "need.multi_failing",
                                                                          "need.frail")),
        Metric(t("need.reached", lang), cell["need.reached"], help=t("need.reached.help", lang),
               note=f"{t('need.share_reached', lang)}: {cell['need.share_reached_label']}"),
        Metric(t("need.doctors_needed", lang), cell["need.doctors_needed"],
               note=f"{t('need.doctors_for_reached', lang)}: {cell['need.doctors_for_reached_label']}"),
    )
    definition = t("coverage.need_caption", lang, population=cell["need.population_65"],
                   per_doctor=formatting.number(per_doctor, 0, lang))
    return view.figure("coverage_need", title, view.subtitle(subject=view.area_scope), table, None, "behov",
                       definition=definition, metrics=metrics, subject=view.area_scope, months=(s.last, s.last))
