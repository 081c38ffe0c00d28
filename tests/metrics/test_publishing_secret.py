"""The secret that publishes a figure is its extract's data folder's (dashboard/data/secret.py), for figures
among groups (`indicators.compute_groups`) and counts published cell by cell (`indicators.publish_counts`)
alike: never the configured data folder's when the extract lies elsewhere.

Without the setting NVK_CELL_KEY_SECRET, the configured data folder (NVK_DATA_DIR) is `data` in the
test's folder, holding the secret "configured"; `other` is another data folder, holding "abc"; an
extract in `elsewhere` lies in no data folder, so it has no secret and is refused.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.data.secret import SECRET_FILE
from dashboard.metrics.indicators import compute_groups, listing_counts, publish_counts
from dashboard.metrics.periods import Period
from dashboard.settings import SettingError
from tests.builders import base_tables, build
from tests.sql.test_published_counts import JAN_2025, tables
from tests.sql.test_published_counts import cells as by_cell

MARCH = date(2025, 3, 1)


@pytest.fixture(autouse=True)
def data_folders(monkeypatch, tmp_path):
    monkeypatch.delenv("NVK_CELL_KEY_SECRET")
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)
    monkeypatch.setenv("NVK_DATA_DIR", str(tmp_path / "data"))
    for folder, secret in (("data", "configured"), ("other", "abc")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / SECRET_FILE).write_text(secret + "\n")


def cells() -> pl.DataFrame:
    # 200 cells of 12, each with its own key: published from 8 to 16 (12 ± MAX_NOISE)
    rows = [(f"c{k}", 12, 1000 + 7919 * k) for k in range(200)]
    return pl.DataFrame(rows, schema={"cell": pl.String, "count": pl.Int64, "key": pl.Int64}, orient="row")


def test_groups_refuse_an_extract_outside_every_data_folder(tmp_path):
    db = Database(build(tmp_path / "elsewhere", base_tables()), date(2025, 12, 31), "Testkälla")
    with pytest.raises(SettingError):
        compute_groups(db, "area", ["1001"], Period(MARCH, MARCH), ["home_visits"])
    # the true figures need no secret
    frame = compute_groups(db, "area", ["1001"], Period(MARCH, MARCH), ["home_visits"], suppressed=False)
    assert frame.select("numerator", "suppressed").row(0) == (0.0, False)


def test_counts_cell_by_cell_refuse_an_extract_outside_every_data_folder(tmp_path):
    with pytest.raises(SettingError):
        publish_counts(cells(), extract=tmp_path / "elsewhere")
    assert publish_counts(cells(), suppressed=False, extract=tmp_path / "elsewhere")["count"].to_list() == [12.0] * 200


def test_counts_cell_by_cell_take_their_extracts_folders_secret(tmp_path, monkeypatch):
    from_other = publish_counts(cells(), extract=tmp_path / "other" / "extracts")["count"].to_list()
    # the same as with the setting "abc", the other folder's secret; not the configured folder's
    monkeypatch.setenv("NVK_CELL_KEY_SECRET", "abc")
    assert publish_counts(cells())["count"].to_list() == from_other
    monkeypatch.setenv("NVK_CELL_KEY_SECRET", "configured")
    assert publish_counts(cells())["count"].to_list() != from_other
    assert all(8 <= c <= 16 for c in from_other)


def test_the_listing_panels_counts_take_their_extracts_folders_secret(tmp_path, monkeypatch):
    # Västra at January 2025's end (tests/sql/test_published_counts.py): 10 patients, 8 listed outside
    # the scheme, 5 of them without a doctor; each cell published with noise of the other folder's secret
    db = Database(build(tmp_path / "other" / "extracts", tables()), date(2025, 12, 31), "Testkälla")
    from_other = by_cell(listing_counts(db, "1002-A", JAN_2025))
    monkeypatch.setenv("NVK_CELL_KEY_SECRET", "abc")
    assert by_cell(listing_counts(db, "1002-A", JAN_2025)) == from_other
    # the configured folder's secret gives other noise (for these counts and keys, checked once)
    monkeypatch.setenv("NVK_CELL_KEY_SECRET", "configured")
    assert by_cell(listing_counts(db, "1002-A", JAN_2025)) != from_other


def test_an_areas_figures_take_their_extracts_folders_secret(tmp_path, monkeypatch):
    # the region's figures month by month in 2025 (tests/sql/test_published_counts.py), published with
    # noise of the other folder's secret
    from dashboard.metrics.indicators import Scope, compute
    db = Database(build(tmp_path / "other" / "extracts", tables()), date(2025, 12, 31), "Testkälla")

    def patients() -> list:
        frame = compute(db, Scope(area_code="R"), Period(JAN_2025, date(2025, 12, 1)), by_month=True)
        return frame["numerator"].to_list() + frame["denominator"].to_list()
    from_other = patients()
    monkeypatch.setenv("NVK_CELL_KEY_SECRET", "abc")
    assert patients() == from_other
    monkeypatch.setenv("NVK_CELL_KEY_SECRET", "configured")
    assert patients() != from_other
