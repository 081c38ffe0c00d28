"""The near-care team page's figures on a hand-made extract, through the real Source, against answers
worked out by hand. Nothing is hidden here (NVK_SUPPRESS_MIN=1) and nothing perturbed (`true_counts`):
the hiding is tested in tests/sql and tests/metrics."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.figures import near_care
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from tests.builders import base_tables, build, nsvt_episode

pytestmark = pytest.mark.usefixtures("true_counts")


@pytest.fixture
def db(tmp_path, monkeypatch) -> Database:
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "1")
    monkeypatch.setenv("NVK_NSVT_CAPACITY", "2")
    tables = base_tables()
    tables["nsvt_episodes"] = [
        nsvt_episode("E1", date(2025, 1, 5)), nsvt_episode("E2", date(2025, 1, 10)),
        nsvt_episode("E3", date(2025, 1, 20), date(2025, 2, 15), "home_care"),
        nsvt_episode("E4", date(2025, 3, 3)),
    ]
    return Database(build(tmp_path, tables, extracted_on=date(2025, 4, 10)), date(2025, 4, 10), "Testkälla")


def view(db, area: str = "R", team: str | None = None, lang: str = "sv") -> View:
    choices = extract_choices(db, offered_months(db))
    return View(Selection(lang, area, date(2025, 1, 1), date(2025, 3, 1), "none", team_id=team), choices,
                db.reference_date, db.source, page="narsjukvardsteam", page_name="narsjukvardsteam")


@pytest.mark.parametrize("area, team", [("R", None), ("1001", None), ("1002-A", None), ("R", "T1")])
def test_the_census_against_capacity_by_hand(db, area, team):
    # T1 serves Åby and Västra: the region's, Åby's and Västra's team, or chosen itself. At the months'
    # ends: January E1, E2, E3 (3, above 2); February E3 has left on the 15th (2); March E4 joins (3)
    fig = near_care.census_figure(view(db, area, team), Source(db))
    assert [tuple(r.values()) for r in fig.table.display("sv").iter_rows(named=True)] == [
        ("Närsjukvårdsteam Norr", "januari 2025", "3", "3", "ja"),
        ("Närsjukvårdsteam Norr", "februari 2025", "0", "2", ""),
        ("Närsjukvårdsteam Norr", "mars 2025", "1", "3", "ja")]
    assert fig.notes == ("Närsjukvårdsteam Norr: över kapaciteten (2 inskrivna) 2 av 3 månader: januari 2025, "
                         "mars 2025.",)
    spec = fig.chart.to_dict()
    rule = next(layer for layer in spec["layer"] if layer["mark"].get("type") == "rule")
    assert spec["datasets"][rule["data"]["name"]][0]["capacity"] == 2


def test_an_area_no_team_serves_says_so(db):
    fig = near_care.census_figure(view(db, "1002-B"), Source(db))
    assert fig.chart is None and not fig.table.height
    assert fig.notes == ("Inget närsjukvårdsteam betjänar området.",)


def test_every_unit_against_the_teams_it_needs(db):
    # each unit has 10 000 inhabitants; T1 serves Åby and Västra (20 000: 0,5 of T1 each), Östra none.
    # At one team per 100 000 each needs 0,1 team: Åby and Västra have 500 % of their need
    fig = near_care.need_figure(view(db, "R"), Source(db))
    assert [tuple(r.values()) for r in fig.table.display("sv").iter_rows(named=True)] == [
        ("Östra", "10\u00a0000", "inget team", "0,1", "0,0", "0\u00a0%"),
        ("Västra", "10\u00a0000", "Närsjukvårdsteam Norr", "0,1", "0,5", "500\u00a0%"),
        ("Åby", "10\u00a0000", "Närsjukvårdsteam Norr", "0,1", "0,5", "500\u00a0%")]
    assert fig.notes == ("Inget närsjukvårdsteam betjänar Östra.",)
    # an area gets its own units only
    assert near_care.need_figure(view(db, "1002"), Source(db)).table.height == 2
