"""The Kaplan–Meier median's counts (`indicators._km_median`): discharges over episodes enrolled in the
window, published like a flow's, month of enrolment by month, with nsvt_enrolled's noise; and read month
by month as a larger scope's total (`indicators._Totals._km_arrays`).

Reference date 2025-12-31, threshold 5; one team, T1, for every episode. Storstad (1002) holds Västra
(1002-A) and Östra (1002-B); Norr holds Åby (1001) alone.

- Åby: 6 episodes enrolled on 2 December 2024, never discharged (active 6 or more ever after); 2 enrolled
  on 3 and 4 March 2025, never discharged (active 8 from March); 2 enrolled on 5 and 6 May, discharged
  on 20 May.
- Östra: 6 enrolled in January 2025 and 6 in February, never discharged; 6 enrolled on the 5th of each
  month from July to November, discharged on the 20th.
- Västra: 2 enrolled on 5 July 2025, discharged on 20 July.

No episode is enrolled in December 2025.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics import indicators
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from dashboard.metrics.perturbation import MAX_NOISE
from tests.builders import base_tables, build, nsvt_episode

KM = "nsvt_median_days_km"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    tables = base_tables()
    tables["nsvt_episodes"] = [
        *(nsvt_episode(f"A{k}", date(2024, 12, 2), area_code="1001") for k in range(6)),
        *(nsvt_episode(f"M{k}", date(2025, 3, 3 + k), area_code="1001") for k in range(2)),
        *(nsvt_episode(f"Y{k}", date(2025, 5, 5 + k), date(2025, 5, 20), area_code="1001") for k in range(2)),
        *(nsvt_episode(f"O{m}{k}", date(2025, m, 5 + k), area_code="1002-B") for m in (1, 2) for k in range(6)),
        *(nsvt_episode(f"OJ{m}-{k}", date(2025, m, 5), date(2025, m, 20), area_code="1002-B")
          for m in range(7, 12) for k in range(6)),
        *(nsvt_episode(f"VJ{k}", date(2025, 7, 5), date(2025, 7, 20), area_code="1002-A") for k in range(2)),
    ]
    return Database(build(tmp_path_factory.mktemp("km"), tables), date(2025, 12, 31), "Testkälla")


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch):
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)


@pytest.fixture
def noise_of_one(monkeypatch):
    """Every cell's noise +1, whatever its key: a published count of 5 or more is its count + 1, a zero 0."""
    monkeypatch.setattr(indicators, "noise", lambda keys, _secret: pl.Series(keys.name, np.ones(len(keys), np.int64)))


def _km(db, area: str, first: str, last: str | None = None, **options) -> dict:
    period = Period(parse_month(first), parse_month(last or first))
    return compute(db, Scope(area_code=area), period, [KM], **options).row(0, named=True)


def _flags(row: dict) -> tuple:
    return row["suppressed"], row["numerator_small"], row["denominator_small"]


@pytest.mark.usefixtures("true_counts")
def test_a_window_without_episodes_reads_zero_over_zero(db):
    # Västra's October: no episode enrolled, so 0 discharges of 0 episodes and no median; shown, and
    # the same unsuppressed
    row = _km(db, "1002-A", "2025-10")
    assert (row["numerator"], row["denominator"], row["value"]) == (0.0, 0.0, None)
    assert _flags(row) == (False, False, False)
    row = _km(db, "1002-A", "2025-10", suppressed=False)
    assert (row["numerator"], row["denominator"], row["value"], row["suppressed"]) == (0.0, 0.0, None, False)


@pytest.mark.usefixtures("noise_of_one")
def test_the_counts_are_published_month_of_enrolment_by_month(db):
    # Östra, January to February: 6 + 6 = 12 episodes enrolled, each month's 6 published as 7: 14, as
    # nsvt_enrolled's (not 12 + 1 = 13 from the months together, nor 12 unperturbed); none discharged: 0
    row = _km(db, "1002-B", "2025-01", "2025-02")
    assert (row["numerator"], row["denominator"], row["suppressed"]) == (0.0, 14.0, False)
    enrolled = compute(db, Scope(area_code="1002-B"), Period(parse_month("2025-01"), parse_month("2025-02")),
                       ["nsvt_enrolled"]).row(0, named=True)
    assert enrolled["numerator"] == 14.0
    # July: 6 enrolled and 6 discharged, each published as 7
    row = _km(db, "1002-B", "2025-07")
    assert (row["numerator"], row["denominator"], row["suppressed"]) == (7.0, 7.0, False)


def test_the_counts_have_the_noise_of_the_same_episodes_under_other_names(db):
    # with the real noise: Östra's episodes of each month from July to November (6, all discharged that
    # month) are nsvt_enrolled's numerator and nsvt_visits_per_episode's denominator (discharges) too;
    # the same rows have the same cell key, so the same published count under each name; January's
    # and February's 6 episodes likewise nsvt_enrolled's
    for month in ("2025-01", "2025-02", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11"):
        period = Period(parse_month(month), parse_month(month))
        frame = compute(db, Scope(area_code="1002-B"), period, [KM, "nsvt_enrolled", "nsvt_visits_per_episode"])
        rows = {r["indicator"]: r for r in frame.iter_rows(named=True)}
        assert rows[KM]["denominator"] == rows["nsvt_enrolled"]["numerator"], month
        assert 5 <= rows[KM]["denominator"] <= 6 + MAX_NOISE
        if month >= "2025-07":
            assert rows[KM]["numerator"] == rows["nsvt_visits_per_episode"]["denominator"]
            assert 5 <= rows[KM]["numerator"] <= 6 + MAX_NOISE


@pytest.mark.usefixtures("true_counts")
def test_a_small_count_of_discharges_reads_small(db):
    # Västra's July: 2 episodes, both discharged: both "<5"; Storstad, Söder, the region and T1 hold 8
    # and 8 that month, no small totals; Västra's stock is 0 at June's and July's ends, beside no small one
    assert _flags(_km(db, "1002-A", "2025-07")) == (True, True, True)


@pytest.mark.usefixtures("true_counts")
def test_a_km_count_inside_a_larger_scopes_small_km_count_reads_hidden(db):
    # Åby's March: 2 episodes, none discharged. Norr, the region and T1 hold the same 2 episodes that
    # month: "–", not "<5". Not for its stock's sake: Åby's active are 6 at February's end and 8 at
    # March's. Its 0 discharges go with the held count ("–")
    assert _flags(_km(db, "1001", "2025-03")) == (True, False, False)
    # Åby's May: 2 episodes, both discharged; Norr's, the region's and T1's the same 2 and 2: both "–"
    assert _flags(_km(db, "1001", "2025-05")) == (True, False, False)
