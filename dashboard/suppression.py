"""Small-number suppression: the one place that decides what may be shown (contract, "Small numbers").

A count of people or events from 1 to threshold−1 is never shown. A share or rate is hidden with
it when its numerator or denominator is such a count, and — the secondary suppression — when its
denominator is the total of two counts (those in the numerator and the rest) whose smaller part
is such a count: showing the total beside the other part would give the hidden one away.
"""

from __future__ import annotations

import polars as pl

from dashboard.settings import suppression_threshold


def is_small(count: float | None, threshold: int) -> bool:
    return count is not None and 0 < count < threshold


def must_suppress(numerator, denominator, parts: frozenset[str], threshold: int) -> bool:
    """Whether a figure with these counts must be hidden; `parts` names which counts are of people or events."""
    if "numerator" in parts and is_small(numerator, threshold):
        return True
    if "denominator" in parts and is_small(denominator, threshold):
        return True
    if "complement" in parts and numerator is not None and denominator is not None:
        return is_small(denominator - numerator, threshold)
    return False


def suppress(rows: pl.DataFrame, parts_by_indicator: dict[str, frozenset[str]], threshold: int | None = None) -> pl.DataFrame:
    """Mark and blank the rows that may not be shown: numerator, denominator and value become null."""
    threshold = suppression_threshold() if threshold is None else threshold
    flags = [
        must_suppress(num, den, parts_by_indicator[ind], threshold)
        for ind, num, den in zip(rows["indicator"], rows["numerator"], rows["denominator"])
    ]
    hidden = pl.Series("suppressed", flags, dtype=pl.Boolean)
    return rows.with_columns(hidden).with_columns(
        [pl.when(pl.col("suppressed")).then(None).otherwise(pl.col(c)).alias(c) for c in ("numerator", "denominator", "value")]
    )


def part_and_total(part: float | None, total: float | None, threshold: int | None = None) -> tuple[bool, bool]:
    """Which of a table's part and its total to hide: each when it is small, and the total also
    when the rest (total − part) is small while the part is shown, since subtraction would give it."""
    threshold = suppression_threshold() if threshold is None else threshold
    part_hidden = is_small(part, threshold)
    rest_small = part is not None and total is not None and is_small(total - part, threshold)
    total_hidden = is_small(total, threshold) or (rest_small and not part_hidden)
    return part_hidden, total_hidden
