"""Names and sources from an extract are text on every page: Markdown and HTML in them stay inert.

Every name an extract gives (areas, centres, teams, hospitals) and its manifest's source hold
Markdown and HTML; both pages are opened in both languages for the area, its district and the
region, and the browser must show the text as written: no link, no bold, no HTML element made of it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from tests.browser.test_shell import WAIT, main, settle
from tests.builders import build
from tests.conftest import served
from tests.pages import start_extract

HOSTILE = "**Fet** [länk](http://ond.example) <b>html</b> :red[röd] $x$"


def hostile_tables() -> dict:
    tables = start_extract.tables()
    for area in tables["areas"]:
        area["area_name"] = f"{area['area_name']} {HOSTILE}"
    for centre in tables["health_centres"]:
        centre["hc_name"] = f"{centre['hc_name']} {HOSTILE}"
    for team in tables["nsvt_teams"]:
        team["team_name"], team["hospital"] = f"{team['team_name']} {HOSTILE}", HOSTILE
    return tables


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    from dashboard.data.ingest import ingest

    root = tmp_path_factory.mktemp("hostile")
    ingest(build(root / "extract", hostile_tables(), extracted_on=date(2025, 12, 31), source=f"Källa {HOSTILE}"),
           root / "data")
    with served(root / "data", root) as url:
        yield url


@pytest.mark.parametrize("path, heading, lang", [("/", "Översikt", "sv"), ("/tackning", "Täckning", "sv"),
                                                 ("/tackning", "Coverage", "en"), ("/teambesok", "Teambesök", "sv")])
@pytest.mark.parametrize("area", ["1001", "1002-A", "R"])
def test_names_and_sources_are_shown_as_written(page, hostile_url, path, heading, lang, area):
    page.goto(f"{hostile_url}{path}?area={area}&from=2025-08&to=2025-12&compare=region&lang={lang}")
    settle(page, heading)
    # the page's last element drawn: everything before it is there too (the control chart's status, or
    # from five months without a signal, that too few months are shown to say so)
    last = {"Översikt": re.compile("Senaste månaden:|visade månader"), "Täckning": "Läkare som behövs",
            "Coverage": "Doctors needed", "Teambesök": "Hembesök per område och vårdcentral"}[heading]
    expect(main(page)).to_contain_text(last, timeout=WAIT)
    expect(main(page)).to_contain_text("[länk](http://ond.example)", timeout=WAIT)
    expect(page.get_by_text("<b>html</b>").first).to_be_visible(timeout=WAIT)
    assert page.locator("a[href*='ond.example']").count() == 0
    assert page.locator("b", has_text="html").count() == 0
    assert page.locator("strong", has_text=re.compile("^Fet$")).count() == 0  # the page's own bold holds more
    assert page.locator(".katex").count() == 0  # $x$ read as a formula
    sidebar = page.locator("[data-testid=stSidebar]")
    expect(sidebar).to_contain_text(f"Källa {HOSTILE}", timeout=WAIT)
