"""Inhabitants at the start of each year by unit and age band, the denominators of the rates.

Built from the early-2020s totals of vgr_areas.csv with the age structure the reference
describes (65+ ≈ 16 % in the city up to ≈ 28 % in small rural municipalities, 80+ about a third
of 65+), and an ageing trend so that 65+ and above all 80+ grow over 2017–2025. Scale multiplies
it with the event volumes, so rates per 1,000 stay realistic at any scale.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from dashboard.data.contract import AGE_BANDS
from dashboard.data.demo import story
from dashboard.data.demo.areas import Units
from dashboard.data.demo.tables import contract_table

YEARS = np.arange(2017, 2026)


def share_65(units: Units) -> np.ndarray:
    """The base year's 65+ share of each unit."""
    m = story.MUNICIPALITY_SHARE_65
    rural = m["at_small"] - m["per_log"] * np.log(np.maximum(units.inhabitants, m["small"]) / m["small"])
    municipal = np.maximum(rural, m["lowest"])
    return np.array([story.DISTRICT_SHARE_65.get(c, s) for c, s in zip(units.codes, municipal)])


def inhabitants(units: Units, years: np.ndarray) -> np.ndarray:
    """Unscaled inhabitants, float, shape (year, unit, band)."""
    t = (years - story.POPULATION_BASE_YEAR)[:, None].astype(float)
    total = units.inhabitants[None, :] * (1 + story.POPULATION_GROWTH) ** t
    s65 = share_65(units)[None, :] * (1 + story.SHARE_65_GROWTH) ** t
    s80_of_65 = story.SHARE_80_OF_65 + 0.3 * (share_65(units)[None, :] - 0.20) + story.SHARE_80_GROWTH * t
    old = total * s65
    return np.stack([total - old, old * (1 - s80_of_65), old * s80_of_65], axis=-1)


def population(units: Units, scale: float) -> np.ndarray:
    """The population table's numbers: int, shape (year of YEARS, unit, band)."""
    return np.rint(inhabitants(units, YEARS) * scale).astype(np.int64)


def population_table(pop: np.ndarray, units: Units) -> pa.Table:
    y, u, b = np.meshgrid(np.arange(len(YEARS)), np.arange(len(units.codes)), np.arange(3), indexing="ij")
    return contract_table("population", {
        "year": YEARS[y.ravel()],
        "area_code": [units.codes[i] for i in u.ravel()],
        "age_band": [AGE_BANDS[i] for i in b.ravel()],
        "population": pop.ravel(),
    })
