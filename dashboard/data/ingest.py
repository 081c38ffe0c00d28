"""Publishing a validated extract: copy, validate the copy, store its marts, then switch one symlink.

`data_dir/extracts` is a relative symlink to `archive/<version>`; every ingested extract stays
in the archive unchanged, with the marts the app reads computed from it (`marts/`, see cube.py),
so that no app process has to compute them. The only step readers can see is the atomic rename
of a new symlink over `extracts`, so an ingest that fails or is killed at any earlier point leaves
the current extract exactly as it was.
"""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dashboard import settings
from dashboard.data import cube
from dashboard.data.contract import TABLES
from dashboard.data.database import Database
from dashboard.data.extract_files import MANIFEST, fsync_dir, fsync_tree, table_path
from dashboard.data.validation import ValidationReport, validate_extract

#: the folder of a data folder that holds its ingested versions
ARCHIVE = "archive"

INCOMING_PREFIX = ".incoming-"
_STAMP = "%Y%m%dT%H%M%SZ"
_VERSION = re.compile(r"\d{8}T\d{6}Z-[0-9a-f]{8}")
_CHUNK = 1 << 20


class IngestError(Exception):
    """The extract cannot be ingested; the message says why and what to do."""


class ExtractRejected(IngestError):
    def __init__(self, report: ValidationReport):
        super().__init__(report.format())
        self.report = report


def ingest(src: Path, data_dir: Path | None = None) -> Path:
    """Validate a copy of the extract in src, store the marts the app reads beside it, and make it
    the current one, all in one atomic step; return its archive folder."""
    src = Path(src)
    data_dir = Path(data_dir) if data_dir is not None else settings.data_dir()
    if not src.is_dir():
        raise IngestError(f"{src} is not a directory: give the folder that holds the extract's Parquet files.")
    archive = data_dir / ARCHIVE
    archive.mkdir(parents=True, exist_ok=True)
    with _locked(data_dir):
        current = data_dir / "extracts"
        _refuse_real_directory(current)
        _clean_leftovers(data_dir)
        stamp = _next_stamp(archive)
        incoming = archive / f"{INCOMING_PREFIX}{stamp}"
        published: Path | None = None
        try:
            digest = _copy_extract(src, incoming)
            report = validate_extract(incoming)
            if not report.ok:
                raise ExtractRejected(dataclasses.replace(report, path=src))
            _store_marts(incoming, report)
            fsync_tree(incoming)
            published = archive / f"{stamp}-{digest}"
            os.rename(incoming, published)
            fsync_dir(archive)
            link = data_dir / ".extracts.tmp"
            os.symlink(f"archive/{published.name}", link)
            os.rename(link, current)
            fsync_dir(data_dir)
        except BaseException:
            _undo(incoming, published, data_dir)
            raise
    return published


def current_version(data_dir: Path | None = None) -> str | None:
    """The archive folder name `extracts` points at (a cache key), or None when it is no symlink."""
    current = (Path(data_dir) if data_dir is not None else settings.data_dir()) / "extracts"
    if not current.is_symlink():
        return None
    return Path(os.readlink(current)).name


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """One ingest at a time per data folder (the lock is released when the process ends)."""
    with open(data_dir / ".ingest.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _refuse_real_directory(current: Path) -> None:
    if current.exists() and not current.is_symlink():
        raise IngestError(
            f"{current} is not a link into the archive but a folder or file placed by hand; it was left alone. "
            f"Move it elsewhere and ingest it instead: python -m dashboard ingest <that folder>."
        )


def _clean_leftovers(data_dir: Path) -> None:
    """Remove what an interrupted ingest left behind; none of it was ever current."""
    for leftover in (data_dir / ARCHIVE).glob(f"{INCOMING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    (data_dir / ".extracts.tmp").unlink(missing_ok=True)


def _store_marts(incoming: Path, report: ValidationReport) -> None:
    """The marts as the app would compute them: same reference date and source as it will read.

    An extract with neither a manifest date nor any event date has no reference date; the app
    can't open it, so there is nothing to store for it."""
    if report.reference_date is None:
        return
    folder = cube.marts_folder(incoming)
    folder.mkdir(parents=True)
    db = Database(incoming, report.reference_date, report.source)
    try:
        db.write_marts(folder)
    finally:
        db.close()


def _copy_extract(src: Path, dest: Path) -> str:
    """Copy the contract's tables and the manifest (nothing else); a short hash of what was copied."""
    dest.mkdir()
    names = [table_path(src, t.name).name for t in TABLES] + [MANIFEST]
    digest = hashlib.sha256()
    for name in sorted(names):
        if not (src / name).exists():
            continue
        if not (src / name).is_file():
            raise IngestError(f"{src / name} is not a file: an extract holds one Parquet file per table.")
        with open(src / name, "rb") as reader, open(dest / name, "wb") as writer:
            digest.update(f"{name}\0{os.fstat(reader.fileno()).st_size}\0".encode())
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
        os.chmod(dest / name, 0o444)  # archived extracts are never changed
    return digest.hexdigest()[:8]


def _next_stamp(archive: Path) -> str:
    """The UTC time now, or a second after the latest version if that is not earlier.

    So versions sort in the order they were ingested and never share a timestamp, even two
    ingests within one second or after the clock was set back.
    """
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    stamps = [p.name[:16] for p in archive.iterdir() if _VERSION.fullmatch(p.name)]
    if stamps:
        now = max(now, datetime.strptime(max(stamps), _STAMP) + timedelta(seconds=1))
    return now.strftime(_STAMP)


def _undo(incoming: Path, published: Path | None, data_dir: Path) -> None:
    """Best-effort cleanup after a failure; the next ingest removes whatever remains."""
    shutil.rmtree(incoming, ignore_errors=True)
    (data_dir / ".extracts.tmp").unlink(missing_ok=True)
    if published is not None and published.exists() and current_version(data_dir) != published.name:
        shutil.rmtree(published, ignore_errors=True)
