"""Figures read through the protected path (`indicators._published`), with the noise off
(`true_counts`) so that the expectations are the hand-computed true figures: the days of a mean
enrolment time are published as a magnitude, and a population denominator is not perturbed at all.
Mutation testing found both paths read by no test with protection on; the last test turns the noise on
and reads `_published` itself: what moves, by how much, and what never does."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, _Protection, _published, compute
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, ed_row, nsvt_episode, visit

JAN = date(2025, 1, 1)


@pytest.mark.usefixtures("true_counts")
def test_mean_days_and_a_rate_per_population_through_the_protected_path(tmp_path):
    # five near-care episodes in Åby enrolled on 1 January 2025, discharged after 10, 15, 20, 25 and 30
    # days: 100 days over 5 episodes, a mean of 20 days. ED: 10 visits of Åby's people 80+ in January,
    # among 500 inhabitants 80+ (tests/builders.population): 20 per 1 000
    tables = base_tables()
    tables["nsvt_episodes"] = [nsvt_episode(f"N{d}", JAN, date(2025, 1, 1 + d)) for d in (10, 15, 20, 25, 30)]
    tables["home_visits"] = [visit("V1", JAN)]
    tables["ed_visits_monthly"] = [ed_row(JAN, ed_visits=10)]
    db = Database(build(tmp_path / "x", tables), date(2025, 12, 31), "Testkälla")
    rows = {r["indicator"]: r for r in compute(db, Scope(area_code="1001"), Period(JAN, JAN),
                                                ["nsvt_mean_days", "ed_rate_80"]).to_dicts()}
    days, rate = rows["nsvt_mean_days"], rows["ed_rate_80"]
    assert (days["numerator"], days["denominator"], days["value"], days["suppressed"]) == (100, 5, 20, False)
    assert (rate["numerator"], rate["denominator"], rate["value"], rate["suppressed"]) == (10, 500, 20, False)


def test_with_the_noise_on_days_move_by_whole_means_and_centres_never_move():
    # twenty months of one area, each month's rows with keys of their own: 100 days over 5 near-care
    # episodes (a mean of 20 days), and 2 of 3 centres taking part
    months = [date(2024 + k // 12, k % 12 + 1, 1) for k in range(20)]
    rows = [{"indicator": i, "month": m, "numerator": n, "denominator": d,
             "numerator_key": 7_919 * k + 11, "denominator_key": 104_729 * k + 3}
            for k, m in enumerate(months)
            for i, n, d in (("nsvt_mean_days", 100, 5), ("hc_participation", 2, 3))]
    sums = pl.DataFrame(rows)
    published = _published(sums, _Protection(threshold=5, secret=20_261_203))
    # the sums as they came, and the two published counts beside them: nothing else
    assert published.columns == [*sums.columns, "published_numerator", "published_denominator"]
    days = published.filter(pl.col("indicator") == "nsvt_mean_days")["published_numerator"].to_list()
    # days move by whole true means, noise × 100 / 5 = 20 × noise, the noise from −4 to 4
    moves = [(d - 100) / 20 for d in days]
    assert all(m.is_integer() and -4 <= m <= 4 for m in moves)
    assert any(m != 0 for m in moves)  # half the cells get no noise; of twenty, not every one
    # centres are not people: published as they are, every month
    centres = published.filter(pl.col("indicator") == "hc_participation")
    assert set(zip(centres["published_numerator"], centres["published_denominator"])) == {(2.0, 3.0)}
