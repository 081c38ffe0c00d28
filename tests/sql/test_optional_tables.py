"""An extract without its optional tables reads them as empty, from one shared folder of empty files
that no Database leaves behind."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from dashboard.data.database import Database
from tests.builders import base_tables, build


def test_every_database_without_the_listing_table_shares_one_folder_of_empty_tables(tmp_path):
    tables = base_tables()  # no listed_population: optional
    before = set(Path(tempfile.gettempdir()).glob("nvk-empty-*"))
    dbs = [Database(build(tmp_path / f"x{n}", tables), date(2025, 12, 31), "Testkälla") for n in range(3)]
    made = set(Path(tempfile.gettempdir()).glob("nvk-empty-*")) - before
    assert len(made) <= 1  # none when an earlier test made it
    folders = {db.query("select current_setting('file_search_path') as p")["p"][0].split(",")[-1] for db in dbs}
    assert len(folders) == 1
    [folder] = folders
    assert [p.name for p in Path(folder).iterdir()] == ["listed_population.parquet"]
    assert dbs[0].query("select count(*) as n from stg_listed_population")["n"][0] == 0
