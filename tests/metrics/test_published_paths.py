"""Figures read through the protected path (`indicators._published`), with the noise off
(`true_counts`) so that the expectations are the hand-computed true figures: the days of a mean
enrolment time are published as a magnitude, and a population denominator is not perturbed at all.
Mutation testing found both paths read by no test with protection on."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, ed_row, nsvt_episode, visit

JAN = date(2025, 1, 1)


@pytest.mark.usefixtures("true_counts")
def test_mean_days_and_a_rate_per_population_through_the_protected_path(tmp_path):
    # five near-care episodes in Åby enrolled on 1 January 2025, discharged after 10, 15, 20, 25 and 30
    # days: 100 days over 5 episodes, a mean of 20 days. ED: 10 visits of Åby's people 80+ in January,
    # among 500 inhabitants 80+ (tests/builders.population): 20 per 1 000
    tables = base_tables()
    tables["nsvt_episodes"] = [nsvt_episode(f"N{d}", JAN, date(2025, 1, 1 + d)) for d in (10, 15, 20, 25, 30)]
    tables["home_visits"] = [visit("V1", JAN)]
    tables["ed_visits_monthly"] = [ed_row(JAN, ed_visits=10)]
    db = Database(build(tmp_path / "x", tables), date(2025, 12, 31), "Testkälla")
    rows = {r["indicator"]: r for r in compute(db, Scope(area_code="1001"), Period(JAN, JAN),
                                                ["nsvt_mean_days", "ed_rate_80"]).to_dicts()}
    days, rate = rows["nsvt_mean_days"], rows["ed_rate_80"]
    assert (days["numerator"], days["denominator"], days["value"], days["suppressed"]) == (100, 5, 20, False)
    assert (rate["numerator"], rate["denominator"], rate["value"], rate["suppressed"]) == (10, 500, 20, False)
