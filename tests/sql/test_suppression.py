"""Small-number suppression: what may be shown, at the threshold's edges, with totals that would tell."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.indicators import PEOPLE
from dashboard.suppression import must_suppress, suppress


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
                                      "suppressed": True}
    assert out.row(1, named=True)["value"] == 0.6 and out["suppressed"][1] is False
