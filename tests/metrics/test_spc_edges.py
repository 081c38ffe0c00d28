"""SPC at the edges the mutation run found untested (docs/testing.md, "Mutation testing"): refused
arguments and their messages, series too short or empty, limits equal to the target, the variation
icon of a point flagged on both sides, the frames' column types, the last month of a long run.

Every expected value is worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.metrics.spc import Signal, run_chart, xmr


def months(n: int, start: date = date(2024, 1, 1)) -> list[date]:
    return [date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1) for i in range(n)]


# --- refused arguments -----------------------------------------------------------------------------


def test_an_unknown_direction_is_refused_by_name():
    with pytest.raises(ValueError, match=r"^better must be 'up', 'down' or None, not 'sideways'$"):
        xmr(months(3), [1.0, 2.0, 3.0], better="sideways")


def test_a_baseline_of_no_points_is_refused_and_of_one_point_gives_no_limits():
    with pytest.raises(ValueError, match=r"^baseline_points must be at least 1$"):
        xmr(months(3), [1.0, 2.0, 3.0], baseline_points=0)
    # one point has no moving range: no limits, but no error either
    result = xmr(months(3), [1.0, 2.0, 3.0], baseline_points=1)
    assert result.points["mean"].to_list() == [None, None, None]
    assert result.signals == []


def test_months_and_values_of_different_lengths_are_refused_by_count():
    with pytest.raises(ValueError, match=r"^3 months but 2 values$"):
        xmr(months(3), [1.0, 2.0])


def test_a_month_given_twice_is_refused():
    with pytest.raises(ValueError, match=r"^months must be in increasing order, each once$"):
        xmr([date(2024, 1, 1), date(2024, 1, 1), date(2024, 2, 1)], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"^months must be in increasing order, each once$"):
        run_chart([date(2024, 1, 1), date(2024, 1, 1)], [1.0, 2.0])


# --- short and empty series ------------------------------------------------------------------------


def test_two_points_are_enough_for_limits():
    # mean 11, MR̄ |12 − 10| = 2: 3σ = 2.66 · 2 = 5.32, 2σ = 3.54667; trial limits
    row = xmr(months(2), [10.0, 12.0]).points.row(0, named=True)
    assert (row["mean"], row["upper"], row["lower"]) == pytest.approx((11, 16.32, 5.68))
    assert row["is_trial"] is True


def test_a_series_without_a_value_gives_no_limits_and_no_signal():
    result = xmr(months(3), [None, None, None], better="up", target=1.0)
    assert (result.variation, result.assurance, result.is_trial, result.signals) == ("common_cause", None, False, [])
    assert result.points["value"].to_list() == [None, None, None]


def test_each_segment_keeps_its_signals():
    # baseline 2 points in each segment: mean 11, limits 11 ± 5.32 = 5.68 … 16.32;
    # 30 is beyond them in both, nothing else fires (2σ line 14.55: one point beyond it in each)
    result = xmr(months(8), [10.0, 12.0, 10.0, 30.0] * 2, baseline_points=2, rebase_at=[date(2024, 5, 1)])
    assert result.signals == [
        Signal("beyond_limits", "high", "neither", date(2024, 4, 1), date(2024, 4, 1), 1),
        Signal("beyond_limits", "high", "neither", date(2024, 8, 1), date(2024, 8, 1), 1),
    ]


def test_two_of_three_is_within_three_consecutive_months_only():
    # baseline 10, 12: mean 11, 2σ line 11 + 3.54667 = 14.55, upper limit 16.32; 15 is beyond the
    # 2σ line in months 3 and 7, four months apart: no window of three holds both
    result = xmr(months(7), [10.0, 12.0, 15.0, 11.0, 11.0, 11.0, 15.0], baseline_points=2)
    assert result.points["rules"].to_list() == [[]] * 7
    assert result.signals == []


def test_two_pairs_beyond_two_sigma_with_two_months_between_are_two_signals():
    # same lines as above (mean 11, 2σ line 14.55, upper limit 16.32). 15 lies beyond the 2σ line in
    # months 3, 4 and 7, 8: the windows 2–4, 3–5 flag 3, 4 and the window 6–8 flags 7, 8; months 5 and 6
    # lie on the mean, so each pair is one episode, three months apart: two lines in the page's list,
    # not one that runs across months 5 and 6. Nothing else fires: the runs above the mean are months
    # 2–4 and 7–8 (shorter than 7), the rises are two steps long at most, nothing is beyond 16.32.
    result = xmr(months(8), [10.0, 12.0, 15.0, 15.0, 11.0, 11.0, 15.0, 15.0], baseline_points=2)
    assert result.signals == [
        Signal("two_of_three", "high", "neither", date(2024, 3, 1), date(2024, 4, 1), 2),
        Signal("two_of_three", "high", "neither", date(2024, 7, 1), date(2024, 8, 1), 2),
    ]


# --- limits equal to the target --------------------------------------------------------------------


@pytest.mark.parametrize("better", ["up", "down"])
def test_a_limit_on_the_target_is_hit_and_miss(better):
    # no moving range: mean, upper and lower limit are all exactly 10, the target
    assert xmr(months(3), [10.0, 10.0, 10.0], better=better, target=10.0).assurance == "hit_and_miss"


# --- variation of the latest point -----------------------------------------------------------------

# baseline 20, 22: mean 21, limits 21 ± 5.32 (15.68 … 26.32), 2σ lines 21 ± 3.54667 (17.45 … 24.55)


def test_a_latest_point_rising_and_below_the_mean_is_neither_low():
    # 17.5 … 20.5 rise for 7 months (trend high) and stay below the mean (shift low)
    values = [20.0, 22.0, 17.5, 18.0, 18.5, 19.0, 19.5, 20.0, 20.5]
    result = xmr(months(9), values, better="up", baseline_points=2)
    assert result.points["signal"].to_list()[-1] == "neither"
    assert result.variation == "neither_low"


def test_a_latest_point_falling_and_above_the_mean_is_neither_high():
    # 24.5 … 21.5 fall for 7 months (trend low) and stay above the mean with the 22 before them (shift high)
    values = [20.0, 22.0, 24.5, 24.0, 23.5, 23.0, 22.5, 22.0, 21.5]
    result = xmr(months(9), values, better="up", baseline_points=2)
    assert result.variation == "neither_high"


def test_a_point_flagged_on_one_side_takes_that_side_even_on_the_mean():
    # 18 … 21 rise for 7 months (trend high); six lie below the mean and the last on it: no shift
    values = [20.0, 22.0, 18.0, 18.5, 19.0, 19.5, 20.0, 20.5, 21.0]
    result = xmr(months(9), values, better="up", baseline_points=2)
    assert [(s.rule, s.side, s.n_points) for s in result.signals] == [("trend", "high", 7)]
    assert result.variation == "improvement_high"


# --- frames ----------------------------------------------------------------------------------------


def test_the_xmr_frame_keeps_its_types_without_limits():
    points = xmr(months(1), [5.0]).points
    assert points.schema == pl.Schema({
        "month": pl.Date, "value": pl.Float64, "segment": pl.Int64, "mean": pl.Float64, "upper": pl.Float64,
        "lower": pl.Float64, "upper_2sigma": pl.Float64, "lower_2sigma": pl.Float64, "is_trial": pl.Boolean,
        "rules": pl.List(pl.String), "signal": pl.String,
    })


def test_the_run_chart_frame_keeps_its_types_without_values():
    points = run_chart(months(2), [None, None]).points
    assert points.schema == pl.Schema({
        "month": pl.Date, "value": pl.Float64, "median": pl.Float64, "side": pl.String, "in_long_run": pl.Boolean,
    })


# --- run chart -------------------------------------------------------------------------------------


def test_a_run_chart_without_a_value_has_no_median_limits_or_signals():
    result = run_chart(months(3), [None, None, None])
    assert (result.median, result.n_useful, result.longest_run, result.longest_run_limit) == (None, 0, 0, None)
    assert (result.crossings, result.crossings_limit, result.long_run, result.few_crossings) == (0, None, False, False)
    assert result.signals == []


@pytest.mark.parametrize(
    "values, crossings_limit",
    [
        # 2 useful points: P(X ≤ 0) for Binomial(1, ½) = 1/2 ≥ 5 %: at least 0 crossings
        ([1.0, 3.0], 0),
        # 6 useful points, median 2: Binomial(5, ½): P(X ≤ 0) = 1/32 < 5 %, P(X ≤ 1) = 6/32 ≥ 5 %: 1
        ([1.0, 3.0, 1.0, 3.0, 1.0, 3.0], 1),
    ],
)
def test_crossings_limit_of_short_series(values, crossings_limit):
    assert run_chart(months(len(values)), values).crossings_limit == crossings_limit


def test_a_long_run_ends_in_its_last_month():
    # 30 points, limit 8: a run of 9 above, 12 single points alternating, a run of 9 below
    values = [3.0] * 9 + [1.0, 3.0] * 6 + [1.0] * 9
    result = run_chart(months(30), values)
    assert [(s.first_month, s.last_month) for s in result.signals] == [
        (date(2024, 1, 1), date(2024, 9, 1)),
        (date(2025, 10, 1), date(2026, 6, 1)),
    ]
