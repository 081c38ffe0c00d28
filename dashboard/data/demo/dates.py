"""Days as whole numbers (days since 1970-01-01), the demo's time span, and doctors' working days.

Integers keep the generators vectorised; only tables.py turns them into Arrow dates. An open
episode ends on OPEN, far beyond any real date, so comparisons need no special case for nulls.
"""

from __future__ import annotations

from datetime import date

import holidays
import numpy as np

REFERENCE_DATE = date(2026, 1, 12)  # the manifest's extracted_on
FIRST_MONTH = "2017-01"  # monthly data run from here …
LAST_MONTH = "2025-12"  # … to here; no event is later than LAST_DAY
OPEN = 1_000_000  # the "end" of an episode still open (year 4707)


def day(iso: str) -> int:
    return int(np.datetime64(iso, "D").astype(np.int64))


LAST_DAY = day("2025-12-31")


def month_index(iso_month: str) -> int:
    """Months since 1970-01."""
    return int(np.datetime64(iso_month, "M").astype(np.int64))


def month_of(days: np.ndarray) -> np.ndarray:
    return np.asarray(days, np.int64).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def year_of(days: np.ndarray) -> np.ndarray:
    return np.asarray(days, np.int64).astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def month_start(months: np.ndarray) -> np.ndarray:
    return np.asarray(months, np.int64).astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def data_months() -> np.ndarray:
    """The months of the monthly tables, as months since 1970-01."""
    return np.arange(month_index(FIRST_MONTH), month_index(LAST_MONTH) + 1)


def parse_optional(values: list[str]) -> np.ndarray:
    """ISO dates from a CSV column, "" meaning none (OPEN)."""
    return np.array([day(v) if v else OPEN for v in values], np.int64)


class WorkingDays:
    """Days a health centre's doctors work: Monday–Friday, not a public holiday, and not the
    Midsummer, Christmas or New Year's Eve that Swedish workplaces close on although the
    contract's next-weekday rule counts them as weekdays (so acute requests just before a holiday
    are missed more often, as in real life)."""

    def __init__(self, first_year: int, last_year: int) -> None:
        self.first = day(f"{first_year}-01-01")
        n = day(f"{last_year + 1}-01-01") - self.first
        weekday = (np.arange(self.first, self.first + n) + 3) % 7  # 1970-01-01 was a Thursday: 0 = Monday
        closed = weekday >= 5
        for d in holidays.Sweden(years=range(first_year, last_year + 1)):
            closed[(d - date(1970, 1, 1)).days - self.first] = True
        for year in range(first_year, last_year + 1):
            midsummer_eve = next(date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4)
            for eve in (midsummer_eve.isoformat(), f"{year}-12-24", f"{year}-12-31"):
                closed[day(eve) - self.first] = True
        self.days = np.flatnonzero(~closed) + self.first

    def on_or_after(self, days: np.ndarray) -> np.ndarray:
        return self.days[np.searchsorted(self.days, days, side="left")]

    def after(self, days: np.ndarray) -> np.ndarray:
        return self.days[np.searchsorted(self.days, days, side="right")]

    def before(self, days: np.ndarray) -> np.ndarray:
        """The last working day strictly before each day."""
        return self.days[np.searchsorted(self.days, days, side="left") - 1]
