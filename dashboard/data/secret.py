"""The secret that makes the cell key method's noise unguessable (dashboard/metrics/perturbation.py).

It belongs to the data, not to the code: created once, at random, in the data folder the first time
a figure is published, and never changed, so that every extract ingested there gives the same rows
the same noise (a new secret would hand out fresh noise to average away). Several instances serving
the same data share it through the folder, or through the setting NVK_CELL_KEY_SECRET.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
from pathlib import Path

from dashboard.data.extract_files import fsync_dir
from dashboard.data.ingest import ARCHIVE
from dashboard.settings import SettingError, data_dir

SECRET_FILE = "cell-key-secret"


def cell_key_secret(near: Path | None = None) -> int:
    """The secret as 64 bits: from the setting, else the file of the data folder that holds `near`
    (an extract or an archived version; the configured data folder without one), made if missing."""
    text = os.environ.get("NVK_CELL_KEY_SECRET") or _stored(data_dir() if near is None else data_folder_of(near))
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def data_folder_of(path: Path) -> Path:
    """The data folder whose secret publishes the extract at path: the nearest folder around it that
    holds a secret or an archive of ingested versions (`ingest`), else the configured data folder
    when path lies in it. An extract anywhere else has none: a new secret there would give its rows
    fresh noise, to average with the figures the app already publishes from the same rows."""
    path = Path(path).resolve()
    for folder in (path, *path.parents):
        if (folder / SECRET_FILE).is_file() or (folder / ARCHIVE).is_dir():
            return folder
    configured = data_dir().resolve()
    if path == configured or configured in path.parents:
        return configured
    raise SettingError("NVK_DATA_DIR", str(configured), "secret_elsewhere", extract=str(path))


def _stored(folder: Path) -> str:
    path = folder / SECRET_FILE
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    except OSError as exc:  # there, but not a file this process can read
        raise SettingError("NVK_DATA_DIR", str(folder), "secret_unreadable", path=str(path),
                           error=exc.strerror or str(exc)) from exc
    try:
        _create(path)
        return path.read_text().strip()
    except OSError as exc:
        raise SettingError("NVK_DATA_DIR", str(folder), "secret_unwritable", error=exc.strerror or str(exc)) from exc


def _create(path: Path) -> None:
    """Write a new secret where no one can read it half-written, and keep an existing one: two
    processes that start together both end up with whichever was linked first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret-")
    try:
        with os.fdopen(fd, "w") as file:
            file.write(secrets.token_hex(32) + "\n")
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return
        fsync_dir(path.parent)
    finally:
        os.unlink(temporary)
