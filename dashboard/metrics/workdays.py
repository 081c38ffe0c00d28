"""The next weekday after each date: Monday–Friday and not a Swedish public holiday.

The contract takes the holidays package's Sweden calendar, which lists the *allmänna helgdagar*
and not Midsummer, Christmas or New Year's Eve (those are ordinary weekdays here).
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pyarrow as pa

#: The weekdays a request is made on, Monday first, and "holiday": a public holiday, or a day whose
#: next weekday a public holiday pushes back (Maundy Thursday, Christmas Eve). Split so, waiting
#: times show the weekend's gap and the holidays' apart.
REQUEST_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday")
#: Days from a Monday … Sunday to the next weekday in an ordinary week: Friday's is Monday, three days on
_ORDINARY_GAP = (1, 1, 1, 1, 3, 2, 1)
_LANGUAGES = {"sv": "sv", "en": "en_US"}


def is_workday(day: date, public_holidays: holidays.HolidayBase) -> bool:
    return day.weekday() < 5 and day not in public_holidays


def request_day(day: date, next_workday: date, public_holidays: holidays.HolidayBase) -> str:
    """A request's day as the waiting times are split: its weekday, or "holiday" when it is one or
    when a holiday puts its next weekday later than an ordinary week would."""
    if day in public_holidays or (next_workday - day).days > _ORDINARY_GAP[day.weekday()]:
        return "holiday"
    return REQUEST_DAYS[day.weekday()]


def next_workday_table(first: date, last: date) -> pa.Table:
    """One row per day from first to last with the first workday strictly after it, and the day as
    a request's day (`request_day`)."""
    public_holidays = holidays.Sweden(include_sundays=False)  # fills in each year as a day of it is looked up
    days, nexts, kinds = [], [], []
    day = first
    while day <= last:
        following = day + timedelta(days=1)
        while not is_workday(following, public_holidays):
            following += timedelta(days=1)
        days.append(day)
        nexts.append(following)
        kinds.append(request_day(day, following, public_holidays))
        day += timedelta(days=1)
    return pa.table({"day": pa.array(days, pa.date32()), "next_workday": pa.array(nexts, pa.date32()),
                     "request_day": pa.array(kinds, pa.string())})


def public_holidays(first: date, last: date, lang: str) -> list[tuple[date, str]]:
    """The public holidays from first to last, with their names in the language (`Långfredagen`,
    `Good Friday`), as the next-weekday rule knows them: no eves, and no Sundays as such."""
    calendar = holidays.Sweden(years=range(first.year, last.year + 1), language=_LANGUAGES[lang],
                               include_sundays=False)
    return sorted((day, name) for day, name in calendar.items() if first <= day <= last)
