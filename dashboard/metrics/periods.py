"""Months and periods: the contract's M (a calendar month) and P (whole months)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def parse_month(text: str) -> date:
    """`YYYY-MM` to the month's first day; anything else is a ValueError that says what was wrong."""
    match = _MONTH.match(text or "")
    if not match:
        raise ValueError(f"{text!r} is not a month: write it as YYYY-MM, e.g. 2025-01")
    return date(int(match.group(1)), int(match.group(2)), 1)


def month_label(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def months_between(first: date, last: date) -> list[date]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def latest_complete_month(reference_date: date) -> date:
    """The last month whose every day lies on or before the extract's reference date."""
    this_month = reference_date.replace(day=1)
    return this_month if month_end(this_month) == reference_date else add_months(this_month, -1)


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"the period starts ({month_label(self.first)}) after it ends ({month_label(self.last)})")

    @property
    def months(self) -> list[date]:
        return months_between(self.first, self.last)

    @classmethod
    def ending(cls, last: date, months: int) -> Period:
        return cls(add_months(last, 1 - months), last)
