"""The team-visit page in headless Chromium, opened by its link for a district and for a centre: its
charts are drawn, its choices join the link and survive a switch of page.

Every wait is for something the page does, never a fixed pause."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.test_coverage_page import wait_for_run
from tests.browser.test_shell import main, settle, wait_for_query

WAIT = 60_000
AVENYN = "SE2321000131-E000000046120"


def test_a_district_opens_by_its_link_with_its_charts(page, app_url):
    page.goto(app_url + "/teambesok?area=1480-ML&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Teambesök")
    wait_for_run(page, "Hembesök per område och vårdcentral")
    expect(main(page)).to_contain_text("Helgdagar under året: Nyårsdagen 1 januari 2025", timeout=WAIT)
    expect(main(page).locator("[data-testid=stVegaLiteChart] svg.marks").first).to_be_visible(timeout=WAIT)
    # the ranking by centres joins the link, and survives a switch to the start page and back
    main(page).get_by_text("Vårdcentraler i området", exact=True).click()
    wait_for_query(page, rank="centres")
    page.locator("[data-testid=stSidebarNav]").get_by_text("Översikt").click()
    settle(page, "Översikt")
    page.locator("[data-testid=stSidebarNav]").get_by_text("Teambesök").click()
    settle(page, "Teambesök")
    wait_for_query(page, rank="centres")


def test_a_centre_opens_by_its_link_in_english(page, app_url):
    page.goto(app_url + f"/teambesok?area=1480-CEN&hc={AVENYN}&from=2025-01&to=2025-12&lang=en")
    settle(page, "Team visits")
    wait_for_run(page, "Home visits by area and health centre")
    expect(main(page)).to_contain_text("Läkarhuset Avenyn: control chart", timeout=WAIT)
    # the waits' table for the whole year 2025, named for it (its chart only where a day is shown)
    expect(main(page)).to_contain_text("Public holidays in the year: New Year's Day 1 January 2025", timeout=WAIT)
