"""Västra Götaland's area hierarchy and its home-care units, from the package's vgr_areas.csv.

The csv is a copy of the shared reference table, kept in the package so that the demo runs
without anything outside the project. Every other generator works on unit indexes into Units.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from dashboard.data.demo.tables import contract_table
from dashboard.settings import SQL_DIR

AREAS_CSV = Path(__file__).with_name("vgr_areas.csv")


def read_areas() -> list[dict[str, str]]:
    with AREAS_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def areas_table(rows: list[dict[str, str]]) -> pa.Table:
    return contract_table("areas", {
        "area_code": [r["area_code"] for r in rows],
        "area_name": [r["area_name"] for r in rows],
        "level": [r["level"] for r in rows],
        "parent_code": [r["parent_code"] or None for r in rows],
    })


@dataclass(frozen=True)
class Units:
    """The home-care units (municipalities without districts, and districts), in csv order."""

    codes: list[str]
    subregion: list[str]  # subregion code of each unit
    is_district: np.ndarray
    inhabitants: np.ndarray  # approx_population (early 2020s), unscaled

    def index(self, code: str) -> int:
        return self.codes.index(code)

    def lookup(self, values: dict[str, float], default: float) -> np.ndarray:
        """A story parameter for each unit: set for the unit, else for its subregion, else default."""
        return np.array([values.get(c, values.get(s, default)) for c, s in zip(self.codes, self.subregion)])


def unit_codes(areas: pa.Table) -> set[str]:
    """The home-care units of an areas table, by the app's one definition (`int_home_care_units`)
    run over it, so that the demo's units are the ones its marts will count."""
    con = duckdb.connect()
    try:
        con.register("areas", areas)
        con.execute("create view stg_areas as select area_code, area_name, level as area_level, parent_code from areas")
        con.execute((SQL_DIR / "intermediate" / "int_home_care_units.sql").read_text(encoding="utf-8"))
        return {code for (code,) in con.execute("select unit_code from int_home_care_units").fetchall()}
    finally:
        con.close()


def home_care_units(rows: list[dict[str, str]]) -> Units:
    by_code = {r["area_code"]: r for r in rows}
    codes = unit_codes(areas_table(rows))
    units = [r for r in rows if r["area_code"] in codes]

    def subregion(r: dict[str, str]) -> str:
        while by_code[r["area_code"]]["level"] != "subregion":
            r = by_code[r["parent_code"]]
        return r["area_code"]

    return Units(
        codes=[r["area_code"] for r in units],
        subregion=[subregion(r) for r in units],
        is_district=np.array([r["level"] == "district" for r in units]),
        inhabitants=np.array([float(r["approx_population"]) for r in units]),
    )
