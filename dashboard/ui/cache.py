"""The app's view of the current extract: one Database per extract version, cached figures.

The version is the archive folder that `data/extracts` points at, read on every rerun, so a new
ingest is picked up at the next interaction without a restart, and no cache outlives its extract.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import streamlit as st

from dashboard.data.database import Database
from dashboard.data.extract_files import read_manifest
from dashboard.data.validation import reference_date
from dashboard.figures import emergency, near_care, team_visits
from dashboard.figures.coverage import CENTRE_INDICATORS, MAP_INDICATORS
from dashboard.figures.selection import Choices
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.metrics import indicators
from dashboard.metrics.indicators import Scope
from dashboard.metrics.survival import Step
from dashboard.settings import current_extract

_log = logging.getLogger(__name__)


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
    """The version's views with its slow marts read from the files ingest stored beside it (a version
    an older release ingested gets them on this first open), so a restarted app opens it in well
    under a second instead of recomputing every indicator."""
    path = Path(version)
    try:
        manifest = read_manifest(path) or {}
        db = Database(path, reference_date(path), manifest.get("source"), cube=True)
    except UNREADABLE as exc:  # the files, not the code: the user can ingest another extract
        raise ExtractUnavailable("extract.unreadable", path=path, error=exc) from exc
    WARMING[version] = threading.Thread(target=_warm, args=(db,), name="nvk-warm-counts", daemon=True)
    WARMING[version].start()
    return db


#: Each extract's reading ahead (`_warm`) by version, for a test to wait for.
WARMING: dict[str, threading.Thread] = {}


def _warm(db: Database) -> None:
    """Every area's counts for the hiding of what the pages ask first, read while the first page is
    drawn (each read on its own cursor, `Database.query`). A failure here only means a figure reads
    them itself."""
    try:
        indicators.warm_area_counts(db, warmed())
    except Exception:
        _log.exception("reading every area's counts ahead failed; each figure reads them itself")


def warmed() -> list[list[str]]:
    """The sets of indicators whose hiding reads every area's counts (`indicators._area_counts`), as
    the pages ask for them, in the order they are read ahead: Täckning's first map, a centre table, a
    centre's monthly indicators (its tiles and trend), Teambesök's figures, a team's monthly
    indicators and Närsjukvårdsteam's yearly figures, Akutbesök's rates of every unit, the map's other
    indicators, and last an area's monthly indicators, which the first page after a start (the start
    page) reads itself anyway."""
    return [[MAP_INDICATORS[0]], list(CENTRE_INDICATORS), list(_monthly_ids(Scope(hc_id="any"), ())),
            *team_visits.read_ahead(), list(_monthly_ids(Scope(team_id="any"), ())), *near_care.read_ahead(),
            *emergency.read_ahead(),
            *([i] for i in MAP_INDICATORS[1:]), list(_monthly_ids(Scope(), ()))]


#: What reading a damaged or missing file raises. Anything else (an SQL binder error, a TypeError) is
#: a bug in the app, and the shell says so instead of blaming the extract.
UNREADABLE = (OSError, ValueError, duckdb.IOException, duckdb.InvalidInputException, pa.ArrowInvalid)


@st.cache_data(max_entries=4, show_spinner=False)
def choices(version: str) -> Choices:
    """Everything the sidebar offers, in the order a Swede expects to find it."""
    db = database(version)
    months = offered_months(db)
    if not months:
        raise ExtractUnavailable("extract.no_complete_month", path=version, date=db.reference_date.isoformat())
    return extract_choices(db, months)


class CachedSource:
    """The figure builders' source for one extract version, every answer kept in Streamlit's cache.

    The cache key holds the version and the whole question, so a new ingest is never served stale."""

    def __init__(self, version: str):
        self.version = version

    def monthly(self, scope, first, last, indicator_ids) -> pl.DataFrame:
        """Every monthly indicator of the scope is computed in one question and kept; a page's tiles,
        trend and control chart then take their rows from it, instead of one computation each."""
        whole = _monthly(self.version, scope, first, last, _monthly_ids(scope, indicator_ids))
        order = {indicator: n for n, indicator in enumerate(indicator_ids)}
        asked = whole.filter(pl.col("indicator").is_in(list(order)))
        return asked.sort(pl.col("indicator").replace_strict(order, return_dtype=pl.Int64), maintain_order=True)

    def period(self, scope, first, last, indicator_ids) -> pl.DataFrame:
        return _period(self.version, scope, first, last, tuple(indicator_ids))

    def areas(self, area_codes, first, last, indicator_ids, by_month=False) -> pl.DataFrame:
        return _areas(self.version, tuple(area_codes), first, last, tuple(indicator_ids), by_month)

    def centres(self, area_code, centre_ids, first, last, indicator_ids, by_month=False) -> pl.DataFrame:
        return _centres(self.version, area_code, tuple(centre_ids), first, last, tuple(indicator_ids), by_month)

    def enrolment_curve(self, scope, first, last) -> list[Step]:
        return _enrolment_curve(self.version, scope, first, last)

    def unit_teams(self, month) -> list[tuple[str, int | None, str | None]]:
        return _unit_teams(self.version, month)

    def listing_counts(self, area_code, month) -> pl.DataFrame:
        return _listing_counts(self.version, area_code, month)

    def population_65(self, area_code, month) -> int | None:
        return _population_65(self.version, area_code, month)


def _monthly_ids(scope, indicator_ids) -> tuple[str, ...]:
    """What a scope's monthly question computes: every indicator by month it applies to, the pages' own
    too, so that every page asks a scope the same question (computed once, and read ahead once); and
    those asked. The Kaplan–Meier median only when asked: it is a query of its own for every month,
    not one sum."""
    every = [i for i in indicators.applicable(scope, pages=True)
             if indicators.BY_ID[i].summed and indicators.BY_ID[i].grain == "month"]
    return tuple(every + [i for i in indicator_ids if i not in every])


def _source(version: str) -> Source:
    return Source(database(version))


@st.cache_data(max_entries=256, show_spinner=False)
def _monthly(version, scope, first, last, indicator_ids) -> pl.DataFrame:
    return _source(version).monthly(scope, first, last, indicator_ids)


@st.cache_data(max_entries=64, show_spinner=False)
def _period(version, scope, first, last, indicator_ids) -> pl.DataFrame:
    return _source(version).period(scope, first, last, indicator_ids)


@st.cache_data(max_entries=64, show_spinner=False)
def _areas(version, area_codes, first, last, indicator_ids, by_month) -> pl.DataFrame:
    return _source(version).areas(area_codes, first, last, indicator_ids, by_month)


@st.cache_data(max_entries=64, show_spinner=False)
def _centres(version, area_code, centre_ids, first, last, indicator_ids, by_month) -> pl.DataFrame:
    return _source(version).centres(area_code, centre_ids, first, last, indicator_ids, by_month)


@st.cache_data(max_entries=64, show_spinner=False)
def _enrolment_curve(version, scope, first, last) -> list[Step]:
    return _source(version).enrolment_curve(scope, first, last)


@st.cache_data(max_entries=16, show_spinner=False)
def _unit_teams(version, month) -> list[tuple[str, int | None, str | None]]:
    return _source(version).unit_teams(month)


@st.cache_data(max_entries=64, show_spinner=False)
def _listing_counts(version, area_code, month) -> pl.DataFrame:
    return _source(version).listing_counts(area_code, month)


@st.cache_data(max_entries=64, show_spinner=False)
def _population_65(version, area_code, month) -> int | None:
    return _source(version).population_65(area_code, month)
