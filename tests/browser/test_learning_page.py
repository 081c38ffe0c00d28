"""The learning-loop page in headless Chromium, as a steering group uses it: a name given, a meeting
created, an observation, a decision and its follow-up recorded; then the decision is on the control
chart of its indicator and area on another page. A store of its own, so no other test sees it.

Every wait is for something the page does, never a fixed pause."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_shell import main, settle, wait_for_query
from tests.conftest import served

WAIT = 60_000
LINK = "/larande-uppfoljning?area=1490&from=2025-01&to=2025-12&lang=sv"
DECISION = "Fler teambesök hos de sköraste"


@pytest.fixture(scope="module")
def learning_url(demo_data_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("learning")
    with served(demo_data_dir, folder, NVK_LEARNING_DB=str(folder / "learning.sqlite")) as url:
        yield url


def saved(page, text: str) -> None:
    """Until the page, drawn anew after a save, says it was saved."""
    expect(main(page).get_by_test_id("stAlertContentSuccess")).to_contain_text(text, timeout=WAIT)
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT)


def choose(page, form, label: str, option: str) -> None:
    """Choose a selectbox's option by typing it: the list's typeahead focuses it, Enter takes it. A list
    that did not open (the click landed while a form above redrew) is opened again."""
    box = form.locator("[data-testid=stSelectbox]").filter(has_text=label).locator("input[role=combobox]")
    focused = page.locator("[role=option][data-focused=true]")
    for _ in range(3):
        expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT)
        box.click()
        box.fill(option)
        try:
            expect(focused).to_have_text(option, timeout=5_000)
            break
        except AssertionError:
            box.press("Escape")
    box.press("Enter")
    expect(box).to_have_value(option, timeout=WAIT)


def typed_date(form, label: str, day: str) -> None:
    field = form.locator("[data-testid=stDateInput]").filter(has_text=label).locator("input")
    field.fill(day)
    field.press("Enter")


def test_a_meeting_an_observation_a_decision_and_its_follow_up_and_the_decision_on_another_page(page, learning_url):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(learning_url + LINK)
    settle(page, "Lärande uppföljning")
    expect(main(page)).to_contain_text("Området har inget möte ännu", timeout=WAIT)
    main(page).get_by_role("textbox", name="Ditt namn").fill("Anna Berg")
    main(page).get_by_role("textbox", name="Ditt namn").press("Enter")

    meeting = main(page).locator("[data-testid=stForm]").filter(has_text="Skapa mötet")
    meeting.get_by_role("button", name="Skapa mötet").click()
    saved(page, "Mötet ”Styrgruppsmöte” sparades.")
    expect(main(page).get_by_role("heading", name="Dagordning")).to_be_visible(timeout=WAIT)
    wait_for_query(page, meeting="1")

    main(page).get_by_text("Ny observation").click()
    observation = main(page).locator("[data-testid=stForm]").filter(has_text="Spara observationen")
    choose(page, observation, "Mått", "Akutbesök per 1 000 invånare 80+")
    observation.get_by_role("textbox", name="Vad ni såg").fill("Fler akutbesök <b>i december</b>")
    observation.get_by_role("textbox", name="Analys: varför").fill("Influensan kom tidigt")
    observation.get_by_role("button", name="Spara observationen").click()
    saved(page, "Observationen sparades")
    expect(main(page)).to_contain_text("Fler akutbesök <b>i december</b>", timeout=WAIT)  # text, not markup

    main(page).get_by_text("Nytt beslut").click()
    decision = main(page).locator("[data-testid=stForm]").filter(has_text="Spara beslutet")
    decision.get_by_role("textbox", name="Beslut").fill(DECISION)
    decision.get_by_role("textbox", name="Ansvarig").fill("Bo Ek")
    choose(page, decision, "Mått", "Akutbesök per 1 000 invånare 80+")
    typed_date(decision, "Beslutsdatum", "2025-06-10")
    typed_date(decision, "Följs upp senast", "2025-12-31")
    decision.get_by_role("textbox", name="Förväntad effekt på måttet").fill("Färre akutbesök bland de äldsta")
    decision.get_by_role("button", name="Spara beslutet").click()
    saved(page, "Beslutet sparades")
    wait_for_query(page, decision="1")
    # its follow-up: the indicator before and after, with the control chart's verdict
    expect(main(page)).to_contain_text(f"Uppföljning: {DECISION}", timeout=WAIT)
    expect(main(page)).to_contain_text("Före (juli–december 2024)", timeout=WAIT)
    expect(main(page)).to_contain_text("Styrdiagrammet ser", timeout=WAIT)
    follow_up = main(page).locator("[data-testid=stForm]").filter(has_text="Spara uppföljningen")
    follow_up.get_by_text("Genomfört", exact=True).click()
    follow_up.get_by_role("textbox", name="Vad som hände").fill("Två team besöker nu de sköraste varje vecka")
    follow_up.get_by_role("button", name="Spara uppföljningen").click()
    saved(page, "Uppföljningen sparades")
    expect(main(page).get_by_role("table", name="Beslut", exact=True)).to_contain_text("Genomfört", timeout=WAIT)

    # the decision on the emergency page's control chart for Borås
    page.goto(learning_url + "/akutbesok?area=1490&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Akutbesök")
    expect(main(page)).to_contain_text(f"Beslut 10 juni 2025: {DECISION} (ansvarig: Bo Ek).", timeout=WAIT)
    # and not on another area's
    page.goto(learning_url + "/akutbesok?area=1499&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Akutbesök")
    expect(main(page)).to_contain_text("Signal eller slump", timeout=WAIT)
    expect(main(page)).not_to_contain_text(DECISION)
