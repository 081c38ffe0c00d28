"""Emergency-department visits by month, unit, health centre of listing and age band: the ED rates,
the savings estimate and readmissions.

A unit's expected visits are its population times a band rate with winter peaks, a level of its
own and month-to-month noise; then split over the centres its inhabitants list at (and a share
with the centre not known). The story of docs/demo-data.md is in ED_DROP_AFTER_START: the 80+
rate falls once mobile doctors start in Borås and Västra Hisingen, and stays flat in Trollhättan.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from dashboard.data.contract import AGE_BANDS
from dashboard.data.demo import story
from dashboard.data.demo.areas import Units
from dashboard.data.demo.dates import OPEN, data_months, month_of, month_start, year_of
from dashboard.data.demo.health_centres import HealthCentres
from dashboard.data.demo.listing import Listing
from dashboard.data.demo.population import YEARS
from dashboard.data.demo.tables import contract_table, take


def _drop_after_start(units: Units, hcs: HealthCentres, months: np.ndarray) -> np.ndarray:
    """(month, unit): the factor on the 80+ rate, ramping down from the unit's first start."""
    factor = np.ones((len(months), len(units.codes)))
    for code, drop in story.ED_DROP_AFTER_START.items():
        u = units.index(code)
        first_start = hcs.start[hcs.unit == u].min()
        if first_start < OPEN:
            since = months - month_of(np.array([first_start]))[0]
            factor[:, u] = 1 - drop * np.clip(since / story.ED_DROP_RAMP_MONTHS, 0, 1)
    return factor


def expected_visits(rng: np.random.Generator, pop: np.ndarray, units: Units, hcs: HealthCentres) -> np.ndarray:
    """(month, unit, band): the expected ED visits of each data month, noise included."""
    months = data_months()
    year_row = year_of(month_start(months)) - YEARS[0]
    season = np.array(story.ED_SEASON)[months % 12]
    rate = np.array([story.ED_PER_1000_MONTH[b] for b in AGE_BANDS]) / 1000
    level = rng.lognormal(0, story.ED_UNIT_SPREAD, len(units.codes))
    expected = pop[year_row] * rate[None, None, :] * season[:, None, None] * level[None, :, None]
    expected[:, :, 2] *= _drop_after_start(units, hcs, months)
    shape = story.ED_MONTH_NOISE_SHAPE
    return expected * rng.gamma(shape, 1 / shape, expected.shape)


def ed_visits_table(rng: np.random.Generator, expected: np.ndarray, listing: Listing, units: Units,
                    hcs: HealthCentres) -> pa.Table:
    months = data_months()
    shares = listing.shares[months - listing.first_month] * (1 - story.ED_UNKNOWN_CENTRE_SHARE)
    shares = np.concatenate([shares, np.full(shares.shape[:2] + (1,), story.ED_UNKNOWN_CENTRE_SHARE)], axis=2)
    # (month, unit, centre or unknown, band); the last centre index stands for "not known"
    visits = rng.poisson(expected[:, :, None, :] * shares[:, :, :, None])
    m, u, h, b = np.nonzero(visits)
    ed = visits[m, u, h, b]
    admitted = rng.binomial(ed, np.array([story.ADMISSION_SHARE[x] for x in AGE_BANDS])[b])
    readmitted = rng.binomial(admitted, np.array([story.READMISSION_SHARE[x] for x in AGE_BANDS])[b])
    unknown = h == len(hcs.ids)
    return contract_table("ed_visits_monthly", {
        "month": month_start(months[m]),
        "area_code": take(units.codes, u),
        "hc_id": take(hcs.ids, np.where(unknown, -1, h)),
        "age_band": take(AGE_BANDS, b),
        "ed_visits": ed,
        "admissions": admitted,
        "readmissions_30d": readmitted,
    })
