"""The start page in headless Chromium: the region's figures are on screen."""

from __future__ import annotations

import json

from dashboard import formatting
from dashboard.cli import main
from dashboard.metrics.periods import latest_complete_month, month_label
from dashboard.data.validation import reference_date


def test_start_page_shows_the_region_figures(page, app_url, demo_data_dir, capsys, tmp_path):
    extract = demo_data_dir / "extracts"
    month = month_label(latest_complete_month(reference_date(extract)))
    assert main(["indicators", "--data", str(extract), "--from", month, "--to", month,
                 "--indicator", "coverage_offered_65", "home_visits"]) == 0
    rows = {r["indicator"]: r for r in json.loads(capsys.readouterr().out)}

    page.goto(app_url)
    page.get_by_text("Västra Götalandsregionen").first.wait_for(timeout=60_000)
    page.get_by_text("Erbjudna mobil läkare, 65+").first.wait_for()
    body = page.inner_text("body")
    assert formatting.percent(rows["coverage_offered_65"]["value"]) in body
    assert formatting.number(rows["home_visits"]["value"]) in body
    assert "Datauttag 12 januari 2026" in body
    page.screenshot(path=str(tmp_path / "start_page.png"), full_page=True)
