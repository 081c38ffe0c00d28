"""The next workday after each date, which the acute visits' "by the next weekday" is measured against.

Dates read off a 2025–2026 calendar: Epiphany 6 January 2025 is a Monday, Good Friday 18 April,
Easter Monday 21 April, Christmas Day and Boxing Day 25–26 December (Thursday, Friday), New Year's
Day 2026 a Thursday. Christmas Eve and Midsummer Eve are ordinary weekdays in the contract.
"""

from __future__ import annotations

from datetime import date

import holidays
import pyarrow as pa

from dashboard.metrics.workdays import is_workday, next_workday_table, public_holidays

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
    assert table.schema == pa.schema([("day", pa.date32()), ("next_workday", pa.date32()),
                                      ("request_day", pa.string())])
    assert table.to_pydict() == {
        "day": [date(2025, 3, d) for d in (6, 7, 8, 9, 10)],  # Thursday … Monday
        # Thursday → Friday; Friday, Saturday and Sunday → Monday; Monday → Tuesday
        "next_workday": [date(2025, 3, d) for d in (7, 10, 10, 10, 11)],
        "request_day": ["thu", "fri", "sat", "sun", "mon"],  # an ordinary week: each its weekday
    }


def test_the_next_workday_skips_easter():
    # Maundy Thursday 17 April is a workday; Good Friday to Easter Monday are not: Tuesday 22 April
    table = next_workday_table(date(2025, 4, 17), date(2025, 4, 22))
    assert table.to_pydict() == {
        "day": [date(2025, 4, d) for d in (17, 18, 19, 20, 21, 22)],
        "next_workday": [date(2025, 4, d) for d in (22, 22, 22, 22, 22, 23)],
        # Thursday's next weekday is five days on, not one; Good Friday and Easter Monday are holidays;
        # Saturday's and Sunday's are three and two days on, not two and one: all the holidays'
        "request_day": ["holiday"] * 5 + ["tue"],
    }


def test_the_next_workday_after_new_years_eve_is_in_the_next_year():
    # 23 December → Christmas Eve (a workday); 24–28 → Monday 29; 29 → 30; 30 → 31;
    # 31 December → past New Year's Day (a holiday of 2026, a year after the last day) → Friday 2 January
    table = next_workday_table(date(2025, 12, 23), date(2025, 12, 31))
    assert table.to_pydict() == {
        "day": [date(2025, 12, d) for d in range(23, 32)],
        "next_workday": [date(2025, 12, 24), *[date(2025, 12, 29)] * 5, date(2025, 12, 30), date(2025, 12, 31),
                         date(2026, 1, 2)],
        # Christmas Eve is a weekday, but its next one is five days on; the weekend after Boxing Day
        # waits as any weekend; New Year's Eve's next weekday is two days on
        "request_day": ["tue", "holiday", "holiday", "holiday", "sat", "sun", "mon", "tue", "holiday"],
    }


def test_ascension_and_midsummer_split_requests_as_a_holiday_does():
    # Wednesday 28 May 2025 → Friday 30 (Ascension Day Thursday 29): a holiday's wait; Thursday 19 June →
    # Friday 20, Midsummer Eve, a weekday: an ordinary Thursday; Friday 20 → Monday 23, an ordinary Friday
    may = next_workday_table(date(2025, 5, 28), date(2025, 5, 30)).to_pydict()
    assert may["next_workday"] == [date(2025, 5, 30), date(2025, 5, 30), date(2025, 6, 2)]
    assert may["request_day"] == ["holiday", "holiday", "fri"]
    june = next_workday_table(date(2025, 6, 19), date(2025, 6, 20)).to_pydict()
    assert june["next_workday"] == [date(2025, 6, 20), date(2025, 6, 23)]
    assert june["request_day"] == ["thu", "fri"]


def test_the_holidays_of_a_period_are_named_in_its_language():
    assert public_holidays(date(2025, 4, 1), date(2025, 6, 30), "sv") == [
        (date(2025, 4, 18), "Långfredagen"), (date(2025, 4, 20), "Påskdagen"), (date(2025, 4, 21), "Annandag påsk"),
        (date(2025, 5, 1), "Första maj"), (date(2025, 5, 29), "Kristi himmelsfärdsdag"),
        (date(2025, 6, 6), "Nationaldagen"), (date(2025, 6, 8), "Pingstdagen"), (date(2025, 6, 21), "Midsommardagen")]
    assert public_holidays(date(2025, 12, 20), date(2026, 1, 10), "en") == [
        (date(2025, 12, 25), "Christmas Day"), (date(2025, 12, 26), "Second Day of Christmas"),
        (date(2026, 1, 1), "New Year's Day"), (date(2026, 1, 6), "Epiphany")]
    # no eves, and no ordinary Sunday: a month without a holiday has none
    assert public_holidays(date(2025, 3, 1), date(2025, 3, 31), "sv") == []
