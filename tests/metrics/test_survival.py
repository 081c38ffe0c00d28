"""The Kaplan–Meier median against the textbook: the smallest time t with S(t) ≤ 0.5, worked out by hand."""

from __future__ import annotations

import pytest

from dashboard.metrics.survival import kaplan_meier_median


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
