"""Session fixtures: a small demo extract and one of a whole region, each ingested into a data folder
of its own."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard.settings import ROOT

DEMO_SCALE = 0.1  # a tenth of a region: every story is there, and few figures are suppressed
# one secret for every test and every app a test starts: the published counts' noise is then the
# same in every run (tests/data/test_secret.py takes it away to test the secret file)
os.environ["NVK_CELL_KEY_SECRET"] = "närvårdskollen-tests"


@pytest.fixture
def true_counts(monkeypatch):
    """Publish without noise, for tests of what is built from published figures with expectations
    worked out from the extract's true counts; hiding and everything else stay as they are."""
    import numpy as np
    import polars as pl

    from dashboard.metrics import indicators

    monkeypatch.setattr(indicators, "noise", lambda keys, _secret: pl.Series(keys.name, np.zeros(len(keys), np.int64)))


@pytest.fixture(scope="session")
def demo_extract(tmp_path_factory) -> Path:
    from dashboard.data.demo import generate

    return generate(tmp_path_factory.mktemp("demo") / "extract", seed=2017, scale=DEMO_SCALE)


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory, demo_extract) -> Path:
    from dashboard.data.ingest import ingest

    data_dir = tmp_path_factory.mktemp("data")
    ingest(demo_extract, data_dir)
    return data_dir


@pytest.fixture(scope="session")
def region_extract(tmp_path_factory) -> Path:
    """The demo at a whole region's volume (the app's own demo): a district's and a centre's figures
    over a year are shown there, not hidden with one small month as at a tenth of it."""
    from dashboard.data.demo import generate

    return generate(tmp_path_factory.mktemp("region") / "extract", seed=2017, scale=1.0)


@pytest.fixture(scope="session")
def region_data_dir(tmp_path_factory, region_extract) -> Path:
    from dashboard.data.ingest import ingest

    data_dir = tmp_path_factory.mktemp("region_data")
    ingest(region_extract, data_dir)
    return data_dir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(data_dir: Path, log_dir: Path, **settings: str):
    """The app served on loopback over data_dir, as `scripts/run` serves it, with any further
    `settings` (NVK_LEARNING_DB=…); yields its URL."""
    port = _free_port()
    log = log_dir / "streamlit.log"
    env = {**os.environ, "NVK_DATA_DIR": str(data_dir), **settings}
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "dashboard.serve", "--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError(f"the app did not start: {log.read_text()}")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="session")
def app_url(demo_data_dir, tmp_path_factory):
    """The app served on loopback over the demo extract, as `scripts/run` serves it."""
    with served(demo_data_dir, tmp_path_factory.mktemp("server")) as url:
        yield url
