"""The need for mobile doctors, after seed 001 (the Umeå case study): segments of the population 65+
as patients, against those reached, and the doctors both call for.

The shares are cumulative (most ill ⊂ multi-failing ⊂ frail) and are settings; the scheme is for the
most ill and the multi-failing, so that group is the target the reached patients are set against.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    population_65: int
    most_ill: float
    multi_failing: float  # the multi-failing who are not also among the most ill
    frail: float  # the frail who are neither
    target: float  # the most ill and the multi-failing together
    doctors_needed: float
    reached: float | None
    share_reached: float | None
    doctors_for_reached: float | None


def need(population_65: int | None, reached: float | None, shares: tuple[float, float, float],
         per_doctor: float) -> Need | None:
    """None without a population: no estimate can be made."""
    if not population_65:
        return None
    most_ill, multi, frail = (population_65 * share for share in shares)
    return Need(
        population_65=population_65, most_ill=most_ill, multi_failing=multi - most_ill, frail=frail - multi,
        target=multi, doctors_needed=multi / per_doctor, reached=reached,
        share_reached=None if reached is None else reached / multi,
        doctors_for_reached=None if reached is None else reached / per_doctor,
    )
