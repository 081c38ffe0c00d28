"""A figure over a window of months, from the published monthly sums (`indicators._window_figure`):
hand-made sums, hand-computed values. Mutation testing found these rules without a test of their own."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import BY_ID, Scope, _window_figure, compute
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, ed_row, visit

JAN, FEB = date(2025, 1, 1), date(2025, 2, 1)


def sums(*months: tuple[date, float, float | None, float, float | None]) -> list[dict]:
    """(month, true numerator, true denominator, published numerator, published denominator)."""
    return [{"month": m, "numerator": n, "denominator": d, "published_numerator": pn, "published_denominator": pd}
            for m, n, d, pn, pd in months]


def test_a_share_of_counted_people_never_reads_above_one():
    # 5 of 5 readmitted, published 6 of 5 (noise apart): the share reads 1, the counts stay as published
    figure = _window_figure(sums((JAN, 5, 5, 6, 5)), BY_ID["readmission_share"], Period(JAN, JAN))
    assert (figure["numerator"], figure["denominator"], figure["value"]) == (6.0, 5.0, 1.0)
    # a rate is no part of a whole: 6 per 5 stays 1 200 per 1 000
    rate = _window_figure(sums((JAN, 5, 5, 6, 5)), BY_ID["ed_rate_80"], Period(JAN, JAN))
    assert rate["value"] == pytest.approx(1200.0)


@pytest.mark.usefixtures("true_counts")
def test_a_month_with_no_admissions_adds_nothing_to_the_periods_share(tmp_path):
    # January: 5 ED visits, no admission (a row with a denominator of 0); February: 6 of 10 readmitted.
    # January–February: 6 / (0 + 10) = 0.6, not 6 / 11
    tables = base_tables()
    tables["home_visits"] = [visit("V1", JAN)]
    tables["ed_visits_monthly"] = [ed_row(JAN, ed_visits=5),
                                   ed_row(FEB, ed_visits=20, admissions=10, readmissions_30d=6)]
    db = Database(build(tmp_path / "x", tables), date(2025, 12, 31), "Testkälla")
    [row] = compute(db, Scope(area_code="1001"), Period(JAN, FEB), ["readmission_share"], suppressed=False).to_dicts()
    assert (row["numerator"], row["denominator"], row["value"]) == (6, 10, pytest.approx(0.6))


@pytest.mark.usefixtures("true_counts")
def test_the_true_figures_have_the_published_ones_columns_and_no_more(tmp_path):
    # without suppression the figures are the true ones; the working columns of true counts are dropped
    # all the same, so that the command's and the pages' frames are the same shape either way
    tables = base_tables()
    tables["home_visits"] = [visit("V1", JAN)]
    tables["ed_visits_monthly"] = [ed_row(JAN, ed_visits=5)]
    db = Database(build(tmp_path / "x", tables), date(2025, 12, 31), "Testkälla")
    scope, period = Scope(area_code="1001"), Period(JAN, JAN)
    true = compute(db, scope, period, ["ed_visits"], suppressed=False)
    published = compute(db, scope, period, ["ed_visits"])
    assert "true_numerator" not in true.columns and "true_denominator" not in true.columns
    assert set(true.columns) <= set(published.columns)
