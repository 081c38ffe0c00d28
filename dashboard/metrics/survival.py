"""Kaplan–Meier median of enrolment time (contract: `nsvt_median_days_km`).

A mean over discharged episodes hides the long ones still open; the survival curve counts those
as censored at the reference date instead of leaving them out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from fractions import Fraction

HALF = Fraction(1, 2)


def kaplan_meier_median(days: Sequence[float], discharged: Sequence[bool]) -> float | None:
    """The first time at which the share still enrolled is 0.5 or less; None if it never gets there.

    Ties: at a time with both discharges and censorings, the censored episodes count as still at
    risk at that time (the usual convention). The curve is a product of exact fractions: in floating
    point, 9/10 × 6/9 × 5/6 comes to 0.5000000000000001, and a curve that falls to exactly one half
    would give the next time instead.
    """
    leaving = Counter(days)
    events = Counter(day for day, event in zip(days, discharged) if event)
    at_risk, survival = len(days), Fraction(1)
    for day in sorted(leaving):
        survival *= Fraction(at_risk - events[day], at_risk)
        if survival <= HALF:
            return float(day)
        at_risk -= leaving[day]
    return None
