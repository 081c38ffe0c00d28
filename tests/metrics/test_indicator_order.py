"""The order of the rows `compute_groups` returns: indicator by indicator as asked, and within an
indicator the groups as asked.

The figures are built group by group; only the final sort puts them in this order, so a table or
chart that takes the rows as they come shows each indicator's groups together.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import compute_groups
from dashboard.metrics.periods import Period, parse_month
from tests.builders import build
from tests.sql.test_indicators import scenario


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    return Database(build(tmp_path_factory.mktemp("order"), scenario()), date(2025, 12, 31), "Testkälla")


def test_rows_come_indicator_by_indicator_then_group_as_asked(db):
    period = Period(parse_month("2025-01"), parse_month("2025-02"))
    # asked in the opposite order of the list of indicators, the districts against their code order
    rows = compute_groups(db, "area", ["1002-B", "1001"], period, ["team_visit_share", "home_visits"])
    assert [(r["indicator"], r["area_code"]) for r in rows.iter_rows(named=True)] == [
        ("team_visit_share", "1002-B"),
        ("team_visit_share", "1001"),
        ("home_visits", "1002-B"),
        ("home_visits", "1001"),
    ]
