"""Small-number suppression: the one place that decides what may be shown (contract, "Small numbers").

A count of people or events from 1 to threshold − 1 is never shown; a share, rate or mean is hidden
with it when its numerator or denominator is such a count. Every count that is shown has been
perturbed (`perturbation`), and it is the noise, not more hiding, that keeps a hidden count from
being worked out by subtracting related figures (areas from their team,
centres from the region, last month's patients from this month's). Secondary suppression could
not follow every such relation across free periods and scopes, and would hide far more
(docs/data-decisions.md).

Two relations the noise can't cover, since hidden counts carry none:

- "<5" says "from 1 to 4", so a total reading "<5" whose four parts each read "<5" can only be
  4 = 1 + 1 + 1 + 1. So the parts of a small total read "–", zero included (`inside_small_total`):
  any total from 1 to threshold − 1, not only one of threshold − 1, for a part that read "<5" or 0
  would tell that its total is not threshold − 1, and a total of 3 with three parts "<5" would be
  1 + 1 + 1 (the third hunt of issue 8 found such on the demo extract). A "–" then says no more
  than its total's own "<5".
- Active at a month's end = active the month before + enrolled − discharged: beside a stock reading
  "<5", flows reading "<5" or 0 are exact arithmetic (1, 2, 3, 4 active with 1 enrolled a month and
  none discharged). So a flow of a stock hidden at the month's end or the month before reads "–"
  when it is below the threshold (`indicators._Totals._held`); a shown flow carries noise. So does
  a stock below the threshold right after a month where it or a larger scope read "<5" (a zero
  there would prove a discharge, and were only the zero hidden, "–" would say 0), and a held count
  hides its figure's other count with it (visits "<5" would prove a held count of discharges above 0).

Which totals? A count over several months is shown only when every one of its months is shown, and
reads "–" otherwise (`indicators._Totals.mark`): a hidden month never enters a shown sum. Were it
summed, a period minus an overlapping one would give its published count (0 exactly when it holds
nobody), and whether a period is shown would say on which side of the threshold its true count lies,
period after period: the hunts of issue 8 pinned hundreds of counts so on the demo extract. So every
figure over several months follows from the figures of its months, and no published total over
months is ever small: the small totals are a month's, in a larger scope (a parent area, the region).
"""

from __future__ import annotations

import polars as pl

PARTS = ("numerator", "denominator")


def is_small(count: float | None, threshold: int) -> bool:
    return count is not None and 0 < count < threshold


def must_suppress(numerator, denominator, parts: frozenset[str], threshold: int) -> bool:
    """Whether a figure with these true counts must be hidden; `parts` names its counts of people or events."""
    return ("numerator" in parts and is_small(numerator, threshold)) or (
        "denominator" in parts and is_small(denominator, threshold))


def inside_small_total(own: float, larger: list[float], threshold: int) -> bool:
    """Whether a month's count from 0 to threshold − 1 lies inside a small count (module docstring):
    the same month's count in a scope holding its rows (`larger`: its parent areas, the region)."""
    return own < threshold and any(0 < count < threshold for count in larger)


def suppress(rows: pl.DataFrame, parts_by_indicator: dict[str, frozenset[str]], threshold: int,
             whole: bool = True) -> pl.DataFrame:
    """Mark the figures that may not be shown and blank what they may not show.

    `rows` holds each figure's true counts (`true_numerator`, `true_denominator`), which decide, and
    its published ones (`numerator`, `denominator`, `value`), which are shown; the true ones are
    dropped, with `inside_numerator` and `inside_denominator` (hidden for other figures' sake: inside a
    small total, or over months one of which is hidden; false where
    absent). `numerator_small` and `denominator_small` tell a count hidden for being small (it reads
    "<5") from one hidden with its figure or inside a small total ("–"). A hidden figure loses
    numerator, denominator and value together (the contract's output); with `whole=False` a table
    that shows counts cell by cell keeps the counts that are not hidden themselves.
    """
    # strict: an indicator the table does not know is an error, never a figure shown unchecked
    people = {part: pl.col("indicator").replace_strict({i: part in parts for i, parts in parts_by_indicator.items()})
              for part in PARTS}
    inside = {part: people[part] & (pl.col(f"inside_{part}").fill_null(False) if f"inside_{part}" in rows.columns
                                    else pl.lit(False)) for part in PARTS}
    small = {part: people[part] & pl.col(f"true_{part}").is_between(1, threshold - 1).fill_null(False)
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
