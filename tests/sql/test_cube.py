"""The app's materialised cube gives the same figures as the views it was computed from."""

from __future__ import annotations

from datetime import date

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from tests.builders import build
from tests.sql.test_indicators import scenario


def test_cube_and_views_agree(tmp_path):
    path = build(tmp_path / "x", scenario())
    period = Period(parse_month("2025-01"), parse_month("2025-12"))
    for scope in (Scope(area_code="R"), Scope(area_code="1002"), Scope(hc_id="HC1"), Scope(team_id="T1")):
        views = compute(Database(path, date(2025, 12, 31), None), scope, period, by_month=True, suppressed=False)
        cube = compute(Database(path, date(2025, 12, 31), None, cube=True), scope, period, by_month=True,
                       suppressed=False)
        assert views.equals(cube), scope
