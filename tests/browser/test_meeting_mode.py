"""Mötesläge in headless Chromium as a meeting uses it: opened from the start page on its view, no
sidebar, the arrow keys stepping through the indicators (round the list), the decisions due beside
each. Every wait is for something the page does."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.test_shell import main, settle, wait_for_query

WAIT = 60_000


def press(page, key: str, then: str) -> None:
    """A key pressed once the page has finished its run, until the screen `then` shows: a press in the
    moment a screen is drawn (Streamlit registering the buttons' shortcuts anew) may go unheard, and a
    person presses again; a second press after the screen changed would step twice, so it is not made."""
    heading = main(page).get_by_role("heading", name=then)
    for _ in range(3):
        expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT)
        expect(main(page).get_by_test_id("stButton").first).to_be_enabled(timeout=WAIT)
        page.keyboard.press(key)
        try:
            expect(heading).to_be_visible(timeout=5_000)
            return
        except AssertionError:
            continue
    expect(heading).to_be_visible(timeout=WAIT)


def test_the_arrow_keys_step_through_the_indicators_round_the_list(page, app_url):
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(app_url + "/?area=1490&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Översikt")
    main(page).get_by_role("link", name="Mötesläge för storskärm").click()
    expect(main(page).get_by_role("heading", name="Erbjudna mobil läkare, 65+")).to_be_visible(timeout=WAIT)
    wait_for_query(page, area="1490", to="2025-12")
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(main(page)).to_contain_text("1 av 15", timeout=WAIT)

    press(page, "ArrowRight", then="Fast vårdkontakt, 65+")
    wait_for_query(page, indicator="fixed_contact_65")
    expect(main(page)).to_contain_text("2 av 15")

    press(page, "ArrowLeft", then="Erbjudna mobil läkare, 65+")
    expect(main(page)).to_contain_text("1 av 15", timeout=WAIT)
    wait_for_query(page, indicator="coverage_offered_65")
    press(page, "ArrowLeft", then="Återinskrivningar inom 30 dagar")  # before the first: the last
    expect(main(page)).to_contain_text("15 av 15", timeout=WAIT)
    wait_for_query(page, indicator="readmission_share")
    expect(main(page).get_by_role("heading", name="Återinskrivningar inom 30 dagar")).to_be_visible(timeout=WAIT)
    expect(main(page)).to_contain_text("Beslut att följa upp")


def test_the_start_page_opens_it_at_the_indicator_it_shows(page, app_url):
    # the link within the app carries the query the start page wrote: the same, so it must still be
    # read as a link to this page (it opened at the first indicator)
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(app_url + "/?area=1490&from=2025-01&to=2025-12&lang=sv&indicator=ed_rate_80")
    settle(page, "Översikt")
    main(page).get_by_role("link", name="Mötesläge för storskärm").click()
    expect(main(page).get_by_role("heading", name="Akutbesök per 1 000 invånare 80+")).to_be_visible(timeout=WAIT)
    expect(main(page)).to_contain_text("13 av 15", timeout=WAIT)
    main(page).get_by_role("link", name="Lämna mötesläget").click()  # back, and on to the next indicator
    settle(page, "Översikt")
    chooser = main(page).locator("[data-testid=stSelectbox]").filter(has_text="Indikator").locator("input")
    expect(chooser).to_have_value("Akutbesök per 1 000 invånare 80+", timeout=WAIT)
