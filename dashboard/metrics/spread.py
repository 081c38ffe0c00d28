"""The spread between units of one level ("equal care"): the lowest and highest value and their ratio.

A ratio rather than a difference, so that shares near zero and near one read alike: 2,00 means the
highest unit reaches twice the share of the lowest. Hidden values do not count: the spread is among
what is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Spread:
    lowest: str  # the unit's code
    lowest_value: float
    highest: str
    highest_value: float
    ratio: float | None  # highest / lowest; None when the lowest is zero
    units: int


def spread(values: Mapping[str, float | None]) -> Spread | None:
    """None with fewer than two units that have a value: there is nothing to spread."""
    shown = sorted(((v, code) for code, v in values.items() if v is not None))
    if len(shown) < 2:
        return None
    (low, low_code), (high, high_code) = shown[0], shown[-1]
    return Spread(low_code, low, high_code, high, high / low if low else None, len(shown))
