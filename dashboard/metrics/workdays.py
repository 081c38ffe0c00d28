"""The next weekday after each date: Monday–Friday and not a Swedish public holiday.

The contract takes the holidays package's Sweden calendar, which lists the *allmänna helgdagar*
and not Midsummer, Christmas or New Year's Eve (those are ordinary weekdays here).
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pyarrow as pa


def is_workday(day: date, public_holidays: holidays.HolidayBase) -> bool:
    return day.weekday() < 5 and day not in public_holidays


def next_workday_table(first: date, last: date) -> pa.Table:
    """One row per day from first to last with the first workday strictly after it."""
    public_holidays = holidays.Sweden()  # fills in each year as a day of it is looked up
    days, nexts = [], []
    day = first
    while day <= last:
        following = day + timedelta(days=1)
        while not is_workday(following, public_holidays):
            following += timedelta(days=1)
        days.append(day)
        nexts.append(following)
        day += timedelta(days=1)
    return pa.table({"day": pa.array(days, pa.date32()), "next_workday": pa.array(nexts, pa.date32())})
