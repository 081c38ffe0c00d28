"""The start page in Streamlit's AppTest, on a hand-made extract whose figures are worked out by hand
(tests/pages/start_extract.py), and on the demo extract for what must hold everywhere."""

from __future__ import annotations

import base64
import re
from datetime import date

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

from dashboard.settings import ROOT
from tests.builders import build
from tests.pages import start_extract
from tests.pages.shown_tables import tables
from tests.sql.test_indicators import scenario

APP = str(ROOT / "app.py")


def run_app(monkeypatch, data_dir, **params) -> AppTest:
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(params)
    app.run()
    assert not app.exception, app.exception
    return app


@pytest.fixture
def page(monkeypatch, hand_made, request) -> AppTest:
    request.getfixturevalue("true_counts")  # expectations worked out from the true counts
    return run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv")


def tiles(app: AppTest) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.proto.delta) for m in app.metric}


def texts(elements) -> list[str]:
    return [e.value.replace("\\", "") for e in elements]  # as rendered: Markdown's escapes removed


#: The page's tables in the order it shows them (for an area: three sections, the trend, the control chart).
TABLES = ("overview_mobile_doctor", "overview_nsvt", "overview_ed", "overview_trend", "overview_control")


def table(app: AppTest, key: str):
    assert len(tables(app)) == len(TABLES)
    return tables(app)[TABLES.index(key)]


def test_tiles_show_the_hand_computed_figures_of_the_last_month(page):
    shown = tiles(page)
    assert shown["Erbjudna mobil läkare, 65+"] == ("65\u00a0%", "+15,0 procentenheter")
    assert shown["Hembesök av mobil läkare"] == ("9", "+3 besök")
    # a true minus sign, and the change in the indicator's unit
    assert shown["Akutbesök"] == ("30", "\u221210 besök")
    assert shown["Akutbesök per 1 000 invånare 80+"] == ("60,0\u00a0per\u00a01\u00a0000",
                                                          "\u221220,0\u00a0per\u00a01\u00a0000")
    assert shown["Återinskrivningar inom 30 dagar"] == ("–", "")
    assert shown["Inskrivna i närsjukvårdsteam"] == ("–", "")
    assert shown["Fast vårdkontakt, 65+"] == ("0\u00a0%", "±0,0 procentenheter")
    # every change is grey; its arrow only says which way it went, and an unchanged value has none
    assert {MetricProto.MetricColor.Name(m.proto.color) for m in page.metric} == {"GRAY"}
    arrows = {m.label: MetricProto.MetricDirection.Name(m.proto.direction) for m in page.metric}
    assert (arrows["Erbjudna mobil läkare, 65+"], arrows["Akutbesök"], arrows["Fast vårdkontakt, 65+"]) == (
        "UP", "DOWN", "NONE")
    # the judgement is each tile's status, by its control chart: coverage 50, 50, 50, 50, 65 % has mean 53 %,
    # mean moving range 3,75 points, upper limit 53 + 2,66 × 3,75 = 63,0 %: December's 65 % lies above it
    badges = [m.value for m in page.main.markdown if "-badge[" in m.value]
    assert len(badges) == len(page.metric)
    assert badges[0] == ":blue-badge[:material/thumb_up: Förbättring]"
    notes = texts(page.main.caption)
    assert {"Testregionen: 43\u00a0%", "Antal: jämförs inte med Testregionen",
            "Testregionen: 33,3\u00a0per\u00a01\u00a0000",
            "Testregionen: 27\u00a0%"} <= set(notes)


def test_the_tables_behind_the_tiles_hold_the_numbers(page):
    mobile = table(page, "overview_mobile_doctor").set_index("Indikator")
    assert mobile.loc["Erbjudna mobil läkare, 65+"].to_dict() == {
        "december 2025": "65\u00a0%", "november 2025": "50\u00a0%", "Förändring": "+15,0 procentenheter",
        "Testregionen": "43\u00a0%", "Signal": "Förbättring"}
    ed = table(page, "overview_ed").set_index("Indikator")
    # 40, 44, 38, 40, 30: mean 38,4, mean moving range 5,5, lower limit 38,4 − 14,63 = 23,77 and 2σ line
    # 28,65: December's 30 lies inside both, so a fall of 10 is no signal, from too few months to say so
    assert ed.loc["Akutbesök"].to_dict() == {"december 2025": "30", "november 2025": "40", "Förändring": "\u221210",
                                             "Testregionen": "jämförs inte", "Signal": "För få månader"}
    # December's readmissions are hidden: November's standing can't be read as December's
    assert ed.loc["Återinskrivningar inom 30 dagar"].to_dict() == {
        "december 2025": "–", "november 2025": "30\u00a0%", "Förändring": "–", "Testregionen": "27\u00a0%",
        "Signal": "Senaste månaden dold"}


def changed(page) -> list:
    """The lines of what changed: the page's links that open this page at its chart."""
    return [link for link in page.get("page_link") if "at=utveckling" in link.proto.query_string]


def test_what_changed_opens_the_page_with_each_signal_linked_to_its_chart(page):
    lines = [link.proto.label.replace("\\", "") for link in changed(page)]
    # coverage's rise above its limit (see the control chart below), an improvement, with the need
    # reached after it in the tiles' order. Home visits 0, 0, 0, 6, 9: mean 3, moving ranges 0, 0, 6, 3
    # (mean 2,25), upper limit 3 + 5,985 = 8,985, which its control table prints 9,0: December's 9 reads
    # as the limit itself, so it lies on it, not beyond
    assert lines[0] == "Erbjudna mobil läkare, 65+: över den övre styrgränsen i december 2025 (förbättring, pågår)"
    assert len(lines) == 2 and lines[1].startswith("Nådd andel av behovet: ")
    # each opens this page on its indicator, with the selection and nothing else, at its chart
    assert changed(page)[0].proto.query_string == (
        "area=1001&from=2025-08&to=2025-12&compare=region&lang=sv&indicator=coverage_offered_65&at=utveckling")


def scrolls(app: AppTest) -> list[str]:
    return [e.proto.body for e in app.get("html") if "scrollIntoView" in e.proto.body]


def test_each_tile_draws_its_months_as_a_line(page):
    drawings = {re.search(r'alt="([^"]*)"', e.proto.body).group(1):
                base64.b64decode(re.search(r"base64,([^\"]*)", e.proto.body).group(1)).decode()
                for e in page.get("html") if e.proto.body.startswith("<img")}
    # coverage 50, 50, 50, 50, 65 % from August to December: x every 25 units, 50 % at the bottom
    # (y 27), 65 % at the top (y 3)
    coverage = drawings["Erbjudna mobil läkare, 65+ månad för månad under perioden"]
    assert ' d="M0.00,27.00 L25.00,27.00 L50.00,27.00 L75.00,27.00 L100.00,3.00"' in coverage
    assert 'stroke="#1F77B4"' in coverage  # its signal's blue (an improvement); a tile without one is grey
    # none is Streamlit's own (a Vega view each)
    assert all(not m.proto.chart_data for m in page.metric)


def test_a_page_opened_from_a_link_opens_at_its_top(page):
    # the link names an indicator, but no choice came before it in the session: no scroll (a line of
    # what changed, followed in the browser, does scroll: tests/browser/test_start_page.py)
    assert [e for e in page.get("html") if "scrollIntoView" in e.proto.body] == []
    assert [h.proto.anchor for h in page.subheader if h.proto.anchor] == ["utveckling"]
    page.selectbox(key="overview_indicator").set_value("ed_visits").run()  # a choice in the page: no scroll
    assert [e for e in page.get("html") if "scrollIntoView" in e.proto.body] == []


def test_the_trend_and_control_chart_of_the_first_indicator(page):
    trend = table(page, "overview_trend")
    assert trend["Värde"].to_list() == ["50\u00a0%"] * 4 + ["65\u00a0%"] + ["33\u00a0%"] * 4 + ["43\u00a0%"]
    assert trend["Täljare"].to_list() == ["10"] * 4 + ["13"] + ["10"] * 4 + ["13"]
    # 0.5, 0.5, 0.5, 0.5, 0.65: mean 0.53, moving ranges 0, 0, 0, 0.15 (mean 0.0375):
    # limits 0.53 ± 2.66 × 0.0375 = 0.53 ± 0.09975, shown to a tenth of a percent
    control = table(page, "overview_control")
    assert control["Värde"].to_list() == ["50,0\u00a0%"] * 4 + ["65,0\u00a0%"]
    assert control["Medel"].to_list() == ["53,0\u00a0%"] * 5
    assert control["Övre styrgräns"].to_list() == ["63,0\u00a0%"] * 5
    assert control["Nedre styrgräns"].to_list() == ["43,0\u00a0%"] * 5
    assert control["Signal"].to_list() == [""] * 4 + ["Förbättring"]
    notes = "\n".join(texts(page.main.markdown)).splitlines()
    assert "- Senaste månaden: förbättring (höga värden)" in notes
    assert "- Över den övre styrgränsen i december 2025 (förbättring, pågår)" in notes


def test_choosing_an_indicator_and_the_run_chart(page):
    page.selectbox(key="overview_indicator").set_value("ed_visits").run()
    trend = table(page, "overview_trend")
    assert trend["Värde"].to_list() == ["40", "44", "38", "40", "30"]  # a count is drawn without the region
    assert ("- Inga signaler bland 5 visade månader, men minst 7 behövs innan de säger att inget har ändrats."
            in "\n".join(texts(page.main.markdown)))
    page.toggle(key="overview_run_chart").set_value(True).run()
    control = table(page, "overview_control")
    assert control.columns.to_list() == ["Månad", "Värde", "Median", "Signal"]
    assert control["Median"].to_list() == ["40,0"] * 5


@pytest.mark.usefixtures("true_counts")
def test_english_texts_and_formats(monkeypatch, hand_made):
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="en")
    shown = tiles(app)
    assert shown["Offered a mobile doctor, 65+"] == ("65%", "+15.0 percentage points")
    assert shown["ED visits per 1,000 aged 80+"] == ("60.0\u00a0per\u00a01,000", "\u221220.0\u00a0per\u00a01,000")
    assert "Testregionen: 43%" in texts(app.main.caption)


def test_no_small_count_on_the_start_page(monkeypatch, demo_data_dir):
    app = run_app(monkeypatch, demo_data_dir)
    for metric in app.metric:
        value = metric.value.replace("\u00a0", "")
        assert value not in {"1", "2", "3", "4"}, metric.label
    shares = [m.value for m in app.metric if m.value.endswith("%")]
    assert len(shares) >= 5  # the demo region's shares are shown, not hidden


def test_reference_date_and_source_are_shown(monkeypatch, demo_data_dir):
    app = run_app(monkeypatch, demo_data_dir)

    def shown(captions):
        return any("Datauttag 12 januari 2026" in c and "Källa: Demodata" in c for c in texts(captions))

    assert shown(app.main.caption) and shown(app.sidebar.caption)


def test_a_new_ingest_is_picked_up_without_a_restart(monkeypatch, tmp_path, demo_extract):
    from dashboard.data.ingest import ingest

    data_dir = tmp_path / "data"
    ingest(demo_extract, data_dir)
    first = run_app(monkeypatch, data_dir)
    assert "12 januari 2026" in first.caption[0].value
    ingest(build(tmp_path / "small", scenario(), extracted_on=date(2025, 12, 31), source="Nytt uttag"), data_dir)
    # the same process (as a running server) serves the next visit from the new extract
    again = run_app(monkeypatch, data_dir)
    assert "31 december 2025" in again.caption[0].value and "Nytt uttag" in again.caption[0].value


def test_without_an_extract_the_page_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("NVK_DATA_DIR", str(tmp_path))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    assert "Det finns inget datauttag" in app.error[0].value and "ingest" in app.error[0].value


def test_the_page_choices_come_from_the_link_and_go_back_into_it(monkeypatch, hand_made, request):
    request.getfixturevalue("true_counts")
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv", indicator="ed_visits",
                  rebase="2025-10", target="35")
    assert app.selectbox(key="overview_indicator").value == "ed_visits"
    assert app.multiselect(key="overview_rebase").value == [date(2025, 10, 1)]
    assert app.multiselect(key="overview_rebase").proto.select_all == 0  # no English "Select all"
    assert app.text_input(key="overview_target").value == "35"
    assert app.text_input(key="overview_target").label == "Mål, antal (valfritt)"  # ED visits are a count
    assert not app.main.warning
    # choosing another indicator forgets the target typed for the first one's unit, and the link says so
    app.selectbox(key="overview_indicator").set_value("coverage_offered_65").run()
    assert app.text_input(key="overview_target").value == ""
    assert app.text_input(key="overview_target").label == "Mål i procent (valfritt)"
    assert app.query_params["indicator"] == "coverage_offered_65" and "target" not in app.query_params
    assert app.query_params["rebase"] == "2025-10"


@pytest.mark.parametrize("indicator, target, kept", [
    ("coverage_offered_65", "150", ""), ("coverage_offered_65", "100", "100"),  # a share: 0–100 %
    ("coverage_offered_65", "87.5", "87,5"),  # a link's decimal point, shown with a Swedish comma
    ("ed_visits", "-5", ""), ("ed_visits", "150", "150"),  # a count: from 0
])
def test_a_target_the_indicator_cannot_reach_is_named_and_left_out(monkeypatch, hand_made, indicator, target, kept):
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv", indicator=indicator, target=target)
    warnings = texts(app.main.warning)  # as rendered: Markdown's escapes removed
    assert any(f"target={target}" in w for w in warnings) == (kept == ""), warnings
    assert app.text_input(key="overview_target").value == kept


def test_a_target_typed_with_a_decimal_comma_is_read_as_a_swede_means_it(monkeypatch, hand_made):
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv")
    app.text_input(key="overview_target").input("87,5").run()
    assert app.query_params["target"] == "87.5"  # not 875
    assert app.text_input(key="overview_target").value == "87,5"
    assert not app.error
    english = run_app(monkeypatch, hand_made, **{**app.query_params, "lang": "en"})  # the link opened in English
    assert english.text_input(key="overview_target").value == "87.5"


@pytest.mark.parametrize("typed", ["åtta", "87,5,1", "150", "1e3", "<b>9</b>"])
def test_a_target_that_cannot_be_read_is_named_and_the_one_before_stays(monkeypatch, hand_made, typed):
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv", target="80")
    app.text_input(key="overview_target").input(typed).run()
    assert [e.value for e in app.error] and typed in texts(app.error)[0], texts(app.error)
    assert "från 0 till 100" in app.error[0].value and "Målet är oförändrat" in app.error[0].value
    # a number out of reach is said to be so, not unreadable
    reason = "ligger utanför det möjliga" if typed == "150" else "kan inte läsas som ett tal"
    assert reason in app.error[0].value
    assert app.text_input(key="overview_target").value == "80"  # what was there stays there
    assert app.query_params["target"] == "80"
    app.run()
    assert not app.error  # named once, for what was just typed


def test_a_page_choice_the_link_gets_wrong_is_named_and_replaced_by_the_default(monkeypatch, hand_made, request):
    request.getfixturevalue("true_counts")
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv", indicator="<b>x</b>", target="NaN",
                  rebase="2025-10,2025-10,2030-01")
    warnings = [w.value for w in app.main.warning]
    assert any("indicator=" in w and "x" in w for w in warnings), warnings
    assert any("target=NaN" in w for w in warnings)
    # the bad part named, the good one kept once: no "the default is shown"
    assert any("rebase innehåller 2030-01" in w and "resten visas" in w for w in texts(app.main.warning)), warnings
    assert app.selectbox(key="overview_indicator").value == "coverage_offered_65"
    assert app.multiselect(key="overview_rebase").value == [date(2025, 10, 1)]  # the good one is kept, once
    assert app.text_input(key="overview_target").value == ""
    assert app.query_params["indicator"] == "coverage_offered_65"
    # the notice is for the link: the next run has none
    app.run()
    assert not app.main.warning


def test_the_page_choices_survive_a_page_switch(monkeypatch, hand_made, request):
    request.getfixturevalue("true_counts")
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="sv")
    app.selectbox(key="overview_indicator").set_value("ed_visits").run()
    app.toggle(key="overview_run_chart").set_value(True).run()
    app.switch_page("pages/tackning.py").run()
    assert not app.exception
    app.switch_page("pages/overview.py").run()
    assert app.selectbox(key="overview_indicator").value == "ed_visits"
    assert app.toggle(key="overview_run_chart").value is True
    assert app.query_params["chart"] == "run"
