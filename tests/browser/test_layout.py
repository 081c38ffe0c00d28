"""From 768 to 1920 px wide, nothing on a page is cut or runs off it: every table's columns, every
line of "what changed", every tile and chart fit the page's main area, with every table opened.

At 1024 px Streamlit keeps the sidebar open, which leaves the main area its narrowest (about 630 px);
at 768 it is closed. What fits is measured in the browser: an element whose content is wider than its
own box and clipped or scrolled (a table's frame, a page link's label), or one whose right edge lies
beyond the main area's.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_shell import WAIT, main, settle

#: Elements wider than their box and clipped or scrolled, or reaching past the main area's right edge.
#: An element of a pixel or less is a screen reader's text, drawn nowhere.
OVERFLOWS = """() => {
  const found = [];
  const area = document.querySelector('[data-testid=stMain]');
  const block = document.querySelector('[data-testid=stMainBlockContainer]');
  const right = block.getBoundingClientRect().right - parseFloat(getComputedStyle(block).paddingRight);
  for (const el of area.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (el.contains(block) || style.display === 'none' || style.visibility === 'hidden' || box.width === 0
        || el.clientWidth <= 1) continue;
    const what = `${el.tagName} ${el.getAttribute('data-testid') || ''} ${(el.innerText || '').slice(0, 60)}`;
    if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
      found.push(`${what}: ${el.scrollWidth} px of content in ${el.clientWidth}`);
    else if (box.right > right + 1)
      found.push(`${what}: reaches ${Math.round(box.right)} px, the page ${Math.round(right)}`);
  }
  return found;
}"""

PAGES = [("/?area=1490&lang=sv", "Översikt", "Senaste månaden:"),  # Borås: every tile, what changed
         ("/tackning?area=1480&lang=sv", "Täckning", "Läkare som behövs"),  # Göteborg: 60 centres
         ("/tackning?area=1480-ML&lang=en", "Coverage", "Doctors needed"),
         ("/teambesok?area=1490&lang=sv", "Teambesök", "Hembesök per område och vårdcentral"),
         ("/teambesok?area=1480-ML&rank=centres&lang=en", "Team visits", "Home visits by area and health centre")]


@pytest.mark.parametrize("width", [768, 1024, 1440, 1920])
@pytest.mark.parametrize("path, heading, last", PAGES)
def test_nothing_is_cut_or_runs_off_the_page(browser, app_url, width, path, heading, last):
    context = browser.new_context(viewport={"width": width, "height": 1000}, locale="sv-SE")
    page = context.new_page()
    try:
        page.goto(app_url + path)
        settle(page, heading)
        expect(main(page)).to_contain_text(last, timeout=WAIT)
        expanders = main(page).locator("[data-testid=stExpander]")
        for n in range(expanders.count()):
            expanders.nth(n).locator("summary").evaluate("summary => summary.click()")  # off screen too
            expect(expanders.nth(n).locator("table.nvk-table")).to_be_visible(timeout=WAIT)
        expect(page.locator("[data-testid=stVegaLiteChart] svg.marks").first).to_be_visible(timeout=WAIT)
        assert page.evaluate(OVERFLOWS) == [], f"{path} at {width} px"
    finally:
        context.close()
