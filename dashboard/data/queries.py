"""The one way pages and the command line read the views: a function per question, Polars out.

Each function runs one file of `sql/queries/` with its filters bound as named parameters; nothing a
user typed is ever formatted into SQL. The indicator sums also bind the estimated need share: the
marts store need_coverage's population base, so a stored mart never bakes a setting in.
"""

from __future__ import annotations

from functools import cache

import polars as pl

from dashboard.data.contract import NEED_SHARE
from dashboard.data.database import Database
from dashboard.metrics.periods import Period
from dashboard.settings import SQL_DIR


@cache
def _sql(name: str) -> str:
    return (SQL_DIR / "queries" / f"{name}.sql").read_text()


def _need_share() -> float:
    """need_coverage's share of the population 65+: the contract's, bound here so that the stored
    marts hold the population and no share is written twice."""
    return NEED_SHARE


def indicator_sums(db: Database, scope, period: Period, indicator_ids: list[str]) -> pl.DataFrame:
    """Numerator and denominator sums by indicator and month (columns: indicator, month, numerator,
    denominator and their keys); an area's from its own sums (`mart_indicator_area_monthly`)."""
    if scope.area_code is not None and scope.hc_id is None and scope.team_id is None:
        return indicator_sums_by_area(db, [scope.area_code], period, indicator_ids).drop("group_code")
    params = {**scope.params(), "first_month": period.first, "last_month": period.last, "indicators": indicator_ids,
              "need_share": _need_share()}
    return db.query(_sql("indicator_sums"), params)


def nsvt_enrolment_times(db: Database, scope, period: Period) -> pl.DataFrame:
    params = {"area_code": scope.area_code, "team_id": scope.team_id,
              "first_month": period.first, "last_month": period.last}
    return db.query(_sql("nsvt_enrolment_times"), params)


def areas(db: Database) -> pl.DataFrame:
    return db.query(_sql("areas"))


def health_centres(db: Database) -> pl.DataFrame:
    return db.query(_sql("health_centres"))


def nsvt_teams(db: Database) -> pl.DataFrame:
    return db.query(_sql("nsvt_teams"))


def nsvt_team_units(db: Database) -> pl.DataFrame:
    return db.query(_sql("nsvt_team_units"))


def nsvt_unit_teams(db: Database, month) -> pl.DataFrame:
    return db.query(_sql("nsvt_unit_teams"), {"month": month})


def months(db: Database) -> pl.DataFrame:
    return db.query(_sql("months"))


def area_units(db: Database) -> pl.DataFrame:
    return db.query(_sql("area_units"))


def indicator_sums_by_area(db: Database, areas: list[str], period: Period, indicator_ids: list[str]) -> pl.DataFrame:
    params = {"areas": areas, "first_month": period.first, "last_month": period.last, "indicators": indicator_ids,
              "need_share": _need_share()}
    return db.query(_sql("indicator_sums_by_area"), params)


def indicator_sums_by_hc(db: Database, area_code: str, period: Period, indicator_ids: list[str]) -> pl.DataFrame:
    params = {"area_code": area_code, "first_month": period.first, "last_month": period.last,
              "indicators": indicator_ids, "need_share": _need_share()}
    return db.query(_sql("indicator_sums_by_hc"), params)


def listing_effect(db: Database, areas: list[str], month) -> pl.DataFrame:
    return db.query(_sql("listing_effect"), {"areas": areas, "month": month})


def population_65(db: Database, area_code: str, month) -> int | None:
    return db.query(_sql("population_65"), {"area_code": area_code, "month": month})["count_inhabitants_65"][0]
