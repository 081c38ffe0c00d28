"""The coverage page in AppTest: on a hand-made extract it shows the numbers worked out by hand, and on
the demo extract no count from 1 to 4 anywhere."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data.ingest import ingest
from tests.builders import base_tables, build, episode, visit
from tests.pages.shown_tables import opened, tables

SMALL = {"1", "2", "3", "4"}
HIDDEN = {"<5", "–"}
#: Columns that hold words, months or shares, not counts: a share may read 1–4 %, and never as a bare digit.
WORDS = {"Värde", "Fast vårdkontakt", "Teambesök", "Deltar sedan", "Deltog till", "Vårdcentral", "Område", "Månad",
         "Driftform", "Läge mot gränserna", "Lägst", "Högst", "Lägsta värde", "Högsta värde", "Andel nådda",
         "Listade utanför modellen"}


def hand_made() -> dict:
    """Patients 65+ at the end of November and December 2025, every one enrolled long before:

    unit (centre)          patients  with a doctor  fixed contact  home visits (team)
    Åby (HC1, in scheme)         40             30             20     1 (1)
    Västra (HC2, outside)        20             10              0     3 (2)
    Östra (HC3, in scheme)       30             20             10    12 (6)

    Every unit has 2 000 inhabitants 65+ (tests.builders.population)."""
    tables = base_tables()
    episodes, n = [], 0
    for unit, hc, patients, doctor, fixed in (("1001", "HC1", 40, 30, 20), ("1002-A", "HC2", 20, 10, 0),
                                               ("1002-B", "HC3", 30, 20, 10)):
        for i in range(patients):
            n += 1
            episodes.append(episode(f"E{n}", f"P{n}", area_code=unit, hc_id=hc, enrolled_on=date(2024, 1, 10),
                                    mobile_doctor_from=date(2024, 4, 1) if i < doctor else None,
                                    fixed_contact=i < fixed))
    tables["home_care_episodes"] = episodes
    # follow-up starts with the first visit: Åby's in January opens the year to choose from
    tables["home_visits"] = (
        [visit("V0", date(2025, 1, 15), patient_key="P1")]
        + [visit(f"VA{i}", date(2025, 12, 2), patient_key="P41", hc_id="HC2", area_code="1002-A", team_visit=i < 2)
         for i in range(3)]
        + [visit(f"VB{i}", date(2025, 12, 3), patient_key="P61", hc_id="HC3", area_code="1002-B", team_visit=i < 6)
           for i in range(12)])
    return tables


def open_page(monkeypatch, data_dir, **link) -> AppTest:
    return opened(monkeypatch, data_dir, "tackning.py", **link)


def table(app, *columns: str):
    return next(d for d in tables(app) if set(columns) <= set(d.columns))


def captions(app) -> list[str]:
    """Captions as Streamlit holds them: data-made text has Markdown's characters escaped (`\\:`)."""
    return [c.value for c in app.caption]


def metric(app, label: str):
    return next(m for m in app.metric if m.label == label)


@pytest.fixture(scope="module")
def hand_made_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("coverage_data")
    ingest(build(tmp_path_factory.mktemp("coverage_extract"), hand_made(), extracted_on=date(2026, 1, 12)), data_dir)
    return data_dir


@pytest.fixture
def page(monkeypatch, hand_made_dir, request):
    request.getfixturevalue("true_counts")  # expectations worked out from the true counts
    return open_page(monkeypatch, hand_made_dir, area="1002", **{"from": "2025-11", "to": "2025-12"},
                     compare="region", lang="sv")


def test_map_shows_every_unit(page):
    # Åby 30 / 40, Östra 20 / 30, Västra 10 / 20
    shown = table(page, "Område", "Värde", "Täljare", "Nämnare")
    assert shown.to_dict("list") == {"Område": ["Åby", "Östra", "Västra"],
                                     "Värde": ["75\u00a0%", "67\u00a0%", "50\u00a0%"],
                                     "Täljare": ["30", "20", "10"], "Nämnare": ["40", "30", "20"]}


def test_ranking_funnel_and_trend(page):
    frames = tables(page)
    # the municipalities, then the region: Storstad 30 / 50, the region 60 / 90
    ranking = next(f for f in frames if list(f["Område"]) == ["Åby", "Storstad", "Testregionen"])
    assert list(ranking["Värde"]) == ["75\u00a0%", "60\u00a0%", "67\u00a0%"]
    # around 2/3 the 95 % limits at n = 40 are 0.52–0.81 and at n = 50 0.54–0.80: both lie inside
    funnel = table(page, "Läge mot gränserna")
    assert list(funnel["Läge mot gränserna"]) == ["inom gränserna", "inom gränserna"]
    trend = table(page, "Område", "Månad")
    assert trend.to_dict("list") == {
        "Område": ["Storstad", "Storstad", "Testregionen", "Testregionen"],
        "Månad": ["november 2025", "december 2025"] * 2, "Värde": ["60\u00a0%", "60\u00a0%", "67\u00a0%", "67\u00a0%"],
        "Täljare": ["30", "30", "60", "60"], "Nämnare": ["50", "50", "90", "90"]}


def test_equal_care_and_listing_effect(page):
    # municipalities: Storstad 60 %, Åby 75 %: 75 / 60 = 1,25, the same in November
    assert (metric(page, "Lägst").value, metric(page, "Lägst").delta) == ("60\u00a0%", "Storstad")
    assert (metric(page, "Högst").value, metric(page, "Högst").delta) == ("75\u00a0%", "Åby")
    assert metric(page, "Kvot högst/lägst").value == "1,25"
    assert "vid periodens början\\: 1,25" in captions(page)
    # Storstad's 50 patients: Västra's 20 are listed at HC2, outside the scheme, 10 of them without a doctor
    assert metric(page, "Listade utanför modellen").value == "40\u00a0%"
    assert metric(page, "Patienter listade utanför").value == "20"
    assert metric(page, "varav utan mobil läkare").value == "10"


def test_centre_table_hides_the_small_cells_and_sorts(page):
    centres = table(page, "Vårdcentral")
    # HC2's 3 visits over the year read "–": its months with visits are small, and a hidden month
    # enters no shown sum; HC3's 12 are shown (published with noise, the area's 15 minus them is no
    # count of HC2's); HC2's team share 2 / 3 is hidden with its small parts; HC2 takes no part, so its
    # 0 % with a mobile doctor as the fixed contact reads "deltar inte" (its 10 with another centre's
    # mobile doctor stay a number)
    assert centres.to_dict("list") | {"Deltar sedan": None} == {
        "Vårdcentral": ["Östra vårdcentral", "Västra vårdcentral"], "Driftform": ["offentlig", "privat"],
        "Deltar sedan": None, "Deltog till": ["", ""],
        "Listade patienter 65+ med hemsjukvård": ["30", "20"], "varav med mobil läkare": ["20", "10"],
        "Fast vårdkontakt": ["33\u00a0%", "deltar inte"], "Hembesök": ["12", "–"], "Teambesök": ["50\u00a0%", "–"]}
    assert list(centres["Deltar sedan"]) == ["2024-03-01", ""]
    page.selectbox(key="coverage_sort").set_value("centre.name").run()
    assert list(table(page, "Vårdcentral")["Vårdcentral"]) == ["Västra vårdcentral", "Östra vårdcentral"]
    assert page.query_params["sort"] == "name"  # the sort joins the link


@pytest.mark.usefixtures("true_counts")
def test_the_pages_choices_come_from_the_link(monkeypatch, hand_made_dir):
    app = open_page(monkeypatch, hand_made_dir, area="1002", **{"from": "2025-11", "to": "2025-12"},
                    compare="region", lang="sv", sort="name", indicator="fixed_contact_65")
    assert app.selectbox(key="coverage_sort").value == "centre.name"
    assert app.segmented_control(key="coverage_indicator").value == "fixed_contact_65"
    assert list(table(app, "Vårdcentral")["Vårdcentral"]) == ["Västra vårdcentral", "Östra vårdcentral"]
    assert not app.main.warning
    wrong = open_page(monkeypatch, hand_made_dir, area="1002", lang="sv", sort="<i>x</i>")
    assert any("sort=" in w.value for w in wrong.main.warning)
    assert wrong.selectbox(key="coverage_sort").value == "centre.patients_65"


def test_need_against_the_population(page):
    # 4 000 inhabitants 65+: 200 most ill, 400 more multi-failing, 400 more frail; 600 / 250 = 2,4 doctors;
    # 30 reached: 5 % of the 600, 30 / 250 = 0,1 doctors
    assert [metric(page, label).value for label in ("Mest sjuka",
                                                    "Multisviktande", "Sköra")] \
        == ["200", "400", "400"]
    assert metric(page, "Nådda patienter").value == "30"
    assert "av de mest sjuka och multisviktande\\: 5\u00a0%" in captions(page)
    assert metric(page, "Läkare som behövs").value == "2,4"
    assert "för de nådda\\: 0,1" in captions(page)
    assert any("4\u00a0000 invånare" in c for c in captions(page))


def test_every_table_shows_numbers(page):
    assert len(tables(page)) == 8
    for frame in tables(page):
        counts = [c for c in frame.columns if c not in WORDS]
        assert any(v not in HIDDEN | {""} for c in counts for v in frame[c]), list(frame.columns)


@pytest.mark.usefixtures("true_counts")
def test_the_page_in_english(monkeypatch, hand_made_dir):
    app = open_page(monkeypatch, hand_made_dir, area="1002", **{"from": "2025-11", "to": "2025-12"}, lang="en")
    assert metric(app, "Ratio highest/lowest").value == "1.25"
    assert metric(app, "Doctors needed").value == "2.4"
    assert app.title[0].value == "Coverage"


@pytest.mark.parametrize("area", ["14", "1480-ML", "1480-ANG", "1438", "1480", "14-SKA"])
def test_no_count_from_1_to_4_anywhere(monkeypatch, demo_data_dir, area):
    app = open_page(monkeypatch, demo_data_dir, area=area, lang="sv")
    assert tables(app) and app.metric
    # a page that hid everything would pass what follows: every table shows numbers of its own
    for frame in tables(app):
        shown = [v for c in set(frame.columns) - WORDS for v in frame[c].astype(str) if v not in HIDDEN | {""}]
        assert any(any(ch.isdigit() for ch in v) for v in shown), (area, list(frame.columns))
    for frame in tables(app):
        for column in set(frame.columns) - WORDS:
            assert not set(frame[column].astype(str)) & SMALL, (area, column)
    for item in app.metric:
        assert item.value.replace("\u00a0", "") not in SMALL, (area, item.label)
