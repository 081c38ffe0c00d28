"""The coverage page in AppTest: its figures are the indicator command's, and no small count shows."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import formatting
from dashboard.cli import main
from dashboard.settings import ROOT

APP = str(ROOT / "app.py")
SMALL = {"1", "2", "3", "4"}


def open_page(monkeypatch, data_dir, **link) -> AppTest:
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(link)
    app.run()
    app.switch_page("pages/tackning.py").run()
    assert not app.exception, app.exception
    return app


def command(capsys, extract, *args) -> list[dict]:
    assert main(["indicators", "--data", str(extract), *args]) == 0
    return json.loads(capsys.readouterr().out)


def table(app, *columns: str):
    return next(d.value for d in app.dataframe if set(columns) <= set(d.value.columns))


@pytest.fixture
def page(monkeypatch, demo_data_dir):
    return open_page(monkeypatch, demo_data_dir, area="1480-ML", **{"from": "2025-01", "to": "2025-12"},
                     compare="region", lang="sv")


def test_trend_table_is_the_command_by_month(page, capsys, demo_data_dir):
    rows = command(capsys, demo_data_dir / "extracts", "--from", "2025-01", "--to", "2025-12", "--area", "1480-ML",
                   "--indicator", "coverage_offered_65", "--by", "month")
    shown = table(page, "Område", "Månad")
    own = shown[shown["Område"] == "Majorna-Linné"]
    expected = [formatting.indicator_value("share", r["value"], r["suppressed"]) for r in rows]
    assert own["Värde"].tolist() == expected
    raw = command(capsys, demo_data_dir / "extracts", "--from", "2025-12", "--to", "2025-12", "--area", "1480-ML",
                  "--indicator", "coverage_offered_65", "--no-suppress")[0]["numerator"]
    hidden = "<5" if 0 < raw < 5 else "–"  # a count hidden for another figure's sake is not called small
    assert own["Täljare"].tolist()[-1] == (hidden if rows[-1]["suppressed"] else formatting.number(raw))


def test_need_reached_is_the_command_coverage_numerator(page, capsys, demo_data_dir):
    [row] = command(capsys, demo_data_dir / "extracts", "--from", "2025-12", "--to", "2025-12", "--area", "1480-ML",
                    "--indicator", "coverage_offered_65")
    reached = next(m for m in page.metric if m.label.startswith("Nådda"))
    assert reached.value == formatting.indicator_value("count", row["numerator"], row["suppressed"])


def test_centre_table_matches_the_command_per_centre(page, capsys, demo_data_dir):
    centres = table(page, "Vårdcentral")
    assert len(centres) >= 5
    for column in ("Hembesök", "varav med mobil läkare"):
        assert (centres[column] == "<5").sum() != 1 or (centres[column] == "–").sum() == 1
    for _, shown in centres.iterrows():
        hc_id = next(hc for hc, c in page.session_state["_nvk_context"].choices.centres.items()
                     if c.name == shown["Vårdcentral"])
        rows = {r["indicator"]: r for r in command(capsys, demo_data_dir / "extracts", "--from", "2025-01", "--to",
                                                   "2025-12", "--hc", hc_id, "--no-suppress", "--indicator",
                                                   "home_visits", "coverage_offered_65")}
        visits = rows["home_visits"]["value"]
        # "–": hidden beside a lone "<5" of the column, which the area's total would otherwise give away
        assert shown["Hembesök"] in {"<5" if 0 < visits < 5 else formatting.number(visits), "–"}
        with_doctor = rows["coverage_offered_65"]["numerator"]
        if shown["varav med mobil läkare"] not in {"<5", "–"}:
            assert shown["varav med mobil läkare"] == formatting.number(with_doctor)


def test_the_listing_effect_shows_where_the_demo_put_it(page):
    share = next(m for m in page.metric if m.label == "Listade utanför modellen").value
    assert 20 <= int(share.split("\u00a0")[0]) <= 45


@pytest.mark.parametrize("area", ["14", "1480-ML", "1480-ANG", "1438", "1480", "14-SKA"])
def test_no_count_from_1_to_4_anywhere(monkeypatch, demo_data_dir, area):
    app = open_page(monkeypatch, demo_data_dir, area=area, lang="sv")
    for frame in (d.value for d in app.dataframe):
        for column in frame.columns:
            if column in {"Värde", "Fast vårdkontakt", "Teambesök", "Deltar sedan", "Deltog till", "Vårdcentral",
                          "Område", "Månad", "Driftform"}:
                continue
            assert not set(frame[column].astype(str)) & SMALL, (area, column)
    for metric in app.metric:
        assert metric.value.replace("\u00a0", "") not in SMALL, (area, metric.label)
