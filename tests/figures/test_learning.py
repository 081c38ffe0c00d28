"""The learning loop's figures on hand-made rows: a meeting's agenda from the data (decisions due,
signals since the last meeting, indicators that moved the wrong way), worked out by hand."""

from __future__ import annotations

import json
from datetime import date

from dashboard.figures import learning
from dashboard.metrics.periods import add_months
from tests.figures.extracts import AREA, FakeSource, series, view

MONTHS = [add_months(date(2023, 12, 1), n) for n in range(24)]  # December 2023 – November 2025
NOVEMBER, AUGUST = date(2025, 11, 1), date(2025, 8, 1)


def entry(**fields):
    return {"archived": False, **fields}


def rows():
    # ED visits 80+: 40 and 42 in turn (mean 41, moving range 2: upper limit 41 + 2,66 × 2 = 46,3), then 60
    # in November 2025: beyond it, a concern. Team visits: 50 % and 52 % in turn (August 52 %, November 50 %:
    # the wrong way, no signal since), with July 2025 at 20 %: a signal, but before the meeting in August.
    # Fixed contact: 60 % in August, 62 % in November: the right way.
    ed = [40 if n % 2 == 0 else 42 for n in range(23)] + [60]
    team = [0.50 if n % 2 == 1 else 0.52 for n in range(24)]
    team[MONTHS.index(date(2025, 7, 1))] = 0.20
    fixed = [0.60 if n % 2 == 0 else 0.62 for n in range(24)]  # August (the 21st month) 60 %, November 62 %
    return FakeSource({AREA: series("ed_rate_80", ed, months=MONTHS)
                       + series("team_visit_share", team, [100] * 24, months=MONTHS)
                       + series("fixed_contact_65", fixed, [100] * 24, months=MONTHS)})


MEETINGS = [entry(id=1, area_code="1001", month=AUGUST), entry(id=2, area_code="1001", month=NOVEMBER),
            entry(id=3, area_code="1001", month=date(2025, 10, 1), archived=True),
            entry(id=4, area_code="2002", month=date(2025, 10, 1))]
DECISIONS = [
    entry(id=1, area_code="1001", what="Fler teambesök.", owner="Bo", due=date(2025, 11, 30),
          indicator_id="team_visit_share"),  # due; its full stop not doubled
    entry(id=2, area_code="1001", what="Ny rutin", owner="Cia", due=date(2025, 12, 1)),  # not yet
    entry(id=3, area_code="1001", what="Följd upp", owner="Dan", due=date(2025, 10, 1)),  # followed up
    entry(id=4, area_code="1001", what="Arkiverad", owner="Eva", due=date(2025, 9, 1), archived=True),
    entry(id=5, area_code="2002", what="Annat område", owner="Fia", due=date(2025, 9, 1)),
    entry(id=6, area_code="1001", what="Tidigast", owner="Gun", due=date(2025, 6, 1),
          indicator_id="ed_rate_80"),  # due, the earliest
]
FOLLOW_UPS = [entry(id=1, decision_id=3, followed_on=date(2025, 10, 15)),
              entry(id=2, decision_id=2, followed_on=date(2025, 10, 1), archived=True),
              entry(id=3, decision_id=1, followed_on=date(2025, 12, 5))]  # after the meeting's month: still due


def test_the_agenda_takes_due_decisions_then_signals_since_the_last_meeting_then_the_wrong_way():
    fig = learning.agenda_figure(view(), rows(), MEETINGS[1], MEETINGS, DECISIONS, FOLLOW_UPS)
    shown = fig.table.display("sv")
    assert shown["Punkt"].to_list() == ["Följ upp beslut", "Följ upp beslut", "Signal", "Åt fel håll"]
    assert shown["Vad"].to_list()[:2] == ["Tidigast (ansvarig: Gun; följs upp 1 juni 2025)",
                                         "Fler teambesök (ansvarig: Bo; följs upp 30 november 2025)"]
    assert shown["Mått"].to_list() == ["Akutbesök per 1 000 invånare 80+", "Teambesök",
                                       "Akutbesök per 1 000 invånare 80+", "Teambesök"]
    assert shown["Vad"][2] == "Över den övre styrgränsen i november 2025 (försämring, pågår)"  # named beside
    assert fig.notes[2] == ("Akutbesök per 1 000 invånare 80+: över den övre styrgränsen i november 2025 "
                            "(försämring, pågår)")
    assert shown["Vad"][3] == "52\u00a0% i augusti 2025, 50\u00a0% i november 2025: åt fel håll, men ingen signal"
    assert fig.subtitle == "Åby · möte november 2025 · sedan september 2025"
    assert "meeting=2" in fig.link


def test_a_first_meeting_looks_back_three_months_and_an_empty_agenda_says_so():
    first = entry(id=9, area_code="1001", month=date(2025, 6, 1))
    fig = learning.agenda_figure(view(), rows(), first, [first], [], [])
    # since April 2025; compared with March 2025: fixed contact 62 % then (an odd month), 60 % in June
    assert fig.subtitle == "Åby · möte juni 2025 · sedan april 2025"
    assert fig.notes == ("Fast vårdkontakt, 65+: 62\u00a0% i mars 2025, 60\u00a0% i juni 2025: åt fel håll, men "
                         "ingen signal",)
    empty = learning.agenda_figure(view(), FakeSource({AREA: []}), first, [first], [], [])
    assert empty.table.height == 0
    assert empty.notes == ("Inget att ta upp ur data: inga beslut att följa upp, inga signaler och inget mått åt "
                           "fel håll.",)


def test_a_decision_is_drawn_on_the_control_chart_of_its_indicator_and_area():
    from dashboard.figures.indicator_charts import control_figure
    from dashboard.figures.view import Decided

    made = (Decided("ed_rate_80", "1001", date(2025, 3, 10), "Fler teambesök", "Bo"),
            Decided("ed_rate_80", "2002", date(2025, 3, 10), "Annat område", "Cia"),
            Decided("readmission_share", "1001", date(2025, 3, 10), "Annat mått", "Dan"),
            Decided("ed_rate_80", "1001", date(2025, 6, 1), "Efter perioden", "Eva"))
    source = FakeSource({AREA: series("ed_rate_80", [40, 42, 40, 42, 41])})
    fig = control_figure(view(decisions=made), source, "ed_rate_80", "x")
    said = [n for n in fig.notes if n.startswith("Beslut")]
    assert said == ["Beslut 10 mars 2025: Fler teambesök (ansvarig: Bo)."]
    drawn = [row["label"] for rows in fig.chart.to_dict()["datasets"].values() for row in rows
             if "label" in row and row["label"].startswith("Beslut")]
    assert drawn == said
    assert not [n for n in control_figure(view(), source, "ed_rate_80", "x").notes if n.startswith("Beslut")]


def test_a_fall_is_a_fall_whichever_way_is_better():
    # a share where higher is better falls after a change: its signals are concerns on the low side, and
    # the verdict and the rules' tile say "fall" as they do for ED visits, whose fall is an improvement
    from dashboard.figures import change
    from dashboard.metrics.before_after import RateRatio
    from dashboard.metrics.spc import Signal

    fell = [Signal("shift", "low", "concern", date(2025, 7, 1), date(2025, 12, 1), 6)]
    assert change.verdict(RateRatio(0.77, 0.71, 0.83), fell) == "fall_signal"
    assert change.verdict(RateRatio(1.2, 1.1, 1.3), fell) == "rise_interval"
    rose = [Signal("beyond_limits", "high", "improvement", date(2025, 7, 1), date(2025, 7, 1), 1)]
    assert change.verdict(RateRatio(1.2, 1.1, 1.3), rose) == "rise_signal"
    assert change.verdict(RateRatio(1.0, 0.9, 1.1), rose) == "rules_only"


def test_an_observation_keeps_its_indicator_as_it_was_shown():
    # November 2025's 60 per 1 000 beyond the limits (a concern); a hidden rate keeps its mark ("–"), no count
    source = rows()
    kept = learning.snapshot(view(), source, "ed_rate_80", NOVEMBER)
    assert json.loads(kept)["months"][-1] == ["2025-11", "60,0\u00a0per\u00a01\u00a0000"]
    seen = [entry(id=1, meeting_id=2, area_code="1001", indicator_id="ed_rate_80", month=NOVEMBER, text="Fler",
                  analysis=None, created_by="Anna", snapshot=kept)]
    fig = learning.observations_figure(view(), seen)
    assert fig.table.display("sv")["Värde då"][0] == "60,0\u00a0per\u00a01\u00a0000 (Försämring; uttag 10 juni 2025)"
    hidden = FakeSource({AREA: series("ed_rate_80", [40, "small"], months=[AUGUST, date(2025, 9, 1)])})
    assert learning.snapshot(view(), hidden, "ed_rate_80", date(2025, 9, 1)).endswith('["2025-09", "–"]]}')


def test_a_decision_or_follow_up_is_first_dated_by_its_meeting():
    today = date(2026, 12, 4)
    assert learning.meeting_day(entry(month=NOVEMBER, held_on=date(2025, 11, 20)), today) == date(2025, 11, 20)
    # not held yet (no day): the last of its month, February's in a leap year
    assert learning.meeting_day(entry(month=date(2024, 2, 1), held_on=None), today) == date(2024, 2, 29)
    assert learning.meeting_day(entry(month=date(2025, 12, 1), held_on=None), today) == date(2025, 12, 31)
    assert learning.meeting_day(None, today) == today
