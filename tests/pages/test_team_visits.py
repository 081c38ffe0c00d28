"""The team-visit page in AppTest on the demo extract: it opens by its link for a district and a centre,
its choices join the link, and no count from 1 to 4 shows in any of its tables. Its figures are
checked against hand-computed extracts in tests/figures/test_team_visits.py."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.shown_tables import opened, tables

SMALL = {"1", "2", "3", "4"}
#: Columns of words, months and shares: a share may read 1–4 %, never as a bare digit
WORDS = {"Månad", "Område", "Vårdcentral", "Beställningsdag", "Värde", "samma dag", "efter 1 dag", "efter 2 dagar",
         "efter 3 dagar eller fler", "Medel", "Övre styrgräns", "Nedre styrgräns", "Signal", "Regel",
         "Teambesök", "Akuta", "Senast nästa vardag", "Läge mot gränserna"}
AVENYN = "SE2321000131-E000000046120"


def open_page(monkeypatch, data_dir, **link) -> AppTest:
    return opened(monkeypatch, data_dir, "teambesok.py", **link)


@pytest.mark.parametrize("link", [{"area": "1480-ML"}, {"area": "1480-CEN", "hc": AVENYN}, {"area": "1438"},
                                  {"area": "14", "rank": "centres", "visits": "per1000"}])
def test_the_page_opens_by_its_link_and_shows_no_count_from_1_to_4(monkeypatch, demo_data_dir, link):
    app = open_page(monkeypatch, demo_data_dir, **link, **{"from": "2025-01", "to": "2025-12"}, lang="sv")
    assert app.title[0].value == "Teambesök"
    assert tables(app)
    for frame in tables(app):
        for column in set(frame.columns) - WORDS:
            assert not set(frame[column].astype(str)) & SMALL, (link, column)


def test_a_centres_recording_gap_reads_no_data_and_its_choices_join_the_link(monkeypatch, demo_data_dir):
    app = open_page(monkeypatch, demo_data_dir, area="1480-CEN", hc=AVENYN, **{"from": "2025-01", "to": "2025-12"},
                    lang="sv")
    control = next(f for f in tables(app) if "Regel" in f.columns)
    by_month = dict(zip(control["Månad"], control["Värde"]))
    # Läkarhuset Avenyn's visits of February–April 2025 carry no team flag (the demo's story): a month of
    # shown visits reads "uppgift saknas", one of few visits stays hidden ("–" says no more than that)
    gaps = [by_month[m] for m in ("februari 2025", "mars 2025", "april 2025")]
    assert set(gaps) <= {"uppgift saknas", "–"} and "uppgift saknas" in gaps, gaps
    app.button_group(key="team_visits_unit").set_value("per1000").run()
    assert app.query_params["visits"] == "per1000"


def test_a_bad_choice_in_the_link_gets_a_notice(monkeypatch, demo_data_dir):
    app = open_page(monkeypatch, demo_data_dir, area="1490", visits="alla", lang="sv")
    assert any("visits=alla" in w.value for w in app.main.warning)


def test_new_control_limits_from_a_change_month_split_the_mean_and_join_the_link(monkeypatch, demo_data_dir):
    # Borås's team visits fall from June 2025 (the demo's story): limits from June give two means
    app = open_page(monkeypatch, demo_data_dir, area="1490", rebase="2025-06", **{"from": "2025-01", "to": "2025-12"},
                    lang="sv")
    control = next(f for f in tables(app) if "Regel" in f.columns)
    means = dict(zip(control["Månad"], control["Medel"]))
    assert means["januari 2025"] == means["maj 2025"] != means["juni 2025"] == means["december 2025"]
    assert app.multiselect(key="team_rebase").value == [date(2025, 6, 1)]
    app.multiselect(key="team_rebase").set_value([]).run()
    assert "rebase" not in app.query_params
    control = next(f for f in tables(app) if "Regel" in f.columns)
    assert len(set(control["Medel"])) == 1
