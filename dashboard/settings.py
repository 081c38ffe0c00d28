"""Settings that a region may change, read from the environment with documented defaults.

Each is listed in docs/settings.md; a test checks that none is missing there.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from dashboard.data.contract import NEED_SHARE

ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = ROOT / "sql"


class SettingError(ValueError):
    """A setting that can't be used. It names the setting, the value found and what the value must
    be (a catalogue key), so the app can say so in the user's language and the command line in English."""

    def __init__(self, name: str, value: object, rule: str, **rule_values: object):
        self.name, self.value, self.rule, self.rule_values = name, value, rule, rule_values
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        from dashboard.texts import t  # texts reads no setting; imported here to keep settings first to load

        return t("setting.error", lang, name=self.name, value=repr(self.value),
                 rule=t(f"setting.rule.{self.rule}", lang, **self.rule_values))


def _number(name: str, default, parse, rule: str):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = parse(raw)
    except ValueError:
        raise SettingError(name, raw, rule) from None
    if isinstance(value, float) and not math.isfinite(value):  # float() reads "nan" and "inf" too
        raise SettingError(name, raw, rule)
    return value


def data_dir() -> Path:
    """Where extracts live: `extracts` (the current one) and `archive/` (every one ingested)."""
    return Path(os.environ.get("NVK_DATA_DIR") or ROOT / "data")


def learning_store() -> str:
    """The learning loop's store as an SQLAlchemy URL: `NVK_LEARNING_DB` (a path or a URL), by default
    a SQLite file in the data folder, beside the extracts but never touched by an ingest."""
    setting = os.environ.get("NVK_LEARNING_DB") or str(data_dir() / "learning.sqlite")
    return setting if "://" in setting else f"sqlite:///{Path(setting).resolve()}"


def public_url() -> str | None:
    """The address readers reach the app at (`NVK_PUBLIC_URL`), for the link printed in an exported
    chart, a spreadsheet and the monthly report; unset, the app takes the address it was opened at,
    and a command the local one."""
    setting = os.environ.get("NVK_PUBLIC_URL", "").strip().rstrip("/")
    if setting and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", setting):
        raise SettingError("NVK_PUBLIC_URL", setting, "address")
    return setting or None


def current_extract() -> Path:
    return data_dir() / "extracts"


def suppression_threshold() -> int:
    """Counts from 1 to this number minus one are never shown (contract: default 5)."""
    threshold = _number("NVK_SUPPRESS_MIN", 5, int, "whole_number")
    if threshold < 1:
        raise SettingError("NVK_SUPPRESS_MIN", threshold, "at_least", minimum=1)
    return threshold


def need_shares() -> tuple[float, float, float]:
    """Cumulative shares of the population 65+ that are most ill, also multi-failing, also frail (seed 001)."""
    shares = tuple(_number(name, default, float, "share") for name, default in (
        ("NVK_NEED_MOST_ILL", 0.05), ("NVK_NEED_MULTI_FAILING", NEED_SHARE), ("NVK_NEED_FRAIL", 0.25)))
    if not 0 < shares[0] <= shares[1] <= shares[2] <= 1:
        raise SettingError("NVK_NEED_MOST_ILL, NVK_NEED_MULTI_FAILING, NVK_NEED_FRAIL", shares, "cumulative")
    return shares


def _above_zero(name: str, default: float) -> float:
    value = _number(name, default, float, "number")
    if value <= 0:
        raise SettingError(name, value, "above_zero")
    return value


def patients_per_doctor() -> float:
    """Patients one home-care doctor can have (seed 001: about 250)."""
    return _above_zero("NVK_PATIENTS_PER_DOCTOR", 250.0)


def team_capacity() -> float:
    """Patients a near-care team (a doctor and two nurses) can have enrolled at a time (seed 001: 20–25
    active; the upper end, so that a month above it is a team past what it was dimensioned for)."""
    return _above_zero("NVK_NSVT_CAPACITY", 25.0)


def inhabitants_per_team() -> float:
    """Inhabitants one near-care team is dimensioned for (seed 003: one team per 100 000)."""
    return _above_zero("NVK_INHABITANTS_PER_TEAM", 100_000.0)


def problems() -> list[SettingError]:
    """Every setting read once: what the app checks before it shows anything."""
    found = []
    for read in (suppression_threshold, need_shares, patients_per_doctor, team_capacity, inhabitants_per_team,
                 public_url):
        try:
            read()
        except SettingError as exc:
            found.append(exc)
    return found
