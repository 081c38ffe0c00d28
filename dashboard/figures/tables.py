"""Frames behind the charts and tables, built from indicator rows: pure, so tests read what is shown."""

from __future__ import annotations

import polars as pl

from dashboard import formatting
from dashboard.metrics.indicators import BY_ID
from dashboard.texts import t


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


def table(rows: pl.DataFrame, indicator_id: str, lang: str) -> pl.DataFrame:
    """The table behind a chart, formatted as on screen: the accessible alternative and the export."""
    measure = BY_ID[indicator_id].measure
    records = [
        {
            t("chart.series", lang): r["series"],
            t("chart.month", lang): formatting.month(r["month"], lang),
            t("chart.value", lang): formatting.indicator_value(measure, r["value"], r["suppressed"], lang,
                                                               small=r["numerator_small"]),
            t("chart.numerator", lang): formatting.count_cell(r["numerator"], r["suppressed"], r["numerator_small"], lang),
            t("chart.denominator", lang): formatting.count_cell(r["denominator"], r["suppressed"], r["denominator_small"], lang),
        }
        for r in rows.iter_rows(named=True)
    ]
    return pl.DataFrame(records)


def area_table(rows: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The table behind a map, ranking or funnel: each area's value as shown, with its counts."""
    return pl.DataFrame([
        {t("chart.area", lang): r["name"], t("chart.value", lang): r["display"],
         t("chart.numerator", lang): formatting.count_cell(r["numerator"], r["suppressed"], r["numerator_small"], lang),
         t("chart.denominator", lang): formatting.count_cell(r["denominator"], r["suppressed"], r["denominator_small"], lang)}
        for r in rows.sort("value", descending=True, nulls_last=True).iter_rows(named=True)
    ])

