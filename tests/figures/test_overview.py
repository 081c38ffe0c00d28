"""The start page's sections (only the tiles that can be made for what is chosen), and its own choices as
the target field and a link read them."""

from __future__ import annotations

import pytest

from dashboard.figures import overview
from dashboard.metrics.indicators import Scope


def test_a_health_centre_has_no_team_section_and_no_area_only_tiles():
    assert overview.sections(Scope(hc_id="HC1")) == [
        ("section.mobile_doctor", ["coverage_offered_65", "fixed_contact_65", "hc_participation", "home_visits",
                                   "team_visit_share", "acute_next_weekday"]),
        ("section.ed", ["ed_visits", "readmission_share"]),
    ]


def test_a_team_has_only_its_own_section():
    assert overview.tile_ids(Scope(team_id="T1")) == (
        "nsvt_enrolled", "nsvt_active", "nsvt_mean_days", "nsvt_visits_per_episode")


def test_an_area_has_every_tile():
    assert len(overview.tile_ids(Scope(area_code="R"))) == 15


def test_the_target_field_names_the_unit_it_is_typed_in():
    # coverage is a share: typed in percent; ED visits a count
    assert overview.target_label("coverage_offered_65", "sv") == "Mål i procent (valfritt)"
    assert overview.target_label("coverage_offered_65", "en") == "Target in percent (optional)"
    assert overview.target_label("ed_visits", "en") == "Target, number (optional)"


def test_a_shares_target_is_typed_from_0_to_100_percent_and_any_other_from_0():
    assert overview.target_range("coverage_offered_65") == (0.0, 100.0)
    assert overview.target_range("ed_visits") == (0.0, None)


@pytest.mark.parametrize("text, indicator_id, target", [
    ("80", "coverage_offered_65", 80.0),
    ("0", "coverage_offered_65", 0.0),  # both ends of a share's range are targets it can reach
    ("100", "coverage_offered_65", 100.0),
    ("150", "ed_visits", 150.0),  # a count has no upper end
    ("0", "ed_visits", 0.0),
])
def test_a_links_target_within_its_range_is_read_as_typed(text, indicator_id, target):
    assert overview.target_from_link(text, indicator_id) == target


@pytest.mark.parametrize("text, indicator_id", [
    ("150", "coverage_offered_65"),  # 150 % would stretch the chart and read "never met"
    ("100.5", "coverage_offered_65"),
    ("-1", "coverage_offered_65"),
    ("-1", "ed_visits"),
    ("inf", "ed_visits"),  # no upper end for a count, but not infinite either
    ("nan", "ed_visits"),
    ("åtta", "ed_visits"),
])
def test_a_links_target_it_cannot_reach_is_not_a_value(text, indicator_id):
    with pytest.raises(ValueError):
        overview.target_from_link(text, indicator_id)


def test_only_the_run_chart_is_named_in_a_link():
    assert overview.chart_link(True) == "run"
    assert overview.chart_link(False) is None  # the control chart, the default, is left out


def test_the_target_fields_example_is_in_the_indicators_unit():
    assert overview.target_example("coverage_offered_65", "sv") == "t.ex. 87,5"  # percent
    assert overview.target_example("ed_visits", "sv") == "t.ex. 40"  # a count
    assert overview.target_example("ed_rate_80", "en") == "e.g. 35"  # per 1,000
    assert overview.target_example("nsvt_mean_days", "en") == "e.g. 30"  # days
