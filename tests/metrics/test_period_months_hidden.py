"""A count over several months is shown only when every one of its months is (`indicators._Totals._hidden`,
docs/data-decisions.md "Small numbers"): a month of exactly the threshold is shown, a month's 0 inside a
small total of a larger scope is not.

Reference date 2025-12-31, threshold 5, noise off (`true_counts`). Home visits in 2025:

- Östra (1002-B, HC3): 5 in January, 10 in February (its parents Storstad, Söder and the region hold
  the same: no other visits then);
- Åby (1001, HC1): 10 in April, none in May; Västra (1002-A, HC2): 2 in May. The region's May: 2 ("<5").
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute, compute_groups
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, ed_row, episode, visit


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    tables = base_tables()
    counts = {("HC3", "1002-B"): {1: 5, 2: 10}, ("HC1", "1001"): {4: 10}, ("HC2", "1002-A"): {5: 2}}
    tables["home_visits"] = [visit(f"V-{hc}-{m}-{k}", date(2025, m, 5), patient_key=f"P-{hc}", hc_id=hc, area_code=unit)
                             for (hc, unit), by_month in counts.items() for m, n in by_month.items() for k in range(n)]
    return Database(build(tmp_path_factory.mktemp("months"), tables), date(2025, 12, 31), "Testkälla")


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch):
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)


def _row(db, area: str, first: int, last: int) -> tuple:
    row = compute(db, Scope(area_code=area), Period(date(2025, first, 1), date(2025, last, 1)),
                  ["home_visits"]).row(0, named=True)
    return row["numerator"], row["suppressed"], row["numerator_small"]


@pytest.mark.usefixtures("true_counts")
def test_a_month_of_exactly_the_threshold_is_shown_in_a_period(db):
    # Östra's January: 5, no small count (small is 1 to 4); with February's 10: 15, shown
    assert _row(db, "1002-B", 1, 1) == (5.0, False, False)
    assert _row(db, "1002-B", 1, 2) == (15.0, False, False)
    # the same among areas
    frame = compute_groups(db, "area", ["1002-B"], Period(date(2025, 1, 1), date(2025, 2, 1)), ["home_visits"])
    assert frame.select("numerator", "suppressed").row(0) == (15.0, False)


@pytest.mark.usefixtures("true_counts")
def test_a_period_holding_a_zero_inside_a_small_total_reads_hidden(db):
    # Åby's May: 0, inside the region's 2 ("<5"): "–" (a 0 beside parts reading "<5" would pin them),
    # so April to May (10 + 0) is hidden too, unmarked ("–", not "<5"), though April's 10 is shown
    assert _row(db, "1001", 5, 5) == (None, True, False)
    assert _row(db, "1001", 4, 4) == (10.0, False, False)
    assert _row(db, "1001", 4, 5) == (None, True, False)
    frame = compute_groups(db, "area", ["1001"], Period(date(2025, 4, 1), date(2025, 5, 1)), ["home_visits"])
    assert frame.select("numerator", "suppressed", "numerator_small").row(0) == (None, True, False)


@pytest.mark.usefixtures("true_counts")
def test_a_period_reaching_before_follow_up_is_hidden_whole(db):
    # follow-up starts in January 2025 (the first home visit): December 2024 to February 2025 is checked
    # against no larger total for December, so its 15 (0 + 5 + 10) reads "–" rather than be trusted
    row = compute(db, Scope(area_code="1002-B"), Period(date(2024, 12, 1), date(2025, 2, 1)),
                  ["home_visits"]).row(0, named=True)
    assert (row["numerator"], row["suppressed"], row["numerator_small"]) == (None, True, False)


@pytest.mark.usefixtures("true_counts")
def test_the_figures_have_the_contracts_columns_and_types(db):
    # a count has no denominator and an area no centre or team: the columns keep their types all the
    # same, so a frame of such rows joins and concatenates with any other
    frame = compute(db, Scope(area_code="1001"), Period(date(2025, 4, 1), date(2025, 4, 1)), ["home_visits"])
    assert dict(frame.schema) == {
        "indicator": pl.String, "area_code": pl.String, "hc_id": pl.String, "team_id": pl.String,
        "from": pl.String, "to": pl.String, "numerator": pl.Float64, "denominator": pl.Float64,
        "value": pl.Float64, "suppressed": pl.Boolean, "numerator_small": pl.Boolean, "denominator_small": pl.Boolean}
    assert frame.row(0) == ("home_visits", "1001", None, None, "2025-04", "2025-04", 10.0, None, 10.0, False, False,
                            False)


def _before_follow_up(tmp_path, patients: int, ed_months: tuple[int, ...] = ()) -> Database:
    """Åby's patients 65+ with a mobile doctor from 1 June 2024, 5 ED visits in each of ed_months of
    2024, and the first home visit on 5 January 2025, where follow-up starts."""
    tables = base_tables()
    tables["home_care_episodes"] = [episode(f"E{k}", f"P{k}", enrolled_on=date(2024, 6, 1),
                                            mobile_doctor_from=date(2024, 6, 1)) for k in range(patients)]
    tables["home_visits"] = [visit("V0", date(2025, 1, 5))]
    tables["ed_visits_monthly"] = [ed_row(date(2024, m, 1), ed_visits=5) for m in ed_months]
    return Database(build(tmp_path, tables), date(2025, 12, 31), "Testkälla")


@pytest.mark.usefixtures("true_counts")
def test_a_month_before_follow_up_hides_what_is_small_and_shows_the_rest(tmp_path):
    # home care with a mobile doctor from 1 June 2024 (6 in Åby, 65+), the first home visit on 5 January
    # 2025: December 2024 lies before follow-up. Its 0 home visits are checked against no larger total:
    # "–"; its 6 of 6 patients with a doctor are no small count: shown
    db = _before_follow_up(tmp_path, patients=6)
    dec = Period(date(2024, 12, 1), date(2024, 12, 1))
    visits = compute(db, Scope(area_code="1001"), dec, ["home_visits"]).row(0, named=True)
    assert (visits["numerator"], visits["suppressed"], visits["numerator_small"]) == (None, True, False)
    patients = compute(db, Scope(area_code="1001"), dec, ["coverage_offered_65"]).row(0, named=True)
    assert (patients["numerator"], patients["denominator"], patients["suppressed"]) == (6.0, 6.0, False)


@pytest.mark.usefixtures("true_counts")
def test_before_follow_up_a_count_of_exactly_the_threshold_is_shown_in_a_month_and_a_stock_over_months(tmp_path):
    # 5 patients in Åby with a mobile doctor from June 2024; ED rows from November 2024 (5 visits a
    # month), the first home visit on 5 January 2025: follow-up starts in January. Before it no larger
    # total is read, so only what is small is hidden: November's and December's 5 ED visits (a flow,
    # one month each) and the 5 of 5 patients (a stock, read at the window's last month, over one month
    # or two) are no small count and are shown; the flow over two months is not checked, so hidden
    db = _before_follow_up(tmp_path, patients=5, ed_months=(11, 12))
    aby, dec, nov_dec = Scope(area_code="1001"), Period(date(2024, 12, 1), date(2024, 12, 1)), Period(
        date(2024, 11, 1), date(2024, 12, 1))

    def shown(period, indicator):
        row = compute(db, aby, period, [indicator]).row(0, named=True)
        return row["numerator"], row["suppressed"]

    assert shown(dec, "ed_visits") == (5.0, False)
    assert shown(dec, "coverage_offered_65") == (5.0, False)
    assert shown(nov_dec, "coverage_offered_65") == (5.0, False)
    assert shown(nov_dec, "ed_visits") == (None, True)
