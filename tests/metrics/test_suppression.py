"""Suppression rule by rule on hand-made rows, each case at the edge where the answer changes.

tests/sql/test_suppression.py has the cases the contract names; these pin every branch of
dashboard/metrics/suppression.py (scripts/mutate: no mutant of it may survive).
"""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.metrics.indicators import PEOPLE
from dashboard.metrics.suppression import is_small, must_suppress, part_and_total, suppress

COUNT = frozenset({"numerator"})


@pytest.mark.parametrize("count, small", [(None, False), (-1, False), (0, False), (1, True), (4, True), (5, False)])
def test_is_small(count, small):
    assert is_small(count, 5) is small


def test_is_small_follows_the_threshold():
    assert is_small(10, 11) and not is_small(11, 11) and is_small(1, 2) and not is_small(2, 2)


@pytest.mark.parametrize(
    "numerator, denominator, parts, hidden",
    [
        (8, 10, frozenset({"complement"}), True),  # 2 without, though neither count is small
        (3, 10, frozenset({"complement"}), False),  # the small numerator is not a count of people here
        (None, 3, frozenset({"complement"}), False),
        (8, None, frozenset({"complement"}), False),
        (8, 10, frozenset({"numerator", "denominator"}), False),  # no complement asked for
        (3, 10, frozenset({"denominator", "complement"}), False),
        (10, 3, frozenset({"numerator"}), False),
        (10, 3, frozenset({"denominator"}), True),
    ],
)
def test_must_suppress_each_part(numerator, denominator, parts, hidden):
    assert must_suppress(numerator, denominator, parts, threshold=5) is hidden


@pytest.mark.parametrize(
    "part, total, hidden",
    [
        (3, 50, (True, False)),  # the part is small; the rest (47) is not
        (47, 50, (False, True)),  # the rest (3) is small and the part shown: the total would give it
        (3, 6, (True, False)),  # both small parts hidden: the total gives only their sum
        (0, 3, (False, True)),
        (5, 5, (False, False)),
        (None, 3, (False, True)),
        (46, 50, (False, True)),
        (45, 50, (False, False)),
        (3, None, (True, False)),
    ],
)
def test_part_and_total(part, total, hidden):
    assert part_and_total(part, total, threshold=5) == hidden


def test_part_and_total_threshold_is_a_setting(monkeypatch):
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "11")
    assert part_and_total(10, 40) == (True, False)
    assert part_and_total(30, 40) == (False, True)
    assert part_and_total(10, 40, threshold=5) == (False, False)  # a threshold given wins


def rows(records: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(records, schema={"indicator": pl.String, "place": pl.String, "month": pl.String,
                                         "numerator": pl.Float64, "denominator": pl.Float64, "value": pl.Float64})


def row(indicator, place, month, numerator, denominator=None) -> dict:
    value = numerator if denominator is None else (numerator / denominator if denominator else None)
    return {"indicator": indicator, "place": place, "month": month, "numerator": numerator,
            "denominator": denominator, "value": value}


def hidden(out: pl.DataFrame) -> list[bool]:
    return out["suppressed"].to_list()


def test_small_marks_say_which_count_is_small():
    out = suppress(rows([row("a", "x", "m", 3, 50), row("a", "y", "m", 30, 4), row("b", "x", "m", 3, 4),
                         row("a", "z", "m", 48, 50)]),
                   {"a": PEOPLE, "b": frozenset({"denominator"})}, threshold=5)
    assert hidden(out) == [True, True, True, True]
    assert out["numerator_small"].to_list() == [True, False, False, False]
    assert out["denominator_small"].to_list() == [False, True, True, False]  # z: hidden for its 2 without
    assert out.columns == ["indicator", "place", "month", "numerator", "denominator", "value", "suppressed",
                           "numerator_small", "denominator_small"]


def test_a_threshold_given_wins_over_the_setting():
    out = suppress(rows([row("a", "x", "m", 10, 50), row("a", "y", "m", 30, 50)]), {"a": PEOPLE}, threshold=11)
    assert hidden(out) == [True, False]


def test_no_rows_keep_their_types():
    out = suppress(rows([]), {"a": PEOPLE}, threshold=5)
    assert out.height == 0
    assert [out.schema[c] for c in ("suppressed", "numerator_small", "denominator_small")] == [pl.Boolean] * 3


def test_shown_rows_keep_their_figures():
    out = suppress(rows([row("a", "x", "m", 30, 50)]), {"a": PEOPLE}, threshold=5)
    assert out.row(0) == ("a", "x", "m", 30, 50, 0.6, False, False, False)


FAMILY = (("cov", "fix", "need"),)
FAMILY_PARTS = {"cov": PEOPLE, "fix": PEOPLE, "need": COUNT, "other": PEOPLE}


def family(cov, fix, need, place="x", month="m") -> list[dict]:
    return [row("cov", place, month, *cov), row("fix", place, month, *fix), row("need", place, month, need, 900)]


@pytest.mark.parametrize(
    "cov, fix, need, hidden_together",
    [
        ((40, 60), (20, 60), 40, False),  # counts 20, 40, 60: no two differ by less than 5
        ((40, 60), (36, 60), 40, True),  # 40 − 36 = 4
        ((40, 60), (35, 60), 40, False),  # 40 − 35 = 5
        ((40, 60), (20, 60), 44, True),  # need's 44 against coverage's 40
        ((40, 60), (20, 60), 3, True),  # need alone is small: the family goes with it
        ((40, 60), (20, 60), 61, True),  # 61 − 60
        ((40, 60), (20, 60), 40.0, False),  # the same patients counted twice differ by nothing
    ],
)
def test_a_family_is_judged_on_all_its_counts(cov, fix, need, hidden_together):
    out = suppress(rows(family(cov, fix, need)), FAMILY_PARTS, threshold=5, families=FAMILY, cell=("place", "month"))
    assert hidden(out) == [hidden_together] * 3


def test_a_familys_non_people_count_is_no_part_of_it():
    # need's denominator (903) is an estimate of the population, 3 from coverage's 900 patients
    records = family((100, 900), (50, 900), 100)
    out = suppress(rows(records[:2] + [row("need", "x", "m", 100, 903)]), FAMILY_PARTS, threshold=5,
                   families=FAMILY, cell=("place", "month"))
    assert hidden(out) == [False, False, False]


def test_a_family_is_judged_place_by_place_and_month_by_month():
    records = (family((40, 60), (38, 60), 40, place="x") + family((40, 60), (20, 60), 40, place="y")
               + family((40, 60), (20, 60), 40, place="x", month="n") + [row("other", "x", "m", 30, 50)])
    out = suppress(rows(records), FAMILY_PARTS, threshold=5, families=FAMILY, cell=("place", "month"))
    assert hidden(out) == [True] * 3 + [False] * 3 + [False] * 3 + [False]


def test_a_family_member_counts_only_its_people():
    # "fix" here counts people only in its denominator: its numerator 43 is 3 from coverage's 40
    parts = {**FAMILY_PARTS, "fix": frozenset({"denominator"})}
    out = suppress(rows(family((40, 60), (43, 60), 40)), parts, threshold=5, families=FAMILY, cell=("place", "month"))
    assert hidden(out) == [False, False, False]


def test_without_families_members_are_judged_alone():
    out = suppress(rows(family((40, 60), (38, 60), 40)), FAMILY_PARTS, threshold=5)
    assert hidden(out) == [False, False, False]


def series(counts, indicator="v", place="x", shares=False) -> list[dict]:
    return [row(indicator, place, f"{k:02d}", n, 100 if shares else None) for k, n in enumerate(counts)]


@pytest.mark.parametrize(
    "counts, expected",
    [
        ([30, 4, 12, 0, 40], [False, True, True, False, False]),  # the smallest non-zero other goes too
        ([30, 4, 3, 40], [False, True, True, False]),  # two hidden: the total gives only their sum
        ([4, 0, 0], [True, False, False]),  # nothing else to hide: the total is itself small
        ([30, 4, 12, 12], [False, True, True, False]),  # of equals, the first
        ([30, 12, 40], [False, False, False]),
    ],
)
def test_a_lone_hidden_figure_takes_another(counts, expected):
    out = suppress(rows(series(counts)), {"v": COUNT}, threshold=5, complement_over=("month",))
    assert hidden(out) == expected


def test_the_partner_is_the_smallest_by_denominator():
    records = [row("s", "x", "01", 2, 100), row("s", "x", "02", 50, 60), row("s", "x", "03", 10, 80)]
    out = suppress(rows(records), {"s": COUNT}, threshold=5, complement_over=("month",))
    assert hidden(out) == [True, True, False]


def test_each_series_pairs_on_its_own():
    # y comes first and has nothing hidden; its 6 is smaller than x's 12 but no partner of x's 4
    records = series([30, 20, 6], place="y") + series([30, 4, 12], place="x") + series([30, 4, 12], indicator="w")
    out = suppress(rows(records), {"v": COUNT, "w": COUNT}, threshold=5, complement_over=("month",),
                   complement_indicators=frozenset({"v"}))
    assert hidden(out) == [False, False, False] + [False, True, True] + [False, True, False]


def test_a_partner_of_one_is_a_partner():
    # the denominator is no count of people here: one visit in February is shown, and is the smallest
    records = [row("s", "x", "01", 3, 50), row("s", "x", "02", 0, 1), row("s", "x", "03", 10, 20)]
    out = suppress(rows(records), {"s": COUNT}, threshold=5, complement_over=("month",))
    assert hidden(out) == [True, True, False]


PARENTS = {"R": None, "S1": "R", "S2": "R", "M1": "S1", "M2": "S1", "M4": "S1", "M5": "S1", "M3": "S2",
           "D1": "M3", "D2": "M3"}


def nested(counts: dict, reverse: bool = False) -> pl.DataFrame:
    """Areas with counts (or (numerator, denominator) pairs); M4 and M5 only when given."""
    areas = [a for a in PARENTS if a in counts]
    pairs = {a: counts[a] if isinstance(counts[a], tuple) else (counts[a], None) for a in areas}
    return pl.DataFrame([{"indicator": "v", "area": a, "parent": PARENTS[a], "numerator": pairs[a][0],
                          "denominator": pairs[a][1], "value": pairs[a][0]}
                         for a in (areas[::-1] if reverse else areas)],
                        schema={"indicator": pl.String, "area": pl.String, "parent": pl.String,
                                "numerator": pl.Float64, "denominator": pl.Float64, "value": pl.Float64})


def hidden_areas(counts: dict, reverse: bool = False) -> list[str]:
    out = suppress(nested(counts, reverse), {"v": COUNT}, threshold=5, nested=("area", "parent"))
    return sorted(a for a, h in zip(out["area"], out["suppressed"]) if h)


def test_nested_areas_hide_a_sibling_beside_a_lone_hidden_one():
    counts = {"R": 100, "S1": 40, "S2": 60, "M1": 3, "M2": 37, "M3": 60, "D1": 30, "D2": 30}
    assert hidden_areas(counts) == ["M1", "M2"]


@pytest.mark.parametrize(
    "children, partner",
    [
        ({"M1": 3, "M2": 30, "M4": 7}, "M4"),  # the smallest, not the first
        ({"M1": 3, "M2": 0, "M4": 37}, "M4"),  # a zero gives nothing away and protects nothing
        ({"M1": (3, 50), "M2": (0, 1), "M4": (30, 40)}, "M2"),  # one patient (not counted as people here)
    ],
)
def test_the_partner_among_several_children(children, partner):
    counts = {"R": 100, "S1": 40, "S2": 60, "M3": 60, "D1": 30, "D2": 30, **children}
    assert hidden_areas(counts) == sorted(["M1", partner])


def test_areas_with_different_denominators_are_one_sum():
    counts = {"R": (100, 200), "S1": (40, 80), "S2": (60, 120), "M1": (3, 10), "M2": (37, 70), "M3": (60, 120),
              "D1": (30, 50), "D2": (30, 70)}
    assert hidden_areas(counts) == ["M1", "M2"]


def test_a_hidden_parent_takes_one_of_its_children():
    # S2 goes with S1 (3); its one municipality M3 would equal it, so M3 goes, and then the smaller
    # of M3's districts: D2 = M3 − D1 then has two unknowns
    counts = {"R": 20, "S1": 3, "S2": 17, "M1": 3, "M2": 0, "M3": 17, "D1": 8, "D2": 9}
    assert hidden_areas(counts) == ["D1", "M1", "M3", "S1", "S2"]
    # children before parents: each hiding leaves a lone hidden figure in a sum already passed
    assert hidden_areas(counts, reverse=True) == ["D1", "M1", "M3", "S1", "S2"]


def test_nothing_to_pair_with_leaves_a_lone_hidden_figure():
    counts = {"R": 3, "S1": 3, "S2": 0, "M1": 3, "M2": 0, "M3": 0, "D1": 0, "D2": 0}
    assert hidden_areas(counts) == ["M1", "R", "S1"]


def test_nested_sums_are_judged_indicator_by_indicator():
    frame = pl.concat([nested({"R": 100, "S1": 40, "S2": 60, "M1": 3, "M2": 37, "M3": 60, "D1": 30, "D2": 30}),
                       nested({"R": 100, "S1": 40, "S2": 60, "M1": 10, "M2": 30, "M3": 60, "D1": 30, "D2": 30})
                       .with_columns(pl.lit("w").alias("indicator"))])
    out = suppress(frame, {"v": COUNT, "w": COUNT}, threshold=5, nested=("area", "parent"))
    assert out.filter(pl.col("suppressed"))["area"].to_list() == ["M1", "M2"]
