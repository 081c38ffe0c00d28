"""The learning page's tables of a steering group's own entries, by hand: where each decision stands
and in what order, the area's meetings, targets, wheel and follow-ups as they read, in Swedish and
English, and every change of an entry in words. No extract is read but a follow-up's own."""

from __future__ import annotations

from datetime import date, datetime

from dashboard.figures import learning
from dashboard.learning.store import Change
from tests.figures.extracts import view

TODAY = date(2025, 11, 15)


def entry(**fields):
    return {"archived": False, **fields}


DECISIONS = [
    entry(id=1, area_code="1001", what="Sent", owner="Bo", due=date(2026, 1, 31), decided_on=date(2025, 10, 2),
          indicator_id="team_visit_share", expected="Fler"),
    entry(id=2, area_code="1001", what="Förfallet", owner="Cia", due=date(2025, 11, 15), decided_on=date(2025, 9, 1),
          indicator_id="ed_rate_80", expected="Färre"),
    entry(id=3, area_code="1001", what="Klart", owner="Dan", due=date(2025, 10, 1), decided_on=date(2025, 8, 1),
          indicator_id="ed_rate_80", expected="Färre"),
    entry(id=4, area_code="1001", what="Tidigt", owner="Eva", due=date(2025, 12, 1), decided_on=date(2025, 9, 1),
          indicator_id="ed_rate_80", expected="Färre"),
    entry(id=5, area_code="2002", what="Annat område", owner="Fia", due=date(2025, 1, 1),
          decided_on=date(2024, 12, 1), indicator_id="ed_rate_80", expected="–"),
    entry(id=6, area_code="1001", what="Arkiverat", owner="Gun", due=date(2025, 1, 1), decided_on=date(2024, 12, 1),
          indicator_id="ed_rate_80", expected="–", archived=True),
]
FOLLOW_UPS = [
    entry(id=1, decision_id=3, followed_on=date(2025, 9, 20), outcome="not_done", text="Inte än", created_by="Ada"),
    entry(id=2, decision_id=3, followed_on=date(2025, 10, 3), outcome="done", text="Nu klart", created_by="Bea"),
    entry(id=3, decision_id=3, followed_on=date(2025, 10, 9), outcome="changed", text="Struket", created_by="Cai",
          archived=True),
    entry(id=4, decision_id=4, followed_on=date(2025, 10, 3), outcome="changed", text="Ändrat", created_by="Dag"),
    entry(id=5, decision_id=4, followed_on=date(2025, 10, 3), outcome="not_done", text="Samma dag", created_by="Eli"),
]


def test_a_decision_stands_by_its_latest_follow_up_else_by_its_date():
    states = {d["id"]: learning.decision_state(d, FOLLOW_UPS, TODAY) for d in DECISIONS}
    # 1: due after today; 2: due today; 3: its latest follow-up in force says done (the archived one, later,
    # does not count); 4: two the same day: the later one entered
    assert states == {1: "open", 2: "due", 3: "done", 4: "not_done", 5: "due", 6: "due"}


def test_the_areas_decisions_in_force_to_follow_up_first_then_by_date():
    ordered = learning.area_decisions(view(), DECISIONS, FOLLOW_UPS, TODAY)
    assert [d["id"] for d in ordered] == [2, 1, 3, 4]  # due, open, done, not done


def test_the_decisions_table_reads_as_the_page_shows_it_and_can_keep_the_open_ones():
    shown = learning.decisions_figure(view(), DECISIONS, FOLLOW_UPS, TODAY).table.display("sv")
    assert shown.columns == ["Beslutat", "Beslut", "Ansvarig", "Mått", "Förväntad effekt", "Följs upp", "Läge"]
    assert shown.row(0) == ("2025-09-01", "Förfallet", "Cia", "Akutbesök per 1 000 invånare 80+", "Färre",
                            "2025-11-15", "Att följa upp")
    assert shown["Läge"].to_list() == ["Att följa upp", "Pågår", "Genomfört", "Inte genomfört"]
    english = learning.decisions_figure(view("en"), DECISIONS, FOLLOW_UPS, TODAY, states=("due", "open"))
    assert english.table.display("en")["Status"].to_list() == ["To follow up", "Under way"]
    assert english.title == "Decisions" and english.subtitle == "Åby" and english.notes == ()
    none = learning.decisions_figure(view(), DECISIONS, FOLLOW_UPS, TODAY, states=("changed",))
    assert none.table.height == 0 and none.notes == ("Inga beslut för området ännu.",)


def test_a_decisions_follow_ups_the_latest_first():
    fig = learning.follow_ups_figure(view("en"), DECISIONS[2], FOLLOW_UPS)
    assert fig.table.display("en").rows() == [("2025-10-03", "Done", "Nu klart", "Bea"),
                                              ("2025-09-20", "Not done", "Inte än", "Ada")]
    assert fig.subtitle == "Klart" and fig.of_entries
    assert learning.follow_ups_figure(view(), DECISIONS[0], FOLLOW_UPS).notes == (
        "Beslutet har inte följts upp ännu.",)


def test_labels_name_a_meeting_and_a_decision_by_their_dates():
    november = date(2025, 11, 1)
    assert learning.meeting_label(entry(month=november, title="Styrgrupp"), "sv") == "november 2025 · Styrgrupp"
    assert learning.meeting_label(entry(month=date(2025, 11, 1), title="Board"), "en") == "November 2025 · Board"
    assert learning.decision_label(entry(decided_on=date(2025, 3, 10), what="x" * 90), "sv") == \
        "10 mars 2025 · " + "x" * 80


def test_the_areas_meetings_in_force_the_latest_first():
    august, november, december = date(2025, 8, 1), date(2025, 11, 1), date(2025, 12, 1)
    meetings = [entry(id=1, area_code="1001", month=august), entry(id=2, area_code="1001", month=november),
                entry(id=3, area_code="1001", month=november), entry(id=4, area_code="2002", month=december),
                entry(id=5, area_code="1001", month=december, archived=True)]
    assert [m["id"] for m in learning.area_meetings(view(), meetings)] == [3, 2, 1]
    observations = [entry(id=1, area_code="1001", meeting_id=2), entry(id=2, area_code="2002", meeting_id=2),
                    entry(id=3, area_code="1001", meeting_id=3),
                    entry(id=4, area_code="1001", meeting_id=2, archived=True)]
    assert [o["id"] for o in learning.meeting_observations(view(), observations, meetings[1])] == [1, 4]


TARGETS = [
    entry(id=1, area_code="1001", indicator_id="ed_rate_80", value=30.0, updated_by="Anna",
          updated_at=datetime(2025, 11, 3, 9, 30)),
    entry(id=2, area_code="1001", indicator_id="coverage_offered_65", value=0.875, updated_by="Bo",
          updated_at=datetime(2025, 10, 1, 8, 0)),
    entry(id=3, area_code="1001", indicator_id="fixed_contact_65", value=0.9, updated_by="Cia",
          updated_at=datetime(2025, 10, 1, 8, 0), archived=True),
    entry(id=4, area_code="2002", indicator_id="fixed_contact_65", value=0.9, updated_by="Dan",
          updated_at=datetime(2025, 10, 1, 8, 0)),
    entry(id=5, area_code="1001", indicator_id="retired_indicator", value=1.0, updated_by="Eva",
          updated_at=datetime(2025, 10, 1, 8, 0)),
]


def test_the_areas_targets_in_their_units_in_the_start_pages_order():
    shown = learning.targets_figure(view(), TARGETS).table.display("sv")
    # a number in its unit, read as it was set (87,5 %, where a month's share reads 88 %)
    assert shown.rows() == [("Erbjudna mobil läkare, 65+", "87,5\u00a0%", "Bo", "2025-10-01"),
                            ("Akutbesök per 1 000 invånare 80+", "30,0\u00a0per\u00a01\u00a0000", "Anna",
                             "2025-11-03")]
    english = learning.targets_figure(view("en"), TARGETS).table.display("en")
    assert english.columns == ["Indicator", "Target", "Set by", "Date"]
    assert english.row(0)[1:] == ("87.5%", "Bo", "2025-10-01")
    coverage = next(x for x in TARGETS if x["indicator_id"] == "coverage_offered_65")
    whole = learning.targets_figure(view(), [{**coverage, "value": 0.875 + 0.005}]).table
    assert whole.display("sv").row(0)[1] == "88\u00a0%" and whole.frame.row(0)[1] == 0.88  # a number, as set
    assert learning.targets_figure(view(), TARGETS[2:4]).notes == ("Inga mål satta för området.",)


def test_every_change_of_an_entry_in_words():
    at = datetime(2025, 11, 3, 9, 30)
    created = {"id": 7, "version": 1, "area_code": "1001", "what": "Fler besök", "owner": "Bo", "due": "2025-12-01",
               "indicator_id": "ed_rate_80", "archived": False, "expected": ""}
    changed = {**created, "version": 2, "owner": "Cia", "due": "2026-01-15"}
    archived = {**changed, "version": 3, "archived": True}
    fig = learning.history_figure(view(), "decision", 7, [
        Change(1, "create", "Anna", at, None, created), Change(2, "update", "Bo", at, created, changed),
        Change(3, "archive", "Cia", at, changed, archived)])
    shown = fig.table.display("sv")
    assert shown.columns == ["Version", "Vad", "Vem", "När", "Ändrat"]
    # created: the fields given (an empty one and "not archived" say nothing); the rest: before → after
    assert shown["Ändrat"].to_list() == [
        "Beslut: Fler besök; Ansvarig: Bo; Följs upp senast: 1 december 2025; Mått: Akutbesök per 1 000 invånare 80+",
        "Ansvarig: Bo → Cia; Följs upp senast: 1 december 2025 → 15 januari 2026",
        "Läge: i kraft → arkiverad"]
    assert shown["Vad"].to_list() == ["Skapad", "Ändrad", "Arkiverad"] and shown["Vem"][1] == "Bo"
    assert fig.subtitle == "Beslut 7" and fig.file_stem.startswith("oversikt_historik-beslut-7_")


def test_a_stored_value_as_a_form_writes_it():
    said = learning._said
    assert [said("kind", "status_report", "sv"), said("outcome", "not_done", "en"), said("month", 3, "sv"),
            said("month", "2025-03-01", "en"), said("meeting_id", 4, "sv"), said("snapshot", "{}", "sv"),
            said("notes", None, "sv"), said("title", "", "sv"), said("archived", False, "en")] == [
        "Lägesrapport", "Not done", "mars", "March 2025", "Möte 4", "måttets värden sparade", "–", "–", "in force"]
    assert learning.field_label("wheel_item", "title", "sv") == "Vad"  # a kind's own label
    assert learning.field_label("meeting", "title", "en") == "Title"
    assert learning.field_label("meeting", "unknown_field", "sv") == "unknown_field"


WHEEL = [entry(id=1, area_code="1001", month=11, kind="status_report", title="Årsrapport"),
         entry(id=2, area_code="1001", month=2, kind="planning", title="Planeringsdag"),
         entry(id=3, area_code="1001", month=11, kind="planning", title="Budget"),
         entry(id=4, area_code="1001", month=10, kind="feedback", title="Passerad"),
         entry(id=5, area_code="2002", month=12, kind="planning", title="Annat område"),
         entry(id=6, area_code="1001", month=12, kind="measurement", title="Arkiverad", archived=True)]


def test_the_wheels_next_items_come_round_the_year():
    # from November: November's (planning before status report), then February; October comes last
    assert [i["id"] for i in learning.next_items(WHEEL, "1001", TODAY)] == [3, 1, 2]
    assert [i["id"] for i in learning.next_items(WHEEL, "1001", TODAY, count=4)] == [3, 1, 2, 4]
    assert [i["id"] for i in learning.area_wheel(view(), WHEEL)] == [2, 4, 3, 1]
    assert [i["id"] for i in learning.area_wheel(view(), WHEEL, archived=True)] == [2, 4, 3, 1, 6]


def test_the_wheel_as_a_table_and_its_next_items():
    fig = learning.wheel_figure(view(), WHEEL, TODAY)
    assert fig.table.display("sv").rows() == [
        ("feb.", "Planering", "Planeringsdag"), ("okt.", "Återkoppling", "Passerad"),
        ("nov.", "Planering", "Budget"), ("nov.", "Lägesrapport", "Årsrapport")]
    assert fig.notes == ("Nästa: november · Planering: Budget", "Nästa: november · Lägesrapport: Årsrapport",
                         "Nästa: februari · Planering: Planeringsdag")
    assert fig.chart is not None and fig.subtitle == "Åby · skuggad: november 2025"  # the month shaded, named
    english = learning.wheel_figure(view("en"), WHEEL, TODAY)
    assert english.table.display("en").columns == ["Month", "Kind", "What"] and english.notes[0] == \
        "Next: November · Planning: Budget"
    empty = learning.wheel_figure(view(), WHEEL[4:5], TODAY)
    assert (empty.chart, empty.notes) == (None, ("Årshjulet är tomt för området.",))
    assert learning.wheel_label(WHEEL[0], "en") == "November · Status report · Årsrapport"


def test_the_start_page_lists_the_wheels_next_items_and_links_to_the_wheel():
    fig = learning.coming_figure(view(), WHEEL, TODAY)
    assert fig.notes == ("november · Planering: Budget", "november · Lägesrapport: Årsrapport",
                         "februari · Planering: Planeringsdag")
    assert fig.link.startswith("/larande-uppfoljning?area=1001&") and fig.of_entries
    assert fig.file_stem == "arshjul_aby_2025-01_2025-05"
    assert learning.coming_figure(view(), WHEEL[4:], TODAY) is None


def test_a_decision_changes_things_from_the_month_it_was_made_on_its_first_day_else_the_next():
    assert learning.change_month(entry(decided_on=date(2025, 3, 1))) == date(2025, 3, 1)
    assert learning.change_month(entry(decided_on=date(2025, 3, 2))) == date(2025, 4, 1)
    assert learning.change_month(entry(decided_on=date(2025, 12, 31))) == date(2026, 1, 1)


def test_a_follow_up_compares_the_decisions_own_area_and_says_which_way_is_better():
    from dataclasses import replace

    from tests.figures.extracts import AREA, FakeSource, series

    region = view("en")
    region = replace(region, selection=replace(region.selection, area_code="R"))  # the page on the region
    source = FakeSource({AREA: series("ed_rate_80", [40, 42, 40, 42, 41])})
    decided = entry(id=9, area_code="1001", indicator_id="ed_rate_80", decided_on=date(2025, 3, 10), what="More teams")
    fig = learning.follow_up_figure(region, source, decided)
    assert fig.title == "Follow-up: More teams" and fig.key == "learning_follow_up"
    assert fig.notes[0] == "Lower values are better for ED visits per 1,000 aged 80+: a fall is an improvement."
    assert fig.subtitle == "April 2025"  # from the month after the decision's day
    assert fig.file_stem == "oversikt_uppfoljning_ed-rate-80_aby_2025-01_2025-05"  # Åby's, not the region's
    assert fig.link.endswith("&decision=9") and "area=R" in fig.link  # reopens the page as it stood
    shares = learning.follow_up_figure(view(), FakeSource({AREA: []}), {**decided, "indicator_id": "team_visit_share"})
    assert shares.notes[0] == "Högre värden är bättre för Teambesök: en ökning är en förbättring."
    unknown = learning.follow_up_figure(view(), source, {**decided, "indicator_id": "retired"})
    assert unknown.notes == ("Måttet retired finns inte i den här versionen av Närvårdskollen, så beslutet kan inte "
                             "följas upp här.",) and unknown.of_entries


def test_a_meetings_minutes_hold_its_own_entries_in_force_each_text_a_sentence():
    from dashboard.figures.figure import make_table
    from tests.figures.extracts import AREA, FakeSource, series

    november = date(2025, 11, 1)
    meeting = entry(id=1, area_code="1001", month=november, title="Novembermötet", held_on=None,
                    notes="Nästa möte 9/12")
    other = dict(meeting_id=2, area_code="1001")
    entries = {
        "observation": [
            entry(id=1, meeting_id=1, area_code="1001", indicator_id="ed_rate_80", month=november,
                  text="Fler akutbesök", analysis=None),
            entry(id=2, meeting_id=1, area_code="1001", indicator_id="team_visit_share", month=november,
                  text="Färre team?", analysis="Semestrar."),
            entry(id=3, meeting_id=1, area_code="1001", indicator_id="ed_rate_80", month=november, text="Arkiverad",
                  analysis=None, archived=True),
            entry(id=4, indicator_id="ed_rate_80", month=november, text="Ett annat möte", analysis=None, **other)],
        "decision": [
            entry(id=7, meeting_id=1, area_code="1001", what="Fler besök!", owner="Bo", indicator_id="ed_rate_80",
                  decided_on=date(2025, 11, 20), due=date(2026, 2, 1), expected="Färre akutbesök"),
            entry(id=8, meeting_id=2, area_code="1001", what="Tidigare beslut.", owner="Cia",
                  indicator_id="ed_rate_80", decided_on=date(2025, 3, 10), due=date(2025, 11, 1), expected="x"),
            entry(id=9, meeting_id=1, area_code="1001", what="Arkiverat", owner="Dan", indicator_id="ed_rate_80",
                  decided_on=date(2025, 11, 20), due=date(2026, 2, 1), expected="x", archived=True)],
        "follow_up": [
            entry(id=1, meeting_id=1, decision_id=8, followed_on=date(2025, 11, 20), outcome="done",
                  text="Klart i oktober"),
            entry(id=2, meeting_id=2, decision_id=8, followed_on=date(2025, 9, 1), outcome="not_done", text="Nej"),
            entry(id=3, meeting_id=1, decision_id=8, followed_on=date(2025, 11, 20), outcome="changed", text="x",
                  archived=True)],
    }
    v = view()
    agenda = v.figure("a", "Dagordning", "", make_table([], {}), None, "x", definition="d", notes=("Punkt ett",))
    source = FakeSource({AREA: series("ed_rate_80", [40, 42, 40, 42, 41])})
    record = learning.minutes(v, source, meeting, entries, agenda)
    assert (record["title"], record["subtitle"]) == ("Protokoll: Novembermötet",
                                                      "Åby · november 2025 · mötet hölls (inte angivet)")
    assert record["footer"] == "Åby · datauttag 10 juni 2025 · källa: Testkälla"
    assert [s["heading"] for s in record["sections"]] == ["Dagordning", "Observationer", "Beslut", "Uppföljningar"]
    agenda_items, seen, taken, followed = (s["items"] for s in record["sections"])
    assert agenda_items == ["Punkt ett"]
    assert seen == ["Akutbesök per 1 000 invånare 80+, november 2025: Fler akutbesök. Analys: (ingen ännu)",
                    "Teambesök, november 2025: Färre team? Analys: Semestrar."]
    assert taken == ["Fler besök! Beslutat 20 november 2025. Ansvarig: Bo. Följs upp 1 februari 2026. Mått: "
                     "Akutbesök per 1 000 invånare 80+. Förväntad effekt: Färre akutbesök."]
    assert len(followed) == 1 and followed[0].startswith(
        "Tidigare beslut: Genomfört (20 november 2025). Klart i oktober. Måttet: ")
    assert record["notes"] == "Nästa möte 9/12"
    assert record["file_stem"] == "protokoll_novembermotet_aby_2025-11"
    empty = learning.minutes(view("en"), source, {**meeting, "held_on": date(2025, 11, 20), "notes": None},
                             {k: [] for k in entries}, agenda)
    assert empty["subtitle"] == "Åby · November 2025 · held on 20 November 2025" and empty["notes"] == ""
    assert [s["items"] for s in empty["sections"][1:]] == [["None."]] * 3
    assert empty["lang"] == "en" and empty["title"] == "Minutes: Novembermötet"


def test_an_observations_value_then_in_english_and_a_snapshot_it_cannot_read():
    kept = '{"extract_date": "2025-06-10", "status": "concern", "months": [["2025-04", "41,0"], ["2025-05", "60,0"]]}'
    seen = [entry(id=1, area_code="1001", indicator_id="ed_rate_80", month=date(2025, 5, 1), text="More",
                  analysis=None, created_by="Anna", snapshot=kept),
            entry(id=2, area_code="1001", indicator_id="ed_rate_80", month=date(2025, 3, 1), text="Old",
                  analysis="Why", created_by="Bo", snapshot="not json"),
            entry(id=3, area_code="1001", indicator_id="ed_rate_80", month=date(2025, 3, 1), text="Archived",
                  analysis=None, created_by="Bo", snapshot=None, archived=True)]
    fig = learning.observations_figure(view("en"), seen)
    shown = fig.table.display("en")
    assert shown.columns == ["Month", "Indicator", "Value then", "Observation", "Analysis (why)", "By"]
    assert shown.rows() == [("May 2025", "ED visits per 1,000 aged 80+", "60,0 (Concern; extract 10 June 2025)",
                             "More", "", "Anna"),
                            ("March 2025", "ED visits per 1,000 aged 80+", "–", "Old", "Why", "Bo")]
    assert fig.notes == () and fig.subtitle == "Åby"
    assert learning.observations_figure(view(), seen[2:]).notes == ("Inga observationer ännu.",)


def test_a_snapshot_keeps_thirteen_months_as_they_read_with_the_status_and_the_extracts_date():
    from dashboard.metrics.periods import add_months
    from tests.figures.extracts import AREA, HIDDEN, SMALL, FakeSource, series

    months = [add_months(date(2024, 9, 1), n) for n in range(15)]  # September 2024 – November 2025
    counts = [30, 32] * 6 + [SMALL, HIDDEN, 31]  # the last three: a small count, one hidden for another's sake
    kept = learning.snapshot(view(), FakeSource({AREA: series("ed_visits", counts, months=months)}), "ed_visits",
                             date(2025, 11, 1))
    # November 2024 to November 2025: thirteen months; a small count "<5", another hidden "–"; "30",
    # not "30,0": a count is whole. Text as typed, not escaped (ensure_ascii), so the page reads it back
    # no month beyond the limits, no run: common cause
    assert kept == ('{"indicator": "ed_visits", "area": "1001", "extract_date": "2025-06-10", "status": '
                    '"common_cause", "months": [["2024-11", "30"], ["2024-12", "32"], '
                    '["2025-01", "30"], ["2025-02", "32"], ["2025-03", "30"], ["2025-04", "32"], ["2025-05", "30"], '
                    '["2025-06", "32"], ["2025-07", "30"], ["2025-08", "32"], ["2025-09", "<5"], '
                    '["2025-10", "–"], ["2025-11", "31"]]}')


def test_every_table_of_entries_says_what_it_is_in_english_and_its_file_in_swedish_words():
    from tests.figures.extracts import AREA, FakeSource

    v = view("en").with_params(indicator="ed_rate_80")  # a page's own choice: not carried to another page
    said = [(f.key, f.title, f.subtitle, f.definition[:30], f.file_stem, f.of_entries) for f in (
        learning.targets_figure(v, TARGETS), learning.decisions_figure(v, DECISIONS, FOLLOW_UPS, TODAY),
        learning.follow_ups_figure(v, DECISIONS[2], FOLLOW_UPS), learning.wheel_figure(v, WHEEL, TODAY),
        learning.coming_figure(v, WHEEL, TODAY), learning.observations_figure(v, []),
        learning.follow_up_figure(v, FakeSource({AREA: []}), {**DECISIONS[0], "indicator_id": "retired"}),
        learning.history_figure(v, "wheel_item", 3, []))]
    assert said == [
        ("learning_targets", "Targets", "Åby", "The area's target for each ind",
         "oversikt_mal_aby_2025-01_2025-05", True),
        ("learning_decisions", "Decisions", "Åby", "The steering group's decisions",
         "oversikt_beslut_aby_2025-01_2025-05", True),
        ("learning_follow_ups", "The decision's follow-ups", "Klart", "What each follow-up found: whe",
         "oversikt_uppfoljningar_aby_2025-01_2025-05", True),
        ("learning_wheel", "Annual wheel", "Åby · shaded: November 2025", "The area's yearly rhythm: plan",
         "oversikt_arshjul_aby_2025-01_2025-05", True),
        ("overview_wheel", "The annual wheel: what comes next", "Åby", "The area's yearly rhythm: plan",
         "arshjul_aby_2025-01_2025-05", True),
        ("learning_observations", "Observations", "Åby", "What the steering group saw in",
         "oversikt_observationer_aby_2025-01_2025-05", True),
        ("learning_follow_up", "Follow-up: Sent", "", "Up to twelve months after the ",
         "oversikt_uppfoljning_aby_2025-01_2025-05", True),
        ("learning_history_wheel_item", "History", "Wheel item 3", "Every change of the entry: who",
         "oversikt_historik-arshjulspunkt-3_aby_2025-01_2025-05", True)]
    coming = learning.coming_figure(v, WHEEL, TODAY)
    assert "indicator=" not in coming.link and coming.notes[2] == "February · Planning: Planeringsdag"
    assert learning.decision_label(entry(decided_on=date(2025, 3, 10), what="Plan"), "en") == "10 March 2025 · Plan"


def test_a_target_for_an_indicator_not_on_the_start_page_comes_last():
    later = [*TARGETS, entry(id=6, area_code="1001", indicator_id="nsvt_year_enrolled", value=12.0, updated_by="Fia",
                             updated_at=datetime(2025, 9, 1, 8, 0))]
    shown = learning.targets_figure(view(), later).table.display("sv")
    assert shown["Mått"].to_list()[-1] == learning.indicator_name("nsvt_year_enrolled", "sv")
    assert shown["Mål"].to_list()[-1] == "12"  # as set, beside the 87,5 % above it
