"""What changed, and each tile's status, from hand-made rows: which signals are news, in what order, and
how they read (`figures.signals`, `overview.changes_figure`).

Every series has five months, January to May 2025; limits are worked out by hand in the comments
(centre line the mean, limits mean ± 2.66 × the mean moving range)."""

from __future__ import annotations

from datetime import date

from dashboard.figures import overview, signals
from dashboard.metrics.spc import Signal
from tests.figures.extracts import AREA, HIDDEN, REGION, FakeSource, series, view

SOURCE = FakeSource({
    AREA: [
        # 40, 40, 40, 40, 60: mean 44, moving ranges 0, 0, 0, 20 (mean 5), upper limit 44 + 13,3 = 57,3:
        # May lies above it, and fewer ED visits is better: a concern, still holding
        *series("ed_visits", [40, 40, 40, 40, 60]),
        # 10, 10, 10, 10, 30: mean 14, upper limit 14 + 13,3 = 27,3: May above, no direction known
        *series("home_visits", [10, 10, 10, 10, 30]),
        # 50, 50, 50, 50, 90 %: mean 58 %, moving range 10 points, upper limit 84,6 %: May above, and
        # more fixed contacts is better: an improvement
        *series("fixed_contact_65", [0.5, 0.5, 0.5, 0.5, 0.9], [100] * 5),
        # 90, 50, 50, 50, 50 %: the same limits; January above: an improvement, but in January, before
        # the last three months (March to May): no news
        *series("coverage_offered_65", [0.9, 0.5, 0.5, 0.5, 0.5], [100] * 5),
    ],
    REGION: [],
})
LINK = "/?area=1001&from=2025-01&to=2025-05&compare=region&lang=sv&indicator="


def changes(lang: str = "sv", rebase=None):
    v = view(lang)
    return overview.changes_figure(v, overview.statuses(v, SOURCE, rebase))


def test_what_changed_lists_recent_signals_worst_first_each_linked_to_its_chart():
    fig = changes()
    assert fig.notes == (
        "Akutbesök: över den övre styrgränsen i maj 2025 (försämring, pågår)",
        "Hembesök av mobil läkare: över den övre styrgränsen i maj 2025 (pågår)",
        "Fast vårdkontakt, 65+: över den övre styrgränsen i maj 2025 (förbättring, pågår)",
    )
    # each opens at the chart (`at`), also when it names the indicator already open
    assert fig.note_links == (LINK + "ed_visits&at=utveckling", LINK + "home_visits&at=utveckling",
                              LINK + "fixed_contact_65&at=utveckling")
    assert fig.title == "Vad har ändrats"
    assert fig.table.column_values("Indikator") == ["Akutbesök", "Hembesök av mobil läkare", "Fast vårdkontakt, 65+"]
    english = changes("en")
    assert english.notes[0] == "ED visits: above the upper control limit in May 2025 (concern, still holds)"


def test_a_page_choice_does_not_ride_along_in_what_changed_links():
    v = overview.with_choices(view(), "coverage_offered_65", True, [], None)
    fig = overview.changes_figure(v, overview.statuses(v, SOURCE))
    assert fig.note_links[0] == LINK + "ed_visits&at=utveckling"  # not "&chart=run" from the page's own choices


def test_with_nothing_recent_it_says_so():
    quiet = FakeSource({AREA: series("ed_visits", [40, 41, 40, 41, 40]), REGION: []})
    v = view()
    fig = overview.changes_figure(v, overview.statuses(v, quiet))
    # five months of ED visits, none of the rest: no indicator was judged, so none "varies as expected"
    assert fig.notes == ("Inga signaler de tre senaste månaderna, men ingen indikator har nog många visade månader "
                         "(minst 7, med den senaste) för att säga att inget har ändrats.",)
    assert fig.note_links == () and fig.table.height == 0
    may = date(2025, 5, 1)
    judged = signals.Status("ed_visits", "common_cause", "common_cause", (), may, 12)
    unjudged = [signals.Status("home_visits", "too_few", "common_cause", (), may, 5),
                signals.Status("ed_rate_80", "latest_hidden", None, (), date(2025, 4, 1), 11)]
    assert overview.changes_figure(v, [judged, judged]).notes == (
        "Inga signaler de tre senaste månaderna: alla indikatorer varierar inom det förväntade.",)
    assert overview.changes_figure(v, [judged, *unjudged]).notes == (
        "Inga signaler de tre senaste månaderna. Bedömda och inom det förväntade: 1 av 3 indikatorer; övriga har för "
        "få visade månader eller ingen visad senaste månad (dold, utan uppgift, deltar inte eller stängd).",)


def test_change_dates_give_a_tile_its_charts_limits():
    # with new limits from May, May stands alone in its segment: no limits, so no signal for ED visits
    found = {s.indicator_id: s for s in overview.statuses(view(), SOURCE, {"ed_visits": [date(2025, 5, 1)]})}
    assert (found["ed_visits"].kind, found["ed_visits"].variation) == ("too_few", "common_cause")  # 5 months
    assert found["home_visits"].kind == "neither"  # other indicators keep one segment
    assert [line.split(":")[0] for line in changes(rebase={"ed_visits": [date(2025, 5, 1)]}).notes] == [
        "Hembesök av mobil läkare", "Fast vårdkontakt, 65+"]


def test_a_signal_before_the_last_three_months_is_no_news():
    # 30, 10, 10, 10, 10 home visits: mean 14, moving ranges 20, 0, 0, 0 (mean 5), upper limit 27,3:
    # January lies above it, two months before March; May itself is no signal
    quiet = FakeSource({AREA: series("home_visits", [30, 10, 10, 10, 10]), REGION: []})
    (found,) = [s for s in overview.statuses(view(), quiet) if s.indicator_id == "home_visits"]
    assert found.kind == "too_few" and len(found.signals) == 1  # no signal in 5 months: too few to say so
    assert found.recent(date(2025, 5, 1)) == []
    assert found.recent(date(2025, 3, 1)) == list(found.signals)  # January is within January to March
    # a status of too few months still knows its latest month: January's signal no longer holds
    assert signals.changes([found], date(2025, 3, 1), "sv") == [
        ("home_visits", "Hembesök av mobil läkare: över den övre styrgränsen i januari 2025 (har upphört)")]


def test_a_value_that_reads_as_its_limit_is_no_signal_on_a_tile_either():
    # 0, 0, 0, 6, 9 home visits: upper limit 8,985, printed 9,0 in the control table, as 9 reads: on the
    # limit, no signal (and from five months, too few to say there is none); judged as raw numbers, 9
    # would be a special cause
    flat = FakeSource({AREA: series("home_visits", [0, 0, 0, 6, 9]), REGION: []})
    (found,) = [s for s in overview.statuses(view(), flat) if s.indicator_id == "home_visits"]
    assert (found.kind, found.variation, found.signals) == ("too_few", "common_cause", ())


def test_no_signal_needs_seven_shown_months_to_read_as_one():
    # 10, 12, 11, 13, 12, 11, 12 ED visits: mean 11.57, limits ± 3.55, no run of 7, no trend of 7;
    # with the first month hidden, six months are left: no signal could yet have been seen
    months = [date(2025, m, 1) for m in range(1, 8)]
    values = [10, 12, 11, 13, 12, 11, 12]
    seven = signals.status(FakeSource({AREA: series("ed_visits", values, months=months)}).rows[AREA], "ed_visits")
    assert (seven.kind, seven.shown, seven.help("sv")) == (
        "common_cause", 7, "Senaste månaden enligt styrdiagrammets regler över periodens månader: ingen signal.")
    six = signals.status(FakeSource({AREA: series("ed_visits", [HIDDEN, *values[1:]], months=months)}).rows[AREA],
                         "ed_visits")
    assert (six.kind, six.variation, six.shown, six.text("sv")) == ("too_few", "common_cause", 6, "För få månader")
    assert six.help("en") == "No signals in 6 shown months, but at least 7 are needed before that says nothing changed."


def test_concerns_come_first_then_ongoing_before_ended():
    may, april = date(2025, 5, 1), date(2025, 4, 1)
    found = [
        signals.Status("fixed_contact_65", "improvement", "improvement_high",
                       (_signal("beyond_limits", "high", "improvement", may),), may),
        signals.Status("ed_rate_80", "common_cause", "common_cause",
                       (_signal("beyond_limits", "high", "concern", april),), may),
        # two signals: the indicator is named once, by its concern that still holds
        signals.Status("ed_visits", "concern", "concern_high",
                       (_signal("shift", "low", "improvement", april),
                        _signal("beyond_limits", "high", "concern", may)), may),
    ]
    assert signals.changes(found, may, "sv") == [
        ("ed_visits", "Akutbesök: över den övre styrgränsen i maj 2025 (försämring, pågår)"),
        ("ed_rate_80", "Akutbesök per 1 000 invånare 80+: över den övre styrgränsen i april 2025 "
                       "(försämring, har upphört)"),
        ("fixed_contact_65", "Fast vårdkontakt, 65+: över den övre styrgränsen i maj 2025 (förbättring, pågår)"),
    ]


def _signal(rule: str, side: str, kind: str, month: date) -> Signal:
    return Signal(rule, side, kind, month, month, 1)


def test_a_status_reads_in_english():
    found = {s.indicator_id: s for s in overview.statuses(view("en"), SOURCE)}
    # ED visits: May's 60 above the upper limit 57,3 (see SOURCE), and fewer is better: a concern, high
    assert found["ed_visits"].text("en") == "Concern"
    assert found["ed_visits"].help("en") == ("The latest month by the control chart's rules over the period's months: "
                                             "concern (high values).")
    # the centres' participation has no rows here: no months to judge
    assert found["hc_participation"].text("en") == "Too few months"
    assert found["hc_participation"].help("en") == ("Too few months with a shown value to judge the variation: at "
                                                    "least two are needed.")


def test_of_two_ended_signals_of_one_kind_the_later_names_the_indicator():
    may, april, march = date(2025, 5, 1), date(2025, 4, 1), date(2025, 3, 1)
    # two concerns, both ended before May (the latest month): April's is the more recent, so it is said
    found = [signals.Status("ed_visits", "common_cause", "common_cause",
                            (_signal("beyond_limits", "high", "concern", march),
                             _signal("beyond_limits", "high", "concern", april)), may)]
    assert signals.changes(found, may, "sv") == [
        ("ed_visits", "Akutbesök: över den övre styrgränsen i april 2025 (försämring, har upphört)")]


def test_indicators_whose_signals_tie_keep_the_tiles_order_whatever_their_rules():
    may = date(2025, 5, 1)
    # both a concern that still holds in May: a tie, so the tiles' order (ED visits first), though the
    # second one's rule (beyond the limits) comes before a shift among the rules
    found = [
        signals.Status("ed_visits", "concern", "concern_high", (_signal("shift", "high", "concern", may),), may),
        signals.Status("ed_rate_80", "concern", "concern_high", (_signal("beyond_limits", "high", "concern", may),),
                       may),
    ]
    assert [i for i, _ in signals.changes(found, may, "sv")] == ["ed_visits", "ed_rate_80"]


def test_what_changed_in_english_names_its_view_columns_and_file():
    fig = changes("en")
    assert (fig.key, fig.title) == ("overview_changes", "What changed")
    assert fig.subtitle == "Åby · January\u2009–\u2009May 2025 · compared with Testregionen"
    assert fig.definition.startswith("Signals by the control chart's rules")
    assert fig.table.columns == ["Indicator", "Signal"]
    # worst first, as in Swedish: the concern, the change of no known direction, the improvement
    assert fig.table.column_values("Indicator") == ["ED visits", "Mobile-doctor home visits",
                                                    "Fixed care contact, 65+"]
    assert fig.file_stem == "oversikt_signaler_aby_2025-01_2025-05"


def test_with_nothing_recent_it_says_so_in_english():
    quiet = FakeSource({AREA: series("ed_visits", [40, 41, 40, 41, 40]), REGION: []})
    v = view("en")
    fig = overview.changes_figure(v, overview.statuses(v, quiet))
    assert fig.notes == ("No signals in the last three months, but no indicator has enough shown months (at least 7, "
                         "the latest among them) to say that nothing changed.",)
    may = date(2025, 5, 1)
    judged = signals.Status("ed_visits", "common_cause", "common_cause", (), may, 12)
    unjudged = signals.Status("home_visits", "too_few", "common_cause", (), may, 5)
    assert overview.changes_figure(v, [judged, judged]).notes == (
        "No signals in the last three months: every indicator varies within what is expected.",)
    assert overview.changes_figure(v, [judged, unjudged]).notes == (
        "No signals in the last three months. Judged and within what is expected: 1 of 2 indicators; the others "
        "have too few shown months or no shown latest month (hidden, no data, not taking part or closed).",)


def test_with_the_latest_month_hidden_its_standing_is_not_judged_but_earlier_signals_still_count():
    # ED visits 10, 11, 10, 60 and May hidden: April's 60 lies above the upper limit of the four shown
    # months (mean 22.75, moving ranges 1, 1, 50: mean 17.33, upper 22.75 + 2.66 × 17.33 = 68.9: no), so
    # nothing beyond the limits; May's standing would be April's if the hidden month were skipped
    quiet = FakeSource({AREA: series("ed_visits", [10, 11, 10, 60, HIDDEN]), REGION: []})
    found = {s.indicator_id: s for s in overview.statuses(view(), quiet)}["ed_visits"]
    assert (found.kind, found.variation, found.latest) == ("latest_hidden", None, date(2025, 4, 1))
    assert found.signals == ()  # the chart's own (none here), which "what changed" reads
    assert found.text("sv") == "Senaste månaden dold"
    assert found.help("en") == ("The latest month is not shown (hidden or without data): where it stands "
                                "can't be judged.")


def test_a_tile_without_a_signal_now_names_the_ended_one_what_changed_lists():
    may, april = date(2025, 5, 1), date(2025, 4, 1)
    ended = signals.Status("ed_visits", "common_cause", "common_cause",
                           (_signal("beyond_limits", "high", "concern", april),), may)
    assert ended.help("sv") == (
        "Senaste månaden enligt styrdiagrammets regler över periodens månader: ingen signal. "
        "”Vad har ändrats” nämner en signal som har upphört: Akutbesök: över den övre styrgränsen i april 2025 "
        "(försämring, har upphört).")
    # one before the last three months is no news, and says nothing here either
    old = signals.Status("ed_visits", "common_cause", "common_cause",
                         (_signal("beyond_limits", "high", "concern", date(2025, 1, 1)),), may)
    assert old.help("sv").endswith("ingen signal.")


def _years_of(first_year: int, years: int, month: int, side: str, rule: str) -> list[Signal]:
    kind = "concern" if side == "high" else "improvement"
    return [Signal(rule, side, kind, date(y, month, 1), date(y, month, 1), 1) for y in range(first_year,
                                                                                        first_year + years)]


def test_a_long_periods_signals_list_the_last_years_and_name_the_seasons():
    # a peak each January 2017–2021 and a trough each July: ten signals, more than eight; the last year
    # (from January 2021 to December 2021) holds two; eight earlier ones are counted
    found = sorted(_years_of(2017, 5, 1, "high", "beyond_limits") + _years_of(2017, 5, 7, "low", "beyond_limits"),
                   key=lambda s: s.first_month)
    lines = signals.signal_lines(found, "down", date(2021, 7, 1), date(2021, 12, 1), "sv")
    assert lines == [
        "Höga värden vintertid återkommer (5 vintrar med signal): det är årstidens mönster, inte en förändring. "
        "Jämför samma månader år mot år, som före och efter gör.",
        "Låga värden sommartid återkommer (5 somrar med signal): det är årstidens mönster, inte en förändring.",
        "Över den övre styrgränsen i januari 2021 (försämring, har upphört)",
        "Under den nedre styrgränsen i juli 2021 (förbättring, pågår)",
        "… och 8 tidigare signaler (januari 2017\u2009–\u2009juli 2020): månad för månad i tabellen.",
    ]


def test_a_few_signals_are_each_listed_and_two_winters_are_no_pattern():
    # December 2019 and January 2020 are one winter (2020); January 2021 the second: no pattern
    found = [Signal("beyond_limits", "high", "concern", date(2019, 12, 1), date(2020, 1, 1), 2),
             Signal("beyond_limits", "high", "concern", date(2021, 1, 1), date(2021, 1, 1), 1),
             *_years_of(2017, 2, 7, "low", "beyond_limits")]
    lines = signals.signal_lines(found, "down", date(2021, 1, 1), date(2021, 1, 1), "sv")
    assert len(lines) == 4
    assert lines[0] == ("2 månader över den övre styrgränsen, december 2019\u2009–\u2009januari 2020 "
                        "(försämring, har upphört)")
    # a third winter (a December, counted with the January after it) makes it one
    third = [*found, Signal("beyond_limits", "high", "concern", date(2017, 12, 1), date(2017, 12, 1), 1)]
    assert signals.signal_lines(third, "down", None, date(2021, 1, 1), "sv")[0].startswith(
        "Höga värden vintertid återkommer (3 vintrar")
