"""A hidden zero in a period's sum: it counts for a stand-in from 1 to 4, not 0 (issue 8's hole found
in review: a difference of two periods would tell which hidden months are empty).

The region's January holds 4 home visits, one at each of HC1 to HC4: every centre's January lies
inside that total of 4 and reads "–", HC5's and HC6's empty ones too. In February HC5 makes 7 visits
and HC6 none. Noise is left out and every stand-in made 2, so the expected figures are worked out
by hand."""

from __future__ import annotations

from datetime import date

import numpy as np
import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics import indicators
from dashboard.metrics.indicators import Scope, compute, compute_groups
from dashboard.metrics.periods import Period
from tests.builders import build, nsvt_episode, visit, wide_tables

JAN, FEB, MAR = date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)
UNIT = {"HC1": "1001", "HC2": "1002-A", "HC3": "1002-B", "HC4": "1002-A", "HC5": "1004", "HC6": "1004"}


@pytest.fixture
def stand_ins_of_two(monkeypatch):
    monkeypatch.setattr(indicators, "noise", lambda keys, _secret: pl.Series(np.zeros(len(keys), np.int64)))
    monkeypatch.setattr(indicators, "stand_in", lambda keys, _secret, _threshold: pl.Series(np.full(len(keys), 2.0)))


@pytest.fixture
def db(tmp_path):
    tables = wide_tables()
    tables["home_visits"] = [visit(f"J{hc}", date(2025, 1, 14), hc_id=hc, area_code=UNIT[hc])
                             for hc in ("HC1", "HC2", "HC3", "HC4")]
    tables["home_visits"] += [visit(f"F{k}", date(2025, 2, 11), hc_id="HC5", area_code="1004") for k in range(7)]
    return Database(build(tmp_path, tables, extracted_on=date(2025, 3, 31)), date(2025, 3, 31), "Test", cube=True)


def _visits(frame: pl.DataFrame) -> dict:
    row = frame.filter(pl.col("indicator") == "home_visits").row(0, named=True)
    return {"numerator": row["numerator"], "small": row["numerator_small"], "suppressed": row["suppressed"]}


@pytest.mark.usefixtures("stand_ins_of_two")
def test_a_hidden_zero_counts_for_its_stand_in_in_a_period(db):
    hc5 = Scope(hc_id="HC5")
    # January reads "–": inside the region's 4, neither small nor shown
    assert _visits(compute(db, hc5, Period(JAN, JAN), ["home_visits"])) == \
        {"numerator": None, "small": False, "suppressed": True}
    # January–February: the stand-in 2 and February's 7
    assert _visits(compute(db, hc5, Period(JAN, FEB), ["home_visits"]))["numerator"] == 9.0
    # the same in the centre table of Älvby, and for team_visit_share's visits (the same rows)
    table = compute_groups(db, "hc", ["HC5", "HC6"], Period(JAN, FEB), ["home_visits", "team_visit_share"],
                           within="1004", whole=False)
    assert table.filter(pl.col("hc_id") == "HC5")["denominator"].to_list() == [None, 9.0]


@pytest.mark.usefixtures("stand_ins_of_two")
def test_a_period_of_zeros_holding_a_stand_in_reads_small(db):
    hc6 = Scope(hc_id="HC6")
    # HC6 has no visit at all: January–February holds its hidden January and reads "<5", not 0
    assert _visits(compute(db, hc6, Period(JAN, FEB), ["home_visits"])) == \
        {"numerator": None, "small": True, "suppressed": True}
    # February–March holds no hidden month: 0
    assert _visits(compute(db, hc6, Period(FEB, MAR), ["home_visits"])) == \
        {"numerator": 0.0, "small": False, "suppressed": False}


@pytest.mark.usefixtures("stand_ins_of_two")
def test_a_zero_outside_a_small_total_stays_zero(db):
    # no total of 4 holds HC1's February or March (the region's February is 7, its March 0)
    assert _visits(compute(db, Scope(hc_id="HC1"), Period(FEB, MAR), ["home_visits"]))["numerator"] == 0.0


@pytest.mark.usefixtures("true_counts")
def test_true_counts_leave_hidden_zeros_at_zero(db):
    assert _visits(compute(db, Scope(hc_id="HC5"), Period(JAN, FEB), ["home_visits"]))["numerator"] == 7.0


def test_a_hidden_zeros_days_are_episodes_lengths(tmp_path, monkeypatch):
    """Near-care discharges: in January Älvby discharges none and Åby 4 (the region's 4, so
    Älvby's January is a hidden zero); in February Älvby discharges 6 after 10 days each. Älvby's
    January–February counts 6 + 2 discharges, and its days 60 + the lengths of two episodes drawn from
    the extract's discharged ones (10 or 20 days each). Enrolments: Åby 4 in January (the region's 4
    again), Älvby 6 in February: the Kaplan–Meier median's episodes are 6 + 2."""
    monkeypatch.setattr(indicators, "noise", lambda keys, _secret: pl.Series(np.zeros(len(keys), np.int64)))
    monkeypatch.setattr(indicators, "stand_in", lambda keys, _secret, _threshold: pl.Series(np.full(len(keys), 2.0)))
    tables = wide_tables()
    tables["nsvt_episodes"] = [nsvt_episode(f"A{k}", date(2024, 12, 22), date(2025, 1, 11), area_code="1001")
                               for k in range(4)]
    tables["nsvt_episodes"] += [nsvt_episode(f"B{k}", date(2025, 2, 1), date(2025, 2, 11), area_code="1004")
                                for k in range(6)]
    tables["nsvt_episodes"] += [nsvt_episode(f"C{k}", date(2025, 1, 5), area_code="1001") for k in range(4)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 3, 31)), date(2025, 3, 31), "Test", cube=True)
    mean, km = compute(db, Scope(area_code="1004"), Period(JAN, FEB), ["nsvt_mean_days", "nsvt_median_days_km"]) \
        .iter_rows(named=True)
    assert mean["denominator"] == 8.0
    assert mean["numerator"] - 60.0 in {20.0, 30.0, 40.0}
    assert km["denominator"] == 8.0
