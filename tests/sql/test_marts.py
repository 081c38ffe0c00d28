"""Every mart states its grain on its first line, and holds each key of that grain once.

A sum over a mart is only right if a row means what the grain says: a key in two rows (say a
numerator and its denominator apart) reads as two units, centres or months where there is one.
The grain line is `-- Grain: column, column, ....`; keys are compared null-safe (`group by`
treats nulls as equal), since a centre or team that does not apply is null.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.data.database import Database, view_files
from dashboard.data.validation import reference_date
from tests.builders import build
from tests.sql.test_indicators import scenario

GRAIN = re.compile(r"-- Grain: ([a-z_0-9]+(?:, [a-z_0-9]+)*)\.")
MARTS = view_files("marts")


def grain(name: str) -> list[str]:
    first = MARTS[name].read_text().splitlines()[0]
    found = GRAIN.fullmatch(first)
    assert found, f"{name}: the first line must be '-- Grain: column, column, ....', not {first!r}"
    return found.group(1).split(", ")


def repeated_keys(db: Database, name: str) -> list[dict]:
    key = ", ".join(grain(name))
    return db.query(f"select {key}, count(*) as rows from {name} group by {key} having count(*) > 1 "
                    f"order by rows desc limit 5").to_dicts()


@pytest.fixture(scope="module")
def hand_made(tmp_path_factory) -> Database:
    return Database(build(tmp_path_factory.mktemp("scenario"), scenario()), date(2025, 12, 31), "Testkälla")


@pytest.fixture(scope="module")
def generated(demo_extract) -> Database:
    return Database(demo_extract, reference_date(demo_extract), None)


@pytest.mark.parametrize("name", sorted(MARTS))
def test_grain_names_columns_of_the_mart(hand_made, name):
    columns = hand_made.query(f"select * from {name} limit 0").columns
    assert set(grain(name)) <= set(columns), name


@pytest.mark.parametrize("extract", ["hand_made", "generated"])
@pytest.mark.parametrize("name", sorted(MARTS))
def test_no_key_repeats(request, extract, name):
    db = request.getfixturevalue(extract)
    assert repeated_keys(db, name) == [], f"{name} holds these keys of its grain more than once"
