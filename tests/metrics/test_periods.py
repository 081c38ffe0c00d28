"""Months and periods: the last complete month before an extract's reference date, and a period of
the last n months.

Every expected value is worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.metrics.periods import Period, latest_complete_month, parse_month


def test_a_month_is_written_yyyy_mm():
    assert parse_month("2025-03") == date(2025, 3, 1)
    for text in ("2025-13", "2025-3", "", None):
        with pytest.raises(ValueError, match="is not a month: write it as YYYY-MM"):
            parse_month(text)


@pytest.mark.parametrize(
    "reference_date, month",
    [
        (date(2025, 3, 31), date(2025, 3, 1)),  # the month's last day: March is complete
        (date(2025, 3, 30), date(2025, 2, 1)),  # a day short: March is not, February is
        (date(2025, 3, 1), date(2025, 2, 1)),  # the first day: only the month before is complete
        (date(2025, 1, 15), date(2024, 12, 1)),  # across the year
        (date(2024, 2, 29), date(2024, 2, 1)),  # a leap year's February ends on the 29th
    ],
)
def test_latest_complete_month(reference_date, month):
    assert latest_complete_month(reference_date) == month


def test_a_period_ending_in_a_month_counts_back_across_the_year():
    # three months ending in February 2025: December, January, February
    period = Period.ending(date(2025, 2, 1), 3)
    assert period == Period(date(2024, 12, 1), date(2025, 2, 1))
    assert period.months == [date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)]


def test_a_period_of_one_month_is_that_month():
    assert Period.ending(date(2025, 2, 1), 1) == Period(date(2025, 2, 1), date(2025, 2, 1))


def test_a_period_may_not_end_before_it_starts():
    with pytest.raises(ValueError, match=r"^the period starts \(2025-03\) after it ends \(2025-02\)$"):
        Period(date(2025, 3, 1), date(2025, 2, 1))
