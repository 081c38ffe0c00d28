"""Small-number suppression: the one place that decides what may be shown (contract, "Small numbers").

A count of people or events from 1 to threshold − 1 is never shown; a share, rate or mean is hidden
with it when its numerator or denominator is such a count. That is all that is hidden: every count
that is shown has been perturbed (`perturbation`), and it is the noise, not more hiding, that keeps
a hidden count from being worked out by subtracting related figures (a period from an overlapping
one, areas from their team, centres from the region, last month's patients from this month's).
Secondary suppression could not follow every such relation across free periods and scopes, and
would hide far more (docs/data-decisions.md).
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


def suppress(rows: pl.DataFrame, parts_by_indicator: dict[str, frozenset[str]], threshold: int | None = None,
             whole: bool = True) -> pl.DataFrame:
    """Mark the figures that may not be shown and blank what they may not show.

    `rows` holds each figure's true counts (`true_numerator`, `true_denominator`), which decide, and
    its published ones (`numerator`, `denominator`, `value`), which are shown; the true ones are
    dropped. `numerator_small` and `denominator_small` tell a count hidden for being small (it reads
    "<5") from one hidden with its figure ("–"). A hidden figure loses numerator, denominator and
    value together (the contract's output); with `whole=False` a table that shows counts cell by
    cell keeps the counts that are not small themselves.
    """
    threshold = suppression_threshold() if threshold is None else threshold
    small = {
        part: pl.col("indicator").replace_strict(
            {i: part in parts for i, parts in parts_by_indicator.items()}, return_dtype=pl.Boolean)
        & pl.col(f"true_{part}").is_between(1, threshold - 1, closed="both").fill_null(False)
        for part in PARTS
    }
    marked = rows.with_columns(
        (small["numerator"] | small["denominator"]).alias("suppressed"),
        *(small[part].alias(f"{part}_small") for part in PARTS),
    )
    blank = {part: pl.col("suppressed") if whole else pl.col(f"{part}_small") for part in PARTS}
    return marked.with_columns(
        *(pl.when(blank[part]).then(None).otherwise(pl.col(part)).alias(part) for part in PARTS),
        pl.when(pl.col("suppressed")).then(None).otherwise(pl.col("value")).alias("value"),
    ).drop(*(f"true_{part}" for part in PARTS))
