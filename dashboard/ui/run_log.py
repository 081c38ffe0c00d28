"""How long each run of a page takes on the server, for the browser benchmark
(`benchmarks/bench_browser.py`, docs/performance.md).

With `NVK_RUN_LOG` set, every run of the app appends one JSON line to that file when it ends: the
page, the server-side milliseconds from the script's start to its end, and the link's parameters.
The benchmark times the browser from a click to the last chart drawn, and reads these lines to know
when the server's part was done and how long it took. Without the setting nothing is written.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st


@dataclass
class Run:
    page: str = ""
    started: float = field(default_factory=time.perf_counter)


def path() -> Path | None:
    value = os.environ.get("NVK_RUN_LOG")
    return Path(value) if value else None


@contextmanager
def timed() -> Iterator[Run]:
    """The run inside, timed; its page is filled in once navigation has chosen it."""
    run = Run()
    try:
        yield run
    finally:
        target = path()
        if target is not None:
            line = {"page": run.page, "ms": round((time.perf_counter() - run.started) * 1000, 1),
                    "query": st.query_params.to_dict(), "at": time.time()}
            with target.open("a", encoding="utf-8") as log:  # one short append: whole lines, in order
                log.write(json.dumps(line, ensure_ascii=False) + "\n")
