"""The start page in Streamlit's AppTest, on a hand-made extract whose figures are worked out by hand
(tests/pages/start_extract.py), and on the demo extract for what must hold everywhere."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

from dashboard.settings import ROOT
from tests.builders import build
from tests.pages import start_extract
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
    assert len(app.dataframe) == len(TABLES)
    return app.dataframe[TABLES.index(key)].value


def test_tiles_show_the_hand_computed_figures_of_the_last_month(page):
    shown = tiles(page)
    assert shown["Erbjudna mobil läkare, 65+"] == ("65\u00a0%", "+15,0 procentenheter")
    assert shown["Hembesök av mobil läkare"] == ("9", "+3")
    assert shown["Akutbesök"] == ("30", "-10")
    assert shown["Akutbesök per 1 000 invånare 80+"] == ("60,0 per 1\u00a0000", "-20,0")
    assert shown["Återinskrivningar inom 30 dagar"] == ("–", "")
    assert shown["Inskrivna i närsjukvårdsteam"] == ("–", "")
    colours = {m.label: MetricProto.MetricColor.Name(m.proto.color) for m in page.metric}
    # more coverage is good and fewer ED visits is good: both green; home visits are not judged
    assert colours["Erbjudna mobil läkare, 65+"] == colours["Akutbesök"] == "GREEN"
    assert colours["Hembesök av mobil läkare"] == "GRAY"
    notes = texts(page.main.caption)
    assert {"Testregionen: 43\u00a0%", "Testregionen: 50", "Testregionen: 33,3 per 1\u00a0000",
            "Testregionen: 27\u00a0%"} <= set(notes)


def test_the_tables_behind_the_tiles_hold_the_numbers(page):
    mobile = table(page, "overview_mobile_doctor").set_index("Indikator")
    assert mobile.loc["Erbjudna mobil läkare, 65+"].to_dict() == {
        "december 2025": "65\u00a0%", "november 2025": "50\u00a0%", "Förändring": "+15,0 procentenheter",
        "Testregionen": "43\u00a0%"}
    ed = table(page, "overview_ed").set_index("Indikator")
    assert ed.loc["Akutbesök"].to_dict() == {"december 2025": "30", "november 2025": "40", "Förändring": "\u221210",
                                             "Testregionen": "50"}
    assert ed.loc["Återinskrivningar inom 30 dagar"].to_dict() == {
        "december 2025": "–", "november 2025": "30\u00a0%", "Förändring": "–", "Testregionen": "27\u00a0%"}


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
    assert "- Punkt över övre styrgränsen i december 2025 (förbättring)" in notes


def test_choosing_an_indicator_and_the_run_chart(page):
    page.selectbox(key="overview_indicator").set_value("ed_visits").run()
    trend = table(page, "overview_trend")
    assert trend["Värde"].to_list() == ["40", "44", "38", "40", "30", "60", "64", "58", "60", "50"]
    assert "- Inga signaler: variationen ligger inom det förväntade." in "\n".join(texts(page.main.markdown))
    page.toggle(key="overview_run_chart").set_value(True).run()
    control = table(page, "overview_control")
    assert control.columns.to_list() == ["Månad", "Värde", "Median", "Signal"]
    assert control["Median"].to_list() == ["40,0"] * 5


@pytest.mark.usefixtures("true_counts")
def test_english_texts_and_formats(monkeypatch, hand_made):
    app = run_app(monkeypatch, hand_made, **start_extract.LINK, lang="en")
    shown = tiles(app)
    assert shown["Offered a mobile doctor, 65+"] == ("65%", "+15.0 percentage points")
    assert shown["ED visits per 1,000 aged 80+"] == ("60.0 per 1,000", "-20.0")
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
