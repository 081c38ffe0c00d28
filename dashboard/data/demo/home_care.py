"""Municipal home-care episodes, the stock of patients behind the coverage indicators.

Enrolments are simulated from 2008 so that January 2017 opens with a realistic stock of patients
enrolled years before, as a real extract would. Episodes last months to years (lognormal); some
patients are enrolled again later (consecutive episodes, never overlapping). Each patient lists at
a health centre by the unit's listing shares and gets a mobile doctor only once that centre takes
part: existing patients gradually, new ones within days. When a centre leaves the scheme or
closes, the episode is split at that day: the patient re-lists (a new episode at the new centre)
or stays without a doctor, which is what coverage must show.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

import numpy as np
import pyarrow as pa

from dashboard.data.contract import AGE_BANDS
from dashboard.data.demo import story
from dashboard.data.demo.areas import Units
from dashboard.data.demo.dates import (
    FIRST_MONTH,
    LAST_DAY,
    LAST_MONTH,
    OPEN,
    day,
    month_index,
    month_of,
    month_start,
    year_of,
)
from dashboard.data.demo.health_centres import HealthCentres
from dashboard.data.demo.listing import Listing, choose
from dashboard.data.demo.population import inhabitants
from dashboard.data.demo.tables import contract_table, sequential_ids, take

DATA_START = day(f"{FIRST_MONTH}-01")


@dataclass(frozen=True)
class Episodes:
    patient: np.ndarray  # patient number, an index into the pseudonyms
    unit: np.ndarray
    hc: np.ndarray  # -1: health centre not known
    birth_year: np.ndarray
    enrolled: np.ndarray
    discharged: np.ndarray  # OPEN: still enrolled
    mobile_doctor_from: np.ndarray  # OPEN: never
    fixed_contact: np.ndarray

    def subset(self, index: np.ndarray) -> Episodes:
        return Episodes(*(getattr(self, f.name)[index] for f in fields(self)))

    def concat(self, other: Episodes) -> Episodes:
        return Episodes(*(np.concatenate([getattr(self, f.name), getattr(other, f.name)]) for f in fields(self)))


def stock_by_band(units: Units) -> np.ndarray:
    """(unit, band): patients enrolled at any time at scale 1, in HOME_CARE_STOCK_YEAR."""
    pop = inhabitants(units, np.array([story.HOME_CARE_STOCK_YEAR]))[0]
    stock = pop * np.array([story.HOME_CARE_PER_INHABITANT[b] for b in AGE_BANDS])
    fixed = np.zeros(len(units.codes), bool)
    for code, (patients, share_65) in story.HOME_CARE_STOCK_OVERRIDES.items():
        u = units.index(code)
        old = stock[u, 1:] / stock[u, 1:].sum()
        stock[u] = patients * np.array([1 - share_65, share_65 * old[0], share_65 * old[1]])
        fixed[u] = True
    stock[~fixed] *= (story.HOME_CARE_STOCK - stock[fixed].sum()) / stock[~fixed].sum()
    return stock


def ages_at_enrolment(rng: np.random.Generator, band: np.ndarray) -> np.ndarray:
    """Age at enrolment: under 65 mostly middle-aged, 80+ with a tail to past 100."""
    young = 20 + np.floor(45 * rng.beta(2.0, 1.3, len(band)))
    middle = 65 + np.floor(15 * rng.beta(1.3, 1.0, len(band)))
    old = 80 + np.minimum(np.floor(rng.exponential(6.5, len(band))), 24)
    return np.choose(band, [young, middle, old]).astype(np.int64)


def _durations(rng: np.random.Generator, n: int) -> np.ndarray:
    days = rng.lognormal(np.log(story.EPISODE_MEDIAN_DAYS), story.EPISODE_SIGMA, n)
    return np.clip(np.rint(days), 3, story.EPISODE_MAX_DAYS).astype(np.int64)


def _duration_moment(k: int) -> float:
    """E[min(D, cap)^k] of the capped lognormal of _durations."""
    mu, sigma, cap = np.log(story.EPISODE_MEDIAN_DAYS), story.EPISODE_SIGMA, story.EPISODE_MAX_DAYS
    z = (np.log(cap) - mu) / sigma
    normal_cdf = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))  # noqa: E731
    return float(np.exp(k * mu + (k * sigma) ** 2 / 2) * normal_cdf(z - k * sigma) + cap**k * (1 - normal_cdf(z)))


def _enrolments(rng: np.random.Generator, units: Units, scale: float) -> Episodes:
    """First episodes of new patients, Poisson per unit and month with a growing stock."""
    stock = stock_by_band(units) * scale
    # stock = inflow × mean duration, the inflow being that of the stock's mean time enrolled ago
    mean_days, mean_enrolled_ago = _duration_moment(1), _duration_moment(2) / (2 * _duration_moment(1))
    lag = (1 + story.HOME_CARE_GROWTH) ** (mean_enrolled_ago / 365.25)
    per_day = stock.sum(axis=1) * lag / (mean_days * (1 + story.FOLLOW_UP_SHARE))
    months = np.arange(month_of(np.array([day(story.HISTORY_START)]))[0], month_index(LAST_MONTH) + 1)
    length = month_start(months + 1) - month_start(months)
    growth = (1 + story.HOME_CARE_GROWTH) ** ((months - month_index(f"{story.HOME_CARE_STOCK_YEAR}-07")) / 12)
    counts = rng.poisson(per_day[None, :] * (length * growth)[:, None])
    month = np.repeat(np.repeat(months, len(units.codes)), counts.ravel())
    unit = np.repeat(np.tile(np.arange(len(units.codes)), len(months)), counts.ravel())
    days_in_month = month_start(month + 1) - month_start(month)
    enrolled = month_start(month) + np.floor(rng.random(len(month)) * days_in_month).astype(np.int64)
    band = choose(rng, stock / stock.sum(axis=1, keepdims=True), unit)
    n = len(unit)
    return Episodes(
        patient=np.arange(n), unit=unit, hc=np.full(n, -1), birth_year=year_of(enrolled) - ages_at_enrolment(rng, band),
        enrolled=enrolled, discharged=enrolled + _durations(rng, n),
        mobile_doctor_from=np.full(n, OPEN), fixed_contact=np.zeros(n, bool),
    )


def _follow_ups(rng: np.random.Generator, first: Episodes, units: Units) -> Episodes:
    """Later episodes of some discharged patients: same patient, usually the same unit."""
    chosen = (first.discharged <= LAST_DAY) & (rng.random(len(first.enrolled)) < story.FOLLOW_UP_SHARE)
    parent = first.subset(np.flatnonzero(chosen))
    low, mean = story.FOLLOW_UP_GAP_DAYS
    enrolled = parent.discharged + low + np.rint(rng.exponential(mean, len(parent.unit))).astype(np.int64)
    same_subregion = np.array([[a == b for b in units.subregion] for a in units.subregion], float)
    moved_to = choose(rng, same_subregion * units.inhabitants[None, :], parent.unit)
    unit = np.where(rng.random(len(parent.unit)) < story.MOVE_SHARE, moved_to, parent.unit)
    episodes = replace(parent, unit=unit, enrolled=enrolled, discharged=enrolled + _durations(rng, len(unit)))
    return episodes.subset(np.flatnonzero(episodes.enrolled <= LAST_DAY))


def _split_where_centres_stop(rng: np.random.Generator, ep: Episodes, hcs: HealthCentres, listing: Listing) -> Episodes:
    """Cut episodes at the day their centre closes or leaves the scheme; the patient goes on in a
    new episode, re-listed (always after a closing, else RELIST_WHEN_CENTRE_LEAVES) or not."""
    until = np.append(hcs.taking_part_until, OPEN)  # index -1: centre not known
    while True:
        stop = until[ep.hc]
        cut = np.flatnonzero((ep.enrolled < stop) & (stop < ep.discharged))
        if len(cut) == 0:
            return ep
        rest = ep.subset(cut)
        stop = stop[cut]
        closed = hcs.closed_on[rest.hc] == stop
        relist = closed | (rng.random(len(cut)) < story.RELIST_WHEN_CENTRE_LEAVES)
        listed = listing.flat[listing.rows(stop, rest.unit)]
        taking_part = (hcs.start[None, :] <= stop[:, None]) & (stop[:, None] < hcs.taking_part_until[None, :])
        to_doctor = listed * taking_part  # who re-lists after a centre leaves does so to get a doctor
        anywhere = closed | (to_doctor.sum(axis=1) == 0)
        new_hc = choose(rng, np.where(anywhere[:, None], listed, to_doctor), np.arange(len(cut)))
        rest = replace(rest, hc=np.where(relist, new_hc, rest.hc), enrolled=stop)
        discharged = ep.discharged.copy()
        discharged[cut] = stop
        ep = replace(ep, discharged=discharged).concat(rest)


def _mobile_doctor(rng: np.random.Generator, ep: Episodes, hcs: HealthCentres, units: Units) -> Episodes:
    known = ep.hc >= 0
    start = np.where(known, hcs.start[ep.hc], OPEN)
    until = np.where(known, hcs.taking_part_until[ep.hc], OPEN)
    begins = np.maximum(ep.enrolled, start)
    existing = ep.enrolled < start
    wait = rng.exponential(np.where(existing, story.ONBOARDING_DAYS_EXISTING, story.ONBOARDING_DAYS_NEW))
    doctor_from = begins + np.rint(wait).astype(np.int64)
    aged_65 = year_of(np.minimum(begins, LAST_DAY)) - ep.birth_year >= 65
    uptake_65 = units.lookup(story.UPTAKE_65_OVERRIDES, story.UPTAKE_65)[ep.unit]
    takes_it = rng.random(len(begins)) < np.where(aged_65, uptake_65, story.UPTAKE_UNDER_65)
    gets = (start < OPEN) & (doctor_from < np.minimum(ep.discharged, until)) & (doctor_from <= LAST_DAY) & takes_it
    low, high = story.FIXED_CONTACT_RANGE
    fixed_share = rng.uniform(low, high, len(units.codes))
    for code, share in story.FIXED_CONTACT_OVERRIDES.items():
        fixed_share[units.index(code)] = share
    fixed = gets & (rng.random(len(begins)) < fixed_share[ep.unit])
    return replace(ep, mobile_doctor_from=np.where(gets, doctor_from, OPEN), fixed_contact=fixed)


def simulate_home_care(rng: np.random.Generator, units: Units, hcs: HealthCentres, listing: Listing,
                       scale: float) -> Episodes:
    """Every episode active on some day from 2017-01-01 on, sorted by enrolment; patients numbered
    0 … n-1 in order of first appearance."""
    first = _enrolments(rng, units, scale)
    ep = first.concat(_follow_ups(rng, first, units))
    ep = ep.subset(np.flatnonzero(ep.discharged > DATA_START))
    unknown = rng.random(len(ep.unit)) < story.UNKNOWN_LISTING_SHARE
    ep = replace(ep, hc=np.where(unknown, -1, choose(rng, listing.flat, listing.rows(ep.enrolled, ep.unit))))
    ep = _split_where_centres_stop(rng, ep, hcs, listing)
    ep = replace(ep, discharged=np.where(ep.discharged > LAST_DAY, OPEN, ep.discharged))
    ep = _mobile_doctor(rng, ep, hcs, units)
    ep = ep.subset(np.lexsort((ep.patient, ep.enrolled)))
    _, first_seen, number = np.unique(ep.patient, return_index=True, return_inverse=True)
    renumber = np.empty(len(first_seen), np.int64)
    renumber[np.argsort(first_seen, kind="stable")] = np.arange(len(first_seen))
    return replace(ep, patient=renumber[number])


def home_care_table(ep: Episodes, keys: pa.Array, units: Units, hcs: HealthCentres) -> pa.Table:
    return contract_table("home_care_episodes", {
        "episode_id": sequential_ids("HSV", len(ep.unit)),
        "patient_key": keys.take(pa.array(ep.patient)),
        "area_code": take(units.codes, ep.unit),
        "hc_id": take(hcs.ids, ep.hc),
        "birth_year": ep.birth_year,
        "enrolled_on": ep.enrolled,
        "discharged_on": ep.discharged,
        "mobile_doctor_from": ep.mobile_doctor_from,
        "fixed_contact": ep.fixed_contact,
    })
