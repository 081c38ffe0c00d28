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
from dashboard.metrics.indicators import Scope
from dashboard.settings import current_extract
from dashboard.texts import t
from dashboard.ui import cache
from tests.browser.test_shell import main, settle, wait_for_query

WAIT = 60_000


def built_tiles(data_dir, monkeypatch) -> dict[str, str]:
    """The tiles' values as the figure builders make them for the default view of the extract."""
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    version = str(current_extract().resolve())
    db, choices = cache.database(version), cache.choices(version)
    view = View(default_selection(choices), choices, db.reference_date, db.source, page_name="oversikt")
    source = Source(db)
    return {m.label: m.value for fig in overview.tile_figures(view, source, overview.statuses(view, source))
            for m in fig.metrics}


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
    expect(expanders.last.locator("table.nvk-table")).to_be_visible(timeout=WAIT)
    expect(main(page)).to_contain_text("Senaste månaden:")
    page.get_by_text("Seriediagram med Anhøjs regler").click()
    expect(main(page)).not_to_contain_text("Senaste månaden:", timeout=WAIT)
    expect(main(page)).to_contain_text(re.compile("Inga signaler|Ovanligt lång serie|För få korsningar"),
                                       timeout=WAIT)


def test_what_changed_opens_the_indicators_chart_and_the_choices_live_in_the_link(page, app_url):
    page.goto(app_url + "/?area=14&from=2025-01&to=2025-12&compare=region&lang=sv")
    settle(page, "Översikt")
    expect(main(page)).to_contain_text("Vad har ändrats")
    # the lines of what changed: every link on the page but the one to meeting mode
    links = main(page).locator("[data-testid=stPageLink]").filter(has_not_text="Mötesläge")
    expect(links.first).to_be_visible(timeout=WAIT)
    name = links.first.inner_text().strip().splitlines()[-1].split(":")[0]  # after the icon's name
    indicator = next(i for i in overview.tile_ids(Scope(area_code="14")) if t(f"indicator.{i}.name", "sv") == name)
    assert indicator != "coverage_offered_65"  # the default: the first line is another indicator here
    # the charts' heading lies below the tiles, out of the window, before the click
    assert page.evaluate("document.getElementById('utveckling').getBoundingClientRect().top") > 1000
    links.first.click()
    # the chosen indicator is the line's, in the link and in the chart's notes' heading
    wait_for_query(page, indicator=indicator)
    # and the page stands at the heading over its charts, not at the list clicked in
    at_charts = ("() => { const h = document.getElementById('utveckling');"
                 " return h && Math.abs(h.getBoundingClientRect().top) < 120; }")
    page.wait_for_function(at_charts, timeout=WAIT)
    # a second line, after scrolling back up, opens at the charts again
    if links.count() > 1:
        page.evaluate("document.getElementById('utveckling').closest('section, main, div[data-testid=stMain]')"
                      "?.scrollTo(0, 0); window.scrollTo(0, 0)")
        main(page).get_by_text("Vad har ändrats").scroll_into_view_if_needed()
        page.wait_for_function("() => document.getElementById('utveckling').getBoundingClientRect().top > 400",
                               timeout=WAIT)
        second = links.nth(1).inner_text().strip().splitlines()[-1].split(":")[0]
        links.nth(1).click()
        other = next(i for i in overview.tile_ids(Scope(area_code="14")) if t(f"indicator.{i}.name", "sv") == second)
        wait_for_query(page, indicator=other)
        page.wait_for_function(at_charts, timeout=WAIT)
        links.first.click()  # back to the first line's indicator, as the rest of this test expects
        wait_for_query(page, indicator=indicator)
    # the line of the indicator already open opens at its charts too, and `at` stays out of the link
    page.evaluate("document.getElementById('utveckling').closest('section, main, div[data-testid=stMain]')"
                  "?.scrollTo(0, 0); window.scrollTo(0, 0)")
    main(page).get_by_text("Vad har ändrats").scroll_into_view_if_needed()
    page.wait_for_function("() => document.getElementById('utveckling').getBoundingClientRect().top > 400",
                           timeout=WAIT)
    links.first.click()
    page.wait_for_function(at_charts, timeout=WAIT)
    wait_for_query(page, indicator=indicator)
    assert "at=" not in page.url
    chooser = main(page).locator("[data-testid=stSelectbox]").filter(has_text="Indikator")
    expect(chooser.locator("input[role=combobox]")).to_have_value(name, timeout=WAIT)
    # the run chart joins the link, survives a switch to Täckning and back, and the back button
    page.get_by_text("Seriediagram med Anhøjs regler").click()
    wait_for_query(page, chart="run", indicator=indicator)
    page.locator("[data-testid=stSidebarNav]").get_by_text("Täckning").click()
    settle(page, "Täckning")
    page.locator("[data-testid=stSidebarNav]").get_by_text("Översikt").click()
    settle(page, "Översikt")
    wait_for_query(page, chart="run", indicator=indicator)
    expect(chooser.locator("input[role=combobox]")).to_have_value(name, timeout=WAIT)
    expect(main(page)).not_to_contain_text("Senaste månaden:", timeout=WAIT)  # still the run chart


def test_the_page_asks_no_host_but_its_own(browser, app_url):
    """The machines that run this have no internet: no font, icon or script from anywhere else."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="sv-SE")
    page = context.new_page()
    asked: list[str] = []
    own = app_url.split("//", 1)[1].split("/", 1)[0]
    page.on("request", lambda request: asked.append(request.url))
    page.goto(app_url + "/?area=1490&lang=sv")
    settle(page, "Översikt")
    page.locator("[data-testid=stSidebarNav]").get_by_text("Täckning").click()
    settle(page, "Täckning")
    expect(main(page).locator("[data-testid=stVegaLiteChart]").first).to_be_visible(timeout=WAIT)
    context.close()
    foreign = [url for url in asked
               if not url.startswith(("data:", "blob:")) and url.split("//", 1)[1].split("/", 1)[0] != own]
    assert asked and not foreign, foreign


def test_a_points_tooltip_reads_as_the_table_behind_the_chart(page, app_url):
    # the mean enrolment time, in days: the tooltip carries the unit and the control table's decimal
    page.goto(app_url + "/?area=14&lang=sv&indicator=nsvt_mean_days")  # the region: every month shown
    settle(page, "Översikt")
    points = page.locator("[data-testid=stVegaLiteChart]").last.locator("g.mark-symbol.role-mark path")
    expect(points.first).to_be_visible(timeout=WAIT)  # the months' points, not the legend's symbols
    expander = main(page).locator("[data-testid=stExpander]").last
    expander.locator("summary").click()
    rows = expander.locator("table.nvk-table tbody tr")
    expect(rows.first).to_be_visible(timeout=WAIT)
    table = {row[0]: row[1] for row in (r.locator("td").all_inner_texts() for r in rows.all())}
    points.last.scroll_into_view_if_needed()
    box = points.last.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("#vg-tooltip-element.visible")
    expect(tooltip).to_contain_text("Värde", timeout=WAIT)
    shown = dict(re.findall(r"(Månad|Värde)\s+([^\t\n]+)", tooltip.inner_text()))
    assert shown["Värde"] == table[shown["Månad"]].strip()
    assert shown["Värde"].endswith("\u00a0dagar") or shown["Värde"].endswith(" dagar")
