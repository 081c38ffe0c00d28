"""Indicator rows as chart rows and as the cells of a Figure's table.

Suppression has already blanked what may not be shown; these say how a hidden cell reads, the same
in every table: "<5" only where the hidden number is itself a count from 1 to 4, "–" where it is
hidden for another's sake or is a share or rate (whose hidden parts are what is small).
"""

from __future__ import annotations

from typing import Any, Literal

import polars as pl

from dashboard.figures.figure import Hidden


def value_cell(row: dict[str, Any], measure: str) -> float | Hidden | None:
    """An indicator's value as a table holds it: a count's hidden value is its (maybe small) numerator."""
    if row["suppressed"]:
        part_small = bool(row["numerator_small"]) or bool(row["denominator_small"])
        return Hidden(small=measure == "count" and bool(row["numerator_small"]), part_small=part_small)
    return row["value"]


def count_cell(row: dict[str, Any], part: Literal["numerator", "denominator"]) -> float | Hidden | None:
    if row["suppressed"]:
        return Hidden(small=bool(row[f"{part}_small"]))
    return row[part]


def series(monthly: pl.DataFrame, indicator_id: str, name: str, is_comparison: bool = False) -> pl.DataFrame:
    """One indicator's months as chart rows: month, series, is_comparison, value, numerator, denominator."""
    rows = monthly.filter(pl.col("indicator") == indicator_id).sort("from")
    return rows.select(
        (pl.col("from") + "-01").str.to_date("%Y-%m-%d").alias("month"),
        pl.lit(name).alias("series"),
        pl.lit(is_comparison).alias("is_comparison"),
        "value", "numerator", "denominator", "suppressed", "numerator_small", "denominator_small",
    )


def trend(selection: pl.DataFrame, comparison: pl.DataFrame | None) -> pl.DataFrame:
    return selection if comparison is None else pl.concat([selection, comparison])
