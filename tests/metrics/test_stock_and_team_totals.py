"""Near-care counts held for other figures' sake (`indicators._Totals`): a stock's zero right after a
month where it read "<5", for a single month's figure (the month before lies outside the figure's own
period), and an area's count inside a small count of exactly the teams with episodes in it.

The wide region (tests/builders.py): Norr = Åby (1001) + Ödeby (1003); Söder = Storstad (Västra
1002-A, Östra 1002-B) + Älvby (1004). Team T2 is added, serving Ödeby and Östra. Reference date
2025-06-30, threshold 5.
"""

from __future__ import annotations

from datetime import date

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from tests.builders import build, nsvt_episode, two_teams


def _flags(db, scope: Scope, month: str, indicator: str) -> tuple:
    row = compute(db, scope, Period(parse_month(month), parse_month(month)), [indicator]).row(0, named=True)
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


def test_a_single_months_zero_stock_after_its_own_small_month_reads_hidden(tmp_path, monkeypatch):
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)
    tables = two_teams()
    # T1 keeps 8 patients in Älvby and T2 8 in Ödeby from December 2024, so Norr (8 + Åby's), Söder,
    # the region and both teams never read small; Åby enrols P1 on 3 February and P2 on 4 February,
    # discharged on 10 and 12 March: active 0, 2, 0, 0 at January's to April's ends
    tables["nsvt_episodes"] = [nsvt_episode(f"{team}{k}", date(2024, 12, 2), team_id=team, area_code=unit)
                               for team, unit in (("T1", "1004"), ("T2", "1003")) for k in range(8)]
    tables["nsvt_episodes"] += [nsvt_episode("P1", date(2025, 2, 3), date(2025, 3, 10)),
                                nsvt_episode("P2", date(2025, 2, 4), date(2025, 3, 12))]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    # February's 2 reads "<5"; March's 0, asked for March alone (February lies outside its period),
    # follows it: "–" (a zero after "<5" would prove the discharges); April's 0 follows March's "–"
    # and no larger scope's "<5": shown
    assert _flags(db, Scope(area_code="1001"), "2025-02", "nsvt_active") == (True, True, False)
    assert _flags(db, Scope(area_code="1001"), "2025-03", "nsvt_active") == (True, False, False)
    assert _flags(db, Scope(area_code="1001"), "2025-04", "nsvt_active") == (False, False, False)


def test_an_areas_count_is_held_by_the_teams_with_episodes_in_it_and_only_those(tmp_path, monkeypatch):
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)
    tables = two_teams()
    # every episode enrolled on 5 January 2025 and discharged on 20 January: T1 3 in Åby (its only
    # episodes); T2 2 in Ödeby and 6 in Östra. January's discharges: Åby 3, Ödeby 2, Östra 6; Norr 5,
    # Storstad and Söder 6, the region 11; T1 3 ("<5"), T2 8. No one is active at a month's end.
    tables["nsvt_episodes"] = [
        *(nsvt_episode(f"A{k}", date(2025, 1, 5), date(2025, 1, 20), area_code="1001") for k in range(3)),
        *(nsvt_episode(f"{unit}-{k}", date(2025, 1, 5), date(2025, 1, 20), team_id="T2", area_code=unit)
          for unit, n in (("1003", 2), ("1002-B", 6)) for k in range(n)),
    ]
    db = Database(build(tmp_path, tables, extracted_on=date(2025, 6, 30)), date(2025, 6, 30), "Test")
    # the mean enrolment time's denominator (discharges; its only small part). Åby's 3 lies inside
    # T1's 3: "–", not "<5"
    assert _flags(db, Scope(area_code="1001"), "2025-01", "nsvt_mean_days") == (True, False, False)
    # Ödeby's 2: Norr's 5, the region's 11 and T2's 8 are no small totals, and T1 has no episode in
    # Ödeby, so its 3 holds none of Ödeby's: "<5"
    assert _flags(db, Scope(area_code="1003"), "2025-01", "nsvt_mean_days") == (True, False, True)
    # Östra's 6: shown
    assert _flags(db, Scope(area_code="1002-B"), "2025-01", "nsvt_mean_days") == (False, False, False)
