"""The learning-loop page in headless Chromium, as a steering group uses it: a name given, a meeting
created, an observation, a decision and its follow-up recorded; then the decision is on the control
chart of its indicator and area on another page. A store of its own, so no other test sees it.

Every wait is for something the page does, never a fixed pause."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.learning.store import Store
from tests.browser.test_shell import main, settle, wait_for_query
from tests.conftest import served

WAIT = 60_000
LINK = "/larande-uppfoljning?area=1490&from=2025-01&to=2025-12&lang=sv"
DECISION = "Fler teambesök hos de sköraste"


@pytest.fixture(scope="module")
def learning_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("learning")


@pytest.fixture(scope="module")
def learning_url(demo_data_dir, learning_folder):
    with served(demo_data_dir, learning_folder, NVK_LEARNING_DB=str(learning_folder / "learning.sqlite")) as url:
        yield url


def saved(page, text: str) -> None:
    """Until the page, drawn anew after a save, says it was saved."""
    expect(main(page).get_by_test_id("stAlertContentSuccess")).to_contain_text(text, timeout=WAIT)
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT)


#: A page's elements as drawn by its last run: while a run redraws, an element whose label changed (a
#: wheel item moved to another month) is a new one, and the one it replaces stays, stale, until the run ends
CURRENT = "[data-testid=stElementContainer]:not([data-stale=true])"


def selectbox(where, label: str):
    return where.locator(f"{CURRENT} [data-testid=stSelectbox]").filter(has_text=label).locator(
        "input[role=combobox]")


def choose(page, form, label: str, option: str) -> None:
    """Choose a selectbox's option by typing it: the list's typeahead focuses it, Enter takes it. A list
    that did not open (the click landed while a form above redrew) is opened again."""
    box = selectbox(form, label)
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


def expander(page, title: str):
    return main(page).get_by_test_id("stExpander").filter(has_text=title)


def opened(page, title: str):
    """The expander titled `title`, opened if it was closed: keyed, it stays as it was across a save."""
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT)
    if not expander(page, title).locator("details").evaluate("d => d.open"):
        expander(page, title).get_by_text(title).click()
    expect(expander(page, title).locator("[data-testid=stForm]")).to_be_visible(timeout=WAIT)
    return expander(page, title)


def _wheel_item(page, month: str, kind: str, title: str) -> None:
    new = opened(page, "Ny punkt i årshjulet").locator("[data-testid=stForm]")
    choose(page, new, "Månad", month)
    choose(page, new, "Slag", kind)
    new.get_by_role("textbox", name="Vad").fill(title)
    new.get_by_role("button", name="Lägg till").click()
    saved(page, "Punkten lades till i årshjulet.")


def test_an_item_moved_to_another_month_and_then_archived_is_the_item_archived(page, learning_url, learning_folder):
    """The editor's list is drawn anew when an item moves (its label and place change); the browser
    then resets a list to its first entry, and Arkivera hit another item. The choice is kept, so the
    item moved is the item archived, as the store shows. AppTest keeps a list's value and cannot see this."""
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(learning_url + "/larande-uppfoljning?area=1480&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Lärande uppföljning")
    main(page).get_by_role("textbox", name="Ditt namn").fill("Cecilia Holm")
    main(page).get_by_role("textbox", name="Ditt namn").press("Enter")
    _wheel_item(page, "mars", "Mätning", "Vårens mätning")
    _wheel_item(page, "oktober", "Lägesrapport", "Höstens lägesrapport")

    title = "Ändra eller arkivera en punkt i årshjulet"
    editor = opened(page, title)
    choose(page, editor, "Årshjulspunkt", "oktober · Lägesrapport · Höstens lägesrapport")
    form = editor.locator("[data-testid=stForm]")
    choose(page, form, "Månad", "maj")
    form.get_by_role("button", name="Spara ändringen").click()
    saved(page, "Ändringen sparades.")
    chosen = selectbox(editor, "Årshjulspunkt")
    expect(chosen).to_have_value("maj · Lägesrapport · Höstens lägesrapport", timeout=WAIT)
    editor.locator("[data-testid=stForm]").get_by_role("button", name="Arkivera").click()
    saved(page, "Posten arkiverades")

    store = Store(f"sqlite:///{learning_folder / 'learning.sqlite'}")
    items = {i["title"]: i for i in store.entries("wheel_item", archived=True, area_code="1480")}
    assert (items["Höstens lägesrapport"]["archived"], items["Höstens lägesrapport"]["month"]) == (True, 5)
    assert items["Vårens mätning"]["archived"] is False
