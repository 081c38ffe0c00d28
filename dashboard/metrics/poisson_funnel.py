"""Poisson funnel limits: how far a unit's rate may lie from the region's by chance alone.

A unit whose inhabitants lived `exposure` thousand person-months at the region's rate r would expect
λ = r × exposure visits, and count a Poisson number of them. Its rate lies within the limits below
with the probability of each level (95 % and 99,8 %, as the share funnel's `funnel.LEVELS`): exact
Poisson quantiles, interpolated between whole counts as Spiegelhalter (2005, *Funnel plots for
comparing institutional performance*, appendix A.1.1) does, so the limits run smoothly with the
population instead of in steps. A normal approximation would put a small unit's lower limit below
zero and its upper one too low.

Pure computation: no Streamlit, no Altair.
"""

from __future__ import annotations

import math

import numpy as np
import polars as pl

from dashboard.metrics import funnel
from dashboard.metrics.funnel import LEVELS, Position

#: Standard deviations either side of λ beyond which a Poisson tail holds under 1e-40 of its mass
_TAIL_SDS = 14.0


def _cdf(mean: float) -> tuple[int, np.ndarray]:
    """The Poisson distribution function of `mean` (> 0) over the counts where it changes: the first
    count k0 and F(k0), F(k0 + 1), … up to where it reaches 1 (to float precision). Each probability
    from the one before (p(k) = p(k − 1) × λ / k, in logs), starting at the mode."""
    width = _TAIL_SDS * math.sqrt(mean) + 20
    first, last = max(0, math.floor(mean - width)), math.ceil(mean + width)
    mode = math.floor(mean)
    log_mode = mode * math.log(mean) - mean - math.lgamma(mode + 1)
    log_up = log_mode + np.cumsum(math.log(mean) - np.log(np.arange(mode + 1, last + 1)))
    log_down = log_mode - np.cumsum(math.log(mean) - np.log(np.arange(mode, first, -1)))
    log_p = np.concatenate([log_down[::-1], [log_mode], log_up])
    return first, np.minimum(np.cumsum(np.exp(log_p)), 1.0)


def count_limit(mean: float, p: float) -> float:
    """The interpolated p-quantile of a Poisson count of mean λ: r_p, the smallest count with
    F(r_p) ≥ p, less α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)) (Spiegelhalter 2005); never below 0,
    where the interpolation from r_p = 0 would go (a small unit's lower limit: no count is too low)."""
    if mean <= 0:  # no visits expected: none is too many, none too few
        return 0.0
    first, cdf = _cdf(mean)
    at = int(np.searchsorted(cdf, p))  # the first count with F ≥ p; F reaches 1 within the range, so there is one
    below = cdf[at - 1] if at else 0.0  # F(r_p − 1) < p ≤ F(r_p): α's divisor is never 0
    return max(0.0, first + at - (cdf[at] - p) / (cdf[at] - below))


def _tail(z: float) -> float:
    """The standard normal distribution's upper tail beyond z: 0,025 for 1,96."""
    return 0.5 * math.erfc(z / math.sqrt(2))


def limits(centre: float, exposure: float, z: float) -> tuple[float, float]:
    """Lower and upper limit of a rate around `centre` (visits per 1 000 person-months) for a unit of
    `exposure` thousand person-months, at the level whose two-sided normal z is given."""
    if exposure <= 0:
        return 0.0, math.inf
    mean, tail = centre * exposure, _tail(z)
    return count_limit(mean, tail) / exposure, count_limit(mean, 1 - tail) / exposure


def band(centre: float, max_exposure: float, points: int = 120, min_exposure: float | None = None) -> pl.DataFrame:
    """Both limits at `points` exposures up to a little beyond the largest unit: the funnel's lines,
    evenly spaced, or with `min_exposure` spaced evenly on a log scale from a little below it (a
    funnel drawn on one: a city beside villages).

    Columns: denominator (the exposure), level ("95" or "99.8"), lower, upper."""
    rows = []
    for step in range(1, points + 1):
        if min_exposure:
            low, high = math.log(min_exposure * 0.8), math.log(max_exposure * 1.05)
            exposure = math.exp(low + (high - low) * (step - 1) / (points - 1))
        else:
            exposure = max_exposure * 1.05 * step / points
        for level, z in LEVELS:
            lower, upper = limits(centre, exposure, z)
            rows.append({"denominator": exposure, "level": level, "lower": lower, "upper": upper})
    return pl.DataFrame(rows, schema={"denominator": pl.Float64, "level": pl.String, "lower": pl.Float64,
                                      "upper": pl.Float64})


def position(value: float, exposure: float, centre: float) -> Position:
    """Where a unit's rate lies: inside both limits, or above or below the widest one it crosses."""
    return funnel.position(value, exposure, centre, limits)
