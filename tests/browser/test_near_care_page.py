"""The near-care team page in headless Chromium: it opens by its link with its charts, the sidebar's
team filter offers the teams serving the area and joins the link, a team that does not serve the area
gets a notice, and a centre chosen on another page waits there while this page shows teams.

Every wait is for something the page does, never a fixed pause."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.test_coverage_page import click_unit, wait_for_run
from tests.browser.test_shell import main, settle, wait_for_query

WAIT = 60_000
LAST_HEADING = "Besök och utfall"


def sidebar(page):
    return page.locator("[data-testid=stSidebar]")


def test_the_team_filter_offers_the_areas_teams_and_joins_the_link(page, app_url):
    page.goto(app_url + "/narsjukvardsteam?area=1496&from=2025-01&to=2025-12&lang=sv")  # Skövde
    settle(page, "Närsjukvårdsteam")
    wait_for_run(page, LAST_HEADING)
    expect(main(page).locator("[data-testid=stVegaLiteChart] svg.marks").first).to_be_visible(timeout=WAIT)
    # teams here, not centres
    expect(sidebar(page).locator("[data-testid=stSelectbox]").filter(has_text="Vårdcentral")).to_have_count(0)
    chooser = sidebar(page).locator("[data-testid=stSelectbox]").filter(has_text="Närsjukvårdsteam")
    chooser.locator("input[role=combobox]").click()
    options = page.locator("[role=option]")
    # all teams, and Södra Skaraborg's, which alone serves Skövde
    expect(options).to_have_text(["Alla team", "Närsjukvårdsteam Södra Skaraborg"], timeout=WAIT)
    options.nth(1).click()
    wait_for_query(page, team="NSVT-SKS")
    expect(main(page).locator("p strong").first).to_have_text("Närsjukvårdsteam Södra Skaraborg", timeout=WAIT)
    # and let go again
    chooser.locator("input[role=combobox]").click()
    page.locator("[role=option]").first.click()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('team')", timeout=WAIT)
    expect(main(page).locator("p strong").first).to_have_text("Skövde", timeout=WAIT)


def test_a_team_that_does_not_serve_the_area_gets_a_notice(page, app_url):
    page.goto(app_url + "/narsjukvardsteam?area=1490&team=NSVT-NU&lang=sv")
    settle(page, "Närsjukvårdsteam")
    expect(main(page)).to_contain_text("Närsjukvårdsteam NU-sjukvården arbetar inte i Borås", timeout=WAIT)
    page.wait_for_function("() => !new URLSearchParams(location.search).has('team')", timeout=WAIT)


def test_a_centre_chosen_elsewhere_waits_there(page, app_url):
    hc = "SE2321000131-E000000037546"  # a centre in Borås
    page.goto(app_url + f"/tackning?area=1490&hc={hc}&lang=sv")
    settle(page, "Täckning")
    wait_for_query(page, hc=hc)
    page.locator("[data-testid=stSidebarNav]").get_by_text("Närsjukvårdsteam").click()
    settle(page, "Närsjukvårdsteam")
    page.wait_for_function("() => !new URLSearchParams(location.search).has('hc')", timeout=WAIT)
    page.locator("[data-testid=stSidebarNav]").get_by_text("Täckning").click()
    settle(page, "Täckning")
    wait_for_query(page, hc=hc)


def test_clicking_a_unit_on_the_need_map_chooses_it(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + "/narsjukvardsteam?area=14&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Närsjukvårdsteam")
    wait_for_run(page, LAST_HEADING)
    need_map = main(page).locator("[data-testid=stVegaLiteChart]").nth(1)  # after the census
    click_unit(page, need_map, "Dals-Ed")
    wait_for_query(page, area="1438")
    expect(main(page).locator("p strong").first).to_have_text("Dals-Ed", timeout=WAIT)
    expect(main(page)).to_contain_text("Inget närsjukvårdsteam betjänar området.", timeout=WAIT)
