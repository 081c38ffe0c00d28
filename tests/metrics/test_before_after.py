"""Before and after a change: the windows of the same calendar months, the rate ratio's Poisson
interval, and seed 004's savings, each against hand-computed figures."""

from __future__ import annotations

import math
from datetime import date

import pytest

from dashboard.metrics.before_after import RateRatio, rate_ratio, savings, visit_decimals, windows
from dashboard.metrics.periods import Period

FIRST, LAST = date(2017, 1, 1), date(2025, 12, 1)


def test_a_whole_year_after_a_change_against_the_year_before():
    assert windows(date(2020, 3, 1), FIRST, LAST) == (Period(date(2019, 3, 1), date(2020, 2, 1)),
                                                      Period(date(2020, 3, 1), date(2021, 2, 1)))


def test_a_change_nine_months_into_the_data_compares_those_nine_with_the_same_nine_a_year_later():
    # Borås's first centres joined in October 2017: January–September 2017 against January–September 2018
    assert windows(date(2017, 10, 1), FIRST, LAST) == (Period(date(2017, 1, 1), date(2017, 9, 1)),
                                                       Period(date(2018, 1, 1), date(2018, 9, 1)))


def test_a_change_near_the_data_end_compares_its_months_with_the_same_a_year_earlier():
    assert windows(date(2025, 5, 1), FIRST, LAST) == (Period(date(2024, 5, 1), date(2024, 12, 1)),
                                                      Period(date(2025, 5, 1), date(2025, 12, 1)))
    assert windows(date(2025, 10, 1), FIRST, LAST) == (Period(date(2024, 10, 1), date(2024, 12, 1)),
                                                       Period(date(2025, 10, 1), LAST))


def test_no_windows_of_fewer_than_three_months_or_a_change_outside_the_data():
    assert windows(FIRST, FIRST, LAST) is None
    assert windows(date(2016, 6, 1), FIRST, LAST) is None
    assert windows(date(2026, 1, 1), FIRST, LAST) is None
    # one and two months before the change; then a quarter
    assert windows(date(2017, 2, 1), FIRST, LAST) is None and windows(date(2017, 3, 1), FIRST, LAST) is None
    assert windows(date(2017, 4, 1), FIRST, LAST) == (Period(FIRST, date(2017, 3, 1)),
                                                      Period(date(2018, 1, 1), date(2018, 3, 1)))
    # one and two months after it
    assert windows(LAST, FIRST, LAST) is None and windows(date(2025, 11, 1), FIRST, LAST) is None


def test_the_rate_ratio_and_its_interval_by_hand():
    # 80 visits over 1 000 person-months before, 60 over 1 000 after: 0,75; se √(1/60 + 1/80) = 0,170783;
    # 1,959964 × 0,170783 = 0,334728, e^0,334728 = 1,397560: 0,75 / 1,39756 = 0,53665, 0,75 × 1,39756 = 1,04817
    ratio = rate_ratio(80, 1000, 60, 1000)
    assert ratio.ratio == pytest.approx(0.75)
    assert ratio.lower == pytest.approx(0.53665, abs=1e-5)
    assert ratio.upper == pytest.approx(1.04817, abs=1e-5)
    assert not ratio.is_fall and not ratio.is_rise  # the interval holds 1: noise


def test_the_ratio_is_of_rates_not_counts():
    # the same 60 visits by twice the people: half the rate
    ratio = rate_ratio(60, 1000, 60, 2000)
    assert ratio.ratio == pytest.approx(0.5)
    assert ratio.upper == pytest.approx(0.5 * math.exp(1.959964 * math.sqrt(2 / 60)), rel=1e-6)
    assert ratio.is_fall


def test_a_ratio_from_single_visits_and_a_small_population():
    # one visit before and one after, each over half a thousand person-months: 1; se √(1 + 1) = 1,414214,
    # e^(1,959964 × 1,414214) = e^2,771808 = 15,9875
    ratio = rate_ratio(1, 0.5, 1, 0.5)
    assert ratio.ratio == 1 and ratio.upper == pytest.approx(15.9875, rel=1e-5)
    assert ratio.lower == pytest.approx(1 / 15.9875, rel=1e-5)


def test_no_ratio_from_nothing():
    assert rate_ratio(0, 1000, 5, 1000) is None
    assert rate_ratio(5, 1000, 0, 1000) is None
    assert rate_ratio(5, 0, 5, 1000) is None
    assert rate_ratio(5, 1000, 5, 0) is None


def test_seed_004s_example_line_by_line():
    # 6 774 kr less 20 % = 5 419 kr a visit; 87 − 63 = 24 visits a month; 24 × 12 × 5 419 = 1 560 672 kr
    estimate = savings(87, 63)
    assert estimate.per_visit == 5419
    assert (estimate.before, estimate.after, estimate.decrease) == (87, 63, 24)
    assert estimate.per_year == 1_560_672
    # and its second: March–May, 87 − 78 = 9; 9 × 12 × 5 419 = 585 252 kr
    assert savings(87, 78).per_year == 585_252


def test_each_line_is_worked_from_the_lines_above_as_they_read():
    # means read 86,6 and 63,4 as 87 and 63: the decrease is 24, not 23,2, as a reader checks it
    estimate = savings(86.6, 63.4)
    assert (estimate.before, estimate.after, estimate.decrease, estimate.per_year) == (87, 63, 24, 1_560_672)
    # a small unit's visits keep a decimal: 8,64 − 6,21 = 2,4 (8,6 − 6,2), not 2 or 3
    small = savings(8.64, 6.21, cost=5000, overhead=0.1)
    assert (small.decimals, small.before, small.after, small.decrease, small.per_visit) == (1, 8.6, 6.2, 2.4, 4500)
    assert small.per_year == pytest.approx(2.4 * 12 * 4500)


def test_the_ratios_interval_gives_the_decrease_its_range():
    # after = 63 at a ratio of 0,75; the interval's 0,60 and 0,90 would make it 63 × 0,6 / 0,75 = 50,4
    # and 63 × 0,9 / 0,75 = 75,6: a decrease of 87 − 75,6 = 11,4 → 11 to 87 − 50,4 = 36,6 → 37
    estimate = savings(87, 63, ratio=RateRatio(0.75, 0.60, 0.90))
    assert estimate.decrease_range == (11, 37)
    assert estimate.per_year_range == (11 * 12 * 5419, 37 * 12 * 5419)
    assert savings(87, 63).decrease_range is None


def test_whole_visits_from_ten():
    assert [visit_decimals(m) for m in (9.99, 10, 87, -12)] == [1, 0, 0, 0]
