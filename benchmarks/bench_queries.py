"""How long the work behind each interaction takes on the demo extract, at a scale of your choice.

    .venv/bin/python -m benchmarks.bench_queries --scale 1
    .venv/bin/python -m benchmarks.bench_queries --scale 10 --extract /tmp/demo-10   # reuse one

Prints one line per step: the median of `--repeat` runs, in milliseconds. The extract is ingested
into a data folder of its own, as `scripts/run` does, and the app's steps run on the archived
version. The targets these are held to are in docs/performance.md; they are not asserted here
(timing belongs to measurement, not to unit tests).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dashboard.data import cube, queries
from dashboard.data.database import Database
from dashboard.data.demo import generate
from dashboard.data.ingest import ingest
from dashboard.data.validation import reference_date, validate_extract
from dashboard.figures import coverage
from dashboard.figures.overview import tile_ids
from dashboard.figures.selection import build_choices
from dashboard.metrics import indicators
from dashboard.metrics.indicators import Scope
from dashboard.metrics.periods import Period, latest_complete_month
from dashboard.settings import ROOT

#: What a restarted app does for its first visitor, in a process of its own (Streamlit loaded, as
#: in the app): open the version with its stored marts and read the sidebar's choices.
FIRST_VISITOR = """
import sys, time
from pathlib import Path
import streamlit
from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.data.extract_files import read_manifest
from dashboard.data.validation import reference_date
from dashboard.figures.selection import build_choices
path = Path(sys.argv[1])
start = time.perf_counter()
db = Database(path, reference_date(path), (read_manifest(path) or {}).get("source"), cube=True)
build_choices(queries.areas(db), queries.area_units(db), queries.health_centres(db), queries.nsvt_teams(db),
              queries.months(db)["month"].to_list())
print((time.perf_counter() - start) * 1000)
"""


def report(label: str, times: list[float]) -> None:
    print(f"{label:<66} {statistics.median(times):>9.0f} ms")


def timed(label: str, fn, repeat: int, before=None) -> object:
    times, result = [], None
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    report(label, times)
    return result


def open_as_app(version: Path) -> Database:
    """`dashboard.ui.cache.database` and `choices`: what the first visitor waits for."""
    db = Database(version, reference_date(version), None, cube=True)
    build_choices(queries.areas(db), queries.area_units(db), queries.health_centres(db), queries.nsvt_teams(db),
                  queries.months(db)["month"].to_list())
    return db


def first_visitor_after_restart(version: Path) -> float:
    run = subprocess.run([sys.executable, "-c", FIRST_VISITOR, str(version)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return float(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--extract", type=Path, help="an extract folder to use (built there if missing)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nvk-bench-"))
    extract = args.extract or work / "extract"
    if not (extract / "areas.parquet").exists():
        timed(f"generate the demo extract at scale {args.scale:g}", lambda: generate(extract, scale=args.scale), 1)
    print(f"extract: {extract}")
    timed("validate the extract (every contract rule)", lambda: validate_extract(extract), 1)
    version = timed("ingest: copy, validate, store the marts, publish",
                    lambda: ingest(extract, work / "data"), 1)
    timed("open as the command line does: create the views",
          lambda: Database(version, reference_date(version), None), args.repeat)
    timed("open as the app does a version ingested without stored marts (once)", lambda: open_as_app(version),
          args.repeat, before=lambda: shutil.rmtree(version / cube.MARTS_DIR))
    report("open as the app does after a restart (own process): stored marts, choices",
           [first_visitor_after_restart(version) for _ in range(args.repeat)])
    db = timed("open as the app does, another version in a running app", lambda: open_as_app(version), args.repeat)
    last = latest_complete_month(db.reference_date)
    year = Period.ending(last, 12)
    region = Scope(area_code="14")
    views = Database(version, reference_date(version), None)
    timed("indicator command (views): every indicator, region, one year",
          lambda: indicators.compute(views, region, year), args.repeat)
    timed("the same on the app's stored marts", lambda: indicators.compute(db, region, year), args.repeat)
    timed("start page: headline tiles by month, region", lambda: indicators.compute(
        db, region, year, list(tile_ids(region)), by_month=True), args.repeat)
    timed("start page: headline tiles by month, Angered", lambda: indicators.compute(
        db, Scope(area_code="1480-ANG"), year, list(tile_ids(region)), by_month=True), args.repeat)
    choices = build_choices(queries.areas(db), queries.area_units(db), queries.health_centres(db),
                            queries.nsvt_teams(db), queries.months(db)["month"].to_list())
    units = coverage.home_care_units(choices)
    timed(f"coverage page: map of {len(units)} units, one month", lambda: indicators.compute_groups(
        db, "area", units, Period(last, last), list(coverage.MAP_INDICATORS)), args.repeat)
    centres = choices.centres_in("14")
    timed("coverage page: table of every centre in the region, one year", lambda: indicators.compute_groups(
        db, "hc", centres, year, list(coverage.CENTRE_INDICATORS), within="14", suppressed=False), args.repeat)
    timed("coverage page: listing effect, region", lambda: queries.listing_effect(db, ["14"], last), args.repeat)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
