"""Funnel limits at their edges: the band's denominators and lower line, and a share on a limit clipped
at 0 or 1 (the limits at 1,96 and 3,09 themselves are tested with the coverage figures, in
tests/figures/test_coverage.py).

Every expected value is worked out by hand in the comments.
"""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.metrics import funnel


def test_the_band_has_120_evenly_spaced_denominators_by_default():
    # largest unit 100: the band runs to 105, in steps of 105 / 120 = 0.875, the first one floored at 1
    band = funnel.band(0.2, 100)
    assert band.height == 240  # 120 denominators, two levels each
    denominators = band["denominator"].unique().sort().to_list()
    assert len(denominators) == 120
    assert denominators[:3] == pytest.approx([1.0, 1.75, 2.625])
    assert denominators[-1] == pytest.approx(105)


def test_the_band_starts_at_one_person():
    # largest unit 2, 4 points: 2.1 · k / 4 = 0.525, 1.05, 1.575, 2.1; no line for less than one person,
    # so the first is 1 and the others stay as they are
    band = funnel.band(0.5, 2, points=4)
    assert band["denominator"].unique().sort().to_list() == pytest.approx([1.0, 1.05, 1.575, 2.1])
    # p = 0.5, n = 1: standard error 0.5, ±0.98 and ±1.55: both limits clipped to 0 … 1
    at_1 = band.filter(pl.col("denominator") == 1.0)
    assert at_1["lower"].to_list() == [0.0, 0.0]
    assert at_1["upper"].to_list() == [1.0, 1.0]


def test_the_band_has_both_lower_limits():
    # largest unit 100, 21 points: denominators 105 · k / 21 = 5 k, so k = 20 is 100.
    # p = 0.2, n = 100: standard error √(0.16 / 100) = 0.04;
    # 95 %: 0.2 ± 1.959964 · 0.04 = 0.2 ± 0.07839856; 99.8 %: 0.2 ± 3.090232 · 0.04 = 0.2 ± 0.12360928
    band = funnel.band(0.2, 100, points=21)
    assert band.columns == ["denominator", "level", "lower", "upper"]
    at_100 = band.filter((pl.col("denominator") - 100).abs() < 1e-9).sort("level")
    assert at_100["level"].to_list() == ["95", "99.8"]
    assert at_100["lower"].to_list() == pytest.approx([0.12160144, 0.07639072])
    assert at_100["upper"].to_list() == pytest.approx([0.27839856, 0.32360928])


def test_a_full_share_of_a_small_unit_is_inside_when_the_limits_reach_100_percent():
    # p = 0.9, n = 4: standard error √(0.09 / 4) = 0.15; 0.9 + 0.294 and 0.9 + 0.4635 both pass 1, so
    # both upper limits are 1. Four of four is what 0.9⁴ ≈ 66 % of such units show: no signal.
    assert funnel.position(1.0, 4, 0.9) == "inside"


def test_an_empty_share_of_a_small_unit_is_inside_when_the_limits_reach_0():
    # p = 0.1, n = 4: standard error 0.15; 0.1 − 0.294 and 0.1 − 0.4635 are both below 0, so both
    # lower limits are 0. None of four is what 0.9⁴ ≈ 66 % of such units show: no signal.
    assert funnel.position(0.0, 4, 0.1) == "inside"
