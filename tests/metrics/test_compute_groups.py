"""`indicators.compute_groups` on a hand-made extract: what it refuses, how a hidden figure is blanked by
default, the true figures unsuppressed, its columns (also with no groups), and an area with no rows at
all over several months.

Reference date 2025-12-31, threshold 5 (a count from 1 to 4 reads "<5"); noise off (`true_counts`)
wherever a published figure is compared. Home visits, all in 2025:

- Västra (1002-A, HC2): 7 in March, 3 of them team visits;
- Östra (1002-B, HC3): 10 in February and 10 in March, all team visits;
- Åby (1001, HC1): none at all.

So Storstad, Söder and the region hold 10 visits in February, and 17 visits of which 13 team visits in
March: no larger total of Västra's is small. Åby's parent Norr holds nothing.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import compute_groups
from dashboard.metrics.periods import Period
from tests.builders import base_tables, build, visit

FEBRUARY, MARCH = date(2025, 2, 1), date(2025, 3, 1)
COLUMNS = ["indicator", "area_code", "hc_id", "team_id", "from", "to", "numerator", "denominator", "value",
           "suppressed", "numerator_small", "denominator_small"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    tables = base_tables()
    tables["home_visits"] = [
        *(visit(f"W{k}", date(2025, 3, 5), patient_key="PW", hc_id="HC2", area_code="1002-A", team_visit=k < 3)
          for k in range(7)),
        *(visit(f"O{m}{k}", date(2025, m, 5), patient_key="PO", hc_id="HC3", area_code="1002-B")
          for m in (2, 3) for k in range(10)),
    ]
    return Database(build(tmp_path_factory.mktemp("groups"), tables), date(2025, 12, 31), "Testkälla")


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch):
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)


def test_the_km_median_is_refused(db):
    # the Kaplan–Meier median needs single episodes, one scope at a time: asked among others, it is
    # refused with the reason, not computed (or failing) some other way
    with pytest.raises(ValueError, match=r"^the Kaplan–Meier median is computed one scope at a time$"):
        compute_groups(db, "area", ["1001"], Period(MARCH, MARCH), ["home_visits", "nsvt_median_days_km"])


@pytest.mark.usefixtures("true_counts")
def test_a_hidden_figure_loses_both_counts_by_default(db):
    # Västra's March team visit share: 3 team visits ("<5": Storstad's 13 and the region's 13 are no
    # small totals) of 7 visits. Hidden, and by default whole: the 7 goes with it
    row = compute_groups(db, "area", ["1002-A"], Period(MARCH, MARCH), ["team_visit_share"]).row(0, named=True)
    assert (row["numerator"], row["denominator"], row["value"]) == (None, None, None)
    assert (row["suppressed"], row["numerator_small"], row["denominator_small"]) == (True, True, False)
    # said so (whole=True): the same; cell by cell (whole=False) the 7 is kept, it is no small count
    row = compute_groups(db, "area", ["1002-A"], Period(MARCH, MARCH), ["team_visit_share"],
                         whole=True).row(0, named=True)
    assert (row["numerator"], row["denominator"]) == (None, None)
    row = compute_groups(db, "area", ["1002-A"], Period(MARCH, MARCH), ["team_visit_share"],
                         whole=False).row(0, named=True)
    assert (row["numerator"], row["denominator"], row["suppressed"]) == (None, 7.0, True)


def test_unsuppressed_groups_are_the_true_figures(db):
    # the same figure unsuppressed: 3 of 7, 3/7, nothing hidden (and no noise: the true counts)
    frame = compute_groups(db, "area", ["1002-A"], Period(MARCH, MARCH), ["team_visit_share"], suppressed=False)
    assert frame.select("numerator", "denominator", "value", "suppressed").row(0) == (3.0, 7.0, 3 / 7, False)
    assert "numerator_small" not in frame.columns


@pytest.mark.usefixtures("true_counts")
def test_the_columns_are_the_contracts_in_its_order_also_without_groups(db):
    # by area: hc_id and team_id are all null, but strings all the same, and the columns in the
    # contract's order (the scope's columns before the months)
    frame = compute_groups(db, "area", ["1002-A", "1002-B"], Period(MARCH, MARCH), ["home_visits"])
    assert frame.columns == COLUMNS
    assert frame.schema["hc_id"] == pl.String and frame.schema["team_id"] == pl.String
    assert frame.schema["denominator"] == pl.Float64  # a count's denominator: null, as a float
    # Östra's March: 10 visits, shown; Västra's 7 too
    assert frame.select("area_code", "numerator", "suppressed").rows() == [("1002-A", 7.0, False),
                                                                           ("1002-B", 10.0, False)]
    # no groups: no rows, the same columns and types
    empty = compute_groups(db, "area", [], Period(MARCH, MARCH), ["home_visits"])
    assert empty.height == 0 and empty.columns == COLUMNS and empty.schema == frame.schema


@pytest.mark.usefixtures("true_counts")
def test_an_area_without_rows_over_months_reads_zero(db):
    # Åby has no home visit at all, so none of its months has a row: February to March reads 0, shown
    # (a count over months is hidden only when one of its months is; each of Åby's is 0, inside no
    # small total: Norr holds 0, the region 10 and 17), beside Östra's 10 + 10 = 20
    frame = compute_groups(db, "area", ["1001", "1002-B"], Period(FEBRUARY, MARCH), ["home_visits"])
    assert frame.select("area_code", "numerator", "value", "suppressed", "numerator_small").rows() == [
        ("1001", 0.0, 0.0, False, False), ("1002-B", 20.0, 20.0, False, False)]


@pytest.mark.parametrize("suppressed", [False, True])
@pytest.mark.usefixtures("true_counts")
def test_centres_over_a_period_count_its_months_only(db, suppressed):
    # February alone: HC3's 10 visits, not March's 10 too; HC2 has none in February (its 7 are March's),
    # HC1 none at all; the same figures suppressed or not (no count of February is small)
    frame = compute_groups(db, "hc", ["HC1", "HC2", "HC3"], Period(FEBRUARY, FEBRUARY), ["home_visits"],
                           within="R", suppressed=suppressed)
    assert frame.select("hc_id", "numerator", "suppressed").rows() == [
        ("HC1", 0.0, False), ("HC2", 0.0, False), ("HC3", 10.0, False)]
    # March alone: HC2's 7 and HC3's 10
    march = compute_groups(db, "hc", ["HC2", "HC3"], Period(MARCH, MARCH), ["home_visits"], within="R",
                           suppressed=suppressed)
    assert march.select("hc_id", "numerator").rows() == [("HC2", 7.0), ("HC3", 10.0)]
