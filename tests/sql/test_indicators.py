"""Every indicator on a hand-made extract, against answers worked out by hand in the comments.

Reference date 2025-12-31. Units: 1001 (HC1 takes part since 2020), 1002-A (HC2 never),
1002-B (HC3 opened 2019-05, takes part from 2024-03-01). Population per unit: 1 500 aged 65–79
and 500 aged 80+, in 2024 and 2025.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import INDICATORS, Scope, compute, compute_groups
from dashboard.metrics.periods import Period, parse_month
from dashboard.metrics.perturbation import MAX_NOISE
from tests.builders import base_tables, build, ed_row, episode, nsvt_episode, nsvt_visit, visit

REGION = Scope(area_code="R")


def period(first: str, last: str | None = None) -> Period:
    return Period(parse_month(first), parse_month(last or first))


def scenario() -> dict:
    t = base_tables()
    t["home_care_episodes"] = [
        episode("E1", "P1", birth_year=1940, enrolled_on=date(2024, 1, 10),
                mobile_doctor_from=date(2024, 2, 1), fixed_contact=True),
        # ends on the last day of March: active at the end of February, not at the end of March
        episode("E2", "P2", birth_year=1950, enrolled_on=date(2025, 1, 5), discharged_on=date(2025, 3, 31),
                mobile_doctor_from=date(2025, 1, 10)),
        # born 1960: 64 at the end of 2024, 65 from the end of January 2025
        episode("E3", "P3", birth_year=1960, enrolled_on=date(2024, 6, 1), mobile_doctor_from=date(2024, 7, 1)),
        episode("E4", "P4", area_code="1002-A", hc_id="HC2", birth_year=1935, enrolled_on=date(2023, 1, 1)),
        # the mobile doctor comes after the end of March
        episode("E5", "P5", area_code="1002-B", hc_id="HC3", birth_year=1945, enrolled_on=date(2024, 11, 1),
                mobile_doctor_from=date(2025, 4, 2)),
        # discharged on the first of April: still active at the end of March
        episode("E6", "P6", area_code="1002-B", hc_id=None, birth_year=1930, enrolled_on=date(2025, 2, 1),
                discharged_on=date(2025, 4, 1), mobile_doctor_from=date(2025, 2, 1), fixed_contact=True),
        episode("E7", "P7", birth_year=1970, enrolled_on=date(2024, 1, 1), mobile_doctor_from=date(2024, 1, 1)),
    ]
    t["home_visits"] = [
        visit("V1", date(2025, 1, 15), team_visit=True),
        visit("V2", date(2025, 2, 10), team_visit=False),
        # Friday 7 March: same day, and the following Monday, are in time; Tuesday is late
        visit("V3", date(2025, 3, 7), visit_kind="acute", requested_on=date(2025, 3, 7), team_visit=True),
        visit("V4", date(2025, 3, 10), visit_kind="acute", requested_on=date(2025, 3, 7), team_visit=True),
        visit("V5", date(2025, 3, 11), visit_kind="acute", requested_on=date(2025, 3, 7), team_visit=False),
        # acute without a request date: not in acute_next_weekday
        visit("V6", date(2025, 3, 12), visit_kind="acute", requested_on=None, team_visit=True),
        visit("V12", date(2025, 3, 20), hc_id="HC3", area_code="1002-B", patient_key="P5", team_visit=True),
        # Thursday before Easter: Good Friday and Easter Monday are holidays, so Tuesday 22 April is in time
        visit("V7", date(2025, 4, 22), visit_kind="acute", requested_on=date(2025, 4, 17)),
        visit("V8", date(2025, 4, 23), visit_kind="acute", requested_on=date(2025, 4, 17)),
        # Midsummer Eve (Fri 20 June) is a weekday: Monday 23 June is late
        visit("V9", date(2025, 6, 23), visit_kind="acute", requested_on=date(2025, 6, 19)),
        # Christmas Eve (Wed 24 December) is a weekday: Monday 29 December is late
        visit("V10", date(2025, 12, 29), visit_kind="acute", requested_on=date(2025, 12, 23)),
    ]
    t["nsvt_episodes"] = [
        nsvt_episode("N1", date(2025, 1, 10), date(2025, 3, 10)),  # 59 days
        nsvt_episode("N2", date(2025, 2, 1), date(2025, 3, 31), "died", area_code="1002-A"),  # 58 days
        nsvt_episode("N3", date(2025, 3, 15)),  # still enrolled: censored at 2025-12-31
        nsvt_episode("N4", date(2025, 3, 20), date(2025, 3, 20), "hospital"),  # 0 days
    ]
    t["nsvt_visits"] = [
        nsvt_visit("NV1", "N1", date(2025, 1, 10)), nsvt_visit("NV2", "N1", date(2025, 2, 1)),
        nsvt_visit("NV3", "N1", date(2025, 3, 10), staff="doctor"),
        nsvt_visit("NV4", "N2", date(2025, 2, 1)), nsvt_visit("NV5", "N2", date(2025, 3, 1)),
        nsvt_visit("NV6", "N3", date(2025, 3, 15)),
    ]
    t["ed_visits_monthly"] = [
        ed_row(date(2025, 1, 1), ed_visits=40, admissions=20, readmissions_30d=4),
        ed_row(date(2025, 2, 1), ed_visits=50, admissions=25, readmissions_30d=5),
        ed_row(date(2025, 1, 1), hc_id=None, ed_visits=10, admissions=5, readmissions_30d=1),
        ed_row(date(2025, 1, 1), area_code="1002-A", hc_id="HC2", age_band="65-79",
               ed_visits=30, admissions=10, readmissions_30d=2),
        # patients of 1002-A listed at HC1 (which lies in 1001)
        ed_row(date(2025, 2, 1), area_code="1002-A", hc_id="HC1", ed_visits=6, admissions=3),
    ]
    t["listed_population"] = [
        {"month": date(2025, m, 1), "hc_id": "HC1", "age_band": band, "listed": n}
        for m in (1, 2, 3) for band, n in (("0-64", 1000), ("65-79", 200), ("80+", 100))
    ]
    return t


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    path = build(tmp_path_factory.mktemp("scenario"), scenario())
    return Database(path, date(2025, 12, 31), "Testkälla")


def figures(db, scope, p, by_month=False, suppressed=False) -> dict:
    rows = compute(db, scope, p, by_month=by_month, suppressed=suppressed)
    if by_month:
        return {(r["indicator"], r["from"]): r for r in rows.to_dicts()}
    return {r["indicator"]: r for r in rows.to_dicts()}


def nd(row) -> tuple:
    return row["numerator"], row["denominator"]


def test_every_indicator_of_the_contract_is_computed_for_the_region(db):
    # the contract's seventeen; a page's own figures only when asked for by name
    assert set(figures(db, REGION, period("2025-01", "2025-03"))) == {i.id for i in INDICATORS if i.contract}
    assert len({i.id for i in INDICATORS if i.contract}) == 17


@pytest.mark.parametrize(
    "month, coverage, fixed",
    [
        # end of December 2024: E1, E4, E5 (E3 is 64, E7 55); doctor: E1
        ("2024-12", (1, 3), (1, 3)),
        # end of February: E1, E2, E3, E4, E5, E6; doctor: E1, E2, E3, E6; fixed contact: E1, E6
        ("2025-02", (4, 6), (2, 6)),
        # end of March: E2 left on the 31st, E6 is still there until 1 April: E1, E3, E4, E5, E6
        ("2025-03", (3, 5), (2, 5)),
    ],
)
def test_coverage_and_fixed_contact_at_month_end(db, month, coverage, fixed):
    f = figures(db, REGION, period(month))
    assert nd(f["coverage_offered_65"]) == coverage
    assert f["coverage_offered_65"]["value"] == pytest.approx(coverage[0] / coverage[1])
    assert nd(f["fixed_contact_65"]) == fixed


def test_stock_indicator_of_a_period_is_its_last_month(db):
    assert nd(figures(db, REGION, period("2024-12", "2025-03"))["coverage_offered_65"]) == (3, 5)


def test_area_roll_up_and_health_centre(db):
    # Storstad = its two districts: E4, E5, E6 active; E6 has a doctor
    assert nd(figures(db, Scope(area_code="1002"), period("2025-03"))["coverage_offered_65"]) == (1, 3)
    # listed at HC1: E1 and E3 (65 this year), both with a doctor
    assert nd(figures(db, Scope(hc_id="HC1"), period("2025-03"))["coverage_offered_65"]) == (2, 2)


def test_health_centre_participation_and_units_offering(db):
    before = figures(db, REGION, period("2024-02"))  # HC3 starts on 1 March 2024
    assert nd(before["hc_participation"]) == (1, 3)
    assert nd(before["units_offering"]) == (1, 3)
    after = figures(db, REGION, period("2025-03"))
    assert nd(after["hc_participation"]) == (2, 3)
    assert nd(after["units_offering"]) == (2, 3)


def test_need_coverage(db):
    # 3 patients 65+ with a doctor / (0.15 × 3 units × 2 000 inhabitants 65+)
    row = figures(db, REGION, period("2025-03"))["need_coverage"]
    assert nd(row) == (3, pytest.approx(900))
    assert row["value"] == pytest.approx(3 / 900)


def test_home_visits_and_team_share(db):
    q1 = figures(db, REGION, period("2025-01", "2025-03"))
    assert q1["home_visits"]["value"] == 7 and q1["home_visits"]["denominator"] is None
    assert nd(q1["team_visit_share"]) == (5, 7)
    own = figures(db, Scope(area_code="1001"), period("2025-01", "2025-03"))
    assert nd(own["team_visit_share"]) == (4, 6)
    assert figures(db, Scope(hc_id="HC3"), period("2025-03"))["home_visits"]["value"] == 1


@pytest.mark.parametrize(
    "first, last, expected",
    [
        ("2025-03", "2025-03", (2, 3)),  # V3 same day, V4 Monday after Friday, V5 a day late
        ("2025-04", "2025-04", (1, 2)),  # Easter: V7 on Tuesday in time, V8 late
        ("2025-06", "2025-06", (0, 1)),  # Midsummer Eve is a weekday
        ("2025-12", "2025-12", (0, 1)),  # Christmas Eve is a weekday
        ("2025-01", "2025-12", (3, 7)),
    ],
)
def test_acute_next_weekday_with_holidays(db, first, last, expected):
    assert nd(figures(db, REGION, period(first, last))["acute_next_weekday"]) == expected


def test_near_care_team_indicators(db):
    q1 = figures(db, REGION, period("2025-01", "2025-03"))
    assert q1["nsvt_enrolled"]["value"] == 4
    assert q1["nsvt_active"]["value"] == 1  # end of March: only N3 (N2 left on the 31st)
    assert nd(q1["nsvt_mean_days"]) == (59 + 58 + 0, 3)
    assert q1["nsvt_mean_days"]["value"] == pytest.approx(39)
    assert nd(q1["nsvt_visits_per_episode"]) == (5, 3)
    assert figures(db, REGION, period("2025-02"))["nsvt_active"]["value"] == 2


def test_kaplan_meier_median_with_a_still_open_episode(db):
    # times 0 (event), 58 (event), 59 (event), 291 (censored): S = 3/4, then 3/4 × 2/3 = 1/2 at 58 days
    row = figures(db, REGION, period("2025-01", "2025-03"))["nsvt_median_days_km"]
    assert (row["numerator"], row["denominator"], row["value"]) == (3, 4, 58)
    # enrolled in March: N3 censored at 291 days, N4 discharged at 0: S(0) = 1/2
    assert figures(db, REGION, period("2025-03"))["nsvt_median_days_km"]["value"] == 0
    assert figures(db, Scope(team_id="T1"), period("2025-01", "2025-03"))["nsvt_median_days_km"]["value"] == 58


def test_kaplan_meier_median_is_null_when_never_reached(tmp_path):
    t = base_tables()
    t["nsvt_episodes"] = [nsvt_episode("N1", date(2025, 1, 10)), nsvt_episode("N2", date(2025, 1, 20))]
    db = Database(build(tmp_path, t), date(2025, 12, 31), None)
    assert figures(db, REGION, period("2025-01"))["nsvt_median_days_km"]["value"] is None


def test_emergency_department_indicators(db):
    q1 = figures(db, REGION, period("2025-01", "2025-03"))
    assert q1["ed_visits"]["value"] == 136
    assert nd(q1["readmission_share"]) == (12, 63)
    # 80+: 40 + 50 + 10 + 6 visits over 3 months × 3 units × 500 inhabitants
    assert nd(q1["ed_rate_80"]) == (106, 4500)
    assert q1["ed_rate_80"]["value"] == pytest.approx(1000 * 106 / 4500)
    assert nd(figures(db, Scope(area_code="1001"), period("2025-01", "2025-03"))["ed_rate_80"]) == (100, 1500)
    # HC1's patients, wherever they live: 40 + 50 + 6 over 3 × 1 300 listed
    listed = figures(db, Scope(hc_id="HC1"), period("2025-01", "2025-03"))["ed_rate_listed"]
    assert nd(listed) == (96, 3900)
    assert listed["value"] == pytest.approx(1000 * 96 / 3900)


def test_by_month_gives_each_month(db):
    f = figures(db, REGION, period("2025-01", "2025-03"), by_month=True)
    assert [f[("home_visits", m)]["value"] for m in ("2025-01", "2025-02", "2025-03")] == [1, 1, 5]
    assert [f[("nsvt_enrolled", m)]["value"] for m in ("2025-01", "2025-02", "2025-03")] == [1, 1, 2]
    assert f[("coverage_offered_65", "2025-02")]["from"] == f[("coverage_offered_65", "2025-02")]["to"] == "2025-02"
    # no discharge in January: the mean has an empty denominator and no value
    assert nd(f[("nsvt_mean_days", "2025-01")]) == (0, 0) and f[("nsvt_mean_days", "2025-01")]["value"] is None


def test_missing_population_year_uses_the_latest_earlier_year(tmp_path):
    t = base_tables()
    # 1001 has 2023 only (used for 2025); 1002-A has 2026 only (no earlier year: unknown in 2025)
    t["population"] = [
        {"year": 2023, "area_code": "1001", "age_band": "80+", "population": 400},
        {"year": 2026, "area_code": "1002-A", "age_band": "80+", "population": 900},
        {"year": 2025, "area_code": "1002-B", "age_band": "80+", "population": 600},
    ]
    t["ed_visits_monthly"] = [
        ed_row(date(2025, 1, 1), ed_visits=20),
        ed_row(date(2025, 1, 1), area_code="1002-A", hc_id="HC2", ed_visits=99),
        ed_row(date(2025, 1, 1), area_code="1002-B", hc_id="HC3", ed_visits=30),
    ]
    db = Database(build(tmp_path, t, extracted_on=date(2025, 12, 31)), date(2025, 12, 31), None)
    row = figures(db, REGION, period("2025-01"))["ed_rate_80"]
    # 1002-A's visits are left out with its unknown population
    assert nd(row) == (50, 1000)
    assert figures(db, Scope(area_code="1002-A"), period("2025-01"))["ed_rate_80"]["value"] is None


def test_listed_population_is_optional(tmp_path):
    t = scenario()
    del t["listed_population"]
    db = Database(build(tmp_path, t), date(2025, 12, 31), None)
    row = figures(db, Scope(hc_id="HC1"), period("2025-01", "2025-03"))["ed_rate_listed"]
    assert (row["numerator"], row["denominator"], row["value"]) == (96, None, None)


def test_empty_denominator_gives_null_value(db):
    row = figures(db, Scope(area_code="1002-A"), period("2025-06"))["team_visit_share"]
    assert nd(row) == (0, 0) and row["value"] is None


def test_the_same_people_are_the_same_published_figure_in_every_indicator(tmp_path):
    # end of January: 10 patients 65+ in Åby, 8 with a doctor (2 without), 5 of them with a fixed
    # contact. Nothing is small, so all three are shown; coverage's and need's numerators are the same
    # 8 people, coverage's and fixed contact's denominators the same 10: each pair is one published
    # figure (one cell key), so setting them side by side gives no two draws of noise to compare.
    t = base_tables()
    t["home_care_episodes"] = [episode(f"E{k}", f"P{k}", enrolled_on=date(2024, 6, 1),
                                       mobile_doctor_from=date(2024, 7, 1) if k < 8 else None, fixed_contact=k < 5)
                               for k in range(10)]
    db = Database(build(tmp_path, t), date(2025, 12, 31), None)
    ids = ["coverage_offered_65", "fixed_contact_65", "need_coverage"]
    true = {r["indicator"]: r for r in compute(db, Scope(area_code="1001"), period("2025-01"), ids,
                                                suppressed=False).iter_rows(named=True)}
    assert [true[i]["numerator"] for i in ids] == [8, 5, 8]
    shown = {r["indicator"]: r
             for r in compute(db, Scope(area_code="1001"), period("2025-01"), ids).iter_rows(named=True)}
    assert not any(r["suppressed"] for r in shown.values())
    assert shown["need_coverage"]["numerator"] == shown["coverage_offered_65"]["numerator"]
    assert shown["fixed_contact_65"]["denominator"] == shown["coverage_offered_65"]["denominator"]
    for indicator, part in (("coverage_offered_65", "numerator"), ("fixed_contact_65", "numerator"),
                            ("coverage_offered_65", "denominator")):
        assert shown[indicator][part] >= 5 and abs(shown[indicator][part] - true[indicator][part]) <= MAX_NOISE


def test_an_areas_own_figure_is_its_figure_among_areas(tmp_path):
    # March: 3 visits in Västra (hidden: "<5"; 4 in February and 4 in April around them, so no
    # small total holds them), 20 in Östra. Östra's own figure and its figure on the map count the
    # same visits and are the same published number; Storstad's 23 is published with noise of its
    # own, so 23 − 20 is not Västra's count but that count plus unknown noise.
    t = base_tables()
    t["home_visits"] = ([visit(f"A{k}", date(2025, 3, 5), hc_id="HC2", area_code="1002-A") for k in range(3)]
                        + [visit(f"A{m}{k}", date(2025, m, 5), hc_id="HC2", area_code="1002-A")
                           for m in (2, 4) for k in range(4)]
                        + [visit(f"B{k}", date(2025, 3, 5), hc_id="HC3", area_code="1002-B") for k in range(20)])
    db = Database(build(tmp_path, t), date(2025, 12, 31), None)
    march = period("2025-03")
    own = compute(db, Scope(area_code="1002-B"), march, ["home_visits"])
    among = compute_groups(db, "area", ["1002-A", "1002-B", "1002"], march, ["home_visits"])
    assert among.select("area_code", "suppressed", "numerator_small").rows() == [
        ("1002-A", True, True), ("1002-B", False, False), ("1002", False, False)]
    assert own["numerator"].to_list() == among.filter(pl.col("area_code") == "1002-B")["numerator"].to_list()
    assert abs(own["numerator"][0] - 20) <= MAX_NOISE
    assert abs(among.filter(pl.col("area_code") == "1002")["numerator"][0] - 23) <= MAX_NOISE
