"""The coverage page's figures: who gets a mobile doctor, where, how evenly, and against what need.

Pure builders over indicator rows and query frames; the page lays out what they return.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import polars as pl

from dashboard import formatting
from dashboard.metrics.indicators import BY_ID, PEOPLE
from dashboard.figures.selection import Choices, swedish_sort_key
from dashboard.settings import suppression_threshold
from dashboard.metrics.suppression import is_small, must_suppress, part_and_total
from dashboard.texts import t

MAP_INDICATORS = ("coverage_offered_65", "fixed_contact_65", "hc_participation", "need_coverage")
#: Shares of counted people or centres: binomial limits fit them; need_coverage is a ratio to an estimate.
FUNNEL_INDICATORS = ("coverage_offered_65", "fixed_contact_65", "hc_participation")
CENTRE_INDICATORS = ("coverage_offered_65", "fixed_contact_65", "home_visits", "team_visit_share")
FUNNEL_LIMITS = ((1.959964, "95 %"), (3.090232, "99,8 %"))
from dashboard.figures.view import Page

PAGE = Page("tackning.py", "page.coverage", ":material/map:", order=10)



def ranking_level(level: str) -> str:
    """Units are compared with their peers: the region's with its municipalities."""
    return "municipality" if level == "region" else level


def areas_of_level(choices: Choices, level: str) -> list[str]:
    return [code for code, area in choices.areas.items() if area.level == level]


def home_care_units(choices: Choices) -> list[str]:
    return [code for code, units in choices.units_by_area.items() if units == {code}]


def area_rows(groups: pl.DataFrame, indicator_id: str, choices: Choices, selected: str, lang: str) -> pl.DataFrame:
    """One row per area for the map, the ranking and the funnel: values as charts need them."""
    measure = BY_ID[indicator_id].measure
    rows = groups.filter(pl.col("indicator") == indicator_id)
    return pl.DataFrame([
        {
            "area_code": r["area_code"], "name": choices.areas[r["area_code"]].name,
            "value": r["value"], "numerator": r["numerator"], "denominator": r["denominator"],
            "suppressed": r["suppressed"], "is_selected": r["area_code"] == selected,
            "display": formatting.indicator_value(measure, r["value"], r["suppressed"], lang, small=r["numerator_small"]),
            "numerator_small": r["numerator_small"], "denominator_small": r["denominator_small"],
        }
        for r in rows.iter_rows(named=True)
    ], schema={"area_code": pl.String, "name": pl.String, "value": pl.Float64, "numerator": pl.Float64,
               "denominator": pl.Float64, "suppressed": pl.Boolean, "is_selected": pl.Boolean, "display": pl.String,
               "numerator_small": pl.Boolean, "denominator_small": pl.Boolean})


def has_funnel(indicator_id: str, centre: float | None) -> bool:
    return indicator_id in FUNNEL_INDICATORS and centre is not None and 0 < centre < 1


def funnel_limits(centre: float, max_denominator: float, points: int = 120) -> pl.DataFrame:
    """Limits around the region's share for every denominator: what chance alone would give."""
    rows = []
    for step in range(1, points + 1):
        n = max(1.0, max_denominator * 1.05 * step / points)
        spread = math.sqrt(centre * (1 - centre) / n)
        for z, label in FUNNEL_LIMITS:
            rows.append({"denominator": n, "limit": label, "lower": max(0.0, centre - z * spread),
                         "upper": min(1.0, centre + z * spread)})
    return pl.DataFrame(rows)


@dataclass(frozen=True)
class Spread:
    lowest: str
    lowest_value: str
    highest: str
    highest_value: str
    ratio: str
    ratio_before: str | None
    units: int


def spread(first: pl.DataFrame, last: pl.DataFrame, lang: str) -> Spread | None:
    """Lowest and highest shown value among the units, their ratio now and at the period's start."""
    def shown(rows: pl.DataFrame) -> pl.DataFrame:
        return rows.filter(~pl.col("suppressed") & pl.col("value").is_not_null()).sort("value")

    now, before = shown(last), shown(first)
    if now.height < 2:
        return None
    low, high = now.row(0, named=True), now.row(-1, named=True)
    return Spread(
        lowest=low["name"], lowest_value=low["display"], highest=high["name"], highest_value=high["display"],
        ratio=_ratio(low["value"], high["value"], lang),
        ratio_before=_ratio(before["value"][0], before["value"][-1], lang) if before.height >= 2 else None,
        units=now.height,
    )


def _ratio(low: float, high: float, lang: str) -> str:
    return "–" if not low else formatting.number(high / low, 2, lang)


@dataclass(frozen=True)
class Listing:
    share_outside: str
    outside: str
    without_doctor: str
    patients: str


def listing_effect(statuses: pl.DataFrame, lang: str, coverage_hidden: bool = False) -> Listing:
    """Patients 65+ listed at centres outside the scheme, and those of them left without a mobile doctor.

    Their total is the coverage indicator's denominator: hidden with it when coverage is hidden."""
    by_status = {r["listing_status"]: r for r in statuses.iter_rows(named=True)}
    total = sum(r["count_active_65"] for r in by_status.values())
    outside = by_status.get("not_participating", {"count_active_65": 0, "count_without_doctor_65": 0})
    threshold = suppression_threshold()
    share_hidden = must_suppress(outside["count_active_65"], total, PEOPLE, threshold)
    without_hidden, outside_hidden = part_and_total(outside["count_without_doctor_65"], outside["count_active_65"],
                                                    threshold)
    return Listing(
        share_outside=formatting.indicator_value("share", outside["count_active_65"] / total if total else None,
                                                 share_hidden or outside_hidden, lang),
        outside=_count(outside["count_active_65"], share_hidden or outside_hidden, lang),
        without_doctor=_count(outside["count_without_doctor_65"], without_hidden or share_hidden, lang),
        patients=_count(total, share_hidden or coverage_hidden, lang),
    )


def _count(value: float | None, hidden: bool, lang: str) -> str:
    """A count of people in a panel or the centre table: hidden (`<5`) when asked or when small."""
    hidden = hidden or is_small(value, suppression_threshold())
    return formatting.count_cell(value, hidden, True, lang)


@dataclass(frozen=True)
class Need:
    population_65: str
    groups: list[tuple[str, str]]  # (catalogue key of the group, estimated patients)
    reached: str
    share_reached: str
    doctors_needed: str
    doctors_for_reached: str


def need(population_65: int | None, reached: float | None, reached_hidden: bool, shares: tuple[float, float, float],
         per_doctor: float, lang: str) -> Need | None:
    """The need segments of seed 001 as patients, against those reached, and the doctors they call for."""
    if not population_65:
        return None
    most_ill, multi, frail = (population_65 * s for s in shares)
    target = multi  # the most ill and multi-failing: the group the scheme is for
    return Need(
        population_65=formatting.number(population_65, 0, lang),
        groups=[("need.most_ill", formatting.number(most_ill, 0, lang)),
                ("need.multi_failing", formatting.number(multi - most_ill, 0, lang)),
                ("need.frail", formatting.number(frail - multi, 0, lang))],
        reached=_count(reached, reached_hidden, lang),
        share_reached=formatting.indicator_value("share", None if reached is None else reached / target,
                                                 reached_hidden or is_small(reached, suppression_threshold()), lang),
        doctors_needed=formatting.number(target / per_doctor, 1, lang),
        doctors_for_reached=formatting.number((reached or 0) / per_doctor, 1, lang)
        if not reached_hidden else t("value.suppressed_share", lang),
    )


CENTRE_SORTS = ("centre.patients_65", "centre.with_doctor", "centre.fixed_contact", "centre.home_visits",
                "centre.team_visits", "centre.name")


def centre_table(groups: pl.DataFrame, choices: Choices, centre_ids: list[str], lang: str,
                 sort_by: str = "centre.patients_65") -> pl.DataFrame:
    """The area's health centres, cell by cell suppressed, built from unsuppressed group rows; sorted
    here on the numbers (largest first, names A–Ö), since the shown cells are formatted text."""
    threshold = suppression_threshold()
    by_key = {(r["hc_id"], r["indicator"]): r for r in groups.iter_rows(named=True)}
    records, keys = [], []
    for hc_id in centre_ids:
        centre = choices.centres[hc_id]
        coverage, fixed = by_key[(hc_id, "coverage_offered_65")], by_key[(hc_id, "fixed_contact_65")]
        visits, team = by_key[(hc_id, "home_visits")], by_key[(hc_id, "team_visit_share")]
        doctor_hidden, patients_hidden = part_and_total(coverage["numerator"], coverage["denominator"], threshold)
        # fixed contacts are a part of those with a doctor: the difference must not be small either
        fixed_hidden = (must_suppress(fixed["numerator"], fixed["denominator"], PEOPLE, threshold)
                        or is_small((coverage["numerator"] or 0) - (fixed["numerator"] or 0), threshold))
        team_hidden = must_suppress(team["numerator"], team["denominator"], PEOPLE, threshold)
        keys.append({
            "centre.patients_65": -1 if patients_hidden else coverage["denominator"],
            "centre.with_doctor": -1 if doctor_hidden else coverage["numerator"],
            "centre.fixed_contact": -1 if fixed_hidden else fixed["value"],
            "centre.home_visits": -1 if is_small(visits["numerator"], threshold) else visits["numerator"],
            "centre.team_visits": -1 if team_hidden else team["value"],
            "centre.name": centre.name,
        })
        records.append({
            t("centre.name", lang): centre.name,
            t("centre.ownership", lang): t(f"ownership.{centre.ownership}", lang),
            t("centre.since", lang): _date(centre.mobile_doctor_start, lang),
            t("centre.until", lang): _date(centre.mobile_doctor_end, lang),
            t("centre.patients_65", lang): _count(coverage["denominator"], patients_hidden, lang),
            t("centre.with_doctor", lang): _count(coverage["numerator"], doctor_hidden, lang),
            t("centre.fixed_contact", lang): formatting.indicator_value("share", fixed["value"], fixed_hidden, lang),
            t("centre.home_visits", lang): _count(visits["numerator"], False, lang),
            t("centre.team_visits", lang): formatting.indicator_value("share", team["value"], team_hidden, lang),
        })
    _hide_lone_cells(records, keys, lang)
    order = sorted(range(len(records)), key=lambda i: _sort_key(keys[i][sort_by], sort_by))
    return pl.DataFrame([records[i] for i in order], schema={k: pl.String for k in records[0]} if records else None)


def _hide_lone_cells(records: list[dict], keys: list[dict], lang: str) -> None:
    """The centres' counts add up to the area's, shown elsewhere: beside a lone hidden cell of a
    column, hide the smallest other one too (the same rule as suppression.py's, for this table)."""
    for column in ("centre.patients_65", "centre.with_doctor", "centre.home_visits"):
        hidden = [i for i, k in enumerate(keys) if k[column] == -1]
        others = [i for i, k in enumerate(keys) if k[column] is not None and k[column] > 0]
        if len(hidden) == 1 and others:
            smallest = min(others, key=lambda i: keys[i][column])
            keys[smallest][column] = -1
            records[smallest][t(column, lang)] = t("value.suppressed_share", lang)


def _sort_key(value, sort_by: str):
    if sort_by == "centre.name":
        return swedish_sort_key(value)
    return -(value if value is not None else -2)


def _date(value, lang: str) -> str:
    return "" if value is None else formatting.day(value, lang)
