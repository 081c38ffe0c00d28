"""The trend and the control chart of one indicator, from hand-made rows: the numbers behind each,
the signals in words, and the link and file name that go with them."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.figures import overview
from dashboard.figures.indicator_charts import control_figure, trend_figure
from dashboard.figures.selection import Selection
from dashboard.figures.view import View
from tests.figures.extracts import AREA, CHOICES, HIDDEN, MONTHS, REGION, SMALL, FakeSource, series, view

SOURCE = FakeSource({
    AREA: [
        *series("ed_visits", [10, 12, 11, 13, 30]),
        *series("home_visits", [10, 12, SMALL, 13, 30]),
        *series("coverage_offered_65", [0.5, SMALL, 0.6, 0.6, 0.65], [100, 4, 100, 100, 100]),
        *series("ed_rate_80", [30.0, 31.5, 32.0, 33.0, 34.0], [1000] * 5),
    ],
    REGION: [
        *series("ed_visits", [100, 110, 120, 130, HIDDEN]),
        *series("coverage_offered_65", [0.7] * 5, [1000] * 5),
        *series("ed_rate_80", [40.5, 41.0, 42.0, 43.0, HIDDEN], [1000] * 5),
    ],
})

# 10, 12, 11, 13, 30: mean 76 / 5 = 15.2; moving ranges 2, 1, 2, 17: mean 22 / 4 = 5.5;
# limits 15.2 ± 2.66 × 5.5 = 15.2 ± 14.63: 29.83 and 0.57. May (30) lies above the upper limit.
MEAN, UPPER, LOWER = 15.2, 29.83, 0.57


def test_the_trend_table_holds_both_series_as_numbers_with_hidden_marks():
    fig = trend_figure(view(), SOURCE, "ed_rate_80", "overview_trend")
    table = fig.table
    assert table.columns == ["Område", "Månad", "Värde", "Besök", "Personmånader"]  # a rate's counts by name
    assert table.column_values("Område") == ["Åby"] * 5 + ["Testregionen"] * 5
    assert table.column_values("Månad") == MONTHS * 2
    assert table.column_values("Värde") == [30.0, 31.5, 32.0, 33.0, 34.0, 40.5, 41.0, 42.0, 43.0, None]
    assert table.cell("Värde", 9, "sv") == "–"  # hidden for another's sake
    assert table.cell("Värde", 5, "sv") == "40,5\u00a0per\u00a01\u00a0000"
    assert fig.chart is not None and fig.notes == ()
    assert fig.subtitle == "Åby · januari–maj 2025 · jämfört med Testregionen"


def test_a_count_is_drawn_alone_and_says_it_is_not_compared():
    # the region's 100 to 130 ED visits beside Åby's 10 to 30 would only show their sizes
    fig = trend_figure(view(), SOURCE, "ed_visits", "overview_trend")
    assert fig.table.columns == ["Område", "Månad", "Värde"]  # a count's numerator is its value
    assert fig.table.column_values("Område") == ["Åby"] * 5
    assert fig.table.column_values("Värde") == [10.0, 12.0, 11.0, 13.0, 30.0]
    assert fig.subtitle == "Åby · januari–maj 2025 · ett antal jämförs inte med Testregionen"
    assert fig.chart.to_dict()["title"]["subtitle"] == ["januari–maj 2025", "ett antal jämförs inte med Testregionen"]
    english = trend_figure(view("en"), SOURCE, "ed_visits", "overview_trend")
    assert english.subtitle.endswith(" · a count is not compared with Testregionen")


def test_a_share_trend_has_its_counts_and_a_small_count_reads_below_five():
    table = trend_figure(view(), SOURCE, "coverage_offered_65", "t").table
    assert table.columns == ["Område", "Månad", "Värde", "Täljare", "Nämnare"]
    assert table.column_values("Värde")[:3] == [0.5, None, 0.6]
    assert table.column_values("Täljare")[:3] == [50.0, None, 60.0]
    assert table.display("sv").row(1, named=True) == {
        "Område": "Åby", "Månad": "februari 2025", "Värde": "–", "Täljare": "<5", "Nämnare": "–"}
    assert table.display("sv").row(0, named=True)["Värde"] == "50\u00a0%"
    assert not all(table.is_hidden("Värde", r) for r in range(table.height))


def test_the_trend_names_its_view():
    fig = trend_figure(view(), SOURCE, "ed_visits", "overview_trend")
    assert fig.key == "overview_trend"
    assert fig.title == "Akutbesök – Åby"
    assert fig.subtitle == "Åby · januari–maj 2025 · ett antal jämförs inte med Testregionen"
    assert fig.definition.startswith("Antal besök på akutmottagning")
    assert (fig.source, fig.extract_date) == ("Testkälla", date(2025, 6, 10))
    assert fig.link == "/?area=1001&from=2025-01&to=2025-05&compare=region&lang=sv&indicator=ed_visits"
    assert fig.file_stem == "oversikt_utveckling_ed-visits_aby_2025-01_2025-05"
    assert "Källa: Testkälla, datauttag 10 juni 2025." in fig.caption("sv")


def test_the_trend_without_a_comparison_has_one_series():
    table = trend_figure(view(compare="none"), SOURCE, "ed_visits", "t").table
    assert table.column_values("Område") == ["Åby"] * 5


def test_the_control_chart_table_holds_mean_limits_and_signals():
    fig = control_figure(view(), SOURCE, "ed_visits", "overview_control")
    table = fig.table
    assert table.columns == ["Månad", "Värde", "Medel", "Övre styrgräns", "Nedre styrgräns", "Signal", "Regel"]
    assert table.column_values("Värde") == [10.0, 12.0, 11.0, 13.0, 30.0]
    assert table.column_values("Medel") == pytest.approx([MEAN] * 5)
    assert table.column_values("Övre styrgräns") == pytest.approx([UPPER] * 5)
    assert table.column_values("Nedre styrgräns") == pytest.approx([LOWER] * 5)
    # control limits span narrow ranges: a decimal more than elsewhere; a count itself stays whole
    assert table.display("sv").row(4, named=True) == {
        "Månad": "maj 2025", "Värde": "30", "Medel": "15,2", "Övre styrgräns": "29,8", "Nedre styrgräns": "0,6",
        "Signal": "Försämring", "Regel": "utanför styrgränserna"}
    # more ED visits is worse: a point above the upper limit is a concern
    assert table.column_values("Signal") == [None, None, None, None, "Försämring"]
    assert table.column_values("Regel") == [None, None, None, None, "utanför styrgränserna"]


def test_a_share_reads_with_a_decimal_more_in_the_control_table():
    table = control_figure(view(), SOURCE, "coverage_offered_65", "c").table
    assert table.display("sv")["Värde"].to_list() == ["50,0\xa0%", "–", "60,0\xa0%", "60,0\xa0%", "65,0\xa0%"]
    # 0.5, 0.6, 0.6, 0.65 (February hidden): mean 2.35 / 4 = 0.5875; moving ranges 0.1, 0, 0.05 (mean
    # 0.05); limits 0.5875 ± 2.66 × 0.05 = 0.7205 and 0.4545: every line with its decimal too (72,05 %
    # lies a hair below the half as a float, so 72,0 %)
    assert table.display("sv").row(0, named=True) == {
        "Månad": "januari 2025", "Värde": "50,0\xa0%", "Medel": "58,8\xa0%", "Övre styrgräns": "72,0\xa0%",
        "Nedre styrgräns": "45,5\xa0%", "Signal": "", "Regel": ""}
    run = control_figure(view(), SOURCE, "coverage_offered_65", "c", run_chart=True).table
    # the median of 0.5, 0.6, 0.6, 0.65 is 0.6
    assert run.display("sv").row(0, named=True) == {"Månad": "januari 2025", "Värde": "50,0\xa0%",
                                                    "Median": "60,0\xa0%", "Signal": ""}


def test_the_control_chart_notes_are_its_signals_in_plain_words():
    fig = control_figure(view(), SOURCE, "ed_visits", "overview_control")
    assert fig.notes == ("Senaste månaden: försämring (höga värden)",
                         "Över den övre styrgränsen i maj 2025 (försämring, pågår)")
    assert not any(mark in note for note in fig.notes for mark in (":red[", ":orange[", "**"))
    assert fig.title == "Akutbesök – Åby: styrdiagram"
    english = control_figure(view("en"), SOURCE, "ed_visits", "c")
    assert english.notes == ("Latest month: concern (high values)",
                             "Above the upper control limit in May 2025 (concern, still holds)")


def test_a_hidden_month_keeps_its_mark_and_takes_no_part_in_the_limits():
    # 10, 12, 13, 30: mean 65 / 4 = 16.25; moving ranges 2, 1, 17: mean 20 / 3
    table = control_figure(view(), SOURCE, "home_visits", "c").table
    assert table.column_values("Värde") == [10.0, 12.0, None, 13.0, 30.0]
    assert table.cell("Värde", 2, "sv") == "<5"
    assert table.column_values("Medel") == pytest.approx([16.25] * 5)
    assert table.column_values("Övre styrgräns") == pytest.approx([16.25 + 2.66 * 20 / 3] * 5)


def test_a_month_in_no_signal_says_so_once_seven_months_are_shown():
    # eight months, the third hidden: 10, 12, 11, 13, 12, 11, 12 shown (seven, the rules' least) and
    # no rule met, so every shown month reads "Ingen signal" and the hidden one nothing; with five
    # months (the tests above) "no signal" could not be told from "too few to see one": blank
    months = [date(2025, m, 1) for m in range(1, 9)]
    source = FakeSource({AREA: series("ed_visits", [10, 12, SMALL, 11, 13, 12, 11, 12], months=months)})
    swedish = View(Selection("sv", "1001", months[0], months[-1], "none"), CHOICES, date(2025, 9, 10), "Testkälla",
                   page="", page_name="oversikt")
    for run_chart in (False, True):
        table = control_figure(swedish, source, "ed_visits", "c", run_chart=run_chart).table
        assert table.display("sv")["Signal"].to_list() == ["Ingen signal"] * 2 + [""] + ["Ingen signal"] * 5


def test_a_target_and_a_change_date_go_into_the_notes_and_the_link():
    fig = control_figure(view(), SOURCE, "ed_visits", "c", rebase_at=[MONTHS[2]], target=40.0)
    # two segments: 10, 12 (mean 11, limits 11 ± 2.66 × 2) and 11, 13, 30 (mean 18, moving ranges 2 and 17:
    # 18 ± 2.66 × 9.5 = 18 ± 25.27); 40 lies between the limits, so it is met now and then
    assert fig.table.column_values("Medel") == pytest.approx([11, 11, 18, 18, 18])
    assert fig.table.column_values("Övre styrgräns") == pytest.approx([16.32, 16.32, 43.27, 43.27, 43.27])
    assert "Mot målet: målet nås ibland" in fig.notes
    assert fig.link.endswith("&indicator=ed_visits&rebase=2025-03&target=40")
    assert fig.file_stem == "oversikt_styrdiagram_ed-visits_aby_2025-01_2025-05"


def test_the_run_chart_holds_the_median_and_says_when_there_is_no_signal():
    fig = control_figure(view(), SOURCE, "ed_visits", "c", run_chart=True, rebase_at=[MONTHS[2]], target=40.0)
    assert fig.table.columns == ["Månad", "Värde", "Median", "Signal"]
    assert fig.table.column_values("Median") == [12.0] * 5
    assert fig.table.display("sv").row(0, named=True) == {"Månad": "januari 2025", "Värde": "10", "Median": "12,0",
                                                          "Signal": ""}
    assert fig.table.column_values("Signal") == [None] * 5
    assert fig.notes == ("Inga signaler bland 5 visade månader, men minst 7 behövs innan de säger att inget har "
                         "ändrats.",)
    assert fig.title == "Akutbesök – Åby: seriediagram"
    # a run chart has no limits to rebase and no target: the link says only what it shows
    assert fig.link.endswith("&indicator=ed_visits&chart=run")
    assert fig.file_stem == "oversikt_seriediagram_ed-visits_aby_2025-01_2025-05"


def test_a_long_run_is_marked_month_by_month_in_the_run_table():
    # 15 months, January 2025 to March 2026: seven at 1, seven at 5, one at 9. The median is the 8th of
    # the 15 sorted values, 5; the 5s lie on it and count for nothing, so 8 points are useful and a run
    # longer than round(log2(8) + 3) = 6 is unusual: the seven 1s below the median are one.
    months = [date(2025 + m // 12, m % 12 + 1, 1) for m in range(15)]
    source = FakeSource({AREA: series("ed_visits", [1] * 7 + [5] * 7 + [9], months=months)})
    english = View(Selection("en", "1001", months[0], months[-1], "none"), CHOICES, date(2026, 4, 10), "Testkälla",
                   page="", page_name="oversikt")
    table = control_figure(english, source, "ed_visits", "c", run_chart=True).table
    assert table.columns == ["Month", "Value", "Median", "Signal"]
    # fifteen months shown are enough to say that the last eight are in no signal
    assert table.column_values("Signal") == ["Unusually long run"] * 7 + ["No signal"] * 8
    # as in the control chart, the median with a decimal more (a median of counts may end in a half),
    # the counts themselves whole
    assert table.display("en").row(0, named=True) == {
        "Month": "January 2025", "Value": "1", "Median": "5.0", "Signal": "Unusually long run"}
    assert table.display("en").row(14, named=True) == {
        "Month": "March 2026", "Value": "9", "Median": "5.0", "Signal": "No signal"}


def test_the_page_choices_travel_in_every_link():
    v = overview.with_choices(view(), "home_visits", True, [], None)
    assert trend_figure(v, SOURCE, "home_visits", "t").link == (
        "/?area=1001&from=2025-01&to=2025-05&compare=region&lang=sv&indicator=home_visits&chart=run")


def test_a_target_is_typed_in_percent_for_shares():
    assert overview.target_from_input("coverage_offered_65", 80.0) == 0.8
    assert overview.target_from_input("ed_visits", 40.0) == 40.0
    assert overview.target_from_input("ed_visits", None) is None


@pytest.mark.parametrize("run_chart", [False, True])
def test_with_fewer_than_two_shown_months_there_is_nothing_to_judge(run_chart):
    hidden = FakeSource({AREA: series("ed_visits", [HIDDEN, HIDDEN, SMALL, 7, HIDDEN])})
    fig = control_figure(view(compare="none"), hidden, "ed_visits", "c", run_chart=run_chart)
    # and the four months the chart leaves out, since the line alone would not say so
    assert fig.notes == ("För få månader med ett visat värde för att bedöma variationen: minst två behövs.",
                         "4 av 5 månader syns inte i diagrammet: dolda (<5 eller –) eller utan uppgift.")
    assert fig.table.column_values("Värde") == [None, None, None, 7.0, None]


def _layers(chart) -> list[dict]:
    spec = chart.to_dict()
    return [{**layer, "values": spec["datasets"][layer["data"]["name"]]} for layer in spec["layer"]]


def test_the_comparison_is_the_second_colour_and_a_small_count_reads_below_five():
    fig = trend_figure(view(), SOURCE, "home_visits", "t")
    # the selection in the selection's blue, the region in the comparison's orange (charts/theme.py)
    assert fig.chart.to_dict()["encoding"]["color"]["scale"] == {
        "domain": ["Åby"], "range": ["#222222"]}  # home visits: the region has no rows
    fig = trend_figure(view(), SOURCE, "ed_rate_80", "t")
    assert fig.chart.to_dict()["encoding"]["color"]["scale"] == {
        "domain": ["Åby", "Testregionen"], "range": ["#222222", "#8C8C8C"]}
    # March's home visits are hidden because they are 1 to 4 themselves: a count reads "<5", not "–"
    table = trend_figure(view(compare="none"), SOURCE, "home_visits", "t").table
    assert table.cell("Värde", 2, "sv") == "<5"


def test_an_english_trend_table():
    table = trend_figure(view("en"), SOURCE, "coverage_offered_65", "t").table
    assert table.columns == ["Area", "Month", "Value", "Numerator", "Denominator"]


def test_an_english_control_chart_reads_in_english_and_joins_a_months_rules():
    months = [date(2025, m, 1) for m in range(1, 11)]
    source = FakeSource({AREA: series("ed_visits", [10] * 8 + [30, 30], months=months)})
    english = View(Selection("en", "1001", months[0], months[-1], "none"), CHOICES, date(2025, 11, 10), "Testkälla",
                   page="", page_name="oversikt")
    fig = control_figure(english, source, "ed_visits", "control_en")
    assert (fig.key, fig.title) == ("control_en", "ED visits – Åby: control chart")
    assert fig.chart is not None
    # mean (8 × 10 + 2 × 30) / 10 = 14; moving ranges 0 (7 times), 20, 0: mean 20 / 9 = 2.222;
    # 3σ = 2.66 × 2.222 = 5.911: limits 19.911 and 8.089; 2σ = 3.941: 17.94. Both 30s lie beyond the upper
    # limit and are two of three beyond 2σ: September carries both rules, joined by a comma.
    assert fig.table.columns == ["Month", "Value", "Mean", "Upper control limit", "Lower control limit", "Signal",
                                 "Rule"]
    assert fig.table.display("en").row(8, named=True) == {
        "Month": "September 2025", "Value": "30", "Mean": "14.0", "Upper control limit": "19.9",
        "Lower control limit": "8.1", "Signal": "Concern",
        "Rule": "beyond the control limits, 2 of 3 close to a control limit"}


def test_an_english_target_reads_in_the_notes_and_draws_its_line():
    fig = control_figure(view("en"), SOURCE, "ed_visits", "c", rebase_at=[MONTHS[2]], target=40.0)
    # as in the Swedish case, 40 lies between the last segment's limits (18 ± 25.27): met sometimes
    assert "Against the target: the target is met sometimes" in fig.notes
    rules = [layer for layer in _layers(fig.chart) if layer["mark"]["type"] == "rule"
             and layer["encoding"]["y"]["field"] == "target"]
    assert [layer["values"] for layer in rules] == [[{"target": 40.0}]]


def test_several_change_months_go_into_the_link_in_order():
    fig = control_figure(view(), SOURCE, "ed_visits", "c", rebase_at=[MONTHS[3], MONTHS[1]])
    # April and February, sorted and joined by a comma (%2C in the link)
    assert fig.link.endswith("&indicator=ed_visits&rebase=2025-02%2C2025-04")


@pytest.mark.parametrize("run_chart", [False, True])
def test_two_shown_months_are_enough_to_judge_but_not_to_say_nothing_changed(run_chart):
    # 10 and 12: mean 11, moving range 2: limits 11 ± 5.32; median 11, no run; no signal either way,
    # but a shift or a trend needs 7 months, so two cannot say that nothing changed
    two = FakeSource({AREA: series("ed_visits", [HIDDEN, 10, HIDDEN, 12, HIDDEN])})
    fig = control_figure(view(compare="none"), two, "ed_visits", "c", run_chart=run_chart)
    # two months have limits, so the control chart says where its (hidden) latest month stands
    judged = () if run_chart else ("Senaste månaden visas inte (dold eller utan uppgift): dess läge kan inte bedömas.",)
    assert fig.notes == (*judged, "Inga signaler bland 2 visade månader, men minst 7 behövs innan de säger att "
                         "inget har ändrats.",
                         "3 av 5 månader syns inte i diagrammet: dolda (<5 eller –) eller utan uppgift.")
    assert fig.table.column_values("Värde") == [None, 10.0, None, 12.0, None]


@pytest.mark.parametrize("run_chart", [False, True])
def test_english_notes_say_too_few_and_no_signals(run_chart):
    hidden = FakeSource({AREA: series("ed_visits", [HIDDEN, HIDDEN, SMALL, 7, HIDDEN])})
    fig = control_figure(view("en", compare="none"), hidden, "ed_visits", "c", run_chart=run_chart)
    assert fig.notes == ("Too few months with a shown value to judge the variation: at least two are needed.",
                         "4 of 5 months are not in the chart: hidden (<5 or –) or without data.")
    # 10, 12, 11, 13, 30: median 12, no run of more than round(log2(4) + 3) = 5 on one side, but 5 months
    fig = control_figure(view("en"), SOURCE, "ed_visits", "c", run_chart=True)
    assert fig.notes == ("No signals in 5 shown months, but at least 7 are needed before that says nothing changed.",)
    # seven months: 10, 12, 11, 13, 12, 11, 12: mean 11.57, limits ± 2.66 · 1.33 = 3.55, 2σ ± 2.36, no
    # side run of 7, no trend; median 12 with four useful months (low, low, high, low): 2 crossings, at
    # least 0 expected, longest run 2 of at most 5; no signal either way, now from enough months
    months = [date(2025, m, 1) for m in range(1, 8)]
    seven = FakeSource({AREA: series("ed_visits", [10, 12, 11, 13, 12, 11, 12], months=months)})
    english = View(Selection("en", "1001", months[0], months[-1], "none"), CHOICES, date(2026, 4, 10), "Testkälla",
                   page="", page_name="oversikt")
    fig = control_figure(english, seven, "ed_visits", "c", run_chart=run_chart)
    assert fig.notes[-1] == "No signals: the variation is within what is expected."


def test_a_run_charts_signal_reads_in_words_with_its_judgement():
    # as in the run table above: the seven 1s below the median 5 are an unusually long run; fewer ED
    # visits is better, so a long run low is an improvement
    months = [date(2025 + m // 12, m % 12 + 1, 1) for m in range(15)]
    source = FakeSource({AREA: series("ed_visits", [1] * 7 + [5] * 7 + [9], months=months)})
    english = View(Selection("en", "1001", months[0], months[-1], "none"), CHOICES, date(2026, 4, 10), "Testkälla",
                   page="", page_name="oversikt")
    fig = control_figure(english, source, "ed_visits", "run_en", run_chart=True)
    assert fig.notes == ("Unusually long run: 7 months in a row below the median, January\u2009–\u2009July 2025 "
                         "(improvement, has ended)",)
    assert fig.key == "run_en" and fig.chart is not None


def test_the_trend_says_how_many_of_the_selections_months_it_leaves_out():
    hidden = FakeSource({AREA: series("ed_visits", [HIDDEN, HIDDEN, SMALL, 7, HIDDEN])})
    fig = trend_figure(view(compare="none"), hidden, "ed_visits", "t")
    assert fig.notes == ("4 av 5 månader syns inte i diagrammet: dolda (<5 eller –) eller utan uppgift.",)
    assert trend_figure(view(), SOURCE, "ed_visits", "t").notes == ()  # every month shown
    # a period of one month says "the month", not "1 of 1 months"
    one = FakeSource({AREA: series("ed_visits", [HIDDEN], months=MONTHS[:1])})
    single = View(Selection("sv", "1001", MONTHS[0], MONTHS[0], "none"), CHOICES, date(2025, 6, 10), "Testkälla",
                  page="", page_name="oversikt")
    assert trend_figure(single, one, "ed_visits", "t").notes == (
        "Månaden syns inte i diagrammet: dold (<5 eller –) eller utan uppgift.",)


def test_a_shares_control_limits_are_drawn_within_0_and_100_percent():
    # 50, 90, 50, 90, 50 %: mean 3,3 / 5 = 66 %, moving ranges 40 points each, limits 66 ± 2,66 × 40 =
    # 66 ± 106,4: −40,4 % and 172,4 %, which a share cannot take: drawn at 0 and 100 %
    source = FakeSource({AREA: series("fixed_contact_65", [0.5, 0.9, 0.5, 0.9, 0.5], [100] * 5)})
    table = control_figure(view(compare="none"), source, "fixed_contact_65", "c").table
    assert table.column_values("Medel") == pytest.approx([0.66] * 5)
    assert table.column_values("Övre styrgräns") == [1.0] * 5
    assert table.column_values("Nedre styrgräns") == [0.0] * 5


def test_a_control_chart_whose_latest_month_is_hidden_does_not_say_where_it_stands():
    # ED visits 100, 110, 120, 130 and May hidden: May's standing is unknown
    source = FakeSource({AREA: series("ed_visits", [100, 110, 120, 130, HIDDEN]), REGION: []})
    fig = control_figure(view(), source, "ed_visits", "c")
    assert fig.notes[0] == "Senaste månaden visas inte (dold eller utan uppgift): dess läge kan inte bedömas."
    english = control_figure(view("en"), source, "ed_visits", "c")
    assert english.notes[0] == ("The latest month is not shown (hidden or without data): where it stands can't "
                                "be judged.")
    assert fig.notes[-1] == "1 av 5 månader syns inte i diagrammet: dolda (<5 eller –) eller utan uppgift."


def test_from_six_months_without_a_signal_the_chart_does_not_say_no_signal():
    # 10, 12, 11, 13, 12, 11 ED visits: no rule met, but six shown months cannot say nothing changed
    months = [date(2025, m, 1) for m in range(1, 7)]
    source = FakeSource({AREA: series("ed_visits", [10, 12, 11, 13, 12, 11], months=months)})
    swedish = View(Selection("sv", "1001", months[0], months[-1], "none"), CHOICES, date(2025, 7, 10), "Testkälla",
                   page="", page_name="oversikt")
    assert control_figure(swedish, source, "ed_visits", "c").notes == (
        "Inga signaler bland 6 visade månader, men minst 7 behövs innan de säger att inget har ändrats.",)


def test_a_centres_months_outside_the_scheme_are_named_as_such_below_its_charts():
    from dashboard.figures.selection import Selection
    from dashboard.metrics.indicators import Scope
    centre = Scope(hc_id="HC1")
    # HC1 joined in March: January and February are outside the scheme; April is hidden besides
    source = FakeSource({centre: [
        *series("hc_participation", [0, 0, 1, 1, 1], [1] * 5),
        *series("coverage_offered_65", [0.0, 0.0, 0.3, HIDDEN, 0.6], [40] * 5),
        *series("ed_visits", [12, 12, HIDDEN, 12, 12]),
    ]})
    v = View(Selection("sv", "1001", MONTHS[0], MONTHS[-1], "none", hc_id="HC1"), CHOICES, date(2025, 6, 10),
             "Testkälla", page="", page_name="oversikt")
    assert control_figure(v, source, "coverage_offered_65", "c").notes[-1] == (
        "3 av 5 månader syns inte i diagrammet: under 2 deltog vårdcentralen inte i modellen (deltar inte) eller "
        "var stängd, övriga är dolda (<5 eller –) eller utan uppgift.")
    only_outside = FakeSource({centre: [*series("hc_participation", [0, 0, 1, 1, 1], [1] * 5),
                                        *series("coverage_offered_65", [0.0, 0.0, 0.3, 0.5, 0.6], [40] * 5)]})
    assert trend_figure(v, only_outside, "coverage_offered_65", "t").notes == (
        "2 av 5 månader syns inte i diagrammet: vårdcentralen deltog inte i modellen då (deltar inte) eller var "
        "stängd.",)
    english = View(Selection("en", "1001", MONTHS[0], MONTHS[-1], "none", hc_id="HC1"), CHOICES, date(2025, 6, 10),
                   "Testkälla", page="", page_name="oversikt")
    assert trend_figure(english, only_outside, "coverage_offered_65", "t").notes == (
        "2 of 5 months are not in the chart: the health centre did not take part in the scheme then "
        "(not taking part) or was closed.",)
    # a figure that is not the scheme's own has no months outside it: its gap is a hidden month
    assert control_figure(v, source, "ed_visits", "c").notes[-1] == (
        "1 av 5 månader syns inte i diagrammet: dolda (<5 eller –) eller utan uppgift.")


def test_events_are_drawn_on_the_control_charts_timeline_and_said_in_its_notes():
    fig = control_figure(view(), SOURCE, "ed_visits", "c", events=[(date(2025, 3, 10), "Åby vc gick med i modellen.")])
    assert fig.notes[-1] == "Åby vc gick med i modellen."
    rules = [layer for layer in fig.chart.to_dict()["layer"] if layer.get("mark", {}).get("type") == "rule"
             and "tooltip" in layer.get("encoding", {})]
    spec = fig.chart.to_dict()
    assert [spec["datasets"][r["data"]["name"]] for r in rules] == [
        [{"month": "2025-03-01T00:00:00", "label": "Åby vc gick med i modellen."}]]
    assert not any(layer.get("mark", {}).get("type") == "rule" and "tooltip" in layer.get("encoding", {})
                   for layer in control_figure(view(), SOURCE, "ed_visits", "c").chart.to_dict()["layer"])


def test_a_figure_made_for_areas_only_shows_the_area_when_a_centre_is_chosen():
    from dashboard.figures.selection import Selection
    from dashboard.metrics.indicators import Scope
    # the need reached is an area's figure: with Åby's centre chosen, its chart is Åby's, not the centre's
    source = FakeSource({AREA: series("need_coverage", [0.3, 0.31, 0.32, 0.33, 0.34], [100] * 5),
                         Scope(hc_id="HC1"): series("hc_participation", [1] * 5, [1] * 5)})
    v = View(Selection("sv", "1001", MONTHS[0], MONTHS[-1], "parent", hc_id="HC1"), CHOICES, date(2025, 6, 10),
             "Testkälla", page="", page_name="oversikt")
    fig = trend_figure(v, source, "need_coverage", "t")
    assert fig.title == "Nådd andel av behovet – Åby"
    assert fig.table.column_values("Värde") == [0.3, 0.31, 0.32, 0.33, 0.34]  # no comparison of Åby with itself
    assert control_figure(v, source, "need_coverage", "c").title.startswith("Nådd andel av behovet – Åby: ")
