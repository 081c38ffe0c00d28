"""What the start page shows: the headline indicators, grouped as a steering group reads them."""

from __future__ import annotations

from datetime import date

from dashboard.periods import Period, latest_complete_month

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("section.mobile_doctor", (
        "coverage_offered_65", "fixed_contact_65", "hc_participation", "units_offering",
        "need_coverage", "home_visits", "team_visit_share", "acute_next_weekday",
    )),
    ("section.nsvt", ("nsvt_enrolled", "nsvt_active", "nsvt_mean_days", "nsvt_visits_per_episode")),
    ("section.ed", ("ed_rate_80", "ed_visits", "readmission_share")),
)


def overview_period(reference_date: date) -> Period:
    """The twelve months to the latest complete one: the sparkline, and the month before for the change."""
    return Period.ending(latest_complete_month(reference_date), 12)
