"""Text from data on its way out: into Markdown and into a spreadsheet."""

from __future__ import annotations

import pytest

from dashboard import formatting
from dashboard.formatting import plain, spreadsheet_safe


@pytest.mark.parametrize("text, safe", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+SUM(1,2)", "'+SUM(1,2)"), ("-1+1", "'-1+1"),
    ("@SUM(1)", "'@SUM(1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("Åby", "Åby"), ("1480-ML", "1480-ML"), ("a=b", "a=b"), ("", ""),
])
def test_a_cell_that_would_start_a_formula_gets_an_apostrophe(text, safe):
    assert spreadsheet_safe(text) == safe


def test_markdown_in_a_name_is_escaped():
    # the colon too: ":red[…]" colours and ":name:" makes an emoji in Streamlit
    assert plain("**fet** [länk] :red[x] $y$") == r"\*\*fet\*\* \[länk\] \:red\[x\] \$y\$"


@pytest.mark.parametrize("text, shown", [
    ("(http://ond.se)", "\\(http\\:\u200b//ond\\.se\\)"),  # no link made of the address
    ("se www.ond.se", "se \u200bwww\\.ond\\.se"), ("Www.x.se", "\u200bWww\\.x\\.se"),
    ("a@b.se", "a@\u200bb\\.se"),
])
def test_an_address_in_a_name_is_no_link(text, shown):
    # the renderer links any address in plain text: an invisible zero-width space stops it
    assert plain(text) == shown


def test_a_negative_number_has_a_true_minus_sign_and_no_negative_zero():
    # a lower control limit below zero, in a table (not a change: no plus sign)
    assert formatting.number(-10.74, 1, "sv") == "\u221210,7"
    assert formatting.percent(-0.1074, 1, "sv") == "\u221210,7\u00a0%"
    assert formatting.number(-1234.5, 1, "en") == "\u22121,234.5"
    assert formatting.number(-0.04, 1, "sv") == "0,0"


@pytest.mark.parametrize("measure, before, after, reads", [
    # 7,149 and 7,151 read 7,1 and 7,2: the change between them as they read, not 0,002
    ("rate_per_1000", 7.149, 7.151, "+0,1\u00a0per\u00a01\u00a0000"),
    # 7,151 and 7,249 both read 7,2: no move, though 0,098 lies between them
    ("rate_per_1000", 7.151, 7.249, "±0,0\u00a0per\u00a01\u00a0000"),
    # a share as a tenth of a point: 64,149 % and 64,151 % read 64,1 and 64,2
    ("share", 0.64149, 0.64151, "+0,1 procentenheter"),
    ("count", 40.0, 30.0, "\u221210"),
])
def test_a_change_is_taken_between_the_values_as_they_read(measure, before, after, reads):
    change = formatting.as_shown(measure, after) - formatting.as_shown(measure, before)
    assert formatting.indicator_change(measure, change, "sv") == reads


def test_a_half_rounds_away_from_zero_as_a_charts_tooltip_does():
    # 3 048 / 16 = 190.5 days and 34 / 8 = 4.25 visits: Python's round would give 190 and 4.2 (to
    # even) where Vega's tooltip reads 191 and 4.3; 1.005 lies below its half as a float: 1.00 in both
    assert formatting.number(3048 / 16, 0) == "191"
    assert formatting.number(34 / 8, 1) == "4,3"
    assert formatting.number(-2.5, 0) == "\u22123"
    assert formatting.number(1.005, 2) == "1,00"
    assert formatting.percent(0.125, 0) == "13\u00a0%"


@pytest.mark.parametrize("text, lang, number", [
    ("87,5", "sv", 87.5),  # the Swede's decimal comma
    ("87.5", "sv", 87.5),  # and the point many type anyway
    ("87.5", "en", 87.5),
    ("1 200", "sv", 1200.0),
    ("1\u00a0200", "sv", 1200.0),
    ("1,200", "en", 1200.0),  # English groups of three
    ("80 %", "sv", 80.0),
    ("−3", "sv", -3.0),  # a true minus sign, as the page writes it
    (" 5 ", "en", 5.0),
])
def test_a_number_is_read_as_a_person_types_it(text, lang, number):
    assert formatting.typed_number(text, lang) == number


@pytest.mark.parametrize("text, lang", [
    ("87,5", "en"),  # not 875: a comma in English only between groups of three
    ("1,20", "en"),
    ("87,5,1", "sv"),
    ("1.200,5", "sv"),
    ("nan", "sv"), ("inf", "en"), ("1e3", "sv"), ("1_0", "en"),  # what Python's float reads and nobody types
    ("", "sv"), ("åtta", "sv"), ("--1", "sv"),
])
def test_what_is_not_a_number_as_typed_is_refused(text, lang):
    with pytest.raises(ValueError):
        formatting.typed_number(text, lang)


@pytest.mark.parametrize("value, lang, text", [(87.5, "sv", "87,5"), (87.5, "en", "87.5"), (100.0, "sv", "100"),
                                               (1234567.0, "sv", "1234567"), (0.125, "en", "0.125")])
def test_a_number_is_typed_back_without_groups(value, lang, text):
    assert formatting.typed(value, lang) == text
