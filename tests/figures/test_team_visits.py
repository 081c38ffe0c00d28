"""The team-visit page's figures on the hand-made extract of tests/sql/test_team_visits.py, through the
real Source, against answers worked out there by hand. Nothing is hidden here (NVK_SUPPRESS_MIN=1)
and nothing perturbed (`true_counts`): the hiding is tested in tests/sql and tests/metrics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dashboard.data.database import Database
from dashboard.figures import events, team_visits
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import Targeted, View
from tests.builders import base_tables, build, visit
from tests.sql.test_team_visits import acute, scenario


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


def test_the_years_waits_by_the_requests_day(db):
    # a period ending in April 2025 shows the whole year 2025, the waits' one window
    fig = team_visits.waits_figure(view(db, date(2025, 4, 1), date(2025, 4, 1)), Source(db))
    assert fig.subtitle == "helåret 2025"
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
    # Maundy Thursday's five days, Good Friday's same day, before Ascension Day two, Christmas Eve five
    holiday = by_day["helgdag eller dag före helgdag"]
    assert (holiday["Beställningar"], holiday["samma dag"], holiday["efter 2 dagar"],
            holiday["efter 3 dagar eller fler"]) == ("4", "25\u00a0%", "25\u00a0%", "50\u00a0%")
    # a day without requests: no share of nothing, and no bar
    assert (by_day["måndag"]["Beställningar"], by_day["måndag"]["samma dag"]) == ("0", "uppgift saknas")
    drawn = fig.chart.to_dict()
    rows = drawn["datasets"][drawn["data"]["name"]]
    assert sorted({r["day"] for r in rows}) == ["fredag", "helgdag eller dag före helgdag", "lördag", "söndag",
                                                "tisdag", "torsdag"]
    # the year's holidays named, in order
    assert fig.notes[0].startswith("Helgdagar under året: Nyårsdagen 1 januari 2025, Trettondedag jul 6 januari "
                                   "2025, Långfredagen 18 april 2025")
    assert fig.notes[0].endswith("Juldagen 25 december 2025, Annandag jul 26 december 2025.")


def test_a_period_in_a_year_not_yet_whole_shows_the_year_before(db):
    # the extract holds January 2026 only: 2026 is not whole, so the waits are 2025's
    fig = team_visits.waits_figure(view(db, date(2026, 1, 1), date(2026, 1, 1), "en"), Source(db))
    assert fig.subtitle == "the whole year 2025"
    assert fig.title == "Waiting for an acute visit – Testregionen"
    assert fig.file_stem == "teambesok_vantetider_testregionen_2026-01"
    assert fig.notes[-1] == ("The waits are published for whole calendar years only: they are the whole year 2025's, "
                             "months outside the period chosen included.")
    whole = team_visits.waits_figure(view(db, date(2025, 1, 1), date(2025, 12, 1), "en"), Source(db))
    assert not any("whole calendar years only" in note for note in whole.notes)
    # an extract with no whole year at the period's end or before it says so, with no table and no question
    from tests.figures.extracts import view as five_months  # January to May 2025
    early = team_visits.waits_figure(five_months("en"), None)
    assert early.notes == ("The waits are shown for whole calendar years, and the extract has no whole year at the "
                           "period's end.",) and early.chart is None and not early.table.height


def test_aprils_visits_planned_and_acute_in_numbers_and_per_1000_patients(db):
    # April at HC1's unit Åby (1001): 2 planned, 7 acute visits; no home-care patients in this extract
    fig = team_visits.visits_figure(view(db, date(2025, 4, 1), date(2025, 4, 1), area="1001"), Source(db))
    assert fig.table.display("sv").row(0, named=True) == {"Månad": "april 2025", "Planerade": "2", "Akuta": "7"}
    rows = fig.chart.to_dict()
    assert [(r["kind"], r["value"]) for r in rows["datasets"][rows["data"]["name"]]] == [
        ("Planerade", 2.0), ("Akuta", 7.0)]
    assert fig.link.endswith("&lang=sv") and fig.file_stem.startswith("teambesok_besok_aby")
    rate = team_visits.visits_figure(view(db, date(2025, 4, 1), date(2025, 4, 1), area="1001"), Source(db),
                                     per_1000=True)
    # no patients 65+ to count the visits against: no rate, and no bar
    assert rate.table.display("sv").row(0, named=True) == {
        "Månad": "april 2025", "Planerade": "uppgift saknas", "Akuta": "uppgift saknas",
        "Hemsjukvårdspatienter 65+": "0"}
    assert rate.chart is None and rate.link.endswith("&visits=per1000")


def test_visits_per_1000_home_care_patients_65(tmp_path):
    # twenty patients 65+ in home care in Åby all through April 2025, and a patient of 60 who is not
    # counted: 2 planned and 7 acute visits are 1 000 × 2 / 20 = 100,0 and 1 000 × 7 / 20 = 350,0
    from tests.builders import episode
    tables = scenario()
    tables["home_care_episodes"] = [episode(f"E{n}", f"P{n}", birth_year=1940, enrolled_on=date(2024, 1, 10))
                                    for n in range(20)] + [episode("Y", "PY", birth_year=1965)]
    db = Database(build(tmp_path, tables, extracted_on=date(2026, 2, 10)), date(2026, 2, 10), "Testkälla")
    fig = team_visits.visits_figure(view(db, date(2025, 4, 1), date(2025, 4, 1), area="1001"), Source(db),
                                    per_1000=True)
    assert fig.table.display("sv").row(0, named=True) == {
        "Månad": "april 2025", "Planerade": "100,0\u00a0per\u00a01\u00a0000", "Akuta": "350,0\u00a0per\u00a01\u00a0000",
        "Hemsjukvårdspatienter 65+": "20"}
    assert fig.chart.to_dict()["encoding"]["y"]["title"] == "per\u00a01\u00a0000"


def test_a_rate_is_hidden_with_either_of_its_counts():
    from dashboard.figures import tables
    from dashboard.figures.figure import Hidden
    rate = team_visits._per_1000
    assert rate(5.0, 20.0) == 250.0
    assert rate(Hidden(small=True), 20.0) == Hidden(part_small=True)  # "–", a count behind it small
    assert rate(30.0, Hidden()) == Hidden()  # "–", hidden for another's sake
    assert rate(tables.NOT_TAKING_PART, 20.0) == tables.NOT_TAKING_PART
    assert rate(5.0, 0.0) is None and rate(None, 20.0) is None


def test_the_days_centres_joined_or_left_are_the_control_charts_events(db):
    # Östra vårdcentral (HC3, 1002-B) joins the scheme on 1 March 2024; Åby's HC1 joined in 2020
    assert events.scheme_events(view(db, date(2024, 1, 1), date(2024, 12, 1), area="1002-B")) == (
        (date(2024, 3, 1), "Östra vårdcentral gick med i modellen 1 mars 2024."),)
    assert events.scheme_events(view(db, date(2024, 1, 1), date(2024, 12, 1), "en", area="R")) == (
        (date(2024, 3, 1), "Östra vårdcentral joined the scheme on 1 March 2024."),)
    assert events.scheme_events(view(db, date(2024, 4, 1), date(2024, 12, 1), area="1002-B")) == ()


def test_a_unit_with_a_recording_gap_is_named_not_ranked_last(tmp_path):
    # Åby (1001): January 6 visits, 3 as a team; February 6, none marked (a recording gap). Storstad
    # (1002, through Västra): 6 and 6, all as a team. Region: 15 of 24 = 62,5 %
    tables_ = base_tables()
    tables_["home_visits"] = (
        [visit(f"A1{n}", date(2025, 1, 10 + n), team_visit=n < 3) for n in range(6)]
        + [visit(f"A2{n}", date(2025, 2, 10 + n), team_visit=False) for n in range(6)]
        + [visit(f"B{m}{n}", date(2025, m, 10 + n), hc_id="HC2", area_code="1002-A") for m in (1, 2) for n in range(6)])
    db = Database(build(tmp_path, tables_, extracted_on=date(2025, 3, 31)), date(2025, 3, 31), "Testkälla")
    v = view(db, date(2025, 1, 1), date(2025, 2, 1), area="1001")
    assert team_visits.gap_months(v, Source(db), "units", ["1001", "1002"], "team_visit_share") == {
        "1001": [date(2025, 2, 1)]}
    fig = team_visits.ranking_figure(v, Source(db), "team_visit_share")
    assert [tuple(r.values()) for r in fig.table.display("sv").iter_rows(named=True)] == [
        ("Storstad", "100\u00a0%", "12", "12"), ("Åby", "uppgift saknas", "uppgift saknas", "12"),
        ("Testregionen", "63\u00a0%", "15", "24")]
    assert fig.notes == ("Åby rangordnas inte: besöken saknar teammarkering (februari 2025).",)
    spec = fig.chart.to_dict()
    bars = spec["datasets"][spec["layer"][0]["data"]["name"]]
    assert [b["name"] for b in bars] == ["Storstad"]  # not Åby, last at 25 %
    # Storstad's centres: Västra's 12 visits all as a team; Östra made none
    centres = team_visits.ranking_figure(view(db, date(2025, 1, 1), date(2025, 2, 1), area="1002"), Source(db),
                                         "team_visit_share", by="centres")
    assert [tuple(r.values()) for r in centres.table.display("sv").iter_rows(named=True)] == [
        ("Västra vårdcentral", "100\u00a0%", "12", "12"), ("Östra vårdcentral", "uppgift saknas", "0", "0"),
        ("Testregionen", "63\u00a0%", "15", "24")]
    assert centres.notes == () and centres.link.endswith("&indicator=team_visit_share&rank=centres")
    # the table of every unit: Åby's team share is a gap, its visits and other shares are not
    groups = team_visits.group_figure(v, Source(db))
    assert [tuple(r.values()) for r in groups.table.display("sv").iter_rows(named=True)] == [
        ("Åby", "12", "uppgift saknas", "0\u00a0%", "uppgift saknas"),
        ("Storstad", "12", "100\u00a0%", "0\u00a0%", "uppgift saknas")]
    assert groups.notes == ("Åby rangordnas inte: besöken saknar teammarkering (februari 2025).",)


def test_a_unit_whose_acute_visits_have_no_request_date_is_not_ranked(tmp_path):
    # Åby's six acute visits of March 2025 carry no request date; Storstad's six were asked for the same
    # day (Monday 3 March): all by the next weekday
    tables_ = base_tables()
    tables_["home_visits"] = (
        [visit(f"A{n}", date(2025, 3, 3), visit_kind="acute") for n in range(6)]
        + [visit(f"B{n}", date(2025, 3, 3), hc_id="HC2", area_code="1002-A", visit_kind="acute",
                 requested_on=date(2025, 3, 3)) for n in range(6)])
    db = Database(build(tmp_path, tables_, extracted_on=date(2025, 3, 31)), date(2025, 3, 31), "Testkälla")
    v = view(db, date(2025, 3, 1), date(2025, 3, 1), "en", area="1002")
    fig = team_visits.ranking_figure(v, Source(db), "acute_next_weekday")
    assert fig.notes == ("Åby is not ranked: its acute visits carry no request date (March 2025).",)
    assert [r["Area"] for r in fig.table.display("en").iter_rows(named=True)] == ["Storstad", "Åby", "Testregionen"]


def test_the_funnel_places_each_unit_against_the_regions_share(tmp_path):
    # the region's team share 60 of 100 = 60 %: Åby 10 of 50 (20 %, far below its 99,8 % limit at
    # 50 visits: 60 % ± 3,09 × √(0,6 × 0,4 / 50) = 60 ± 21,4 %), Storstad 50 of 50 (100 %, far above)
    tables_ = base_tables()
    tables_["home_visits"] = (
        [visit(f"A{n}", date(2025, 1, 1 + n % 28), team_visit=n < 10) for n in range(50)]
        + [visit(f"B{n}", date(2025, 1, 1 + n % 28), hc_id="HC2", area_code="1002-A") for n in range(50)])
    db = Database(build(tmp_path, tables_, extracted_on=date(2025, 3, 31)), date(2025, 3, 31), "Testkälla")
    fig = team_visits.funnel_figure(view(db, date(2025, 1, 1), date(2025, 1, 1), area="1001"), Source(db),
                                    "team_visit_share")
    table = {r["Område"]: r for r in fig.table.display("sv").iter_rows(named=True)}
    assert table["Åby"]["Läge mot gränserna"] == "under 99,8\u00a0%-gränsen"
    assert table["Storstad"]["Läge mot gränserna"] == "över 99,8\u00a0%-gränsen"
    assert table["Testregionen"]["Värde"] == "60\u00a0%"
    assert fig.chart is not None and fig.file_stem.startswith("teambesok_tratt-enheter_team-visit-share")
    assert fig.subtitle.startswith("januari 2025 · Andel mot antal hembesök · ")  # when: also on paper
    # with Åby's centre chosen the ranking, funnel and table of units are still Åby's among its peers
    at_centre = view(db, date(2025, 1, 1), date(2025, 1, 1), area="1001")
    at_centre = replace(at_centre, selection=replace(at_centre.selection, hc_id="HC1"))
    figs = [team_visits.funnel_figure(at_centre, Source(db), "team_visit_share"),
            team_visits.ranking_figure(at_centre, Source(db), "team_visit_share"),
            team_visits.group_figure(at_centre, Source(db))]
    assert [f.file_stem.split("_")[-2] for f in figs] == ["aby"] * 3


def test_a_days_small_requests_are_hidden_and_not_drawn(db, monkeypatch):
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "5")  # as published: 2025's days hold 1 to 4 requests each
    fig = team_visits.waits_figure(view(db, date(2025, 12, 1), date(2025, 12, 1)), Source(db))
    by_day = {r["Beställningsdag"]: r for r in fig.table.display("sv").iter_rows(named=True)}
    assert by_day["fredag"]["Beställningar"] == "<5" and by_day["fredag"]["samma dag"] == "–"
    # the year's ten requests in all are no small count: a day without any reads 0
    assert by_day["måndag"]["Beställningar"] == "0"
    assert fig.chart is None  # no day's bar may be drawn
    # Östra's one request of the year is: every day's count reads "–", the 0 of the others as its own
    ostra = team_visits.waits_figure(view(db, date(2025, 12, 1), date(2025, 12, 1), area="1002-B"), Source(db))
    assert {r["Beställningar"] for r in ostra.table.display("sv").iter_rows(named=True)} == {"–"}


def test_a_days_requests_show_beside_its_hidden_part_and_its_bar_has_the_gap(tmp_path, monkeypatch):
    # 2025's Tuesdays in Åby: 3 requests visited the same day, 9 the next (Wednesday); twelve in all
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "5")
    tuesdays = [date(2025, 3, 4), date(2025, 3, 11), date(2025, 3, 18), date(2025, 3, 25), date(2025, 9, 2),
                date(2025, 9, 9), date(2025, 9, 16), date(2025, 9, 23), date(2025, 9, 30), date(2025, 10, 7),
                date(2025, 10, 14), date(2025, 10, 21)]
    tables_ = base_tables()
    tables_["home_visits"] = [visit("P0", date(2024, 1, 15))] + [
        acute(f"A{n}", day if n < 3 else day + timedelta(days=1), day)
        for n, day in enumerate(tuesdays)]
    db = Database(build(tmp_path, tables_, extracted_on=date(2026, 2, 10)), date(2026, 2, 10), "Testkälla")
    fig = team_visits.waits_figure(view(db, date(2025, 1, 1), date(2025, 12, 1), area="1001"), Source(db))
    tuesday = {r["Beställningsdag"]: r for r in fig.table.display("sv").iter_rows(named=True)}["tisdag"]
    # the day's 12 requests read from the shown part's denominator, not lost with the hidden one's
    assert (tuesday["Beställningar"], tuesday["samma dag"], tuesday["efter 1 dag"]) == ("12", "–", "75\u00a0%")
    spec = fig.chart.to_dict()
    drawn = [(d["wait"], d["value"]) for d in spec["datasets"][spec["data"]["name"]] if d["day"] == "tisdag"]
    assert ("efter 1 dag", 0.75) in drawn and not any(w == "samma dag" and v for w, v in drawn)
    assert fig.notes[-1].startswith("7 av 8 beställningsdagar saknar stapel")  # the other days had none
    # parts perturbed apart may pass the whole: the bar is cut at 100 %
    assert spec["encoding"]["x"]["scale"] == {"domain": [0, 1], "clamp": True}


def test_a_centre_outside_the_scheme_without_visits_reads_deltar_inte_and_comes_last(tmp_path):
    # Storstad (1002): Östra (in the scheme since 2024) makes 6 visits in January 2025, 2 as a team;
    # Västra has never taken part and made none: its figures are not missing, there are none to make.
    # Åby (1001): 3 visits in January with no team mark (a gap), 5 in February all as a team: 5 of 8
    tables_ = base_tables()
    tables_["home_visits"] = (
        [visit(f"C{n}", date(2025, 1, 10 + n), hc_id="HC3", area_code="1002-B", team_visit=n < 2) for n in range(6)]
        + [visit(f"A{n}", date(2025, 1, 10 + n), team_visit=False) for n in range(3)]
        + [visit(f"B{n}", date(2025, 2, 10 + n)) for n in range(5)])
    db = Database(build(tmp_path, tables_, extracted_on=date(2025, 3, 31)), date(2025, 3, 31), "Testkälla")
    v = view(db, date(2025, 1, 1), date(2025, 2, 1), area="1002")
    fig = team_visits.ranking_figure(v, Source(db), "team_visit_share", by="centres")
    assert [tuple(r.values()) for r in fig.table.display("sv").iter_rows(named=True)] == [
        ("Östra vårdcentral", "33\u00a0%", "2", "6"),
        ("Västra vårdcentral", "deltar inte", "deltar inte", "deltar inte"), ("Testregionen", "50\u00a0%", "7", "14")]
    assert fig.notes == ("Deltar inte: vårdcentralen deltog inte i modellen vid någon månads slut under perioden och "
                         "gjorde inga besök. Den rangordnas inte.",)
    groups = team_visits.group_figure(v, Source(db), "centres")
    assert [tuple(r.values()) for r in groups.table.display("sv").iter_rows(named=True)] == [
        ("Östra vårdcentral", "6", "33\u00a0%", "0\u00a0%", "uppgift saknas"),
        ("Västra vårdcentral", "deltar inte", "deltar inte", "deltar inte", "deltar inte")]
    # the region's centres: the ranked first (Östra's 33 %), then Åby's gap (62,5 % over the period,
    # not ranked), then the centre outside the scheme
    region = team_visits.ranking_figure(view(db, date(2025, 1, 1), date(2025, 2, 1)), Source(db), "team_visit_share",
                                        by="centres")
    assert [tuple(r.values()) for r in region.table.display("sv").iter_rows(named=True)] == [
        ("Östra vårdcentral", "33\u00a0%", "2", "6"), ("Åby vårdcentral", "uppgift saknas", "uppgift saknas", "8"),
        ("Västra vårdcentral", "deltar inte", "deltar inte", "deltar inte"), ("Testregionen", "50\u00a0%", "7", "14")]
    # Västra's own months: no visits to show, and no chart of nothing
    choices = extract_choices(db, offered_months(db))
    vastra = View(Selection("sv", "1002-A", date(2025, 1, 1), date(2025, 2, 1), "none", hc_id="HC2"), choices,
                  db.reference_date, db.source, page="teambesok", page_name="teambesok")
    visits = team_visits.visits_figure(vastra, Source(db))
    assert [tuple(r.values()) for r in visits.table.display("sv").iter_rows(named=True)] == [
        ("januari 2025", "deltar inte", "deltar inte"), ("februari 2025", "deltar inte", "deltar inte")]
    assert visits.chart is None
    # Åby's one centre has the gap: none to rank, and the notes say why, in place of a funnel
    aby = view(db, date(2025, 1, 1), date(2025, 2, 1), area="1001")
    for figure in (team_visits.ranking_figure(aby, Source(db), "team_visit_share", by="centres"),
                   team_visits.funnel_figure(aby, Source(db), "team_visit_share", by="centres")):
        assert figure.chart is None and figure.notes[0].startswith("Ingen vårdcentral kan rangordnas")
        assert figure.notes[1] == "Åby vårdcentral rangordnas inte: besöken saknar teammarkering (januari 2025)."
    # and Åby's control chart names its centre's gap: the fall is a recording gap
    control = team_visits.team_control_figure(aby, Source(db))
    assert control.notes[-1].startswith("Åby vårdcentral: besöken saknar teammarkering (januari 2025).")
    # the area's stored target is on its chart (and in its link); another area's is not
    assert "target=" not in control.link
    aimed = replace(aby, targets=(Targeted("team_visit_share", "1001", 0.6), Targeted("team_visit_share", "R", 0.9)))
    assert "&target=60" in team_visits.team_control_figure(aimed, Source(db)).link
