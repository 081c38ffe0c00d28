"""Settings that a region may change, read from the environment with documented defaults.

Each is listed in docs/settings.md; a test checks that none is missing there.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = ROOT / "sql"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"Setting {name} must be a whole number, got {raw!r}.") from exc


def data_dir() -> Path:
    """Where extracts live: `extracts` (the current one) and `archive/` (every one ingested)."""
    return Path(os.environ.get("NVK_DATA_DIR") or ROOT / "data")


def current_extract() -> Path:
    return data_dir() / "extracts"


def suppression_threshold() -> int:
    """Counts from 1 to this number minus one are never shown (contract: default 5)."""
    return _int("NVK_SUPPRESS_MIN", 5)


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise SystemExit(f"Setting {name} must be a number, got {raw!r}.") from exc


def need_shares() -> tuple[float, float, float]:
    """Cumulative shares of the population 65+ that are most ill, also multi-failing, also frail (seed 001)."""
    return (_float("NVK_NEED_MOST_ILL", 0.05), _float("NVK_NEED_MULTI_FAILING", 0.15), _float("NVK_NEED_FRAIL", 0.25))


def patients_per_doctor() -> float:
    """Patients one home-care doctor can have (seed 001: about 250)."""
    return _float("NVK_PATIENTS_PER_DOCTOR", 250)
