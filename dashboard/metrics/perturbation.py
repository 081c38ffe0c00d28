"""The cell key method: every published count is moved by a small amount that its own rows decide.

Free tabulation (any area, centre, team and run of months, on pages, in tables and in the command)
publishes figures tied to each other in more ways than secondary suppression can follow: a period
minus an overlapping one, the patients active this month minus last month plus those discharged, a
team minus the areas it serves, the region minus its centres. Exact figures beside a hidden one give
it away through any of these. So, as the Australian Bureau of Statistics' TableBuilder and the 2021
census of England and Wales do, each count gets a little noise (docs/data-decisions.md):

- every row of the extract has a record key hashed from its id (sql/macros/cell_keys.sql); a cell's
  key is the sum of its rows' keys modulo 2^32, so the same rows have the same key under any name
  (the region and the sum of all its areas, a municipality and its only unit);
- the noise is read from the cell key mixed with a secret kept with the data (`mix`): the same rows
  always get the same noise, so asking again teaches nothing, and different rows get unrelated
  noise, so a difference of two published figures is the hidden one plus noise of unknown sign;
- flows are perturbed month by month and a period is the sum of its perturbed months: overlapping
  periods repeat the same monthly noise instead of offering fresh draws to average away.

A count from 1 to threshold − 1 is never shown (`suppression`), nor is any sum over months that holds
one; its perturbed value stays within [1, threshold − 1] all the same. A count of at least the
threshold is never published below it, so that a sum of shown months is never small. Zero stays zero.
"""

from __future__ import annotations

import numpy as np
import polars as pl

KEY_RANGE = 2**32
#: The noise and its weight in thousandths: none in half the cells, one in two of five, two in one
#: of twelve, three or four rarely, so that no difference of published figures often reaches the
#: bound an attacker would have to assume (MAX_NOISE on every figure).
NOISE = ((-4, 2), (-3, 8), (-2, 40), (-1, 200), (0, 500), (1, 200), (2, 40), (3, 8), (4, 2))
MAX_NOISE = max(abs(e) for e, _ in NOISE)
#: A sum of days over the same rows as a count gets its noise from a key this far from theirs.
MAGNITUDE_KEY_STEP = 0x9E3779B9
_MASK = (1 << 64) - 1


def mix(keys: np.ndarray, secret: int) -> np.ndarray:
    """Cell keys mixed with the secret into 64 unpredictable bits: SplitMix64's finaliser of
    key + secret (Steele, Lea and Flood 2014), so that without the secret no one can tell a
    cell's noise from its rows, and with another secret every noise is different."""
    z = keys.astype(np.uint64) + np.uint64(secret & _MASK)  # arrays of uint64 wrap silently
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def noise_of_slot(slots: np.ndarray) -> np.ndarray:
    """The noise of each slot in 0…999, by the weights of NOISE: slots 0–1 give −4, 2–9 −3, 10–49
    −2, 50–249 −1, 250–749 0, 750–949 +1, 950–989 +2, 990–997 +3, 998–999 +4."""
    bounds = np.cumsum([weight for _, weight in NOISE])[:-1]
    return NOISE[0][0] + np.searchsorted(bounds, slots, side="right")


def noise(keys: pl.Series, secret: int) -> pl.Series:
    """Each cell key's noise: its mixed bits' place among 1000 equal slots."""
    mixed = mix(keys.fill_null(0).to_numpy(), secret)
    slots = ((mixed >> np.uint64(32)) * np.uint64(1000)) >> np.uint64(32)
    return pl.Series(noise_of_slot(slots))


def publish(count: pl.Expr, noise_: pl.Expr, threshold: int) -> pl.Expr:
    """The published counts: zero stays zero; a small count stays within [1, threshold − 1]; a count
    of at least the threshold that the noise would bring below it is moved up by the noise instead.
    Null counts stay null."""
    moved = count + noise_
    return (
        pl.when(count == 0).then(count)
        .when(count < threshold).then(moved.clip(1, threshold - 1))
        .when(moved >= threshold).then(moved)
        .otherwise(count - noise_)
    ).cast(pl.Float64)


def publish_magnitude(total: pl.Expr, count: pl.Expr, noise_: pl.Expr) -> pl.Expr:
    """A sum of days over `count` rows moved by whole means (noise × total / count) and rounded to a
    day: a published mean is then a ratio of two published whole numbers, and neither its digits (a
    true mean's fraction has the true count below the line) nor the days give the count away."""
    return pl.when(count > 0).then((total + noise_ * total / count).round(0)).otherwise(total).cast(pl.Float64)


def magnitude_keys(keys: pl.Series) -> pl.Series:
    """The key of a sum of days over the rows of `keys`: not theirs, so its noise is not the count's."""
    return (keys.cast(pl.Int64) + MAGNITUDE_KEY_STEP) % KEY_RANGE
