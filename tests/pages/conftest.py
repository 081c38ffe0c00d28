"""Fixtures of the page tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.builders import build
from tests.pages import start_extract


@pytest.fixture(scope="module")
def hand_made(tmp_path_factory) -> Path:
    """A data folder with the start page's hand-made extract (start_extract.py) as the current one."""
    from dashboard.data.ingest import ingest

    root = tmp_path_factory.mktemp("start")
    ingest(build(root / "extract", start_extract.tables(), extracted_on=date(2025, 12, 31), source="Handgjort uttag"),
           root / "data")
    return root / "data"
