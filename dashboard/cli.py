"""`python -m dashboard`: validate, ingest, demo-data, indicators (data-contract.md), minutes and report.

Every failure a user can cause (a bad code, month or extract) ends with one clear message on
stderr and exit status 2; nothing is written unless the whole step succeeds.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.formatting import spreadsheet_safe
from dashboard.metrics import indicators
from dashboard.metrics.periods import Period, latest_complete_month, month_label, parse_month
from dashboard.settings import SettingError

EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in what the user asked for; the message says what and how to put it right."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (UsageError, SettingError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader stopped early (`... | head`): not an error; keep Python from reporting one at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a folder or file the command had to write or read (the demo's, the secret's)
        print(f"error: {_reason(exc)}", file=sys.stderr)
        return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check an extract folder against the data contract")
    validate.add_argument("dir", type=Path)
    validate.add_argument("--max-errors", type=int, default=100, help="errors listed (all are counted)")
    validate.set_defaults(run=_validate)

    ingest = commands.add_parser("ingest", help="validate an extract and make it the current one")
    ingest.add_argument("src", type=Path)
    ingest.set_defaults(run=_ingest)

    demo = commands.add_parser("demo-data", help="write the synthetic Västra Götaland extract")
    demo.add_argument("--out", type=Path, required=True)
    demo.add_argument("--seed", type=int, default=2017)
    demo.add_argument("--scale", type=_positive_float, default=1.0, help="1 = one region's volume")
    demo.set_defaults(run=_demo)

    ind = commands.add_parser(
        "indicators", help="compute indicators for an area, centre or team",
        description="Published figures, as the app shows them: a count from 1 to 4, or one hidden to protect "
                    "other figures, is empty with suppressed=true; other counts of people carry small noise "
                    "(docs/data-decisions.md), so a numerator may exceed its denominator by a little, and a "
                    "share is then capped at 1. --no-suppress gives the true counts.")
    ind.add_argument("--data", type=Path, required=True, help="extract folder")
    ind.add_argument("--from", dest="first", required=True, metavar="YYYY-MM")
    ind.add_argument("--to", dest="last", required=True, metavar="YYYY-MM")
    scope = ind.add_mutually_exclusive_group()
    scope.add_argument("--area", metavar="CODE")
    scope.add_argument("--hc", metavar="HC_ID")
    scope.add_argument("--team", metavar="TEAM_ID")
    ind.add_argument("--by", choices=["month"])
    ind.add_argument("--indicator", nargs="+", action="extend", metavar="ID",
                     help="default: every indicator that applies; may be repeated")
    ind.add_argument("--no-suppress", action="store_true", help="show counts from 1 to 4 (analysts only)")
    ind.add_argument("--format", choices=["json", "csv"], default="json")
    ind.set_defaults(run=_indicators)

    minutes = commands.add_parser(
        "minutes", help="write a learning-loop meeting's minutes as Markdown or PDF",
        description="The meeting's record from the learning store (NVK_LEARNING_DB): its agenda from the current "
                    "extract's published figures, the observations, decisions and follow-ups recorded at it.")
    minutes.add_argument("--meeting", type=int, required=True, metavar="ID")
    minutes.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.md or FILE.pdf")
    minutes.add_argument("--lang", choices=["sv", "en"], default="sv")
    minutes.set_defaults(run=_minutes)

    report = commands.add_parser(
        "report", help="write the monthly report of an area as PDF",
        description="The month's headline indicators with change and signals, what changed, each page's key "
                    "chart, the learning loop's open decisions and the annual wheel's next items, from the current "
                    "extract and the learning store, typeset as an A4 PDF.")
    report.add_argument("--area", required=True, metavar="CODE", help="an area's code: 14, 1490, 1480-ML, …")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--lang", choices=["sv", "en"], default="sv", type=str.lower)
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.set_defaults(run=_report)
    return parser


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return value


def _validate(args) -> int:
    from dashboard.data.validation import validate_extract

    report = validate_extract(args.dir, max_errors=args.max_errors)
    print(report.format(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else EXIT_USAGE


def _ingest(args) -> int:
    import duckdb

    from dashboard.data.ingest import ExtractRejected, IngestError, ingest

    try:
        version = ingest(args.src)
    except ExtractRejected as exc:
        print(exc.report.format(), file=sys.stderr)
        print(UNCHANGED, file=sys.stderr)
        return EXIT_USAGE
    except IngestError as exc:
        raise UsageError(str(exc)) from None
    except (OSError, duckdb.IOException) as exc:  # a full disk, a read-only data folder
        raise UsageError(f"the data folder could not be written: {_reason(exc)}. {UNCHANGED}") from None
    print(f"Ingested {args.src} as {version.name}; it is now the current extract.")
    return 0


UNCHANGED = "Nothing was changed: the current extract is as it was."


def _reason(exc: Exception) -> str:
    """What went wrong with a file, in one line: the reason and the path for an OSError, else the
    first line of the message (DuckDB's hold a whole report)."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _demo(args) -> int:
    from dashboard.data.demo import generate

    out = generate(args.out, seed=args.seed, scale=args.scale)
    print(f"Wrote the demo extract (seed {args.seed}, scale {args.scale:g}) to {out}.")
    return 0


def open_validated(path: Path) -> Database:
    """The views over an extract that has passed validation; otherwise a UsageError with the errors."""
    from dashboard.data.validation import validate_extract

    if not path.is_dir():
        raise UsageError(f"{path} is not an extract folder")
    report = validate_extract(path, max_errors=20)
    if not report.ok:
        raise UsageError(report.format())
    if report.reference_date is None:
        raise UsageError(f"{path} has no reference date: give manifest.json an extracted_on, or add event rows")
    return Database(path, report.reference_date, report.source)


def _indicators(args) -> int:
    try:
        period = Period(parse_month(args.first), parse_month(args.last))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    db = open_validated(args.data)
    last_month = latest_complete_month(db.reference_date)
    if period.last > last_month:
        raise UsageError(
            f"--to {args.last} is after the extract's last complete month ({month_label(last_month)}; "
            f"reference date {db.reference_date.isoformat()})"
        )
    first_month = queries.months(db)["month"].min()
    if first_month is not None and period.first < first_month:
        raise UsageError(
            f"--from {args.first} is before the extract's first month of follow-up ({month_label(first_month)})"
        )
    scope = _scope(db, args)
    ids = args.indicator or indicators.applicable(scope)
    for indicator_id in ids:
        if indicator_id not in indicators.BY_ID:
            raise UsageError(f"unknown indicator {indicator_id!r}; known: {', '.join(indicators.BY_ID)}")
        if scope.kind not in indicators.BY_ID[indicator_id].scopes:
            raise UsageError(f"indicator {indicator_id!r} is not defined for a single {_SCOPE_WORDS[scope.kind]}")
    try:
        indicators.check_grain(ids, period, args.by == "month")
    except ValueError as error:
        raise UsageError(str(error)) from None
    rows = indicators.compute(db, scope, period, ids, by_month=args.by == "month", suppressed=not args.no_suppress)
    records = [_plain(r) for r in rows.select(indicators.OUTPUT_COLUMNS).to_dicts()]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=indicators.OUTPUT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _csv_cell(v) for k, v in r.items()} for r in records)
    return 0


_SCOPE_WORDS = {"hc": "health centre", "team": "near-care team", "area": "area"}


def _scope(db: Database, args) -> indicators.Scope:
    if args.hc is not None:
        if args.hc not in queries.health_centres(db)["hc_id"].to_list():
            raise UsageError(f"unknown health centre {args.hc!r} (not in health_centres)")
        return indicators.Scope(hc_id=args.hc)
    if args.team is not None:
        if args.team not in queries.nsvt_teams(db)["team_id"].to_list():
            raise UsageError(f"unknown near-care team {args.team!r} (not in nsvt_teams)")
        return indicators.Scope(team_id=args.team)
    areas = queries.areas(db)
    if args.area is None:
        return indicators.Scope(area_code=areas.filter(areas["area_level"] == "region")["area_code"][0])
    if args.area not in areas["area_code"].to_list():
        raise UsageError(f"unknown area code {args.area!r} (not in areas)")
    return indicators.Scope(area_code=args.area)


def _plain(record: dict) -> dict:
    """Counts as integers, so that they read 12 and not 12.0; shares, means and rates stay decimal."""
    is_count = indicators.BY_ID[record["indicator"]].measure == "count"
    whole = {"numerator", "denominator"} | ({"value"} if is_count else set())
    return {k: int(v) if k in whole and isinstance(v, float) and v.is_integer() else v for k, v in record.items()}


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(value) if isinstance(value, str) else value


def _out_file(out: Path, suffixes: tuple[str, ...]) -> None:
    """A file the command can write, checked before any work: its kind, and a folder that is there
    (the write's temporary file beside it would otherwise be the one named in the error)."""
    if out.suffix.lower() not in suffixes:
        raise UsageError(f"--out {out}: name a {' or a '.join(suffixes)} file")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: there is no folder {out.parent}")
    if out.is_dir():
        raise UsageError(f"--out {out}: a folder, not a file")


def _report(args) -> int:
    """An area's monthly report, from the figures the app serves: the twelve months up to `--month`."""
    from dashboard.exports import report
    from dashboard.figures.selection import Selection
    from dashboard.figures.source import Source, extract_choices, offered_months
    from dashboard.figures.view import View
    from dashboard.learning.store import Store
    from dashboard.settings import current_extract, learning_store, public_url

    _out_file(args.out, (".pdf",))
    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    db = open_validated(current_extract().resolve())
    choices = extract_choices(db, offered_months(db))
    asked = args.area.strip().casefold()  # a code in any case, or a name as written ("Borås")
    area = next((code for code, a in choices.areas.items() if asked in (code.casefold(), a.name.casefold())), None)
    if area is None:
        raise UsageError(f"--area {args.area}: no such area in the current extract; areas: "
                         f"{', '.join(f'{code} {a.name}' for code, a in sorted(choices.areas.items()))}")
    if month not in choices.months:
        raise UsageError(f"--month {args.month}: the extract offers {month_label(choices.months[0])} to "
                         f"{month_label(choices.months[-1])}")
    view = View(Selection(args.lang, area, month, month, "region"), choices, db.reference_date, db.source,
                page="", page_name="")
    if public_url() is None:
        print("Note: NVK_PUBLIC_URL is not set: the report's links point to http://localhost:8501, which only "
              "this machine reaches. Set it to the address readers use.", file=sys.stderr)
    made = report.build(view, Source(db), Store(learning_store()).everything(),
                        public_url() or "http://localhost:8501")
    report.write(made, args.out)
    print(f"Wrote the monthly report of {choices.areas[area].name}, {args.month}, to {args.out}.")
    return 0


def _minutes(args) -> int:
    """A meeting's minutes, built as the page builds them, from the ingested extract the app serves."""
    from dashboard.figures import learning
    from dashboard.figures.selection import Selection
    from dashboard.figures.source import Source, extract_choices, offered_months
    from dashboard.figures.view import View
    from dashboard.learning import minutes as written
    from dashboard.learning.store import NotFound, Store
    from dashboard.metrics.periods import add_months
    from dashboard.settings import current_extract, learning_store

    _out_file(args.out, (".md", ".pdf"))
    store = Store(learning_store())
    try:
        meeting = store.get("meeting", args.meeting)
    except NotFound:
        raise UsageError(f"there is no meeting {args.meeting} in the learning store ({store.url})") from None
    db = open_validated(current_extract().resolve())
    choices = extract_choices(db, offered_months(db))
    if meeting["area_code"] not in choices.areas:
        raise UsageError(f"meeting {args.meeting} is for area {meeting['area_code']}, not in the current extract")
    last = min(meeting["month"], choices.months[-1])
    view = View(Selection(args.lang, meeting["area_code"], max(add_months(last, -11), choices.months[0]), last,
                          "region"), choices, db.reference_date, db.source, page=learning.PAGE.url,
                page_name=learning.PAGE.name)
    entries, source = store.everything(), Source(db)
    agenda = learning.agenda_figure(view, source, meeting, entries["meeting"], entries["decision"],
                                    entries["follow_up"])
    record = learning.minutes(view, source, meeting, entries, agenda)
    written.write(record, args.out)
    print(f"Wrote the minutes of meeting {args.meeting} to {args.out}.")
    return 0

