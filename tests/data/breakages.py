"""A valid little extract with event rows, and the ways to break it that validation must catch.

Each `Breakage` changes the valid extract in exactly one way, either its rows before they are
written or its files after, and names the error it must cause: table, column, 1-based row
(None for a finding about a file or table) and a pattern the rule must match.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.data.extract_files import MANIFEST, table_path
from tests.builders import base_tables, build, ed_row, episode, nsvt_episode, nsvt_visit, visit

EXTRACTED_ON = date(2025, 12, 31)
Tables = dict[str, list[dict[str, Any]]]


def valid_tables() -> Tables:
    """base_tables() plus a few event rows that touch the edge cases a valid extract may have."""
    t = base_tables()
    t["home_care_episodes"] = [
        episode("E1", "P1", enrolled_on=date(2024, 1, 10), discharged_on=date(2024, 6, 1)),
        episode("E2", "P1", enrolled_on=date(2024, 6, 1)),  # starts the day E1 ends: no overlap
        episode("E3", "P2", area_code="1002-A", hc_id=None, birth_year=1930, enrolled_on=date(2024, 2, 1)),
    ]
    t["home_visits"] = [
        visit("V1", date(2024, 2, 1)),
        visit("V2", date(2024, 3, 5), patient_key="P2", hc_id="HC2", area_code="1002-A", visit_kind="acute",
              requested_on=date(2024, 3, 4)),
    ]
    t["nsvt_episodes"] = [
        nsvt_episode("N1", date(2024, 1, 1), date(2024, 2, 1)),
        nsvt_episode("N2", date(2024, 5, 1), area_code="1002-A"),
    ]
    t["nsvt_visits"] = [nsvt_visit("NV1", "N1", date(2024, 1, 15)), nsvt_visit("NV2", "N2", date(2024, 5, 1))]
    t["ed_visits_monthly"] = [
        ed_row(date(2024, 1, 1), ed_visits=10, admissions=4, readmissions_30d=1),
        ed_row(date(2024, 1, 1), hc_id=None, ed_visits=3, admissions=3, readmissions_30d=0),
    ]
    t["listed_population"] = [{"month": date(2024, 1, 1), "hc_id": "HC1", "age_band": "80+", "listed": 300}]
    return t


def build_valid(path: Path, extracted_on: date | None = EXTRACTED_ON) -> Path:
    return build(path, valid_tables(), extracted_on)


# -- ways to change rows and files -------------------------------------------------------------


def change(table: str, row: int, **values: Any) -> Callable[[Tables], None]:
    """Set values in a row (1-based, as the errors count)."""
    return lambda t: t[table][row - 1].update(values)


def append(table: str, **values: Any) -> Callable[[Tables], None]:
    """Add a copy of the table's first row with some values changed."""
    return lambda t: t[table].append({**t[table][0], **values})


def append_row(table: str, row: dict[str, Any]) -> Callable[[Tables], None]:
    return lambda t: t[table].append(row)


def rewrite(table: str, edit: Callable[[pa.Table], pa.Table]) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        file = table_path(path, table)
        pq.write_table(edit(pq.read_table(file)), file)

    return apply


def cast(table: str, column: str, to: pa.DataType) -> Callable[[Path], None]:
    def edit(data: pa.Table) -> pa.Table:
        i = data.schema.get_field_index(column)
        return data.set_column(i, pa.field(column, to), data[column].cast(to))

    return rewrite(table, edit)


def null_at(table: str, column: str, row: int) -> Callable[[Path], None]:
    """Rewrite a column as nullable with a null in one row: the builders refuse to write one."""

    def edit(data: pa.Table) -> pa.Table:
        values = data[column].to_pylist()
        values[row - 1] = None
        i = data.schema.get_field_index(column)
        return data.set_column(i, pa.field(column, data[column].type), pa.array(values, data[column].type))

    return rewrite(table, edit)


def drop(table: str, column: str) -> Callable[[Path], None]:
    return rewrite(table, lambda data: data.drop_columns([column]))


def remove(table: str) -> Callable[[Path], None]:
    return lambda path: table_path(path, table).unlink()


def overwrite(name: str, content: bytes | Callable[[bytes], bytes]) -> Callable[[Path], None]:
    """Replace a file's bytes: with given ones, or a function of the old ones."""

    def apply(path: Path) -> None:
        file = path / name
        file.write_bytes(content(file.read_bytes()) if callable(content) else content)

    return apply


def manifest(text: str) -> Callable[[Path], None]:
    return overwrite(MANIFEST, text.encode())


# -- the breakages -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Breakage:
    id: str
    table: str
    column: str | None
    row: int | None
    rule: str  # a regular expression the error's rule must match
    rows: Callable[[Tables], None] | None = None
    files: Callable[[Path], None] | None = None

    def build(self, path: Path) -> Path:
        tables = valid_tables()
        if self.rows:
            self.rows(tables)
        build(path, tables, EXTRACTED_ON)
        if self.files:
            self.files(path)
        return path


B = Breakage
AR, HC, POP, LP, TA = "areas", "health_centres", "population", "listed_population", "nsvt_team_areas"
EP, HV, NE, NV, ED = "home_care_episodes", "home_visits", "nsvt_episodes", "nsvt_visits", "ed_visits_monthly"

BREAKAGES = [
    # files and schemas
    B("missing_required_table", HV, None, None, r"required table is missing", files=remove(HV)),
    B("corrupt_file", HC, None, None, r"not a readable Parquet file",
      files=overwrite(f"{HC}.parquet", b"PAR1 junk")),
    B("truncated_file", POP, None, None, r"not a readable Parquet file",
      files=overwrite(f"{POP}.parquet", lambda old: old[: len(old) // 2])),
    B("corrupt_data_pages", HV, None, None, r"cannot be read",  # the footer reads, the data does not
      files=overwrite(f"{HV}.parquet", lambda old: old[:8] + b"\xab" * 192 + old[200:])),
    B("empty_file", NV, None, None, r"not a readable Parquet file", files=overwrite(f"{NV}.parquet", b"")),
    B("csv_named_parquet", "nsvt_teams", None, None, r"not a readable Parquet file",
      files=overwrite("nsvt_teams.parquet", b"team_id,team_name,hospital\nT1,Team,Sjukhus\n")),
    B("missing_column", HV, "team_visit", None, r"column team_visit is missing", files=drop(HV, "team_visit")),
    B("code_as_integer", ED, "area_code", None, r"must have Arrow type string",
      files=cast(ED, "area_code", pa.int64())),
    B("date_as_string", HV, "visit_date", None, r"must have Arrow type date32",
      files=cast(HV, "visit_date", pa.string())),
    B("date_as_timestamp", NV, "visit_date", None, r"must have Arrow type date32",
      files=cast(NV, "visit_date", pa.timestamp("us"))),
    B("integer_as_float", POP, "population", None, r"must have Arrow type int32 or int64",
      files=cast(POP, "population", pa.float64())),
    B("bool_as_integer", EP, "fixed_contact", None, r"must have Arrow type bool",
      files=cast(EP, "fixed_contact", pa.int8())),
    # generic row rules
    B("null_in_required_column", HV, "hc_id", 2, r"hc_id must not be null", files=null_at(HV, "hc_id", 2)),
    B("duplicate_key", HV, "visit_id", 2, r"visit_id must be unique \(first in row 1\)",
      rows=change(HV, 2, visit_id="V1")),
    B("duplicate_composite_key", POP, "year, area_code, age_band", 19,
      r"\(year, area_code, age_band\) must be unique", rows=append(POP)),
    B("duplicate_key_with_null_hc", ED, "month, area_code, hc_id, age_band", 3, r"must be unique \(first in row 2\)",
      rows=lambda t: t[ED].append(dict(t[ED][1]))),
    B("unknown_health_centre", HV, "hc_id", 1, r"hc_id must refer to a row of health_centres",
      rows=change(HV, 1, hc_id="HC9")),
    B("unknown_listed_health_centre", LP, "hc_id", 1, r"must refer to a row of health_centres",
      rows=change(LP, 1, hc_id="HC9")),
    B("unknown_area", EP, "area_code", 1, r"home-care unit.*\(no such area\)", rows=change(EP, 1, area_code="9999")),
    B("municipality_with_districts_as_unit", EP, "area_code", 3,
      r"must name a home-care unit.*municipality with districts", rows=change(EP, 3, area_code="1002")),
    B("subregion_as_unit", POP, "area_code", 1, r"must name a home-care unit.*it is a subregion",
      rows=change(POP, 1, area_code="S1")),
    B("unknown_team", TA, "team_id", 1, r"team_id must refer to a row of nsvt_teams",
      rows=change(TA, 1, team_id="T9")),
    B("unknown_episode", NV, "episode_id", 2, r"episode_id must refer to a row of nsvt_episodes",
      rows=change(NV, 2, episode_id="N9")),
    B("unknown_parent_area", AR, "parent_code", 4, r"parent_code must refer to a row of areas",
      rows=change(AR, 4, parent_code="S9")),
    B("value_not_allowed", HV, "visit_kind", 1, r"visit_kind must be one of planned, acute",
      rows=change(HV, 1, visit_kind="emergency")),
    B("age_band_not_allowed", ED, "age_band", 1, r"age_band must be one of 0-64, 65-79, 80\+",
      rows=change(ED, 1, age_band="65+")),
    B("below_minimum", POP, "population", 1, r"population must be at least 0",
      rows=change(POP, 1, population=-1)),
    # codes and names that travel into links, file names, exports and every page
    B("formula_as_centre_id", HC, "hc_id", 4, r"hc_id must be a code of letters, digits",
      rows=append(HC, hc_id='=HYPERLINK("http://evil","x")', hc_name="Ond vårdcentral")),
    B("markup_as_visit_id", HV, "visit_id", 2, r"visit_id must be a code", rows=change(HV, 2, visit_id="**V2**")),
    B("code_too_long", "nsvt_teams", "team_id", 2, r"team_id must be a code.*at most 64",
      rows=append("nsvt_teams", team_id="T" * 65)),
    B("name_too_long", AR, "area_name", 1, r"area_name must be at most 120 characters long.*\(length 10000\)",
      rows=change(AR, 1, area_name="x" * 10_000)),
    B("formula_as_name", AR, "area_name", 2, r"area_name must .*not start with = \+ - @",
      rows=change(AR, 2, area_name="=cmd|' /C calc'!A0")),
    B("control_character_in_name", HC, "hc_name", 1, r"hc_name must be .*hold no control characters",
      rows=change(HC, 1, hc_name="Vård\x1bcentral")),
    B("birth_year_after_reference_year", EP, "birth_year", 1,
      r"birth_year must not be later than the reference year \(2025\)", rows=change(EP, 1, birth_year=2026)),
    # the area hierarchy
    B("two_region_rows", AR, "level", 8, r"exactly one region row",
      rows=append_row(AR, dict(area_code="R2", area_name="Andra", level="region", parent_code=None))),
    B("no_region_row", AR, "level", None, r"exactly one region row \(there is none\)",
      rows=change(AR, 1, level="subregion")),
    B("region_with_parent", AR, "parent_code", 1, r"parent_code must be null for the region",
      rows=change(AR, 1, parent_code="S1")),
    B("area_without_parent", AR, "parent_code", 2, r"parent_code must be set for every area but the region",
      rows=change(AR, 2, parent_code=None)),
    B("municipality_under_region", AR, "parent_code", 4, r"municipality's parent_code must name a subregion",
      rows=change(AR, 4, parent_code="R")),
    B("district_under_subregion", AR, "parent_code", 6, r"district's parent_code must name a municipality",
      rows=change(AR, 6, parent_code="S2")),
    B("municipality_code_not_four_digits", AR, "area_code", 8, r"municipality's area_code must be four digits",
      rows=append_row(AR, dict(area_code="10011", area_name="Ny", level="municipality", parent_code="S1"))),
    # dates and amounts in order
    B("closed_before_opened", HC, "closed_on", 3, r"closed_on must be later than opened_on \(2019-05-01\)",
      rows=change(HC, 3, closed_on=date(2019, 4, 30))),
    B("mobile_doctor_end_before_start", HC, "mobile_doctor_end", 1,
      r"mobile_doctor_end must be later than mobile_doctor_start",
      rows=change(HC, 1, mobile_doctor_end=date(2019, 12, 31))),
    B("mobile_doctor_end_without_start", HC, "mobile_doctor_end", 2, r"must be null when mobile_doctor_start is null",
      rows=change(HC, 2, mobile_doctor_end=date(2024, 1, 1))),
    B("home_care_discharged_on_enrolment_day", EP, "discharged_on", 3,
      r"discharged_on must be later than enrolled_on \(2024-02-01\)",
      rows=change(EP, 3, discharged_on=date(2024, 2, 1))),
    B("nsvt_discharged_before_enrolment", NE, "discharged_on", 1, r"discharged_on must not be earlier than enrolled_on",
      rows=change(NE, 1, discharged_on=date(2023, 12, 31))),
    B("discharge_without_reason", NE, "discharge_reason", 1, r"discharge_reason must be set when discharged_on is set",
      rows=change(NE, 1, discharge_reason=None)),
    B("reason_without_discharge", NE, "discharge_reason", 2,
      r"discharge_reason must be null while discharged_on is null", rows=change(NE, 2, discharge_reason="died")),
    B("requested_after_visit", HV, "requested_on", 2, r"requested_on must not be later than visit_date \(2024-03-05\)",
      rows=change(HV, 2, requested_on=date(2024, 3, 6))),
    B("nsvt_visit_before_episode", NV, "visit_date", 1, r"visit_date must be within its episode",
      rows=change(NV, 1, visit_date=date(2023, 12, 31))),
    B("nsvt_visit_after_discharge", NV, "visit_date", 1, r"within its episode \(episode N1: 2024-01-01 to 2024-02-01\)",
      rows=change(NV, 1, visit_date=date(2024, 2, 2))),
    B("month_not_first_day", ED, "month", 1, r"month must be the first day of a month",
      rows=change(ED, 1, month=date(2024, 1, 15))),
    B("listed_month_not_first_day", LP, "month", 1, r"month must be the first day of a month",
      rows=change(LP, 1, month=date(2024, 1, 2))),
    B("admissions_above_ed_visits", ED, "admissions", 1, r"admissions must not exceed ed_visits \(10\)",
      rows=change(ED, 1, admissions=11)),
    B("readmissions_above_admissions", ED, "readmissions_30d", 1, r"readmissions_30d must not exceed admissions",
      rows=change(ED, 1, readmissions_30d=5)),
    B("date_after_reference_date", HV, "visit_date", 1,
      r"visit_date must not be later than the reference date \(2025-12-31\)",
      rows=change(HV, 1, visit_date=date(2026, 1, 2))),
    B("overlapping_home_care_episodes", EP, "patient_key", 4, r"must not have overlapping home-care episodes.*row 1",
      rows=append_row(EP, episode("E4", "P1", enrolled_on=date(2024, 3, 1), discharged_on=date(2024, 4, 1)))),
    B("episode_during_open_episode", EP, "patient_key", 4, r"must not have overlapping home-care episodes.*row 3",
      rows=append_row(EP, episode("E4", "P2", area_code="1002-A", enrolled_on=date(2025, 1, 1)))),
    # the manifest
    B("manifest_not_json", MANIFEST, None, None, r"readable JSON", files=manifest("{extracted_on: 2025-12-31")),
    B("manifest_not_object", MANIFEST, None, None, r"must be a JSON object", files=manifest("[]")),
    B("manifest_date_not_iso", MANIFEST, "extracted_on", None, r"extracted_on must be a date as YYYY-MM-DD",
      files=manifest(json.dumps({"extracted_on": "31/12/2025"}))),
    B("manifest_impossible_date", MANIFEST, "extracted_on", None, r"YYYY-MM-DD",
      files=manifest(json.dumps({"extracted_on": "2025-02-30"}))),
    B("manifest_table_date_not_iso", MANIFEST, "tables.home_visits.extracted_on", None, r"YYYY-MM-DD",
      files=manifest(json.dumps({"extracted_on": "2025-12-31", "tables": {HV: {"extracted_on": "igår"}}}))),
]

BY_ID = {b.id: b for b in BREAKAGES}
assert len(BY_ID) == len(BREAKAGES), "breakage ids must be unique"
