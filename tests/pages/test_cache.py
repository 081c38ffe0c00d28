"""The app's cached source answers as the plain one does. It computes a scope's every monthly
indicator in one question and hands each caller its rows, so a page's tiles, trend and control chart
share one computation: a caller must still get exactly its indicators, in its order, with the same
figures and marks as if it had asked alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from polars.testing import assert_frame_equal

from dashboard.data import queries
from dashboard.figures import emergency, near_care, team_visits
from dashboard.figures.coverage import CENTRE_INDICATORS, MAP_INDICATORS
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from dashboard.metrics import indicators
from dashboard.metrics.indicators import ED_RATES, Scope
from dashboard.settings import current_extract
from dashboard.ui import cache


@pytest.mark.usefixtures("true_counts")  # the expectations are the true counts
def test_a_few_indicators_read_as_when_asked_alone(monkeypatch, hand_made):
    monkeypatch.setenv("NVK_DATA_DIR", str(hand_made))
    version = str(current_extract().resolve())
    cache._monthly.clear()
    asked = ("nsvt_enrolled", "coverage_offered_65")  # not in the order they are computed
    scope, first, last = Scope(area_code="1001"), date(2025, 8, 1), date(2025, 12, 1)
    cached = cache.CachedSource(version).monthly(scope, first, last, asked)
    plain = Source(cache.database(version)).monthly(scope, first, last, asked)
    assert cached["indicator"].unique(maintain_order=True).to_list() == list(asked)
    assert_frame_equal(cached, plain)
    # the hand-made figures (start_extract.py): Åby's enrolments 6 in November; December's 2 read "–"
    # inside the region's small total, so not "<5"
    enrolled = cached.filter(indicator="nsvt_enrolled")
    assert enrolled["numerator"].to_list()[-2:] == [6, None]
    assert enrolled["numerator_small"].to_list()[-2:] == [False, False]


@pytest.mark.usefixtures("true_counts")
def test_an_extract_opened_reads_ahead_the_counts_its_pages_hiding_reads(monkeypatch, hand_made):
    monkeypatch.setenv("NVK_DATA_DIR", str(hand_made))
    version = str(current_extract().resolve())
    for warming in cache.WARMING.values():  # an earlier test's reading ahead would count among these
        warming.join(timeout=60)
    cache.database.clear()
    cache._monthly.clear()
    indicators._area_counts.cache_clear()
    db = cache.database(version)
    cache.WARMING[version].join(timeout=60)
    read = indicators._area_counts.cache_info().misses
    # the map's four indicators, a centre table's, a centre's, a team's and an area's months (every page
    # asks an area the same), Teambesök's ranked shares (2), a gap's reading, table of groups and
    # waits, Närsjukvårdsteam's discharge reasons, referral sources, visits by staff and enrolment time,
    # and Akutbesök's six rates
    assert read == 23
    # Täckning's maps, a centre table and a centre's and an area's months then find them read
    source, month = cache.CachedSource(version), date(2025, 12, 1)
    for indicator in MAP_INDICATORS:
        source.areas(["1001"], month, month, (indicator,))
    centres = queries.health_centres(db)["hc_id"].to_list()
    source.centres("1001", tuple(centres), month, month, CENTRE_INDICATORS)
    source.monthly(Scope(hc_id=centres[0]), month, month, ("home_visits",))
    source.monthly(Scope(area_code="1001"), month, month, ("nsvt_median_days_km",))
    # and so do Teambesök's figures of an area, for either ranked share
    choices = extract_choices(db, offered_months(db))
    view = View(Selection("sv", "1001", date(2025, 1, 1), month, "region"), choices, db.reference_date, db.source,
                page="teambesok", page_name="teambesok")
    team_visits.visits_figure(view, source)
    team_visits.waits_figure(view, source)
    for ranked in team_visits.RANKED:
        team_visits.ranking_figure(view, source, ranked, "units")
    team_visits.group_figure(view, source, "units")
    # and Närsjukvårdsteam's of an area and its teams
    view = replace(view, page="narsjukvardsteam", page_name="narsjukvardsteam")
    near_care.census_figure(view, source)
    near_care.enrolment_time_figure(view, source)
    near_care.team_visit_figure(view, source)
    for what in near_care.OUTCOMES:
        near_care.outcome_figure(view, source, what)
    # and Akutbesök's units and centres, for each of its rates
    view = replace(view, page="akutbesok", page_name="akutbesok")
    for indicator_id in (*ED_RATES.values(), "ed_rate_listed", "readmission_share"):
        emergency.map_figure(view, source, indicator_id)
        emergency.ranking_figure(view, source, indicator_id)
    emergency.centre_figure(view, source)
    assert indicators._area_counts.cache_info().misses == read
