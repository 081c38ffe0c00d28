"""The teams-needed arithmetic (seed 003: one near-care team per 100 000 inhabitants), by hand."""

from __future__ import annotations

import pytest

from dashboard.metrics.team_need import catchments, unit_teams

# A (60 000) and B (90 000) are served by team T alone; C (50 000) by T and U together; D (20 000)
# by no team; E's population is unknown, and U serves it too
ROWS = [("A", 60_000, "T"), ("B", 90_000, "T"), ("C", 50_000, "T"), ("C", 50_000, "U"), ("D", 20_000, None),
        ("E", None, "U")]


def test_a_teams_catchment_splits_a_shared_unit_evenly():
    # T: 60 000 + 90 000 + 25 000 (half of C); U: the other 25 000 of C (E adds nothing known)
    assert catchments(ROWS) == {"T": 175_000, "U": 25_000}


def test_each_unit_against_the_teams_it_needs():
    by_unit = {u.unit_code: u for u in unit_teams(ROWS, per_team=100_000)}
    # A needs 0,6 team and has 60/175 of T = 0,343: 57 % of its need
    assert (by_unit["A"].needed, by_unit["A"].available) == (pytest.approx(0.6), pytest.approx(60 / 175))
    assert by_unit["A"].share_of_need == pytest.approx((60 / 175) / 0.6)
    # C needs 0,5 and has 25/175 of T and 25/25 of U: 1,143 teams, 229 % of its need
    assert by_unit["C"].teams == ("T", "U")
    assert by_unit["C"].available == pytest.approx(25 / 175 + 1.0)
    # D: no team at all; E: a team, but no population to need one by
    assert (by_unit["D"].teams, by_unit["D"].available, by_unit["D"].share_of_need) == ((), 0.0, 0.0)
    assert (by_unit["E"].needed, by_unit["E"].share_of_need) == (None, None)
    assert by_unit["E"].available == 0.0  # no known people to hold a part of U by


def test_the_teams_needed_follow_the_setting():
    [a] = [u for u in unit_teams(ROWS, per_team=50_000) if u.unit_code == "A"]
    assert a.needed == pytest.approx(1.2)  # 60 000 / 50 000
