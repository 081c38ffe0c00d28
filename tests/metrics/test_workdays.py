"""The next workday after each date, which the acute visits' "by the next weekday" is measured against.

Dates read off a 2025–2026 calendar: Epiphany 6 January 2025 is a Monday, Good Friday 18 April,
Easter Monday 21 April, Christmas Day and Boxing Day 25–26 December (Thursday, Friday), New Year's
Day 2026 a Thursday. Christmas Eve and Midsummer Eve are ordinary weekdays in the contract.
"""

from __future__ import annotations

from datetime import date

import holidays
import pyarrow as pa

from dashboard.metrics.workdays import is_workday, next_workday_table

SWEDEN_2025 = holidays.Sweden(years=2025)


def test_a_workday_is_a_weekday_that_is_no_public_holiday():
    assert is_workday(date(2025, 3, 3), SWEDEN_2025)  # a Monday
    assert is_workday(date(2025, 3, 7), SWEDEN_2025)  # a Friday
    assert is_workday(date(2025, 6, 20), SWEDEN_2025)  # Midsummer Eve, a Friday
    assert not is_workday(date(2025, 3, 8), SWEDEN_2025)  # a Saturday
    assert not is_workday(date(2025, 3, 9), SWEDEN_2025)  # a Sunday
    assert not is_workday(date(2025, 1, 6), SWEDEN_2025)  # Epiphany, a Monday


def test_the_next_workday_skips_the_weekend():
    table = next_workday_table(date(2025, 3, 6), date(2025, 3, 10))
    assert table.schema == pa.schema([("day", pa.date32()), ("next_workday", pa.date32())])
    assert table.to_pydict() == {
        "day": [date(2025, 3, d) for d in (6, 7, 8, 9, 10)],  # Thursday … Monday
        # Thursday → Friday; Friday, Saturday and Sunday → Monday; Monday → Tuesday
        "next_workday": [date(2025, 3, d) for d in (7, 10, 10, 10, 11)],
    }


def test_the_next_workday_skips_easter():
    # Maundy Thursday 17 April is a workday; Good Friday to Easter Monday are not: Tuesday 22 April
    table = next_workday_table(date(2025, 4, 17), date(2025, 4, 22))
    assert table.to_pydict() == {
        "day": [date(2025, 4, d) for d in (17, 18, 19, 20, 21, 22)],
        "next_workday": [date(2025, 4, d) for d in (22, 22, 22, 22, 22, 23)],
    }


def test_the_next_workday_after_new_years_eve_is_in_the_next_year():
    # 23 December → Christmas Eve (a workday); 24–28 → Monday 29; 29 → 30; 30 → 31;
    # 31 December → past New Year's Day (a holiday of 2026, a year after the last day) → Friday 2 January
    table = next_workday_table(date(2025, 12, 23), date(2025, 12, 31))
    assert table.to_pydict() == {
        "day": [date(2025, 12, d) for d in range(23, 32)],
        "next_workday": [date(2025, 12, 24), *[date(2025, 12, 29)] * 5, date(2025, 12, 30), date(2025, 12, 31),
                         date(2026, 1, 2)],
    }
