"""The selection in the link: read, checked, written back; a bad part is dropped with a notice."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.figures.selection import (
    Selection,
    build_choices,
    comparison_area,
    default_selection,
    from_params,
    refit,
)
from dashboard.metrics.periods import add_months

AREAS = pl.DataFrame({
    "area_code": ["R", "S1", "1001", "1002", "1002-A", "1002-B", "1003"],
    "area_name": ["Regionen", "Norr", "Örby", "Storstad", "Västra", "Östra", "Åby"],
    "area_level": ["region", "subregion", "municipality", "municipality", "district", "district", "municipality"],
    "parent_code": [None, "R", "S1", "S1", "1002", "1002", "S1"],
    "is_home_care_unit": [False, False, True, False, True, True, True],
})
UNITS = pl.DataFrame({
    "area_code": ["R"] * 4 + ["S1"] * 4 + ["1001", "1002", "1002", "1002-A", "1002-B", "1003"],
    "unit_code": ["1001", "1002-A", "1002-B", "1003"] * 2 + ["1001", "1002-A", "1002-B", "1002-A", "1002-B", "1003"],
})
CENTRES = pl.DataFrame({
    "hc_id": ["HC1", "HC2"], "hc_name": ["Örby vc", "Västra vc"], "area_code": ["1001", "1002-A"],
    "ownership": ["public", "private"], "opened_on": [None, None], "closed_on": [None, None],
    "mobile_doctor_start": [date(2020, 1, 1), None], "mobile_doctor_end": [None, None],
}, schema_overrides={"opened_on": pl.Date, "closed_on": pl.Date, "mobile_doctor_end": pl.Date})
TEAMS = pl.DataFrame({"team_id": ["T1", "T2"], "team_name": ["Team Öst", "Team Norr"], "hospital": ["Sjukhuset"] * 2,
                      "unit_codes": [["1002-A", "1002-B", "1003"], ["1001"]]})
MONTHS = [add_months(date(2024, 1, 1), n) for n in range(24)]
CHOICES = build_choices(AREAS, UNITS, CENTRES, TEAMS, MONTHS)


def test_areas_in_tree_order_with_swedish_names_last():
    assert list(CHOICES.areas) == ["R", "S1", "1002", "1002-A", "1002-B", "1003", "1001"]


def test_default_is_the_region_and_the_last_twelve_months():
    default = default_selection(CHOICES)
    assert (default.area_code, default.first, default.last, default.lang) == ("R", date(2025, 1, 1),
                                                                              date(2025, 12, 1), "sv")


def test_a_good_link_round_trips():
    params = {"area": "1002-A", "from": "2024-03", "to": "2025-02", "compare": "parent", "lang": "en", "hc": "HC2",
              "team": "T1"}
    selection, notices = from_params(params, CHOICES)
    assert notices == []
    assert selection == Selection("en", "1002-A", date(2024, 3, 1), date(2025, 2, 1), "parent", "HC2", "T1")
    assert selection.to_params() == params


@pytest.mark.parametrize(
    "params, field, expected, notice",
    [
        ({"area": "9999"}, "area_code", "R", "notice.bad_value"),
        ({"from": "2024-13"}, "first", date(2025, 1, 1), "notice.bad_value"),
        ({"to": "2025-1"}, "last", date(2025, 12, 1), "notice.bad_value"),
        ({"from": "2025-06", "to": "2025-01"}, "first", date(2025, 1, 1), "notice.period_reversed"),
        ({"compare": "elsewhere"}, "compare", "region", "notice.bad_value"),
        ({"lang": "de"}, "lang", "sv", "notice.bad_value"),
        ({"hc": "HC9"}, "hc_id", None, "notice.bad_value"),
        ({"area": "1001", "hc": "HC2"}, "hc_id", None, "notice.hc_outside_area"),
        ({"team": "<script>"}, "team_id", None, "notice.bad_value"),
        ({"area": "1002-A", "team": "T2"}, "team_id", None, "notice.team_outside_area"),  # T2 serves 1001 only
        ({"area": "1002", "team": "T1"}, "team_id", "T1", None),  # Storstad's Västra is T1's
        ({"foo": "1"}, "area_code", "R", "notice.unknown_param"),
    ],
)
def test_a_bad_part_is_dropped_with_a_notice(params, field, expected, notice):
    selection, notices = from_params(params, CHOICES)
    assert getattr(selection, field) == expected
    assert [n.key for n in notices] == ([notice] if notice else [])


def test_the_teams_serving_an_area_by_swedish_name():
    assert CHOICES.teams == {"T2": "Team Norr", "T1": "Team Öst"}
    assert CHOICES.teams_serving("R") == ["T2", "T1"]
    assert CHOICES.teams_serving("1002") == ["T1"]
    assert CHOICES.teams_serving("1001") == ["T2"]


@pytest.mark.parametrize(
    "area, compare, hc, expected",
    [
        ("1002-A", "region", None, "R"),
        ("1002-A", "parent", None, "1002"),
        ("1002-A", "none", None, None),
        ("1002-A", "1003", None, "1003"),
        ("R", "region", None, None),  # the region against itself: nothing to show
        ("R", "parent", None, None),
        ("1001", "1001", "HC1", "1001"),  # a centre against its own area
        # a centre's parent is the area it lies in, not the parent of the area chosen to find it
        ("1002", "parent", "HC2", "1002-A"),
        ("1002-A", "parent", "HC2", "1002-A"),
    ],
)
def test_comparison_area(area, compare, hc, expected):
    selection = Selection("sv", area, MONTHS[0], MONTHS[-1], compare, hc)
    assert comparison_area(selection, CHOICES) == expected


def test_centres_in_an_area_roll_up():
    assert CHOICES.centres_in("1002") == ["HC2"] and CHOICES.centres_in("R") == ["HC2", "HC1"]


def test_a_link_with_only_an_end_month_means_the_twelve_months_to_it():
    selection, notices = from_params({"to": "2024-09"}, CHOICES)
    assert (selection.first, selection.last, notices) == (date(2024, 1, 1), date(2024, 9, 1), [])
    selection, _ = from_params({"to": "2025-06"}, CHOICES)
    assert (selection.first, selection.last) == (date(2024, 7, 1), date(2025, 6, 1))


def test_a_hostile_link_is_quoted_harmlessly():
    _, notices = from_params({"area": "[Logga in](https://evil.example)" + "x" * 80}, CHOICES)
    value = dict(notices[0].values)["value"]
    assert "\\[Logga in\\]\\(https" in value and len(value) < 80


@pytest.mark.parametrize("params, first, last, named", [
    ({"to": "2030-01"}, date(2025, 1, 1), date(2025, 12, 1), ("to", "2030-01", "2025-12")),  # twelve months to it
    ({"from": "2010-01"}, date(2024, 1, 1), date(2025, 12, 1), ("from", "2010-01", "2024-01")),
    ({"from": "2016-06", "to": "2024-03"}, date(2024, 1, 1), date(2024, 3, 1), ("from", "2016-06", "2024-01")),
    ({"from": "2023-12", "to": "2023-12"}, date(2024, 1, 1), date(2024, 1, 1), ("to", "2023-12", "2024-01")),
])
def test_a_month_outside_the_extract_is_moved_to_its_nearest_end_and_named(params, first, last, named):
    selection, notices = from_params(params, CHOICES)
    assert (selection.first, selection.last) == (first, last)
    assert notices[0].key == "notice.month_outside"
    assert dict(notices[0].values) == {"name": named[0], "value": named[1].replace("-", "\\-"),  # Markdown-safe
                                       "used": named[2],
                                       "first": "2024-01", "last": "2025-12"}


def test_a_figure_link_with_page_parameters_opens_without_notices():
    params = {"area": "1002-A", "from": "2024-03", "to": "2025-02", "compare": "parent", "lang": "en",
              "indicator": "fixed_contact_65", "sort": "centre.name"}
    _selection, notices = from_params(params, CHOICES, page_params=("indicator", "sort"))
    assert notices == []
    _selection, notices = from_params(params, CHOICES)
    assert [n.key for n in notices] == ["notice.unknown_param", "notice.unknown_param"]


def test_a_selection_under_a_new_extract_is_refitted_with_notices():
    # made under an extract with a 1004 and a team T9, for November 2025 to March 2026; the current one
    # runs January 2024 to December 2025 and has neither
    old = Selection("en", "1004", date(2025, 11, 1), date(2026, 3, 1), "1004", None, "T9")
    new, notices = refit(old, CHOICES)
    assert new == Selection("en", "R", date(2025, 11, 1), date(2025, 12, 1), "region", None, None)
    assert [(n.key, dict(n.values)) for n in notices] == [
        ("notice.extract_lacks", {"what": "1004"}),
        ("notice.extract_period", {"first": "2025-11", "last": "2025-12"}),
        ("notice.extract_lacks", {"what": "1004"}),
        ("notice.extract_lacks", {"what": "T9"}),
    ]


def test_a_period_wholly_outside_the_new_extract_becomes_the_default():
    old = Selection("sv", "1001", date(2026, 2, 1), date(2026, 3, 1), "region", "HC1", None)
    new, notices = refit(old, CHOICES)
    assert (new.first, new.last, new.hc_id) == (date(2025, 1, 1), date(2025, 12, 1), "HC1")
    assert [n.key for n in notices] == ["notice.extract_period"]


def test_a_selection_the_new_extract_holds_is_kept_without_notice():
    old = Selection("sv", "1002-A", date(2024, 1, 1), date(2025, 12, 1), "parent", "HC2", "T1")
    assert refit(old, CHOICES) == (old, [])
