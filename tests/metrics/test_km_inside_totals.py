"""The Kaplan–Meier median's counts under the rule that hides a count inside a small total
(`suppression.inside_small_total`, docs/data-decisions.md "Small numbers"): its episodes and discharges
are read month of enrolment by month (`indicators._Totals._km_arrays`)."""

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
    # September; Åby (1001): 3 in March; none discharged; no other area has any
    tables["nsvt_episodes"] = [
        *(nsvt_episode(f"A{n}", date(2025, 3, 10 + n), area_code="1001") for n in range(3)),
        *(nsvt_episode(f"J{n}", date(2025, 6, 10 + n), area_code="1002-A") for n in range(2)),
        *(nsvt_episode(f"L{n}", date(2025, 7, 10 + n), area_code="1002-A") for n in range(2)),
        *(nsvt_episode(f"S{n}", date(2025, 9, 10 + n), area_code="1002-A") for n in range(6)),
    ]
    return Database(build(tmp_path, tables), date(2025, 12, 31), "Testkälla")


def _flags(db: Database, area: str, month: str) -> tuple:
    period = Period(parse_month(month), parse_month(month))
    row = compute(db, Scope(area_code=area), period, KM).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_a_km_count_inside_a_small_total_reads_hidden_not_small(tmp_path):
    db = _db(tmp_path)
    # Västra's June episodes: 2, and July's 2: June and July hold 4 episodes, the published total that
    # pins four parts of 1: June's are hidden ("–"), not marked small ("<5"). Read with no episodes
    # (or with its discharges, 0) it would be a small count of its own.
    assert _flags(db, "1002-A", "2025-06") == (True, False, False)


def test_a_km_count_with_no_total_of_four_around_it_reads_small(tmp_path):
    db = _db(tmp_path)
    # Åby's March: 3 episodes; every period around it holds 3 (the region's too: none elsewhere
    # until June), then 5 with June's 2: no total of 4 holds it, so it reads "<5"
    assert _flags(db, "1001", "2025-03") == (True, False, True)


def test_a_month_without_episodes_beside_a_large_total_is_shown(tmp_path):
    db = _db(tmp_path)
    # Östra has no episodes at all; its September lies in Storstad's, which holds Västra's 6 ≥ 5: no small
    # total holds it, so its 0 episodes and 0 discharges are shown. Were its empty months read as 1, its
    # September and a month beside it would make 2, a small total.
    assert _flags(db, "1002-B", "2025-09") == (False, False, False)
