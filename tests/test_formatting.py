"""Text from data on its way out: into Markdown and into a spreadsheet."""

from __future__ import annotations

import pytest

from dashboard.formatting import plain, spreadsheet_safe


@pytest.mark.parametrize("text, safe", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+SUM(1,2)", "'+SUM(1,2)"), ("-1+1", "'-1+1"),
    ("@SUM(1)", "'@SUM(1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("Åby", "Åby"), ("1480-ML", "1480-ML"), ("a=b", "a=b"), ("", ""),
])
def test_a_cell_that_would_start_a_formula_gets_an_apostrophe(text, safe):
    assert spreadsheet_safe(text) == safe


def test_markdown_in_a_name_is_escaped():
    # the colon too: Streamlit turns "http:" into a link and ":name:" into an emoji
    assert plain("**fet** [länk](http://ond)") == r"\*\*fet\*\* \[länk\]\(http\://ond\)"
