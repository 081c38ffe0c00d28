"""Counts that read "–" for other figures' sake, found by the fourth hunt of issue 8 (docs/data-decisions.md,
"Small numbers"): an area's near-care counts inside a small count of a team with episodes in it; a
figure's other count beside a held one; and from the fifth review, a stock below 5 after a month where
it or a larger scope read "<5", and a centre's ED visits inside the small listed visits of the area
where it lies.

Team T1 has episodes in Åby (1001), Västra (1002-A) and Älvby (1004), T2 in Ödeby (1003) and Östra
(1002-B). In January T1 enrols and discharges one patient in each of its three areas (3, "<5"), with two
visits each; T2 six in each of its two, with three visits each: every parent area holds 7 or more.
Åby has one more patient from 3 February to 10 March: active 1 at February's end, 0 at March's."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute, compute_groups
from dashboard.metrics.periods import Period, parse_month
from tests.builders import build, ed_row, nsvt_episode, nsvt_visit, two_teams, visit, wide_tables


def _db(tmp_path) -> Database:
    tables = two_teams()
    episodes = [nsvt_episode(f"A{unit}", date(2025, 1, 5), date(2025, 1, 20), area_code=unit)
                for unit in ("1001", "1002-A", "1004")]
    episodes += [nsvt_episode(f"B{unit}{k}", date(2025, 1, 5), date(2025, 1, 20), team_id="T2", area_code=unit)
                 for unit in ("1003", "1002-B") for k in range(6)]
    tables["nsvt_episodes"] = [*episodes, nsvt_episode("F", date(2025, 2, 3), date(2025, 3, 10))]
    tables["nsvt_visits"] = [nsvt_visit(f"V{e['episode_id']}{k}", e["episode_id"], date(2025, 1, 10))
                             for e in episodes for k in range(2 if e["team_id"] == "T1" else 3)]
    return Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")


def _steady() -> list[dict]:
    """T1 keeps 8 patients in Älvby and T2 8 in Ödeby from 2 December 2024: no larger scope of Åby
    is small for its stock."""
    return [nsvt_episode(f"{team}{k}", date(2024, 12, 2), team_id=team, area_code=unit)
            for team, unit in (("T1", "1004"), ("T2", "1003")) for k in range(8)]


def _monthly_elsewhere(discharged_on: int | None = None) -> list[dict]:
    """T1 enrols 6 in Älvby and T2 6 in Ödeby on 10 January and 10 February 2025 (discharged that
    month's `discharged_on` day, if given): no larger total of Åby's enrolments or discharges is small."""
    return [nsvt_episode(f"{team}{month}{k}", date(2025, month, 10),
                         None if discharged_on is None else date(2025, month, discharged_on),
                         team_id=team, area_code=unit)
            for team, unit in (("T1", "1004"), ("T2", "1003")) for month in (1, 2) for k in range(6)]


def _flags(db, scope: Scope, month: str, indicator: str) -> tuple:
    row = compute(db, scope, Period(parse_month(month), parse_month(month)), [indicator]).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_an_areas_count_inside_a_small_count_of_its_team_reads_hidden(tmp_path):
    db = _db(tmp_path)
    # Åby's January discharges: 1, its parent Norr's 7, the region's 21, but team T1's 3: "–" (four
    # areas "<5" under a team's "<5" would be 1 + 1 + 1 + 1); the team's own read "<5"
    assert _flags(db, Scope(area_code="1001"), "2025-01", "nsvt_mean_days") == (True, False, False)
    assert _flags(db, Scope(team_id="T1"), "2025-01", "nsvt_mean_days") == (True, False, True)
    # Ödeby's 6 are shown: T2's 12 are no small count
    assert _flags(db, Scope(area_code="1003"), "2025-01", "nsvt_mean_days") == (False, False, False)


def test_a_held_count_hides_its_figures_other_count_too(tmp_path):
    db = _db(tmp_path)
    # Åby's January: 2 visits (Norr's 20, T1's 6: no small total) over 1 held discharge: read "<5",
    # the visits would prove a discharge; both read "–"
    assert _flags(db, Scope(area_code="1001"), "2025-01", "nsvt_visits_per_episode") == (True, False, False)


def test_a_stock_of_none_after_a_larger_scopes_small_month_reads_hidden(tmp_path):
    db = _db(tmp_path)
    # Åby's active: 1 at February's end ("–" inside the region's and T1's "<5"), 0 at March's: read
    # 0, with its parents', it would say the region's patient was discharged in March; April's 0
    # follows no "<5" (every scope's March reads "–" or 0): shown
    assert _flags(db, Scope(area_code="1001"), "2025-02", "nsvt_active") == (True, False, False)
    assert _flags(db, Scope(area_code="R"), "2025-02", "nsvt_active") == (True, True, False)
    assert _flags(db, Scope(area_code="1001"), "2025-03", "nsvt_active") == (True, False, False)
    assert _flags(db, Scope(area_code="R"), "2025-03", "nsvt_active") == (True, False, False)
    assert _flags(db, Scope(area_code="1001"), "2025-04", "nsvt_active") == (False, False, False)


def test_a_stock_below_five_after_its_own_small_month_reads_hidden_whatever_it_is(tmp_path):
    tables = two_teams()
    # T1 keeps 8 patients in Älvby all along and T2 8 in Ödeby, so no larger scope of Åby is small; in
    # Åby two are enrolled in February, one discharged on 10 April: active 0, 2, 2, 1, 1, 1 at January's
    # to June's ends
    tables["nsvt_episodes"] = _steady()
    tables["nsvt_episodes"] += [nsvt_episode("P1", date(2025, 2, 3)),
                                nsvt_episode("P2", date(2025, 2, 4), date(2025, 4, 10))]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    marks = [_flags(db, Scope(area_code="1001"), f"2025-{m:02}", "nsvt_active") for m in range(1, 7)]
    # were only a zero after "<5" hidden, "–" would say 0; so every count below 5 after one reads "–",
    # and the month after a "–" reads as it is
    hidden, small, shown = (True, False, False), (True, True, False), (False, False, False)
    assert marks == [shown, small, hidden, small, hidden, small]


def test_a_centres_ed_visits_inside_its_areas_small_count_read_hidden_as_its_listed_rates_do(tmp_path):
    tables = wide_tables()
    # January's visits by the centre that made them: Västra's HC2 2 and HC4 1 (3 where they lie, "<5"),
    # Östra's HC3 10, Älvby's HC5 20; patients from elsewhere, so the areas' own ED visits differ
    tables["ed_visits_monthly"] = [ed_row(date(2025, 1, 1), area_code="1003", hc_id=hc, ed_visits=n)
                                   for hc, n in (("HC2", 2), ("HC4", 1), ("HC3", 10), ("HC5", 20))]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    assert _flags(db, Scope(area_code="1002-A"), "2025-01", "ed_rate_listed")[1] is True
    # HC2's 2 under either name: "–", not "<5" beside the area's "<5" (with four centres, 1 + 1 + 1 + 1)
    assert _flags(db, Scope(hc_id="HC2"), "2025-01", "ed_rate_listed")[:2] == (True, False)
    assert _flags(db, Scope(hc_id="HC2"), "2025-01", "ed_visits") == (True, False, False)
    # HC3's 10 are shown under both
    assert _flags(db, Scope(hc_id="HC3"), "2025-01", "ed_visits") == (False, False, False)


def test_a_stock_below_five_after_a_shown_five_reads_small(tmp_path):
    tables = two_teams()
    # as above, no larger scope of Åby is small; in Åby five are enrolled in February and two of them
    # discharged on 10 March: active 0, 5, 3 at January's to March's ends. February's 5 is shown, not
    # "<5", so March's 3 reads "<5" as a count of its own (not "–")
    tables["nsvt_episodes"] = _steady()
    tables["nsvt_episodes"] += [nsvt_episode(f"P{k}", date(2025, 2, 3), date(2025, 3, 10) if k < 2 else None)
                                for k in range(5)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    marks = [_flags(db, Scope(area_code="1001"), f"2025-{m:02}", "nsvt_active") for m in range(1, 4)]
    assert marks == [(False, False, False), (False, False, False), (True, True, False)]


def test_an_enrolment_count_beside_a_hidden_stock_reads_hidden_from_follow_ups_first_month_on(tmp_path):
    tables = two_teams()
    # follow-up starts in December 2024 (T1's 8 in Älvby and T2's 8 in Ödeby, enrolled on 2 December)
    tables["nsvt_episodes"] = _steady()
    # Åby: 2 enrolled in December (active 2 at its end: "<5"), 4 in January (active 6), 5 in February,
    # when 9 are discharged on the 20th (active 2 again); each month T1 enrols 6 more in Älvby and T2 6
    # more in Ödeby, so no larger total of Åby's enrolments (T1, Norr, the region) is small
    discharged = date(2025, 2, 20)
    tables["nsvt_episodes"] += [nsvt_episode(f"A{k}", date(2024, 12, 5), discharged) for k in range(2)]
    tables["nsvt_episodes"] += [nsvt_episode(f"B{k}", date(2025, 1, 10), discharged) for k in range(4)]
    tables["nsvt_episodes"] += [nsvt_episode(f"E{k}", date(2025, 2, 10), discharged if k < 3 else None)
                                for k in range(5)]
    tables["nsvt_episodes"] += _monthly_elsewhere()
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    aby = Scope(area_code="1001")
    # January's 4 lie beside December's hidden stock of 2 (follow-up's first month): with it and
    # January's shown 6, "<5" would make December's 2 exact arithmetic; so "–"
    assert _flags(db, aby, "2025-01", "nsvt_enrolled") == (True, False, False)
    assert _flags(db, aby, "2025-01", "nsvt_active") == (False, False, False)
    # February's 5 lies beside February's hidden stock of 2: "–" too, though it is no small count (were
    # only small flows held there, "–" would say "below 5", and the shown stocks after it would pin them)
    assert _flags(db, aby, "2025-02", "nsvt_enrolled") == (True, False, False)
    assert _flags(db, aby, "2025-02", "nsvt_active") == (True, True, False)


def test_an_enrolment_count_beside_its_months_hidden_stock_reads_hidden(tmp_path):
    tables = two_teams()
    tables["nsvt_episodes"] = _steady()
    tables["nsvt_episodes"] += _monthly_elsewhere()
    # Åby: 6 enrolled in January (active 6 at its end), 3 in February, when 7 are discharged on the 20th:
    # active 2 at February's end ("<5"). February's 3 lie beside that hidden stock: "–", not "<5"
    tables["nsvt_episodes"] += [nsvt_episode(f"B{k}", date(2025, 1, 10), date(2025, 2, 20) if k < 5 else None)
                                for k in range(6)]
    tables["nsvt_episodes"] += [nsvt_episode(f"E{k}", date(2025, 2, 10), date(2025, 2, 20) if k < 2 else None)
                                for k in range(3)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    aby = Scope(area_code="1001")
    assert _flags(db, aby, "2025-01", "nsvt_active") == (False, False, False)
    assert _flags(db, aby, "2025-02", "nsvt_active") == (True, True, False)
    assert _flags(db, aby, "2025-02", "nsvt_enrolled") == (True, False, False)


def test_a_small_stock_in_follow_ups_second_month_after_a_small_first_reads_hidden(tmp_path):
    tables = two_teams()
    tables["nsvt_episodes"] = _steady()
    # Åby: 2 enrolled in December, follow-up's first month ("<5" at its end), 1 more in January: 3 at
    # January's end reads "–" after December's "<5", as in any later month
    tables["nsvt_episodes"] += [nsvt_episode("A0", date(2024, 12, 5)), nsvt_episode("A1", date(2024, 12, 6)),
                                nsvt_episode("A2", date(2025, 1, 7))]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    aby = Scope(area_code="1001")
    assert _flags(db, aby, "2024-12", "nsvt_active") == (True, True, False)
    assert _flags(db, aby, "2025-01", "nsvt_active") == (True, False, False)


def test_an_areas_ed_visits_are_held_by_its_parents_ed_visits_not_by_their_listed_visits(tmp_path):
    tables = wide_tables()
    # January: Västra's residents make 2 visits and Östra's 2, all as patients of Åby's HC1; Ödeby's make
    # 10 as patients of Västra's HC2. By residence Storstad has 4 ("<5"), by the centres lying in it 10
    tables["ed_visits_monthly"] = [ed_row(date(2025, 1, 1), area_code=area, hc_id=hc, ed_visits=n)
                                   for area, hc, n in (("1002-A", "HC1", 2), ("1002-B", "HC1", 2), ("1003", "HC2", 10))]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    # Söder (Storstad and Älvby, whose residents made none) reads "<5"; Storstad's 4 lies inside it: "–"
    assert _flags(db, Scope(area_code="S2"), "2025-01", "ed_visits") == (True, True, False)
    assert _flags(db, Scope(area_code="1002"), "2025-01", "ed_visits") == (True, False, False)
    # Västra's 2 lie inside Storstad's 4: "–", though Storstad's centres' listed visits (10) are no small count
    assert _flags(db, Scope(area_code="1002-A"), "2025-01", "ed_visits") == (True, False, False)


def test_a_period_with_no_rows_for_its_scope_reads_zero(tmp_path):
    tables = wide_tables()
    # ED visits only in Ödeby (7 a month, January to March): Åby has none, and no rows at all
    tables["ed_visits_monthly"] = [ed_row(date(2025, m, 1), area_code="1003", hc_id="HC2", ed_visits=7)
                                   for m in (1, 2, 3)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    row = compute(db, Scope(area_code="1001"), Period(date(2025, 1, 1), date(2025, 3, 1)), ["ed_visits"]).row(
        0, named=True)
    # zero stays zero, over the period as in each month: no month of it is hidden
    assert (row["numerator"], row["suppressed"]) == (0.0, False)


def test_a_median_over_months_one_of_which_is_small_reads_hidden(tmp_path):
    tables = two_teams()
    tables["nsvt_episodes"] = _steady()
    tables["nsvt_episodes"] += _monthly_elsewhere(discharged_on=21)
    # Åby: 2 enrolled in January and discharged on the 20th, 6 in February discharged on the 25th; no
    # larger scope's enrolments or discharges are small (T1 and T2 enrol 6 a month elsewhere, discharged
    # the same month). January's 2 ("<5") make the median over January and February
    # (8 episodes) hidden: shown, its counts would say February's
    tables["nsvt_episodes"] += [nsvt_episode(f"J{k}", date(2025, 1, 10), date(2025, 1, 20)) for k in range(2)]
    tables["nsvt_episodes"] += [nsvt_episode(f"F{k}", date(2025, 2, 10), date(2025, 2, 25)) for k in range(6)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    row = compute(db, Scope(area_code="1001"), Period(date(2025, 1, 1), date(2025, 2, 1)),
                  ["nsvt_median_days_km"]).row(0, named=True)
    assert (row["suppressed"], row["value"]) == (True, None)
    february = compute(db, Scope(area_code="1001"), Period(date(2025, 2, 1), date(2025, 2, 1)),
                       ["nsvt_median_days_km"]).row(0, named=True)
    assert (february["suppressed"], february["value"]) == (False, 15.0)  # 10 to 25 February


def test_an_areas_median_counts_are_held_by_its_parents_own(tmp_path):
    tables = two_teams()
    # January: T1 enrols 2 in Åby and 6 in Älvby, T2 1 in Ödeby; none discharged. Norr (Åby and Ödeby)
    # enrols 3, small; the region 9, T1 8. Åby's 2 episodes behind its median lie inside Norr's 3: "–",
    # not "<5" (Norr's own 3 reads "–" too, beside T2's 1)
    tables["nsvt_episodes"] = [
        # and Åby keeps 6 patients from December, so its stock is shown and holds none of its flows
        *(nsvt_episode(f"D{k}", date(2024, 12, 2)) for k in range(6)),
        *(nsvt_episode(f"A{k}", date(2025, 1, 10)) for k in range(2)),
        *(nsvt_episode(f"L{k}", date(2025, 1, 10), area_code="1004") for k in range(6)),
        nsvt_episode("O0", date(2025, 1, 10), team_id="T2", area_code="1003"),
    ]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    assert _flags(db, Scope(area_code="1001"), "2025-01", "nsvt_median_days_km") == (True, False, False)
    # Älvby's 6 are shown
    assert _flags(db, Scope(area_code="1004"), "2025-01", "nsvt_median_days_km")[0] is False


def _period_flags(db, scope: Scope, first: str, last: str, indicator: str) -> tuple:
    row = compute(db, scope, Period(parse_month(first), parse_month(last)), [indicator]).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_a_teams_count_inside_the_regions_small_total_and_a_stock_over_months(tmp_path):
    tables = two_teams()
    # T1 keeps 8 in Älvby and T2 8 in Ödeby from December; in January T1 enrols 2 in Åby and T2 1 in
    # Ödeby (the region's 3: "<5"), and in February T1 4 more in Åby: Åby's active 2 at January's end,
    # 6 at February's
    tables["nsvt_episodes"] = _steady()
    tables["nsvt_episodes"] += [nsvt_episode(f"J{k}", date(2025, 1, 10)) for k in range(2)]
    tables["nsvt_episodes"] += [nsvt_episode("K0", date(2025, 1, 10), team_id="T2", area_code="1003")]
    tables["nsvt_episodes"] += [nsvt_episode(f"F{k}", date(2025, 2, 10)) for k in range(4)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    # T1's 2 enrolled in January lie inside the region's 3: "–" (its stock, 10, is shown)
    assert _flags(db, Scope(team_id="T1"), "2025-01", "nsvt_enrolled") == (True, False, False)
    assert _flags(db, Scope(area_code="R"), "2025-01", "nsvt_enrolled") == (True, True, False)
    # a stock over January and February is February's 6: shown, whatever January's 2 read
    assert _period_flags(db, Scope(area_code="1001"), "2025-01", "2025-02", "nsvt_active") == (False, False, False)
    assert _flags(db, Scope(area_code="1001"), "2025-01", "nsvt_active") == (True, True, False)


def test_a_stock_of_five_after_its_own_small_month_reads_as_it_is(tmp_path):
    tables = two_teams()
    # no larger scope of Åby is small; in Åby two are enrolled in February and three more in March:
    # active 0, 2, 5 at January's to March's ends. February reads "<5"; March's 5 is no small count,
    # and only counts below 5 after "<5" are held
    tables["nsvt_episodes"] = _steady()
    tables["nsvt_episodes"] += [nsvt_episode(f"P{k}", date(2025, 2 if k < 2 else 3, 3)) for k in range(5)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    marks = [_flags(db, Scope(area_code="1001"), f"2025-{m:02}", "nsvt_active") for m in range(1, 4)]
    assert marks == [(False, False, False), (True, True, False), (False, False, False)]


def test_a_centres_count_inside_the_regions_small_total_reads_hidden_in_the_centre_table(tmp_path):
    # January's only home visits: HC2's 2 and HC4's 1 in Västra (1002-A), 3 in the whole region ("<5").
    # The centre table shows each centre's count on its own (whole=False); HC2's 2 lies inside the
    # region's small total, so it reads "–", not "<5", and so does HC4's 1
    tables = wide_tables()
    tables["home_visits"] = [visit(f"V{hc}{k}", date(2025, 1, 15), patient_key=f"P{hc}{k}", hc_id=hc,
                                   area_code="1002-A")
                             for hc, n in (("HC2", 2), ("HC4", 1)) for k in range(n)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    january = Period(date(2025, 1, 1), date(2025, 1, 1))
    rows = compute_groups(db, "hc", ["HC2", "HC4"], january, ["home_visits"], within="1002-A", whole=False)
    marks = {r["hc_id"]: (r["numerator"], r["suppressed"], r["numerator_small"]) for r in rows.iter_rows(named=True)}
    assert marks["HC2"] == (None, True, False)  # "–": inside the region's 3
    assert marks["HC4"][1:] == (True, False)  # its 1 too: "<5" beside "–" would say "the rest is 1 or 2"


def test_a_centre_table_reads_its_centres_counts_in_one_question(tmp_path, monkeypatch):
    # the same January; the centres' figures and the marking of each centre's cells, which needs every
    # centre's own counts month by month, come from one question of the area's centres
    # (`indicator_sums_by_hc`), never one question a centre, which at sixty centres was the table's wait
    from dashboard.data import queries

    tables = wide_tables()
    tables["home_visits"] = [visit(f"V{hc}{k}", date(2025, 1, 15), patient_key=f"P{hc}{k}", hc_id=hc,
                                   area_code="1002-A")
                             for hc, n in (("HC2", 2), ("HC4", 1)) for k in range(n)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    asked, by_centre = [], []
    one_scope, all_centres = queries.indicator_sums, queries.indicator_sums_by_hc
    monkeypatch.setattr(queries, "indicator_sums", lambda db, scope, *rest: asked.append(scope) or one_scope(
        db, scope, *rest))
    monkeypatch.setattr(queries, "indicator_sums_by_hc", lambda db, *rest: by_centre.append(rest) or all_centres(
        db, *rest))
    # over January and February, each month's count of each centre is read (a count over months one of
    # which is hidden is hidden too)
    two_months = Period(date(2025, 1, 1), date(2025, 2, 1))
    rows = compute_groups(db, "hc", ["HC2", "HC4"], two_months, ["home_visits"], within="1002-A", whole=False)
    assert rows["suppressed"].to_list() == [True, True]
    assert [scope for scope in asked if scope.hc_id is not None] == []
    assert len(by_centre) == 1  # the figures' months are among those read for the hiding


def test_a_scopes_own_months_are_read_once_for_its_figures_and_their_hiding(tmp_path, monkeypatch):
    # HC2's January and February over two months: the figure's own sums serve the check of each month
    # too (`_Totals.note`), with no second question for the same scope
    from dashboard.data import queries

    tables = wide_tables()
    tables["home_visits"] = [visit(f"V{k}", date(2025, 1, 15), patient_key=f"P{k}", hc_id="HC2", area_code="1002-A")
                             for k in range(2)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    asked = []
    one_scope = queries.indicator_sums
    monkeypatch.setattr(queries, "indicator_sums", lambda db, scope, *rest: asked.append(scope) or one_scope(
        db, scope, *rest))
    rows = compute(db, Scope(hc_id="HC2"), Period(date(2025, 1, 1), date(2025, 2, 1)), ["home_visits"])
    assert rows["suppressed"].to_list() == [True]  # January's 2 is hidden, and the sum over it with it
    assert asked.count(Scope(hc_id="HC2")) == 1


@pytest.mark.usefixtures("true_counts")
def test_a_count_held_beside_its_figures_other_count_of_five_leaves_that_count_shown(tmp_path):
    # January: HC2's 5 home visits, none as a team; HC4's 3, all as a team: the region's team visits
    # are 3 ("<5"), so HC2's 0 reads "–" inside them. Its 5 visits are no count from 1 to 4: a count held
    # takes its figure's other count with it only below 5, so the centre table shows them
    tables = wide_tables()
    tables["home_visits"] = [visit(f"V{hc}{k}", date(2025, 1, 15), patient_key=f"P{hc}{k}", hc_id=hc,
                                   area_code="1002-A", team_visit=team)
                             for hc, n, team in (("HC2", 5, False), ("HC4", 3, True)) for k in range(n)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    january = Period(date(2025, 1, 1), date(2025, 1, 1))
    rows = compute_groups(db, "hc", ["HC2"], january, ["team_visit_share"], within="1002-A", whole=False)
    [hc2] = rows.iter_rows(named=True)
    assert (hc2["numerator"], hc2["numerator_small"], hc2["suppressed"]) == (None, False, True)
    assert (hc2["denominator"], hc2["denominator_small"]) == (5, False)


@pytest.mark.usefixtures("true_counts")
def test_the_threshold_is_a_setting(tmp_path, monkeypatch):
    # the region's ten home visits in January: shown at the default threshold of 5, hidden as small at 11
    tables = wide_tables()
    tables["home_visits"] = [visit(f"V{k}", date(2025, 1, 15), patient_key=f"P{k}", hc_id="HC2", area_code="1002-A")
                             for k in range(10)]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    january = Period(date(2025, 1, 1), date(2025, 1, 1))

    def visits() -> tuple:
        row = compute(db, Scope(area_code="R"), january, ["home_visits"]).row(0, named=True)
        return row["numerator"], row["numerator_small"]

    assert visits() == (10, False)
    monkeypatch.setenv("NVK_SUPPRESS_MIN", "11")
    assert visits() == (None, True)


def test_every_areas_counts_read_ahead_serve_the_figures_that_hide_by_them(tmp_path):
    # the app reads them ahead when an extract opens (`ui.cache`): each set of indicators once, and a
    # figure asking for the same set in another order finds it read
    from dashboard.metrics import indicators

    tables = wide_tables()
    tables["home_visits"] = [visit("V1", date(2025, 1, 15), hc_id="HC2", area_code="1002-A")]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    indicators._area_counts.cache_clear()
    indicators.warm_area_counts(db, [["home_visits"], ["coverage_offered_65", "fixed_contact_65"]])
    assert indicators._area_counts.cache_info().misses == 2
    january = Period(date(2025, 1, 1), date(2025, 1, 1))
    compute_groups(db, "area", ["1002-A"], january, ["home_visits"])
    compute_groups(db, "area", ["1002-A", "1002"], january, ["fixed_contact_65", "coverage_offered_65"])
    assert indicators._area_counts.cache_info().misses == 2
    assert indicators._area_counts.cache_info().hits >= 2
