"""Reading and writing extract directories: one Parquet file a table, and an optional manifest."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.data.contract import TABLES, arrow_schema

MANIFEST = "manifest.json"


def table_path(extract_dir: Path, table: str) -> Path:
    return Path(extract_dir) / f"{table}.parquet"


def write_table(extract_dir: Path, table: str, rows: Sequence[Mapping[str, Any]] | pa.Table) -> None:
    """Write one table in the contract's schema; rows may be dicts or a ready Arrow table."""
    data = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(list(rows), schema=arrow_schema(table))
    pq.write_table(data, table_path(extract_dir, table))


def write_extract(
    extract_dir: Path,
    tables: Mapping[str, Sequence[Mapping[str, Any]] | pa.Table],
    manifest: Mapping[str, Any] | None = None,
) -> Path:
    """Write every contract table (absent required ones empty, absent optional ones left out)."""
    extract_dir = Path(extract_dir)
    extract_dir.mkdir(parents=True, exist_ok=True)
    for spec in TABLES:
        if spec.name in tables:
            write_table(extract_dir, spec.name, tables[spec.name])
        elif not spec.optional:
            write_table(extract_dir, spec.name, [])
    if manifest is not None:
        (extract_dir / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return extract_dir


def read_manifest(extract_dir: Path) -> dict[str, Any] | None:
    """The manifest as written, or None when the extract has none (it is optional)."""
    path = Path(extract_dir) / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def fsync_tree(path: Path) -> None:
    """Flush every file and folder below path to disk, so a rename after it publishes whole files."""
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(dirpath))


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
