"""The contract's indicators: what each one is, and how its figure for an area, centre or team is made.

The app and the indicator command both compute here, from the same query module and views, so a
steering group gets one number wherever it looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import polars as pl

from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.metrics.periods import Period, month_label
from dashboard.metrics.suppression import suppress
from dashboard.metrics.survival import kaplan_meier_median

Measure = Literal["share", "count", "mean", "mean_days", "rate_per_1000", "median_days"]
PEOPLE = frozenset({"numerator", "denominator", "complement"})


@dataclass(frozen=True)
class Indicator:
    id: str
    kind: Literal["stock", "flow"]
    measure: Measure
    scopes: frozenset[str]  # which of "area", "hc", "team" the figure can be made for
    small_parts: frozenset[str]  # counts of people or events, subject to suppression
    better: Literal["up", "down"] | None = None

    @property
    def denominator_is_population(self) -> bool:
        """An unknown population leaves the denominator unknown (null), not zero."""
        return self.id in ("need_coverage", "ed_rate_80", "ed_rate_listed")


_A, _AH, _AT = frozenset({"area"}), frozenset({"area", "hc"}), frozenset({"area", "team"})

INDICATORS: tuple[Indicator, ...] = (
    Indicator("coverage_offered_65", "stock", "share", _AH, PEOPLE, "up"),
    Indicator("fixed_contact_65", "stock", "share", _AH, PEOPLE, "up"),
    # centres and units are not people: their counts are never suppressed
    Indicator("hc_participation", "stock", "share", _AH, frozenset(), "up"),
    Indicator("units_offering", "stock", "share", _A, frozenset(), "up"),
    Indicator("need_coverage", "stock", "share", _A, frozenset({"numerator"}), "up"),
    Indicator("home_visits", "flow", "count", _AH, frozenset({"numerator"}), None),
    Indicator("team_visit_share", "flow", "share", _AH, PEOPLE, "up"),
    Indicator("acute_next_weekday", "flow", "share", _AH, PEOPLE, "up"),
    Indicator("nsvt_enrolled", "flow", "count", _AT, frozenset({"numerator"}), None),
    Indicator("nsvt_active", "stock", "count", _AT, frozenset({"numerator"}), None),
    Indicator("nsvt_mean_days", "flow", "mean_days", _AT, frozenset({"denominator"}), None),
    # discharges and episodes: those still enrolled are their difference
    Indicator("nsvt_median_days_km", "flow", "median_days", _AT, PEOPLE, None),
    Indicator("nsvt_visits_per_episode", "flow", "mean", _AT, frozenset({"numerator", "denominator"}), None),
    Indicator("ed_visits", "flow", "count", _AH, frozenset({"numerator"}), "down"),
    Indicator("ed_rate_80", "flow", "rate_per_1000", _A, frozenset({"numerator", "denominator"}), "down"),
    Indicator("readmission_share", "flow", "share", _AH, PEOPLE, "down"),
    Indicator("ed_rate_listed", "flow", "rate_per_1000", _AH, frozenset({"numerator", "denominator"}), "down"),
)
BY_ID = {i.id: i for i in INDICATORS}
SUPPRESSED_PARTS = {i.id: i.small_parts for i in INDICATORS}
#: Indicators counting the same people, suppressed together (dashboard.metrics.suppression).
FAMILIES = (("coverage_offered_65", "fixed_contact_65", "need_coverage"),)
FLOWS = frozenset(i.id for i in INDICATORS if i.kind == "flow")
_CELL = ("area_code", "hc_id", "team_id", "from", "to")

OUTPUT_COLUMNS = ("indicator", "area_code", "hc_id", "team_id", "from", "to",
                  "numerator", "denominator", "value", "suppressed")


@dataclass(frozen=True)
class Scope:
    """What the figures are for: an area (with everything beneath it), one health centre, or one team."""

    area_code: str | None = None
    hc_id: str | None = None
    team_id: str | None = None

    @property
    def kind(self) -> str:
        return "hc" if self.hc_id else "team" if self.team_id else "area"

    def params(self) -> dict[str, str | None]:
        return {"area_code": self.area_code, "hc_id": self.hc_id, "team_id": self.team_id}


def applicable(scope: Scope) -> list[str]:
    return [i.id for i in INDICATORS if scope.kind in i.scopes]


def compute(
    db: Database,
    scope: Scope,
    period: Period,
    indicator_ids: list[str] | None = None,
    by_month: bool = False,
    suppressed: bool = True,
) -> pl.DataFrame:
    """One row per indicator (and per month with by_month), in the contract's output columns."""
    asked = indicator_ids or applicable(scope)
    ids = _with_families(asked) if suppressed else asked
    sums = queries.indicator_sums(db, scope, period, [i for i in ids if BY_ID[i].measure != "median_days"])
    rows = _figures(sums, ids, period, by_month, lambda window: _km_median(db, scope, window))
    frame = pl.DataFrame([{**r, **scope.params()} for r in rows], schema=_SCHEMA)
    if not suppressed:
        return _unsuppressed(frame)
    # the months of a flow add up to the period's figure, which another view shows
    frame = suppress(frame, SUPPRESSED_PARTS, families=FAMILIES, cell=_CELL,
                     complement_over=("from", "to") if by_month else (), complement_indicators=FLOWS)
    if scope.area_code is not None:
        frame = _as_among_areas(db, frame, scope.area_code, period, ids, by_month)
    return _only(frame, asked)


def _with_families(ids: list[str]) -> list[str]:
    """The asked indicators and their families' other members: a family is always judged whole."""
    extra = [i for family in FAMILIES if set(family) & set(ids) for i in family if i not in ids]
    return list(ids) + extra


def _only(frame: pl.DataFrame, ids: list[str]) -> pl.DataFrame:
    return frame.filter(pl.col("indicator").is_in(ids)).sort(
        pl.col("indicator").replace_strict({i: n for n, i in enumerate(ids)}, return_dtype=pl.Int32), "from",
        maintain_order=True)


def _as_among_areas(db: Database, frame: pl.DataFrame, area_code: str, period: Period, ids: list[str],
                    by_month: bool) -> pl.DataFrame:
    """Hide what the area's row hides where it is shown among other areas (map, ranking): otherwise
    the parent's figure minus the siblings shown would give the hidden one away."""
    group_ids = [i for i in ids if BY_ID[i].measure != "median_days"]
    among = compute_groups(db, "area", [area_code], period, group_ids, by_month=by_month)
    hidden = among.filter(pl.col("suppressed")).select("indicator", "from")
    if hidden.height == 0:
        return frame
    marked = frame.join(hidden.with_columns(pl.lit(True).alias("_hide")), on=["indicator", "from"], how="left")
    hide = pl.col("_hide").fill_null(False)
    return marked.with_columns(
        *[pl.when(hide).then(None).otherwise(pl.col(c)).alias(c) for c in ("numerator", "denominator", "value")],
        (pl.col("suppressed") | hide).alias("suppressed"),
    ).drop("_hide")


def compute_groups(
    db: Database,
    group_by: Literal["area", "hc"],
    groups: list[str],
    period: Period,
    indicator_ids: list[str],
    within: str | None = None,
    suppressed: bool = True,
    by_month: bool = False,
) -> pl.DataFrame:
    """The same figures for many groups at once, each in `groups` (also those with no rows): areas, or
    the health centres lying in the area `within`. No KM median per group.

    Areas are suppressed among all areas, whichever are asked for: each area's figure is then hidden
    in every view or in none (`suppression._hide_nested`).
    Unsuppressed rows are only for tables that suppress cell by cell (the coverage page's centres)."""
    if any(BY_ID[i].measure == "median_days" for i in indicator_ids):
        raise ValueError("the Kaplan–Meier median is computed one scope at a time")
    asked = indicator_ids
    indicator_ids = _with_families(asked) if suppressed else asked
    parents = _parents(db) if group_by == "area" and suppressed else {}
    every = list(dict.fromkeys([*groups, *parents]))
    if group_by == "area":
        sums = queries.indicator_sums_by_area(db, every, period, indicator_ids)
    else:
        sums = queries.indicator_sums_by_hc(db, within, period, indicator_ids)
    rows = []
    for group in every:
        part = sums.filter(pl.col("group_code") == group)
        scope = Scope(area_code=group) if group_by == "area" else Scope(hc_id=group)
        rows += [{**r, **scope.params(), "parent": parents.get(group)}
                 for r in _figures(part, indicator_ids, period, by_month, None)]
    frame = pl.DataFrame(rows, schema={**_SCHEMA, "parent": pl.String})
    if not suppressed:
        return _unsuppressed(frame.drop("parent"))
    # children add up to their parent's figure, centres to their area's, which other views show
    if group_by == "area":
        frame = suppress(frame, SUPPRESSED_PARTS, families=FAMILIES, cell=_CELL, nested=("area_code", "parent"))
    else:
        frame = suppress(frame, SUPPRESSED_PARTS, families=FAMILIES, cell=_CELL, complement_over=("hc_id",))
    column = "area_code" if group_by == "area" else "hc_id"
    return _only(frame.drop("parent").filter(pl.col(column).is_in(groups)), asked)


def _parents(db: Database) -> dict[str, str | None]:
    areas = queries.areas(db)
    return dict(zip(areas["area_code"], areas["parent_code"]))


_SCHEMA = {
    "indicator": pl.String, "area_code": pl.String, "hc_id": pl.String, "team_id": pl.String,
    "from": pl.String, "to": pl.String, "numerator": pl.Float64, "denominator": pl.Float64, "value": pl.Float64,
}


def _figures(sums: pl.DataFrame, ids: list[str], period: Period, by_month: bool, km) -> list[dict]:
    windows = [Period(m, m) for m in period.months] if by_month else [period]
    by_indicator: dict[str, list[dict]] = {}
    for r in sums.iter_rows(named=True):
        by_indicator.setdefault(r["indicator"], []).append(r)
    rows = []
    for indicator_id in ids:
        indicator = BY_ID[indicator_id]
        for window in windows:
            if indicator.measure == "median_days":
                numerator, denominator, value = km(window)
            else:
                numerator, denominator = _window_sums(by_indicator.get(indicator_id, []), indicator, window)
                value = _value(indicator.measure, numerator, denominator)
            rows.append({
                "indicator": indicator_id, "from": month_label(window.first), "to": month_label(window.last),
                "numerator": numerator, "denominator": denominator, "value": value,
            })
    return rows


def _unsuppressed(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(pl.lit(False).alias("suppressed"))


def _window_sums(sums: list[dict], indicator: Indicator, window: Period) -> tuple[float | None, float | None]:
    """A stock is read at the window's last month; a flow sums its months."""
    first = window.last if indicator.kind == "stock" else window.first
    part = [r for r in sums if first <= r["month"] <= window.last]
    numerator = float(sum(r["numerator"] or 0 for r in part))
    if indicator.measure == "count":
        return numerator, None
    denominators = [r["denominator"] for r in part if r["denominator"] is not None]
    if not denominators and indicator.denominator_is_population:
        return numerator, None
    return numerator, float(sum(denominators))


def _value(measure: Measure, numerator: float | None, denominator: float | None) -> float | None:
    if measure == "count":
        return numerator
    if not denominator:
        return None
    if measure == "rate_per_1000":
        return 1000.0 * numerator / denominator
    return numerator / denominator


def _km_median(db: Database, scope: Scope, window: Period) -> tuple[float, float, float | None]:
    """Numerator: discharges; denominator: episodes enrolled in the window; value: the median days."""
    episodes = queries.nsvt_enrolment_times(db, scope, window)
    median = kaplan_meier_median(episodes["enrolment_days"].to_list(), episodes["is_discharged"].to_list())
    return float(episodes["is_discharged"].sum()), float(episodes.height), median
