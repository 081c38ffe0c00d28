"""SPC on hand-made series: every rule firing and not firing at its edge, limits worked out by hand.

Most series start with a 12-month baseline alternating 9 and 11 (mean 10, MR̄ 2, so limits
10 ± 5.32 and 2σ lines 10 ± 3.5467) and fix the limits on it, so that the months after it are
tested against known lines.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.metrics.spc import Signal, describe, latest_month, run_chart, xmr

BASE = [9.0, 11.0] * 6  # ends above the mean
BASE_LOW_END = [11.0, 9.0] * 6  # ends below the mean


def months(n: int, start: date = date(2024, 1, 1)) -> list[date]:
    return [date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1) for i in range(n)]


def chart(values, **kwargs):
    return xmr(months(len(values)), values, **{"baseline_points": 12, **kwargs})


def flagged(result, rule: str) -> list[int]:
    """Row numbers flagged by rule."""
    return [i for i, rules in enumerate(result.points["rules"].to_list()) if rule in rules]


# --- limits ----------------------------------------------------------------------------------------


def test_limits_by_hand():
    # mean 60/5 = 12; moving ranges 2, 1, 3, 1 → MR̄ 1.75; 2.66 · 1.75 = 4.655; 2/3 of it 3.10333…
    row = xmr(months(5), [10, 12, 11, 14, 13]).points.row(0, named=True)
    assert row["mean"] == pytest.approx(12)
    assert row["upper"] == pytest.approx(16.655)
    assert row["lower"] == pytest.approx(7.345)
    assert row["upper_2sigma"] == pytest.approx(12 + 4.655 * 2 / 3)
    assert row["lower_2sigma"] == pytest.approx(12 - 4.655 * 2 / 3)
    assert row["is_trial"] is True


@pytest.mark.parametrize("value", [56 / 67, 1 / 5, 0.1, 1000.0])
def test_a_flat_series_has_no_signal(value):
    # twelve equal values: the mean of 56/67 twelve times is 56/67 plus one bit, and the limits equal
    # it (no moving range): no point lies beyond them or on one side of the mean
    result = chart([value] * 12, better="up")
    assert result.points["rules"].to_list() == [[]] * 12
    assert result.points["signal"].to_list() == [None] * 12
    assert result.signals == []


def test_limits_are_drawn_within_the_measures_bounds_and_the_signals_stay():
    # shares 0.1, 0.3 alternating: mean 0.2, moving range 0.2, 3σ = 0.532: limits −0.332 and 0.732, 2σ
    # lines 0.2 ± 0.35467; within a share's bounds the lower ones read 0; a last value of 0.9 is high
    values = [0.1, 0.3] * 6 + [0.9]
    free, bounded = chart(values, better="up"), chart(values, better="up", bounds=(0.0, 1.0))
    row = bounded.points.row(0, named=True)
    assert (row["lower"], row["lower_2sigma"], row["mean"]) == (0.0, 0.0, pytest.approx(0.2))
    assert row["upper"] == pytest.approx(0.732) and row["upper_2sigma"] == pytest.approx(0.2 + 0.532 * 2 / 3)
    assert free.points.row(0, named=True)["lower"] == pytest.approx(-0.332)
    assert bounded.signals == free.signals and bounded.signals[0].last_month == months(13)[-1]
    assert chart([0.5, 0.9] * 6, bounds=(0.0, 1.0)).points["upper"].to_list() == [1.0] * 12


def test_baseline_limits_of_the_standard_series():
    row = chart(BASE + [10.0]).points.row(-1, named=True)
    assert (row["mean"], row["upper"], row["lower"]) == pytest.approx((10, 15.32, 4.68))
    assert (row["upper_2sigma"], row["lower_2sigma"]) == pytest.approx((10 + 3.546667, 10 - 3.546667))


def test_rebased_segments_have_their_own_limits_and_no_moving_range_across():
    result = xmr(months(10), [10, 12, 11, 14, 13, 20, 22, 21, 24, 23], rebase_at=[months(10)[5]])
    points = result.points
    assert points["segment"].to_list() == [0] * 5 + [1] * 5
    assert points["mean"].to_list() == pytest.approx([12] * 5 + [22] * 5)
    # |20 − 13| = 7 would make MR̄ 2.8 in the second segment; without it MR̄ stays 1.75
    assert points["upper"].to_list() == pytest.approx([16.655] * 5 + [26.655] * 5)


def test_a_rebase_between_months_starts_at_the_next_month():
    result = xmr(months(6), [1, 2, 1, 5, 6, 5], rebase_at=[date(2024, 3, 15)])
    assert result.points["segment"].to_list() == [0, 0, 0, 1, 1, 1]


def test_rules_do_not_run_across_a_rebase():
    values = [9, 8, 9, 10, 11, 12, 13, 14, 15, 14]  # 8 … 15 rises for 8 months across the boundary
    assert flagged(xmr(months(10), values), "trend") == [1, 2, 3, 4, 5, 6, 7, 8]
    assert flagged(xmr(months(10), values, rebase_at=[months(10)[5]]), "trend") == []


@pytest.mark.parametrize("n, trial", [(11, True), (12, False)])
def test_trial_limits_below_12_points(n, trial):
    result = xmr(months(n), ([9.0, 11.0] * 6)[:n])
    assert result.is_trial is trial
    assert set(result.points["is_trial"].to_list()) == {trial}


def test_baseline_points_fix_the_limits():
    fixed = chart(BASE + [30.0, 30.0])
    assert fixed.points["mean"].to_list() == pytest.approx([10] * 14)
    assert flagged(fixed, "beyond_limits") == [12, 13]
    assert xmr(months(14), BASE + [30.0, 30.0]).points["mean"][0] == pytest.approx(180 / 14)


def test_too_few_points_give_no_limits_and_no_signals():
    result = xmr(months(3), [5.0, None, None])
    assert result.points["upper"].to_list() == [None] * 3
    assert result.points["mean"].to_list() == [None] * 3
    assert (result.signals, result.variation, result.is_trial) == ([], "common_cause", False)


def test_missing_values_are_gaps_and_take_no_part():
    with_gaps = xmr(months(7), [10, None, 12, 11, None, 14, 13])
    points = with_gaps.points
    assert points["value"].to_list() == [10, None, 12, 11, None, 14, 13]
    assert points["upper"].to_list() == pytest.approx([16.655] * 7)  # the gap rows keep the lines
    assert points["rules"][1].to_list() == [] and points["signal"][1] is None


def test_missing_values_do_not_break_a_shift():
    values = BASE_LOW_END + [11, None, 11, 11, None, 11, 11, 11, 11]
    assert flagged(chart(values), "shift") == [12, 14, 15, 17, 18, 19, 20]


# --- rules -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("n, fires", [(6, False), (7, True)])
def test_shift_needs_seven_points(n, fires):
    result = chart(BASE_LOW_END + [11.0] * n)
    assert flagged(result, "shift") == (list(range(12, 12 + n)) if fires else [])


def test_shift_below_the_mean():
    result = chart(BASE + [9.0] * 7)
    assert flagged(result, "shift") == list(range(12, 19))
    assert [(s.rule, s.side, s.n_points) for s in result.signals] == [("shift", "low", 7)]


@pytest.mark.parametrize("middle, fires", [(10.0, False), (11.0, True)])
def test_a_point_on_the_mean_breaks_a_shift(middle, fires):
    result = chart(BASE_LOW_END + [11.0] * 4 + [middle] + [11.0] * 3)
    assert flagged(result, "shift") == (list(range(12, 20)) if fires else [])


@pytest.mark.parametrize("decimals, beyond", [(None, True), (2, True), (1, False), (0, False)])
def test_a_value_that_reads_as_its_limit_lies_on_it(decimals, beyond):
    # 0, 0, 0, 6, 9: mean 3, moving ranges 0, 0, 6, 3 (mean 2.25), upper limit 3 + 5.985 = 8.985: 9 lies
    # above it by 0.015, which 8.99 against 9.00 shows, but 9.0 against 9.0 (or 9 against 9) does not
    result = xmr(months(5), [0, 0, 0, 6, 9], decimals=decimals)
    assert result.points["upper"][4] == pytest.approx(8.985)
    assert flagged(result, "beyond_limits") == ([4] if beyond else [])
    assert result.variation == ("neither_high" if beyond else "common_cause")


def test_a_value_that_reads_as_its_lower_limit_or_a_limit_in_hundredths_lies_on_it():
    # 9, 9, 9, 3, 0: mean 6, lower limit 6 − 5.985 = 0.015: 0 lies below it, but reads 0.0 as it does
    assert [(s.rule, s.side) for s in xmr(months(5), [9, 9, 9, 3, 0]).signals] == [("beyond_limits", "low")]
    assert xmr(months(5), [9, 9, 9, 3, 0], decimals=1).signals == []
    # shares: 0, 0, 0, 6, 9 % have the upper limit 8.985 %, which 9 % exceeds, but at three decimals
    # of the share (a tenth of a percent) both read 0.090
    assert [(s.rule, s.side) for s in xmr(months(5), [0, 0, 0, 0.06, 0.09]).signals] == [("beyond_limits", "high")]
    assert xmr(months(5), [0, 0, 0, 0.06, 0.09], decimals=3).signals == []


@pytest.mark.parametrize("decimals, fires", [(None, True), (1, False)])
def test_a_value_that_reads_as_the_mean_breaks_a_shift(decimals, fires):
    # seven values of 10.04 after the baseline's twelve alternating 11 and 9 (mean 10): above the mean by
    # 0.04, a shift of seven, unless read at one decimal, where 10.0 lies on the mean's 10.0
    result = chart(BASE_LOW_END + [10.04] * 7, decimals=decimals)
    assert flagged(result, "shift") == (list(range(12, 19)) if fires else [])


@pytest.mark.parametrize("n, fires", [(6, False), (7, True)])
def test_trend_needs_seven_rising_points(n, fires):
    rising = [8.0, 8.5, 9.0, 9.5, 10.5, 11.0, 11.5][:n]
    result = chart(BASE + rising)  # 11 before 8 is no part of the trend
    assert flagged(result, "trend") == (list(range(12, 12 + n)) if fires else [])
    assert flagged(result, "shift") == flagged(result, "beyond_limits") == flagged(result, "two_of_three") == []


@pytest.mark.parametrize("fourth, fires", [(9.0, False), (9.25, True)])
def test_an_equal_value_breaks_a_trend(fourth, fires):
    result = chart(BASE + [8.0, 8.5, 9.0, fourth, 9.5, 10.5, 11.0, 11.5])
    assert flagged(result, "trend") == (list(range(12, 20)) if fires else [])


def test_falling_trend_is_low():
    result = chart(BASE_LOW_END + [12.0, 11.5, 11.0, 10.5, 9.5, 9.0, 8.5], better="down")
    assert [(s.rule, s.side, s.kind) for s in result.signals] == [("trend", "low", "improvement")]


def test_two_of_three_beyond_two_sigma_flags_only_those_beyond():
    result = chart(BASE + [14.0, 10.0, 14.0])
    assert flagged(result, "two_of_three") == [12, 14]
    assert [(s.rule, s.side, s.n_points, s.first_month, s.last_month) for s in result.signals] == [
        ("two_of_three", "high", 2, date(2025, 1, 1), date(2025, 3, 1))
    ]


def test_two_of_three_on_opposite_sides_does_not_count():
    assert flagged(chart(BASE + [14.0, 10.0, 6.0]), "two_of_three") == []


def test_two_of_three_below():
    result = chart(BASE + [6.0, 6.0])
    assert flagged(result, "two_of_three") == [12, 13]
    assert result.signals[0].side == "low"


@pytest.mark.parametrize(
    "value, fires, side",
    [(15.34, True, "high"), (15.30, False, None), (4.66, True, "low"), (4.70, False, None)],
)
def test_beyond_limits_at_the_edge(value, fires, side):
    result = chart(BASE + [value])
    assert flagged(result, "beyond_limits") == ([12] if fires else [])
    assert [s.side for s in result.signals] == ([side] if fires else [])


# --- direction, variation, assurance ---------------------------------------------------------------


@pytest.mark.parametrize(
    "better, signal, variation",
    [("up", "improvement", "improvement_high"), ("down", "concern", "concern_high"), (None, "neither", "neither_high")],
)
def test_better_sets_kind_and_variation(better, signal, variation):
    result = chart(BASE_LOW_END + [11.0] * 7, better=better)
    assert result.points["signal"].to_list() == [None] * 12 + [signal] * 7
    assert result.variation == variation
    assert [s.kind for s in result.signals] == [signal]


def test_low_signals_mirror():
    result = chart(BASE + [9.0] * 7, better="down")
    assert (result.variation, result.signals[0].kind) == ("improvement_low", "improvement")
    assert chart(BASE + [9.0] * 7, better="up").variation == "concern_low"


def test_variation_is_common_cause_when_the_latest_point_is_not_flagged():
    result = chart(BASE_LOW_END + [11.0] * 7 + [9.0], better="up")
    assert result.signals and result.variation == "common_cause"


def test_a_point_flagged_high_and_low_is_neither():
    # falls for 7 months (trend low) while staying above the mean with the 11 before it (shift high)
    result = chart(BASE + [13.5, 13.0, 12.5, 12.0, 11.5, 11.0, 10.5], better="up")
    assert result.points["signal"].to_list()[11:] == ["improvement"] + ["neither"] * 7
    assert result.variation == "neither_high"  # the latest point lies above the mean
    assert [(s.rule, s.side, s.kind, s.n_points) for s in result.signals] == [
        ("shift", "high", "improvement", 8),
        ("trend", "low", "concern", 7),
    ]


@pytest.mark.parametrize(
    "better, target, assurance",
    [
        ("up", 4.0, "pass"),  # lower limit 4.68 above the target
        ("up", 16.0, "fail"),  # upper limit 15.32 below the target
        ("up", 10.0, "hit_and_miss"),
        ("down", 16.0, "pass"),
        ("down", 4.0, "fail"),
        ("down", 10.0, "hit_and_miss"),
        (None, 4.0, None),
        ("up", None, None),
    ],
)
def test_assurance(better, target, assurance):
    assert xmr(months(12), BASE, better=better, target=target).assurance == assurance


def test_assurance_uses_the_latest_segment():
    values = BASE + [29.0, 31.0] * 6  # second segment: 30 ± 5.32
    result = xmr(months(24), values, better="up", target=20.0, rebase_at=[months(24)[12]])
    assert result.assurance == "pass"


def test_no_assurance_without_limits():
    assert xmr(months(1), [5.0], better="up", target=1.0).assurance is None


def test_signals_in_time_order():
    result = chart(BASE + [30.0] + [10.0] + [9.0] * 7, better="up")
    assert [s.rule for s in result.signals] == ["beyond_limits", "shift"]


def test_frame_columns():
    points = chart(BASE + [30.0]).points
    assert points.columns == [
        "month", "value", "segment", "mean", "upper", "lower", "upper_2sigma", "lower_2sigma",
        "is_trial", "rules", "signal",
    ]
    assert points["rules"][-1].to_list() == ["beyond_limits"]


def test_unordered_months_are_refused():
    with pytest.raises(ValueError):
        xmr([date(2024, 2, 1), date(2024, 1, 1)], [1.0, 2.0])


# --- run chart -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n, run_limit, crossings_limit",
    [(10, 6, 2), (12, 7, 3), (14, 7, 4), (16, 7, 4), (18, 7, 5), (20, 7, 6), (24, 8, 8), (30, 8, 10)],
)
def test_anhoj_table(n, run_limit, crossings_limit):
    """Anhøj & Olesen 2014, table 1."""
    result = run_chart(months(n), [1.0, 2.0] * (n // 2))
    assert (result.n_useful, result.longest_run_limit, result.crossings_limit) == (n, run_limit, crossings_limit)
    assert (result.crossings, result.long_run, result.few_crossings, result.signals) == (n - 1, False, False, [])


def runs_of(*lengths: int) -> list[float]:
    """Runs of the given lengths, alternating above (3) and below (1) a median of 2."""
    return [3.0 if k % 2 == 0 else 1.0 for k, n in enumerate(lengths) for _ in range(n)]


def test_a_run_as_long_as_the_limit_is_not_unusual():
    result = run_chart(months(30), runs_of(8, *[1] * 14, 8))  # n = 30: limit 8
    assert (result.longest_run, result.longest_run_limit, result.long_run) == (8, 8, False)
    assert result.points["in_long_run"].to_list() == [False] * 30


def test_a_run_longer_than_the_limit_is_unusual():
    result = run_chart(months(30), runs_of(9, *[1] * 12, 9))
    assert (result.longest_run, result.long_run, result.crossings, result.few_crossings) == (9, True, 13, False)
    assert [(s.rule, s.side, s.n_points, s.first_month) for s in result.signals] == [
        ("long_run", "high", 9, date(2024, 1, 1)),
        ("long_run", "low", 9, date(2025, 10, 1)),
    ]
    assert result.points["in_long_run"].to_list() == [True] * 9 + [False] * 12 + [True] * 9


@pytest.mark.parametrize("lengths, few", [((3, 3, 2, 4, 2), False), ((3, 4, 4, 3), True)])
def test_too_few_crossings_at_the_limit(lengths, few):
    result = run_chart(months(14), runs_of(*lengths))  # n = 14: at least 4 crossings
    assert (result.crossings, result.crossings_limit, result.few_crossings) == (len(lengths) - 1, 4, few)
    expected = [Signal("few_crossings", None, None, date(2024, 1, 1), date(2025, 2, 1), 14, 3, 4)]
    assert result.signals == (expected if few else [])


def test_points_on_the_median_and_gaps_neither_break_nor_extend_a_run():
    result = run_chart(months(8), [1, 1, 2, 1, None, 3, 3, 2])
    assert result.median == 2
    assert result.points["side"].to_list() == ["below", "below", None, "below", None, "above", "above", None]
    assert (result.n_useful, result.longest_run, result.crossings) == (5, 3, 1)


# --- plain words -----------------------------------------------------------------------------------


def signal(rule, side, first, last, n, **kwargs) -> Signal:
    return Signal(rule, side, None, first, last, n, **kwargs)


@pytest.mark.parametrize(
    "sig, better, sv, en",
    [
        (
            signal("shift", "low", date(2025, 3, 1), date(2025, 9, 1), 7),
            None,
            "7 månader i rad under medelvärdet, mars–september 2025",
            "7 months in a row below the mean, March – September 2025",
        ),
        (
            signal("trend", "high", date(2024, 12, 1), date(2025, 6, 1), 7),
            "up",
            "7 månader i rad stigande, december 2024 – juni 2025 (förbättring)",
            "7 months rising in a row, December 2024 – June 2025 (improvement)",
        ),
        (
            signal("beyond_limits", "high", date(2025, 1, 1), date(2025, 1, 1), 1),
            "down",
            "Över den övre styrgränsen i januari 2025 (försämring)",
            "Above the upper control limit in January 2025 (concern)",
        ),
        (
            signal("beyond_limits", "low", date(2025, 1, 1), date(2025, 2, 1), 2),
            None,
            "2 månader under den nedre styrgränsen, januari–februari 2025",
            "2 months below the lower control limit, January – February 2025",
        ),
        (
            signal("two_of_three", "high", date(2025, 1, 1), date(2025, 3, 1), 2),
            None,
            "2 av 3 månader nära den övre styrgränsen, januari–mars 2025",
            "2 of 3 months close to the upper control limit, January – March 2025",
        ),
        (
            signal("long_run", "high", date(2024, 10, 1), date(2025, 6, 1), 9),
            "down",
            "Ovanligt lång serie: 9 månader i rad över medianen, oktober 2024 – juni 2025 (försämring)",
            "Unusually long run: 9 months in a row above the median, October 2024 – June 2025 (concern)",
        ),
        (
            signal("few_crossings", None, date(2024, 1, 1), date(2025, 8, 1), 20, crossings=3, crossings_limit=6),
            "up",
            "För få korsningar av medianen (3, förväntat minst 6)",
            "Too few crossings of the median (3, at least 6 expected)",
        ),
    ],
)
def test_describe(sig, better, sv, en):
    # Babel's month spans: a thin space on each side of the dash across years, and in English
    sv, en = (text.replace(" – ", "\u2009–\u2009") for text in (sv, en))
    assert describe(sig, better) == sv
    assert describe(sig, better, lang="en") == en


@pytest.mark.parametrize("latest, better, sv, en", [
    # the run ends in the series' latest month with a value: it still holds
    (date(2025, 9, 1), "up", "(försämring, pågår)", "(concern, still holds)"),
    # the series went on for two months after it: it has ended, which the sentence must say
    (date(2025, 11, 1), "down", "(förbättring, har upphört)", "(improvement, has ended)"),
    # no direction known: the state alone
    (date(2025, 11, 1), None, "(har upphört)", "(has ended)"),
])
def test_describe_says_whether_a_signal_still_holds(latest, better, sv, en):
    shift = signal("shift", "low", date(2025, 3, 1), date(2025, 9, 1), 7)
    assert describe(shift, better, latest=latest) == "7 månader i rad under medelvärdet, mars–september 2025 " + sv
    assert describe(shift, better, "en", latest).endswith("September 2025 " + en)


def test_the_latest_month_is_the_last_with_a_value():
    # the last two months are hidden (None, NaN): the latest with a value is March
    assert latest_month(months(5), [1.0, None, 2.0, None, float("nan")]) == date(2024, 3, 1)
    assert latest_month(months(2), [None, None]) is None


def test_describe_a_computed_signal():
    result = xmr(months(19, date(2024, 8, 1)), BASE + [9.0] * 7, better="down", baseline_points=12)
    assert describe(result.signals[0], "down") == (
        "7 månader i rad under medelvärdet, augusti 2025\u2009–\u2009februari 2026 (förbättring)")
