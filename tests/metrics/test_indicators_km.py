"""The Kaplan–Meier median of an area, suppressed: it is computed for the area alone and left out
of the figures the area is hidden among (docs/testing.md, "Mutation testing": `indicators._as_among_areas`).
"""

from __future__ import annotations

from datetime import date

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from tests.builders import build
from tests.sql.test_indicators import scenario


def test_an_areas_km_median_is_suppressed_on_its_own_counts(tmp_path):
    db = Database(build(tmp_path, scenario()), date(2025, 12, 31), "Testkälla")
    period = Period(parse_month("2025-01"), parse_month("2025-03"))
    # N1–N4 enrolled in January–March: 4 episodes, 3 of them discharged (N1, N2, N4): both counts 1–4
    rows = compute(db, Scope(area_code="R"), period, ["nsvt_median_days_km"])
    assert rows.select("indicator", "from", "numerator", "denominator", "value", "suppressed").rows() == [
        ("nsvt_median_days_km", "2025-01", None, None, None, True)]
    unsuppressed = compute(db, Scope(area_code="R"), period, ["nsvt_median_days_km"], suppressed=False)
    assert (unsuppressed["numerator"][0], unsuppressed["denominator"][0]) == (3, 4)
