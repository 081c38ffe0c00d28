"""Settings that a region may change, read from the environment with documented defaults.

Each is listed in docs/settings.md; a test checks that none is missing there.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = ROOT / "sql"


class SettingError(ValueError):
    """A setting in the environment that can't be used; the message names it and what it must be."""


def _number(name: str, default, parse, what: str):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return parse(raw)
    except ValueError:
        raise SettingError(f"Setting {name} must be {what}, got {raw!r}.") from None


def data_dir() -> Path:
    """Where extracts live: `extracts` (the current one) and `archive/` (every one ingested)."""
    return Path(os.environ.get("NVK_DATA_DIR") or ROOT / "data")


def current_extract() -> Path:
    return data_dir() / "extracts"


def suppression_threshold() -> int:
    """Counts from 1 to this number minus one are never shown (contract: default 5)."""
    threshold = _number("NVK_SUPPRESS_MIN", 5, int, "a whole number")
    if threshold < 1:
        raise SettingError(f"Setting NVK_SUPPRESS_MIN must be at least 1, got {threshold}.")
    return threshold


def need_shares() -> tuple[float, float, float]:
    """Cumulative shares of the population 65+ that are most ill, also multi-failing, also frail (seed 001)."""
    shares = tuple(_number(name, default, float, "a number between 0 and 1") for name, default in (
        ("NVK_NEED_MOST_ILL", 0.05), ("NVK_NEED_MULTI_FAILING", 0.15), ("NVK_NEED_FRAIL", 0.25)))
    if not 0 < shares[0] <= shares[1] <= shares[2] <= 1:
        raise SettingError(f"Settings NVK_NEED_MOST_ILL ≤ NVK_NEED_MULTI_FAILING ≤ NVK_NEED_FRAIL must rise "
                           f"within 0–1 (they are cumulative), got {shares}.")
    return shares


def patients_per_doctor() -> float:
    """Patients one home-care doctor can have (seed 001: about 250)."""
    per_doctor = _number("NVK_PATIENTS_PER_DOCTOR", 250.0, float, "a number")
    if per_doctor <= 0:
        raise SettingError(f"Setting NVK_PATIENTS_PER_DOCTOR must be above 0, got {per_doctor}.")
    return per_doctor
