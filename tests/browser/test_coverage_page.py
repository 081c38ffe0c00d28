"""The coverage page in headless Chromium: clicking a unit on the map chooses it in the filter.

Every wait is for something the page does (a heading drawn, the run finished, a frame painted, the
link changed), never a fixed pause, so a slow machine makes the test slower, not red.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from dashboard.charts.area_map import TILE_PX
from tests.browser.test_shell import main_text

WAIT = 60_000
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def area_of(url: str) -> list[str] | None:
    return parse_qs(urlparse(url).query).get("area")


def wait_for_run(page, last_heading: str) -> None:
    """The script ran to its end (the page's last heading is drawn) and Streamlit is idle again."""
    expect(page.get_by_role("heading", name=last_heading)).to_be_visible(timeout=WAIT)
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT)


def click_unit(page, chart, name: str) -> None:
    """Click a unit on a tile map, found by its tooltip: hover tile by tile, as a person would, each move
    painted before it is read."""
    canvas = chart.locator("canvas, svg").first
    canvas.scroll_into_view_if_needed()
    expect(canvas).to_be_visible(timeout=WAIT)
    page.evaluate(NEXT_FRAME)
    box = canvas.bounding_box()
    tooltip = page.locator("#vg-tooltip-element")
    for y in range(int(box["y"]) + TILE_PX // 2, int(box["y"] + box["height"]), TILE_PX // 2):
        for x in range(int(box["x"]) + TILE_PX // 2, int(box["x"] + box["width"]), TILE_PX // 2):
            page.mouse.move(x, y)
            page.evaluate(NEXT_FRAME)
            if tooltip.count() and tooltip.is_visible() and name in tooltip.inner_text():
                page.mouse.click(x, y)
                return
    raise AssertionError(f"no tile showed {name} in its tooltip")


def test_clicking_a_unit_on_the_map_sets_the_area_filter(page, app_url, tmp_path):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + "/tackning?area=14&lang=sv")
    expect(page.get_by_role("heading", level=1, name="Täckning")).to_be_visible(timeout=WAIT)
    wait_for_run(page, "Behov")
    click_unit(page, page.locator("[data-testid=stVegaLiteChart]").first, "Borås")
    page.wait_for_url(lambda url: area_of(url) == ["1490"], timeout=WAIT)
    expect(page.get_by_role("heading", name="Vårdcentraler i Borås")).to_be_visible(timeout=WAIT)
    wait_for_run(page, "Behov")
    assert "Vårdcentraler i Borås" in main_text(page)
    page.screenshot(path=str(tmp_path / "coverage_after_click.png"), full_page=True)
