"""A table the manifest dates before the rest of the extract (`tables.<table>.extracted_on`, say
emergency visits delivered a month behind): its indicators have no data after its last complete
month, which reads "uppgift saknas", never 0, in a month and in any period reaching past it."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.data.validation import table_dates
from dashboard.metrics.indicators import Scope, compute, compute_groups
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, ed_row, nsvt_episode, visit

SEP, OCT, NOV, DEC = (date(2025, m, 1) for m in (9, 10, 11, 12))


@pytest.fixture
def db(tmp_path) -> Database:
    # Åby: 6 home visits and 10 ED visits of people 80+ in each of September to November; the extract
    # runs to 31 December, but its ED table was taken on 15 November: its last complete month is
    # October, and November's row holds half a month
    tables = base_tables()
    tables["home_visits"] = [visit(f"V{m.month}-{k}", m.replace(day=10), patient_key=f"P{k}")
                             for m in (SEP, OCT, NOV, DEC) for k in range(6)]
    tables["nsvt_episodes"] = [nsvt_episode("N1", SEP, date(2025, 9, 20))]
    tables["ed_visits_monthly"] = [ed_row(m, ed_visits=10) for m in (SEP, OCT, NOV)]
    extract = build(tmp_path / "x", tables, table_dates={"ed_visits_monthly": date(2025, 11, 15)})
    return Database(extract, date(2025, 12, 31), "Testkälla")


def test_the_manifest_dates_a_table_apart(db):
    assert table_dates(db.extract_dir) == {"ed_visits_monthly": date(2025, 11, 15)}


@pytest.mark.usefixtures("true_counts")
def test_after_its_last_complete_month_a_source_has_no_data_month_by_month(db):
    rows = compute(db, Scope(area_code="1001"), Period(SEP, DEC), ["ed_visits", "home_visits"], by_month=True)
    ed = rows.filter(indicator="ed_visits")
    # September and October: 10 each; November (half a month delivered) and December: no data, not 0
    assert ed["value"].to_list() == [10, 10, None, None]
    assert ed["numerator"].to_list() == [10, 10, None, None]
    assert ed["suppressed"].to_list() == [False] * 4
    # the home visits run to the extract's end: 6 a month
    assert rows.filter(indicator="home_visits")["value"].to_list() == [6, 6, 6, 6]


@pytest.mark.usefixtures("true_counts")
def test_a_period_reaching_past_the_data_has_none_and_one_within_it_has_its_sum(db):
    within = compute(db, Scope(area_code="1001"), Period(SEP, OCT), ["ed_visits"]).row(0, named=True)
    assert (within["numerator"], within["value"]) == (20, 20)
    past = compute(db, Scope(area_code="1001"), Period(SEP, NOV), ["ed_visits", "ed_rate_80"])
    # September to November would read 30 - 10 missing visits: no sum at all
    assert past["value"].to_list() == [None, None]
    assert past["numerator"].to_list() == [None, None]


@pytest.mark.usefixtures("true_counts")
def test_areas_side_by_side_have_no_data_after_it_too(db):
    rows = compute_groups(db, "area", ["1001", "1002"], Period(NOV, NOV), ["ed_visits", "home_visits"])
    assert rows.filter(indicator="ed_visits")["value"].to_list() == [None, None]
    assert rows.filter(indicator="home_visits")["value"].to_list() == [6, 0]
