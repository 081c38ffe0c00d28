"""How long a user waits in the browser: a page opened with a selection, and an area changed in the
sidebar, each timed until the last chart is drawn, beside Streamlit's own floor on the same machine.

    .venv/bin/python -m benchmarks.bench_browser --scale 10              # builds and ingests a demo extract
    .venv/bin/python -m benchmarks.bench_browser --data-dir /tmp/perf10  # an ingested data folder

It serves the app (as `scripts/run` does) and `benchmarks/floor_app.py` (a sidebar choice, one
metric, one chart: what any Streamlit page costs), drives Debian's chromium with Playwright, and for
each page and for the floor:

- **open**: a new tab opens the page's link with a selection it has not shown before, until every
  visible chart is drawn;
- **change**: in an open tab, another area is chosen in the sidebar, until every visible chart is
  drawn again;
- **server**: the server's own time for each of those runs (`NVK_RUN_LOG`, dashboard/ui/run_log.py).

Every measured selection is new to the server, so each is a first look (Streamlit's cache misses).
"Drawn" means: the server has logged the end of the run the action started, Streamlit shows no
running state and no stale element, and every visible chart has been drawn by Vega. It prints p50 and
p95 per page and step, and each as a multiple of the floor's. The targets are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.data.demo import generate
from dashboard.data.ingest import ingest
from dashboard.data.validation import reference_date
from dashboard.settings import ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic"]
WAIT_MS = 120_000

#: True once the page is idle and every visible chart is drawn (Vega's SVG, or a canvas).
DRAWN = """() => {
    const status = document.querySelector('[data-testid=stStatusWidget]');
    if (status && status.offsetParent !== null) return false;
    if (document.querySelector('[data-stale=true]')) return false;
    const charts = [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]
        .filter(c => c.offsetParent !== null);
    return charts.every(c => {
        const drawn = c.querySelector('svg.marks, canvas');
        return drawn && drawn.getBoundingClientRect().width > 0
            && (drawn.tagName === 'CANVAS' || drawn.querySelector('g'));
    });
}"""

#: The app's pages, by the name the run log gives them, and their paths.
PAGES = {"oversikt": "", "tackning": "tackning", "teambesok": "teambesok", "narsjukvardsteam": "narsjukvardsteam",
         "akutbesok": "akutbesok", "larande-uppfoljning": "larande-uppfoljning"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A Streamlit server of its own, with the run log its runs append to."""

    url: str
    log: Path
    seen: int = 0

    def runs(self) -> list[dict]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    def mark(self) -> None:
        self.seen = len(self.runs())

    def wait_for_run(self, page: str, area: str | None) -> list[dict]:
        """The runs since `mark` until one of `page` showing `area` (None: any) has ended (polled: the
        log is a file)."""
        deadline = time.monotonic() + WAIT_MS / 1000
        while time.monotonic() < deadline:
            new = self.runs()[self.seen:]
            if any(r["page"] == page and area in (None, r["query"].get("area")) for r in new):
                return new
            time.sleep(0.005)
        raise TimeoutError(f"no run of {page} for area {area} in the server's log {self.log}")


@contextmanager
def serve(command: list[str], env: dict[str, str], work: Path, name: str):
    port = _free_port()
    log = work / f"{name}-runs.jsonl"
    out = (work / f"{name}.log").open("w")
    process = subprocess.Popen([*command, "--server.port", str(port), "--server.headless", "true"], cwd=ROOT,
                               env={**os.environ, **env, "NVK_RUN_LOG": str(log)}, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{name} did not start; see {work / (name + '.log')}") from None
                time.sleep(0.1)
        yield Server(url, log)
    finally:
        process.terminate()
        process.wait(timeout=30)
        out.close()


@dataclass
class Timings:
    open: list[float] = field(default_factory=list)
    change: list[float] = field(default_factory=list)
    server_open: list[float] = field(default_factory=list)
    server_change: list[float] = field(default_factory=list)
    runs_per_change: list[int] = field(default_factory=list)


def _drawn(tab: Page) -> None:
    tab.wait_for_function(DRAWN, timeout=WAIT_MS)


def time_open(context, server: Server, page: str, path: str, area: str | None, query: str, into: Timings) -> None:
    tab = context.new_page()
    server.mark()
    start = time.perf_counter()
    tab.goto(f"{server.url}/{path}?{query}")
    runs = server.wait_for_run(page, area)
    _drawn(tab)
    into.open.append((time.perf_counter() - start) * 1000)
    into.server_open.append(sum(r["ms"] for r in runs))
    tab.close()


def time_change(tab: Page, server: Server, page: str, area: str, label: str, into: Timings) -> None:
    combobox = tab.locator("[data-testid=stSidebar]").get_by_role("combobox").first
    server.mark()
    start = time.perf_counter()
    combobox.click()
    tab.keyboard.type(label)
    tab.get_by_role("option").filter(has_text=label).first.click()  # a district's option names its city too
    runs = server.wait_for_run(page, area)
    _drawn(tab)
    into.change.append((time.perf_counter() - start) * 1000)
    into.server_change.append(sum(r["ms"] for r in runs))
    into.runs_per_change.append(len(runs))


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def report(name: str, t: Timings, floor: Timings | None) -> None:
    def line(step: str, values: list[float], against: list[float] | None) -> None:
        p50, p95 = statistics.median(values), _p95(values)
        ratio = "" if against is None else f"   {p50 / statistics.median(against):4.1f}× / {p95 / _p95(against):4.1f}×"
        print(f"{name:<10} {step:<16} p50 {p50:7.0f} ms   p95 {p95:7.0f} ms{ratio}")

    line("open", t.open, floor.open if floor else None)
    line("change", t.change, floor.change if floor else None)
    line("server, open", t.server_open, floor.server_open if floor else None)
    line("server, change", t.server_change, floor.server_change if floor else None)


def pick(items: list, count: int, offset: int) -> list:
    """`count` items spread evenly over the list, starting `offset` in: the same ones every run."""
    step = max(1, len(items) // count)
    return [items[(offset + k * step) % len(items)] for k in range(count)]


def selections(data_dir: Path, count: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(area code, name) pairs to open and, apart from those, to change to (one more: where the tab
    starts): every level of the region."""
    version = (data_dir / "extracts").resolve()
    db = Database(version, reference_date(version), None, cube=True)
    areas = [(r["area_code"], r["area_name"]) for r in queries.areas(db).sort("area_code").iter_rows(named=True)
             if r["area_level"] != "region"]
    # names that are unique, so that typing one in the sidebar picks that area
    unique = [a for a in areas if sum(b[1] == a[1] for b in areas) == 1]
    return pick(unique, count, 0), pick(unique, count + 1, max(1, len(unique) // (2 * count)))


def measure(browser, server: Server, page: str, path: str, opens: list, changes: list,
            query: Callable[[str], str]) -> Timings:
    timings = Timings()
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="sv-SE")
    for code, _ in opens:
        time_open(context, server, page, path, code, query(code), timings)
    tab = context.new_page()
    first = changes[-1][0]
    server.mark()
    tab.goto(f"{server.url}/{path}?{query(first)}")
    server.wait_for_run(page, first)
    _drawn(tab)
    for code, name in changes[:-1]:
        time_change(tab, server, page, code, name, timings)
    context.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="an ingested data folder (NVK_DATA_DIR)")
    parser.add_argument("--scale", type=float, default=10.0, help="without --data-dir: the demo's scale")
    parser.add_argument("--selections", type=int, default=20, help="selections per page and step")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nvk-browser-"))
    data_dir = args.data_dir
    if data_dir is None:
        data_dir = work / "data"
        extract = generate(work / "demo", scale=args.scale)
        ingest(extract, data_dir)
    opens, changes = selections(data_dir, args.selections)
    env = {"NVK_DATA_DIR": str(data_dir)}
    app_command = [sys.executable, "-m", "dashboard.serve"]
    floor_command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "benchmarks" / "floor_app.py")]
    floor_areas = [(f"Område {n:02d}", f"Område {n:02d}") for n in range(60)]
    with ExitStack() as stack, sync_playwright() as playwright:
        app = stack.enter_context(serve(app_command, env, work, "app"))
        floor = stack.enter_context(serve(floor_command, env, work, "floor"))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        # the first visitor after a start: the start page with the default selection
        first = Timings()
        time_open(browser.new_context(viewport={"width": 1440, "height": 1000}, locale="sv-SE"), app,
                  "oversikt", "", None, "", first)
        results = {}
        floor_opens, floor_changes = floor_areas[:args.selections], floor_areas[args.selections:2 * args.selections + 1]
        results["floor"] = measure(browser, floor, "floor", "", floor_opens, floor_changes,
                                   lambda code: urllib.parse.urlencode({"area": code}))
        for page, path in PAGES.items():
            results[page] = measure(browser, app, page, path, opens, changes,
                                    lambda code: urllib.parse.urlencode({"area": code, "lang": "sv"}))
        browser.close()
    print(f"first page after the app's start: {first.open[0]:.0f} ms (server {first.server_open[0]:.0f} ms)")
    print(f"{args.selections} selections a page and step; ratios are p50 / p95 against the floor's")
    for name, timings in results.items():
        report(name, timings, None if name == "floor" else results["floor"])
    print("runs per change:", {name: max(t.runs_per_change) for name, t in results.items()})
    if args.data_dir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
