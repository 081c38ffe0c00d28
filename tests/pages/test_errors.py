"""What a user sees when something is wrong: a message naming it, in their language, never a traceback."""

from __future__ import annotations

import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.settings import ROOT
from dashboard.ui.cache import CachedSource

APP = str(ROOT / "app.py")


def run(monkeypatch, data_dir, **link) -> AppTest:
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(link)
    return app.run()


@pytest.mark.parametrize("name, value, words", [
    ("NVK_SUPPRESS_MIN", "fem", "ska vara ett heltal"),
    ("NVK_SUPPRESS_MIN", "0", "ska vara minst 1"),
    ("NVK_PATIENTS_PER_DOCTOR", "-3", "ska vara större än 0"),
    ("NVK_PATIENTS_PER_DOCTOR", "nan", "ska vara ett tal"),
    ("NVK_NEED_FRAIL", "0.01", "kumulativa"),
    ("NVK_NSVT_CAPACITY", "0", "ska vara större än 0"),
    ("NVK_INHABITANTS_PER_TEAM", "hundratusen", "ska vara ett tal"),
])
def test_a_bad_setting_is_named_with_its_value(monkeypatch, demo_data_dir, name, value, words):
    monkeypatch.setenv(name, value)
    app = run(monkeypatch, demo_data_dir)
    assert not app.exception
    [error] = app.error
    assert name in error.value and words in error.value
    assert value in error.value or str(float(value)) in error.value
    assert not app.metric  # nothing is drawn from a setting that can't be used


def test_a_bad_boundary_file_is_named_in_english_too(monkeypatch, demo_data_dir, tmp_path):
    bad = tmp_path / "gränser.geojson"
    bad.write_text('{"type": "Feature"}')
    monkeypatch.setenv("NVK_BOUNDARIES", str(bad))
    app = run(monkeypatch, demo_data_dir, lang="en")
    [error] = app.error
    assert "NVK_BOUNDARIES" in error.value and str(bad) in error.value
    assert "cannot be used as boundaries" in error.value and "FeatureCollection" in error.value


def test_a_programming_error_is_not_called_a_bad_extract(monkeypatch, demo_data_dir):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(CachedSource, "monthly", broken)
    app = run(monkeypatch, demo_data_dir)
    assert not app.exception
    [error] = app.error
    assert "inte i datauttaget" in error.value and "ZeroDivisionError" not in error.value
    assert "Traceback" not in error.value


def test_an_sql_error_while_opening_is_not_called_a_bad_extract(monkeypatch, demo_data_dir):
    import duckdb

    from dashboard.data import database

    def broken(*_args, **_kwargs):
        raise duckdb.BinderException('Binder Error: Referenced column "x" not found')

    monkeypatch.setattr(database.Database, "__init__", broken)
    st.cache_resource.clear()  # an earlier test's open Database would be served from the cache
    app = run(monkeypatch, demo_data_dir, area="14")
    [error] = app.error
    assert "inte i datauttaget" in error.value and "Binder" not in error.value


def test_a_damaged_archive_file_is_called_unreadable(monkeypatch, tmp_path, demo_extract):
    from dashboard.data.ingest import ingest

    version = ingest(demo_extract, tmp_path)
    damaged = version / "home_visits.parquet"
    damaged.chmod(0o644)
    damaged.write_bytes(b"not parquet")
    app = run(monkeypatch, tmp_path)
    [error] = app.error
    assert "kan inte läsas" in error.value and "Traceback" not in error.value


def test_a_data_folder_whose_key_cannot_be_read_is_named(monkeypatch, tmp_path, hand_made):
    """The key that perturbs the counts is read before the first figure: a folder in its place (or a
    file the app may not read) names the data folder and the key, not an error in the app."""
    monkeypatch.delenv("NVK_CELL_KEY_SECRET", raising=False)
    data = tmp_path / "data"
    shutil.copytree(hand_made, data, symlinks=True)
    (data / "cell-key-secret").unlink(missing_ok=True)
    (data / "cell-key-secret").mkdir()
    app = run(monkeypatch, data)
    assert not app.exception
    [error] = app.error
    assert "NVK_DATA_DIR" in error.value and str(data) in error.value
    assert "nyckeln som slumpjusterar antalen" in error.value and "inte i datauttaget" not in error.value
    assert not app.metric
