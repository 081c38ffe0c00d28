"""The marts stored beside an archived extract say what the views say, and every version opens.

An ingest stores them; a version ingested before they were (or by code that computes them
differently) gets them on first open, once, even when two processes open it together; a version
folder that can't be written to is served from memory.
"""

from __future__ import annotations

import os
import shutil
import threading
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from dashboard.data import cube
from dashboard.data.database import Database
from dashboard.data.ingest import ingest
from dashboard.metrics.indicators import Scope, compute
from dashboard.metrics.periods import Period, parse_month
from tests.builders import build
from tests.sql.test_indicators import scenario

REFERENCE = date(2025, 12, 31)
SCOPES = (Scope(area_code="R"), Scope(area_code="1002"), Scope(hc_id="HC1"), Scope(team_id="T1"))
YEAR = Period(parse_month("2025-01"), parse_month("2025-12"))


@pytest.fixture
def version(tmp_path) -> Path:
    """The hand-made extract, ingested: an archived version with its marts stored."""
    return ingest(build(tmp_path / "src", scenario()), tmp_path / "data")


@pytest.fixture
def old_version(version) -> Path:
    """An archived version as a release that stored no marts left it."""
    shutil.rmtree(version / cube.MARTS_DIR)
    return version


def rows(db: Database, mart: str) -> pl.DataFrame:
    frame = db.query(f"select * from {mart}")
    return frame.sort(frame.columns, nulls_last=True)


def assert_same_as_views(version: Path, db: Database) -> None:
    views = Database(version, REFERENCE, "Testkälla")
    for mart in (*cube.STORED_MARTS, "mart_indicator_monthly"):
        assert rows(db, mart).equals(rows(views, mart)), mart


def stored_files(version: Path) -> list[str]:
    return sorted(p.name for p in cube.marts_folder(version).iterdir())


def test_ingest_stores_the_marts_and_the_app_reads_them(version):
    assert stored_files(version) == sorted(f"{mart}.parquet" for mart in cube.STORED_MARTS)
    db = Database(version, REFERENCE, "Testkälla", cube=True)
    read = db.query("select view_name, sql from duckdb_views() where view_name like 'mart_%'").rows()
    assert {name for name, sql in read if f"{cube.MARTS_DIR}/{cube.fingerprint()}/" in sql} == set(cube.STORED_MARTS)
    assert_same_as_views(version, db)
    views = Database(version, REFERENCE, "Testkälla")
    for scope in SCOPES:
        assert compute(db, scope, YEAR, by_month=True, suppressed=False).equals(
            compute(views, scope, YEAR, by_month=True, suppressed=False)), scope


def test_an_old_version_gets_its_marts_on_first_open(old_version):
    db = Database(old_version, REFERENCE, "Testkälla", cube=True)
    assert stored_files(old_version) == sorted(f"{mart}.parquet" for mart in cube.STORED_MARTS)
    assert [p.name for p in (old_version / cube.MARTS_DIR).iterdir() if p.name != ".lock"] == [cube.fingerprint()]
    assert all(f.stat().st_mode & 0o222 == 0 for f in cube.marts_folder(old_version).iterdir())
    assert_same_as_views(old_version, db)


def test_two_opening_an_old_version_at_once_build_its_marts_once(old_version, monkeypatch):
    """Two threads take the lock through their own file handles, as two processes would."""
    written: list[str] = []
    real_write = cube._write_mart

    def counting(con, name, path):
        written.append(name)
        real_write(con, name, path)

    monkeypatch.setattr(cube, "_write_mart", counting)
    opened: list[Database] = []
    openers = [threading.Thread(target=lambda: opened.append(Database(old_version, REFERENCE, "Testkälla", cube=True)))
               for _ in range(2)]
    for opener in openers:
        opener.start()
    for opener in openers:
        opener.join(timeout=60)
    assert len(opened) == 2 and sorted(written) == sorted(cube.STORED_MARTS)
    assert [p.name for p in (old_version / cube.MARTS_DIR).iterdir() if p.name != ".lock"] == [cube.fingerprint()]
    for db in opened:
        assert_same_as_views(old_version, db)


def test_what_a_killed_first_open_left_is_removed_by_the_next(old_version):
    leftover = old_version / cube.MARTS_DIR / ".building"
    leftover.mkdir(parents=True)
    (leftover / "mart_indicators_ed.parquet").write_bytes(b"half a file")
    Database(old_version, REFERENCE, "Testkälla", cube=True)
    assert not leftover.exists() and stored_files(old_version)


def test_a_read_only_old_version_opens_from_memory(old_version, monkeypatch):
    os.chmod(old_version, 0o555)
    if os.geteuid() == 0:  # permission bits don't bind root: refuse as the file system would
        real_mkdir = os.mkdir

        def refusing(path, *args, **kwargs):
            if Path(path).resolve().is_relative_to(old_version.resolve()):
                raise PermissionError(13, "Permission denied", str(path))
            return real_mkdir(path, *args, **kwargs)

        monkeypatch.setattr(os, "mkdir", refusing)
    try:
        db = Database(old_version, REFERENCE, "Testkälla", cube=True)
        assert not (old_version / cube.MARTS_DIR).exists()
        assert_same_as_views(old_version, db)
    finally:
        os.chmod(old_version, 0o755)


def test_the_marts_code_is_part_of_the_folder_name(old_version):
    """Marts computed by other SQL are not read: this code computes its own beside them."""
    other = old_version / cube.MARTS_DIR / "0123456789abcdef"
    other.mkdir(parents=True)
    Database(old_version, REFERENCE, "Testkälla", cube=True)
    assert cube.fingerprint() != other.name and stored_files(old_version)


def test_stored_marts_hold_the_population_and_need_coverage_keeps_the_contract_share(version, monkeypatch):
    """need_coverage's denominator is 3 units × 2 000 inhabitants 65+ × the contract's 0.15, whatever
    the need panel's setting says."""
    db = Database(version, REFERENCE, "Testkälla", cube=True)
    march = Period(parse_month("2025-03"), parse_month("2025-03"))
    for share in ("0.15", "0.2"):
        monkeypatch.setenv("NVK_NEED_MULTI_FAILING", share)
        row = compute(db, Scope(area_code="R"), march, ["need_coverage"], suppressed=False).row(0, named=True)
        assert row["denominator"] == pytest.approx(900)
