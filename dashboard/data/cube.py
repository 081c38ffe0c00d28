"""The app's marts, computed once per extract version and stored beside it as Parquet.

Evaluating the indicator marts from an extract's rows takes seconds (about ten at ten times a
region's volume), and an app that computed them when its first visitor arrives would pay that in
every process after every restart. The marts depend only on the extract, its reference date and
the code that computes them, so ingest computes them once, inside its atomic step, into
`archive/<version>/marts/<code>/`; the app's Database then replaces the mart views by views over
those files, under the same names, so the query module does not know the difference.

`<code>` is a fingerprint of what computes the marts (the SQL of every layer and the workday
calendar). A release that computes them differently finds no folder for its code and computes its
own, once, as it does for a version ingested before marts were stored: on first open, built in a
private folder and renamed into place under a lock, so two processes opening the version together
build it once and a reader never sees half a folder. A version folder that can't be written to is
served from marts computed into the process's memory instead.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import duckdb
import holidays

from dashboard.data.extract_files import fsync_dir, fsync_tree
from dashboard.metrics import workdays
from dashboard.settings import SQL_DIR

#: The marts worth storing. Each indicator mart and the listing effect take seconds to evaluate at ten
#: times a region's volume (`mart_indicator_monthly` is their union and reads them by name). Every
#: area's and centre's sums of them (`mart_indicator_area_monthly`, `mart_indicator_hc_monthly`) are
#: a few rows each, where a question of one area read all its units' rows. An area's units, the
#: population and the months take milliseconds, but nearly every question reads one of them, several
#: a page run (docs/performance.md). The near-care episodes are read by every enrolment-time question,
#: a few a figure, and each evaluated them from all the visits (20 ms a question at ten times a region's
#: volume). The others are small and read once.
STORED_MARTS = (
    "mart_indicators_home_care",
    "mart_indicators_home_visits",
    "mart_indicators_nsvt",
    "mart_indicators_ed",
    "mart_listing_monthly",
    "mart_nsvt_episodes",
    "mart_indicator_area_monthly",
    "mart_indicator_hc_monthly",
    "mart_area_units",
    "mart_population_monthly",
    "mart_months",
)
MARTS_DIR = "marts"
_BUILDING = ".building"  # one builder at a time holds the lock, so one name does


@cache
def fingerprint() -> str:
    """A short hash of everything that decides the marts' rows besides the extract itself: the
    views of every layer (not the questions of sql/queries, which read the marts), the calendar,
    and which marts are stored."""
    digest = hashlib.sha256()
    for path in sorted(p for p in SQL_DIR.glob("*/*.sql") if p.parent.name != "queries"):
        digest.update(f"{path.relative_to(SQL_DIR)}\0".encode() + path.read_bytes() + b"\0")
    digest.update(Path(workdays.__file__).read_bytes() + holidays.__version__.encode())
    digest.update(" ".join(STORED_MARTS).encode())  # a folder holds the files of the marts named here
    return digest.hexdigest()[:16]


def marts_folder(version_dir: Path) -> Path:
    return Path(version_dir) / MARTS_DIR / fingerprint()


def write(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Each stored mart as one read-only Parquet file in folder, evaluated from con's views."""
    for name in STORED_MARTS:
        _write_mart(con, name, folder / f"{name}.parquet")


def _write_mart(con: duckdb.DuckDBPyConnection, name: str, path: Path) -> None:
    # sorted, so a question about some indicators and months skips the other row groups
    con.sql(f"select * from {name} order by all").write_parquet(str(path))
    os.chmod(path, 0o444)  # like the extract it was computed from, never changed


def use_stored(con: duckdb.DuckDBPyConnection, version_dir: Path) -> None:
    """Make con's stored marts read their files, writing them first if the version has none yet."""
    folder = marts_folder(version_dir)
    if not folder.is_dir():
        try:
            _publish(con, folder)
        except (OSError, duckdb.IOException):  # read-only, or full: serve this process from memory
            _materialise(con)
            return
    for name in STORED_MARTS:
        # relative to the version folder, which is on the connection's file_search_path
        relative = f"{MARTS_DIR}/{folder.name}/{name}.parquet"
        con.execute(f"create or replace view {name} as select * from read_parquet('{relative}')")


def _publish(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Write the marts into a private folder and rename it into place; the lock makes a second
    process wait and then find the folder, and lets the holder remove what a killed one left."""
    parent = folder.parent
    parent.mkdir(exist_ok=True)
    with _locked(parent / ".lock"):
        if folder.is_dir():
            return
        building = parent / _BUILDING
        shutil.rmtree(building, ignore_errors=True)  # what a killed process left
        building.mkdir()
        try:
            write(con, building)
            fsync_tree(building)
            os.rename(building, folder)
            fsync_dir(parent)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _materialise(con: duckdb.DuckDBPyConnection) -> None:
    """The stored marts as tables of this process's own database, for a version it can't write to."""
    for name in STORED_MARTS:
        con.execute(f"create table memory_{name} as select * from {name} order by all")
        con.execute(f"create or replace view {name} as select * from memory_{name}")
