"""Poisson funnel limits: exact quantiles interpolated as Spiegelhalter (2005) does, by hand and
against scipy's Poisson distribution."""

from __future__ import annotations

import math

import pytest
from scipy.stats import poisson

from dashboard.metrics.poisson_funnel import band, count_limit, limits, position


def test_the_upper_limit_of_a_mean_of_two_by_hand():
    # F(4) = e^−2 × 7 = 0,947347, F(5) = e^−2 × (7 + 4/15) = 0,983436: r = 5,
    # α = (0,983436 − 0,975) / (0,983436 − 0,947347) = 0,008436 / 0,036089 = 0,23376
    assert count_limit(2, 0.975) == pytest.approx(5 - 0.23376, abs=1e-5)
    # F(0) = 0,135335 ≥ 0,025: r = 0, and 0 − α would be below zero: no count is too low
    assert count_limit(2, 0.025) == 0
    # F(0) = 0,049787 < 0,05 ≤ F(1) = 0,199148: r = 1, α = (0,199148 − 0,05) / 0,149361 = 0,998575
    assert count_limit(3, 0.05) == pytest.approx(1 - 0.998575, abs=1e-5)


@pytest.mark.parametrize("mean", [0.3, 2, 7.5, 40, 812.25, 12_000, 480_000])
@pytest.mark.parametrize("p", [0.001, 0.025, 0.975, 0.999])
def test_against_scipy(mean, p):
    r = poisson.ppf(p, mean)
    expected = max(0, r - (poisson.cdf(r, mean) - p) / (poisson.cdf(r, mean) - poisson.cdf(r - 1, mean)))
    assert count_limit(mean, p) == pytest.approx(expected, rel=1e-7, abs=1e-7)


def test_no_population_no_limits():
    # a unit with nobody: no visits expected, and no rate lies outside (an axis' end, not an error)
    assert count_limit(0, 0.975) == 0
    assert limits(40, 0, 1.959964) == (0, math.inf)
    # half a thousand person-months at 40 per 1 000: λ = 20, the limits its quantiles halved
    lower, upper = limits(40, 0.5, 1.959964)
    assert (lower, upper) == (pytest.approx(count_limit(20, 0.025) * 2), pytest.approx(count_limit(20, 0.975) * 2))
    assert 0 < lower < 40 < upper < math.inf


def test_limits_are_rates_around_the_centre_narrowing_with_the_population():
    # 40 per 1 000 a month over 2 000 thousand person-months: λ = 80 000, sd ≈ 283 visits ≈ 0,14 per 1 000
    lower, upper = limits(40, 2000, 1.959964)
    assert lower == pytest.approx(40 - 1.96 * (80_000 ** 0.5) / 2000, abs=0.005)
    assert upper == pytest.approx(40 + 1.96 * (80_000 ** 0.5) / 2000, abs=0.005)
    small = limits(40, 2, 1.959964)
    assert small[0] < lower < upper < small[1]


def test_a_unit_is_placed_against_the_widest_limit_it_crosses():
    # λ = 40 × 2 = 80 visits; 99,8 % limits about 80 ± 3,09 × √80 = 80 ± 27,6
    assert position(40, 2, 40) == "inside"
    assert position(52, 2, 40) == "above_95"  # 104 visits: beyond 80 + 1,96 × √80 = 97,5, within 107,6
    assert position(60, 2, 40) == "above_998"  # 120 visits
    assert position(28, 2, 40) == "below_95"  # 56 visits: below 62,5, above 52,4


def test_the_band_spans_beyond_the_largest_unit():
    lines = band(40, 100, points=10)
    assert lines.height == 20 and lines["denominator"].max() == pytest.approx(105)
    assert set(lines["level"]) == {"95", "99.8"}
    narrow, wide = lines.filter(level="95"), lines.filter(level="99.8")
    assert lines.null_count().sum_horizontal()[0] == 0
    assert (narrow["upper"] <= wide["upper"]).all() and (narrow["lower"] >= wide["lower"]).all()
    assert (narrow["lower"] < 40).all() and (narrow["upper"] > 40).all()


def test_a_band_for_a_log_scale_spans_the_smallest_unit_to_the_largest_evenly():
    lines = band(40, 1000, points=3, min_exposure=10).filter(level="95")
    # from 8 to 1 050: 8, √(8 × 1 050) = 91,65, 1 050
    assert lines["denominator"].to_list() == pytest.approx([8, 91.6515, 1050], rel=1e-5)
