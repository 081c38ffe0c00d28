"""The start page in headless Chromium: tiles, charts, signals and the tables behind them are drawn,
and the page's own choices redraw the control chart. The figures themselves are checked by hand in
tests/figures and tests/pages; here, that the browser shows what the builders made.

Every wait is for the page's own state, never a fixed pause.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.figures import overview
from dashboard.figures.selection import default_selection
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.settings import current_extract
from dashboard.ui import cache
from tests.browser.test_shell import main, settle

WAIT = 60_000


def built_tiles(data_dir, monkeypatch) -> dict[str, str]:
    """The tiles' values as the figure builders make them for the default view of the extract."""
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    version = str(current_extract().resolve())
    db, choices = cache.database(version), cache.choices(version)
    view = View(default_selection(choices), choices, db.reference_date, db.source, page_name="oversikt")
    return {m.label: m.value for fig in overview.tile_figures(view, Source(db)) for m in fig.metrics}


def test_start_page_shows_the_tiles_the_builders_made(page, app_url, demo_data_dir, monkeypatch, tmp_path):
    expected = built_tiles(demo_data_dir, monkeypatch)
    page.goto(app_url)
    settle(page, "Översikt")
    metrics = page.locator("[data-testid=stMetric]")
    expect(metrics).to_have_count(len(expected), timeout=WAIT)
    shown = {metrics.nth(n).locator("[data-testid=stMetricLabel]").inner_text().strip():
             metrics.nth(n).locator("[data-testid=stMetricValue]").inner_text().strip()
             for n in range(metrics.count())}
    assert shown == expected
    assert sum(v.endswith("\u00a0%") for v in shown.values()) >= 5  # shares shown, not hidden
    for text in ("Västra Götalandsregionen", "Datauttag 12 januari 2026", "Mobil hemsjukvårdsläkare",
                 "Närsjukvårdsteam", "Akutmottagning", "Senaste månaden:"):
        expect(main(page)).to_contain_text(text)
    page.screenshot(path=str(tmp_path / "start_page.png"), full_page=True)


def test_the_tables_open_and_the_run_chart_replaces_the_control_chart(page, app_url):
    page.goto(app_url + "/?area=1490&lang=sv")
    settle(page, "Översikt")
    expanders = main(page).locator("[data-testid=stExpander]")
    expect(expanders).to_have_count(5, timeout=WAIT)  # three sections, the trend, the control chart
    expanders.last.locator("summary").click()
    expect(expanders.last.locator("[data-testid=stDataFrame]")).to_be_visible(timeout=WAIT)
    expect(main(page)).to_contain_text("Senaste månaden:")
    page.get_by_text("Seriediagram med Anhøjs regler").click()
    expect(main(page)).not_to_contain_text("Senaste månaden:", timeout=WAIT)
    expect(main(page)).to_contain_text(re.compile("Inga signaler|Ovanligt lång serie|För få korsningar"),
                                       timeout=WAIT)
