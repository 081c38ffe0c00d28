"""Enough near-care teams? Each unit's inhabitants against the teams that serve it, after seed 003:
one team (a doctor and two nurses) per so many inhabitants (`settings.inhabitants_per_team`).

A team serving several units is shared between them by their inhabitants, and a unit served by
several teams has a share of each: so a unit's teams add up to what its people can count on, and a
team stretched over 260 000 inhabitants shows as 0,38 of what each of its units needs. Inhabitants
are public statistics, and teams are not people: nothing here is hidden.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class UnitTeams:
    unit_code: str
    inhabitants: int | None  # None: the population is not known
    teams: tuple[str, ...]  # the teams that serve it, by id
    needed: float | None  # teams its inhabitants call for
    available: float  # its share of the teams that serve it, in teams

    @property
    def share_of_need(self) -> float | None:
        """The teams it has against those it needs; None without a population or a need."""
        return self.available / self.needed if self.needed else None


def catchments(rows: Iterable[tuple[str, int | None, str | None]]) -> dict[str, int]:
    """Each team's inhabitants: the sum over the units it serves, each unit's split evenly between the
    teams serving it. rows: (unit_code, inhabitants, team_id or None), a row a unit and team."""
    teams_of, people = _by_unit(rows)
    served: dict[str, float] = defaultdict(float)
    for unit, teams in teams_of.items():
        for team in teams:
            served[team] += (people[unit] or 0) / len(teams)
    return {team: round(total) for team, total in served.items()}


def unit_teams(rows: Iterable[tuple[str, int | None, str | None]], per_team: float) -> list[UnitTeams]:
    """Every unit with its inhabitants, the teams serving it, the teams it needs (inhabitants /
    per_team) and those it has: for each of its teams, the unit's part of that team's catchment."""
    rows = list(rows)
    teams_of, people = _by_unit(rows)
    catchment = catchments(rows)
    result = []
    for unit in sorted(people):
        inhabitants, teams = people[unit], tuple(sorted(teams_of.get(unit, ())))
        # its people split evenly between its teams, each part a share of that team's catchment
        available = sum((inhabitants or 0) / len(teams) / catchment[team] for team in teams if catchment[team])
        needed = None if inhabitants is None else inhabitants / per_team
        result.append(UnitTeams(unit, inhabitants, teams, needed, available))
    return result


def _by_unit(rows: Iterable[tuple[str, int | None, str | None]]) -> tuple[dict[str, set[str]], dict[str, int | None]]:
    teams_of: dict[str, set[str]] = defaultdict(set)
    people: dict[str, int | None] = {}
    for unit, inhabitants, team in rows:
        people[unit] = inhabitants
        if team is not None:
            teams_of[unit].add(team)
    return teams_of, people
