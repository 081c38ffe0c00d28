"""The coverage page in headless Chromium: clicking a unit on the map chooses it in the filter."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from dashboard.charts.area_map import TILE_PX
from tests.browser.test_shell import main_text, settle


def test_clicking_a_unit_on_the_map_sets_the_area_filter(page, app_url, tmp_path):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + "/tackning?area=14&lang=sv")
    settle(page, "Täckning")
    canvas = page.locator("[data-testid=stVegaLiteChart]").first.locator("canvas, svg").first
    canvas.wait_for()
    canvas.scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    box = canvas.bounding_box()
    tooltip = page.locator("#vg-tooltip-element")
    # find Borås by its tooltip: hover tile by tile, as a person would
    target = None
    for y in range(int(box["y"]) + TILE_PX // 2, int(box["y"] + box["height"]), TILE_PX // 2):
        for x in range(int(box["x"]) + TILE_PX // 2, int(box["x"] + box["width"]), TILE_PX // 2):
            page.mouse.move(x, y)
            page.wait_for_timeout(40)
            if tooltip.count() and tooltip.is_visible() and "Borås" in tooltip.inner_text():
                target = (x, y)
                break
        if target:
            break
    assert target, "no tile showed Borås in its tooltip"
    page.mouse.click(*target)
    page.wait_for_timeout(3000)
    settle(page, "Täckning")
    assert parse_qs(urlparse(page.url).query)["area"] == ["1490"]
    assert "Vårdcentraler i Borås" in main_text(page)
    page.screenshot(path=str(tmp_path / "coverage_after_click.png"), full_page=True)
