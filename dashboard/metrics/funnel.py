"""Binomial funnel limits: how far a unit's share may lie from the region's by chance alone.

A share of n people scatters around the region's p with standard error √(p(1−p)/n), so a small
unit may lie far from the region without anything being different there. Within 1,96 standard
errors lie 95 % of units, within 3,09 lie 99,8 % (the usual funnel plot's two limits, normal
approximation); a unit outside the wider one is worth asking about.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Literal

import polars as pl

Z_95 = 1.959964
Z_998 = 3.090232
#: The limits drawn, narrow first: name and z.
LEVELS: tuple[tuple[str, float], ...] = (("95", Z_95), ("99.8", Z_998))

Position = Literal["inside", "above_95", "above_998", "below_95", "below_998"]


def limits(centre: float, denominator: float, z: float) -> tuple[float, float]:
    """Lower and upper limit for a unit of `denominator` people, kept within 0–1 as a share is."""
    half = z * math.sqrt(centre * (1 - centre) / denominator)
    return max(0.0, centre - half), min(1.0, centre + half)


def band(centre: float, max_denominator: float, points: int = 120) -> pl.DataFrame:
    """Both limits at `points` denominators up to a little beyond the largest unit: the funnel's lines.

    Columns: denominator, level ("95" or "99.8"), lower, upper."""
    rows = []
    for step in range(1, points + 1):
        n = max(1.0, max_denominator * 1.05 * step / points)
        for level, z in LEVELS:
            lower, upper = limits(centre, n, z)
            rows.append({"denominator": n, "level": level, "lower": lower, "upper": upper})
    return pl.DataFrame(rows, schema={"denominator": pl.Float64, "level": pl.String, "lower": pl.Float64,
                                      "upper": pl.Float64})


def beyond(positions: Mapping[str, str], units: pl.DataFrame, key: str) -> list[str]:
    """The names of the units (`units`: `key`, name) whose position lies beyond the outer limits: the
    ones a reader of a printed funnel needs named."""
    outer = {code for code, where in positions.items() if where.endswith(LEVELS[-1][0].replace(".", ""))}
    return [name for code, name in units.select(key, "name").iter_rows() if code in outer]


def position(value: float, denominator: float, centre: float,
             limits_at: Callable[[float, float, float], tuple[float, float]] | None = None) -> Position:
    """Where a unit's share lies: inside both limits, or above or below the widest one it crosses; with
    `limits_at` (centre, size, z), against those limits instead (a rate's Poisson ones)."""
    for level, z in reversed(LEVELS):
        lower, upper = (limits_at or limits)(centre, denominator, z)
        suffix = level.replace(".", "")
        if value > upper:
            return f"above_{suffix}"  # type: ignore[return-value]
        if value < lower:
            return f"below_{suffix}"  # type: ignore[return-value]
    return "inside"
