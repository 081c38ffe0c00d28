"""The app's view of the current extract: one Database per extract version, cached figures.

The version is the archive folder that `data/extracts` points at, read on every rerun, so a new
ingest is picked up at the next interaction without a restart, and no cache outlives its extract.
"""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import streamlit as st

from dashboard.metrics import indicators
from dashboard.data import queries
from dashboard.figures.coverage import CENTRE_INDICATORS
from dashboard.data.database import Database
from dashboard.data.extract_files import read_manifest
from dashboard.metrics.periods import Period, latest_complete_month
from dashboard.figures.selection import Choices, build_choices
from dashboard.settings import current_extract
from dashboard.data.validation import reference_date


class ExtractUnavailable(Exception):
    """No extract, or one that cannot be read; `key` and `values` name the catalogue text for the user."""

    def __init__(self, key: str, **values: object):
        super().__init__(key)
        self.key, self.values = key, values


def current_version() -> str:
    link = current_extract()
    if not link.exists():
        raise ExtractUnavailable("extract.missing", path=link)
    return os.path.realpath(link)


@st.cache_resource(max_entries=2, show_spinner=False)
def database(version: str) -> Database:
    path = Path(version)
    try:
        manifest = read_manifest(path) or {}
        return Database(path, reference_date(path), manifest.get("source"), cube=True)
    except Exception as exc:  # any failure to read the files is the same problem for the user
        raise ExtractUnavailable("extract.unreadable", path=path, error=exc) from exc


@st.cache_data(max_entries=256, show_spinner=False)
def monthly_figures(version: str, scope: indicators.Scope, first, last, indicator_ids: tuple[str, ...]) -> pl.DataFrame:
    """Suppressed by-month figures; the key holds the extract version and the whole selection."""
    return indicators.compute(database(version), scope, Period(first, last), list(indicator_ids), by_month=True)


@st.cache_data(max_entries=4, show_spinner=False)
def choices(version: str) -> Choices:
    """Everything the sidebar offers, in the order a Swede expects to find it."""
    db = database(version)
    last = latest_complete_month(db.reference_date)
    months = [m for m in queries.months(db)["month"].to_list() if m <= last]
    if not months:
        raise ExtractUnavailable("extract.no_complete_month", path=version, date=db.reference_date.isoformat())
    return build_choices(queries.areas(db), queries.area_units(db), queries.health_centres(db),
                         queries.nsvt_teams(db), months)


@st.cache_data(max_entries=64, show_spinner=False)
def area_figures(version: str, areas: tuple[str, ...], first, last, indicator_ids: tuple[str, ...]) -> pl.DataFrame:
    """Suppressed figures for many areas at once (for maps, rankings and funnels)."""
    return indicators.compute_groups(database(version), "area", list(areas), Period(first, last),
                                     list(indicator_ids))


@st.cache_data(max_entries=64, show_spinner=False)
def centre_figures(version: str, area_code: str, centres: tuple[str, ...], first, last) -> pl.DataFrame:
    """Unsuppressed figures of an area's centres: the centre table suppresses them cell by cell."""
    return indicators.compute_groups(database(version), "hc", list(centres), Period(first, last),
                                     list(CENTRE_INDICATORS), within=area_code, suppressed=False)


@st.cache_data(max_entries=64, show_spinner=False)
def listing_effect(version: str, area_code: str, month) -> pl.DataFrame:
    return queries.listing_effect(database(version), area_code, month)


@st.cache_data(max_entries=64, show_spinner=False)
def population_65(version: str, area_code: str, month) -> int | None:
    return queries.population_65(database(version), area_code, month)
