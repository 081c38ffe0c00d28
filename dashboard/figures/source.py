"""What figure builders read, asked by selection: published figures and the few plain queries.

Builders receive a source instead of a database so that the app can hand them a cached one
(`dashboard.ui.cache.CachedSource`, keyed by extract version) while tests, exports and the report
use this plain one over a Database; both answer the same questions with the same frames.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.figures import tables
from dashboard.figures.selection import Choices, build_choices
from dashboard.metrics import indicators
from dashboard.metrics.indicators import Scope
from dashboard.metrics.periods import Period, latest_complete_month
from dashboard.metrics.survival import Step, kaplan_meier_curve


def offered_months(db: Database) -> list[date]:
    """The extract's months of follow-up up to its latest complete one: every month a user may choose."""
    last = latest_complete_month(db.reference_date)
    return [m for m in queries.months(db)["month"].to_list() if m <= last]


def extract_choices(db: Database, months: list[date]) -> Choices:
    """Everything the sidebar offers for these months, in the order a Swede expects to find it."""
    return build_choices(queries.areas(db), queries.area_units(db), queries.health_centres(db),
                         queries.nsvt_teams(db), months)


class Source:
    def __init__(self, db: Database):
        self.db = db

    def monthly(self, scope: Scope, first: date, last: date, indicator_ids: tuple[str, ...]) -> pl.DataFrame:
        """Published by-month figures of one scope; a centre's scheme figures of months it does not
        take part in marked so (`tables.outside_scheme`), from its participation asked alongside, and
        months whose visits carry no team flag (`tables.not_recorded`)."""
        extra = ["hc_participation"] if scope.hc_id and "hc_participation" not in indicator_ids else []
        rows = indicators.compute(self.db, scope, Period(first, last), [*indicator_ids, *extra], by_month=True)
        marked = tables.not_recorded(tables.outside_scheme(rows, scope))
        return marked.filter(pl.col("indicator").is_in(list(indicator_ids)))

    def period(self, scope: Scope, first: date, last: date, indicator_ids: tuple[str, ...]) -> pl.DataFrame:
        """Published figures of one scope over the period as one (a flow's months summed, hidden
        when one of them is): a table of the period's figures side by side."""
        return indicators.compute(self.db, scope, Period(first, last), list(indicator_ids))

    def areas(self, area_codes: tuple[str, ...], first: date, last: date,
              indicator_ids: tuple[str, ...], by_month: bool = False) -> pl.DataFrame:
        """Published figures for many areas at once (maps, rankings, funnels), over the period or by
        month."""
        return indicators.compute_groups(self.db, "area", list(area_codes), Period(first, last), list(indicator_ids),
                                         by_month=by_month)

    def centres(self, area_code: str, centre_ids: tuple[str, ...], first: date, last: date,
                indicator_ids: tuple[str, ...], by_month: bool = False) -> pl.DataFrame:
        """Published figures of an area's centres, each count kept unless it is small itself: a centre
        table shows them cell by cell."""
        return indicators.compute_groups(self.db, "hc", list(centre_ids), Period(first, last), list(indicator_ids),
                                         within=area_code, whole=False, by_month=by_month)

    def enrolment_curve(self, scope: Scope, first: date, last: date) -> list[Step]:
        """The full Kaplan–Meier curve of the episodes enrolled in the period, from their enrolment
        times: for the figure to publish as `survival.published_curve` allows, never to show whole."""
        episodes = queries.nsvt_enrolment_times(self.db, scope, Period(first, last))
        return kaplan_meier_curve(episodes["enrolment_days"].to_list(), episodes["is_discharged"].to_list())

    def unit_teams(self, month: date) -> list[tuple[str, int | None, str | None]]:
        """Every unit's inhabitants in the month and each near-care team serving it, a row a unit and
        team (`queries.nsvt_unit_teams`): public figures, nothing to hide."""
        return queries.nsvt_unit_teams(self.db, month).rows()

    def listing_counts(self, area_code: str, month: date) -> pl.DataFrame:
        """The listing effect's published counts (`indicators.listing_counts`)."""
        return indicators.listing_counts(self.db, area_code, month)

    def population_65(self, area_code: str, month: date) -> int | None:
        return queries.population_65(self.db, area_code, month)
