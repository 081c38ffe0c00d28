"""The units and the near-care teams serving them, with their inhabitants, as the teams-needed figure
reads them (sql/queries/nsvt_unit_teams.sql), on the hand-made extract of tests/builders.py."""

from __future__ import annotations

from datetime import date

from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.metrics.team_need import unit_teams
from tests.builders import base_tables, build, nsvt_episode


def test_every_unit_with_its_inhabitants_and_teams(tmp_path):
    tables = base_tables()
    tables["nsvt_episodes"] = [nsvt_episode("E1", date(2025, 3, 4))]  # months of follow-up to ask of
    # 2024's population is 8 000 + 1 500 + 500 in each unit; 2025 has 10 more aged 0–64 in Åby; a
    # 2026 row of Åby's is not June 2025's
    tables["population"].append({"year": 2026, "area_code": "1001", "age_band": "0-64", "population": 1})
    for row in tables["population"]:
        if (row["year"], row["area_code"], row["age_band"]) == (2025, "1001", "0-64"):
            row["population"] = 8010
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 12, 31)), date(2025, 12, 31), "Testkälla")
    rows = queries.nsvt_unit_teams(db, date(2025, 6, 1)).rows()
    # T1 serves Åby (1001) and Västra (1002-A); Östra (1002-B) has no team
    assert rows == [("1001", 10_010, "T1"), ("1002-A", 10_000, "T1"), ("1002-B", 10_000, None)]
    by_unit = {u.unit_code: u for u in unit_teams(rows, per_team=100_000)}
    # T1's 20 010 inhabitants: Åby's 10 010 of them call for 0,1001 team and have 10 010 / 20 010 of T1
    assert by_unit["1001"].available == 10_010 / 20_010 and by_unit["1001"].needed == 0.1001
    assert by_unit["1002-B"].teams == () and by_unit["1002-B"].share_of_need == 0.0
