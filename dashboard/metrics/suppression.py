"""Small-number suppression: the one place that decides what may be shown (contract, "Small numbers").

A count of people or events from 1 to threshold−1 is never shown. A share or rate is hidden with
it when its numerator or denominator is such a count. Secondary suppression hides what subtraction
would give away:
- a share whose denominator minus numerator is such a count (the denominator is their total);
- the members of a family of indicators built from the same people (coverage, fixed contact and
  need all count the home-care patients 65+ of a month), together, when any two of their counts
  differ by such a count or one member is hidden;
- a second figure beside a lone hidden one among figures that add up to a total shown elsewhere
  (the months of a period, the centres of an area), so that the total gives only their sum away;
- among nested areas, in every sum of a parent and its children (a region and its subregions, a
  municipality and its districts) with one figure hidden, a second one, until no such sum has a lone
  hidden figure: every view of areas (map, ranking, an area's own figure) then hides the same ones,
  and no parent minus its shown children, nor its home-care units, gives a hidden one away.
"""

from __future__ import annotations

from itertools import pairwise

import polars as pl

from dashboard.settings import suppression_threshold


def is_small(count: float | None, threshold: int) -> bool:
    return count is not None and 0 < count < threshold


def must_suppress(numerator, denominator, parts: frozenset[str], threshold: int) -> bool:
    """Whether a figure with these counts must be hidden; `parts` names which counts are of people or events."""
    if "numerator" in parts and is_small(numerator, threshold):
        return True
    if "denominator" in parts and is_small(denominator, threshold):
        return True
    if "complement" in parts and numerator is not None and denominator is not None:
        return is_small(denominator - numerator, threshold)
    return False


def suppress(
    rows: pl.DataFrame,
    parts_by_indicator: dict[str, frozenset[str]],
    threshold: int | None = None,
    families: tuple[tuple[str, ...], ...] = (),
    cell: tuple[str, ...] = (),
    complement_over: tuple[str, ...] = (),
    complement_indicators: frozenset[str] | None = None,
    nested: tuple[str, str] | None = None,
) -> pl.DataFrame:
    """Mark and blank the rows that may not be shown: numerator, denominator and value become null.

    `cell` names the columns that make one figure's place (scope and period); `complement_over` the
    columns along which figures add up to a total (months or groups), for `complement_indicators`;
    `nested` the columns of an area's code and its parent's, when every area is in `rows`.
    """
    threshold = suppression_threshold() if threshold is None else threshold
    records = rows.to_dicts()
    flags = [must_suppress(r["numerator"], r["denominator"], parts_by_indicator[r["indicator"]], threshold)
             for r in records]
    for family in families:
        _hide_families(records, flags, family, parts_by_indicator, cell, threshold)
    if complement_over:
        _hide_complements(records, flags, complement_over, complement_indicators)
    if nested:
        _hide_nested(records, flags, *nested)
    hidden = pl.Series("suppressed", flags, dtype=pl.Boolean)
    # whether a hidden count is itself small (it reads "<5") or hidden for another's sake (it reads "–")
    small = [pl.Series(f"{c}_small", [hide and c in parts_by_indicator[r["indicator"]] and is_small(r[c], threshold)
                                      for hide, r in zip(flags, records)], dtype=pl.Boolean)
             for c in ("numerator", "denominator")]
    return rows.with_columns(hidden, *small).with_columns(
        [pl.when(pl.col("suppressed")).then(None).otherwise(pl.col(c)).alias(c)
         for c in ("numerator", "denominator", "value")]
    )


def part_and_total(part: float | None, total: float | None, threshold: int | None = None) -> tuple[bool, bool]:
    """Which of a table's part and its total to hide: each when it is small, and the total also
    when the rest (total − part) is small while the part is shown, since subtraction would give it."""
    threshold = suppression_threshold() if threshold is None else threshold
    part_hidden = is_small(part, threshold)
    rest_small = part is not None and total is not None and is_small(total - part, threshold)
    total_hidden = is_small(total, threshold) or (rest_small and not part_hidden)
    return part_hidden, total_hidden


def _people_counts(record: dict, parts: frozenset[str]) -> list[float]:
    counts = [record["numerator"]] if "numerator" in parts else []
    counts += [record["denominator"]] if "denominator" in parts else []
    return [c for c in counts if c is not None]


def _hide_families(records: list[dict], flags: list[bool], family: tuple[str, ...],
                   parts: dict[str, frozenset[str]], cell: tuple[str, ...], threshold: int) -> None:
    places: dict[tuple, list[int]] = {}
    for i, r in enumerate(records):
        if r["indicator"] in family:
            places.setdefault(tuple(r[c] for c in cell), []).append(i)
    for members in places.values():
        counts = sorted({c for i in members for c in _people_counts(records[i], parts[records[i]["indicator"]])})
        # sorted and distinct: if any two differ by a small number, two neighbours do
        differ = any(is_small(b - a, threshold) for a, b in pairwise(counts))
        if differ or any(flags[i] for i in members):
            for i in members:
                flags[i] = True


def _hide_complements(records: list[dict], flags: list[bool], over: tuple[str, ...],
                      indicators: frozenset[str] | None) -> None:
    """Beside a lone hidden figure of a series that sums to a total, hide the smallest other non-zero one."""
    series: dict[tuple, list[int]] = {}
    for i, r in enumerate(records):
        if indicators is None or r["indicator"] in indicators:
            key = tuple((k, v) for k, v in r.items() if k not in (*over, "numerator", "denominator", "value"))
            series.setdefault(key, []).append(i)
    for members in series.values():
        if sum(flags[i] for i in members) != 1:
            continue
        candidates = [i for i in members if not flags[i] and _size(records[i]) > 0]
        if candidates:
            flags[min(candidates, key=lambda i: _size(records[i]))] = True


def _hide_nested(records: list[dict], flags: list[bool], code: str, parent: str) -> None:
    """In each sum of a parent and its children with a lone hidden figure, hide the smallest other
    non-zero child; hiding one may leave another sum with a lone hidden figure, so repeat until none."""
    series: dict[tuple, dict[str, int]] = {}
    for i, r in enumerate(records):
        key = tuple((k, v) for k, v in r.items() if k not in (code, parent, "numerator", "denominator", "value"))
        series.setdefault(key, {})[r[code]] = i
    for places in series.values():
        sums: dict[int, list[int]] = {}
        for i in places.values():
            if records[i][parent] in places:
                sums.setdefault(places[records[i][parent]], []).append(i)
        changed = True
        while changed:
            changed = False
            for total, children in sums.items():
                if flags[total] + sum(flags[i] for i in children) != 1:
                    continue
                candidates = [i for i in children if not flags[i] and _size(records[i]) > 0]
                if candidates:
                    flags[min(candidates, key=lambda i: _size(records[i]))] = True
                    changed = True


def _size(record: dict) -> float:
    return record["denominator"] if record["denominator"] is not None else (record["numerator"] or 0)
