"""Inhabitants listed at each health centre by month and age band, the denominator of ED visits
per 1,000 listed.

The units' populations (interpolated month by month between the yearly counts) spread over the
centres by the same listing shares the home-care patients and ED visits follow, so the centres'
lists add up to the region's population and a centre's rates agree with its patients'.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from dashboard.data.contract import AGE_BANDS
from dashboard.data.demo.dates import data_months, month_start, year_of
from dashboard.data.demo.health_centres import HealthCentres
from dashboard.data.demo.listing import Listing
from dashboard.data.demo.population import YEARS
from dashboard.data.demo.tables import contract_table, take


def monthly_population(pop: np.ndarray) -> np.ndarray:
    """(month, unit, band), linear between the 1 January counts (the last year's trend goes on)."""
    months = data_months()
    row = year_of(month_start(months)) - YEARS[0]
    following = np.concatenate([pop[1:], pop[-1:] * pop[-1:] / np.maximum(pop[-2:-1], 1)])
    within = ((months % 12) / 12)[:, None, None]
    return pop[row] + (following[row] - pop[row]) * within


def listed_population_table(pop: np.ndarray, listing: Listing, hcs: HealthCentres) -> pa.Table:
    months = data_months()
    shares = listing.shares[months - listing.first_month]  # (month, unit, centre)
    listed = np.rint(np.einsum("mub,muh->mhb", monthly_population(pop), shares)).astype(np.int64)
    open_month = shares.sum(axis=1) > 0  # (month, centre): only centres open that month have a list
    m, h, b = np.nonzero(np.broadcast_to(open_month[:, :, None], listed.shape))
    return contract_table("listed_population", {
        "month": month_start(months[m]),
        "hc_id": take(hcs.ids, h),
        "age_band": take(AGE_BANDS, b),
        "listed": listed[m, h, b],
    })
