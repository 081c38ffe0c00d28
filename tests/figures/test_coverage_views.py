"""The coverage page's map, ranking and centre table as a user reads them (mutation triage).

The figures are test_coverage.py's hand-made ones, so every expectation is arithmetic on them.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import polars as pl
import pytest

from dashboard.figures import coverage
from tests.figures.test_coverage import (  # noqa: F401 (default_settings: the autouse fixture)
    CENTRE_FIGURES,
    COVERAGE,
    DEC,
    DECEMBER,
    JAN,
    FakeSource,
    _cell_by_cell,
    _row,
    cells,
    default_settings,
    view_of,
)


def map_rows(fig) -> dict[str, dict]:
    """The map's tiles that have a unit of ours, by code (the tile grid holds Majorna-Linné of them)."""
    spec = fig.chart.to_dict()
    return {r["area_code"]: r for r in spec["datasets"][spec["data"]["name"]] if r["suppressed"] is not None}


def layer_rows(fig, mark: str) -> list[dict]:
    spec = fig.chart.to_dict()
    layer = next(layer for layer in spec["layer"] if layer["mark"]["type"] == mark)
    return spec["datasets"][layer["data"]["name"]]


# --- the map -------------------------------------------------------------------------------------

def test_map_in_english_names_itself_and_outlines_the_selection():
    # Majorna-Linné 40 of 100 in December: its tile reads 40%, and it is outlined as the selection
    fig = coverage.map_figure(view_of(lang="en"), FakeSource(), COVERAGE)
    assert (fig.key, fig.title) == ("coverage_map", "Offered a mobile doctor, 65+ – Testregionen")
    assert fig.subtitle == "Municipalities and Göteborg's districts · December 2025"
    spec = fig.chart.to_dict()
    assert spec["title"] == {"text": fig.title, "subtitle": [fig.subtitle]}
    outline = spec["layer"][-1]
    assert outline["mark"]["filled"] is False
    assert outline["transform"][-1] == {"filter": {"field": "area_code", "oneOf": ["1480-ML"]}}
    tile = map_rows(fig)["1480-ML"]
    assert (tile["name"], tile["display"], tile["is_selected"]) == ("Majorna-Linné", "40%", True)


def test_map_tile_of_a_hidden_share_reads_a_dash():
    # Majorna-Linné hidden (its numerator small): a share hidden reads "–", whatever made it small
    source = FakeSource(months={DEC: {**DECEMBER, "1480-ML": ("hidden", True, False)}})
    fig = coverage.map_figure(view_of(), source, COVERAGE)
    assert map_rows(fig)["1480-ML"]["display"] == "–"
    assert fig.table.cell("Värde", fig.table.height - 1, "sv") == "–"


def test_map_tile_of_a_hidden_count_says_whether_the_count_is_small():
    # a count (home visits) hidden for being small reads "<5"; one hidden for another's sake "–"
    small = FakeSource(months={DEC: {**DECEMBER, "1480-ML": ("hidden", True, False)}})
    assert map_rows(coverage.map_figure(view_of(), small, "home_visits"))["1480-ML"]["display"] == "<5"
    other = FakeSource(months={DEC: {**DECEMBER, "1480-ML": ("hidden", False, False)}})
    assert map_rows(coverage.map_figure(view_of(), other, "home_visits"))["1480-ML"]["display"] == "–"


class NoFigures(FakeSource):
    """A month without any unit's figures."""

    def areas(self, area_codes, first, last, indicator_ids):
        return super().areas(area_codes, first, last, indicator_ids).clear()


def test_map_of_a_month_without_figures_has_grey_tiles_and_an_empty_table():
    fig = coverage.map_figure(view_of(), NoFigures(), COVERAGE)
    assert fig.table.height == 0 and fig.table.columns == ["Område", "Värde", "Täljare", "Nämnare"]
    assert map_rows(fig) == {}  # no tile has one of our units' figures
    spec = fig.chart.to_dict()
    assert {r["display"] for r in spec["datasets"][spec["data"]["name"]]} == {"–"}


# --- the ranking ---------------------------------------------------------------------------------

def test_ranking_in_english_names_itself_and_its_reference_line():
    fig = coverage.ranking_figure(view_of(lang="en"), FakeSource(), COVERAGE)
    assert (fig.key, fig.title) == ("coverage_ranking", "Offered a mobile doctor, 65+ – Ranking")
    assert fig.subtitle == "December 2025 · dashed line: Testregionen"
    spec = fig.chart.to_dict()
    assert spec["title"] == {"text": fig.title, "subtitle": [fig.subtitle]}
    # the region's 50 / 100 = 0.5, labelled with its name
    assert layer_rows(fig, "rule") == [{"value": 0.5, "label": "Testregionen"}]


def test_ranking_highlights_only_the_selection():
    fig = coverage.ranking_figure(view_of(), FakeSource(), COVERAGE)
    bars = {r["name"]: r.get("is_selected") for r in layer_rows(fig, "bar")}
    assert bars == {"Centrum": False, "Kullen": False, "Majorna-Linné": True, "Hamnen": False}


def test_ranking_of_the_region_is_among_its_municipalities():
    # Åby 30 / 40 = 75 %, Storstad 20 / 60 = 33 %, the region 50 / 100 = 50 % last
    fig = coverage.ranking_figure(view_of(area="R"), FakeSource(), COVERAGE)
    assert fig.table.column_values("Område") == ["Åby", "Storstad", "Testregionen"]
    assert cells(fig.table, "Värde") == ["75\u00a0%", "33\u00a0%", "50\u00a0%"]


def test_ranking_marks_a_hidden_units_small_denominator():
    # Hamnen hidden with both its counts small: "<5" for each, and "–" for its share
    source = FakeSource(months={DEC: {**DECEMBER, "1002-H": ("hidden", True, True)}})
    table = coverage.ranking_figure(view_of(), source, COVERAGE).table
    assert table.frame["Område"][3] == "Hamnen"
    assert [table.cell(c, 3, "sv") for c in ("Värde", "Täljare", "Nämnare")] == ["–", "<5", "<5"]


# --- the centre table ----------------------------------------------------------------------------

def test_centre_table_in_english_names_itself():
    fig = coverage.centre_figure(view_of(lang="en"), FakeSource())
    assert (fig.key, fig.title) == ("coverage_centres", "Health centres in Majorna-Linné")
    assert fig.subtitle == "Majorna-Linné · January – December 2025 · compared with Testregionen"
    assert fig.definition == ("Patients and shares at the end of December 2025; home visits and team visits in "
                              "the period. A health centre counts the patients listed with it, wherever they live; "
                              "the area's figures above count patients where they live. The sums therefore differ. "
                              "Not taking part: the centre was not in the scheme (at the month's end for the patients "
                              "with a doctor, in none of the period's months for the visits); an empty Took part "
                              "until: it still takes part.")
    assert fig.table.columns[:2] == ["Health centre", "Ownership"]
    assert fig.table.frame["Health centre"][0] == "Citys vårdcentral"  # 50 patients, the most
    assert fig.notes == ()


def test_centre_table_without_centres_says_so_in_english():
    fig = coverage.centre_figure(view_of(area="1002-K", lang="en"), FakeSource())
    assert fig.notes == ("No health centres lie in the area.",)
    assert fig.title == "Health centres in Kullen"


class PeriodCentres(FakeSource):
    """The centres' figures of the selected area over the whole period; asked anything else, 0 of 0."""

    def centres(self, area_code, centre_ids, first, last, indicator_ids):
        if (area_code, first, last) == ("1480-ML", JAN, DEC):
            return super().centres(area_code, centre_ids, first, last, indicator_ids)
        return pl.DataFrame([_cell_by_cell(_row(i, None, last, None, hc_id=hc))
                             for hc in centre_ids for i in indicator_ids])


def test_centre_table_is_the_selected_areas_over_the_period():
    # CENTRE_FIGURES' patients: Citys 50, Backens 40, Ängens 30, Dalens 12
    fig = coverage.centre_figure(view_of(), PeriodCentres())
    assert fig.table.column_values("Listade patienter 65+ med hemsjukvård") == [50, 40, 30, 12]
    assert cells(fig.table, "Hembesök") == ["10", "<5", "40", "20"]


class VariedCentres(FakeSource):
    """Centres with an empty share (0 of 0), a published 0 and a figure hidden inside a small total.

    Ängen: 0 with a doctor of "<5" patients: the total small, the 0 hidden inside it ("–"); no
    fixed contacts of 0 patients (an empty share); 3 home visits ("<5").
    Backen: 2 of 30 with a fixed contact ("–"); 10 home visits (outside the scheme, but visits made).
    City: 0 home visits (a published 0: it took part until June)."""

    figures: ClassVar[dict] = {
        "HC_A": {**CENTRE_FIGURES["HC_A"], "coverage_offered_65": ("hidden", False, True), "fixed_contact_65": None,
                 "home_visits": (3, None)},
        "HC_B": {**CENTRE_FIGURES["HC_B"], "fixed_contact_65": (2, 30), "home_visits": (10, None)},
        "HC_C": {**CENTRE_FIGURES["HC_C"], "home_visits": (0, None)},
        "HC_D": CENTRE_FIGURES["HC_D"],
    }

    def centres(self, _area_code, centre_ids, _first, last, indicator_ids):
        rows = []
        for hc in centre_ids:
            for i in indicator_ids:
                figure = self.figures[hc][i]
                row = _row(i, None, last, figure, hc_id=hc)
                rows.append(row if figure and figure[0] == "hidden" else _cell_by_cell(row))
        return pl.DataFrame(rows)


def test_centre_table_hides_a_count_inside_a_small_total():
    fig = coverage.centre_figure(view_of(), VariedCentres())
    row = list(fig.table.frame["Vårdcentral"]).index("Ängens vårdcentral")
    assert fig.table.cell("Listade patienter 65+ med hemsjukvård", row, "sv") == "<5"
    assert fig.table.cell("varav med mobil läkare", row, "sv") == "–"


def test_centre_table_sorts_hidden_cells_before_empty_ones():
    # fixed contact: Citys 24 / 50 = 48 %, Dalens 5 / 12 = 42 %, Backens hidden (2 of 30), Ängens none (0 of 0)
    fig = coverage.centre_figure(view_of(), VariedCentres(), "centre.fixed_contact")
    assert [n.split()[0] for n in fig.table.frame["Vårdcentral"]] == ["Citys", "Dalens", "Backens", "Ängens"]
    assert cells(fig.table, "Fast vårdkontakt") == ["48\u00a0%", "42\u00a0%", "–", "uppgift saknas"]


def test_centre_table_sorts_a_published_zero_before_hidden_cells():
    # home visits: Dalens 20, Backens 10, Citys 0, then Ängens's hidden 3 ("<5")
    fig = coverage.centre_figure(view_of(), VariedCentres(), "centre.home_visits")
    assert [n.split()[0] for n in fig.table.frame["Vårdcentral"]] == ["Dalens", "Backens", "Citys", "Ängens"]
    assert cells(fig.table, "Hembesök") == ["20", "10", "0", "<5"]


class OutsideCentres(VariedCentres):
    """Dalen, which never took part, with no home visits, no team visits (0 of 0) and no patient with a
    mobile doctor as the fixed contact (0 of 12)."""

    figures: ClassVar[dict] = {**VariedCentres.figures, "HC_D": {**CENTRE_FIGURES["HC_D"], "home_visits": (0, None),
                                                                  "team_visit_share": None,
                                                                  "fixed_contact_65": (0, 12)}}


def test_a_centre_outside_the_scheme_reads_deltar_inte_where_its_figure_is_nothing():
    # Dalens took no part in 2025: its 0 visits and its empty team share read "deltar inte", after the
    # hidden cells; its patients with a mobile doctor (10, from another centre's) stay a number, and
    # Backens's 10 visits, made outside the scheme, too
    fig = coverage.centre_figure(view_of(), OutsideCentres(), "centre.home_visits")
    assert [n.split()[0] for n in fig.table.frame["Vårdcentral"]] == ["Backens", "Citys", "Ängens", "Dalens"]
    assert cells(fig.table, "Hembesök") == ["10", "0", "<5", "deltar inte"]
    assert cells(fig.table, "Teambesök")[-1] == "deltar inte"
    assert cells(fig.table, "Fast vårdkontakt")[-1] == "deltar inte"
    assert cells(fig.table, "Fast vårdkontakt")[1] == "48\u00a0%"  # Citys 24 / 50: a centre taking part
    assert cells(fig.table, "varav med mobil läkare")[-1] == "10"
    assert not fig.table.is_hidden("Hembesök", 3) and fig.table.column_values("Hembesök")[3] is None
    english = coverage.centre_figure(view_of(lang="en"), OutsideCentres(), "centre.home_visits")
    assert cells(english.table, "Home visits", "en")[-1] == "not taking part"


class IdleCentres(VariedCentres):
    """Ängen takes part but has done nothing: none of its 30 patients with a mobile doctor, none with
    one as the fixed contact, no team visit among no visits (0 of 0)."""

    figures: ClassVar[dict] = {**VariedCentres.figures, "HC_A": {
        "coverage_offered_65": (0, 30), "fixed_contact_65": (0, 30), "home_visits": (0, None),
        "team_visit_share": None}}


def test_a_centre_taking_part_reads_its_zeros_as_numbers():
    # a centre in the scheme that did nothing is what the table is for: its 0, 0 % and empty share
    # are figures, never "deltar inte"
    fig = coverage.centre_figure(view_of(), IdleCentres(), "centre.name")
    row = [n.split()[0] for n in fig.table.frame["Vårdcentral"]].index("Ängens")
    shown = {column: fig.table.cell(column, row, "sv") for column in (
        "varav med mobil läkare", "Fast vårdkontakt", "Hembesök", "Teambesök")}
    assert shown == {"varav med mobil läkare": "0", "Fast vårdkontakt": "0\u00a0%", "Hembesök": "0",
                     "Teambesök": "uppgift saknas"}


@pytest.mark.parametrize("start, end, month, takes_part", [
    (date(2025, 12, 31), None, date(2025, 12, 1), True),  # from the month's last day: in at its end
    (date(2026, 1, 1), None, date(2025, 12, 1), False),  # from the day after it
    (date(2025, 3, 1), date(2025, 6, 30), date(2025, 6, 1), False),  # ended on the month's last day: out at its end
    (date(2025, 3, 1), date(2025, 6, 30), date(2025, 5, 1), True),
    (date(2025, 3, 1), date(2025, 7, 1), date(2025, 6, 1), True),  # ended the day after
    (None, None, date(2025, 6, 1), False),  # never
])
def test_a_centre_takes_part_at_a_months_end_by_the_contracts_rule(start, end, month, takes_part):
    # hc_participation: mobile_doctor_start <= eom, end null or > eom; the start page reads the same
    from dashboard.figures.selection import Centre

    centre = Centre("HC9", "Nya", "1480-ML", "public", start, end)
    assert centre.takes_part(month) is takes_part
