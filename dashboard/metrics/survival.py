"""Kaplan–Meier median of enrolment time (contract: `nsvt_median_days_km`).

A mean over discharged episodes hides the long ones still open; the survival curve counts those
as censored at the reference date instead of leaving them out.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np


def kaplan_meier_median(days: Sequence[float], discharged: Sequence[bool]) -> float | None:
    """The first time at which the share still enrolled is 0.5 or less; None if it never gets there.

    Ties: at a time with both discharges and censorings, the censored episodes count as still at
    risk at that time (the usual convention).
    """
    times = np.asarray(days, dtype=float)
    events = np.asarray(discharged, dtype=bool)
    if times.size == 0:
        return None
    distinct, position = np.unique(times, return_inverse=True)
    leaving = np.bincount(position)
    event_counts = np.bincount(position, weights=events)
    at_risk = times.size - np.cumsum(leaving) + leaving
    survival = np.cumprod(1.0 - event_counts / at_risk)
    reached = np.nonzero(survival <= 0.5)[0]
    return float(distinct[reached[0]]) if reached.size else None
