"""The emergency page in headless Chromium: it opens by its link with its charts; a change chosen, an
age band and a typed cost each join the link and the figures follow; a cost it cannot read is named
and the one before kept; a click on the map chooses the unit.

Every wait is for something the page does, never a fixed pause."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.test_coverage_page import click_unit, wait_for_run
from tests.browser.test_shell import main, settle, wait_for_query

WAIT = 60_000
LAST_HEADING = "Var"
LINK = "/akutbesok?area=1490&from=2017-01&to=2019-12&lang=sv"


def test_a_change_chosen_and_a_cost_typed_join_the_link_and_the_figures(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + LINK)
    settle(page, "Akutbesök")
    wait_for_run(page, LAST_HEADING)
    expect(main(page).locator("[data-testid=stVegaLiteChart] svg.marks").first).to_be_visible(timeout=WAIT)
    # the page opens at Borås's first centre to join the scheme, October 2017
    change = main(page).locator("[data-testid=stSelectbox]").filter(has_text="Förändring från")
    expect(change.locator("input[role=combobox]")).to_have_value(
        "oktober 2017 – Närhälsan Borås Hässleholmen gick med i modellen 2 oktober 2017 (och 1 till)", timeout=WAIT)
    expect(main(page)).to_contain_text("Före (januari–september 2017)", timeout=WAIT)
    change.locator("input[role=combobox]").click()
    page.keyboard.type("mars 2018")
    page.locator("[role=option]").filter(has_text="mars 2018").first.click()
    wait_for_query(page, change="2018-03")
    expect(main(page)).to_contain_text("Efter (mars 2018", timeout=WAIT)  # to February 2019
    cost = main(page).get_by_role("textbox", name="Kostnad per akutbesök (kr)")
    cost.fill("5 000")
    cost.press("Enter")
    wait_for_query(page, cost="5000")
    expect(main(page)).to_contain_text("5\u00a0000\u00a0kr × (1 − 0,20) = 4\u00a0000\u00a0kr per besök", timeout=WAIT)
    cost.fill("femtusen")
    cost.press("Enter")
    expect(main(page).get_by_test_id("stAlertContentError")).to_contain_text(
        "Kostnaden ”femtusen” används inte", timeout=WAIT)
    wait_for_query(page, cost="5000")


def test_an_age_band_chosen_joins_the_link_and_titles_the_charts(page, app_url):
    page.goto(app_url + LINK)
    settle(page, "Akutbesök")
    wait_for_run(page, LAST_HEADING)  # the whole page drawn: a click during a run's redraw was lost under load
    main(page).get_by_role("radio", name="65–79").click()
    wait_for_query(page, age="65-79")
    expect(main(page)).to_contain_text("Akutbesök per 1 000 invånare 65–79", timeout=WAIT)
    main(page).get_by_role("radio", name="Återinskrivningar").click()
    wait_for_query(page, indicator="readmission_share")
    expect(main(page)).to_contain_text("Besparingen räknas på akutbesök", timeout=WAIT)


def test_clicking_a_unit_on_the_map_chooses_it(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + "/akutbesok?area=14&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Akutbesök")
    wait_for_run(page, LAST_HEADING)
    unit_map = main(page).get_by_test_id("stVegaLiteChart").filter(has=page.locator("canvas, svg")).nth(6)
    page.get_by_role("heading", name=LAST_HEADING).scroll_into_view_if_needed()
    click_unit(page, unit_map, "Falköping")
    wait_for_query(page, area="1499")
    expect(main(page).locator("p strong").first).to_have_text("Falköping", timeout=WAIT)
