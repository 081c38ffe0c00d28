"""The start page's sections: only the tiles that can be made for what is chosen."""

from __future__ import annotations

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
