"""How long the work behind each interaction takes on the demo extract, at a scale of your choice.

    .venv/bin/python -m benchmarks.bench_queries --scale 1
    .venv/bin/python -m benchmarks.bench_queries --scale 10 --extract /tmp/demo-10   # reuse one

Prints one line per step: the median of `--repeat` runs, in milliseconds. The targets these are
held to are in docs/performance.md; they are not asserted here (timing belongs to measurement,
not to unit tests).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from dashboard.figures import coverage
from dashboard.metrics import indicators
from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.data.demo import generate
from dashboard.metrics.indicators import Scope
from dashboard.figures.overview import tile_ids
from dashboard.metrics.periods import Period, latest_complete_month
from dashboard.figures.selection import build_choices
from dashboard.data.validation import reference_date, validate_extract


def timed(label: str, fn, repeat: int) -> object:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<58} {statistics.median(times):>9.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--extract", type=Path, help="an extract folder to use (built there if missing)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    extract = args.extract or Path(tempfile.mkdtemp(prefix="nvk-bench-")) / "extract"
    if not (extract / "areas.parquet").exists():
        timed(f"generate the demo extract at scale {args.scale:g}", lambda: generate(extract, scale=args.scale), 1)
    print(f"extract: {extract}")
    timed("validate the extract (every contract rule)", lambda: validate_extract(extract), 1)
    timed("open as the command line does: create the views", lambda: Database(extract, reference_date(extract), None), 1)
    db = timed("open as the app does: views and the monthly cube",
               lambda: Database(extract, reference_date(extract), None, cube=True), 1)
    last = latest_complete_month(db.reference_date)
    year = Period.ending(last, 12)
    region = Scope(area_code="14")
    views = Database(extract, reference_date(extract), None)
    timed("indicator command (views): every indicator, region, one year",
          lambda: indicators.compute(views, region, year), args.repeat)
    timed("same on the app's cube", lambda: indicators.compute(db, region, year), args.repeat)
    timed("start page: headline tiles by month, region", lambda: indicators.compute(
        db, region, year, list(tile_ids(region)), by_month=True), args.repeat)
    timed("start page: headline tiles by month, Angered", lambda: indicators.compute(
        db, Scope(area_code="1480-ANG"), year, list(tile_ids(region)), by_month=True), args.repeat)
    choices = build_choices(queries.areas(db), queries.area_units(db), queries.health_centres(db),
                            queries.nsvt_teams(db), queries.months(db)["month"].to_list())
    units = coverage.home_care_units(choices)
    timed("coverage page: map of 58 units, one month", lambda: indicators.compute_groups(
        db, "area", units, Period(last, last), list(coverage.MAP_INDICATORS)), args.repeat)
    centres = choices.centres_in("14")
    timed("coverage page: table of every centre in the region, one year", lambda: indicators.compute_groups(
        db, "hc", centres, year, list(coverage.CENTRE_INDICATORS), within="14", suppressed=False), args.repeat)
    timed("coverage page: listing effect, region", lambda: queries.listing_effect(db, "14", last), args.repeat)


if __name__ == "__main__":
    main()
