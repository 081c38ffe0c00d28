"""An area's own figure hides what the map hides, also when the map hides just that one figure
(docs/testing.md, "Mutation testing": `indicators._as_among_areas`)."""

from __future__ import annotations

from datetime import date

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from tests.builders import base_tables, build, visit


def test_one_figure_hidden_among_areas_is_hidden_in_the_areas_own(tmp_path):
    # March: 3 visits in Västra (1002-A, small), 20 in Östra (1002-B): on the map Östra is hidden beside
    # Västra, or Storstad's 23 would give the 3 away; Östra's own March figure is the one hidden row
    t = base_tables()
    t["home_visits"] = ([visit(f"A{k}", date(2025, 3, 5), hc_id="HC2", area_code="1002-A") for k in range(3)]
                        + [visit(f"B{k}", date(2025, 3, 5), hc_id="HC3", area_code="1002-B") for k in range(20)])
    db = Database(build(tmp_path, t), date(2025, 12, 31), None)
    march = Period(parse_month("2025-03"), parse_month("2025-03"))
    own = compute(db, Scope(area_code="1002-B"), march, ["home_visits"])
    assert own.select("indicator", "numerator", "suppressed").rows() == [("home_visits", None, True)]
