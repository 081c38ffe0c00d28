"""Small-number suppression: what is hidden, at the threshold's edges, and what a hidden figure keeps."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.metrics.indicators import PEOPLE
from dashboard.metrics.suppression import inside_small_total, is_small, must_suppress, suppress


@pytest.mark.parametrize("count, small", [(None, False), (0, False), (1, True), (4, True), (5, False), (0.5, True)])
def test_is_small(count, small):
    assert is_small(count, threshold=5) is small


def test_is_small_follows_the_threshold():
    assert is_small(10, threshold=11) and not is_small(11, threshold=11) and not is_small(1, threshold=1)


@pytest.mark.parametrize(
    "numerator, denominator, parts, hidden",
    [
        (0, 10, PEOPLE, False),  # zero is shown as zero
        (1, 10, PEOPLE, True),
        (4, 10, PEOPLE, True),
        (5, 10, PEOPLE, False),
        (7, 4, frozenset({"denominator"}), True),
        (3, 7, frozenset({"denominator"}), False),  # the numerator is no count of people (days)
        (10, 14, PEOPLE, False),  # 4 without: perturbed totals don't give them away
        (3, 200.0, frozenset({"numerator"}), True),
        (3, None, frozenset({"numerator"}), True),
        (3, 4, frozenset(), False),  # centres and units are not people
        (0, 0, PEOPLE, False),
        (None, None, PEOPLE, False),
    ],
)
def test_must_suppress(numerator, denominator, parts, hidden):
    assert must_suppress(numerator, denominator, parts, threshold=5) is hidden


def rows(*figures):
    """Figures as (indicator, true numerator, true denominator, published numerator, published
    denominator, value)."""
    return pl.DataFrame(
        [dict(zip(("indicator", "true_numerator", "true_denominator", "numerator", "denominator", "value"), f))
         for f in figures],
        schema={"indicator": pl.String, "true_numerator": pl.Float64, "true_denominator": pl.Float64,
                "numerator": pl.Float64, "denominator": pl.Float64, "value": pl.Float64})


PARTS = {"share": PEOPLE, "count": frozenset({"numerator"}), "mean": frozenset({"denominator"}),
         "centres": frozenset()}


def test_the_true_counts_decide_and_the_published_are_shown():
    out = suppress(rows(
        ("share", 3, 50, 5, 51, 5 / 51),  # 3 true: hidden, though 5 would be published
        ("share", 30, 50, 31, 50, 31 / 50),
        ("count", 5, None, 6, None, 6),
        ("mean", 900, 4, 905, 5, 181),  # 4 episodes: the mean is hidden; the days are no people
        ("centres", 2, 3, 2, 3, 2 / 3),
    ), PARTS, threshold=5)
    assert out.columns == ["indicator", "numerator", "denominator", "value", "suppressed", "numerator_small",
                           "denominator_small"]
    assert out.rows() == [
        ("share", None, None, None, True, True, False),
        ("share", 31, 50, 31 / 50, False, False, False),
        ("count", 6, None, 6, False, False, False),
        ("mean", None, None, None, True, False, True),
        ("centres", 2, 3, 2 / 3, False, False, False),
    ]


def test_cell_by_cell_a_hidden_figure_keeps_its_counts_that_are_not_small():
    out = suppress(rows(("share", 3, 50, 4, 52, 4 / 52), ("share", 30, 2, 31, 3, 1.0)), PARTS, threshold=5,
                   whole=False)
    assert out.select("numerator", "denominator", "value", "suppressed").rows() == [
        (None, 52, None, True), (31, None, None, True)]


def test_the_threshold_decides():
    out = suppress(rows(("count", 10, None, 12, None, 12), ("count", 11, None, 11, None, 11)), PARTS, threshold=11)
    assert out["suppressed"].to_list() == [True, False]
    assert suppress(rows(("count", 10, None, 12, None, 12)), PARTS, threshold=5)["suppressed"].to_list() == [False]


def test_no_rows_keep_their_types():
    out = suppress(rows(), PARTS, threshold=5)
    assert out.height == 0 and out.schema["suppressed"] == pl.Boolean and out.schema["numerator"] == pl.Float64


# --- counts inside a small total ---------------------------------------------------------------------


@pytest.mark.parametrize("own, larger, inside", [
    # the region's January is 4, its four units' 1 each: "<5" four times under "<5" would give 4 = 1+1+1+1
    (1, [4], True),
    (0, [0, 4], True),  # a zero inside a total of 4 two levels up
    (3, [4, 9], True),
    # inside a total of 3 too: were its parts marked only inside 4, a part read "<5" or 0 would say
    # that its parent is no 4, and a parent of 3 with three parts "<5" would be 1 + 1 + 1
    (2, [3, 9], True),
    (0, [3], True),
    (4, [4], True),  # the same rows as their parent: it reads "<5" already
    (0, [7], False),  # a large total: zero is shown as zero
    (0, [0], False),  # ... and an empty one
    (1, [5], False),
    (6, [], False),  # a shown count lies inside no small total
    (0, [], False),
])
def test_inside_small_total(own, larger, inside):
    assert inside_small_total(own, larger, threshold=5) is inside


def test_small_totals_follow_the_threshold():
    assert inside_small_total(1, [6], threshold=7)
    assert not inside_small_total(1, [7], threshold=7)
    assert not inside_small_total(7, [3], threshold=7)  # a count of 7 inside 3 is no count


def test_parts_inside_a_small_total_read_as_hidden_with_it():
    out = suppress(rows(("count", 1, None, 2, None, 2), ("count", 0, None, 0, None, 0), ("count", 3, None, 3, None, 3))
                   .with_columns(pl.Series("inside_numerator", [True, True, False])), PARTS, threshold=5)
    assert out.select("numerator", "suppressed", "numerator_small").rows() == [
        (None, True, False), (None, True, False), (None, True, True)]
    # the inside flags decide, and leave with the true counts: the output is the contract's columns
    assert out.columns == ["indicator", "numerator", "denominator", "value", "suppressed", "numerator_small",
                           "denominator_small"]


def test_a_missing_flag_or_count_hides_nothing():
    # an inside flag that is null is no flag; a count of people that is missing (a figure without a
    # denominator) is no small count
    out = suppress(rows(("count", 7, None, 8, None, 8), ("mean", 900, None, 905, None, None))
                   .with_columns(pl.Series("inside_numerator", [None, None], dtype=pl.Boolean)), PARTS, threshold=5)
    assert out.select("numerator", "suppressed", "numerator_small", "denominator_small").rows() == [
        (8, False, False, False), (905, False, False, False)]


def test_an_indicator_the_rules_do_not_know_is_an_error_not_a_figure_shown():
    with pytest.raises(pl.exceptions.InvalidOperationError):
        suppress(rows(("unknown", 1, None, 1, None, 1)), PARTS, threshold=5)
