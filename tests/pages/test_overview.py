"""The start page in Streamlit's AppTest: its figures are the indicator command's, for the same month."""

from __future__ import annotations

import json
from datetime import date

from streamlit.testing.v1 import AppTest

from dashboard import formatting
from dashboard.cli import main
from dashboard.metrics.indicators import BY_ID
from dashboard.figures.overview import SECTIONS
from dashboard.metrics.periods import latest_complete_month, month_label
from dashboard.settings import ROOT
from dashboard.texts import t
from dashboard.data.validation import reference_date
from tests.builders import build
from tests.sql.test_indicators import scenario

APP = str(ROOT / "app.py")
TILE_IDS = [i for _, ids in SECTIONS for i in ids]


def run_app(monkeypatch, data_dir) -> AppTest:
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    app = AppTest.from_file(APP, default_timeout=120).run()
    assert not app.exception, app.exception
    return app


def command_figures(capsys, extract, month: str) -> dict:
    assert main(["indicators", "--data", str(extract), "--from", month, "--to", month, "--indicator", *TILE_IDS]) == 0
    return {r["indicator"]: r for r in json.loads(capsys.readouterr().out)}


def test_start_page_shows_the_command_figures_for_the_latest_month(monkeypatch, capsys, demo_data_dir):
    extract = demo_data_dir / "extracts"
    month = latest_complete_month(reference_date(extract))
    expected = command_figures(capsys, extract, month_label(month))
    app = run_app(monkeypatch, demo_data_dir)
    shown = {m.label: m.value for m in app.metric}
    assert len(shown) == len(TILE_IDS)
    for indicator_id in TILE_IDS:
        row = expected[indicator_id]
        label = t(f"indicator.{indicator_id}.name")
        assert shown[label] == formatting.indicator_value(BY_ID[indicator_id].measure, row["value"], row["suppressed"])
    assert formatting.month(month) in app.markdown[0].value
    assert "Västra Götalandsregionen" in app.markdown[0].value


def test_no_small_count_on_the_start_page(monkeypatch, demo_data_dir):
    app = run_app(monkeypatch, demo_data_dir)
    for metric in app.metric:
        value = metric.value.replace("\u00a0", "")
        assert value not in {"1", "2", "3", "4"}, metric.label


def test_reference_date_and_source_are_shown(monkeypatch, demo_data_dir):
    app = run_app(monkeypatch, demo_data_dir)
    def shown(captions):
        return any("Datauttag 12 januari 2026" in c.value and "Källa: Demodata" in c.value for c in captions)

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
