"""Validation of an extract directory against the contract, before anything is published.

Files, manifest and schemas are checked with pyarrow (footers only); the row rules of
`validation_rules.py` run in a private in-memory DuckDB over the Parquet files, so a region's
millions of rows are never loaded into Python. Bad data never raises: it becomes errors.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from dashboard.data.contract import ACCEPTED_ARROW_TYPES, EVENT_TABLES, TABLES, TABLES_BY_NAME, Table
from dashboard.data.database import create_macros, view_files
from dashboard.data.extract_files import MANIFEST, table_path
from dashboard.data.validation_rules import Check, q, row_checks

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ORDER = {MANIFEST: -1} | {t.name: i for i, t in enumerate(TABLES)}
#: Views of `sql/` that row checks read, by the table they are built on: created from the same files
#: the app's Database runs, over the extract's own Parquet, so validation applies the marts' rule.
SQL_VIEWS = {"areas": (("staging", "stg_areas"), ("intermediate", "int_home_care_units"))}


@dataclass(frozen=True)
class ValidationError:
    table: str
    row: int | None  # 1-based row of the Parquet file; None for a finding about the file or table
    column: str | None
    value: str | None  # the offending value as text ("null" for a null); None when there is none
    rule: str

    def format(self) -> str:
        where = [self.table]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        if self.value is not None:
            where.append("value null" if self.value == "null" else f"value '{self.value}'")
        return f"{', '.join(where)}: {self.rule}"


@dataclass(frozen=True)
class ValidationReport:
    path: Path
    errors: list[ValidationError] = field(default_factory=list)  # the first max_errors, in order
    total: int = 0  # every error found, listed or not
    reference_date: date | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        return self.total == 0

    def format(self) -> str:
        if self.ok:
            when = self.reference_date.isoformat() if self.reference_date else "unknown"
            return f"Extract {self.path} is valid (reference date {when})."
        lines = [f"Extract {self.path} is invalid: {self.total} errors (first {len(self.errors)} shown)"]
        lines += [f"  {e.format()}" for e in self.errors]
        return "\n".join(lines)


def validate_extract(path: Path, max_errors: int = 100) -> ValidationReport:
    """Check every rule of the contract's Validation section; list at most max_errors errors."""
    path = Path(path)
    cap = max(max_errors, 0)
    manifest, errors = _read_manifest(path)
    usable: list[str] = []
    for spec in TABLES:
        problems = _file_errors(path, spec)
        errors += problems
        if not problems and table_path(path, spec.name).exists():
            usable.append(spec.name)
    with _connect(path) as con:
        usable = _register(con, path, usable, errors)
        _create_sql_views(con, usable, errors)
        bound = manifest.extracted_on
        reference = bound or _latest_event_date(con, usable)
        found, failing = _row_errors(con, row_checks(reference, bound), usable, cap)
    total = len(errors) + failing
    errors += found
    errors.sort(key=lambda e: (_ORDER.get(e.table, len(_ORDER)), e.row or 0))
    return ValidationReport(path, errors[:cap], total, reference, manifest.source)


def table_dates(path: Path) -> dict[str, date]:
    """The tables the manifest dates apart from the extract (`tables.<table>.extracted_on`): a source
    delivered on a day of its own, say emergency visits a month behind the rest. Call it on
    validated extracts."""
    return _read_manifest(Path(path))[0].tables


def reference_date(path: Path) -> date:
    """The manifest's extracted_on, else the latest date in the event tables.

    Raises ValueError when the manifest is malformed or no date can be found: call it on
    validated extracts.
    """
    path = Path(path)
    manifest, errors = _read_manifest(path)
    if errors:
        raise ValueError("; ".join(e.format() for e in errors))
    if manifest.extracted_on:
        return manifest.extracted_on
    with _connect() as con:
        readable = [
            t for t in EVENT_TABLES if table_path(path, t).exists() and not _file_errors(path, TABLES_BY_NAME[t])
        ]
        latest = _latest_event_date(con, _register(con, path, readable, []))
    if latest is None:
        raise ValueError(f"Extract {path} has no manifest date and no dates in its event tables.")
    return latest


# -- files and manifest ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Manifest:
    extracted_on: date | None = None
    source: str | None = None
    tables: dict[str, date] = field(default_factory=dict)


def _read_manifest(path: Path) -> tuple[_Manifest, list[ValidationError]]:
    """What manifest.json says (it is optional), and what is wrong with it."""
    file = path / MANIFEST
    if not file.exists():
        return _Manifest(), []

    def error(column: str | None, value: Any, rule: str) -> ValidationError:
        return ValidationError(MANIFEST, None, column, None if value is None else str(value), rule)

    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _Manifest(), [error(None, None, f"manifest.json must be readable JSON: {exc}")]
    if not isinstance(raw, dict):
        return _Manifest(), [error(None, None, "manifest.json must be a JSON object")]
    errors = []
    extracted_on, source, tables = raw.get("extracted_on"), raw.get("source"), raw.get("tables") or {}
    if extracted_on is not None and _iso_date(extracted_on) is None:
        errors.append(error("extracted_on", extracted_on, "extracted_on must be a date as YYYY-MM-DD"))
    if source is not None and not isinstance(source, str):
        errors.append(error("source", source, "source must be a string"))
    if not isinstance(tables, dict):
        errors.append(error("tables", None, "tables must be an object with one entry per table"))
        tables = {}
    for name, entry in tables.items():
        if not isinstance(entry, dict):
            errors.append(error(f"tables.{name}", None, f"tables.{name} must be an object"))
        elif entry.get("extracted_on") is not None and _iso_date(entry["extracted_on"]) is None:
            errors.append(error(f"tables.{name}.extracted_on", entry["extracted_on"],
                                "extracted_on must be a date as YYYY-MM-DD"))
    dates = {name: _iso_date(entry.get("extracted_on")) for name, entry in tables.items() if isinstance(entry, dict)}
    return _Manifest(_iso_date(extracted_on), source if isinstance(source, str) else None,
                     {name: day for name, day in dates.items() if day is not None}), errors


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _file_errors(path: Path, spec: Table) -> list[ValidationError]:
    """A missing or unreadable file, and missing or mistyped columns: reading only the footer."""
    file = table_path(path, spec.name)
    if not file.exists():
        missing = ValidationError(spec.name, None, None, None, f"required table is missing: no {file.name}")
        return [] if spec.optional else [missing]
    try:
        schema = pq.read_schema(file)
    except Exception as exc:  # pyarrow raises several kinds for a file that is not Parquet
        return [ValidationError(spec.name, None, None, None, f"{file.name} is not a readable Parquet file: {exc}")]
    errors = []
    for column in spec.columns:
        found = schema.get_all_field_indices(column.name)
        accepted = ACCEPTED_ARROW_TYPES[column.kind]
        names = " or ".join(str(t).removesuffix("[day]") for t in accepted)
        if not found:
            errors.append(ValidationError(spec.name, None, column.name, None, f"column {column.name} is missing"))
        elif len(found) > 1:
            errors.append(
                ValidationError(spec.name, None, column.name, None, f"column {column.name} appears more than once")
            )
        elif (found_type := schema.field(found[0]).type) not in accepted:
            why = " (codes are strings even when they look like numbers)" if column.kind == "string" else ""
            rule = f"column {column.name} must have Arrow type {names}, not {found_type}{why}"
            errors.append(ValidationError(spec.name, None, column.name, None, rule))
    return errors


# -- rows --------------------------------------------------------------------------------------


def _connect(extract_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    """A private in-memory database that prints no progress bar on the command line; with
    extract_dir, the staging views' relative file names resolve there, as in the app's Database."""
    config = {"file_search_path": str(Path(extract_dir).resolve())} if extract_dir is not None else {}
    con = duckdb.connect(config=config)
    con.execute("set enable_progress_bar = false")
    create_macros(con)
    return con


def _create_sql_views(con: duckdb.DuckDBPyConnection, usable: list[str], errors: list[ValidationError]) -> None:
    """The views of SQL_VIEWS whose table is usable (a check reading them needs that table too).

    They find the file by its name on the search path, which DuckDB splits at commas: a folder
    whose path holds one can't be read this way (nor opened by the app), which is reported."""
    for table, views in SQL_VIEWS.items():
        if table not in usable:
            continue
        try:
            for layer, name in views:
                con.execute(view_files(layer)[name].read_text())
        except duckdb.Error as exc:
            errors.append(ValidationError(table, None, None, None, f"{table}.parquet cannot be read: {exc}"))
            usable.remove(table)


def _register(
    con: duckdb.DuckDBPyConnection, path: Path, tables: list[str], errors: list[ValidationError]
) -> list[str]:
    """A view per table named as in the contract: its columns plus `_row`, read lazily from Parquet."""
    registered = []
    for name in tables:
        columns = ", ".join(q(c) for c in TABLES_BY_NAME[name].column_names)
        try:
            rel = con.read_parquet(str(table_path(path, name)), file_row_number=True)
            rel.project(f"file_row_number + 1 as _row, {columns}").create_view(name)
        except duckdb.Error as exc:
            errors.append(ValidationError(name, None, None, None, f"{name}.parquet cannot be read: {exc}"))
            continue
        registered.append(name)
    return registered


def _latest_event_date(con: duckdb.DuckDBPyConnection, usable: list[str]) -> date | None:
    latest = None
    for name in EVENT_TABLES:
        latest_dates = [f"max({q(c.name)})" for c in TABLES_BY_NAME[name].columns if c.kind == "date"]
        if name not in usable or not latest_dates:
            continue
        try:
            found = con.execute(f"select greatest({', '.join(latest_dates)}) from {q(name)}").fetchone()[0]
        except duckdb.Error:
            continue  # reported by the row checks
        if found is not None and (latest is None or found > latest):
            latest = found
    return latest


def _row_errors(
    con: duckdb.DuckDBPyConnection, checks: list[Check], usable: list[str], cap: int
) -> tuple[list[ValidationError], int]:
    """The first `cap` errors of each check over usable tables, and the number of all of them."""
    errors: list[ValidationError] = []
    total = 0
    for check in checks:
        if not set(check.tables) <= set(usable):
            continue  # a table it reads is missing or mistyped: that is reported already
        try:
            found, failing = _run(con, check, cap)
        except duckdb.Error as exc:  # a file whose footer reads but whose data does not
            unreadable = f"{check.table}.parquet cannot be read: {exc}"
            found, failing = [ValidationError(check.table, None, None, None, unreadable)], 1
            usable.remove(check.table)
        errors += found
        total += failing
    return errors, total


def _run(con: duckdb.DuckDBPyConnection, check: Check, cap: int) -> tuple[list[ValidationError], int]:
    """The first `cap` failing rows of a check, in row order, and how many fail in all."""
    failing = con.execute(f"select count(*) from ({check.sql})", dict(check.params)).fetchone()[0]
    if not failing:
        return [], 0
    first = f"select _row, value, detail from ({check.sql}) order by _row nulls first limit $cap"
    errors = [
        ValidationError(
            check.table, row, check.column, None if row is None and value is None else _text(value),
            check.rule if detail is None else f"{check.rule} ({_text(detail)})",
        )
        for row, value, detail in con.execute(first, {**check.params, "cap": cap}).fetchall()
    ]
    return errors, failing


def _text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
