"""Hand-made indicator rows behind a fake source: figures built from numbers a test can check by hand.

The rows have the columns `dashboard.metrics.indicators.compute` gives after suppression; a hidden
row has its numbers blanked and says which of its counts were themselves small, as suppression does.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from dashboard.figures import tables
from dashboard.figures.selection import Area, Centre, Choices, Selection
from dashboard.figures.view import View
from dashboard.metrics.indicators import Scope

MONTHS = [date(2025, m, 1) for m in range(1, 6)]
HIDDEN = "hidden"  # a value hidden for another's sake: it reads "–"
SMALL = "small"  # a value hidden because its numerator is itself from 1 to 4: a count reads "<5"

CHOICES = Choices(
    areas={"R": Area("R", "Testregionen", "region", None), "1001": Area("1001", "Åby", "municipality", "R")},
    units_by_area={"R": frozenset({"1001"}), "1001": frozenset({"1001"})},
    centres={"HC1": Centre("HC1", "Åby vårdcentral", "1001", "public")},
    teams={"T1": "Närsjukvårdsteam Norr"},
    months=MONTHS,
)
AREA, REGION = Scope(area_code="1001"), Scope(area_code="R")


def view(lang: str = "sv", compare: str = "region", **changes) -> View:
    selection = Selection(lang, "1001", MONTHS[0], MONTHS[-1], compare)
    return View(selection, CHOICES, date(2025, 6, 10), "Testkälla", page="", page_name="oversikt", **changes)


def series(indicator: str, values: list, denominators: list | None = None, months: list[date] = MONTHS) -> list[dict]:
    """One row a month from January 2025 (or the first of `months`): a value (a share's numerator over
    its denominator), or a mark."""
    rows = []
    for n, (month, value) in enumerate(zip(months, values, strict=True)):
        denominator = None if denominators is None else float(denominators[n])
        hidden = value in (HIDDEN, SMALL)
        numerator = None if hidden else float(value) if denominator is None else float(value) * denominator
        rows.append({"indicator": indicator, "from": month.strftime("%Y-%m"), "to": month.strftime("%Y-%m"),
                     "numerator": numerator, "denominator": None if hidden else denominator,
                     "value": None if hidden else float(value), "suppressed": hidden,
                     "numerator_small": value == SMALL, "denominator_small": False})
    return rows


class FakeSource:
    """The Source's by-month question, answered from hand-made rows by scope."""

    def __init__(self, rows: dict[Scope, list[dict]]):
        self.rows = {scope: pl.DataFrame(r, schema=_SCHEMA) for scope, r in rows.items()}

    def monthly(self, scope: Scope, first: date, last: date, indicator_ids: tuple[str, ...]) -> pl.DataFrame:
        frame = tables.outside_scheme(self.rows[scope], scope)  # as the Source marks a centre's rows
        months = pl.col("from").is_between(pl.lit(first.strftime("%Y-%m")), pl.lit(last.strftime("%Y-%m")))
        return frame.filter(pl.col("indicator").is_in(list(indicator_ids)) & months)


_SCHEMA = {"indicator": pl.String, "from": pl.String, "to": pl.String, "numerator": pl.Float64,
           "denominator": pl.Float64, "value": pl.Float64, "suppressed": pl.Boolean, "numerator_small": pl.Boolean,
           "denominator_small": pl.Boolean}
