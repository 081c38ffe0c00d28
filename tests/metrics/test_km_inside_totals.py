"""The Kaplan–Meier median's counts under the rules that hide a month's count inside a small total
(`suppression.inside_small_total`) and a count over months one of which is hidden (docs/data-decisions.md
"Small numbers"): its episodes and discharges are read month of enrolment by month
(`indicators._Totals._km_arrays`)."""

from __future__ import annotations

from datetime import date

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from tests.builders import base_tables, build, nsvt_episode

KM = ["nsvt_median_days_km"]


def _db(tmp_path) -> Database:
    tables = base_tables()
    # Västra (1002-A, in Storstad with Östra): 2 episodes enrolled in June 2025, 2 in July, 6 in
    # September; Östra (1002-B): 2 in June; Åby (1001): 3 in March; none discharged; no other area has any
    tables["nsvt_episodes"] = [
        *(nsvt_episode(f"A{n}", date(2025, 3, 10 + n), area_code="1001") for n in range(3)),
        *(nsvt_episode(f"J{n}", date(2025, 6, 10 + n), area_code="1002-A") for n in range(2)),
        *(nsvt_episode(f"O{n}", date(2025, 6, 12 + n), area_code="1002-B") for n in range(2)),
        *(nsvt_episode(f"L{n}", date(2025, 7, 10 + n), area_code="1002-A") for n in range(2)),
        *(nsvt_episode(f"S{n}", date(2025, 9, 10 + n), area_code="1002-A") for n in range(6)),
    ]
    return Database(build(tmp_path, tables), date(2025, 12, 31), "Testkälla")


def _flags(db: Database, area: str, month: str, last: str | None = None, ids: list[str] = KM) -> tuple:
    period = Period(parse_month(month), parse_month(last or month))
    row = compute(db, Scope(area_code=area), period, ids).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_a_km_count_inside_a_small_total_reads_hidden_not_small(tmp_path):
    db = _db(tmp_path)
    # Västra's June episodes: 2, and Östra's 2: Storstad's June holds 4, the region's too: Västra's and
    # Storstad's read "–", not "<5" (four parts "<5" under "<5" would be 1 + 1 + 1 + 1); their discharges
    # (0) lie in no small total and beside no hidden stock of discharges: shown
    assert _flags(db, "1002-A", "2025-06") == (True, False, False)
    assert _flags(db, "1002", "2025-06") == (True, False, False)


def test_a_km_count_inside_a_total_of_three_reads_hidden(tmp_path):
    db = _db(tmp_path)
    # Åby's March: 3 episodes, the region's March 3: "–" too (read "<5", it would tell that the region
    # is no 4); Västra's July: 2, the region's 2
    assert _flags(db, "1001", "2025-03") == (True, False, False)
    assert _flags(db, "1002-A", "2025-07") == (True, False, False)


def test_a_month_beside_a_large_total_and_a_shown_stock_is_shown(tmp_path):
    db = _db(tmp_path)
    # Storstad's September: 6 episodes, 12 active at its end and 6 at August's: shown, and its 0
    # discharges too
    assert _flags(db, "1002", "2025-09") == (False, False, False)


def test_a_count_over_months_one_of_which_is_hidden_reads_hidden(tmp_path):
    db = _db(tmp_path)
    # Västra's June–September: 2 + 2 + 0 + 6 = 10 episodes, but June and July are hidden: "–", not the
    # sum; Storstad's September–October (6 + 0, October's 0 in no small total, beside 12 active) is shown
    assert _flags(db, "1002-A", "2025-06", "2025-09") == (True, False, False)
    assert _flags(db, "1002", "2025-09", "2025-10") == (False, False, False)


def test_a_flow_beside_a_hidden_stock_reads_hidden(tmp_path):
    db = _db(tmp_path)
    # Västra's September: 6 enrolled, but 4 active at August's end (hidden): its discharges (0, the
    # mean enrolment time's denominator) read "–", so that active = active before + enrolled −
    # discharged holds no exact small count; Storstad's, beside 6 active, read 0. (The median's
    # discharges count those enrolled in the month, no part of that relation: 0, shown.)
    assert _flags(db, "1002-A", "2025-09", ids=["nsvt_mean_days"]) == (True, False, False)
    assert _flags(db, "1002", "2025-09", ids=["nsvt_mean_days"]) == (False, False, False)


def test_a_flow_asked_for_alone_reads_its_stock_all_the_same(tmp_path):
    db = _db(tmp_path)
    # Åby: 3 active from March on (hidden), no one enrolled in April or May: asked for alone, month
    # by month over March to May, its enrolments read "–" in March (inside the region's 3) and after
    # (beside the hidden stock), not 0
    frame = compute(db, Scope(area_code="1001"), Period(date(2025, 3, 1), date(2025, 5, 1)), ["nsvt_enrolled"],
                    by_month=True)
    assert frame.select("numerator", "suppressed", "numerator_small").rows() == [
        (None, True, False), (None, True, False), (None, True, False)]
