"""A figure's table as the page draws it (`render.table_html`): every cell as its text, names from
the data escaped, numbers set to the right and dates kept whole."""

from __future__ import annotations

from datetime import date

from dashboard.figures.figure import Hidden, make_table
from dashboard.ui.render import table_html
from tests.figures.extracts import view
from tests.pages.shown_tables import read_table

HOSTILE = 'Åby <b>fet</b> & "citat" <script>alert(1)</script>'


def test_a_table_is_escaped_text_with_its_numbers_to_the_right():
    table = make_table([
        {"Område": HOSTILE, "Sedan": date(2024, 3, 1), "Patienter": 1234.0, "Andel": 0.5},
        {"Område": "Västra", "Sedan": None, "Patienter": Hidden(small=True), "Andel": Hidden()},
    ], {"Område": "text", "Sedan": "date", "Patienter": "count", "Andel": "share"})
    fig = view().figure("k", "Titel <i>x</i>", "", table, None, "tabell", definition="Definition")
    markup = table_html(fig, "sv")
    # nothing of the name is markup: no element but the table's own
    assert "<b>" not in markup and "<script>" not in markup and "<i>" not in markup
    assert "Åby &lt;b&gt;fet&lt;/b&gt; &amp; &quot;citat&quot; &lt;script&gt;" in markup
    assert 'aria-label="Titel &lt;i&gt;x&lt;/i&gt;"' in markup
    assert read_table(markup).to_dict("list") == {
        "Område": [HOSTILE, "Västra"], "Sedan": ["2024-03-01", ""], "Patienter": ["1\u00a0234", "<5"],
        "Andel": ["50\u00a0%", "–"]}
    # text and months left, dates whole, numbers right (style.css)
    assert '<th scope="col">Område</th><th scope="col" class="date">Sedan</th>' in markup
    assert '<td class="num">1\u00a0234</td><td class="num">50\u00a0%</td>' in markup
