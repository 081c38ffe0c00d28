"""The team-visit page's own figures on a hand-made extract, against answers worked out by hand in the
comments: planned and acute visits among the home visits, and how long acute requests waited by the
request's day, around Easter, Ascension Day, Midsummer, Christmas and New Year.

Waits are calendar days from the request to the visit; a request's day is its weekday, or "holiday"
when it is a public holiday or a holiday puts its next weekday later than an ordinary week would.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import WAITS, Scope, compute
from dashboard.metrics.periods import Period, parse_month
from dashboard.metrics.workdays import REQUEST_DAYS
from tests.builders import base_tables, build, visit

REGION, HC1 = Scope(area_code="R"), Scope(hc_id="HC1")
WAIT_IDS = [f"acute_wait_{day}_{wait}" for day in REQUEST_DAYS for wait in WAITS]


def acute(visit_id: str, visit_date: date, requested_on: date | None, **kw) -> dict:
    return visit(visit_id, visit_date, visit_kind="acute", requested_on=requested_on, **kw)


def scenario() -> dict:
    t = base_tables()
    t["home_visits"] = [
        # the first visit, in January 2024, starts the follow-up: 2025 is a whole year of it
        visit("P0", date(2024, 1, 15)),
        # April 2025, HC1 in 1001: two planned visits and seven acute, one without a request date
        visit("P1", date(2025, 4, 2)), visit("P2", date(2025, 4, 9)),
        # Maundy Thursday 17 April → Tuesday 22 (Good Friday to Easter Monday between): a holiday's, 5 days
        acute("A1", date(2025, 4, 22), date(2025, 4, 17)),
        # Good Friday itself → the same day: a holiday's, 0 days
        acute("A2", date(2025, 4, 18), date(2025, 4, 18)),
        # Friday 4 April → Monday 7: an ordinary Friday, 3 days; → Friday 4: 0 days
        acute("A3", date(2025, 4, 7), date(2025, 4, 4)),
        acute("A4", date(2025, 4, 4), date(2025, 4, 4)),
        # Saturday 5 April → Monday 7: 2 days; Sunday 6 → Monday 7: 1 day
        acute("A5", date(2025, 4, 7), date(2025, 4, 5)),
        acute("A6", date(2025, 4, 7), date(2025, 4, 6)),
        acute("A7", date(2025, 4, 10), None),  # no request date: among the acute visits, not the waits
        # May: the Wednesday before Ascension Day (Thursday 29) → Friday 30: a holiday's, 2 days
        acute("A8", date(2025, 5, 30), date(2025, 5, 28)),
        # June: Thursday 19 → Friday 20, Midsummer Eve, a weekday: an ordinary Thursday, 1 day
        acute("A9", date(2025, 6, 20), date(2025, 6, 19)),
        # December: Christmas Eve (a weekday) → Monday 29: a holiday's, 5 days; Tuesday 23 → 24: 1 day
        acute("A10", date(2025, 12, 29), date(2025, 12, 24)),
        acute("A11", date(2025, 12, 24), date(2025, 12, 23), hc_id="HC3", area_code="1002-B"),
        # New Year's Eve → Friday 2 January: a holiday's, 2 days, counted in January 2026 (its visit's month)
        acute("A12", date(2026, 1, 2), date(2025, 12, 31)),
    ]
    return t


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    return Database(build(tmp_path_factory.mktemp("team_visits"), scenario(), extracted_on=date(2026, 2, 10)),
                    date(2026, 2, 10), "Testkälla")


def counts(db, scope, first, last=None, ids=None) -> dict[str, tuple]:
    rows = compute(db, scope, Period(parse_month(first), parse_month(last or first)),
                   ids or ["planned_visit_share", "acute_visit_share", *WAIT_IDS], suppressed=False)
    return {r["indicator"]: (r["numerator"], r["denominator"]) for r in rows.iter_rows(named=True)}


def test_planned_and_acute_visits_are_shares_of_all_home_visits(db):
    april = counts(db, HC1, "2025-04", ids=["planned_visit_share", "acute_visit_share"])
    # 9 visits in April: 2 planned, 7 acute (one without a request date)
    assert april["planned_visit_share"] == (2, 9)
    assert april["acute_visit_share"] == (7, 9)


def test_the_years_waits_by_the_requests_day(db):
    year = counts(db, REGION, "2025-01", "2025-12")
    shown = {i: nd for i, nd in year.items() if i.startswith("acute_wait_") and nd[1]}
    assert shown == {
        # Friday 4 April: one the same day, one after three days, of two
        "acute_wait_fri_0": (1, 2), "acute_wait_fri_1": (0, 2), "acute_wait_fri_2": (0, 2),
        "acute_wait_fri_3plus": (1, 2),
        "acute_wait_sat_0": (0, 1), "acute_wait_sat_1": (0, 1), "acute_wait_sat_2": (1, 1),
        "acute_wait_sat_3plus": (0, 1),
        "acute_wait_sun_0": (0, 1), "acute_wait_sun_1": (1, 1), "acute_wait_sun_2": (0, 1),
        "acute_wait_sun_3plus": (0, 1),
        # the Thursday before Midsummer Eve and the Tuesday before Christmas Eve: ordinary days, one day each
        "acute_wait_thu_0": (0, 1), "acute_wait_thu_1": (1, 1), "acute_wait_thu_2": (0, 1),
        "acute_wait_thu_3plus": (0, 1),
        "acute_wait_tue_0": (0, 1), "acute_wait_tue_1": (1, 1), "acute_wait_tue_2": (0, 1),
        "acute_wait_tue_3plus": (0, 1),
        # Maundy Thursday's five days, Good Friday's same day, before Ascension Day two, Christmas Eve five
        "acute_wait_holiday_0": (1, 4), "acute_wait_holiday_1": (0, 4), "acute_wait_holiday_2": (1, 4),
        "acute_wait_holiday_3plus": (2, 4),
    }
    # a day without requests has no figure: no share of nothing
    assert year["acute_wait_mon_0"] == (0, 0)


def test_waits_are_published_for_whole_calendar_years_only(db):
    # a part of a year would read as the year's, and two windows a month apart would give that month away
    for first, last, by_month in (("2025-04", "2025-04", False), ("2025-01", "2025-11", False),
                                  ("2025-02", "2026-01", False), ("2025-01", "2025-12", True)):
        with pytest.raises(ValueError, match="by calendar year"):
            compute(db, REGION, Period(parse_month(first), parse_month(last)), ["acute_wait_fri_0"],
                    by_month=by_month, suppressed=False)
    # the page's other figures and the contract's are monthly as ever
    assert counts(db, HC1, "2025-04", ids=["acute_visit_share"])["acute_visit_share"] == (7, 9)


def test_a_days_requests_add_up_to_the_acute_visits_with_a_request_date(db):
    year = counts(db, REGION, "2025-01", "2025-12", ["acute_next_weekday", *WAIT_IDS])
    # 2025: six in April, one in May, one in June, two in December (A12 is January 2026's)
    assert year["acute_next_weekday"][1] == 10
    assert sum(year[f"acute_wait_{day}_0"][1] for day in REQUEST_DAYS) == 10
    for day in REQUEST_DAYS:  # each day's waits add up to its requests
        assert sum(year[f"acute_wait_{day}_{w}"][0] for w in WAITS) == year[f"acute_wait_{day}_0"][1]
    # the holidays' requests: Maundy Thursday, Good Friday, before Ascension Day, Christmas Eve
    assert [year[f"acute_wait_holiday_{w}"][0] for w in WAITS] == [1, 0, 1, 2]
    # Thursday before Midsummer Eve and the Tuesday before Christmas Eve: ordinary days, one day each
    assert year["acute_wait_thu_1"] == (1, 1) and year["acute_wait_tue_1"] == (1, 1)


def test_new_years_eves_request_waits_into_the_next_year(db):
    # its visit on Friday 2 January 2026: the year 2026's, not 2025's
    assert counts(db, REGION, "2025-01", "2025-12")["acute_wait_holiday_2"] == (1, 4)
    assert counts(db, REGION, "2026-01", "2026-12")["acute_wait_holiday_2"] == (1, 1)


def _flags(db, scope: Scope, first: str, last: str, indicator: str) -> tuple:
    row = compute(db, scope, Period(parse_month(first), parse_month(last)), [indicator]).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_a_days_requests_inside_a_small_total_of_the_years_requests_read_hidden(db):
    # Östra (1002-B), 2025: one acute request in the year (Tuesday 23 December), hidden; every day's
    # requests, the 0 of the others as the 1 of its own, read "–": a 0 would say on which day it was
    assert _flags(db, Scope(area_code="1002-B"), "2025-01", "2025-12", "acute_next_weekday")[0]
    assert _flags(db, Scope(area_code="1002-B"), "2025-01", "2025-12", "acute_wait_mon_0") == (True, False, False)
    assert _flags(db, Scope(area_code="1002-B"), "2025-01", "2025-12", "acute_wait_tue_1") == (True, False, False)
    # the region's ten are no small total: its days of none read 0
    assert _flags(db, REGION, "2025-01", "2025-12", "acute_wait_mon_0") == (False, False, False)
