"""The Figure base: tables keep numbers as numbers and hidden cells as marks; a view names itself."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.figures.figure import Figure, Hidden, Remark, Table, make_table
from dashboard.figures.selection import Area, Centre, Choices, Selection
from dashboard.figures.view import Page, View, slug


def test_a_table_keeps_numbers_and_marks_hidden_cells():
    table = make_table(
        [{"Område": "Borås", "Andel": 0.815, "Patienter": 1142},
         {"Område": "Bollebygd", "Andel": Hidden(), "Patienter": Hidden(small=True)}],
        {"Område": "text", "Andel": "share", "Patienter": "count"},
    )
    assert table.frame["Patienter"].to_list() == [1142.0, None]
    assert table.frame.schema["Andel"] == pl.Float64
    assert table.column_values("Andel") == [0.815, None]
    assert table.display("sv").to_dicts() == [
        {"Område": "Borås", "Andel": "82\u00a0%", "Patienter": "1\u00a0142"},
        {"Område": "Bollebygd", "Andel": "–", "Patienter": "<5"},
    ]
    assert table.display("en")["Patienter"].to_list() == ["1,142", "<5"]


def test_a_hidden_cell_is_never_its_number_even_when_one_is_given():
    table = make_table([{"n": Hidden(small=True)}], {"n": "count"})
    assert table.is_hidden("n", 0) and table.cell("n", 0, "sv") == "<5"


@pytest.mark.parametrize("kind, value, shown", [
    ("month", date(2025, 12, 1), "december 2025"),
    ("date", date(2025, 12, 31), "2025-12-31"),
    ("rate_per_1000", 53.14, "53,1\u00a0per\u00a01\u00a0000"),
    ("ratio", 2.0, "2,00"),
    ("count", 12.5, "12,5"),
])
def test_kinds_read_the_swedish_way(kind, value, shown):
    assert make_table([{"x": value}], {"x": kind}).cell("x", 0, "sv") == shown


@pytest.mark.parametrize("kind, value, lang, shown", [
    # 0.8934 is 89.34 %: one decimal, where a share elsewhere has none
    ("share", 0.8934, "sv", "89,3\u00a0%"),
    ("share", 0.8934, "en", "89.3%"),
    # 53.146 per 1 000: two decimals (the 6 rounds the 4 up), where elsewhere it has one
    ("rate_per_1000", 53.146, "sv", "53,15\u00a0per\u00a01\u00a0000"),
    ("rate_per_1000", 53.146, "en", "53.15\u00a0per\u00a01,000"),
    # 12.34 days: one decimal, where elsewhere whole days
    ("median_days", 12.34, "sv", "12,3 dagar"),
    ("mean_days", 12.34, "sv", "12,3 dagar"),
    ("mean_days", 12.34, "en", "12.3 days"),
    # a count: one decimal, where elsewhere none; any other number: two, where elsewhere one
    ("count", 12.34, "sv", "12,3"),
    ("mean", 3.14159, "sv", "3,14"),
    ("mean", 3.14159, "en", "3.14"),
])
def test_a_precise_column_reads_with_a_decimal_more(kind, value, lang, shown):
    assert make_table([{"x": value}], {"x": kind}, precise=["x"]).cell("x", 0, lang) == shown


CHOICES = Choices(
    areas={"14": Area("14", "Västra Götalandsregionen", "region", None),
           "1480": Area("1480", "Göteborg", "municipality", "14"),
           "1480-ML": Area("1480-ML", "Majorna-Linné", "district", "1480")},
    units_by_area={"14": frozenset({"1480-ML"}), "1480": frozenset({"1480-ML"}), "1480-ML": frozenset({"1480-ML"})},
    centres={"HC1": Centre("HC1", "Vårdcentralen Linné", "1480-ML", "public")},
    teams={"T1": "NSVT Centrum"},
    months=[date(2025, m, 1) for m in range(1, 13)],
)


def view(**changes) -> View:
    selection = Selection("sv", "1480-ML", date(2025, 1, 1), date(2025, 12, 1), "region")
    return View(selection, CHOICES, date(2026, 1, 15), "Demo", page="tackning", **changes)


def test_a_view_names_itself_in_words_link_and_file():
    v = view(page_params=(("indicator", "fixed_contact_65"),))
    assert v.subtitle() == "Majorna-Linné · januari–december 2025 · jämfört med Västra Götalandsregionen"
    assert v.link() == ("/tackning?area=1480-ML&from=2025-01&to=2025-12&compare=region&lang=sv"
                        "&indicator=fixed_contact_65")
    assert v.link(indicator="need_coverage").endswith("&indicator=need_coverage")
    assert v.file_stem("tackning") == "tackning_majorna-linne_2025-01_2025-12"


def test_a_centre_view_is_about_the_centre():
    selection = Selection("en", "1480-ML", date(2025, 1, 1), date(2025, 3, 1), "none", hc_id="HC1")
    v = View(selection, CHOICES, date(2026, 1, 15), None)
    assert v.scope.hc_id == "HC1"
    assert v.subtitle() == "Vårdcentralen Linné · January – March 2025 · no comparison"
    assert v.source == "unknown"


def test_a_comparison_with_the_selection_itself_says_so():
    # the sidebar says "compare with the region" while the region is chosen: the header must not
    # contradict it with a bare "no comparison"
    region = View(Selection("sv", "14", date(2025, 1, 1), date(2025, 3, 1), "region"), CHOICES, date(2026, 1, 15),
                  None)
    assert region.comparison is None
    assert region.comparison_text() == "ingen jämförelse: urvalet är självt jämförelseområdet"


def test_slug_keeps_letters_and_digits_only():
    assert slug("Åmål / Öckerö: Mölndal!") == "amal-ockero-molndal"


def test_the_start_page_is_at_the_root_and_others_at_their_file_name():
    assert Page("overview.py", "page.overview", "", order=0).url == ""
    assert Page("tackning.py", "page.coverage", "", order=10).url == "tackning"


def test_a_tables_counts_are_numbers_with_decimals_even_when_given_whole_or_all_missing():
    table = make_table([{"n": 1142, "m": None}, {"n": 3, "m": None}], {"n": "count", "m": "share"})
    assert table.frame.schema == {"n": pl.Float64, "m": pl.Float64}


def test_an_empty_table_still_reads_as_text_columns():
    shown = make_table([], {"Område": "text", "Andel": "share"}).display("sv")
    assert shown.schema == {"Område": pl.String, "Andel": pl.String} and shown.height == 0


def test_a_hidden_cells_number_never_reaches_a_reader_of_the_column():
    # a table made by hand with the true number still in a hidden cell: the shown values leave it out
    frame = pl.DataFrame({"n": [3.0, 12.0]})
    table = Table(frame, {"n": "count"}, hidden={"n": {0: Hidden(small=True)}})
    assert table.column_values("n") == [None, 12.0]


@pytest.mark.parametrize("kind, value, shown", [
    ("date", date(2025, 12, 31), "2025-12-31"),
    ("number", 3.14159, "3.1"),  # one decimal
])
def test_kinds_read_the_english_way(kind, value, shown):
    assert make_table([{"x": value}], {"x": kind}).cell("x", 0, "en") == shown


def test_an_english_change_is_signed_and_in_points_for_a_share():
    # 0.012 is 1.2 percentage points
    table = make_table([{"d": 0.012}], {"d": "share"}, changes=["d"])
    assert table.cell("d", 0, "en") == "+1.2 percentage points"


def test_an_english_caption_has_the_definition_source_and_date():
    fig = Figure(key="k", title="T", subtitle="S", table=make_table([], {"x": "text"}), definition="Def.",
                 source="Src", extract_date=date(2025, 6, 10), link="/", file_stem="f")
    assert fig.caption("en") == ("Def. Source: Src, extract of 10 June 2025. Counts of patients or visits from 1 "
                                 "to 4 read <5. Counts hidden to protect other figures read –. The other such "
                                 "counts are slightly perturbed to protect individuals.")


def test_an_english_comparison_with_the_selection_itself_says_so():
    region = View(Selection("en", "14", date(2025, 1, 1), date(2025, 3, 1), "region"), CHOICES, date(2026, 1, 15),
                  None)
    assert region.comparison_text() == "no comparison: the selection is itself the area compared with"


def test_an_english_indicators_figure_is_defined_by_the_indicator_in_english():
    english = View(Selection("en", "1480-ML", date(2025, 1, 1), date(2025, 12, 1), "region"), CHOICES,
                   date(2026, 1, 15), "Demo", page="tackning")
    fig = english.figure("k", "T", "S", make_table([], {"x": "text"}), "ed_visits", "trend")
    assert fig.definition == "Number of emergency-department visits in the period, all ages."


@pytest.mark.parametrize("kind, lang, shown", [
    ("share", "sv", "uppgift saknas"), ("count", "sv", "uppgift saknas"), ("rate_per_1000", "en", "no data"),
    ("text", "sv", ""), ("month", "sv", ""), ("date", "sv", ""),
])
def test_a_measure_without_a_value_says_so_and_an_empty_text_stays_empty(kind, lang, shown):
    # a month its source does not reach, or a share of nothing: never an empty cell that reads as 0
    assert make_table([{"x": None}], {"x": kind}).cell("x", 0, lang) == shown


def test_a_remark_reads_in_words_where_a_number_would_be():
    table = make_table([{"A": Remark("kpi.not_compared")}, {"A": 3.0}], {"A": "count"})
    assert table.column_values("A") == [None, 3.0]
    assert [table.cell("A", r, "sv") for r in range(2)] == ["jämförs inte", "3"]
    assert table.cell("A", 0, "en") == "not compared" and not table.is_hidden("A", 0)
