"""How indicator rows become table cells and chart rows: a centre's months outside the scheme, and
the cells of hidden, outside and plain figures."""

from __future__ import annotations

import polars as pl

from dashboard.figures import tables
from dashboard.figures.figure import Hidden
from dashboard.metrics.indicators import Scope


def months(*rows: tuple) -> pl.DataFrame:
    """(indicator, month, value): a centre's figures by month, as the Source reads them."""
    return pl.DataFrame([{"indicator": i, "from": m, "to": m, "value": v, "numerator": v, "denominator": 1.0,
                          "suppressed": False} for i, m, v in rows])


def test_a_centres_months_outside_the_scheme_read_so_where_its_figures_are_0_or_empty():
    # in the scheme in January (its home visits 0 that month are a number), out of it at February's and
    # March's ends: February's 3 visits were made before it left, and stay; March's 0 reads "deltar inte"
    rows = months(("hc_participation", "2025-01", 1.0), ("hc_participation", "2025-02", 0.0),
                  ("hc_participation", "2025-03", 0.0),
                  ("home_visits", "2025-01", 0.0), ("home_visits", "2025-02", 3.0), ("home_visits", "2025-03", 0.0),
                  ("team_visit_share", "2025-03", None), ("ed_visits", "2025-03", 0.0))
    marked = tables.outside_scheme(rows, Scope(hc_id="HC1"))
    assert marked.select("indicator", "from", "value", "outside").rows() == [
        ("hc_participation", "2025-01", 1.0, False), ("hc_participation", "2025-02", None, True),
        ("hc_participation", "2025-03", None, True),
        ("home_visits", "2025-01", 0.0, False), ("home_visits", "2025-02", 3.0, False),
        ("home_visits", "2025-03", None, True),
        ("team_visit_share", "2025-03", None, True),  # a share of no visits
        ("ed_visits", "2025-03", 0.0, False)]  # its patients' ED visits are no scheme figure
    assert marked.filter(pl.col("outside"))["numerator"].to_list() == [None] * 4


def test_a_hidden_figure_of_a_month_outside_the_scheme_stays_hidden():
    # "<5" or "–" is what it is: "deltar inte" would say it is 0
    rows = months(("hc_participation", "2025-02", 0.0), ("home_visits", "2025-02", None)).with_columns(
        suppressed=pl.Series([False, True]))
    marked = tables.outside_scheme(rows, Scope(hc_id="HC1"))
    assert marked["outside"].to_list() == [True, False]


def test_an_areas_months_are_never_outside_the_scheme():
    rows = months(("hc_participation", "2025-01", 0.0), ("home_visits", "2025-01", 0.0))
    assert tables.outside_scheme(rows, Scope(area_code="1001")).equals(rows)


def test_cells_read_outside_hidden_or_as_numbers():
    plain = {"value": 0.25, "numerator": 2.0, "denominator": 8.0, "suppressed": False,
             "numerator_small": False, "denominator_small": False}
    hidden = {**plain, "value": None, "numerator": None, "suppressed": True, "numerator_small": True}
    outside = {**plain, "value": None, "numerator": None, "denominator": None, "outside": True}
    assert [tables.count_cell(r, "numerator") for r in (plain, hidden, outside)] == [
        2.0, Hidden(small=True), tables.NOT_TAKING_PART]
    # a hidden figure's other count goes with it, "–": it is not small itself
    assert tables.count_cell(hidden, "denominator") == Hidden(small=False)
    assert [tables.value_cell(r, "share") for r in (plain, hidden, outside)] == [
        0.25, Hidden(small=False, part_small=True), tables.NOT_TAKING_PART]
    assert tables.value_cell(hidden, "count") == Hidden(small=True, part_small=True)


def test_a_closed_centres_months_read_closed_whatever_their_figures():
    # open in January; closed from February (no open centre to count: participation 0 of 0): its ED
    # visits of 0 there are no centre doing well, nor its 0 visits one doing badly
    rows = pl.DataFrame([
        {"indicator": i, "from": m, "to": m, "value": v, "numerator": n, "denominator": d, "suppressed": False}
        for i, m, v, n, d in (("hc_participation", "2025-01", 1.0, 1.0, 1.0),
                              ("hc_participation", "2025-02", None, 0.0, 0.0),
                              ("ed_visits", "2025-01", 7.0, 7.0, None), ("ed_visits", "2025-02", 0.0, 0.0, None),
                              ("home_visits", "2025-02", 0.0, 0.0, None))])
    marked = tables.outside_scheme(rows, Scope(hc_id="HC1"))
    assert marked.select("indicator", "from", "value", "outside", "closed").rows() == [
        ("hc_participation", "2025-01", 1.0, False, False), ("hc_participation", "2025-02", None, False, True),
        ("ed_visits", "2025-01", 7.0, False, False), ("ed_visits", "2025-02", None, False, True),
        ("home_visits", "2025-02", None, False, True)]
    closed = marked.filter(pl.col("closed")).row(0, named=True)
    assert tables.value_cell(closed, "count") == tables.CLOSED == tables.count_cell(closed, "numerator")
    assert tables.CLOSED.text("sv") == "stängd"


def test_a_months_shown_team_share_of_0_percent_is_a_recording_gap():
    # February: 12 visits, none marked as a team visit: the mark is missing, not the team. A hidden
    # share, a share of no visits and a 0 % of another figure are left as they are
    rows = pl.DataFrame([
        {"indicator": i, "from": m, "to": m, "value": v, "numerator": n, "denominator": d, "suppressed": h}
        for i, m, v, n, d, h in (("team_visit_share", "2025-01", 0.9, 9.0, 10.0, False),
                                 ("team_visit_share", "2025-02", 0.0, 0.0, 12.0, False),
                                 ("team_visit_share", "2025-03", None, None, None, True),
                                 ("team_visit_share", "2025-04", None, 0.0, 0.0, False),
                                 ("fixed_contact_65", "2025-02", 0.0, 0.0, 30.0, False))])
    marked = tables.not_recorded(rows)
    assert marked.select("from", "value", "not_recorded").rows() == [
        ("2025-01", 0.9, False), ("2025-02", None, True), ("2025-03", None, False), ("2025-04", None, False),
        ("2025-02", 0.0, False)]
    gap = marked.row(1, named=True)
    assert tables.value_cell(gap, "share") == tables.NOT_RECORDED == tables.count_cell(gap, "numerator")
    assert tables.NOT_RECORDED.text("sv") == "uppgift saknas"
