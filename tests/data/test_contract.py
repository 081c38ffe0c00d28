"""Validation against the contract: every kind of breakage is caught and named precisely."""

from __future__ import annotations

import re
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard.data.contract import TABLES, arrow_schema
from dashboard.data.extract_files import MANIFEST, table_path
from dashboard.data.validation import ValidationError, reference_date, validate_extract
from tests.builders import build, visit
from tests.data.breakages import BREAKAGES, EXTRACTED_ON, Breakage, build_valid, valid_tables


def test_the_valid_extract_passes(tmp_path):
    report = validate_extract(build_valid(tmp_path))
    assert report.ok, report.format()
    assert (report.errors, report.total) == ([], 0)
    assert report.reference_date == EXTRACTED_ON
    assert report.source == "Testkälla"


def test_at_least_thirty_kinds_of_breakage():
    assert len(BREAKAGES) >= 30


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda b: b.id)
def test_breakage_is_reported(tmp_path, breakage: Breakage):
    report = validate_extract(breakage.build(tmp_path))
    assert not report.ok
    assert report.total >= len(report.errors) >= 1
    wanted = [
        e for e in report.errors
        if (e.table, e.column, e.row) == (breakage.table, breakage.column, breakage.row)
        and re.search(breakage.rule, e.rule)
    ]
    expected = f"{breakage.table}, row {breakage.row}, column {breakage.column}: /{breakage.rule}/"
    assert wanted, f"expected {expected} in\n{report.format()}"


def test_every_line_names_table_row_column_value_and_rule(tmp_path):
    tables = valid_tables()
    tables["home_visits"][1]["hc_id"] = "HC9"
    report = validate_extract(build(tmp_path, tables))
    assert report.errors == [
        ValidationError("home_visits", 2, "hc_id", "HC9", "hc_id must refer to a row of health_centres")
    ]
    assert report.format() == (
        f"Extract {tmp_path} is invalid: 1 errors (first 1 shown)\n"
        "  home_visits, row 2, column hc_id, value 'HC9': hc_id must refer to a row of health_centres"
    )


def test_each_repeat_of_a_key_is_reported_with_its_first_row(tmp_path):
    tables = valid_tables()
    tables["home_visits"] = [visit(v, date(2024, 3, 1)) for v in ("V1", "V2", "V1", "V3", "V1", "V2")]
    report = validate_extract(build(tmp_path, tables))
    assert [(e.row, e.value, e.rule) for e in report.errors] == [
        (3, "V1", "visit_id must be unique (first in row 1)"),
        (5, "V1", "visit_id must be unique (first in row 1)"),
        (6, "V2", "visit_id must be unique (first in row 2)"),
    ]


def test_errors_are_capped_but_all_counted(tmp_path):
    tables = valid_tables()
    tables["home_visits"] = [visit(f"V{i}", date(2024, 3, 1), hc_id="HC9") for i in range(250)]
    report = validate_extract(build(tmp_path, tables), max_errors=100)
    assert (len(report.errors), report.total) == (100, 250)
    assert [e.row for e in report.errors] == list(range(1, 101))
    assert report.format().splitlines()[0].endswith("is invalid: 250 errors (first 100 shown)")


def test_row_numbers_count_from_one_across_row_groups(tmp_path):
    tables = valid_tables()
    tables["home_visits"] = [visit(f"V{i}", date(2024, 3, 1)) for i in range(30_000)]
    for i in (0, 9_999, 29_999):
        tables["home_visits"][i]["visit_kind"] = "emergency"
    build(tmp_path, tables)
    file = table_path(tmp_path, "home_visits")
    pq.write_table(pq.read_table(file), file, row_group_size=7_000)
    report = validate_extract(tmp_path)
    assert [(e.row, e.value) for e in report.errors] == [(1, "emergency"), (10_000, "emergency"), (30_000, "emergency")]


def test_errors_come_in_contract_table_order_then_row_order(tmp_path):
    tables = valid_tables()
    tables["ed_visits_monthly"][0]["admissions"] = 99
    tables["home_visits"][1]["visit_kind"] = "x"
    tables["home_visits"][0]["hc_id"] = "HC9"
    tables["areas"][3]["parent_code"] = "S9"
    build(tmp_path, tables, extracted_on=None)
    report = validate_extract(tmp_path)
    assert [(e.table, e.row) for e in report.errors] == [
        ("areas", 4), ("home_visits", 1), ("home_visits", 2), ("ed_visits_monthly", 1)
    ]
    order = [t.name for t in TABLES]
    keys = [(order.index(e.table), e.row) for e in report.errors]
    assert keys == sorted(keys)


def test_a_wrong_type_stops_that_tables_row_checks_only(tmp_path):
    tables = valid_tables()
    tables["home_visits"][0]["visit_kind"] = "emergency"  # would be an error, but the table is unusable
    tables["ed_visits_monthly"][0]["admissions"] = 99
    build(tmp_path, tables)
    pq.write_table(pq.read_table(table_path(tmp_path, "home_visits")).drop_columns(["team_visit"]),
                   table_path(tmp_path, "home_visits"))
    report = validate_extract(tmp_path)
    assert [(e.table, e.row, e.column) for e in report.errors] == [
        ("home_visits", None, "team_visit"), ("ed_visits_monthly", 1, "admissions")
    ]


def test_references_into_a_broken_table_are_not_checked(tmp_path):
    build_valid(tmp_path)
    table_path(tmp_path, "health_centres").write_bytes(b"not parquet")
    report = validate_extract(tmp_path)
    assert [e.table for e in report.errors] == ["health_centres"]


def test_an_extra_column_is_allowed(tmp_path):
    build_valid(tmp_path)
    file = table_path(tmp_path, "nsvt_teams")
    data = pq.read_table(file)
    pq.write_table(data.append_column("note", data["team_name"]), file)
    assert validate_extract(tmp_path).ok


def test_large_string_and_int64_are_accepted(tmp_path):
    build_valid(tmp_path)
    file = table_path(tmp_path, "population")
    data = pq.read_table(file, schema=arrow_schema("population"))
    wider = data.schema.set(0, pa.field("year", pa.int64())).set(1, pa.field("area_code", pa.large_string()))
    pq.write_table(data.cast(wider), file)
    assert pq.read_schema(file).types[:2] == [pa.int64(), pa.large_string()]
    assert validate_extract(tmp_path).ok


def test_the_optional_table_may_be_absent(tmp_path):
    tables = valid_tables()
    del tables["listed_population"]
    assert validate_extract(build(tmp_path, tables)).ok


def test_a_missing_folder_is_reported_not_raised(tmp_path):
    report = validate_extract(tmp_path / "nowhere")
    assert not report.ok
    assert {e.table for e in report.errors} == {t.name for t in TABLES if not t.optional}


def test_reference_date_is_the_manifest_date(tmp_path):
    assert reference_date(build_valid(tmp_path)) == EXTRACTED_ON


def test_without_manifest_the_reference_date_is_the_latest_event_date(tmp_path):
    tables = valid_tables()
    tables["home_visits"][0]["visit_date"] = date(2025, 3, 7)
    build(tmp_path, tables, extracted_on=None)
    assert not (tmp_path / MANIFEST).exists()
    assert reference_date(tmp_path) == date(2025, 3, 7)
    report = validate_extract(tmp_path)
    assert report.ok and report.reference_date == date(2025, 3, 7) and report.source is None


def test_without_manifest_birth_years_are_bounded_by_the_latest_event_year(tmp_path):
    tables = valid_tables()
    tables["home_care_episodes"][0]["birth_year"] = 2025  # the latest event is in 2024
    report = validate_extract(build(tmp_path, tables, extracted_on=None))
    assert [(e.column, e.row) for e in report.errors] == [("birth_year", 1)]


def test_reference_date_refuses_a_malformed_manifest(tmp_path):
    build_valid(tmp_path)
    (tmp_path / MANIFEST).write_text('{"extracted_on": "2025-13-01"}')
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        reference_date(tmp_path)
