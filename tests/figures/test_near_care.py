"""The near-care team page's figures on a hand-made extract, through the real Source, against answers
worked out by hand. Nothing is hidden here (NVK_SUPPRESS_MIN=1) and nothing perturbed (`true_counts`):
the hiding is tested in tests/sql and tests/metrics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.figures import near_care
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from tests.builders import base_tables, build, ed_row, nsvt_episode, visit
from tests.sql.test_near_care_indicators import near_care_tables

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
        ("Östra", "10\u00a0000", "inget team", "0,10", "0,00", "0\u00a0%"),
        ("Västra", "10\u00a0000", "Närsjukvårdsteam Norr", "0,10", "0,50", "500\u00a0%"),
        ("Åby", "10\u00a0000", "Närsjukvårdsteam Norr", "0,10", "0,50", "500\u00a0%")]
    assert fig.notes == ("Tillsammans behöver områdena 0,3 team och har 1,0.", "Inget närsjukvårdsteam betjänar Östra.",
                         "Områden utan team är orangeröda på kartan.")
    # the map: Östra in vermilion whatever its value (the tiles are the demo region's: tests/charts)
    spec = fig.chart.to_dict()
    flagged = [layer for layer in spec["layer"] if layer["mark"].get("fill") == "#D55E00"]
    assert flagged[0]["transform"][-1] == {"filter": {"field": "area_code", "oneOf": ["1002-B"]}}
    # the colours' scale is the need, all of it met at its darkest, whatever the values' span
    fill = next(layer for layer in spec["layer"] if "fill" in layer.get("encoding", {}))["encoding"]["fill"]
    assert fill["scale"]["domain"] == [0.0, 1.0] and fill["scale"]["clamp"]
    # an area gets its own units in the table, the map the region's with the area's outlined; a team its
    # catchment
    storstad = near_care.need_figure(view(db, "1002"), Source(db))
    assert storstad.table.height == 2
    outline = storstad.chart.to_dict()["layer"][-1]
    assert outline["mark"]["stroke"] == "#1A1A1A" and outline["transform"][-1]["filter"]["oneOf"] == [
        "1002-A", "1002-B"]
    assert [r[0] for r in near_care.need_figure(view(db, "R", "T1"), Source(db)).table.frame.rows()] == [
        "Västra", "Åby"]



def test_how_the_teams_patients_left_against_all_teams_by_hand(tmp_path, monkeypatch):
    # the hand-made 2025 of tests/sql/test_near_care_indicators.py: T1's two discharges, one to home care
    # and one died; three enrolled, two from hospital and one from the emergency department. T2, in
    # Östra, enrols one from primary care in June 2025, still enrolled; a home visit, an ED row and an
    # enrolment of January 2024 make 2025 a whole year of follow-up
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "1")
    tables = near_care_tables()
    tables["nsvt_teams"].append({"team_id": "T2", "team_name": "Närsjukvårdsteam Öst", "hospital": "Östra"})
    tables["nsvt_team_areas"].append({"team_id": "T2", "area_code": "1002-B"})
    tables["nsvt_episodes"] += [nsvt_episode("E0", date(2024, 1, 8), date(2024, 1, 30), "hospital"),
                                nsvt_episode("F1", date(2025, 6, 2), team_id="T2", area_code="1002-B",
                                             referred_from="primary_care")]
    tables["home_visits"] = [visit("H0", date(2024, 1, 9))]
    tables["ed_visits_monthly"] = [ed_row(date(2024, 1, 1), ed_visits=3)]
    db = Database(build(tmp_path, tables, extracted_on=date(2026, 2, 10)), date(2026, 2, 10), "Testkälla")
    choices = extract_choices(db, offered_months(db))
    v = View(Selection("sv", "1001", date(2025, 1, 1), date(2025, 12, 1), "region"), choices, db.reference_date,
             db.source, page="narsjukvardsteam", page_name="narsjukvardsteam")
    reasons = near_care.outcome_figure(v, Source(db), "reasons")
    assert reasons.subtitle == "helåret 2025"
    assert reasons.file_stem == "narsjukvardsteam_orsaker_aby_2025-01_2025-12"  # named in Swedish throughout
    shown = [tuple(r.values()) for r in reasons.table.display("sv").iter_rows(named=True)]
    # T1 (Åby's team): 1 of 2 to home care, 1 of 2 died; all teams the same, T2 having discharged none
    none = ("0\u00a0%",) * 4
    # Åby's own patients are T1's: the same
    assert shown == [("Boende i Åby", "2", "50\u00a0%", "50\u00a0%", *none),
                     ("Närsjukvårdsteam Norr", "2", "50\u00a0%", "50\u00a0%", *none),
                     ("Alla team", "2", "50\u00a0%", "50\u00a0%", *none)]
    sources = near_care.outcome_figure(v, Source(db), "sources")
    # T1: 2 of 3 from hospital, 1 from the ED; all teams: 2 of 4, 1 of 4 from primary care (T2's), 1 of 4 ED
    assert [tuple(r.values()) for r in sources.table.display("sv").iter_rows(named=True)] == [
        ("Boende i Åby", "3", "67\u00a0%", "0\u00a0%", "0\u00a0%", "33\u00a0%", "0\u00a0%"),
        ("Närsjukvårdsteam Norr", "3", "67\u00a0%", "0\u00a0%", "0\u00a0%", "33\u00a0%", "0\u00a0%"),
        ("Alla team", "4", "50\u00a0%", "25\u00a0%", "0\u00a0%", "25\u00a0%", "0\u00a0%")]
    drawn = sources.chart.to_dict()
    dots = drawn["datasets"][drawn["data"]["name"]]
    assert {(d["series"], d["part"], d["is_comparison"]) for d in dots if d["value"]} == {
        ("Boende i Åby", "sjukhus", False), ("Boende i Åby", "akutmottagning", False),
        ("Närsjukvårdsteam Norr", "sjukhus", False), ("Närsjukvårdsteam Norr", "akutmottagning", False),
        ("Alla team", "sjukhus", True), ("Alla team", "primärvård", True), ("Alla team", "akutmottagning", True)}
    # without a comparison, no all teams' row (the region's own view keeps it: it is its subject)
    alone = View(replace(v.selection, compare="none"), v.choices, db.reference_date, db.source,
                 page="narsjukvardsteam", page_name="narsjukvardsteam")
    assert near_care.outcome_figure(alone, Source(db), "reasons").table.frame["Team"].to_list() == [
        "Boende i Åby", "Närsjukvårdsteam Norr"]
    # a period inside 2025 shows the whole year, and says so
    march = View(Selection("sv", "1001", date(2025, 3, 1), date(2025, 3, 1), "none"), v.choices, db.reference_date,
                 db.source, page="narsjukvardsteam", page_name="narsjukvardsteam")
    assert near_care.outcome_figure(march, Source(db), "staff").notes[-1].startswith(
        "Redovisas bara för hela kalenderår: siffrorna gäller helåret 2025")



def test_an_extract_without_a_whole_year_says_so_in_the_pages_own_words():
    from tests.figures.extracts import view as five_months  # January to May 2025

    fig = near_care.outcome_figure(five_months("en"), None, "reasons")
    assert fig.notes == ("Published for whole calendar years, and the extract has no whole year at the period's "
                         "end.",) and fig.chart is None and not fig.table.height
