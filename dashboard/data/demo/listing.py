"""Where each unit's inhabitants are listed, month by month: the link between where patients live
and which health centre's doctor can reach them.

Most list in their own unit, some elsewhere in Göteborg or the subregion, which is why coverage
is unequal (domain.md). Home-care patients draw their centre from these shares, listed_population
sums them and the ED visits are split by them, so all three tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dashboard.data.demo import story
from dashboard.data.demo.areas import Units
from dashboard.data.demo.dates import LAST_MONTH, OPEN, day, month_index, month_of, month_start
from dashboard.data.demo.health_centres import HealthCentres


@dataclass(frozen=True)
class Listing:
    first_month: int  # months since 1970-01 of shares[0]
    shares: np.ndarray  # (month, unit, centre); each (month, unit) row sums to 1

    def rows(self, days: np.ndarray, unit: np.ndarray) -> np.ndarray:
        """The flat (month, unit) row index of each day and unit."""
        return (month_of(days) - self.first_month) * self.shares.shape[1] + unit

    @property
    def flat(self) -> np.ndarray:
        return self.shares.reshape(-1, self.shares.shape[2])


def choose(rng: np.random.Generator, probabilities: np.ndarray, row: np.ndarray) -> np.ndarray:
    """One category per item, drawn from probabilities[row[i]] (rows sum to 1), all at once.

    The rows' cumulative sums, each shifted by its row number, form one increasing sequence, so a
    single searchsorted draws for every item whatever its row."""
    n_rows, n_cats = probabilities.shape
    cumulative = np.cumsum(probabilities, axis=1)
    cumulative /= cumulative[:, -1:]
    cumulative += np.arange(n_rows)[:, None]
    u = rng.random(len(row))
    found = np.searchsorted(cumulative.ravel(), row + u, side="right")
    return np.minimum(found - row * n_cats, n_cats - 1)


def centre_weights(hcs: HealthCentres, months: np.ndarray) -> np.ndarray:
    """(month, centre): list size of each centre open all month, a new one growing into it."""
    first, last = month_start(months), month_start(months + 1) - 1
    opened = hcs.opened_on < OPEN
    is_open = (((~opened)[None, :] | (hcs.opened_on[None, :] <= first[:, None]))
               & (last[:, None] < hcs.closed_on[None, :]))
    age = months[:, None] - month_of(np.where(opened, hcs.opened_on, 0))[None, :]
    ramp = np.where(opened[None, :], np.clip(age / story.NEW_CENTRE_RAMP_MONTHS, 0, 1), 1.0)
    return hcs.weight[None, :] * is_open * ramp


def listing_shares(units: Units, hcs: HealthCentres) -> Listing:
    first = month_of(np.array([day(story.HISTORY_START)]))[0]
    months = np.arange(first, month_index(LAST_MONTH) + 1)
    weights = centre_weights(hcs, months)
    hc_district = units.is_district[hcs.unit]
    hc_subregion = np.array([units.subregion[u] for u in hcs.unit])
    hc_area = np.array([units.codes[u] for u in hcs.unit])
    shares = np.zeros((len(months), len(units.codes), len(hcs.ids)))

    def part(mask: np.ndarray) -> np.ndarray:
        w = weights * mask[None, :]
        return w / w.sum(axis=1, keepdims=True)

    for u, code in enumerate(units.codes):
        local = hcs.unit == u
        if code in story.LISTING_OVERRIDES:
            for area, ownership, share in story.LISTING_OVERRIDES[code]:
                group = (hc_area == area) & (hcs.private == (ownership == "private"))
                shares[:, u] += share * part(group)
            continue
        if units.is_district[u]:
            local_share, elsewhere = story.LOCAL_LISTING_DISTRICT, hc_district & ~local
        else:
            local_share = story.LOCAL_LISTING_MUNICIPALITY
            elsewhere = ~hc_district & (hc_subregion == units.subregion[u]) & ~local
        local_share = story.LOCAL_LISTING_OVERRIDES.get(code, local_share)
        shares[:, u] = local_share * part(local) + (1 - local_share) * part(elsewhere)
    return Listing(int(first), shares)
