"""The app's cached source answers as the plain one does. It computes a scope's every monthly
indicator in one question and hands each caller its rows, so a page's tiles, trend and control chart
share one computation: a caller must still get exactly its indicators, in its order, with the same
figures and marks as if it had asked alone."""

from __future__ import annotations

from datetime import date

import pytest
from polars.testing import assert_frame_equal

from dashboard.figures.source import Source
from dashboard.metrics import indicators
from dashboard.metrics.indicators import Scope
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
def test_an_extract_opened_reads_the_first_maps_counts_ahead(monkeypatch, hand_made):
    monkeypatch.setenv("NVK_DATA_DIR", str(hand_made))
    version = str(current_extract().resolve())
    cache.database.clear()
    indicators._area_counts.cache_clear()
    db = cache.database(version)
    cache.WARMING[version].join(timeout=60)
    assert indicators._area_counts.cache_info().currsize == 1
    # Täckning's first map then finds them read: no second reading
    Source(db).areas(["1001"], date(2025, 12, 1), date(2025, 12, 1), ("coverage_offered_65",))
    assert indicators._area_counts.cache_info().misses == 1
