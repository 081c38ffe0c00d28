"""How much each page hides: the share of its number cells that read "–" or "<5" for the demo extract.

    .venv/bin/python -m benchmarks.hidden_share --extract /tmp/demo-1      # built there if missing

Every area the sidebar offers (and, for the start page, every health centre) is chosen in turn, with
the default period (the last twelve complete months) and comparison; for each, the page's Figures are
built as the page builds them (the start page with the trend of each of its tiles, the coverage page
for each of its indicators) and every number cell of their tables is counted, hidden or shown. The coverage map of
the whole region in the last month is counted apart, since it is what the issue that asked for this
measure named. The figures measured for the release are in docs/data-decisions.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from dashboard.data.database import Database
from dashboard.data.demo import generate
from dashboard.data.extract_files import read_manifest
from dashboard.data.ingest import ingest
from dashboard.data.validation import reference_date
from dashboard.figures import coverage, overview
from dashboard.figures.figure import Figure
from dashboard.figures.indicator_charts import trend_figure
from dashboard.figures.selection import Selection, default_selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View

NOT_NUMBERS = {"text", "month", "date"}


def counted(figures: list[Figure]) -> Counter:
    """Number cells shown and hidden in the figures' tables (empty cells, such as a month without
    data, are neither)."""
    cells = Counter()
    for figure in figures:
        table = figure.table
        for column in table.columns:
            if table.kinds[column] in NOT_NUMBERS:
                continue
            for row, value in enumerate(table.frame[column]):
                if table.is_hidden(column, row):
                    cells["hidden"] += 1
                elif value is not None:
                    cells["shown"] += 1
    return cells


def start_page(view: View, source: Source) -> list[Figure]:
    """The tiles and each tile's trend (its control chart holds the trend's numbers again)."""
    figures = overview.tile_figures(view, source)
    for indicator in overview.tile_ids(view.scope):
        figures.append(trend_figure(view, source, indicator, "trend"))
    return figures


def coverage_page(view: View, source: Source) -> list[Figure]:
    figures = [coverage.centre_figure(view, source), coverage.need_figure(view, source),
               coverage.listing_figure(view, source)]
    for indicator in coverage.MAP_INDICATORS:
        figures += [coverage.map_figure(view, source, indicator), coverage.ranking_figure(view, source, indicator),
                    coverage.funnel_figure(view, source, indicator), coverage.spread_figure(view, source, indicator),
                    trend_figure(view, source, indicator, "trend")]
    return figures


#: Each page with what it is measured for: the start page for every area and centre, the coverage page
#: (whose map, ranking and spread show the whole region whatever is chosen) for every area.
def share(label: str, cells: Counter) -> None:
    total = cells["hidden"] + cells["shown"]
    print(f"{label:<12} {cells['hidden']:>7} of {total:>7} number cells hidden: {cells['hidden'] / total:6.2%}")


PAGES = {"start page": (start_page, True), "coverage": (coverage_page, False)}


def open_version(args: argparse.Namespace) -> Path:
    """The extract ingested into a data folder of its own, as `scripts/run` does."""
    extract = args.extract or Path(tempfile.mkdtemp(prefix="nvk-hidden-")) / "extract"
    if not (extract / "areas.parquet").exists():
        generate(extract, scale=1.0)
    return ingest(extract, Path(tempfile.mkdtemp(prefix="nvk-hidden-data-")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", type=Path, help="a demo extract folder (generated there if missing)")
    args = parser.parse_args()
    version = open_version(args)
    db = Database(version, reference_date(version), (read_manifest(version) or {}).get("source"), cube=True)
    choices = extract_choices(db, offered_months(db))
    source = Source(db)
    base = default_selection(choices)
    selections = [Selection("sv", code, base.first, base.last, "region" if code != choices.region else "none")
                  for code in choices.areas]
    selections += [Selection("sv", choices.centres[hc].area_code, base.first, base.last, "region", hc_id=hc)
                   for hc in choices.centres]
    print(f"version: {version}")
    print(f"{len(choices.areas)} areas and {len(choices.centres)} centres, "
          f"{base.first:%Y-%m} to {base.last:%Y-%m}")
    for name, (build, with_centres) in PAGES.items():
        chosen = selections if with_centres else [s for s in selections if s.hc_id is None]
        by_kind, start = {"areas": Counter(), "centres": Counter()}, time.perf_counter()
        for n, selection in enumerate(chosen, 1):
            view = View(selection, choices, db.reference_date, db.source)
            by_kind["centres" if selection.hc_id else "areas"] += counted(build(view, source))
            print(f"\r{name}: {n}/{len(chosen)} in {time.perf_counter() - start:.0f} s", end="", file=sys.stderr)
        print(file=sys.stderr)
        share(name, by_kind["areas"] + by_kind["centres"])
        if with_centres:
            for kind, cells in by_kind.items():
                share(f"  {kind}", cells)
    region = View(base, choices, db.reference_date, db.source)
    for indicator in coverage.MAP_INDICATORS:
        table = coverage.map_figure(region, source, indicator).table
        column = next(c for c in table.columns if table.kinds[c] not in NOT_NUMBERS)
        hidden = [table.frame[table.columns[0]][row] for row in range(table.height) if table.is_hidden(column, row)]
        print(f"region map, {indicator}, {base.last:%Y-%m}: {len(hidden)} of {table.height} units hidden"
              + (f" ({', '.join(hidden)})" if hidden else ""))


if __name__ == "__main__":
    main()
