"""The team-visit page's figures on the hand-made extract of tests/sql/test_team_visits.py, through the
real Source, against answers worked out there by hand. Nothing is hidden here (NVK_SUPPRESS_MIN=1)
and nothing perturbed (`true_counts`): the hiding is tested in tests/sql and tests/metrics."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.figures import team_visits
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from tests.builders import build
from tests.sql.test_team_visits import scenario


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    return Database(build(tmp_path_factory.mktemp("team_visits_figures"), scenario(),
                          extracted_on=date(2026, 2, 10)), date(2026, 2, 10), "Testkälla")


def view(db, first: date, last: date, lang: str = "sv", area: str = "R") -> View:
    choices = extract_choices(db, offered_months(db))
    return View(Selection(lang, area, first, last, "none"), choices, db.reference_date, db.source,
                page="teambesok", page_name="teambesok")


@pytest.fixture
def unhidden(monkeypatch):
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "1")


pytestmark = pytest.mark.usefixtures("true_counts", "unhidden")


def test_aprils_waits_by_the_requests_day(db):
    fig = team_visits.waits_figure(view(db, date(2025, 4, 1), date(2025, 4, 1)), Source(db))
    table = fig.table.display("sv")
    assert table.columns == ["Beställningsdag", "Beställningar", "samma dag", "efter 1 dag", "efter 2 dagar",
                             "efter 3 dagar eller fler"]
    by_day = {r["Beställningsdag"]: r for r in table.iter_rows(named=True)}
    # Friday 4 April: one the same day, one on Monday; Saturday's on Monday (2 days); Sunday's (1 day)
    assert by_day["fredag"] == {"Beställningsdag": "fredag", "Beställningar": "2", "samma dag": "50\u00a0%",
                                "efter 1 dag": "0\u00a0%", "efter 2 dagar": "0\u00a0%",
                                "efter 3 dagar eller fler": "50\u00a0%"}
    assert by_day["lördag"]["efter 2 dagar"] == "100\u00a0%"
    assert by_day["söndag"]["efter 1 dag"] == "100\u00a0%"
    # Maundy Thursday's five days and Good Friday's same-day visit
    holiday = by_day["helgdag eller dag före helgdag"]
    assert (holiday["Beställningar"], holiday["samma dag"], holiday["efter 3 dagar eller fler"]) == (
        "2", "50\u00a0%", "50\u00a0%")
    # a day without requests: no share of nothing, and no bar
    assert (by_day["måndag"]["Beställningar"], by_day["måndag"]["samma dag"]) == ("0", "uppgift saknas")
    drawn = fig.chart.to_dict()
    rows = drawn["datasets"][drawn["data"]["name"]]
    assert sorted({r["day"] for r in rows}) == ["fredag", "helgdag eller dag före helgdag", "lördag", "söndag"]
    assert len(rows) == 4 * 4
    # the period's holidays named, in order
    assert fig.notes == ("Helgdagar under perioden: Långfredagen 18 april 2025, Påskdagen 20 april 2025, "
                         "Annandag påsk 21 april 2025.",)


def test_a_period_without_holidays_says_so_in_english(db):
    fig = team_visits.waits_figure(view(db, date(2025, 3, 1), date(2025, 3, 1), "en"), Source(db))
    assert fig.notes == ("The period has no public holiday.",)
    assert fig.chart is None  # no acute request in March
    assert fig.title == "Waiting for an acute visit – Testregionen"
    assert fig.file_stem == "teambesok_vantetider_testregionen_2025-03_2025-03"


def test_a_days_small_requests_are_hidden_and_not_drawn(db, monkeypatch):
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "5")  # as published: April's days hold 1 or 2 requests each
    fig = team_visits.waits_figure(view(db, date(2025, 4, 1), date(2025, 4, 1)), Source(db))
    by_day = {r["Beställningsdag"]: r for r in fig.table.display("sv").iter_rows(named=True)}
    assert by_day["fredag"]["Beställningar"] == "<5" and by_day["fredag"]["samma dag"] == "–"
    # April's six requests in all are no small count: a day without any reads 0
    assert by_day["måndag"]["Beställningar"] == "0"
    assert fig.chart is None  # no day's bar may be drawn
    # May's one request in all is: every day's count reads "–", the 0 of the others as its own
    may = team_visits.waits_figure(view(db, date(2025, 5, 1), date(2025, 5, 1)), Source(db))
    assert {r["Beställningar"] for r in may.table.display("sv").iter_rows(named=True)} == {"–"}
