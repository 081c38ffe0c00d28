"""Home visits by mobile doctors: the visit counts, team-visit share and next-weekday indicators.

Only patients with a mobile doctor are visited, by the doctor of the centre they are listed at,
while their episode is active and that centre takes part. Planned visits fall on the doctors'
working days; acute ones are asked for on any day and mostly met the same or the next working
day, less often around weekends and the holidays (and eves) when the centre is closed. Visits per
patient vary between units; the team-visit share grows over the years as the way of working settles,
and falls in Borås from June 2025. Two recording gaps of 2025 are laid over them (`story`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pyarrow as pa

from dashboard.data.demo import story
from dashboard.data.demo.areas import Units
from dashboard.data.demo.dates import LAST_DAY, OPEN, WorkingDays, day, year_of
from dashboard.data.demo.health_centres import HealthCentres
from dashboard.data.demo.home_care import DATA_START, Episodes
from dashboard.data.demo.tables import contract_table, sequential_ids, take

MAX_ACUTE_WAIT_DAYS = 3  # beyond it the on-call doctor goes, whatever the day


@dataclass(frozen=True)
class HomeVisits:
    episode: np.ndarray  # index into Episodes
    visit_date: np.ndarray
    acute: np.ndarray
    requested_on: np.ndarray  # OPEN for planned visits
    team_visit: np.ndarray


def team_share(units: Units, visit_date: np.ndarray, unit: np.ndarray) -> np.ndarray:
    gap_2017 = 1 - units.lookup(story.TEAM_SHARE_2017, story.TEAM_SHARE_2017_DEFAULT)
    share = 1 - gap_2017[unit] * story.TEAM_SHARE_GAP_LEFT_2025 ** ((year_of(visit_date) - 2017) / 8)
    for code, (since, changed) in story.TEAM_SHARE_FROM.items():
        share = np.where((unit == units.index(code)) & (visit_date >= day(since)), changed, share)
    return share


def _recording_gaps(visits: HomeVisits, ep: Episodes, units: Units, hcs: HealthCentres) -> HomeVisits:
    """The story's recording gaps laid over the simulated visits (no draw of their own, so every other
    table stays as it was): no team flag at a centre, no request date in a municipality."""
    team, requested_on = visits.team_visit.copy(), visits.requested_on.copy()
    for hc_id, (first, last) in story.NO_TEAM_FLAG.items():
        inside = (ep.hc[visits.episode] == hcs.ids.index(hc_id)) & (visits.visit_date >= day(first)) & (
            visits.visit_date <= day(last))
        team[inside] = False
    for code, (first, last) in story.NO_REQUEST_DATE.items():
        inside = (ep.unit[visits.episode] == units.index(code)) & (visits.visit_date >= day(first)) & (
            visits.visit_date <= day(last))
        requested_on[inside] = OPEN
    return replace(visits, team_visit=team, requested_on=requested_on)


def simulate_home_visits(rng: np.random.Generator, ep: Episodes, hcs: HealthCentres, units: Units,
                         calendar: WorkingDays) -> HomeVisits:
    with_doctor = np.flatnonzero((ep.mobile_doctor_from < OPEN) & (ep.discharged > DATA_START))
    first = np.maximum(ep.mobile_doctor_from[with_doctor], DATA_START)  # the 2016 pilots' visits are not in
    until = np.minimum.reduce([ep.discharged[with_doctor], hcs.taking_part_until[ep.hc[with_doctor]],
                               np.full(len(first), LAST_DAY + 1)])
    unit_level = rng.lognormal(0, story.VISITS_UNIT_SPREAD, len(units.codes))
    per_year = story.VISITS_PER_PATIENT_YEAR * unit_level[ep.unit[with_doctor]]
    n = rng.poisson(per_year * (until - first) / 365.25)
    episode = np.repeat(with_doctor, n)
    start, end = np.repeat(first, n), np.repeat(until, n)
    day = start + np.floor(rng.random(len(episode)) * (end - start)).astype(np.int64)

    acute = rng.random(len(day)) < story.ACUTE_SHARE
    planned_on = calendar.on_or_after(day)
    planned_on = np.where(planned_on < end, planned_on, calendar.before(day + 1))
    working = calendar.on_or_after(day) == day
    met = np.where(working & (rng.random(len(day)) < story.ACUTE_SAME_DAY), day, calendar.after(day))
    met = np.where(rng.random(len(day)) < story.ACUTE_ONE_DAY_LATE, calendar.after(met), met)
    acute_on = np.minimum(met, day + MAX_ACUTE_WAIT_DAYS)
    visit_date = np.where(acute, acute_on, planned_on)
    inside = (visit_date >= start) & (visit_date < end)
    episode, visit_date, acute, day = episode[inside], visit_date[inside], acute[inside], day[inside]

    team = rng.random(len(episode)) < team_share(units, visit_date, ep.unit[episode])
    order = np.lexsort((episode, visit_date))
    visits = HomeVisits(episode[order], visit_date[order], acute[order], np.where(acute, day, OPEN)[order],
                        team[order])
    return _recording_gaps(visits, ep, units, hcs)


def home_visits_table(visits: HomeVisits, ep: Episodes, keys: pa.Array, units: Units, hcs: HealthCentres) -> pa.Table:
    return contract_table("home_visits", {
        "visit_id": sequential_ids("MHL", len(visits.episode)),
        "visit_date": visits.visit_date,
        "patient_key": keys.take(pa.array(ep.patient[visits.episode])),
        "hc_id": take(hcs.ids, ep.hc[visits.episode]),
        "area_code": take(units.codes, ep.unit[visits.episode]),
        "visit_kind": np.where(visits.acute, "acute", "planned"),
        "team_visit": visits.team_visit,
        "requested_on": visits.requested_on,
    })
