"""Near-care team enrolments and their home visits: the NSVT indicators (enrolled, active, mean
and Kaplan–Meier enrolment time, visits per patient).

Each team enrols from its start at a volume that grows to its established level. Most patients
are municipal home-care patients of the units the team serves (their episode active at
enrolment); the rest come straight from hospital or primary care. Enrolment times are lognormal
with a long tail; a home-care patient whose home care ends during the enrolment leaves the team
the same day (died, nursing home, hospital), so the two tables never contradict each other.
Visits come most densely just after enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
import pyarrow as pa

from dashboard.data.contract import AGE_BANDS
from dashboard.data.demo import story
from dashboard.data.demo.areas import Units
from dashboard.data.demo.dates import LAST_DAY, LAST_MONTH, OPEN, month_index, month_start, year_of
from dashboard.data.demo.home_care import DATA_START, Episodes, ages_at_enrolment
from dashboard.data.demo.listing import choose
from dashboard.data.demo.nsvt_teams import TEAMS
from dashboard.data.demo.population import inhabitants
from dashboard.data.demo.tables import contract_table, sequential_ids, take

REASONS = ("home_care", "died", "hospital", "nursing_home", "advanced_home_care", "other")
REFERRALS = ("hospital", "primary_care", "home_care", "emergency", "other")
STAFF = ("doctor", "nurse", "doctor_and_nurse", "other")
LINK_ATTEMPTS = 200
UNDER_65_ACCEPTED = 0.2  # near-care patients are mostly old: a younger candidate is taken this often
UNLINKED_BANDS = {"0-64": 0.15, "65-79": 0.35, "80+": 0.50}  # at enrolment, of patients not in home care


@dataclass(frozen=True)
class NsvtEpisodes:
    team: np.ndarray
    unit: np.ndarray
    patient: np.ndarray  # home-care patient number, or a new one after them
    in_home_care: np.ndarray
    birth_year: np.ndarray
    enrolled: np.ndarray
    discharged: np.ndarray  # OPEN: still enrolled
    reason: np.ndarray  # index into REASONS, -1 while enrolled
    referred_from: np.ndarray

    def subset(self, index: np.ndarray) -> NsvtEpisodes:
        return NsvtEpisodes(*(getattr(self, f.name)[index] for f in fields(self)))


@dataclass(frozen=True)
class NsvtVisits:
    episode: np.ndarray
    visit_date: np.ndarray
    staff: np.ndarray
    team_visit: np.ndarray


def _draw(rng: np.random.Generator, mix: dict[str, float], names: tuple[str, ...], n: int) -> np.ndarray:
    """n indexes into names, drawn by the shares of mix."""
    return choose(rng, np.array([[mix.get(name, 0.0) for name in names]]), np.zeros(n, np.int64))


def _enrolments(rng: np.random.Generator, units: Units, scale: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Team, unit and day of each enrolment, the unit weighted by its inhabitants aged 80+."""
    last = month_index(LAST_MONTH)
    aged_80 = inhabitants(units, np.array([story.POPULATION_BASE_YEAR]))[0, :, 2]
    team, unit, enrolled = [], [], []
    for t, spec in enumerate(TEAMS):
        months = np.arange(month_index(spec.starts[:7]), last + 1)
        grown = np.clip((months - months[0]) / story.NSVT_RAMP_MONTHS, 0, 1)
        counts = rng.poisson(scale * (spec.per_month_first + (spec.per_month_full - spec.per_month_first) * grown))
        month = np.repeat(months, counts)
        served = np.array([units.index(c) for c in spec.units])
        weight = aged_80[served]
        team.append(np.full(len(month), t))
        unit.append(served[choose(rng, (weight / weight.sum())[None, :], np.zeros(len(month), np.int64))])
        length = month_start(month + 1) - month_start(month)
        enrolled.append(month_start(month) + np.floor(rng.random(len(month)) * length).astype(np.int64))
    return np.concatenate(team), np.concatenate(unit), np.concatenate(enrolled)


def _link(rng: np.random.Generator, ep: Episodes, unit: np.ndarray, enrolled: np.ndarray) -> np.ndarray:
    """For each enrolment, a home-care episode of its unit active that day (-1 if none found)."""
    by_unit = np.argsort(ep.unit, kind="stable")
    first = np.searchsorted(ep.unit[by_unit], unit, side="left")
    count = np.searchsorted(ep.unit[by_unit], unit, side="right") - first
    found = np.full(len(unit), -1)
    pending = np.flatnonzero(count > 0)
    for _ in range(LINK_ATTEMPTS):
        if len(pending) == 0:
            break
        e = by_unit[first[pending] + np.floor(rng.random(len(pending)) * count[pending]).astype(np.int64)]
        d = enrolled[pending]
        old_enough = (year_of(d) - ep.birth_year[e] >= 65) | (rng.random(len(pending)) < UNDER_65_ACCEPTED)
        ok = (ep.enrolled[e] <= d) & (d < ep.discharged[e]) & old_enough
        found[pending[ok]] = e[ok]
        pending = pending[~ok]
    return found


def _home_care_ends(ep: Episodes) -> np.ndarray:
    """For each episode, the day the patient's home care ends: an episode split where the centre
    stopped goes on in the next one without a break."""
    order = np.lexsort((ep.enrolled, ep.patient))
    patient, enrolled, discharged = ep.patient[order], ep.enrolled[order], ep.discharged[order]
    new_stretch = np.ones(len(order), bool)
    new_stretch[1:] = (patient[1:] != patient[:-1]) | (enrolled[1:] != discharged[:-1])
    stretch = np.cumsum(new_stretch) - 1
    stretch_ends = np.zeros(stretch[-1] + 1 if len(order) else 0, np.int64)
    np.maximum.at(stretch_ends, stretch, discharged)
    ends = np.empty(len(order), np.int64)
    ends[order] = stretch_ends[stretch]
    return ends


def simulate_nsvt(rng: np.random.Generator, ep: Episodes, units: Units, scale: float) -> NsvtEpisodes:
    team, unit, enrolled = _enrolments(rng, units, scale)
    n = len(team)
    wanted = rng.random(n) < story.NSVT_LINKED_SHARE
    link = np.where(wanted, _link(rng, ep, unit, enrolled), -1)
    linked = link >= 0
    # patients not in home care get numbers after the home-care patients'
    n_home_care_patients = int(ep.patient.max()) + 1 if len(ep.patient) else 0
    patient = np.where(linked, ep.patient[link], n_home_care_patients + np.cumsum(~linked) - 1)
    band = _draw(rng, UNLINKED_BANDS, AGE_BANDS, n)
    birth_year = np.where(linked, ep.birth_year[link], year_of(enrolled) - ages_at_enrolment(rng, band))

    median = np.array([t.median_days for t in TEAMS])[team]
    ends = enrolled + np.maximum(1, np.rint(rng.lognormal(np.log(median), story.NSVT_ENROLMENT_SIGMA))).astype(np.int64)
    home_care_ends = np.where(linked, _home_care_ends(ep)[link], OPEN)
    with_home_care = home_care_ends <= ends
    ends = np.minimum(ends, home_care_ends)
    last_enrolment = np.full(n_home_care_patients, -1)
    np.maximum.at(last_enrolment, ep.patient, ep.enrolled)
    patient_goes_on = linked & (home_care_ends < last_enrolment[np.where(linked, ep.patient[link], 0)])

    reason = np.select(
        [with_home_care & ~patient_goes_on, with_home_care, linked],
        [_draw(rng, story.NSVT_REASONS_HOME_CARE_ENDS, REASONS, n), np.full(n, REASONS.index("hospital")),
         _draw(rng, story.NSVT_REASONS_HOME_CARE_GOES_ON, REASONS, n)],
        _draw(rng, story.NSVT_REASONS_NOT_IN_HOME_CARE, REASONS, n),
    )
    still = ends > LAST_DAY
    episodes = NsvtEpisodes(
        team=team, unit=unit, patient=patient, in_home_care=linked, birth_year=birth_year, enrolled=enrolled,
        discharged=np.where(still, OPEN, ends), reason=np.where(still, -1, reason),
        referred_from=_draw(rng, story.NSVT_REFERRED_FROM, REFERRALS, n),
    )
    episodes = episodes.subset(np.flatnonzero(episodes.discharged > DATA_START))  # as home care: active from 2017
    episodes = episodes.subset(np.lexsort((episodes.enrolled, episodes.patient)))
    # a patient is in one team at a time: drop an enrolment that starts before the previous one ends
    while True:
        clash = np.flatnonzero((episodes.patient[1:] == episodes.patient[:-1])
                               & (episodes.enrolled[1:] <= episodes.discharged[:-1])) + 1
        if len(clash) == 0:
            break
        episodes = episodes.subset(np.setdiff1d(np.arange(len(episodes.team)), clash))
    return episodes.subset(np.lexsort((episodes.patient, episodes.enrolled)))


def simulate_nsvt_visits(rng: np.random.Generator, episodes: NsvtEpisodes) -> NsvtVisits:
    """One visit on the day of enrolment, then more the longer the enrolment, most early on."""
    days = np.minimum(episodes.discharged, LAST_DAY) - episodes.enrolled
    median = np.array([t.median_days for t in TEAMS])[episodes.team]
    visits = np.array([t.visits_per_episode for t in TEAMS])[episodes.team]
    per_root = (visits - 1) / np.exp(story.NSVT_ENROLMENT_SIGMA**2 / 8)  # E[sqrt(D / median)] of the lognormal
    n = 1 + rng.poisson(per_root * np.sqrt(days / median))
    episode = np.repeat(np.arange(len(days)), n)
    first = np.zeros(len(episode), bool)
    first[np.cumsum(n) - n] = True
    offset = np.where(first, 0, np.floor(rng.beta(0.8, 1.6, len(episode)) * (days[episode] + 1)))
    visit_date = episodes.enrolled[episode] + np.minimum(offset.astype(np.int64), days[episode])
    staff = np.where(first, _draw(rng, story.NSVT_STAFF_FIRST, STAFF, len(episode)),
                     _draw(rng, story.NSVT_STAFF_LATER, STAFF, len(episode)))
    with_home_care, without = story.NSVT_TEAM_VISIT
    team = rng.random(len(episode)) < np.where(episodes.in_home_care[episode], with_home_care, without)
    order = np.lexsort((episode, visit_date))
    return NsvtVisits(episode[order], visit_date[order], staff[order], team[order])


def nsvt_episodes_table(episodes: NsvtEpisodes, keys: pa.Array, units: Units) -> tuple[pa.Table, pa.Array]:
    ids = sequential_ids("NSVT", len(episodes.team), width=7)
    table = contract_table("nsvt_episodes", {
        "episode_id": ids,
        "patient_key": keys.take(pa.array(episodes.patient)),
        "team_id": take([t.team_id for t in TEAMS], episodes.team),
        "area_code": take(units.codes, episodes.unit),
        "birth_year": episodes.birth_year,
        "enrolled_on": episodes.enrolled,
        "discharged_on": episodes.discharged,
        "discharge_reason": take(REASONS, episodes.reason),
        "referred_from": take(REFERRALS, episodes.referred_from),
    })
    return table, ids


def nsvt_visits_table(visits: NsvtVisits, episode_ids: pa.Array) -> pa.Table:
    return contract_table("nsvt_visits", {
        "visit_id": sequential_ids("NSV", len(visits.episode)),
        "episode_id": episode_ids.take(pa.array(visits.episode)),
        "visit_date": visits.visit_date,
        "staff": take(STAFF, visits.staff),
        "team_visit": visits.team_visit,
    })
