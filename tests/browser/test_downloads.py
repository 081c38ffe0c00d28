"""Every figure's download menu in headless Chromium: in the user's language, each file named for what
it shows and of its kind, made on the server when its button is pressed. Every wait is for something
the page does."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from playwright.sync_api import expect

from tests.browser.test_shell import main, settle

WAIT = 60_000


def download(page, menu, label: str):
    """A file from the menu, opened first if it is closed (a download may close it). The button is
    pressed where it is: a list opened near the window's edge may lie partly outside it, which a
    reader scrolls to and a test need not."""
    body = page.get_by_test_id("stPopoverBody")
    if not body.is_visible():
        menu.get_by_role("button", name="Ladda ner").click()
    button = body.get_by_role("button", name=label)
    expect(button).to_be_visible(timeout=WAIT)
    with page.expect_download(timeout=WAIT) as started:
        button.dispatch_event("click")
    return started.value


def test_a_control_charts_menu_gives_its_png_and_table(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 1600})
    page.goto(app_url + "/akutbesok?area=1490&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Akutbesök")
    expect(main(page).get_by_role("button", name="Ladda ner").first).to_be_visible(timeout=WAIT)
    # the control chart's menu: the first after the heading "Signal eller slump"
    menu = main(page).locator("[data-testid=stPopover]").nth(_index_after(page, "Signal eller slump"))
    png = download(page, menu, "Bild för utskrift (PNG)")
    assert png.suggested_filename == "akutbesok_styrdiagram_ed-rate-80_boras_2025-01_2025-12.png"
    assert Path(png.path()).read_bytes().startswith(b"\x89PNG")

    table = download(page, menu, "Tabell som CSV")
    assert table.suggested_filename == "akutbesok_styrdiagram_ed-rate-80_boras_2025-01_2025-12.csv"
    read = list(csv.reader(io.StringIO(Path(table.path()).read_text(encoding="utf-8-sig")), delimiter=";"))
    assert read[0][0] == "Månad" and len(read) == 13  # a header and twelve months

    workbook = download(page, menu, "Tabell som Excel (XLSX)")
    assert workbook.suggested_filename.endswith("_boras_2025-01_2025-12.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(Path(workbook.path()).read_bytes())).worksheets[0]
    assert sheet["A1"].value == "Akutbesök per 1 000 invånare 80+ – Borås: styrdiagram"


def _index_after(page, heading: str) -> int:
    """Which of the page's menus comes first after the heading (menus in page order)."""
    return main(page).evaluate(
        """(root, heading) => {
            const all = [...root.querySelectorAll('[data-testid=stPopover], h1, h2, h3, h4')];
            const at = all.findIndex(e => e.matches('h1, h2, h3, h4') && e.textContent.trim() === heading);
            return all.slice(0, at).filter(e => e.matches('[data-testid=stPopover]')).length;
        }""", heading)


def test_the_start_pages_monthly_report_links_to_the_address_it_was_opened_at(page, app_url):
    import pypdf

    page.goto(app_url + "/?area=1490&from=2025-01&to=2025-12&lang=sv")
    settle(page, "Översikt")
    with page.expect_download(timeout=WAIT) as started:
        main(page).get_by_role("button", name="Månadsrapport för Borås, december 2025 (PDF)").click()
    made = started.value
    assert made.suggested_filename == "manadsrapport_boras_2025-12.pdf"
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(made.path()).pages)
    # made after the page's run, yet with the page's address (it had fallen back to localhost:8501)
    assert f"{app_url}/?area=1490" in " ".join(text.split())
    assert "localhost:8501" not in text
