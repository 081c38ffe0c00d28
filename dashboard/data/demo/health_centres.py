"""The health centres (vårdcentraler), hand-written in health_centres.csv, and when they take part.

About 200 centres for 1.7 M inhabitants, public ones as "Närhälsan <place>", private ones under
plausible brands (≈ 45 % of Göteborg's centres, fewer elsewhere). The csv fixes each centre's
roll-out date, so the stories of docs/demo-data.md (Skaraborg's 84 %, Centrum's 2 of 11,
Majorna-Linné's private centres outside the scheme, the centre that leaves and the one that
closes) are the same for every seed; listing_weight is the centre's relative list size.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from dashboard.data.demo.areas import Units
from dashboard.data.demo.dates import parse_optional
from dashboard.data.demo.tables import contract_table

CENTRES_CSV = Path(__file__).with_name("health_centres.csv")


@dataclass(frozen=True)
class HealthCentres:
    ids: list[str]
    names: list[str]
    unit: np.ndarray  # index into Units
    private: np.ndarray
    weight: np.ndarray
    opened_on: np.ndarray  # day numbers; OPEN = none
    closed_on: np.ndarray
    start: np.ndarray  # mobile_doctor_start, OPEN = never
    end: np.ndarray  # mobile_doctor_end

    @property
    def taking_part_until(self) -> np.ndarray:
        """First day a centre no longer takes part: its end or its closing, OPEN if neither."""
        return np.minimum(self.end, self.closed_on)

    def taking_part(self, day: int) -> np.ndarray:
        return (self.start <= day) & (day < self.taking_part_until)


def read_health_centres(units: Units) -> HealthCentres:
    with CENTRES_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return HealthCentres(
        ids=[r["hc_id"] for r in rows],
        names=[r["hc_name"] for r in rows],
        unit=np.array([units.index(r["area_code"]) for r in rows]),
        private=np.array([r["ownership"] == "private" for r in rows]),
        weight=np.array([float(r["listing_weight"]) for r in rows]),
        opened_on=parse_optional([r["opened_on"] for r in rows]),
        closed_on=parse_optional([r["closed_on"] for r in rows]),
        start=parse_optional([r["mobile_doctor_start"] for r in rows]),
        end=parse_optional([r["mobile_doctor_end"] for r in rows]),
    )


def health_centres_table(hcs: HealthCentres, units: Units) -> pa.Table:
    return contract_table("health_centres", {
        "hc_id": hcs.ids,
        "hc_name": hcs.names,
        "area_code": [units.codes[u] for u in hcs.unit],
        "ownership": np.where(hcs.private, "private", "public"),
        "opened_on": hcs.opened_on,
        "closed_on": hcs.closed_on,
        "mobile_doctor_start": hcs.start,
        "mobile_doctor_end": hcs.end,
    })
