"""A hand-made extract for the start page, with its figures for December 2025 worked out by hand.

Åby (1001) against the region, August–December 2025; every unit has 500 inhabitants aged 80+.
- Coverage 65+: 20 patients in Åby, 10 with a mobile doctor from January, 3 more from December
  (50 % → 65 %, +15 points); 10 in Västra (1002-A), none with a doctor: the region 10/30 → 13/30.
- Home visits in Åby: 6 in November, 9 in December, all team visits.
- ED visits of people 80+: Åby 40, 44, 38, 40, 30; Västra 20 a month (region 60, 64, 58, 60, 50);
  per 1 000 aged 80+ in Åby: 80.0 in November, 60.0 in December; the region 50 / 1 500 in December.
- Readmissions in Åby: 6 of 20 admissions a month, but 3 in December (a count under 5: hidden).
- Near-care enrolments in Åby: 6 in November, 2 in December (a count under 5); Västra's 2 in
  December make the region's 4, a total that pins four parts of 1: inside it Åby's 2 reads "–",
  the region's 4 "<5".
- Follow-up starts in August, with ED: Västra has five home visits and five near-care episodes
  (enrolled and discharged) that month, so that every source has begun (the period lists start with
  the latest source's first month); five, so that no small count there holds Åby's zeros.
"""

from __future__ import annotations

from datetime import date

from tests.builders import base_tables, ed_row, episode, nsvt_episode, visit

LINK = {"area": "1001", "from": "2025-08", "to": "2025-12", "compare": "region"}
MONTHS = [date(2025, m, 1) for m in range(8, 13)]


def tables() -> dict:
    t = base_tables()
    t["home_care_episodes"] = [
        episode(f"E{n}", f"P{n}", birth_year=1940, enrolled_on=date(2025, 1, 10),
                mobile_doctor_from=date(2025, 1, 15) if n < 10 else date(2025, 12, 1) if n < 13 else None)
        for n in range(20)
    ] + [
        episode(f"W{n}", f"Q{n}", area_code="1002-A", hc_id="HC2", birth_year=1940, enrolled_on=date(2025, 1, 10))
        for n in range(10)
    ]
    t["home_visits"] = [visit(f"V{n}", date(2025, 11, 3 + n)) for n in range(6)] + [
        visit(f"D{n}", date(2025, 12, 1 + n)) for n in range(9)] + [
        visit(f"A{n}", date(2025, 8, 4 + n), patient_key=f"Q{n}", hc_id="HC2", area_code="1002-A")
        for n in range(5)]
    t["ed_visits_monthly"] = [
        ed_row(month, ed_visits=visits, admissions=20, readmissions_30d=3 if month.month == 12 else 6)
        for month, visits in zip(MONTHS, (40, 44, 38, 40, 30))
    ] + [ed_row(month, area_code="1002-A", hc_id="HC2", ed_visits=20, admissions=10, readmissions_30d=5)
         for month in MONTHS]
    t["nsvt_episodes"] = [nsvt_episode(f"N{n}", date(2025, 11, 2 + n)) for n in range(6)] + [
        nsvt_episode(f"M{n}", date(2025, 12, 2 + n)) for n in range(2)] + [
        nsvt_episode(f"V{n}", date(2025, 12, 5 + n), area_code="1002-A") for n in range(2)] + [
        nsvt_episode(f"A{n}", date(2025, 8, 4 + n), date(2025, 8, 20), area_code="1002-A") for n in range(5)]
    return t
