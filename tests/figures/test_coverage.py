"""The coverage page's builders and rules against numbers worked out by hand.

A fake source answers the Source's questions with hand-made figures, so every expected value below
is arithmetic on those figures, not a second run of the code under test.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import polars as pl
import pytest

from dashboard.figures import coverage
from dashboard.figures.figure import Hidden
from dashboard.figures.indicator_charts import trend_figure
from dashboard.figures.selection import Area, Centre, Choices, Selection
from dashboard.figures.view import View
from dashboard.metrics import funnel, need, spread
from dashboard.metrics.indicators import Scope
from dashboard.metrics.periods import Period, month_label

JAN, DEC = date(2025, 1, 1), date(2025, 12, 1)
COVERAGE = "coverage_offered_65"

AREAS = {a.code: a for a in (
    Area("R", "Testregionen", "region", None),
    Area("1001", "Åby", "municipality", "R", is_home_care_unit=True),
    Area("1002", "Storstad", "municipality", "R"),
    Area("1480-ML", "Majorna-Linné", "district", "1002", is_home_care_unit=True),
    Area("1002-C", "Centrum", "district", "1002", is_home_care_unit=True),
    Area("1002-H", "Hamnen", "district", "1002", is_home_care_unit=True),
    Area("1002-K", "Kullen", "district", "1002", is_home_care_unit=True),
)}
DISTRICTS = ("1480-ML", "1002-C", "1002-H", "1002-K")
CENTRES = {c.hc_id: c for c in (
    Centre("HC_A", "Ängens vårdcentral", "1480-ML", "public", date(2016, 3, 1)),
    Centre("HC_B", "Backens vårdcentral", "1480-ML", "private"),
    Centre("HC_C", "Citys vårdcentral", "1480-ML", "public", date(2020, 1, 1), date(2025, 6, 30)),
    Centre("HC_D", "Dalens vårdcentral", "1480-ML", "public"),
)}
CHOICES = Choices(
    areas=AREAS,
    units_by_area={"R": frozenset({"1001", *DISTRICTS}), "1001": frozenset({"1001"}),
                   "1002": frozenset(DISTRICTS), **{d: frozenset({d}) for d in DISTRICTS}},
    centres=CENTRES, teams={}, months=Period(JAN, DEC).months,
)

# (numerator, denominator), or a hidden figure: ("hidden", numerator is small, denominator is small)
DECEMBER = {"R": (50, 100), "1001": (30, 40), "1002": (20, 60),
            "1480-ML": (40, 100), "1002-C": (80, 100), "1002-H": ("hidden", True, False), "1002-K": (44, 100)}
JANUARY = {"R": (48, 100), "1480-ML": (50, 100), "1002-C": (75, 100), "1002-H": (60, 100), "1002-K": (70, 100)}
# published centre figures, by centre and indicator: see test_centre_table_hides_cell_by_cell
CENTRE_FIGURES = {
    "HC_A": {"coverage_offered_65": (3, 30), "fixed_contact_65": (2, 30), "home_visits": (40, None),
             "team_visit_share": (10, 40)},
    "HC_B": {"coverage_offered_65": (20, 40), "fixed_contact_65": (15, 40), "home_visits": (3, None),
             "team_visit_share": (2, 3)},
    "HC_C": {"coverage_offered_65": (25, 50), "fixed_contact_65": (24, 50), "home_visits": (10, None),
             "team_visit_share": (5, 10)},
    "HC_D": {"coverage_offered_65": (10, 12), "fixed_contact_65": (5, 12), "home_visits": (20, None),
             "team_visit_share": (10, 20)},
}


def _row(indicator: str, code: str, month: date, figure, hc_id: str | None = None) -> dict:
    label = month_label(month)
    base = {"indicator": indicator, "area_code": None if hc_id else code, "hc_id": hc_id, "team_id": None,
            "from": label, "to": label}
    if figure is None:
        return {**base, "numerator": 0.0, "denominator": 0.0, "value": None, "suppressed": False,
                "numerator_small": False, "denominator_small": False}
    if figure[0] == "hidden":
        return {**base, "numerator": None, "denominator": None, "value": None, "suppressed": True,
                "numerator_small": figure[1], "denominator_small": figure[2]}
    numerator, denominator = figure
    value = numerator if denominator is None else numerator / denominator
    return {**base, "numerator": float(numerator), "denominator": None if denominator is None else float(denominator),
            "value": value, "suppressed": False, "numerator_small": False, "denominator_small": False}


class FakeSource:
    """The Source's questions answered from the hand-made figures above (every indicator alike)."""

    def __init__(self, months=None, listing=None, population=10_000):
        self.months = months or {JAN: JANUARY, DEC: DECEMBER}
        self.listing = listing if listing is not None else {"participating": (80, 10), "not_participating": (20, 3)}
        self.population = population

    def monthly(self, scope, first, last, indicator_ids):
        return pl.DataFrame([_row(i, scope.area_code, m, self.months.get(m, {}).get(scope.area_code))
                             for i in indicator_ids for m in Period(first, last).months])

    def areas(self, area_codes, first, last, indicator_ids):
        assert first == last
        return pl.DataFrame([_row(i, code, last, self.months.get(last, {}).get(code))
                             for i in indicator_ids for code in area_codes])

    def centres(self, _area_code, centre_ids, _first, last, indicator_ids):
        return pl.DataFrame([_cell_by_cell(_row(i, None, last, CENTRE_FIGURES[hc][i], hc_id=hc))
                             for hc in centre_ids for i in indicator_ids])

    def listing_counts(self, _area_code, _month):
        patients = sum(a for a, _ in self.listing.values())
        outside, without = self.listing.get("not_participating", (0, 0))
        return pl.DataFrame({"cell": ["patients", "outside", "without"], "count": [patients, outside, without],
                             "small": [0 < c < 5 for c in (patients, outside, without)]}).with_columns(
            pl.when(pl.col("small")).then(None).otherwise(pl.col("count")).cast(pl.Float64).alias("count"))

    def population_65(self, _area_code, _month):
        return self.population


def _cell_by_cell(row: dict) -> dict:
    """A centre's figure as the Source gives it for a table shown cell by cell: a count from 1 to 4
    is blanked and marked small, and its figure's value hidden; other counts stay."""
    small = {part: row[part] is not None and 0 < row[part] < 5 for part in ("numerator", "denominator")}
    hidden = any(small.values())
    return {**row, **{part: None if small[part] else row[part] for part in small},
            **{f"{part}_small": small[part] for part in small},
            "value": None if hidden else row["value"], "suppressed": hidden}


def view_of(area="1480-ML", lang="sv", compare="region") -> View:
    return View(Selection(lang, area, JAN, DEC, compare), CHOICES, date(2026, 1, 12), "Testkälla", page="tackning",
                page_name=coverage.PAGE.name)


@pytest.fixture(autouse=True)
def default_settings(monkeypatch):
    for name in ("NVK_SUPPRESS_MIN", "NVK_NEED_MOST_ILL", "NVK_NEED_MULTI_FAILING", "NVK_NEED_FRAIL",
                 "NVK_PATIENTS_PER_DOCTOR", "NVK_BOUNDARIES"):
        monkeypatch.delenv(name, raising=False)


def cells(table, column, lang="sv") -> list[str]:
    return [table.cell(column, r, lang) for r in range(table.height)]


# --- the rules, in dashboard.metrics ------------------------------------------------------------

def test_funnel_limits_are_the_binomial_ones_at_1_96_and_3_09():
    # p = 0.5, n = 100: standard error √(0.25 / 100) = 0.05
    assert funnel.limits(0.5, 100, funnel.Z_95) == pytest.approx((0.5 - 1.959964 * 0.05, 0.5 + 1.959964 * 0.05))
    assert funnel.limits(0.5, 100, funnel.Z_998) == pytest.approx((0.5 - 3.090232 * 0.05, 0.5 + 3.090232 * 0.05))
    # p = 0.9, n = 400: √(0.09 / 400) = 0.015; the upper 99.8 % limit 0.9464 stays below 1
    assert funnel.limits(0.9, 400, funnel.Z_998) == pytest.approx((0.9 - 0.046353, 0.9 + 0.046353), abs=1e-6)
    # a share cannot pass 0 or 1: p = 0.98, n = 4 gives ±0.137 around 0.98
    assert funnel.limits(0.98, 4, funnel.Z_95)[1] == 1.0


@pytest.mark.parametrize("value, expected", [
    (0.55, "inside"),  # within 0.5 ± 0.098
    (0.44, "inside"),  # with limits at one standard error (0.45–0.55) it would be below
    (0.60, "above_95"),  # above 0.598, below 0.6545
    (0.66, "above_998"),
    (0.39, "below_95"),
    (0.34, "below_998"),  # below 0.3455
])
def test_funnel_position_against_the_limits(value, expected):
    assert funnel.position(value, 100, 0.5) == expected


def test_funnel_band_runs_both_limits_to_beyond_the_largest_unit():
    band = funnel.band(0.5, 200, points=4)
    assert band["denominator"].unique().sort().to_list() == pytest.approx([52.5, 105, 157.5, 210])
    at_105 = band.filter(pl.col("denominator") == 105).sort("level")
    assert at_105["level"].to_list() == ["95", "99.8"]
    assert at_105["upper"].to_list() == pytest.approx([0.5 + 1.959964 * math.sqrt(0.25 / 105),
                                                       0.5 + 3.090232 * math.sqrt(0.25 / 105)])


def test_need_divides_the_target_by_the_patients_a_doctor_can_have():
    # 10 000 inhabitants 65+, 15 % most ill or multi-failing: 1 500 patients, 250 a doctor: 6 doctors
    result = need.need(10_000, 900, (0.05, 0.15, 0.25), 250)
    assert (result.most_ill, result.multi_failing, result.frail) == pytest.approx((500, 1000, 1000))
    assert result.target == pytest.approx(1500)
    assert result.doctors_needed == pytest.approx(6.0)
    assert result.share_reached == pytest.approx(0.6)
    assert result.doctors_for_reached == pytest.approx(3.6)
    assert need.need(None, 900, (0.05, 0.15, 0.25), 250) is None


def test_spread_ratio_is_highest_over_lowest():
    result = spread.spread({"a": 0.4, "b": 0.8, "c": 0.6, "hidden": None})
    assert (result.lowest, result.highest, result.units) == ("a", "b", 3)
    assert result.ratio == pytest.approx(2.0)
    assert spread.spread({"a": 0.0, "b": 0.5}).ratio is None
    assert spread.spread({"a": 0.5, "hidden": None}) is None


# --- map, ranking, funnel -----------------------------------------------------------------------

def test_map_table_has_every_unit_with_its_counts_and_hidden_marks():
    fig = coverage.map_figure(view_of(), FakeSource(), COVERAGE)
    table = fig.table
    assert table.column_values("Område") == ["Centrum", "Åby", "Kullen", "Majorna-Linné", "Hamnen"]
    assert table.column_values("Värde")[:4] == pytest.approx([0.8, 0.75, 0.44, 0.4])
    assert table.column_values("Täljare") == [80, 30, 44, 40, None]
    assert table.column_values("Nämnare") == [100, 40, 100, 100, None]
    # Hamnen is hidden: its numerator is itself small, its denominator hidden for the share's sake
    assert [table.cell(c, 4, "sv") for c in ("Värde", "Täljare", "Nämnare")] == ["–", "<5", "–"]
    assert cells(table, "Värde")[:4] == ["80\u00a0%", "75\u00a0%", "44\u00a0%", "40\u00a0%"]
    assert table.hidden["Värde"] == {4: Hidden(small=False, part_small=True)}  # "–" for its small count


@pytest.mark.parametrize("area, outlined", [("1480-ML", ["1480-ML"]), ("1002", sorted(DISTRICTS)), ("R", [])])
def test_the_map_outlines_the_units_the_selection_covers(area, outlined):
    # a district itself; a municipality of districts, all four; the region, none (it is all of the map)
    assert coverage.outlined_units(view_of(area)) == outlined
    layers = coverage.map_figure(view_of(area), FakeSource(), COVERAGE).chart.to_dict()["layer"]
    filters = [step["filter"] for layer in layers for step in layer.get("transform", [])
               if isinstance(step.get("filter"), dict)]
    assert filters == ([{"field": "area_code", "oneOf": outlined}] if outlined else [])


def test_map_figure_carries_its_link_file_name_and_caption():
    fig = coverage.map_figure(view_of(), FakeSource(), COVERAGE)
    assert fig.link == ("/tackning?area=1480-ML&from=2025-01&to=2025-12&compare=region&lang=sv"
                        "&indicator=coverage_offered_65")
    assert fig.file_stem == "tackning_karta_coverage-offered-65_testregionen_2025-12"  # the map's subject and month
    assert fig.title == "Erbjudna mobil läkare, 65+ – Testregionen"
    assert fig.source == "Testkälla" and fig.extract_date == date(2026, 1, 12)
    assert "Källa: Testkälla, datauttag 12 januari 2026" in fig.caption("sv")


def test_ranking_is_among_the_districts_with_the_region_as_reference():
    fig = coverage.ranking_figure(view_of(), FakeSource(), COVERAGE)
    assert fig.table.column_values("Område") == ["Centrum", "Kullen", "Majorna-Linné", "Hamnen", "Testregionen"]
    assert fig.table.column_values("Värde")[-1] == pytest.approx(0.5)
    assert cells(fig.table, "Täljare") == ["80", "44", "40", "<5", "50"]
    rule = next(layer for layer in fig.chart.to_dict()["layer"] if layer["mark"]["type"] == "rule")
    assert rule["encoding"]["x"]["field"] == "value"
    assert fig.file_stem == "tackning_rangordning_coverage-offered-65_majorna-linne_2025-12"


def test_funnel_table_says_which_units_lie_outside_the_limits():
    # region 50 / 100 = 0.5; at n = 100 the limits are 0.402–0.598 and 0.345–0.655
    fig = coverage.funnel_figure(view_of(), FakeSource(), COVERAGE)
    table = fig.table
    assert table.column_values("Område") == ["Centrum", "Kullen", "Majorna-Linné", "Hamnen"]
    assert cells(table, "Läge mot gränserna") == ["över 99,8\u00a0%-gränsen", "inom gränserna",
                                                  "under 95\u00a0%-gränsen", "–"]
    assert table.column_values("Nämnare") == [100, 100, 100, None]
    assert fig.chart is not None and not fig.notes
    # the subtitle's parts on lines of their own under the chart's title
    spec = fig.chart.to_dict()
    assert spec["title"]["subtitle"] == [
        "december 2025", "Andel mot antal patienter", "gränser (95\u00a0% och 99,8\u00a0%) kring Testregionen",
        "inom dem är skillnaden slump"]
    # named beside its dot: the unit chosen, and the one beyond the outer limit (Centrum); Kullen not
    names = [row for layer in spec["layer"][-2:] for row in spec["datasets"][layer["data"]["name"]]]
    assert {row["name"]: row["label"] for row in names} == {"Centrum": "Centrum", "Kullen": "",
                                                            "Majorna-Linné": "Majorna-Linné"}


def test_no_funnel_for_need_coverage_but_a_note_why():
    fig = coverage.funnel_figure(view_of(), FakeSource(), "need_coverage")
    assert fig.chart is None and fig.table.height == 0
    assert fig.notes == ("Trattdiagrammet visas för andelar av räknade personer eller vårdcentraler, när regionens "
                         "värde ligger mellan 0 och 100\u00a0%.",)


def chart_layers(chart) -> dict[str, tuple[dict, list[dict]]]:
    """Each layer of a chart by its mark: its encoding and the rows it draws."""
    spec = chart.to_dict()
    return {layer["mark"]["type"]: (layer["encoding"], spec["datasets"][layer["data"]["name"]])
            for layer in spec["layer"]}


def test_funnel_in_english_names_its_chart_limits_and_positions():
    # region 50 / 100 = 0.5: the centre line; Hamnen is hidden, so it is no dot
    fig = coverage.funnel_figure(view_of(lang="en"), FakeSource(), COVERAGE)
    assert (fig.key, fig.title) == ("coverage_funnel", "Offered a mobile doctor, 65+ – funnel plot")
    assert fig.subtitle == ("December 2025 · Share against number of patients · limits (95% and 99.8%) around "
                            "Testregionen · within them the difference is chance")
    assert fig.file_stem == "tackning_tratt_coverage-offered-65_majorna-linne_2025-12"
    assert cells(fig.table, "Against the limits", "en") == [
        "above the 99.8% limit", "within the limits", "below the 95% limit", "–"]
    spec = fig.chart.to_dict()
    # the subtitle a line a part; the title, too long for half a narrow page, in two after the name
    assert spec["title"]["text"] == ["Offered a mobile doctor, 65+", "funnel plot"]
    assert spec["title"]["subtitle"] == ["December 2025", "Share against number of patients",
                                         "limits (95% and 99.8%) around Testregionen",
                                         "within them the difference is chance"]
    layers = chart_layers(fig.chart)
    line_encoding, band = layers["line"]
    assert line_encoding["x"]["title"] == "Number (denominator)"
    assert line_encoding["strokeDash"]["field"] == "limit"
    assert sorted({r["limit"] for r in band}) == ["95%", "99.8%"]
    assert layers["rule"][1] == [{"value": 0.5}]
    assert sorted(r["name"] for r in layers["circle"][1]) == ["Centrum", "Kullen", "Majorna-Linné"]


def test_funnel_limits_read_the_swedish_way():
    band = chart_layers(coverage.funnel_figure(view_of(), FakeSource(), COVERAGE).chart)["line"][1]
    assert sorted({r["limit"] for r in band}) == ["95\u00a0%", "99,8\u00a0%"]


class KeptDenominator(FakeSource):
    """Hamnen hidden, but with its denominator (100, not small) kept, as a cell-by-cell suppression keeps it."""

    def areas(self, area_codes, first, last, indicator_ids):
        rows = super().areas(area_codes, first, last, indicator_ids)
        return rows.with_columns(pl.when(pl.col("area_code") == "1002-H").then(100.0)
                                 .otherwise(pl.col("denominator")).alias("denominator"))


def test_funnel_has_no_dot_for_a_hidden_unit_or_one_without_figures():
    # Kullen has no figures in December (0 of 0, no value); Hamnen is hidden though its 100 is kept
    source = KeptDenominator(months={JAN: JANUARY, DEC: {k: v for k, v in DECEMBER.items() if k != "1002-K"}})
    fig = coverage.funnel_figure(view_of(), source, COVERAGE)
    assert sorted(r["name"] for r in chart_layers(fig.chart)["circle"][1]) == ["Centrum", "Majorna-Linné"]
    position = dict(zip(fig.table.frame["Område"], cells(fig.table, "Läge mot gränserna")))
    assert position == {"Centrum": "över 99,8\u00a0%-gränsen", "Majorna-Linné": "under 95\u00a0%-gränsen",
                        "Hamnen": "–", "Kullen": ""}


def test_funnel_shows_a_unit_of_one_patient_when_nothing_hides_it():
    # a threshold of 1 hides nothing: Kullen 1 of 1 = 100 %. At n = 1 around 0.5 the limits are
    # 0.5 ± 1.96 × √(0.25 / 1) = 0.5 ± 0.98, kept within 0–1: 0 to 1, and 1.0 is not above 1
    source = FakeSource(months={JAN: JANUARY, DEC: {**DECEMBER, "1002-K": (1, 1)}})
    fig = coverage.funnel_figure(view_of(), source, COVERAGE)
    assert "Kullen" in [r["name"] for r in chart_layers(fig.chart)["circle"][1]]
    position = dict(zip(fig.table.frame["Område"], cells(fig.table, "Läge mot gränserna")))
    assert position["Kullen"] == "inom gränserna"


@pytest.mark.parametrize("region", [(0, 100), (100, 100)])
def test_no_funnel_when_the_region_is_at_0_or_100_percent(region):
    # at 0 % or 100 % the limits have no width: p (1 − p) = 0
    source = FakeSource(months={JAN: JANUARY, DEC: {**DECEMBER, "R": region}})
    fig = coverage.funnel_figure(view_of(), source, COVERAGE)
    assert fig.chart is None and fig.table.height == 0
    assert fig.notes == ("Trattdiagrammet visas för andelar av räknade personer eller vårdcentraler, när regionens "
                         "värde ligger mellan 0 och 100\u00a0%.",)


def test_no_funnel_in_english_still_names_itself():
    fig = coverage.funnel_figure(view_of(lang="en"), FakeSource(), "need_coverage")
    assert (fig.key, fig.title) == ("coverage_funnel", "Share of need reached – funnel plot")
    assert fig.subtitle.endswith("around Testregionen · within them the difference is chance")
    assert fig.file_stem == "tackning_tratt_need-coverage_majorna-linne_2025-12"
    assert fig.notes == ("The funnel plot is shown for shares of counted people or health centres, when the "
                         "region's value lies between 0 and 100%.",)


def test_trend_table_has_the_selection_and_the_comparison_by_month():
    fig = trend_figure(view_of(), FakeSource(), COVERAGE, "coverage_trend")
    table = fig.table
    own = [r for r in range(table.height) if table.frame["Område"][r] == "Majorna-Linné"]
    assert len(own) == 12
    assert table.column_values("Värde")[own[0]] == pytest.approx(0.5)
    assert table.column_values("Värde")[own[-1]] == pytest.approx(0.4)
    assert table.cell("Månad", own[-1], "sv") == "december 2025"
    region = [r for r in range(table.height) if table.frame["Område"][r] == "Testregionen"]
    assert [table.column_values("Täljare")[r] for r in (region[0], region[-1])] == [48, 50]


# --- equal care, listing, need ------------------------------------------------------------------

def test_spread_among_the_districts_now_and_at_the_start():
    # December: lowest Majorna-Linné 40 %, highest Centrum 80 % (Hamnen hidden): 80 / 40 = 2,00;
    # January: lowest Majorna-Linné 50 %, highest Centrum 75 %: 1,50
    fig = coverage.spread_figure(view_of(), FakeSource(), COVERAGE)
    assert [(m.label, m.value, m.change, m.note) for m in fig.metrics] == [
        ("Lägst", "40\u00a0%", "Majorna-Linné", None), ("Högst", "80\u00a0%", "Centrum", None),
        ("Kvot högst/lägst", "2,00", None, "vid periodens början: 1,50")]
    assert fig.table.column_values("Kvot högst/lägst") == pytest.approx([1.5, 2.0])
    assert cells(fig.table, "Månad") == ["januari 2025", "december 2025"]
    assert "3 enheter" in fig.definition


def test_spread_without_a_ratio_when_the_lowest_is_zero():
    source = FakeSource(months={JAN: JANUARY, DEC: {**DECEMBER, "1480-ML": (0, 100)}})
    assert coverage.spread_figure(view_of(), source, COVERAGE).metrics[2].value == "uppgift saknas"


def test_spread_in_english_uses_a_decimal_point():
    fig = coverage.spread_figure(view_of(lang="en"), FakeSource(), COVERAGE)
    assert fig.metrics[2].value == "2.00"


def test_spread_in_english_names_its_table_metrics_and_file():
    # as in Swedish: 80 % / 40 % = 2.00 in December, 75 % / 50 % = 1.50 in January, among 3 shown units
    fig = coverage.spread_figure(view_of(lang="en"), FakeSource(), COVERAGE)
    assert (fig.key, fig.title) == ("coverage_spread", "Equal care")
    assert fig.subtitle == "Majorna-Linné · January – December 2025 · compared with Testregionen"
    assert fig.definition == ("The spread between 3 units of the same level (December 2025); hidden values do not "
                              "count.")
    assert fig.file_stem == "tackning_spridning_coverage-offered-65_majorna-linne_2025-01_2025-12"
    assert fig.link.endswith("&indicator=coverage_offered_65")
    assert fig.table.columns == ["Month", "Lowest", "Lowest value", "Highest", "Highest value",
                                 "Ratio highest/lowest"]
    # a unit's name under its value is no change: no arrow beside it
    assert [(m.label, m.value, m.change, m.direction) for m in fig.metrics[:2]] == [
        ("Lowest", "40%", "Majorna-Linné", "off"), ("Highest", "80%", "Centrum", "off")]
    assert (fig.metrics[2].label, fig.metrics[2].note) == ("Ratio highest/lowest", "at the start of the period: 1.50")


def test_spread_without_a_ratio_in_english():
    source = FakeSource(months={JAN: JANUARY, DEC: {**DECEMBER, "1480-ML": (0, 100)}})
    assert coverage.spread_figure(view_of(lang="en"), source, COVERAGE).metrics[2].value == "no data"


def test_spread_with_too_few_shown_units_now_says_so():
    # December: only Centrum shown, one unit is no spread; January as before: 75 % / 50 % = 1.50
    hidden = ("hidden", False, False)
    source = FakeSource(months={JAN: JANUARY, DEC: {**DECEMBER, "1480-ML": hidden, "1002-K": hidden}})
    fig = coverage.spread_figure(view_of(lang="en"), source, COVERAGE)
    assert not fig.metrics
    assert fig.notes == ("Too few units with visible values to show the spread.",)
    assert (fig.key, fig.title) == ("coverage_spread", "Equal care")
    assert fig.subtitle == "Majorna-Linné · January – December 2025 · compared with Testregionen"
    assert fig.definition == ("The spread between 0 units of the same level (December 2025); hidden values do not "
                              "count.")
    assert fig.file_stem == "tackning_spridning_coverage-offered-65_majorna-linne_2025-01_2025-12"
    assert fig.link.endswith("&indicator=coverage_offered_65")
    assert fig.table.column_values("Month") == [JAN]
    assert fig.table.column_values("Ratio highest/lowest") == pytest.approx([1.5])


def test_spread_has_no_ratio_before_without_a_start_to_compare():
    # January: only Centrum has a figure, so no spread then; December: 2,00 with no "before" line
    source = FakeSource(months={JAN: {"R": (48, 100), "1002-C": (75, 100)}, DEC: DECEMBER})
    fig = coverage.spread_figure(view_of(), source, COVERAGE)
    assert (fig.metrics[2].value, fig.metrics[2].note) == ("2,00", None)
    assert cells(fig.table, "Månad") == ["december 2025"]
    # a period of one month is its own start
    one_month = View(Selection("sv", "1480-ML", DEC, DEC, "region"), CHOICES, date(2026, 1, 12), "Testkälla",
                     page="tackning", page_name=coverage.PAGE.name)
    fig = coverage.spread_figure(one_month, FakeSource(), COVERAGE)
    assert (fig.metrics[2].value, fig.metrics[2].note) == ("2,00", None)
    assert cells(fig.table, "Månad") == ["december 2025"]


def test_listing_effect_hides_only_the_small_count():
    # 20 of 100 listed outside; 3 of those without a doctor: "<5"
    fig = coverage.listing_figure(view_of(), FakeSource())
    assert [(m.label, m.value) for m in fig.metrics] == [
        ("Listade utanför modellen", "20\u00a0%"), ("Patienter listade utanför", "20"),
        ("varav utan mobil läkare", "<5")]
    assert fig.table.column_values("Hemsjukvårdspatienter 65+") == [100]
    assert "av 100 patienter" in fig.definition


def test_listing_effect_shows_a_total_whose_rest_is_small():
    # 16 of 20 without a doctor: the 4 with one are not shown, and 20 − 16 is no count of them,
    # since both are published with noise of their own; 12 listed outside of 92 is 13 %
    fig = coverage.listing_figure(view_of(), FakeSource(listing={"participating": (80, 10),
                                                                 "not_participating": (12, 16)}))
    assert [m.value for m in fig.metrics] == ["13\u00a0%", "12", "16"]


def test_listing_effect_with_a_small_total_hides_the_share():
    fig = coverage.listing_figure(view_of(), FakeSource(listing={"not_participating": (3, 0)}))
    assert [m.value for m in fig.metrics] == ["–", "<5", "0"]


def test_need_panel_in_patients_and_doctors():
    # 10 000 inhabitants 65+ at the defaults (5 %, 15 %, 25 %, 250 a doctor); 40 reached
    fig = coverage.need_figure(view_of(), FakeSource())
    values = {m.label: (m.value, m.note) for m in fig.metrics}
    assert values["Mest sjuka"][0] == "500"
    assert values["Multisviktande"][0] == "1\u00a0000"
    assert values["Sköra"][0] == "1\u00a0000"
    assert values["Läkare som behövs"] == ("6,0", "för de nådda: 0,2")
    # 40 / 1 500 = 2,7 %, shown whole
    assert values["Nådda patienter"] == ("40", "av de mest sjuka och multisviktande: 3\u00a0%")
    assert fig.table.column_values("Läkare som behövs") == pytest.approx([6.0])
    assert "10\u00a0000 invånare" in fig.definition


def test_need_hidden_reached_hides_what_is_made_from_it():
    source = FakeSource(months={DEC: {**DECEMBER, "1480-ML": ("hidden", True, False)}})
    fig = coverage.need_figure(view_of(), source)
    values = {m.label: (m.value, m.note) for m in fig.metrics}
    assert values["Nådda patienter"] == ("<5", "av de mest sjuka och multisviktande: –")
    assert values["Läkare som behövs"] == ("6,0", "för de nådda: –")


def test_need_without_population_says_so():
    fig = coverage.need_figure(view_of(), FakeSource(population=None))
    assert not fig.metrics and fig.notes == ("Befolkningen för området saknas i uttaget.",)


# --- the centre table ----------------------------------------------------------------------------

def test_centre_table_hides_cell_by_cell():
    """By hand, threshold 5:
    A: 3 of 30 with a doctor ("<5"); fixed 2 of 30 ("–"); 40 visits; team 10 of 40 (25 %).
    B: 20 of 40; fixed 15 of 40 (38 %); 3 visits ("<5"); team 2 of 3 ("–").
    C: 25 of 50; fixed 24 of 50 (48 %); 10 visits; team 5 of 10 (50 %).
    D: 10 of 12 (2 without a doctor: not shown, and 12 − 10 is no count of them, both being
    published with noise of their own); fixed 5 of 12 (42 %); 20 visits; team 10 of 20 (50 %)."""
    fig = coverage.centre_figure(view_of(), FakeSource())
    table = fig.table
    assert fig.chart is None and not fig.metrics
    by_name = {table.frame["Vårdcentral"][r]: r for r in range(table.height)}
    names = ("Ängens vårdcentral", "Backens vårdcentral", "Citys vårdcentral", "Dalens vårdcentral")

    def shown(column):
        return [table.cell(column, by_name[name], "sv") for name in names]

    assert shown("Listade patienter 65+ med hemsjukvård") == ["30", "40", "50", "12"]
    assert shown("varav med mobil läkare") == ["<5", "20", "25", "10"]
    assert shown("Hembesök") == ["40", "<5", "10", "20"]
    assert shown("Fast vårdkontakt") == ["–", "38\u00a0%", "48\u00a0%", "42\u00a0%"]
    assert shown("Teambesök") == ["25\u00a0%", "–", "50\u00a0%", "50\u00a0%"]
    assert table.hidden["varav med mobil läkare"][by_name["Ängens vårdcentral"]] == Hidden(small=True)
    assert shown("Deltar sedan")[0] == "2016-03-01"
    assert shown("Deltog till")[2] == "2025-06-30"
    assert shown("Driftform")[1] == "privat"
    # numbers stay numbers; a hidden cell holds none
    assert table.frame["Hembesök"].dtype == pl.Float64
    assert table.column_values("Listade patienter 65+ med hemsjukvård") == [50, 40, 30, 12]


@pytest.mark.parametrize("sort_by, order", [
    ("centre.patients_65", ["Citys", "Backens", "Ängens", "Dalens"]),  # 50, 40, 30, 12
    ("centre.home_visits", ["Ängens", "Dalens", "Citys", "Backens"]),  # 40, 20, 10, then the hidden
    ("centre.team_visits", ["Citys", "Dalens", "Ängens", "Backens"]),  # 50 %, 50 %, 25 %, hidden
    ("centre.name", ["Backens", "Citys", "Dalens", "Ängens"]),  # Ä after Z, as in Swedish
])
def test_centre_table_sorted_by_the_numbers(sort_by, order):
    fig = coverage.centre_figure(view_of(), FakeSource(), sort_by)
    assert [name.split()[0] for name in fig.table.frame["Vårdcentral"]] == order
    assert fig.link.endswith(f"&sort={sort_by.removeprefix('centre.')}")


def test_centre_table_of_an_area_without_centres_says_so():
    fig = coverage.centre_figure(view_of(area="1002-K"), FakeSource())
    assert fig.table.height == 0 and fig.notes == ("Inga vårdcentraler ligger i området.",)
    assert fig.file_stem == "tackning_vardcentraler_kullen_2025-01_2025-12"


# --- what a user reads in English, and the questions asked (mutation triage) ----------------------

class AreaMonthIndicator(FakeSource):
    """Figures that differ by area, month and indicator, as the real ones do: the selected area's
    listing and population only for the period's last month, and coverage_offered_65's figures only
    (any other indicator has no figures: 0 of 0)."""

    def monthly(self, scope, first, last, indicator_ids):
        rows = super().monthly(scope, first, last, indicator_ids)
        return rows.with_columns(
            pl.when(pl.col("indicator") == COVERAGE).then(pl.col(c)).otherwise(0.0).alias(c)
            for c in ("numerator", "denominator"))

    def listing_counts(self, area_code, month):
        self.listing = self.listing if (area_code, month) == ("1480-ML", DEC) else {}
        return super().listing_counts(area_code, month)

    def population_65(self, area_code, month):
        return self.population if (area_code, month) == ("1480-ML", DEC) else None


def test_listing_effect_in_english_names_its_cells_caption_and_file():
    # 20 of 100 listed outside (20%); 3 of them without a doctor: "<5"
    fig = coverage.listing_figure(view_of(lang="en"), FakeSource())
    assert (fig.key, fig.title) == ("coverage_listing", "The listing effect")
    assert fig.subtitle == "Majorna-Linné · January – December 2025 · compared with Testregionen"
    assert [(m.label, m.value) for m in fig.metrics] == [
        ("Listed outside the scheme", "20%"), ("Patients listed outside", "20"),
        ("of whom without a mobile doctor", "<5")]
    assert fig.table.columns == ["Home-care patients 65+", "Patients listed outside", "Listed outside the scheme",
                                 "of whom without a mobile doctor"]
    assert [fig.table.cell(c, 0, "en") for c in fig.table.columns] == ["100", "20", "20%", "<5"]
    assert fig.definition == ("Home-care patients 65+ in Majorna-Linné at the end of December 2025 listed at health "
                              "centres that do not take part in the mobile-doctor scheme, of 100 patients.")
    assert fig.file_stem == "tackning_listning_majorna-linne_2025-12"
    assert fig.link == "/tackning?area=1480-ML&from=2025-01&to=2025-12&compare=region&lang=en"


def test_an_areas_figures_are_named_for_the_area_when_a_centre_is_chosen():
    # a centre chosen: the listing, need, centres and the area among its peers are still the area's,
    # and their files and subtitles say so (they said "Ängens vårdcentral")
    view = replace(view_of(), selection=replace(view_of().selection, hc_id="HC_A"))
    figs = [coverage.listing_figure(view, FakeSource()), coverage.need_figure(view, FakeSource()),
            coverage.centre_figure(view, FakeSource()), coverage.ranking_figure(view, FakeSource(), COVERAGE),
            coverage.funnel_figure(view, FakeSource(), COVERAGE), coverage.spread_figure(view, FakeSource(), COVERAGE)]
    assert all("majorna-linne" in f.file_stem.split("_") for f in figs), [f.file_stem for f in figs]
    assert not any("angens-vardcentral" in f.file_stem for f in figs)
    assert [f.subtitle.split(" · ")[0] for f in figs if f.key not in ("coverage_ranking", "coverage_funnel")] == [
        "Majorna-Linné"] * 4
    assert coverage.map_figure(view, FakeSource(), COVERAGE).file_stem.split("_")[3] == "testregionen"
    # a centre's own indicator is the centre's; the emergency visits of inhabitants are its area's
    assert view.subject_of(COVERAGE) == Scope(hc_id="HC_A") and view.subject_of("ed_rate_80") == view.area_scope
    assert view.subtitle(subject=view.subject_of(COVERAGE)).startswith("Ängens vårdcentral · ")


def test_listing_effect_is_the_selected_areas_at_the_periods_end():
    # the selection's own figures (Majorna-Linné, December): 20 of 100, 3 without a doctor
    fig = coverage.listing_figure(view_of(), AreaMonthIndicator())
    assert [m.value for m in fig.metrics] == ["20\u00a0%", "20", "<5"]
    assert "av 100 patienter" in fig.definition


def test_listing_effect_hides_the_share_when_only_the_outside_count_is_small():
    # 83 patients, 3 of them listed outside ("<5"): the share 3 / 83 would give the 3 away, so "–"
    fig = coverage.listing_figure(view_of(), FakeSource(listing={"participating": (80, 10),
                                                                 "not_participating": (3, 2)}))
    assert [m.value for m in fig.metrics] == ["–", "<5", "<5"]
    assert fig.table.hidden["Listade utanför modellen"] == {0: Hidden(small=False)}


def test_listing_effect_hides_the_share_of_a_small_total_with_nobody_outside():
    # 4 patients ("<5"), none outside (0): the share 0 / "<5" is hidden too, not 0 %
    fig = coverage.listing_figure(view_of(), FakeSource(listing={"participating": (4, 0)}))
    assert [m.value for m in fig.metrics] == ["–", "0", "0"]
    assert fig.table.cell("Hemsjukvårdspatienter 65+", 0, "sv") == "<5"


def test_listing_effect_without_patients_has_no_share():
    # no patients at all: 0 of 0 is no share (it says so), and the counts read 0
    fig = coverage.listing_figure(view_of(), FakeSource(listing={}))
    assert [m.value for m in fig.metrics] == ["uppgift saknas", "0", "0"]
    assert fig.table.column_values("Listade utanför modellen") == [None]
    assert "av 0 patienter" in fig.definition


def test_need_panel_in_english():
    # as in Swedish: 10 000 inhabitants 65+ × 5 %, 10 %, 10 % = 500, 1 000, 1 000; target 1 500 = 6.0
    # doctors of 250 patients; 40 reached = 40 / 1 500 = 2.7 % (3%) and 40 / 250 = 0.16 doctors (0.2)
    fig = coverage.need_figure(view_of(lang="en"), FakeSource())
    assert (fig.key, fig.title) == ("coverage_need", "Need")
    assert fig.subtitle == "Majorna-Linné · January – December 2025 · compared with Testregionen"
    assert [(m.label, m.value, m.note) for m in fig.metrics] == [
        ("Most ill", "500", None),
        ("Multi-failing", "1,000", None),
        ("Frail", "1,000", None),
        ("Patients reached", "40", "of the most ill and multi-failing: 3%"),
        ("Doctors needed", "6.0", "for those reached: 0.2")]
    # the short labels fit a panel's width; what each group is, is said on hover
    assert [m.help.split(":")[0].split(",")[0] for m in fig.metrics[:4]] == [
        "Chronically unstable", "Periodically unstable", "Frail",
        "Home-care patients aged 65+ with a mobile doctor at the end of the month."]
    assert fig.table.columns == ["Inhabitants 65+", "Most ill",
                                 "Multi-failing", "Frail",
                                 "Patients reached", "Share reached", "Doctors needed",
                                 "Doctors for those reached"]
    assert [fig.table.cell(c, 0, "en") for c in fig.table.columns] == [
        "10,000", "500", "1,000", "1,000", "40", "3%", "6.0", "0.2"]
    assert fig.definition == ("Indicative, after the Umeå case study (2021): shares of the population 65+ "
                              "(10,000 inhabitants) and one doctor per 250 patients. The shares are settings.")
    assert fig.file_stem == "tackning_behov_majorna-linne_2025-12"
    assert fig.link == "/tackning?area=1480-ML&from=2025-01&to=2025-12&compare=region&lang=en"


def test_need_caption_writes_the_patients_per_doctor_the_english_way(monkeypatch):
    # 1 500 patients a doctor: the target of 1 500 needs 1.0 doctor; "1,500" with an English comma
    monkeypatch.setenv("NVK_PATIENTS_PER_DOCTOR", "1500")
    fig = coverage.need_figure(view_of(lang="en"), FakeSource())
    assert fig.definition.endswith("and one doctor per 1,500 patients. The shares are settings.")
    assert fig.metrics[4].value == "1.0"


def test_need_without_population_in_english_still_names_itself():
    fig = coverage.need_figure(view_of(lang="en"), FakeSource(population=None))
    assert (fig.key, fig.title) == ("coverage_need", "Need")
    assert fig.subtitle == "Majorna-Linné · January – December 2025 · compared with Testregionen"
    assert fig.notes == ("The area's population is missing from the extract.",)
    assert fig.definition == ("Indicative, after the Umeå case study (2021): the shares of the population 65+ and "
                              "the patients per doctor are settings.")
    assert fig.table.height == 0 and fig.table.columns[0] == "Inhabitants 65+" and len(fig.table.columns) == 8
    assert fig.file_stem == "tackning_behov_majorna-linne_2025-12"


def test_need_is_the_selected_areas_coverage_and_population_at_the_periods_end():
    # Majorna-Linné in December: 10 000 inhabitants 65+, coverage's 40 reached (not another
    # indicator's figures, nor another area's or month's population)
    fig = coverage.need_figure(view_of(), AreaMonthIndicator())
    values = {m.label: m.value for m in fig.metrics}
    assert values["Nådda patienter"] == "40"
    assert values["Mest sjuka"] == "500"
    assert not fig.notes


def test_centre_table_in_english_names_its_columns_and_ownership():
    # by patients, largest first: City's 50 (public), Backen's 40 (private), Ängen's 30, Dalen's 12 (public)
    fig = coverage.centre_figure(view_of(lang="en"), FakeSource())
    assert fig.table.columns == ["Health centre", "Ownership", "Taking part since", "Took part until",
                                 "Listed patients 65+ in home care", "of whom with a mobile doctor",
                                 "Fixed care contact", "Home visits", "Team visits"]
    assert cells(fig.table, "Ownership", "en") == ["public", "private", "public", "public"]


def test_a_sort_is_named_in_a_link_without_its_catalogue_prefix():
    assert coverage.sort_link("centre.with_doctor") == "with_doctor"
    assert coverage.sort_link("centre.name") == "name"


def test_ranking_table_in_english_names_its_columns():
    # as in Swedish: the districts highest first, the region last as the reference
    fig = coverage.ranking_figure(view_of(lang="en"), FakeSource(), COVERAGE)
    assert fig.table.columns == ["Area", "Value", "Numerator", "Denominator"]
    assert fig.table.column_values("Area") == ["Centrum", "Kullen", "Majorna-Linné", "Hamnen", "Testregionen"]
    assert cells(fig.table, "Value", "en") == ["80%", "44%", "40%", "–", "50%"]
