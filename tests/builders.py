"""Small extracts built in code: a tiny valid region that each test changes as it needs."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from dashboard.data.extract_files import write_extract

REGION = "R"

AREAS = [
    {"area_code": "R", "area_name": "Testregionen", "level": "region", "parent_code": None},
    {"area_code": "S1", "area_name": "Norr", "level": "subregion", "parent_code": "R"},
    {"area_code": "S2", "area_name": "Söder", "level": "subregion", "parent_code": "R"},
    {"area_code": "1001", "area_name": "Åby", "level": "municipality", "parent_code": "S1"},
    {"area_code": "1002", "area_name": "Storstad", "level": "municipality", "parent_code": "S2"},
    {"area_code": "1002-A", "area_name": "Västra", "level": "district", "parent_code": "1002"},
    {"area_code": "1002-B", "area_name": "Östra", "level": "district", "parent_code": "1002"},
]

HEALTH_CENTRES = [
    {"hc_id": "HC1", "hc_name": "Åby vårdcentral", "area_code": "1001", "ownership": "public",
     "opened_on": None, "closed_on": None, "mobile_doctor_start": date(2020, 1, 1), "mobile_doctor_end": None},
    {"hc_id": "HC2", "hc_name": "Västra vårdcentral", "area_code": "1002-A", "ownership": "private",
     "opened_on": None, "closed_on": None, "mobile_doctor_start": None, "mobile_doctor_end": None},
    {"hc_id": "HC3", "hc_name": "Östra vårdcentral", "area_code": "1002-B", "ownership": "public",
     "opened_on": date(2019, 5, 1), "closed_on": None, "mobile_doctor_start": date(2024, 3, 1),
     "mobile_doctor_end": None},
]

TEAMS = [{"team_id": "T1", "team_name": "Närsjukvårdsteam Norr", "hospital": "Norra sjukhuset"}]
TEAM_AREAS = [{"team_id": "T1", "area_code": "1001"}, {"team_id": "T1", "area_code": "1002-A"}]


def population(years=(2024, 2025), per_band=None) -> list[dict[str, Any]]:
    per_band = per_band or {"0-64": 8000, "65-79": 1500, "80+": 500}
    return [
        {"year": y, "area_code": unit, "age_band": band, "population": n}
        for y in years
        for unit in ("1001", "1002-A", "1002-B")
        for band, n in per_band.items()
    ]


def base_tables() -> dict[str, list[dict[str, Any]]]:
    """A valid extract with the reference tables filled and the event tables empty."""
    return copy.deepcopy(
        {
            "areas": AREAS,
            "health_centres": HEALTH_CENTRES,
            "population": population(),
            "nsvt_teams": TEAMS,
            "nsvt_team_areas": TEAM_AREAS,
            "home_care_episodes": [],
            "home_visits": [],
            "nsvt_episodes": [],
            "nsvt_visits": [],
            "ed_visits_monthly": [],
        }
    )


def episode(episode_id, patient_key, area_code="1001", hc_id="HC1", birth_year=1940,
            enrolled_on=date(2024, 1, 10), discharged_on=None, mobile_doctor_from=None, fixed_contact=False):
    return dict(episode_id=episode_id, patient_key=patient_key, area_code=area_code, hc_id=hc_id,
                birth_year=birth_year, enrolled_on=enrolled_on, discharged_on=discharged_on,
                mobile_doctor_from=mobile_doctor_from, fixed_contact=fixed_contact)


def visit(visit_id, visit_date, patient_key="P1", hc_id="HC1", area_code="1001", visit_kind="planned",
          team_visit=True, requested_on=None):
    return dict(visit_id=visit_id, visit_date=visit_date, patient_key=patient_key, hc_id=hc_id,
                area_code=area_code, visit_kind=visit_kind, team_visit=team_visit, requested_on=requested_on)


def nsvt_episode(episode_id, enrolled_on, discharged_on=None, discharge_reason=None, team_id="T1",
                 area_code="1001", patient_key=None, birth_year=1938, referred_from="hospital"):
    if discharged_on is not None and discharge_reason is None:
        discharge_reason = "home_care"
    return dict(episode_id=episode_id, patient_key=patient_key or f"N-{episode_id}", team_id=team_id,
                area_code=area_code, birth_year=birth_year, enrolled_on=enrolled_on, discharged_on=discharged_on,
                discharge_reason=discharge_reason, referred_from=referred_from)


def nsvt_visit(visit_id, episode_id, visit_date, staff="nurse", team_visit=False):
    return dict(visit_id=visit_id, episode_id=episode_id, visit_date=visit_date, staff=staff, team_visit=team_visit)


def ed_row(month, area_code="1001", hc_id="HC1", age_band="80+", ed_visits=0, admissions=0, readmissions_30d=0):
    return dict(month=month, area_code=area_code, hc_id=hc_id, age_band=age_band, ed_visits=ed_visits,
                admissions=admissions, readmissions_30d=readmissions_30d)


def build(path: Path, tables: dict[str, list[dict[str, Any]]], extracted_on: date | None = date(2025, 12, 31),
          source: str = "Testkälla", table_dates: dict[str, date] | None = None) -> Path:
    """An extract of tables with a manifest (none without extracted_on); table_dates date single
    tables apart from the rest, as a source delivered on a day of its own."""
    manifest = None if extracted_on is None else {"extracted_on": extracted_on.isoformat(), "source": source}
    if manifest is not None and table_dates:
        manifest["tables"] = {table: {"extracted_on": day.isoformat()} for table, day in table_dates.items()}
    return write_extract(path, tables, manifest)


#: A wider region for generated extracts: each subregion mixes a municipality with districts and
#: ones without, some units have two centres and one has none, so every sum the pages show has
#: several parts (Norr = 1001 + 1003; Söder = 1004 + Storstad's districts).
WIDE_AREAS = [
    {"area_code": "R", "area_name": "Testregionen", "level": "region", "parent_code": None},
    {"area_code": "S1", "area_name": "Norr", "level": "subregion", "parent_code": "R"},
    {"area_code": "S2", "area_name": "Söder", "level": "subregion", "parent_code": "R"},
    {"area_code": "1001", "area_name": "Åby", "level": "municipality", "parent_code": "S1"},
    {"area_code": "1003", "area_name": "Ödeby", "level": "municipality", "parent_code": "S1"},
    {"area_code": "1002", "area_name": "Storstad", "level": "municipality", "parent_code": "S2"},
    {"area_code": "1004", "area_name": "Älvby", "level": "municipality", "parent_code": "S2"},
    {"area_code": "1002-A", "area_name": "Västra", "level": "district", "parent_code": "1002"},
    {"area_code": "1002-B", "area_name": "Östra", "level": "district", "parent_code": "1002"},
]
WIDE_UNITS = ("1001", "1003", "1002-A", "1002-B", "1004")


def _centre(hc_id: str, area_code: str) -> dict[str, Any]:
    return {"hc_id": hc_id, "hc_name": f"Vårdcentral {hc_id}", "area_code": area_code, "ownership": "public",
            "opened_on": None, "closed_on": None, "mobile_doctor_start": date(2020, 1, 1), "mobile_doctor_end": None}


WIDE_CENTRES = [_centre("HC1", "1001"), _centre("HC2", "1002-A"), _centre("HC4", "1002-A"),
                _centre("HC3", "1002-B"), _centre("HC5", "1004"), _centre("HC6", "1004")]
WIDE_TEAM_AREAS = [{"team_id": "T1", "area_code": "1001"}, {"team_id": "T1", "area_code": "1002-A"},
                   {"team_id": "T1", "area_code": "1004"}]


def wide_tables() -> dict[str, list[dict[str, Any]]]:
    """`base_tables` over the wider region, every unit with its population."""
    tables = base_tables()
    tables.update(copy.deepcopy({"areas": WIDE_AREAS, "health_centres": WIDE_CENTRES,
                                 "nsvt_team_areas": WIDE_TEAM_AREAS}))
    tables["population"] = [{"year": y, "area_code": unit, "age_band": band, "population": n}
                            for y in (2024, 2025) for unit in WIDE_UNITS
                            for band, n in {"0-64": 8000, "65-79": 1500, "80+": 500}.items()]
    return tables


def two_teams() -> dict[str, list[dict[str, Any]]]:
    """`wide_tables` with a second near-care team, T2, serving the units T1 doesn't (Ödeby, Östra)."""
    tables = wide_tables()
    tables["nsvt_teams"].append({"team_id": "T2", "team_name": "Närsjukvårdsteam Söder", "hospital": "Södra sjukhuset"})
    tables["nsvt_team_areas"] += [{"team_id": "T2", "area_code": "1003"}, {"team_id": "T2", "area_code": "1002-B"}]
    return tables
