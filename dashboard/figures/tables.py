"""Indicator rows as chart rows and as the cells of a Figure's table.

Suppression has already blanked what may not be shown; these say how a hidden cell reads, the same
in every table: "<5" only where the hidden number is itself a count from 1 to 4, "–" where it is
hidden for another's sake or is a share or rate (whose hidden parts are what is small).
"""

from __future__ import annotations

from typing import Any, Literal

import polars as pl

from dashboard.figures.figure import Hidden, Remark
from dashboard.metrics.indicators import Scope

#: The mobile doctor's own figures, and whether the centre takes part at all: for a centre that does
#: not take part in a month they read "deltar inte", not 0 % or 0, which would read as a centre
#: failing at what it does not do (and its leaving as a signal of decline).
SCHEME_INDICATORS = frozenset({"coverage_offered_65", "fixed_contact_65", "home_visits", "team_visit_share",
                               "acute_next_weekday", "hc_participation", "planned_visit_share",
                               "acute_visit_share"})
NOT_TAKING_PART = Remark("kpi.not_taking_part")
#: A centre's months before it opened or after it closed: it has no patients, no visits, nothing to
#: count; its zeros would read as a centre doing well (no ED visits) or badly (no visits)
CLOSED = Remark("kpi.centre_closed")
#: A month whose shown visits carry no team flag at all: a gap in the recording (a new record system),
#: not a team that never meets, so it is no 0 % to rank or to read as a decline
NOT_RECORDED = Remark("value.not_recorded")
#: What a month can read instead of its figure, each with its reason (`<key>_help`)
MONTH_REMARKS = (CLOSED, NOT_TAKING_PART, NOT_RECORDED)


def outside_scheme(monthly: pl.DataFrame, scope: Scope) -> pl.DataFrame:
    """A centre's by-month rows with the scheme's figures of the months it does not take part in (its
    own participation 0 at the month's end, the contract's rule) marked `outside` where they are 0 or
    empty, and every figure of the months it is not open (its participation's denominator, the open
    centres, 0 or empty) marked `closed`; both emptied: every table reads them "deltar inte" or
    "stängd", every chart and control chart leaves them out. A number stays, as in the centre table:
    visits made before the centre left at the month's end, patients with a mobile doctor from another
    centre. A hidden figure stays hidden. Other scopes' rows are returned as they are; the centre's
    participation must be among the rows."""
    if scope.hc_id is None:
        return monthly
    participation = monthly.filter(pl.col("indicator") == "hc_participation")
    closed_months = participation.filter(pl.col("denominator").fill_null(0) == 0)["from"].to_list()
    left_out = participation.filter(pl.col("value") == 0.0)["from"].to_list()
    closed = pl.col("from").is_in(closed_months)
    outside = (~closed & pl.col("indicator").is_in(list(SCHEME_INDICATORS)) & pl.col("from").is_in(left_out)
               & ~pl.col("suppressed").fill_null(False) & (pl.col("value").is_null() | (pl.col("value") == 0.0)))
    marked = monthly.with_columns(outside.fill_null(False).alias("outside"), closed.alias("closed"))
    return _emptied(marked, pl.col("outside") | pl.col("closed"))


def not_recorded(monthly: pl.DataFrame) -> pl.DataFrame:
    """By-month rows (published) with a team-visit share of 0 % over shown visits marked `not_recorded`
    and emptied: "uppgift saknas", left out of charts and signals. Decided on the published figure
    alone, so it says nothing a shown 0 % would not."""
    gap = ((pl.col("indicator") == "team_visit_share") & ~pl.col("suppressed").fill_null(False)
           & (pl.col("value") == 0.0) & (pl.col("denominator") > 0)).fill_null(False)
    return _emptied(monthly.with_columns(gap.alias("not_recorded")), pl.col("not_recorded"))


def _emptied(monthly: pl.DataFrame, where: pl.Expr) -> pl.DataFrame:
    """The rows where `where` (a column marked before) holds without their figure: their words stand
    in its place."""
    return monthly.with_columns(pl.when(where).then(None).otherwise(pl.col(c)).alias(c)
                                for c in ("value", "numerator", "denominator"))


def scheme_cell(cell: Any, takes_part: bool) -> Any:
    """A scheme figure of a centre outside the scheme reads "deltar inte" where it is 0 or empty: 0
    would read as a centre failing at what it does not do. A number stays."""
    return NOT_TAKING_PART if not takes_part and cell in (None, 0) else cell


def remark(row: dict[str, Any]) -> Remark | None:
    """The words a month reads instead of its figure: a centre closed or outside the scheme, or a
    recording gap."""
    if row.get("closed"):
        return CLOSED
    if row.get("outside"):
        return NOT_TAKING_PART
    return NOT_RECORDED if row.get("not_recorded") else None


def value_cell(row: dict[str, Any], measure: str) -> float | Hidden | Remark | None:
    """An indicator's value as a table holds it: a count's hidden value is its (maybe small) numerator."""
    if remark(row):
        return remark(row)
    if row["suppressed"]:
        part_small = bool(row["numerator_small"]) or bool(row["denominator_small"])
        return Hidden(small=measure == "count" and bool(row["numerator_small"]), part_small=part_small)
    return row["value"]


def count_cell(row: dict[str, Any], part: Literal["numerator", "denominator"]) -> float | Hidden | Remark | None:
    if remark(row):
        return remark(row)
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
        *(c for c in ("outside", "closed", "not_recorded") if c in rows.columns),
    )


def trend(selection: pl.DataFrame, comparison: pl.DataFrame | None) -> pl.DataFrame:
    # a centre's rows carry `outside` (`outside_scheme`), its comparison's not: theirs read null
    return selection if comparison is None else pl.concat([selection, comparison], how="diagonal")
