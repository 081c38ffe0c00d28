"""The start page's headline tiles, built from hand-made rows: what each tile and its table say."""

from __future__ import annotations

import math
from datetime import date

import pytest

from dashboard.figures import overview
from dashboard.figures.figure import make_table
from dashboard.figures.view import Targeted
from tests.figures.extracts import AREA, HIDDEN, MONTHS, REGION, SMALL, FakeSource, series, view

SOURCE = FakeSource({
    AREA: [
        *series("coverage_offered_65", [0.5, 0.55, 0.6, 0.6, 0.65], [100] * 5),  # up is good: +5 points
        *series("fixed_contact_65", [0.5, 0.5, 0.5, 0.5, 0.5], [100] * 5),  # no move
        *series("home_visits", [10, 12, 11, 13, 30]),  # no judgement
        *series("ed_visits", [40, 42, 38, 40, 30]),  # down is good: −10
        *series("readmission_share", [0.2, 0.2, 0.2, 0.25, HIDDEN], [20] * 5),  # a share hidden: "–"
        *series("nsvt_enrolled", [6, 7, 8, 9, SMALL]),  # a count of 1 to 4: "<5"
    ],
    REGION: [
        *series("coverage_offered_65", [0.7] * 5, [1000] * 5),
        *series("ed_visits", [300] * 5),
        *series("readmission_share", [0.1] * 5, [200] * 5),
        *series("nsvt_enrolled", [20, 20, 20, 20, HIDDEN]),
    ],
})


def sections(lang: str = "sv", source: FakeSource = SOURCE, **changes) -> dict:
    v = view(lang, **changes)
    return {fig.key: fig for fig in overview.tile_figures(v, source, overview.statuses(v, source))}


def tile(label: str, lang: str = "sv", **changes):
    return next(m for fig in sections(lang, **changes).values() for m in fig.metrics if m.label == label)


def test_one_figure_a_section_with_the_tiles_that_apply():
    figs = sections()
    assert list(figs) == ["overview_mobile_doctor", "overview_nsvt", "overview_ed"]
    assert [fig.title for fig in figs.values()] == ["Mobil hemsjukvårdsläkare", "Närsjukvårdsteam", "Akutmottagning"]
    assert [m.label for m in figs["overview_ed"].metrics] == [
        "Akutbesök per 1 000 invånare 80+", "Akutbesök", "Återinskrivningar inom 30 dagar"]


def test_a_share_that_rose_has_a_neutral_change_and_the_status_of_its_control_chart():
    coverage = tile("Erbjudna mobil läkare, 65+")
    assert coverage.value == "65\u00a0%"
    assert (coverage.change, coverage.direction) == ("+5,0 procentenheter", "up")
    assert coverage.note == "Testregionen: 70\u00a0%"
    assert coverage.sparkline == (0.5, 0.55, 0.6, 0.6, 0.65)
    # 50, 55, 60, 60, 65 %: mean 58 %, mean moving range 3,75 points, limits 58 ± 2,66 × 3,75 = 48,0 to
    # 68,0 %; 2σ lines at 51,35 and 64,65 %: only 65 % (May) and 50 % (January) lie beyond, one each,
    # never two of three: no signal, so no colour for a rise of 5 points; and from five months, too few
    # to say that nothing changed
    assert (coverage.signal, coverage.signal_text) == ("too_few", "För få månader")
    assert coverage.signal_help == ("Inga signaler bland 5 visade månader, men minst 7 behövs innan de säger att "
                                    "inget har ändrats.")


def test_a_count_that_fell_reads_with_a_true_minus_and_no_judgement():
    ed = tile("Akutbesök")
    assert ed.value == "30"
    # 40, 42, 38, 40, 30: mean 38, moving ranges 2, 4, 2, 10 (mean 4,5), lower limit 38 − 11,97 = 26,03:
    # 30 lies inside, and alone beyond the 2σ line (30,02): no signal, though it fell by 10
    assert (ed.change, ed.direction) == ("\u221210 besök", "down")  # in what it counts
    assert ed.signal == "too_few"  # no signal in five months
    assert ed.note == "Antal: jämförs inte med Testregionen"  # its 300 would only say the region is larger


def test_a_change_without_judgement_or_without_a_move():
    visits = tile("Hembesök av mobil läkare")
    assert (visits.value, visits.change, visits.direction) == ("30", "+17 besök", "up")
    # 10, 12, 11, 13, 30: mean 15,2, moving ranges 2, 1, 2, 17 (mean 5,5), upper limit 15,2 + 14,63 =
    # 29,83: May's 30 lies above it; more home visits are neither good nor bad: a special cause
    assert (visits.signal, visits.signal_text) == ("neither", "Avvikelse")
    fixed = tile("Fast vårdkontakt, 65+")
    # no move: ±0, no arrow
    assert (fixed.change, fixed.direction) == ("±0,0 procentenheter", "off")
    assert fixed.note == "Testregionen: uppgift saknas"  # the region has no rows for it here
    # an indicator without rows has too few months to judge
    participation = tile("Vårdcentraler som deltar")
    assert (participation.signal, participation.signal_text) == ("too_few", "För få månader")
    assert participation.signal_help.startswith("För få månader med ett visat värde")


def test_a_change_is_taken_between_the_values_as_they_read():
    # 7,149 and 7,151 per 1 000 read 7,1 and 7,2: the change reads +0,1, not ±0,0 (of 0,002)
    rates = FakeSource({AREA: series("ed_rate_80", [7.0, 7.0, 7.0, 7.149, 7.151], [1000] * 5), REGION: []})
    shown = next(m for fig in overview.tile_figures(view(), rates, overview.statuses(view(), rates))
                 for m in fig.metrics if m.label == "Akutbesök per 1 000 invånare 80+")
    assert (shown.value, shown.change, shown.direction) == (
        "7,2\u00a0per\u00a01\u00a0000", "+0,1\u00a0per\u00a01\u00a0000", "up")


def test_hidden_tiles_read_small_or_dash_and_have_no_change():
    enrolled = tile("Inskrivna i närsjukvårdsteam")
    assert (enrolled.value, enrolled.change) == ("<5", None)
    assert enrolled.note == "Antal: jämförs inte med Testregionen"
    assert tile("Enrolled in near-care teams", "en").note == "A count: not compared with Testregionen"
    assert enrolled.help.endswith("\n\nDöljs (<5): färre än 5 personer eller händelser ligger bakom siffran.")
    readmissions = tile("Återinskrivningar inom 30 dagar")
    assert (readmissions.value, readmissions.change) == ("–", None)
    # hidden for another figure's sake (none of its counts is small): the help says so, not "fewer than 5"
    assert readmissions.help.startswith("Andel")
    assert readmissions.help.endswith("\n\nDöljs (–) för att skydda en annan siffra: visad skulle den, tillsammans "
                                      "med andra, avslöja ett antal under 5.")


def test_a_share_hidden_for_its_own_small_count_says_so():
    source = FakeSource({AREA: series("readmission_share", [0.2, 0.2, 0.2, 0.25, SMALL], [20] * 5), REGION: []})
    readmissions = next(m for fig in sections(source=source).values() for m in fig.metrics
                        if m.label == "Återinskrivningar inom 30 dagar")
    assert readmissions.value == "–"  # a share never reads "<5": its count does
    assert readmissions.help.endswith("Döljs (–): färre än 5 personer eller händelser ligger bakom en del av måttet.")


def test_the_table_holds_the_numbers_behind_the_tiles():
    table = sections()["overview_ed"].table
    assert table.columns == ["Indikator", "maj 2025", "april 2025", "Förändring", "Testregionen", "Signal"]
    assert table.column_values("maj 2025") == [None, 30.0, None]
    assert table.column_values("april 2025") == [None, 40.0, 0.25]
    assert table.column_values("Förändring") == [None, -10.0, None]
    # a count is not compared (as its tile says), a share is
    assert table.column_values("Testregionen") == [None, None, 0.1]
    assert table.is_hidden("maj 2025", 2) and table.is_hidden("Förändring", 2)
    assert not table.is_hidden("maj 2025", 0)  # missing, not hidden
    assert table.display("sv").to_dicts()[1:] == [
        {"Indikator": "Akutbesök", "maj 2025": "30", "april 2025": "40", "Förändring": "\u221210",
         "Testregionen": "jämförs inte", "Signal": "För få månader"},
        # May is hidden: no status of April's can stand for it
        {"Indikator": "Återinskrivningar inom 30 dagar", "maj 2025": "–", "april 2025": "25\u00a0%",
         "Förändring": "–", "Testregionen": "10\u00a0%", "Signal": "Senaste månaden dold"},
    ]
    nsvt = sections()["overview_nsvt"].table
    assert nsvt.display("sv").row(0, named=True)["maj 2025"] == "<5"
    coverage = sections()["overview_mobile_doctor"].table
    assert coverage.column_values("Förändring")[0] == pytest.approx(0.05)
    assert coverage.cell("Förändring", 0, "sv") == "+5,0 procentenheter"
    # the region's scheme figures have their statuses: only a centre outside the scheme reads "deltar inte"
    assert [coverage.cell("Signal", n, "sv") for n in (0, 5)] == ["För få månader", "Avvikelse"]


def test_without_a_comparison_there_is_no_note_and_no_column():
    figs = sections(compare="none")
    assert all(m.note is None for fig in figs.values() for m in fig.metrics)
    assert figs["overview_ed"].table.columns == ["Indikator", "maj 2025", "april 2025", "Förändring", "Signal"]


def test_english_tiles():
    coverage = tile("Offered a mobile doctor, 65+", "en")
    assert (coverage.value, coverage.change, coverage.note) == ("65%", "+5.0 percentage points", "Testregionen: 70%")
    assert sections("en")["overview_ed"].table.columns[:4] == ["Indicator", "May 2025", "April 2025", "Change"]


def test_a_section_names_its_view_its_link_and_its_files():
    v = overview.with_choices(view(), "ed_visits", False, [date(2025, 3, 1)], 0.6)
    ed = overview.tile_figures(v, SOURCE, overview.statuses(v, SOURCE))[-1]
    assert ed.subtitle == "Åby · januari–maj 2025 · jämfört med Testregionen"
    assert ed.link == "/?area=1001&from=2025-01&to=2025-05&compare=region&lang=sv&indicator=ed_visits" \
                      "&rebase=2025-03&target=0.6"
    # a share's target reads in a link as typed, in percent
    share = overview.with_choices(view(), "coverage_offered_65", False, [], 0.8)
    assert share.link().endswith("&indicator=coverage_offered_65&target=80")
    assert ed.file_stem == "oversikt_akutmottagning_aby_2025-01_2025-05"
    assert (ed.source, ed.extract_date) == ("Testkälla", date(2025, 6, 10))
    assert ed.definition.startswith("Akutbesök per 1 000 invånare 80+: ")


def test_a_table_of_several_measures_reads_each_row_in_its_own():
    table = make_table([{"v": 0.5, "d": 0.012}, {"v": 12.0, "d": -3.0}], {"v": "measure", "d": "measure"},
                       measures=["share", "count"], changes=["d"])
    assert table.display("sv").to_dicts() == [{"v": "50\u00a0%", "d": "+1,2 procentenheter"},
                                              {"v": "12", "d": "\u22123"}]
    with pytest.raises(ValueError, match="2 rows but 1 measures"):
        make_table([{"v": 1.0}, {"v": 2.0}], {"v": "measure"}, measures=["count"])


def test_an_english_section_reads_in_english_throughout():
    ed = sections("en")["overview_ed"]
    assert ed.title == "Emergency department"
    # each tile's name and definition, one after another
    assert ed.definition == (
        "ED visits per 1,000 aged 80+: ED visits by inhabitants aged 80+ per 1,000 inhabitants aged 80+ a month. "
        "ED visits: Number of emergency-department visits in the period, all ages. "
        "Readmissions within 30 days: Share of admissions from the emergency department followed by a readmission "
        "within 30 days.")
    assert ed.table.column_values("Indicator") == [
        "ED visits per 1,000 aged 80+", "ED visits", "Readmissions within 30 days"]
    assert ed.table.cell("Testregionen", 1, "en") == "not compared"  # the count, as its tile says
    assert tile("ED visits", "en").help == "Number of emergency-department visits in the period, all ages."
    # a hidden tile's help says why, after a blank line
    assert tile("Enrolled in near-care teams", "en").help == (
        "Number of near-care team enrolments starting in the period.\n\n"
        "Hidden (<5): fewer than 5 people or events lie behind the figure.")


def test_a_month_without_a_row_has_no_change_and_a_hidden_month_is_a_gap_in_the_sparkline():
    # home visits have rows January to April only: May has no value, so there is no change from April
    source = FakeSource({AREA: series("home_visits", [10, 12, 11, 13], months=MONTHS[:4]), REGION: []})
    visits = next(m for fig in sections(source=source, compare="none").values() for m in fig.metrics
                  if m.label == "Hembesök av mobil läkare")
    assert (visits.value, visits.change, visits.direction) == ("uppgift saknas", None, "off")
    assert visits.sparkline == (10.0, 12.0, 11.0, 13.0)
    # readmissions in May are hidden: the sparkline has a gap (NaN) there, not a number
    readmissions = tile("Återinskrivningar inom 30 dagar")
    assert readmissions.sparkline[:4] == (0.2, 0.2, 0.2, 0.25) and math.isnan(readmissions.sparkline[4])


def test_a_centre_that_does_not_take_part_reads_so_not_zero():
    from dashboard.figures.selection import Selection
    from dashboard.figures.view import View
    from dashboard.metrics.indicators import Scope
    from tests.figures.extracts import CHOICES
    centre = Scope(hc_id="HC1")
    # HC1 took part until April and left in May: its coverage falls to 0 % there
    source = FakeSource({centre: [
        *series("hc_participation", [1, 1, 1, 1, 0], [1] * 5),
        *series("coverage_offered_65", [0.5, 0.5, 0.5, 0.5, 0.0], [40] * 5),
        *series("fixed_contact_65", [0.5, 0.5, 0.5, 0.5, 0.5], [40] * 5),
        *series("ed_visits", [12, 12, 12, 12, 12]),
    ]})
    v = View(Selection("sv", "1001", MONTHS[0], MONTHS[-1], "none", hc_id="HC1"), CHOICES, date(2025, 6, 10),
             "Testkälla", page="", page_name="oversikt")
    shown = {m.label: m for fig in overview.tile_figures(v, source, overview.statuses(v, source))
             for m in fig.metrics}
    coverage = shown["Erbjudna mobil läkare, 65+"]
    assert (coverage.value, coverage.change) == ("deltar inte", None)
    assert coverage.help.endswith("Vårdcentralen deltar inte i modellen med mobil hemsjukvårdsläkare den här månaden.")
    # no badge: May's 0 % after four months of 50 % is no signal of a process, the centre left it
    assert (coverage.signal, coverage.signal_text, coverage.signal_help) == (None, None, None)
    # its own participation says so too, not "0 %"
    assert (shown["Vårdcentraler som deltar"].value, shown["Vårdcentraler som deltar"].signal) == ("deltar inte", None)
    # a number stays, as in the centre table: half its patients kept a mobile doctor as their fixed
    # contact (from another centre), and the tile says so, with its status and its change (none)
    fixed = shown["Fast vårdkontakt, 65+"]
    assert (fixed.value, fixed.change, fixed.signal) == ("50\u00a0%", "±0,0 procentenheter", "too_few")
    # a figure that is not the scheme's own reads as it is, with its status (five months of 12: none,
    # from too few months to say so)
    assert shown["Akutbesök"].value == "12"
    assert shown["Akutbesök"].signal_text == "För få månader"
    # in April it took part: its coverage reads 50 %
    april = View(Selection("sv", "1001", MONTHS[0], MONTHS[3], "none", hc_id="HC1"), CHOICES, date(2025, 6, 10),
                 "Testkälla", page="", page_name="oversikt")
    shown = {m.label: m for fig in overview.tile_figures(april, source, overview.statuses(april, source))
             for m in fig.metrics}
    assert shown["Erbjudna mobil läkare, 65+"].value == "50\u00a0%"


def test_a_share_hidden_for_its_small_denominator_says_a_part_is_small():
    # May's readmissions hidden because the admissions behind them (the denominator) are 1 to 4, the
    # readmissions themselves not: still "a part of the measure" is small, not "to protect another figure"
    rows = series("readmission_share", [0.2, 0.2, 0.2, 0.25, HIDDEN], [20] * 5)
    rows[-1] = {**rows[-1], "denominator_small": True}
    readmissions = next(m for fig in sections(source=FakeSource({AREA: rows, REGION: []})).values()
                        for m in fig.metrics if m.label == "Återinskrivningar inom 30 dagar")
    assert readmissions.value == "–"
    assert readmissions.help.endswith("\n\nDöljs (–): färre än 5 personer eller händelser ligger bakom en del av "
                                      "måttet.")


def test_an_english_tile_of_a_centre_that_does_not_take_part():
    from dashboard.figures.selection import Selection
    from dashboard.figures.view import View
    from dashboard.metrics.indicators import Scope
    from tests.figures.extracts import CHOICES
    # HC1 left the scheme in May, as in the Swedish case above
    source = FakeSource({Scope(hc_id="HC1"): [
        *series("hc_participation", [1, 1, 1, 1, 0], [1] * 5),
        *series("coverage_offered_65", [0.5, 0.5, 0.5, 0.5, 0.0], [40] * 5),
    ]})
    v = View(Selection("en", "1001", MONTHS[0], MONTHS[-1], "none", hc_id="HC1"), CHOICES, date(2025, 6, 10),
             "Testkälla", page="", page_name="oversikt")
    coverage = next(m for fig in overview.tile_figures(v, source, overview.statuses(v, source)) for m in fig.metrics
                    if m.label == "Offered a mobile doctor, 65+")
    assert (coverage.value, coverage.change) == ("not taking part", None)
    # the definition, a blank line, and why there is no figure
    assert coverage.help == (
        "Share of patients aged 65+ enrolled in municipal home care at the end of the month who have a mobile "
        "home-care doctor (from that date or earlier).\n\n"
        "The health centre does not take part in the mobile home-care doctor scheme this month.")


def test_a_centre_that_left_the_scheme_is_no_signal_of_decline():
    # HC1 took part January–July 2025 (coverage 50, 52, 50, 52, 50, 52, 50 %) and left in August: its
    # August and September are no months of the scheme, not a fall to 0 %. The tables read them
    # "deltar inte", the control chart leaves them out, and nothing "changed" for the worse
    from dashboard.figures.indicator_charts import control_figure, trend_figure
    from dashboard.figures.selection import Selection
    from dashboard.figures.view import View
    from dashboard.metrics.indicators import Scope
    from tests.figures.extracts import CHOICES

    months = [date(2025, m, 1) for m in range(1, 10)]
    source = FakeSource({Scope(hc_id="HC1"): [
        *series("hc_participation", [1] * 7 + [0] * 2, [1] * 9, months=months),
        *series("coverage_offered_65", [0.5, 0.52] * 3 + [0.5, 0.0, 0.0], [50] * 9, months=months),
        *series("ed_visits", [12, 13] * 4 + [12], months=months),
    ], REGION: series("coverage_offered_65", [0.9] * 9, [1000] * 9, months=months)})
    v = View(Selection("sv", "1001", months[0], months[-1], "none", hc_id="HC1"), CHOICES, date(2025, 10, 10),
             "Testkälla", page="", page_name="oversikt")
    found = overview.statuses(v, source)
    assert overview.changes_figure(v, found).note_links == ()  # no concern from leaving
    control = control_figure(v, source, "coverage_offered_65", "c").table
    assert control.display("sv")["Värde"].to_list()[-3:] == ["50,0\u00a0%", "deltar inte", "deltar inte"]
    assert control.column_values("Värde")[-2:] == [None, None]
    # beside the region's line, its own stops in July
    compared = View(Selection("sv", "1001", months[0], months[-1], "region", hc_id="HC1"), CHOICES,
                    date(2025, 10, 10), "Testkälla", page="", page_name="oversikt")
    trend = trend_figure(compared, source, "coverage_offered_65", "t").table
    assert [trend.cell("Värde", n, "sv") for n in (6, 7, 8, 9)] == ["50\u00a0%", "deltar inte", "deltar inte",
                                                                     "90\u00a0%"]
    tiles = {fig.key: fig for fig in overview.tile_figures(v, source, found)}["overview_mobile_doctor"].table
    row = tiles.column_values("Indikator").index("Erbjudna mobil läkare, 65+")
    assert [tiles.cell(c, row, "sv") for c in ("september 2025", "augusti 2025", "Förändring", "Signal")] == [
        "deltar inte", "deltar inte", "", "deltar inte"]


@pytest.mark.parametrize("change, lang, text", [
    (1.0, "sv", "+1 patient"), (-1.0, "sv", "\u22121 patient"), (-2.0, "sv", "\u22122 patienter"),
    (1.0, "en", "+1 patient"), (3.0, "en", "+3 patients"),
])
def test_a_count_of_one_reads_in_the_singular(change, lang, text):
    from dashboard.figures.tiles import _change
    assert _change("nsvt_active", change, lang) == text


def test_the_areas_targets_are_in_the_table_as_the_tiles_say_them():
    # coverage 65 % in May against 60 % (up is good: met); ED visits 30 against 25 (down is good:
    # not met); readmissions hidden in May: a target, not judged. Each reads as it was set (15,5 %)
    targets = (Targeted("coverage_offered_65", "1001", 0.6), Targeted("ed_visits", "1001", 25.0),
               Targeted("readmission_share", "1001", 0.155), Targeted("ed_visits", "2002", 1.0))
    figs = sections(targets=targets)
    ed = figs["overview_ed"].table
    assert ed.columns[-2:] == ["Mål för Åby", "Målet"]
    rows = dict(zip(ed.column_values("Indikator"), zip(ed.column_values("Mål för Åby"), ed.column_values("Målet"))))
    assert rows["Akutbesök"] == (25.0, "inte nått") and rows["Återinskrivningar inom 30 dagar"] == (0.155, None)
    assert rows["Akutbesök per 1 000 invånare 80+"] == (None, None)
    assert [ed.cell("Mål för Åby", n, "sv") for n in range(3)] == ["inget", "25", "15,5\u00a0%"]  # as set
    coverage = figs["overview_mobile_doctor"].table
    assert coverage.column_values("Målet")[0] == "nått"
    assert coverage.cell("Mål för Åby", 0, "sv") == "60\u00a0%"  # set whole: read whole
    assert "Mål för Åby" not in figs["overview_nsvt"].table.columns  # no target there
    assert tile("Akutbesök", targets=targets).note.endswith("mål för Åby: 25, inte nått")
    # a count's target typed with a decimal reads as typed, on screen as in a file, and is judged so
    typed = (Targeted("ed_visits", "1001", 30.5),)
    assert sections(targets=typed)["overview_ed"].table.cell("Mål för Åby", 1, "sv") == "30,5"
    assert tile("Akutbesök", targets=typed).note.endswith("mål för Åby: 30,5, nått")
