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
from dashboard.data.secret import cell_key_secret
from dashboard.metrics.periods import Period, month_label
from dashboard.metrics.perturbation import KEY_RANGE, magnitude_keys, noise, publish, publish_magnitude
from dashboard.metrics.suppression import suppress
from dashboard.metrics.survival import kaplan_meier_median
from dashboard.settings import suppression_threshold

Measure = Literal["share", "count", "mean", "mean_days", "rate_per_1000", "median_days"]
PEOPLE = frozenset({"numerator", "denominator"})


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

    @property
    def part_of_whole(self) -> bool:
        """A share of counted people or events, the numerator's among the denominator's: never above one."""
        return self.measure == "share" and not self.denominator_is_population

    @property
    def perturbed_parts(self) -> frozenset[str]:
        """The counts taken from the extract's rows, which are published perturbed: not populations,
        which are public statistics, nor centres and units."""
        return self.small_parts - ({"denominator"} if self.denominator_is_population else set())


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
    # discharges and episodes enrolled
    Indicator("nsvt_median_days_km", "flow", "median_days", _AT, PEOPLE, None),
    Indicator("nsvt_visits_per_episode", "flow", "mean", _AT, frozenset({"numerator", "denominator"}), None),
    Indicator("ed_visits", "flow", "count", _AH, frozenset({"numerator"}), "down"),
    Indicator("ed_rate_80", "flow", "rate_per_1000", _A, frozenset({"numerator", "denominator"}), "down"),
    Indicator("readmission_share", "flow", "share", _AH, PEOPLE, "down"),
    Indicator("ed_rate_listed", "flow", "rate_per_1000", _AH, frozenset({"numerator", "denominator"}), "down"),
)
BY_ID = {i.id: i for i in INDICATORS}
SUPPRESSED_PARTS = {i.id: i.small_parts for i in INDICATORS}

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
    """One row per indicator (and per month with by_month), in the contract's output columns:
    published (perturbed and suppressed), or with suppressed=False the true figures."""
    ids = indicator_ids or applicable(scope)
    sums = queries.indicator_sums(db, scope, period, [i for i in ids if BY_ID[i].measure != "median_days"])
    protection = _Protection.current() if suppressed else None
    rows = _figures(_published(sums, protection), ids, period, by_month,
                    lambda window: _km_median(db, scope, window, protection))
    frame = pl.DataFrame([{**r, **scope.params()} for r in rows], schema=_SCHEMA)
    return _finish(frame, protection)


def compute_groups(
    db: Database,
    group_by: Literal["area", "hc"],
    groups: list[str],
    period: Period,
    indicator_ids: list[str],
    within: str | None = None,
    suppressed: bool = True,
    whole: bool = True,
) -> pl.DataFrame:
    """The same figures for many groups at once, each in `groups` (also those with no rows): areas, or
    the health centres lying in the area `within`. No KM median per group. With whole=False, a
    hidden figure keeps the counts that are not small themselves (a table shown cell by cell)."""
    if any(BY_ID[i].measure == "median_days" for i in indicator_ids):
        raise ValueError("the Kaplan–Meier median is computed one scope at a time")
    if group_by == "area":
        sums = queries.indicator_sums_by_area(db, groups, period, indicator_ids)
    else:
        sums = queries.indicator_sums_by_hc(db, within, period, indicator_ids)
    protection = _Protection.current() if suppressed else None
    sums = _published(sums, protection)
    rows = []
    for group in groups:
        part = sums.filter(pl.col("group_code") == group)
        scope = Scope(area_code=group) if group_by == "area" else Scope(hc_id=group)
        rows += [{**r, **scope.params()} for r in _figures(part, indicator_ids, period, False, None)]
    # indicator by indicator, so that a table or chart taking the rows as they come keeps each together
    order = pl.col("indicator").replace_strict({i: n for n, i in enumerate(indicator_ids)}, return_dtype=pl.Int32)
    frame = pl.DataFrame(rows, schema=_SCHEMA).sort(order, maintain_order=True)
    return _finish(frame, protection, whole)


@dataclass(frozen=True)
class _Protection:
    """What publishing needs: the threshold below which counts are hidden and the data's secret."""

    threshold: int
    secret: int

    @classmethod
    def current(cls) -> _Protection:
        return cls(suppression_threshold(), cell_key_secret())


_SCHEMA = {
    "indicator": pl.String, "area_code": pl.String, "hc_id": pl.String, "team_id": pl.String,
    "from": pl.String, "to": pl.String, "numerator": pl.Float64, "denominator": pl.Float64, "value": pl.Float64,
    "true_numerator": pl.Float64, "true_denominator": pl.Float64,
}
_NUMERATOR_PERTURBED = [i.id for i in INDICATORS if "numerator" in i.perturbed_parts]
_DENOMINATOR_PERTURBED = [i.id for i in INDICATORS if "denominator" in i.perturbed_parts]
_DAYS = [i.id for i in INDICATORS if i.measure == "mean_days"]


def _published(sums: pl.DataFrame, protection: _Protection | None) -> pl.DataFrame:
    """Each month's sums with the counts to publish beside the true ones: perturbed month by month
    (a period then sums its perturbed months), or, unprotected, the true ones again."""
    if protection is None:
        return sums.with_columns(published_numerator=pl.col("numerator").cast(pl.Float64),
                                 published_denominator=pl.col("denominator").cast(pl.Float64))
    threshold, secret = protection.threshold, protection.secret
    noises = sums.select(
        noise(sums["numerator_key"], secret).alias("numerator_noise"),
        noise(sums["denominator_key"], secret).alias("denominator_noise"),
        noise(magnitude_keys(sums["numerator_key"].fill_null(0)), secret).alias("days_noise"),
    )
    indicator, numerator, denominator = pl.col("indicator"), pl.col("numerator"), pl.col("denominator")
    return pl.concat([sums, noises], how="horizontal").with_columns(
        published_numerator=pl.when(indicator.is_in(_DAYS))
        .then(publish_magnitude(numerator, denominator, pl.col("days_noise")))
        .when(indicator.is_in(_NUMERATOR_PERTURBED)).then(publish(numerator, pl.col("numerator_noise"), threshold))
        .otherwise(numerator.cast(pl.Float64)),
        published_denominator=pl.when(indicator.is_in(_DENOMINATOR_PERTURBED))
        .then(publish(denominator, pl.col("denominator_noise"), threshold))
        .otherwise(denominator.cast(pl.Float64)),
    ).drop("numerator_noise", "denominator_noise", "days_noise")


def _finish(frame: pl.DataFrame, protection: _Protection | None, whole: bool = True) -> pl.DataFrame:
    if protection is None:
        return frame.drop("true_numerator", "true_denominator").with_columns(pl.lit(False).alias("suppressed"))
    return suppress(frame, SUPPRESSED_PARTS, protection.threshold, whole=whole)


def _figures(sums: pl.DataFrame, ids: list[str], period: Period, by_month: bool, km) -> list[dict]:
    threshold = suppression_threshold()
    windows = [Period(m, m) for m in period.months] if by_month else [period]
    by_indicator: dict[str, list[dict]] = {}
    for r in sums.iter_rows(named=True):
        by_indicator.setdefault(r["indicator"], []).append(r)
    rows = []
    for indicator_id in ids:
        indicator = BY_ID[indicator_id]
        for window in windows:
            if indicator.measure == "median_days":
                figure = km(window)
            else:
                figure = _window_figure(by_indicator.get(indicator_id, []), indicator, window, threshold)
            rows.append({"indicator": indicator_id, "from": month_label(window.first),
                         "to": month_label(window.last), **figure})
    return rows


def _window_figure(sums: list[dict], indicator: Indicator, window: Period, threshold: int) -> dict:
    """A stock is read at the window's last month; a flow sums its months, true and published alike."""
    first = window.last if indicator.kind == "stock" else window.first
    part = [r for r in sums if first <= r["month"] <= window.last]
    true_numerator, numerator = (float(sum(r[c] or 0 for r in part)) for c in ("numerator", "published_numerator"))
    unknown_population = indicator.denominator_is_population and all(r["denominator"] is None for r in part)
    if indicator.measure == "count" or unknown_population:
        true_denominator = denominator = None
    else:
        true_denominator, denominator = (float(sum(r[c] or 0 for r in part))
                                         for c in ("denominator", "published_denominator"))
    return _figure(indicator.measure, true_numerator, true_denominator, numerator, denominator, threshold,
                   indicator.part_of_whole)


def _figure(measure: Measure, true_numerator: float, true_denominator: float | None, numerator: float,
            denominator: float | None, threshold: int, part_of_whole: bool = False) -> dict:
    """Published counts no lower than the threshold when the true ones are not (the sum of a few
    small months' perturbed counts may be), and the value from what is shown. A count and its total
    are perturbed apart, so where only a few are left over the count may pass its total: the share
    then reads one, and the counts stay what every other figure of the same rows shows."""
    numerator = max(numerator, threshold) if true_numerator >= threshold else numerator
    if denominator is not None and true_denominator >= threshold:
        denominator = max(denominator, threshold)
    value = _value(measure, numerator, denominator)
    if part_of_whole and value is not None:
        value = min(value, 1.0)
    return {"numerator": numerator, "denominator": denominator, "value": value,
            "true_numerator": true_numerator, "true_denominator": true_denominator}


def _value(measure: Measure, numerator: float | None, denominator: float | None) -> float | None:
    if measure == "count":
        return numerator
    if not denominator:
        return None
    if measure == "rate_per_1000":
        return 1000.0 * numerator / denominator
    return numerator / denominator


def _km_median(db: Database, scope: Scope, window: Period, protection: _Protection | None) -> dict:
    """Numerator: discharges; denominator: episodes enrolled in the window; value: the median days.
    Both counts are published like a flow's, month of enrolment by month; the episodes are then
    nsvt_enrolled's, with the same noise."""
    episodes = queries.nsvt_enrolment_times(db, scope, window)
    median = kaplan_meier_median(episodes["enrolment_days"].to_list(), episodes["is_discharged"].to_list())
    monthly = episodes.group_by("enrolled_month").agg(
        pl.len().cast(pl.Float64).alias("denominator"),
        pl.col("is_discharged").sum().cast(pl.Float64).alias("numerator"),
        (pl.col("record_key").sum() % KEY_RANGE).alias("denominator_key"),
        (pl.col("record_key").filter(pl.col("is_discharged")).sum() % KEY_RANGE).alias("numerator_key"),
    )
    counts = {"numerator": 0.0, "denominator": 0.0, "published_numerator": 0.0, "published_denominator": 0.0}
    if monthly.height:
        published = _published(monthly.with_columns(pl.lit("nsvt_median_days_km").alias("indicator")), protection)
        counts = {c: float(published[c].sum()) for c in counts}
    figure = _figure("median_days", counts["numerator"], counts["denominator"], counts["published_numerator"],
                     counts["published_denominator"], suppression_threshold())
    return {**figure, "value": median}


def listing_counts(db: Database, area_code: str, month, suppressed: bool = True) -> pl.DataFrame:
    """The listing effect's counts, published (`cell`, `count`, `small`): `patients` 65+ at the month's
    end (the coverage denominator, with its published figure), `outside` those listed at a centre
    outside the scheme and `without` those of them with no mobile doctor."""
    effect = queries.listing_effect(db, area_code, month)
    outside = effect.filter(pl.col("listing_status") == "not_participating")
    return publish_counts(pl.DataFrame({
        "cell": ["patients", "outside", "without"],
        "count": [effect["count_active_65"].sum(), outside["count_active_65"].sum(),
                  outside["count_without_doctor_65"].sum()],
        "key": [effect["key_active_65"].sum() % KEY_RANGE, outside["key_active_65"].sum() % KEY_RANGE,
                outside["key_without_doctor_65"].sum() % KEY_RANGE],
    }, schema={"cell": pl.String, "count": pl.Int64, "key": pl.Int64}), suppressed)


def publish_counts(cells: pl.DataFrame, suppressed: bool = True) -> pl.DataFrame:
    """Counts of people that are no indicator's (a panel's parts), one row a cell with its `count` and
    cell `key`, as published: `count` perturbed like an indicator's, or null when it is small
    (`small`). The same people give the same figure here as in an indicator."""
    protection = _Protection.current() if suppressed else None
    if protection is None:
        return cells.drop("key").with_columns(pl.col("count").cast(pl.Float64), pl.lit(False).alias("small"))
    published = publish(pl.col("count"), noise(cells["key"], protection.secret), protection.threshold)
    small = pl.col("count").is_between(1, protection.threshold - 1)
    return cells.with_columns(small.alias("small")).with_columns(
        pl.when(pl.col("small")).then(None).otherwise(published).alias("count")).drop("key")
