"""ED visits per 1 000 inhabitants of each age band and of all ages (the emergency page's rates beside
the contract's 80+), on a hand-made extract with hand-computed answers."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import ED_RATES, Scope, compute
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, ed_row

JAN, FEB = date(2025, 1, 1), date(2025, 2, 1)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    t = base_tables()
    # every unit: 8 000 aged 0–64, 1 500 aged 65–79, 500 aged 80+; but Östra (1002-B) has no 65–79 row
    t["population"] = [r for r in t["population"] if not (r["area_code"] == "1002-B" and r["age_band"] == "65-79")]
    t["ed_visits_monthly"] = [
        ed_row(JAN, "1001", "HC1", "0-64", ed_visits=80), ed_row(JAN, "1001", "HC1", "65-79", ed_visits=30),
        ed_row(JAN, "1001", "HC1", "80+", ed_visits=25), ed_row(JAN, "1001", None, "80+", ed_visits=5),
        ed_row(FEB, "1001", "HC1", "80+", ed_visits=20),
        ed_row(JAN, "1002-B", "HC3", "65-79", ed_visits=9),  # its band's inhabitants unknown: left out
        ed_row(JAN, "1002-B", "HC3", "80+", ed_visits=10),
    ]
    return Database(build(tmp_path_factory.mktemp("ed"), t), date(2025, 12, 31), None)


def rates(db, scope, first, last=None) -> dict:
    frame = compute(db, scope, Period(first, last or first), list(ED_RATES.values()), suppressed=False)
    return {r["indicator"]: (r["numerator"], r["denominator"], r["value"]) for r in frame.iter_rows(named=True)}


def test_each_band_per_1000_of_its_own_inhabitants(db):
    aby = rates(db, Scope(area_code="1001"), JAN)
    assert aby["ed_rate_0_64"] == (80, 8000, pytest.approx(10.0))
    assert aby["ed_rate_65_79"] == (30, 1500, pytest.approx(20.0))
    # the centre not known counts too: 25 + 5 visits of 500
    assert aby["ed_rate_80"] == (30, 500, pytest.approx(60.0))
    # all ages: 80 + 30 + 30 = 140 of 10 000
    assert aby["ed_rate_all"] == (140, 10_000, pytest.approx(14.0))


def test_a_flow_over_months_sums_visits_and_inhabitant_months(db):
    assert rates(db, Scope(area_code="1001"), JAN, FEB)["ed_rate_80"] == (50, 1000, pytest.approx(50.0))


def test_a_band_without_its_inhabitants_leaves_its_visits_out_of_all_ages_too(db):
    ostra = rates(db, Scope(area_code="1002-B"), JAN)
    assert ostra["ed_rate_65_79"] == (0, None, None)
    # 0–64 (none) and 80+ (10): 10 of 8 000 + 500
    assert ostra["ed_rate_all"] == (10, 8500, pytest.approx(1000 * 10 / 8500))


def test_areas_roll_up_their_units(db):
    region = rates(db, Scope(area_code="R"), JAN)
    # 80+: 30 + 10 of 3 × 500; all ages: 140 + 10 of 10 000 + 10 000 + 8 500
    assert region["ed_rate_80"] == (40, 1500, pytest.approx(1000 * 40 / 1500))
    assert region["ed_rate_all"] == (150, 28_500, pytest.approx(1000 * 150 / 28_500))
    assert region["ed_rate_65_79"] == (30, 3000, pytest.approx(10.0))
