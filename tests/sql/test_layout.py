"""The SQL tree keeps its shape: one view a file, named for it, layers reading only what they may."""

from __future__ import annotations

import re

import pytest

from dashboard.data.contract import TABLES
from dashboard.data.database import LAYERS, view_files
from dashboard.settings import ROOT, SQL_DIR

PREFIX = {"staging": "stg_", "intermediate": "int_", "marts": "mart_"}
VIEWS = [(layer, name, path) for layer in LAYERS for name, path in view_files(layer).items()]


@pytest.mark.parametrize("layer, name, path", VIEWS, ids=[v[1] for v in VIEWS])
def test_one_view_a_file_named_for_it(layer, name, path):
    sql = path.read_text()
    assert name.startswith(PREFIX[layer])
    assert re.findall(r"create or replace view (\w+) as", sql) == [name]


@pytest.mark.parametrize("layer, name, path", VIEWS, ids=[v[1] for v in VIEWS])
def test_only_staging_reads_parquet_and_layers_read_downwards(layer, name, path):
    sql = path.read_text()
    assert ("read_parquet" in sql) == (layer == "staging")
    readable = {"staging": set(), "intermediate": {"stg_", "int_", "ref_"}, "marts": {"stg_", "int_", "mart_", "ref_"}}
    for ref in set(re.findall(r"\b((?:stg|int|mart)_\w+)\b", sql)) - {name}:
        assert ref[: ref.index("_") + 1] in readable[layer], f"{name} reads {ref}"


def test_every_contract_table_has_a_staging_view():
    assert {f"stg_{t.name}" for t in TABLES} == set(view_files("staging"))


def test_queries_read_only_marts():
    for path in (SQL_DIR / "queries").glob("*.sql"):
        assert not re.search(r"\b(stg|int)_\w+", path.read_text()), path.name


@pytest.mark.parametrize("page", sorted((ROOT / "pages").glob("*.py")), ids=lambda p: p.name)
def test_pages_hold_no_sql(page):
    text = page.read_text()
    assert "duckdb" not in text and ".query(" not in text and not re.search(r"\bselect\b.*\bfrom\b", text, re.I)
    assert len(text.splitlines()) <= 80
