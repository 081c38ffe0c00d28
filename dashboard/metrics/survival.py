"""Kaplan–Meier median of enrolment time (contract: `nsvt_median_days_km`), and the curve with its 95 %
band and the median's interval that the near-care team page draws.

A mean over discharged episodes hides the long ones still open; the survival curve counts those
as censored at the reference date instead of leaving them out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from statistics import NormalDist

HALF = Fraction(1, 2)


def kaplan_meier_median(days: Sequence[float], discharged: Sequence[bool]) -> float | None:
    """The first time at which the share still enrolled is 0.5 or less; None if it never gets there.

    Ties: at a time with both discharges and censorings, the censored episodes count as still at
    risk at that time (the usual convention). The curve is a product of exact fractions: in floating
    point, 9/10 × 6/9 × 5/6 comes to 0.5000000000000001, and a curve that falls to exactly one half
    would give the next time instead.
    """
    return next((float(day) for day, _, _, _, survival in _product(days, discharged) if survival <= HALF), None)


def _product(days: Sequence[float], discharged: Sequence[bool]) -> Iterator[tuple[float, int, int, int, Fraction]]:
    """The Kaplan–Meier product, a step at every time an episode left, in exact fractions: the time,
    the episodes at risk, discharged and censored then, and the share still enrolled just after."""
    leaving = Counter(days)
    events = Counter(day for day, event in zip(days, discharged, strict=True) if event)
    at_risk, survival = len(days), Fraction(1)
    for day in sorted(leaving):
        survival *= Fraction(at_risk - events[day], at_risk)
        yield day, at_risk, events[day], leaving[day] - events[day], survival
        at_risk -= leaving[day]


#: The band's coverage: 95 %, as the median's interval, and lifelines' default
Z = NormalDist().inv_cdf(0.975)


@dataclass(frozen=True)
class Step:
    """The curve at one time an episode left: the share still enrolled just after it, and its 95 %
    band; how many were at risk, discharged and censored then."""

    day: float
    at_risk: int
    discharged: int
    censored: int
    survival: float
    lower: float
    upper: float


def kaplan_meier_curve(days: Sequence[float], discharged: Sequence[bool]) -> list[Step]:
    """The Kaplan–Meier curve of enrolment time, a step at every time an episode was discharged or
    censored, from the same exact product as the median, with the exponential ("log–log") Greenwood
    95 % band: the band of lifelines' KaplanMeierFitter. Unlike the plain Greenwood band it stays
    between 0 and 1, and it is 1 to 1 before the first discharge and 0 to 0 once none is left."""
    greenwood, steps = 0.0, []
    for day, at_risk, d, censored, survival in _product(days, discharged):
        if d and at_risk > d:
            greenwood += d / (at_risk * (at_risk - d))
        steps.append(Step(float(day), at_risk, d, censored, float(survival), *_band(float(survival), greenwood)))
    return steps


def _band(survival: float, greenwood: float) -> tuple[float, float]:
    """The exponential Greenwood interval around a survival value: on log(−log S), back-transformed."""
    if survival >= 1.0:
        return 1.0, 1.0
    if survival <= 0.0:
        return 0.0, 0.0
    log_s = math.log(survival)
    spread = Z * math.sqrt(greenwood) / log_s  # negative: log S < 0
    return math.exp(-math.exp(math.log(-log_s) - spread)), math.exp(-math.exp(math.log(-log_s) + spread))


def median_interval(steps: Sequence[Step]) -> tuple[float | None, float | None]:
    """The median's 95 % interval: the first times the band's lower and its upper edge fall to one half
    or below (lifelines' `median_survival_times` of the band); None where an edge never does."""
    def first(edge: str) -> float | None:
        return next((s.day for s in steps if getattr(s, edge) <= 0.5), None)

    return first("lower"), first("upper")


@dataclass(frozen=True)
class Point:
    """The published curve at a day: the share still enrolled just after it and its 95 % band, in whole
    per cent."""

    day: float
    survival: float
    lower: float
    upper: float


def published_curve(steps: Sequence[Step], threshold: int) -> list[Point]:
    """The curve as it may be shown: a point after every `threshold` discharges or more, never one a
    discharge; it ends before a step that leaves fewer than `threshold` at risk; shares and band in
    whole per cent.

    Every step of a full curve tells how many left on its day (its drop times those at risk), and the
    tail with one to four still enrolled tells them one by one. Pooled, a drop holds at least
    `threshold` discharges on days it does not name, and rounding keeps the exact fractions from giving
    the counts back. The values at the points are the full curve's, so they agree with any
    Kaplan–Meier fitter's on those days. Whether a curve may be drawn at all (from fewer than
    `threshold` episodes it may not) is the median's own suppression; docs/data-decisions.md."""
    points, pooled = [Point(0.0, 1.0, 1.0, 1.0)], 0
    for step in steps:
        if step.at_risk - step.discharged - step.censored < threshold:
            break
        pooled += step.discharged
        if pooled >= threshold:
            points.append(Point(step.day, *(round(v, 2) for v in (step.survival, step.lower, step.upper))))
            pooled = 0
    return points
