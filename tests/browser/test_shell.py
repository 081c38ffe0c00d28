"""The shared frame in headless Chromium: links open a view, it survives page switches, reloads and
the back button, the language switch changes texts and formats, a bad parameter gives a notice."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

LINK = "?area=1480-ANG&from=2024-01&to=2024-06&compare=parent&lang=sv"


def query(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def settle(page, heading: str) -> None:
    page.get_by_role("heading", level=1, name=heading).wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)


def main_text(page) -> str:
    return page.locator("[data-testid=stMain]").inner_text()


def test_a_link_opens_that_view_and_it_survives_page_switches(page, app_url):
    page.goto(app_url + "/" + LINK)
    settle(page, "Översikt")
    assert "Angered" in main_text(page) and "januari 2024–juni 2024" in main_text(page)
    assert "jämfört med Göteborg" in main_text(page)
    page.locator("[data-testid=stSidebarNav]").get_by_text("Täckning").click()
    settle(page, "Täckning")
    assert urlparse(page.url).path.endswith("/tackning")
    assert query(page) == {"area": "1480-ANG", "from": "2024-01", "to": "2024-06", "compare": "parent", "lang": "sv"}
    assert "Vårdcentraler i Angered" in main_text(page)
    page.reload()
    settle(page, "Täckning")
    assert query(page)["area"] == "1480-ANG"
    page.go_back()
    settle(page, "Översikt")
    assert query(page)["area"] == "1480-ANG" and "Angered" in main_text(page)


def test_choosing_in_the_sidebar_updates_the_link(page, app_url):
    page.goto(app_url + "/" + LINK)
    settle(page, "Översikt")
    area = page.locator("[data-testid=stSidebar]").get_by_role("combobox").first
    area.click()
    page.keyboard.type("Borås")
    page.keyboard.press("Enter")
    page.wait_for_timeout(3000)
    assert query(page)["area"] == "1490"
    assert "Borås" in main_text(page)


def test_the_language_switch_changes_texts_and_number_formats(page, app_url, tmp_path):
    page.goto(app_url + "/" + LINK)
    settle(page, "Översikt")
    swedish = page.locator("[data-testid=stMetricValue]").all_inner_texts()
    assert any(v.endswith("\u00a0%") for v in swedish)
    page.locator("[data-testid=stSidebar]").get_by_text("English").click()
    settle(page, "Overview")
    assert query(page)["lang"] == "en"
    assert "compared with Göteborg" in main_text(page)
    english = page.locator("[data-testid=stMetricValue]").all_inner_texts()
    assert any(v.endswith("%") and not v.endswith("\u00a0%") for v in english)
    page.screenshot(path=str(tmp_path / "overview_en.png"), full_page=True)
    page.locator("[data-testid=stSidebarNav]").get_by_text("Coverage").click()
    settle(page, "Coverage")
    assert query(page)["lang"] == "en" and "Health centres in Angered" in main_text(page)


def test_a_bad_parameter_gives_a_notice_not_a_crash(page, app_url):
    page.goto(app_url + "/tackning?area=9999&from=2025-13&foo=<b>x</b>")
    settle(page, "Täckning")
    sidebar = page.locator("[data-testid=stSidebar]").inner_text()
    assert "area=9999" in sidebar and "2025-13" in sidebar and "foo" in sidebar
    assert query(page)["area"] == "14" and "foo" not in query(page)
    assert page.locator("[data-testid=stException]").count() == 0
