"""The near-care team page in AppTest on the demo extract: it opens by its link for the region, an area
and a team, a team in the link is its subject, and no count from 1 to 4 shows in any of its tables (the
sidebar's team filter, which AppTest's page switch does not draw, is tried in tests/browser). Its figures
are checked by hand in tests/figures/test_near_care.py and against the command in
tests/figures/test_near_care_command.py."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.shown_tables import opened, tables

SMALL = {"1", "2", "3", "4"}
#: Columns of words, months, shares, days and teams (a team serving a unit is 0,5 of one, not a count)
WORDS = {"Team", "Månad", "Område", "Över kapaciteten", "Värde", "Dagar", "Fortfarande inskrivna",
         "95\u00a0% KI, nedre", "95\u00a0% KI, övre", "Team som behövs", "Team att tillgå", "Andel av behovet",
         "hemsjukvård", "avliden", "sjukhus", "särskilt boende", "avancerad sjukvård i hemmet", "annat",
         "primärvård", "kommunal hemsjukvård", "akutmottagning", "läkare", "sjuksköterska",
         "läkare och sjuksköterska", "annan personal", "Täljare", "Nämnare"}
YEAR = {"from": "2025-01", "to": "2025-12"}


def open_page(monkeypatch, data_dir, **link) -> AppTest:
    return opened(monkeypatch, data_dir, "narsjukvardsteam.py", **link)


@pytest.mark.parametrize("link", [{"area": "14"}, {"area": "1490"}, {"area": "1490", "team": "NSVT-SAL"},
                                  {"area": "1438"}])
def test_the_page_opens_by_its_link_and_shows_no_count_from_1_to_4(monkeypatch, demo_data_dir, link):
    app = open_page(monkeypatch, demo_data_dir, **link, **YEAR, lang="sv")
    assert app.title[0].value == "Närsjukvårdsteam"
    assert tables(app)
    for frame in tables(app):
        for column in set(frame.columns) - WORDS:
            assert not set(frame[column].astype(str)) & SMALL, (link, column)


def test_a_team_in_the_link_is_the_pages_subject(monkeypatch, demo_data_dir):
    app = open_page(monkeypatch, demo_data_dir, area="1490", team="NSVT-SAL", **YEAR, lang="sv")
    assert app.markdown[0].value.startswith("**Närsjukvårdsteam Södra Älvsborg**")
    census = next(f for f in tables(app) if "Över kapaciteten" in f.columns)
    assert set(census["Team"]) == {"Närsjukvårdsteam Södra Älvsborg"} and len(census) == 12
    # without the team, Borås's own patients beside their team and all teams
    app = open_page(monkeypatch, demo_data_dir, area="1490", **YEAR, lang="sv")
    reasons = next(f for f in tables(app) if "avliden" in f.columns)
    assert list(reasons["Team"]) == ["Boende i Borås", "Närsjukvårdsteam Södra Älvsborg", "Alla team"]
