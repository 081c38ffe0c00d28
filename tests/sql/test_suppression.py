"""Small-number suppression: what may be shown, at the threshold's edges, with totals that would tell."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.metrics.indicators import PEOPLE
from dashboard.metrics.suppression import must_suppress, suppress


@pytest.mark.parametrize(
    "numerator, denominator, parts, hidden",
    [
        (0, 10, PEOPLE, False),  # zero is shown as zero
        (1, 10, PEOPLE, True),
        (4, 10, PEOPLE, True),
        (5, 10, PEOPLE, False),
        (7, 4, frozenset({"denominator"}), True),
        (10, 14, PEOPLE, True),  # 4 without: the total would give them away
        (10, 15, PEOPLE, False),
        (10, 10, PEOPLE, False),  # nobody without
        (3, 200.0, frozenset({"numerator"}), True),
        (3, None, frozenset({"numerator"}), True),
        (3, 4, frozenset(), False),  # centres and units are not people
        (0, 0, PEOPLE, False),
    ],
)
def test_must_suppress(numerator, denominator, parts, hidden):
    assert must_suppress(numerator, denominator, parts, threshold=5) is hidden


def test_threshold_is_a_setting(monkeypatch):
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "11")
    rows = pl.DataFrame({"indicator": ["a"], "numerator": [10.0], "denominator": [None], "value": [10.0]},
                        schema_overrides={"denominator": pl.Float64})
    out = suppress(rows, {"a": frozenset({"numerator"})})
    assert out["suppressed"].to_list() == [True]
    assert out.row(0, named=True)["value"] is None


def test_suppressed_rows_lose_every_figure():
    rows = pl.DataFrame({"indicator": ["a", "a"], "numerator": [3.0, 30.0], "denominator": [50.0, 50.0],
                         "value": [0.06, 0.6]})
    out = suppress(rows, {"a": PEOPLE}, threshold=5)
    assert out.row(0, named=True) == {"indicator": "a", "numerator": None, "denominator": None, "value": None,
                                      "suppressed": True, "numerator_small": True,
                                      "denominator_small": False}
    assert out.row(1, named=True)["value"] == 0.6 and out["suppressed"][1] is False


def frame(rows):
    return pl.DataFrame(rows, schema={"indicator": pl.String, "area_code": pl.String, "from": pl.String,
                                      "to": pl.String, "numerator": pl.Float64, "denominator": pl.Float64,
                                      "value": pl.Float64})


def test_a_family_is_hidden_together_when_its_counts_differ_by_a_small_number():
    # 87 patients, 84 with a doctor (3 without: coverage hidden), 76 with a fixed contact
    rows = frame([
        {"indicator": i, "area_code": a, "from": "m", "to": "m", "numerator": n, "denominator": 87, "value": n / 87}
        for i, a, n in (("coverage", "A", 84), ("fixed", "A", 76), ("fixed", "B", 50))
    ])
    parts = {"coverage": PEOPLE, "fixed": PEOPLE}
    out = suppress(rows, parts, threshold=5, families=(("coverage", "fixed"),), cell=("area_code", "from", "to"))
    assert out["suppressed"].to_list() == [True, True, False]


def test_a_lone_hidden_month_takes_the_smallest_other_with_it():
    rows = frame([{"indicator": "visits", "area_code": "A", "from": m, "to": m, "numerator": n, "denominator": None,
                   "value": n} for m, n in (("01", 30), ("02", 4), ("03", 12), ("04", 0), ("05", 40))])
    out = suppress(rows, {"visits": frozenset({"numerator"})}, threshold=5, complement_over=("from", "to"))
    assert out["suppressed"].to_list() == [False, True, True, False, False]
    # two hidden already: their sum is all the total gives away
    rows = rows.with_columns(
        pl.when(pl.col("from") == "05").then(3.0).otherwise(pl.col("numerator")).alias("numerator"))
    out = suppress(rows, {"visits": frozenset({"numerator"})}, threshold=5, complement_over=("from", "to"))
    assert out["suppressed"].to_list() == [False, True, False, False, True]
