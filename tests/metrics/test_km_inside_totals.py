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


def _flags(db: Database, area: str, month: str, last: str | None = None) -> tuple:
    period = Period(parse_month(month), parse_month(last or month))
    row = compute(db, Scope(area_code=area), period, KM).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_a_km_count_inside_a_small_total_reads_hidden_not_small(tmp_path):
    db = _db(tmp_path)
    # Västra's June episodes: 2, and Östra's 2: Storstad's June holds 4, the published total that pins
    # four parts of 1: Västra's are hidden ("–"), not marked small ("<5"); its discharges (0) are not
    # inside a total of 4 (Storstad discharges none). Storstad's 4 are small themselves.
    assert _flags(db, "1002-A", "2025-06") == (True, False, False)
    assert _flags(db, "1002", "2025-06") == (True, False, True)


def test_months_around_a_small_month_make_no_small_total(tmp_path):
    db = _db(tmp_path)
    # Västra's July: 2 episodes, the region's July 2; June and July hold 4 between them, but a count
    # over months is never published small (below), so July reads "<5"
    assert _flags(db, "1002-A", "2025-07") == (True, False, True)


def test_a_count_over_months_one_of_which_is_hidden_reads_hidden(tmp_path):
    db = _db(tmp_path)
    # Västra's June–September: 2 + 2 + 0 + 6 = 10 episodes, but June and July are hidden: "–", not
    # the sum; September–October (6 + 0, October's 0 in no small total) is shown
    assert _flags(db, "1002-A", "2025-06", "2025-09") == (True, False, False)
    assert _flags(db, "1002-A", "2025-09", "2025-10") == (False, False, False)


def test_a_km_count_with_no_total_of_four_around_it_reads_small(tmp_path):
    db = _db(tmp_path)
    # Åby's March: 3 episodes, the region's March 3: no total of 4 holds it, so it reads "<5"
    assert _flags(db, "1001", "2025-03") == (True, False, True)


def test_a_month_without_episodes_beside_a_large_total_is_shown(tmp_path):
    db = _db(tmp_path)
    # Östra has no episodes in September; Storstad's September holds Västra's 6 ≥ 5: no small total
    # holds it, so its 0 episodes and 0 discharges are shown
    assert _flags(db, "1002-B", "2025-09") == (False, False, False)
