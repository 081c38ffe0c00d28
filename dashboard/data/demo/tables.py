"""Numpy columns to Arrow tables in the contract's schema, and the generated identifiers.

The generators work on integer codes and day numbers; strings are made only here, once a table
is final, with Arrow's vectorised kernels (millions of ids at scale 10 would be slow in Python).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.data.contract import arrow_schema
from dashboard.data.demo.dates import OPEN

_HEX = np.frombuffer(b"0123456789ABCDEF", np.uint8)
PSEUDONYM_BITS = 40  # ten hex digits


def contract_table(name: str, columns: Mapping[str, object]) -> pa.Table:
    """A table in the contract's schema; date columns may be day numbers with OPEN as null."""
    schema = arrow_schema(name)
    arrays = []
    for field in schema:
        values = columns[field.name]
        if isinstance(values, (pa.Array, pa.ChunkedArray)):
            arrays.append(values.cast(field.type))
        elif pa.types.is_date32(field.type):
            days = np.asarray(values, np.int64)
            missing = days >= OPEN
            arrays.append(pa.array(np.where(missing, 0, days).astype("datetime64[D]"), pa.date32(),
                                   mask=missing if missing.any() else None))
        else:
            arrays.append(pa.array(values, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def take(codes: list[str] | np.ndarray, index: np.ndarray) -> pa.Array:
    """codes[index] as an Arrow string array; a negative index gives null."""
    index = np.asarray(index, np.int64)
    missing = index < 0
    return pa.array(list(codes), pa.string()).take(pa.array(np.where(missing, 0, index), mask=missing))


def sequential_ids(prefix: str, n: int, width: int = 9) -> pa.Array:
    """prefix + a zero-padded running number from 1, in the order of the rows."""
    numbers = pc.utf8_lpad(pc.cast(pa.array(np.arange(1, n + 1)), pa.string()), width, "0")
    return pc.binary_join_element_wise(prefix, numbers, "")


def pseudonyms(rng: np.random.Generator, n: int, taken: np.ndarray | None = None) -> np.ndarray:
    """n distinct random numbers below 2**40, none of them in taken (drawn again until so)."""
    keys = np.empty(0, np.uint64)
    while len(keys) < n:
        keys = np.concatenate([keys, rng.integers(0, 2**PSEUDONYM_BITS, n - len(keys), dtype=np.uint64)])
        keep = np.zeros(len(keys), bool)
        keep[np.unique(keys, return_index=True)[1]] = True
        if taken is not None:
            keep &= ~np.isin(keys, taken)
        keys = keys[keep]
    return keys


def patient_keys(keys: np.ndarray) -> pa.Array:
    """'P' and ten hex digits: pseudonymous, and nothing like a personal identity number."""
    shifts = np.arange(PSEUDONYM_BITS - 4, -1, -4, dtype=np.uint64)
    digits = _HEX[((keys[:, None] >> shifts) & np.uint64(15)).astype(np.intp)]
    chars = np.concatenate([np.full((len(keys), 1), ord("P"), np.uint8), digits], axis=1)
    return pa.array(np.ascontiguousarray(chars).view(f"S{chars.shape[1]}").ravel()).cast(pa.string())
