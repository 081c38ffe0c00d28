"""Small-number suppression: the one place that decides what may be shown (contract, "Small numbers").

A count of people or events from 1 to threshold − 1 is never shown; a share, rate or mean is hidden
with it when its numerator or denominator is such a count. Every count that is shown has been
perturbed (`perturbation`), and it is the noise, not more hiding, that keeps a hidden count from
being worked out by subtracting related figures (a period from an overlapping one, areas from their
team, centres from the region, last month's patients from this month's). Secondary suppression could
not follow every such relation across free periods and scopes, and would hide far more
(docs/data-decisions.md).

One relation the noise can't cover, since hidden counts carry none: "<5" says "from 1 to 4", so a
total reading "<5" whose four parts each read "<5" can only be 4 = 1 + 1 + 1 + 1. Only a total of
exactly threshold − 1 can pin its parts this way: each part that is not zero counts at least 1, so
inside a total of 3 or less every part keeps at least two possible values, however the parts are
cut and nested. Inside a total of threshold − 1, therefore, the parts (a smaller area, a centre,
fewer months) are not marked at all: they read "–", zero included (`inside_small_total`).
Such a hidden zero enters a period's sum as a stand-in, not as 0 (`perturbation.stand_in`); a period
whose true count is zero but holds one reads "<5", true, and no sign that its months are empty.
"""

from __future__ import annotations

import polars as pl

from dashboard.settings import suppression_threshold

PARTS = ("numerator", "denominator")


def is_small(count: float | None, threshold: int) -> bool:
    return count is not None and 0 < count < threshold


def must_suppress(numerator, denominator, parts: frozenset[str], threshold: int) -> bool:
    """Whether a figure with these true counts must be hidden; `parts` names its counts of people or events."""
    return ("numerator" in parts and is_small(numerator, threshold)) or (
        "denominator" in parts and is_small(denominator, threshold))


def inside_small_total(chain: list[list[int]], first: int, last: int, threshold: int) -> bool:
    """Whether a count from 0 to threshold − 1 lies inside a larger published count of exactly
    threshold − 1: the one total that can pin its parts (module docstring).

    `chain` holds the true counts month by month over every month a period may cover: first the
    count's own rows (a scope), then the rows of each larger scope holding them (its parent area, the
    region), each holding the one before; the count is the sum of chain[0][first..last]. Its larger
    counts are the same months in a larger scope and more months (any period around these) in the
    same or a larger one. A stock passes first == last and a chain of one month a scope: more months
    are no larger stock."""
    own = sum(chain[0][first:last + 1])
    if own >= threshold - 1:
        return False  # shown, or itself the total: no larger count can be threshold − 1
    return any(_widens_to(months, first, last, sum(months[first:last + 1]), threshold - 1) for months in chain)


def _widens_to(months: list[int], first: int, last: int, within: int, total: int) -> bool:
    """Whether a period around [first, last] (itself included) sums to `total` in these months."""
    lefts, left = {0}, 0
    for count in reversed(months[:first]):
        left += count
        lefts.add(left)
    right = 0
    for count in [0, *months[last + 1:]]:
        right += count
        if total - within - right in lefts:
            return True
    return False


def suppress(rows: pl.DataFrame, parts_by_indicator: dict[str, frozenset[str]], threshold: int | None = None,
             whole: bool = True) -> pl.DataFrame:
    """Mark the figures that may not be shown and blank what they may not show.

    `rows` holds each figure's true counts (`true_numerator`, `true_denominator`), which decide, and
    its published ones (`numerator`, `denominator`, `value`), which are shown; the true ones are
    dropped, with `inside_numerator` and `inside_denominator` (`inside_small_total`; false where
    absent). `numerator_small` and `denominator_small` tell a count hidden for being small (it reads
    "<5") from one hidden with its figure or inside a small total ("–"). A hidden figure loses
    numerator, denominator and value together (the contract's output); with `whole=False` a table
    that shows counts cell by cell keeps the counts that are not hidden themselves.
    """
    threshold = suppression_threshold() if threshold is None else threshold
    # strict: an indicator the table does not know is an error, never a figure shown unchecked
    people = {part: pl.col("indicator").replace_strict({i: part in parts for i, parts in parts_by_indicator.items()})
              for part in PARTS}
    inside = {part: people[part] & (pl.col(f"inside_{part}").fill_null(False) if f"inside_{part}" in rows.columns
                                    else pl.lit(False)) for part in PARTS}
    # a true zero published above zero holds a hidden zero's stand-in: it reads as small, as its
    # hidden months' counts would, were they not zero (`indicators._Totals.stand_ins`)
    small = {part: people[part] & (pl.col(f"true_{part}").is_between(1, threshold - 1)
                                   | ((pl.col(f"true_{part}") == 0) & (pl.col(part) > 0))).fill_null(False)
             for part in PARTS}
    marked = rows.with_columns(
        pl.any_horizontal(*small.values(), *inside.values()).alias("suppressed"),
        *((small[part] & ~inside[part]).alias(f"{part}_small") for part in PARTS),
        *((small[part] | inside[part]).alias(f"_hide_{part}") for part in PARTS),
    )
    blank = {part: pl.col("suppressed") if whole else pl.col(f"_hide_{part}") for part in PARTS}
    return marked.with_columns(
        *(pl.when(blank[part]).then(None).otherwise(pl.col(part)).alias(part) for part in PARTS),
        pl.when(pl.col("suppressed")).then(None).otherwise(pl.col("value")).alias("value"),
    ).drop(*(f"true_{part}" for part in PARTS), *(f"_hide_{part}" for part in PARTS),
           *(f"inside_{part}" for part in PARTS if f"inside_{part}" in rows.columns))
