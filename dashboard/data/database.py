"""The app's and the command line's own in-memory DuckDB over one extract version.

Each Database reads one extract folder through views (no database file, so the app and the command
line never lock each other out). The views are created layer by layer from `sql/`: staging reads the
Parquet files, intermediate joins and changes grain, marts are what the query module reads. The app
opens with `cube=True`: the slow marts then read the files ingest stored beside the extract
(`cube.py`), so a new process answers its first visitor without evaluating them.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import Mapping
from datetime import date
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from dashboard.data import cube as stored_marts
from dashboard.data.contract import TABLES, arrow_schema
from dashboard.data.extract_files import table_path, write_table
from dashboard.metrics.workdays import next_workday_table
from dashboard.settings import SQL_DIR

LAYERS = ("staging", "intermediate", "marts")
_VIEW_NAME = re.compile(r"\b((?:stg|int|mart|ref)_[a-z0-9_]+)\b")


def view_files(layer: str) -> dict[str, Path]:
    return {p.stem: p for p in sorted((SQL_DIR / layer).glob("*.sql"))}


def create_macros(con: duckdb.DuckDBPyConnection) -> None:
    """The macros every layer may call (sql/macros/), created before the views that use them."""
    for path in sorted((SQL_DIR / "macros").glob("*.sql")):
        con.execute(path.read_text())


def _creation_order(files: Mapping[str, Path]) -> list[str]:
    """Views of one layer in an order where each comes after the views it reads."""
    graph = {
        name: {ref for ref in _VIEW_NAME.findall(path.read_text()) if ref in files and ref != name}
        for name, path in files.items()
    }
    return list(TopologicalSorter(graph).static_order())


class Database:
    """Views over the extract in `extract_dir`, resolved once so that a later ingest can't mix versions."""

    def __init__(self, extract_dir: Path, reference_date: date, source: str | None, cube: bool = False):
        """With cube, the stored marts of an archived version (written on first open if missing)
        replace their views; without, every mart is evaluated from the extract when asked, which
        suits the command line's one question on any folder."""
        self.extract_dir = Path(extract_dir).resolve()
        self.reference_date = reference_date
        self.source = source
        search_path = [str(self.extract_dir)]
        empty_dir = _empty_optional_tables(self.extract_dir)
        if empty_dir is not None:
            search_path.append(str(empty_dir))
        self._con = duckdb.connect(
            config={
                "file_search_path": ",".join(search_path),
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
            }
        )
        self._con.execute(
            "create table ref_extract as select cast($reference_date as date) as reference_date, "
            "cast($source as varchar) as source",
            {"reference_date": reference_date, "source": source},
        )
        create_macros(self._con)
        self._create_layer("staging")
        self._create_workdays()
        self._create_layer("intermediate")
        self._create_layer("marts")
        if cube:
            stored_marts.use_stored(self._con, self.extract_dir)

    def write_marts(self, folder: Path) -> None:
        """Store the marts the app reads into folder (ingest does, inside its atomic step)."""
        stored_marts.write(self._con, Path(folder))

    def _create_layer(self, layer: str) -> None:
        files = view_files(layer)
        for name in _creation_order(files):
            self._con.execute(files[name].read_text())

    def _create_workdays(self) -> None:
        [(first, last)] = self._con.execute(
            "select min(requested_on), max(requested_on) from stg_home_visits"
        ).fetchall()
        table = next_workday_table(first or self.reference_date, last or self.reference_date)
        self._con.register("workdays_arrow", table)
        self._con.execute("create table ref_workdays as select * from workdays_arrow")
        self._con.unregister("workdays_arrow")

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> pl.DataFrame:
        """Run one read on its own cursor: a DuckDB connection is not safe to share between threads."""
        cursor = self._con.cursor()
        try:
            result = cursor.sql(sql, params=dict(params or {})).to_arrow_table()
        finally:
            cursor.close()
        return pl.from_arrow(result)

    def close(self) -> None:
        self._con.close()


def _empty_optional_tables(extract_dir: Path) -> Path | None:
    """A folder with an empty Parquet file for each optional table the extract lacks.

    DuckDB looks for a relative path in each folder of file_search_path in turn, so the staging view
    of an absent optional table reads this empty file and needs no second definition. The files
    depend only on the contract, so every Database and process shares one folder for the same
    tables and schemas, made once and never removed: a folder of its own for every Database was
    left behind by processes that end without finalizers (hundreds, by mutation testing's workers).
    """
    missing = [t for t in TABLES if t.optional and not table_path(extract_dir, t.name).exists()]
    if not missing:
        return None
    schemas = "\n".join(f"{t.name}: {arrow_schema(t.name)}" for t in missing)
    key = hashlib.sha256(schemas.encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"nvk-empty-{key}"
    if not folder.is_dir():
        staging = Path(tempfile.mkdtemp(prefix="nvk-empty-staging-"))
        for table in missing:
            write_table(staging, table.name, [])
        try:
            staging.rename(folder)  # whole, at once: a reader never sees it half written
        except OSError:  # another process made it first
            shutil.rmtree(staging, ignore_errors=True)
    return folder
