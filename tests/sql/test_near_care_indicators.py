"""The near-care team page's own figures on a hand-made extract, against answers worked out by hand in
the comments: discharge reasons among the discharges, referral sources among the enrolments and
visits by staff per episode discharged, by calendar year, and the share of the visits made with
municipal home care, by month."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.contract import DISCHARGE_REASONS, NSVT_STAFF, REFERRAL_SOURCES
from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, nsvt_episode, nsvt_visit

IDS = [*(f"nsvt_discharged_{r}" for r in DISCHARGE_REASONS), *(f"nsvt_referred_{s}" for s in REFERRAL_SOURCES),
       *(f"nsvt_visits_{s}" for s in NSVT_STAFF), "nsvt_team_visit_share"]


def near_care_tables() -> dict:
    """March 2025 of team T1 in Åby, by hand."""
    tables = base_tables()
    tables["nsvt_episodes"] = [
        # March 2025, team T1 in Åby: two discharged, one still enrolled
        nsvt_episode("E1", date(2025, 3, 1), date(2025, 3, 20), "home_care", referred_from="hospital"),
        nsvt_episode("E2", date(2025, 3, 5), date(2025, 3, 25), "died", referred_from="emergency"),
        nsvt_episode("E3", date(2025, 3, 10), referred_from="hospital"),
    ]
    tables["nsvt_visits"] = [
        # E1: two doctor's visits (one with home care) and a nurse's with home care
        nsvt_visit("V1", "E1", date(2025, 3, 2), "doctor", team_visit=True),
        nsvt_visit("V2", "E1", date(2025, 3, 9), "doctor"),
        nsvt_visit("V3", "E1", date(2025, 3, 15), "nurse", team_visit=True),
        # E2: doctor and nurse together with home care, and another staff's alone
        nsvt_visit("V4", "E2", date(2025, 3, 6), "doctor_and_nurse", team_visit=True),
        nsvt_visit("V5", "E2", date(2025, 3, 7), "other"),
        # E3, still enrolled: its visits count once it is discharged, not now
        nsvt_visit("V6", "E3", date(2025, 3, 11), "doctor", team_visit=True),
    ]
    return tables


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    return Database(build(tmp_path_factory.mktemp("near_care"), near_care_tables(), extracted_on=date(2026, 2, 10)),
                    date(2026, 2, 10), "Testkälla")


def figures(db, scope: Scope) -> dict[str, tuple]:
    """2025's yearly figures, and March's share of visits with home care."""
    year, march = Period(date(2025, 1, 1), date(2025, 12, 1)), Period(date(2025, 3, 1), date(2025, 3, 1))
    rows = pl.concat([compute(db, scope, year, IDS[:-1], suppressed=False),
                      compute(db, scope, march, IDS[-1:], suppressed=False)])
    return {r["indicator"]: (r["numerator"], r["denominator"], r["value"]) for r in rows.iter_rows(named=True)}


@pytest.mark.parametrize("scope", [Scope(team_id="T1"), Scope(area_code="1001"), Scope(area_code="R")])
def test_reasons_sources_staff_and_team_visits_by_hand(db, scope):
    got = figures(db, scope)
    # two discharged: one to home care, one died; no other reason, which is 0 of 2, not "no data"
    assert got["nsvt_discharged_home_care"] == (1, 2, 0.5)
    assert got["nsvt_discharged_died"] == (1, 2, 0.5)
    assert got["nsvt_discharged_hospital"] == (0, 2, 0.0)
    # three enrolled: two from hospital, one from the emergency department
    assert got["nsvt_referred_hospital"] == (2, 3, pytest.approx(2 / 3))
    assert got["nsvt_referred_emergency"] == (1, 3, pytest.approx(1 / 3))
    assert got["nsvt_referred_primary_care"] == (0, 3, 0.0)
    # the two discharged episodes' five visits: two by the doctor, one each by the others
    assert got["nsvt_visits_doctor"] == (2, 2, 1.0)
    assert [got[f"nsvt_visits_{s}"][0] for s in ("nurse", "doctor_and_nurse", "other")] == [1, 1, 1]
    # three of those five made with home care (E3's visit is not among them)
    assert got["nsvt_team_visit_share"] == (3, 5, 0.6)


def test_a_year_without_discharges_has_no_share_of_none_and_a_month_is_refused(db):
    year = compute(db, Scope(team_id="T1"), Period(date(2024, 1, 1), date(2024, 12, 1)),
                   ["nsvt_discharged_died", "nsvt_referred_hospital"], suppressed=False)
    assert [(r["numerator"], r["value"]) for r in year.iter_rows(named=True)] == [(0, None), (0, None)]
    with pytest.raises(ValueError, match="nsvt_discharged_died is published by calendar year"):
        compute(db, Scope(team_id="T1"), Period(date(2025, 3, 1), date(2025, 3, 1)), ["nsvt_discharged_died"])
