"""The Kaplan–Meier median against the textbook: the smallest time t with S(t) ≤ 0.5, worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.metrics.survival import (
    Point,
    kaplan_meier_curve,
    kaplan_meier_median,
    median_interval,
    published_curve,
)


def test_a_curve_that_falls_to_exactly_one_half():
    # 10 episodes: 1 discharged at day 1 (S = 9/10), 3 at day 2 (S = 9/10 · 6/9 = 3/5), 1 at day 3
    # (S = 3/5 · 5/6 = 1/2 exactly: the median), 1 at day 4; 4 still enrolled at day 10. In floating
    # point 0.9 · (1 − 3/9) · (1 − 1/6) is 0.5000000000000001, which would give day 4.
    days = [1, 2, 2, 2, 3, 4, 10, 10, 10, 10]
    discharged = [True] * 6 + [False] * 4
    assert kaplan_meier_median(days, discharged) == 3


@pytest.mark.parametrize(
    "days, discharged, median",
    [
        ([], [], None),
        ([5], [True], 5),
        ([5], [False], None),
        ([5, 7], [True, False], 5),  # S(5) = 1/2
        ([5, 7, 9], [True, False, False], None),  # S = 2/3 at the last discharge
        ([5, 7, 9], [True, True, False], 7),  # S(7) = 2/3 · 1/2 = 1/3
        # ties: at day 4 one discharge and one censoring, both at risk: S(4) = 3/4; S(6) = 3/4 · 1/2
        ([2, 4, 4, 6, 8], [False, True, False, True, False], 6),
        ([3.0, 1.0, 2.0], [True, True, True], 2),  # unsorted input; S(2) = 1/3
        ([0, 0, 1, 1], [True, False, True, False], 1),  # S(0) = 3/4, S(1) = 3/4 · 1/2
    ],
)
def test_kaplan_meier_median_by_hand(days, discharged, median):
    assert kaplan_meier_median(days, discharged) == median


def test_the_median_is_a_float():
    assert isinstance(kaplan_meier_median([5], [True]), float)


def test_the_curve_and_its_band_by_hand():
    # six episodes: discharged on days 1, 2, 3, 5; censored on days 2 and 8
    steps = kaplan_meier_curve([1, 2, 2, 3, 5, 8], [True, True, False, True, True, False])
    assert [(s.day, s.at_risk, s.discharged, s.censored) for s in steps] == [
        (1, 6, 1, 0), (2, 5, 1, 1), (3, 3, 1, 0), (5, 2, 1, 0), (8, 1, 0, 1)]
    # 5/6; × 4/5 = 2/3; × 2/3 = 4/9; × 1/2 = 2/9; a censoring leaves it
    assert [s.survival for s in steps] == pytest.approx([5 / 6, 2 / 3, 4 / 9, 2 / 9, 2 / 9])
    # day 1: Greenwood's sum 1 / (6 × 5); on log(−log S) the half-width is 1,96 × √(1/30) / |ln(5/6)| = 1,9626
    # so the band is S^exp(±1,9626): 0,8333^7,117 = 0,2731 and 0,8333^0,1405 = 0,9747
    assert (steps[0].lower, steps[0].upper) == (pytest.approx(0.27312, abs=1e-5), pytest.approx(0.97471, abs=1e-5))
    # the median: 4/9 on day 3; its interval from the band's edges: the lower edge at day 1 (0,27), the
    # upper never falls to one half (0,61 at the end)
    assert median_interval(steps) == (1.0, None)


def test_a_curve_that_ends_at_zero_has_a_closed_band():
    steps = kaplan_meier_curve([4, 4, 9], [True, True, True])
    assert [(s.survival, s.lower, s.upper) for s in steps][-1] == (0.0, 0.0, 0.0)
    assert median_interval(steps)[1] == 9.0


@settings(max_examples=300, deadline=None, derandomize=True, database=None)  # the same cases every run
@given(st.lists(st.tuples(st.integers(0, 60), st.booleans()), min_size=1, max_size=40))
def test_the_curve_band_and_median_interval_are_lifelines(episodes):
    from lifelines import KaplanMeierFitter
    from lifelines.utils import median_survival_times

    days, discharged = [d for d, _ in episodes], [e for _, e in episodes]
    steps = kaplan_meier_curve(days, discharged)
    fitted = KaplanMeierFitter().fit(days, discharged)
    survival = fitted.survival_function_["KM_estimate"]
    band = fitted.confidence_interval_.fillna(0.0)  # lifelines leaves the band empty once the curve is 0
    for s in steps:
        assert s.survival == pytest.approx(survival[s.day], abs=1e-12)
        assert (s.lower, s.upper) == (pytest.approx(band["KM_estimate_lower_0.95"][s.day], abs=1e-9),
                                      pytest.approx(band["KM_estimate_upper_0.95"][s.day], abs=1e-9))
    halves = [s.day for s in steps if s.survival == 0.5]
    if halves:  # the contract counts exactly one half; lifelines' float median may take the next time or none
        assert kaplan_meier_median(days, discharged) == halves[0]
    else:
        assert kaplan_meier_median(days, discharged) == _none_if_inf(fitted.median_survival_time_)
    lower, upper = median_survival_times(fitted.confidence_interval_).iloc[0]
    assert median_interval(steps) == (_none_if_inf(lower), _none_if_inf(upper))


def _none_if_inf(value: float) -> float | None:
    return None if value == float("inf") else float(value)


def test_the_published_curve_pools_discharges_and_ends_before_few_are_at_risk():
    # 12 episodes: discharged one a day on days 1–9, censored at day 4 (one) and 20 (two)
    days = [1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 20, 20]
    discharged = [True] * 4 + [False] + [True] * 5 + [False, False]
    steps = kaplan_meier_curve(days, discharged)
    points = published_curve(steps, 3)
    # at risk: day 1: 12, 2: 11, 3: 10, 4: 9 (one discharged, one censored), 5: 7, 6: 6, 7: 5, 8: 4, 9: 3, 20: 2
    # S: 11/12, × 10/11 = 10/12, × 9/10 = 9/12 (day 3: three discharged, a point at 0,75), × 8/9 = 8/12,
    # × 6/7 = 4/7, × 5/6 = 10/21 (day 6: three more, a point at 0,48); then 8/21 at day 7 and 2/7 at day
    # 8, after which 3 are left; day 9 would leave 2, fewer than 3: the curve ends at day 6
    assert [(p.day, p.survival) for p in points] == [(0.0, 1.0), (3.0, 0.75), (6.0, 0.48)]
    assert points[1].lower == round(steps[2].lower, 2) and points[1].upper == round(steps[2].upper, 2)
    # with 5: a point after five discharges (days 1–5, at 4/7, leaving 6) and no more: day 7 leaves 4
    assert [(p.day, p.survival) for p in published_curve(steps, 5)] == [(0.0, 1.0), (5.0, 0.57)]
    # those censored at a step leave with it: 15 episodes, one discharged a day on days 1–9 (a point at
    # day 5, leaving 10); at day 10 one discharged and one censored of 6 at risk would end a second pool
    # of five, but leave 4: no second point
    censored = kaplan_meier_curve([*range(1, 11), 10, 30, 30, 30, 30], [True] * 10 + [False] * 5)
    assert [p.day for p in published_curve(censored, 5)] == [0.0, 5.0]
    # a step leaving exactly the threshold is drawn: 10 discharged one a day, 5 censored at day 30
    tail = kaplan_meier_curve([*range(1, 11), *[30] * 5], [True] * 10 + [False] * 5)
    assert [p.day for p in published_curve(tail, 5)] == [0.0, 5.0, 10.0]


def test_days_and_discharges_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        kaplan_meier_median([1, 2], [True])


def test_a_published_curve_without_enough_discharges_is_its_start_alone():
    steps = kaplan_meier_curve([1, 2, 30, 30, 30, 30], [True, True, False, False, False, False])
    assert published_curve(steps, 5) == [Point(0.0, 1.0, 1.0, 1.0)]
