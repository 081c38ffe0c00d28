"""Before and after a change: the same calendar months a year apart, their rate ratio with its
Poisson interval, and what the fall in ED visits is worth (seed 004).

ED visits peak every winter, so a change made in May and judged by the summer after it would find
a fall that is only the season. The months after a change are compared with the same calendar
months a year earlier. Pure computation: no Streamlit, no Altair.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from dashboard import formatting
from dashboard.metrics.funnel import Z_95
from dashboard.metrics.periods import Period, add_months

#: The months compared before and after a change: a whole year, or as many as the data hold, and no
#: fewer than a quarter: one month against one would read its noise as a year's saving
COMPARED_MONTHS, FEWEST_MONTHS = 12, 3
#: Seed 004's cost of an ED visit (KPP 2023, Ljungby) and the overhead share taken off it
COST_PER_VISIT, OVERHEAD_SHARE = 6774.0, 0.20


def windows(change: date, first: date, last: date) -> tuple[Period, Period] | None:
    """The months before and after a change starting in month `change`, with data from `first` to
    `last`: before, the year before the change; after, the same calendar months a year later. Each
    is cut to the months both have: a change nine months into the data compares those nine months
    with the same nine a year later, and a change three months before the data's end compares its
    three months with the same three a year earlier. None when fewer than `FEWEST_MONTHS` have their
    pair."""
    start, end = max(add_months(change, -COMPARED_MONTHS), first), min(add_months(change, -1), add_months(last, -12))
    if start > add_months(end, 1 - FEWEST_MONTHS):  # a change after the data's end too: its end is before its start
        return None
    return Period(start, end), Period(add_months(start, 12), add_months(end, 12))


@dataclass(frozen=True)
class RateRatio:
    """The rate after over the rate before, with its 95 % interval."""

    ratio: float
    lower: float
    upper: float

    @property
    def is_fall(self) -> bool:
        """The whole interval below 1: a fall chance alone would rarely give."""
        return self.upper < 1

    @property
    def is_rise(self) -> bool:
        return self.lower > 1


def rate_ratio(before: float, before_exposure: float, after: float, after_exposure: float,
               z: float = Z_95) -> RateRatio | None:
    """(after / after_exposure) / (before / before_exposure), with the interval of a ratio of two
    Poisson counts on the log scale: exp(ln RR ± z √(1/a + 1/b)). None when either count is zero or an
    exposure is not positive: a ratio to nothing, or an interval without bounds."""
    if before <= 0 or after <= 0 or before_exposure <= 0 or after_exposure <= 0:
        return None
    ratio = (after / after_exposure) / (before / before_exposure)
    spread = z * math.sqrt(1 / after + 1 / before)
    return RateRatio(ratio, ratio * math.exp(-spread), ratio * math.exp(spread))


@dataclass(frozen=True)
class Savings:
    """Seed 004's estimate, each figure as its line reads, so that every line follows from the ones
    above it with a pocket calculator: the cost per visit, less the overhead, in whole kronor; the
    mean visits a month before and after and their difference, at the precision they are shown; and
    the year's saving from those. `low` and `high` (with the interval) carry the rate ratio's
    interval into the difference and the saving."""

    per_visit: float
    before: float
    after: float
    decrease: float
    per_year: float
    decimals: int
    decrease_range: tuple[float, float] | None = None
    per_year_range: tuple[float, float] | None = None


def visit_decimals(mean: float) -> int:
    """Whole visits a month from ten up, as the seed writes 87 and 63; one decimal below, where a
    whole number would move the saving by a tenth or more."""
    return 0 if abs(mean) >= 10 else 1


def savings(before_mean: float, after_mean: float, cost: float = COST_PER_VISIT,
            overhead: float = OVERHEAD_SHARE, ratio: RateRatio | None = None) -> Savings:
    """(mean monthly ED visits before − after) × 12 × cost per visit × (1 − overhead share), as seed
    004 works it: 6 774 kr less 20 % is 5 419 kr a visit; 87 − 63 = 24 visits a month; 24 × 12 ×
    5 419 kr = 1 560 672 kr a year. With `ratio`, the difference's range is the one the ratio's
    interval gives the visits after: before − after × r / ratio for r at its upper and lower limit. It
    holds the point estimate at the ratio itself, as a range taken from the rate alone would not
    where the population grew between the two (more visits at a lower rate)."""
    decimals = visit_decimals(before_mean)
    per_visit = formatting.half_up(cost * (1 - overhead), 0)
    before, after = (formatting.half_up(m, decimals) for m in (before_mean, after_mean))
    decrease = formatting.half_up(before - after, decimals)
    result = Savings(per_visit, before, after, decrease, decrease * 12 * per_visit, decimals)
    if ratio is None:
        return result
    low, high = (formatting.half_up(before - after * r / ratio.ratio, decimals) for r in (ratio.upper, ratio.lower))
    return replace(result, decrease_range=(low, high), per_year_range=(low * 12 * per_visit, high * 12 * per_visit))
