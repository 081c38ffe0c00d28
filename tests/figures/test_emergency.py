"""The emergency page's figures on a hand-made extract: Åby's ED visits 80+ fall from 50 a month in
2024 to 40 in 2025 among 500 inhabitants aged 80+, worked out by hand."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.figures import emergency
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View, slug
from dashboard.metrics.indicators import Scope
from dashboard.metrics.periods import add_months
from tests.builders import base_tables, build, ed_row

pytestmark = pytest.mark.usefixtures("true_counts")  # the expectations are the true counts
MONTHS = [add_months(date(2024, 1, 1), n) for n in range(24)]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    t = base_tables()
    t["ed_visits_monthly"] = [ed_row(m, "1001", "HC1", "80+", ed_visits=50 if m.year == 2024 else 40,
                                     admissions=20, readmissions_30d=3) for m in MONTHS]
    t["ed_visits_monthly"] += [ed_row(m, "1002-A", "HC2", "80+", ed_visits=30) for m in MONTHS]
    return Database(build(tmp_path_factory.mktemp("ed"), t), date(2025, 12, 31), None)


def view(db, area="1001", lang="sv", first=date(2025, 1, 1), last=date(2025, 12, 1)) -> View:
    choices = extract_choices(db, offered_months(db))
    return View(Selection(lang, area, first, last, "region"), choices, db.reference_date, db.source,
                page="akutbesok", page_name="akutbesok")


def cells(fig) -> dict[str, str]:
    shown = fig.table.display("sv")
    return dict(zip(shown[shown.columns[0]], shown[shown.columns[1]], strict=True))


def test_before_and_after_the_same_calendar_months_with_the_ratios_interval(db):
    # 2024: 600 visits of 6 000 inhabitant-months (100 per 1 000); 2025: 480 (80 per 1 000): ratio 0,80;
    # se √(1/480 + 1/600) = 0,061237, 1,959964 × 0,061237 = 0,120023, e^0,120023 = 1,127530:
    # 0,80 / 1,12753 = 0,70951 and 0,80 × 1,12753 = 0,90202
    fig = emergency.before_after_figure(view(db), Source(db), "ed_rate_80", date(2025, 1, 1))
    assert fig.subtitle == "förändring januari 2025 · före: januari–december 2024 · efter: januari–december 2025"
    before, after, ratio, rules = fig.metrics
    assert (before.value, after.value) == ("100,0", "80,0")
    assert (ratio.value, ratio.note) == ("0,80", "95\u00a0% KI 0,71–0,90")
    # a flat year before: its limits lie on its mean, and every month after is below them
    assert rules.value == "Minskning"
    assert fig.notes[0] == ("Minskningen är en signal: januari 2025 följdes av 20\u00a0% lägre värden (kvot 0,80, "
                            "95\u00a0% KI 0,71–0,90), och styrdiagrammets regler ser den.")
    assert fig.table.height == 12 and fig.link.startswith("/akutbesok?")
    first = fig.table.display("sv").row(0, named=True)
    assert (first["Månad före"], first["Besök före"], first["Månad efter"], first["Besök efter"]) == (
        "januari 2024", "50", "januari 2025", "40")
    assert "indicator=ed_rate&age=80%2B" in fig.link


def test_seed_004s_lines_from_the_visits_before_and_after(db):
    # 50 − 40 = 10 visits a month; 10 × 12 × 5 419 kr = 650 280 kr. The interval's ratios make the visits
    # after 40 × 0,90202 / 0,8 = 45,10 and 40 × 0,70951 / 0,8 = 35,48: a decrease of 4,9 → 5 and 14,5 → 15
    fig = emergency.savings_figure(view(db), Source(db), "ed_rate_80", date(2025, 1, 1))
    lines = list(cells(fig).values())
    assert lines[:6] == ["6\u00a0774\u00a0kr", "6\u00a0774\u00a0kr × (1 − 0,20) = 5\u00a0419\u00a0kr per besök",
                         "50 per månad", "40 per månad", "50 − 40 = 10 akutbesök per månad",
                         "10 besök × 12 månader × 5\u00a0419\u00a0kr = 650\u00a0280\u00a0kr"]
    assert lines[6] == ("kvot 0,71–0,90: 5 till 15 färre besök per månad, 325\u00a0140\u00a0kr till "
                        "975\u00a0420\u00a0kr per år")
    assert not fig.warnings


def test_a_range_reaching_past_no_fall_reads_from_more_to_fewer(tmp_path):
    # 31 visits a month in 2024, 29 in 2025: ratio 348 / 372 = 0,93548; se √(1/348 + 1/372) = 0,074578,
    # e^(1,959964 × 0,074578) = 1,15739: 0,81–1,08. Visits after at the limits: 29 × 1,15739 = 33,56 and
    # 29 / 1,15739 = 25,06: from 2,56 → 3 more to 5,94 → 6 fewer; 3 × 12 × 5 419 = 195 084, 6 × 12 × 5 419 = 390 168
    t = base_tables()
    t["ed_visits_monthly"] = [ed_row(m, "1001", "HC1", "80+", ed_visits=31 if m.year == 2024 else 29)
                              for m in MONTHS]
    small = Database(build(tmp_path, t), date(2025, 12, 31), None)
    fig = emergency.savings_figure(view(small), Source(small), "ed_rate_80", date(2025, 1, 1))
    assert list(cells(fig).values())[6] == (
        "kvot 0,81–1,08: från 3 fler till 6 färre besök per månad, från 195\u00a0084\u00a0kr i kostnad till "
        "390\u00a0168\u00a0kr i besparing per år")
    assert fig.warnings  # not a signal


def test_a_cost_and_overhead_of_ones_own(db):
    # 10 visits × 12 × 4 000 kr × (1 − 0,25) = 10 × 12 × 3 000
    fig = emergency.savings_figure(view(db), Source(db), "ed_rate_80", date(2025, 1, 1), cost=4000, overhead=0.25)
    assert list(cells(fig).values())[5] == "10 besök × 12 månader × 3\u00a0000\u00a0kr = 360\u00a0000\u00a0kr"
    # an overhead typed with a decimal reads as typed, and the line adds up with it: 6 774 × 0,875 = 5 927,25
    fig = emergency.savings_figure(view(db), Source(db), "ed_rate_80", date(2025, 1, 1), overhead=0.125)
    assert list(cells(fig).items())[1] == (
        "Minus omkostnader (12,5\u00a0%)", "6\u00a0774\u00a0kr × (1 − 0,125) = 5\u00a0927\u00a0kr per besök")


def test_no_fall_no_saving_and_a_warning(db):
    # Västra's 30 visits a month throughout: ratio 1, noise
    fig = emergency.savings_figure(view(db, "1002-A"), Source(db), "ed_rate_80", date(2025, 1, 1))
    # no decrease, no saving worked out: a negative one would read as a cost the change caused
    assert list(cells(fig).items())[4:] == [
        ("Genomsnittlig minskning", "ingen: besöken minskade inte, och ingen besparing räknas")]
    assert fig.warnings == ("Akutbesöken minskade inte (30 per månad före, 30 efter): det finns ingen besparing att "
                            "räkna.",)
    ba = emergency.before_after_figure(view(db, "1002-A"), Source(db), "ed_rate_80", date(2025, 1, 1))
    assert ba.notes[0].startswith("Ingen förändring som skiljer sig från slumpen efter januari 2025: kvoten 1,00")


def test_a_change_without_months_before_it_says_so(db):
    fig = emergency.before_after_figure(view(db), Source(db), "ed_rate_80", date(2024, 1, 1))
    assert fig.notes == ("Förändringen kan inte jämföras: uttaget har färre än tre månader före den (eller efter "
                         "den) med samma kalendermånad ett år ifrån.",)
    assert emergency.savings_figure(view(db), Source(db), "readmission_share", date(2025, 1, 1)).notes == (
        "Besparingen räknas på akutbesök: välj akutbesök per 1 000 invånare eller per 1 000 listade.",)


def test_the_change_is_offered_at_the_areas_events(db):
    # Åby's centre joined the scheme in 2020, before the data: no event; Östra's HC3 joined on 1 March 2024
    assert emergency.change_events(view(db)) == {}
    assert emergency.default_change(view(db)) == emergency.NO_CHANGE
    east = view(db, "1002-B")
    assert emergency.change_events(east) == {date(2024, 3, 1): "Östra vårdcentral gick med i modellen 1 mars 2024"}
    # but with two months before it in the data (January and February 2024), fewer than a quarter: none
    assert emergency.default_change(east) == emergency.NO_CHANGE


def test_bands_by_month(db):
    fig = emergency.bands_figure(view(db), Source(db))
    first = fig.table.display("sv").row(0, named=True)
    assert first["80+"] == "80,0\u00a0per\u00a01\u00a0000" and first["0–64"] == "0,0\u00a0per\u00a01\u00a0000"
    # all ages: 40 of 10 000
    assert first["Alla åldrar"] == "4,0\u00a0per\u00a01\u00a0000"


def test_typed_costs_and_overheads():
    assert emergency.typed_in("6 774 kr", "cost", "sv") == 6774
    assert emergency.typed_in("SEK 6,774", "cost", "en") == 6774
    assert emergency.typed_in("12,5 %", "overhead", "sv") == 12.5
    # "6.774", a Swede's thousands, would have been seven kronor
    for text, what in (("0", "cost"), ("-5", "cost"), ("6.774", "cost"), ("100", "overhead"), ("abc", "cost"),
                       ("nan", "cost")):
        with pytest.raises(ValueError):
            emergency.typed_in(text, what, "sv")
    with pytest.raises(ValueError):
        emergency.from_link("inf", "cost")
    assert emergency.to_link(6774, "cost") is None and emergency.to_link(5000, "cost") == "5000"
    # the text quoted as text: Markdown's marks escaped for the message Streamlit reads as Markdown
    assert emergency.refused("<b>x</b>", "cost", "sv").startswith(
        "Kostnaden ”\\<b\\>x\\</b\\>” används inte: kan inte läsas som ett tal.")


def test_too_few_months_for_the_rules_is_said_not_read_as_no_change(db):
    # October–December 2024 against 2025: three months after, fewer than a run of seven takes
    fig = emergency.before_after_figure(view(db, "1002-A"), Source(db), "ed_rate_80", date(2025, 10, 1))
    assert fig.metrics[3].value == "För få"
    assert fig.notes[0].endswith("och styrdiagrammets regler har för få månader att döma.")
    assert fig.notes[1].startswith("Styrdiagrammets regler kan inte döma här")


def test_the_readmissions_counts_are_named_for_what_was_counted(tmp_path):
    # Åby 2025: 6 readmissions of 20 admissions a month, 72 of 240 = 30 % (3 a month would hide the
    # period with its months)
    t = base_tables()
    t["ed_visits_monthly"] = [ed_row(m, "1001", "HC1", "80+", ed_visits=40, admissions=20, readmissions_30d=6)
                              for m in MONTHS]
    small = Database(build(tmp_path, t), date(2025, 12, 31), None)
    fig = emergency.ranking_figure(view(small), Source(small), "readmission_share")
    shown = fig.table.display("sv")
    aby = shown.filter(shown["Område"] == "Åby").row(0, named=True)
    assert (aby["Återinskrivningar"], aby["Inläggningar"], aby["Värde"]) == ("72", "240", "30\u00a0%")
    tips = json.dumps(fig.chart.to_dict(), ensure_ascii=False)
    assert "Täljare" not in tips and '"title": "Inläggningar"' in tips


def test_a_centres_closed_months_are_not_compared_as_months_without_visits(tmp_path):
    # Åby's centre opened on 1 June 2024: 30 visits a month by its 1 000 listed from then, 24 from 2025.
    # A change in January 2025 compares June–December 2024 with June–December 2025 (its seven open
    # months and their pairs): 210 and 168 visits, 30 and 24 a month, not 210 / 12 = 17,5
    t = base_tables()
    t["health_centres"][0] = {**t["health_centres"][0], "opened_on": date(2024, 6, 1)}
    opened = [m for m in MONTHS if m >= date(2024, 6, 1)]
    t["ed_visits_monthly"] = [ed_row(m, "1001", "HC1", "80+", ed_visits=30 if m.year == 2024 else 24) for m in opened]
    t["listed_population"] = [{"month": m, "hc_id": "HC1", "age_band": "80+", "listed": 1000} for m in opened]
    small = Database(build(tmp_path, t), date(2025, 12, 31), None)
    centre = View(Selection("sv", "1001", date(2025, 1, 1), date(2025, 12, 1), "region", hc_id="HC1"),
                  extract_choices(small, offered_months(small)), small.reference_date, small.source,
                  page="akutbesok", page_name="akutbesok")
    fig = emergency.savings_figure(centre, Source(small), "ed_rate_listed", date(2025, 1, 1))
    assert fig.subtitle.endswith("före: juni–december 2024 · efter: juni–december 2025")
    assert list(cells(fig).values())[2:5] == ["30 per månad", "24 per månad", "30 − 24 = 6 akutbesök per månad"]
    # a change in August 2024 has only June and July 2024 open before it: under three months
    late = emergency.before_after_figure(centre, Source(small), "ed_rate_listed", date(2024, 8, 1))
    assert late.notes[0].startswith("Förändringen kan inte jämföras")
    # the centre's listed patients are the centre's; the inhabitants 80+ are its municipality's, in
    # the subtitle and the file's name too
    assert fig.file_stem.split("_")[-3] == slug(centre.scope_name(Scope(hc_id="HC1")))
    of_area = [emergency.control_chart_figure(centre, Source(small), "ed_rate_80", None),
               emergency.savings_figure(centre, Source(small), "ed_rate_80", date(2025, 1, 1)),
               emergency.centre_figure(centre, Source(small))]
    assert [f.file_stem.split("_")[-3] for f in of_area] == ["aby"] * 3
    assert of_area[0].subtitle.startswith("Åby · ")
