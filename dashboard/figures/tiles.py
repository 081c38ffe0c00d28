"""Headline tiles: an indicator's latest month, its change, its months, and the comparison's value.

Pure: it returns plain data, so the start page only lays it out and tests can read the numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import polars as pl

from dashboard import formatting
from dashboard.metrics.indicators import BY_ID
from dashboard.metrics.periods import month_label
from dashboard.settings import suppression_threshold
from dashboard.texts import t

DELTA_COLOURS = {"up": "normal", "down": "inverse", None: "off"}


@dataclass(frozen=True)
class Tile:
    indicator: str
    label: str
    value: str
    change: str | None
    change_colour: str
    help: str
    sparkline: list[float]  # NaN where a month is suppressed or has no value: a gap in the line
    comparison: str | None  # "Regionen: 81 %"


def tiles(monthly: pl.DataFrame, indicator_ids: list[str], month: date, lang: str = "sv",
          comparison: pl.DataFrame | None = None, comparison_name: str | None = None) -> list[Tile]:
    """One tile per indicator from by-month rows (suppressed already) that end at `month`."""
    return [
        _tile(_rows(monthly, i), i, month, lang,
              None if comparison is None else _rows(comparison, i), comparison_name)
        for i in indicator_ids
    ]


def _rows(frame: pl.DataFrame, indicator_id: str) -> pl.DataFrame:
    return frame.filter(pl.col("indicator") == indicator_id).sort("from")


def _tile(rows: pl.DataFrame, indicator_id: str, month: date, lang: str,
          comparison: pl.DataFrame | None, comparison_name: str | None) -> Tile:
    indicator = BY_ID[indicator_id]
    latest = _month_row(rows, month)
    before = rows.filter(pl.col("from") < month_label(month)).tail(1).to_dicts()
    change = None
    if before and latest["value"] is not None and before[0]["value"] is not None:
        change = formatting.indicator_change(indicator.measure, latest["value"] - before[0]["value"], lang)
        # st.metric reads the direction from a leading ASCII hyphen, not from the typographic minus
        change = change.replace("\u2212", "-", 1)
    help_text = t(f"indicator.{indicator_id}.definition", lang)
    if latest["suppressed"]:
        help_text += "\n\n" + t("value.suppressed_help", lang, threshold=suppression_threshold())
    compared = None
    if comparison is not None and comparison.height:
        other = _month_row(comparison, month)
        compared = t("kpi.comparison", lang, area=comparison_name,
                     value=formatting.indicator_value(indicator.measure, other["value"], other["suppressed"], lang,
                                                      small=bool(other.get("numerator_small"))))
    return Tile(
        indicator=indicator_id,
        label=t(f"indicator.{indicator_id}.name", lang),
        value=formatting.indicator_value(indicator.measure, latest["value"], latest["suppressed"], lang,
                                         small=bool(latest.get("numerator_small"))),
        change=change,
        change_colour=DELTA_COLOURS[indicator.better],
        help=help_text,
        sparkline=[math.nan if v is None else v for v in rows["value"].to_list()],
        comparison=compared,
    )


def _month_row(rows: pl.DataFrame, month: date) -> dict:
    return rows.filter(pl.col("from") == month_label(month)).row(0, named=True)
