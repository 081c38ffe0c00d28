"""Published counts that are no single indicator's figure, on a hand-made extract: the listing effect's
cells (`indicators.listing_counts`, with their small-total rule), counts published cell by cell
(`indicators.publish_counts`), and
the centres' counts inside the region's small total (`compute_groups` by centre, `_Totals`).

Reference date 2025-12-31, threshold 5 (a count from 1 to 4 reads "<5"). Centres: HC1 in 1001 takes
part since 2020; HC2 in 1002-A never; HC3 in 1002-B from 1 March 2024; HC4 (added here) in 1002-A
never. Every expectation is worked out by hand in the comments; with noise on, only the noise's
bounds (perturbation.MAX_NOISE) and its rules (zero stays zero, 5 or more never below 5) are used.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope, compute, compute_groups, listing_counts, publish_counts
from dashboard.metrics.periods import Period
from dashboard.metrics.perturbation import MAX_NOISE
from tests.builders import base_tables, build, episode, visit

JAN_2025, FEB_2024 = date(2025, 1, 1), date(2024, 2, 1)
MARCH, SEPTEMBER = date(2025, 3, 1), date(2025, 9, 1)
DOCTOR = date(2024, 2, 1)  # a mobile doctor from February 2024
CENTRES = ["HC1", "HC2", "HC3", "HC4"]


def tables() -> dict:
    t = base_tables()
    t["health_centres"].append(
        {"hc_id": "HC4", "hc_name": "Hamnens vårdcentral", "area_code": "1002-A", "ownership": "private",
         "opened_on": None, "closed_on": None, "mobile_doctor_start": None, "mobile_doctor_end": None})
    # every patient enrolled on 10 January 2024 and born in 1940 (84 in 2024, 85 in 2025) unless said
    t["home_care_episodes"] = [
        # Åby: 6 listed at HC1, which takes part; 4 with a doctor
        *(episode(f"A{k}", f"PA{k}", mobile_doctor_from=DOCTOR if k < 4 else None) for k in range(6)),
        # Västra: 8 listed at HC2 (never takes part), 3 of them with a doctor all the same
        *(episode(f"W{k}", f"PW{k}", area_code="1002-A", hc_id="HC2", mobile_doctor_from=DOCTOR if k < 3 else None)
          for k in range(8)),
        # ... and 2 listed at HC1 (takes part), without a doctor: counted in patients only
        *(episode(f"WH{k}", f"PWH{k}", area_code="1002-A", hc_id="HC1") for k in range(2)),
        # ... not counted: 54 in 2024 and 55 in 2025; discharged on 31 December 2024, so not active at
        # the end of December 2024 or later
        episode("WY", "PWY", area_code="1002-A", hc_id="HC2", birth_year=1970),
        episode("WD", "PWD", area_code="1002-A", hc_id="HC2", discharged_on=date(2024, 12, 31)),
        # Östra: 5 listed at HC3, with a doctor from 15 March 2024 (HC3 takes part from 1 March 2024)
        *(episode(f"O{k}", f"PO{k}", area_code="1002-B", hc_id="HC3", mobile_doctor_from=date(2024, 3, 15))
          for k in range(5)),
        # ... 3 listed at HC2, none with a doctor, and 1 listed nowhere (counted in patients only)
        *(episode(f"OV{k}", f"POV{k}", area_code="1002-B", hc_id="HC2") for k in range(3)),
        episode("ON", "PON", area_code="1002-B", hc_id=None),
    ]
    # home visits by centre and month (the visited patient's unit is the centre's):
    #   HC1: Feb 4, Mar 1, Apr 4, Aug 10, Sep 2, Oct 10
    #   HC2, HC3, HC4: Feb 4, Mar 1, Apr 4; HC2 also Sep 10, HC3 also Sep 2
    #   the region: Feb 16, Mar 4 (small), Apr 16, Aug 10, Sep 14, Oct 10
    unit = {"HC1": "1001", "HC2": "1002-A", "HC3": "1002-B", "HC4": "1002-A"}
    counts = {hc: {2: 4, 3: 1, 4: 4} for hc in CENTRES}
    counts["HC1"].update({8: 10, 9: 2, 10: 10})
    counts["HC2"][9] = 10
    counts["HC3"][9] = 2
    t["home_visits"] = [visit(f"V-{hc}-{m}-{k}", date(2025, m, 5), patient_key=f"VP-{hc}", hc_id=hc,
                              area_code=unit[hc])
                        for hc, by_month in counts.items() for m, n in by_month.items() for k in range(n)]
    # and one on 15 January 2024, so that follow-up (the months a figure may be asked for) starts then
    t["home_visits"].append(visit("V-start", date(2024, 1, 15), patient_key="VP-start"))
    return t


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    return Database(build(tmp_path_factory.mktemp("published"), tables()), date(2025, 12, 31), "Testkälla")


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch):
    monkeypatch.delenv("NVK_SUPPRESS_MIN", raising=False)


def cells(frame: pl.DataFrame) -> dict[str, tuple]:
    return {r["cell"]: (r["count"], r["small"]) for r in frame.iter_rows(named=True)}


# --- the listing effect's counts ------------------------------------------------------------------

@pytest.mark.parametrize("area, month, expected", [
    # Västra, end of January 2025: 8 at HC2 + 2 at HC1 = 10 patients 65+ (not the one born 1970, nor
    # the one discharged on 31 December); outside: the 8 at HC2; without a doctor: 8 − 3 = 5 (the 2
    # at HC1 have none either, but they are not outside)
    ("1002-A", JAN_2025, {"patients": (10.0, False), "outside": (8.0, False), "without": (5.0, False)}),
    # Storstad = Västra + Östra (5 + 3 + 1 = 9): 19 patients; outside 8 + 3 = 11; without 5 + 3 = 8
    ("1002", JAN_2025, {"patients": (19.0, False), "outside": (11.0, False), "without": (8.0, False)}),
    # the region: Åby's 6 + Storstad's 19 = 25; Åby's patients are listed at HC1, which takes part
    ("R", JAN_2025, {"patients": (25.0, False), "outside": (11.0, False), "without": (8.0, False)}),
    # Östra, end of February 2024: HC3 takes part only from 1 March, so its 5 are outside with HC2's
    # 3 (8), and none of the 8 has a doctor yet (HC3's from 15 March); patients 5 + 3 + 1 = 9
    ("1002-B", FEB_2024, {"patients": (9.0, False), "outside": (8.0, False), "without": (8.0, False)}),
    # Östra, end of January 2025: HC3 now takes part, so only HC2's 3 are outside, all without a
    # doctor: 3 and 3 are small, hidden ("<5"); the 9 patients are shown
    ("1002-B", JAN_2025, {"patients": (9.0, False), "outside": (None, True), "without": (None, True)}),
    # Åby: 6 patients, all listed at HC1, which takes part: nobody outside, and zero stays 0
    ("1001", JAN_2025, {"patients": (6.0, False), "outside": (0.0, False), "without": (0.0, False)}),
])
@pytest.mark.usefixtures("true_counts")
def test_listing_counts_from_the_true_counts(db, area, month, expected):
    frame = listing_counts(db, area, month)
    assert frame["cell"].to_list() == ["patients", "outside", "without"]
    assert frame.columns == ["cell", "count", "small"]
    assert frame["count"].dtype == pl.Float64
    assert cells(frame) == expected


def test_listing_counts_unsuppressed_are_the_true_counts(db):
    # Östra, January 2025 (as above): 9 patients, 3 outside, 3 of them without a doctor; nothing
    # hidden and no noise, though 3 is small; counts as floats, as published ones are
    raw = listing_counts(db, "1002-B", JAN_2025, suppressed=False)
    assert raw.columns == ["cell", "count", "small"] and raw["count"].dtype == pl.Float64
    assert cells(raw) == {
        "patients": (9.0, False), "outside": (3.0, False), "without": (3.0, False)}
    # Åby: 6, 0, 0
    assert cells(listing_counts(db, "1001", JAN_2025, suppressed=False)) == {
        "patients": (6.0, False), "outside": (0.0, False), "without": (0.0, False)}


def test_listing_counts_with_noise_hide_the_small_keep_zero(db):
    # Östra, January 2025: 3 outside and 3 without a doctor, hidden whatever the noise
    shown = cells(listing_counts(db, "1002-B", JAN_2025))
    assert shown["outside"] == (None, True) and shown["without"] == (None, True)
    # 9 patients: shown, within the noise of 9, and no lower than 5
    assert shown["patients"][1] is False and shown["patients"][0] >= 5 and abs(shown["patients"][0] - 9) <= MAX_NOISE
    # Åby: nobody outside, exactly 0 (zero gets no noise)
    shown = cells(listing_counts(db, "1001", JAN_2025))
    assert shown["outside"] == (0.0, False) and shown["without"] == (0.0, False)


def _listing_db(tmp_path, episodes) -> Database:
    t = tables()
    t["home_care_episodes"] = episodes
    return Database(build(tmp_path, t), date(2025, 12, 31), "Testkälla")


@pytest.mark.usefixtures("true_counts")
def test_a_listing_count_inside_a_parent_areas_small_one_reads_a_dash(tmp_path):
    # at January 2025's end: Åby 6 listed at HC2 (outside, no doctor); Västra 8 at HC1 and 2 at HC2;
    # Östra 8 at HC3 (takes part) and 1 at HC2. Storstad: 19 patients, 2 + 1 = 3 outside and without
    # ("<5"); the region 25, 9 and 9. Västra's 2 and Östra's 1 lie inside Storstad's 3: "–", not
    # "<5" (four parts "<5" under a total "<5" would be 1 + 1 + 1 + 1)
    db = _listing_db(tmp_path, [
        *(episode(f"A{k}", f"PA{k}", hc_id="HC2") for k in range(6)),
        *(episode(f"W{k}", f"PW{k}", area_code="1002-A", hc_id="HC1" if k < 8 else "HC2") for k in range(10)),
        *(episode(f"O{k}", f"PO{k}", area_code="1002-B", hc_id="HC3" if k < 8 else "HC2") for k in range(9)),
    ])
    # Söder holds Storstad alone: its 3 read "<5", Storstad's the same 3 "–" inside them
    assert cells(listing_counts(db, "S2", JAN_2025)) == {
        "patients": (19.0, False), "outside": (None, True), "without": (None, True)}
    assert cells(listing_counts(db, "1002", JAN_2025)) == {
        "patients": (19.0, False), "outside": (None, False), "without": (None, False)}
    for area, patients in (("1002-A", 10.0), ("1002-B", 9.0)):
        assert cells(listing_counts(db, area, JAN_2025)) == {
            "patients": (patients, False), "outside": (None, False), "without": (None, False)}
    assert cells(listing_counts(db, "R", JAN_2025)) == {
        "patients": (25.0, False), "outside": (9.0, False), "without": (9.0, False)}


@pytest.mark.usefixtures("true_counts")
def test_a_listing_count_beside_its_areas_hidden_patients_reads_a_dash(tmp_path):
    # at January 2025's end: Åby 6 at HC1 with a doctor; Västra 1 at HC1 with a doctor and 2 at HC2
    # without; Östra 8 at HC3 and 6 at HC2, none with a doctor. Västra's 1 with a doctor lies inside
    # Storstad's 1: held, and with it Västra's 3 patients (coverage's other count, below 5); its 2
    # outside, under Storstad's 8 and the region's 8, read "–" beside them, not "<5" (which would
    # say the hidden patients were 2 or more)
    db = _listing_db(tmp_path, [
        *(episode(f"A{k}", f"PA{k}", mobile_doctor_from=DOCTOR) for k in range(6)),
        episode("W0", "PW0", area_code="1002-A", mobile_doctor_from=DOCTOR),
        *(episode(f"W{k}", f"PW{k}", area_code="1002-A", hc_id="HC2") for k in (1, 2)),
        *(episode(f"O{k}", f"PO{k}", area_code="1002-B", hc_id="HC3" if k < 8 else "HC2") for k in range(14)),
    ])
    every_part_hidden = listing_counts(db, "1002-A", JAN_2025)
    assert cells(every_part_hidden) == {
        "patients": (None, False), "outside": (None, False), "without": (None, False)}
    # numbers as numbers even when none is shown
    assert every_part_hidden.schema == {"cell": pl.String, "count": pl.Float64, "small": pl.Boolean}
    assert cells(listing_counts(db, "1002", JAN_2025)) == {
        "patients": (17.0, False), "outside": (8.0, False), "without": (8.0, False)}


@pytest.mark.usefixtures("true_counts")
def test_a_listing_part_is_held_on_its_own_count_not_on_another_parts(tmp_path):
    # at January 2025's end: Åby 6 at HC1 with a doctor; Västra 4 at HC1 and 8 at HC2 (outside the
    # scheme), 6 of those 8 with a doctor and 2 without; Östra 8 at HC3 (takes part, doctor from 15 March
    # 2024) and 1 at HC2 without. Storstad (and Söder): 21 patients, 9 outside, 2 + 1 = 3 without ("<5");
    # the region: 27, 9, 3 ("<5")
    db = _listing_db(tmp_path, [
        *(episode(f"A{k}", f"PA{k}", mobile_doctor_from=DOCTOR) for k in range(6)),
        *(episode(f"W{k}", f"PW{k}", area_code="1002-A", hc_id="HC1", mobile_doctor_from=DOCTOR) for k in range(4)),
        *(episode(f"WV{k}", f"PWV{k}", area_code="1002-A", hc_id="HC2", mobile_doctor_from=DOCTOR if k < 6 else None)
          for k in range(8)),
        *(episode(f"O{k}", f"PO{k}", area_code="1002-B", hc_id="HC3", mobile_doctor_from=date(2024, 3, 15))
          for k in range(8)),
        episode("OV", "POV", area_code="1002-B", hc_id="HC2"),
    ])
    # Västra: its 2 without lie inside Storstad's 3 ("–"); its 8 outside are shown, held by nothing
    assert cells(listing_counts(db, "1002-A", JAN_2025)) == {
        "patients": (12.0, False), "outside": (8.0, False), "without": (None, False)}
    # Östra: its 1 outside is small in its own right ("<5": Storstad's 9 outside is no small total, and
    # Storstad's small 3 without a doctor holds its without, not its outside); its 1 without, "–"
    assert cells(listing_counts(db, "1002-B", JAN_2025)) == {
        "patients": (9.0, False), "outside": (None, True), "without": (None, False)}
    # Åby: nobody outside (0, shown: no larger outside is small), and its 0 without lies inside the
    # region's 3: "–", not 0, which with Storstad's "<5" would tell the region's 3 apart
    frame = listing_counts(db, "1001", JAN_2025)
    assert cells(frame) == {"patients": (6.0, False), "outside": (0.0, False), "without": (None, False)}
    assert frame.schema == {"cell": pl.String, "count": pl.Float64, "small": pl.Boolean}


@pytest.mark.parametrize("area, month, true", [
    ("1002-A", JAN_2025, {"patients": 10, "outside": 8, "without": 5}),
    ("1002", JAN_2025, {"patients": 19, "outside": 11, "without": 8}),
    ("R", JAN_2025, {"patients": 25, "outside": 11, "without": 8}),
    ("1002-B", FEB_2024, {"patients": 9, "outside": 8, "without": 8}),
])
def test_listing_counts_with_noise_are_the_coverage_denominator_and_near_the_true(db, area, month, true):
    # the same patients as coverage_offered_65's denominator at the same month's end: the same figure,
    # as an area's own figure and among areas in a table shown cell by cell (which keeps Västra's 10
    # beside its hidden 3 with a doctor)
    shown = cells(listing_counts(db, area, month))
    among = compute_groups(db, "area", [area], Period(month, month), ["coverage_offered_65"], whole=False)
    assert shown["patients"][0] == among["denominator"][0]
    own = compute(db, Scope(area_code=area), Period(month, month), ["coverage_offered_65"])
    # hidden whole: Västra's coverage (3 with a doctor is small), and Östra's of February 2024 (its 0
    # with a doctor lies inside Storstad's 3, Västra's, whose doctor came that month)
    if (area, month) not in {("1002-A", JAN_2025), ("1002-B", FEB_2024)}:
        assert shown["patients"][0] == own["denominator"][0]
    else:
        assert own["suppressed"][0] and own["denominator"][0] is None
    for cell, count in true.items():
        value, small = shown[cell]
        assert small is False and value >= 5 and abs(value - count) <= MAX_NOISE, cell


def test_vastras_coverage_is_hidden_whole(db):
    # Västra, January 2025: 3 of its 10 patients have a doctor, so its coverage is hidden whole
    row = compute(db, Scope(area_code="1002-A"), Period(JAN_2025, JAN_2025), ["coverage_offered_65"]).row(0, named=True)
    assert (row["numerator"], row["denominator"], row["numerator_small"]) == (None, None, True)


# --- counts published cell by cell ---------------------------------------------------------------

def hand_made() -> pl.DataFrame:
    # 200 cells of 5, each with its own key, beside a zero, the small ones and a 12
    fives = [(f"five{k}", 5, 1000 + 7919 * k) for k in range(200)]
    rows = [("zero", 0, 11), ("one", 1, 22), ("four", 4, 33), ("twelve", 12, 44), *fives]
    return pl.DataFrame(rows, schema={"cell": pl.String, "count": pl.Int64, "key": pl.Int64}, orient="row")


def test_publish_counts_with_noise():
    published = publish_counts(hand_made())
    assert published.columns == ["cell", "count", "small"]
    assert published["cell"].to_list() == hand_made()["cell"].to_list()
    shown = cells(published)
    assert shown["zero"] == (0.0, False)
    assert shown["one"] == (None, True) and shown["four"] == (None, True)
    assert shown["twelve"][1] is False and abs(shown["twelve"][0] - 12) <= MAX_NOISE
    fives = [shown[f"five{k}"] for k in range(200)]
    # 5 moves by at most MAX_NOISE and never below 5: from 5 to 9
    assert all(small is False and 5 <= value <= 5 + MAX_NOISE for value, small in fives)
    # about half the cells get noise: 200 cells of 5 are not all published as 5
    assert any(value != 5 for value, _ in fives)


@pytest.mark.usefixtures("true_counts")
def test_publish_counts_without_noise_and_unsuppressed():
    published = publish_counts(hand_made())
    assert published["count"].dtype == pl.Float64
    shown = cells(published)
    # no noise: 0, 12 and every 5 as they are, the small ones still hidden
    assert shown["zero"] == (0.0, False) and shown["twelve"] == (12.0, False)
    assert shown["one"] == (None, True) and shown["four"] == (None, True)
    assert {shown[f"five{k}"] for k in range(200)} == {(5.0, False)}
    # unsuppressed: every count as it is, as a float, nothing small
    raw = cells(publish_counts(hand_made(), suppressed=False))
    assert [raw[c] for c in ("zero", "one", "four", "twelve")] == [(0.0, False), (1.0, False), (4.0, False),
                                                                   (12.0, False)]
    unsuppressed = publish_counts(hand_made(), suppressed=False)
    assert unsuppressed.columns == ["cell", "count", "small"] and unsuppressed["count"].dtype == pl.Float64


# --- the centres' counts inside the region's small total -----------------------------------------

def by_centre(db, within: str, centres: list[str], month: date) -> dict[str, dict]:
    frame = compute_groups(db, "hc", centres, Period(month, month), ["home_visits"], within=within, whole=False)
    return {r["hc_id"]: r for r in frame.iter_rows(named=True)}


def test_the_region_reads_small_in_march(db):
    # March: 4 home visits in the region, from 1 to 4: "<5"; around it February and April have 16
    # each, so no larger period of the region is small
    row = compute(db, Scope(area_code="R"), Period(MARCH, MARCH), ["home_visits"]).row(0, named=True)
    assert (row["numerator"], row["suppressed"], row["numerator_small"]) == (None, True, True)


@pytest.mark.parametrize("within, centres", [("R", CENTRES), ("1002", ["HC2", "HC3", "HC4"])])
def test_centres_inside_the_regions_small_total_read_a_dash(db, within, centres):
    # March: 1 visit at each centre. By itself each 1 would read "<5", but with four centres
    # reading "<5" under a region reading "<5" they could only be 1 + 1 + 1 + 1. So each lies inside
    # the region's 4 and is hidden unmarked ("–"). Not for being inside a longer period of its own:
    # with February's or April's 4 it is 1 + 4 = 5, no small total; the region's 4 is what holds it.
    rows = by_centre(db, within, centres, MARCH)
    assert set(rows) == set(centres)
    for hc, r in rows.items():
        assert (r["numerator"], r["value"], r["suppressed"], r["numerator_small"]) == (None, None, True, False), hc


@pytest.mark.usefixtures("true_counts")
def test_a_small_centre_under_a_large_region_reads_small(db):
    # September: HC1 2 visits, HC2 10, HC3 2, the region 14 (5 or more). HC1's 2 is small itself
    # ("<5"), and lies in no small total: with August's or October's 10 it is 12, and the region's 14
    # is not small. HC2's 10 is shown.
    rows = by_centre(db, "R", CENTRES, SEPTEMBER)
    assert (rows["HC1"]["numerator"], rows["HC1"]["suppressed"], rows["HC1"]["numerator_small"]) == (None, True, True)
    assert (rows["HC2"]["numerator"], rows["HC2"]["suppressed"], rows["HC2"]["numerator_small"]) == (10.0, False, False)


@pytest.mark.usefixtures("true_counts")
def test_a_centre_beside_empty_months_reads_by_its_months_totals(db):
    # September: HC3's 2 visits; the region's September holds 14 (HC1 2, HC2 10): no total of 4 pins
    # it, so it reads "<5" like any small count
    for within, centres in (("R", CENTRES), ("1002", ["HC2", "HC3", "HC4"])):
        row = by_centre(db, within, centres, SEPTEMBER)["HC3"]
        assert (row["numerator"], row["suppressed"], row["numerator_small"]) == (None, True, True)
    # HC4 has none in September, and no total of 4 holds its 0 that month: shown as 0, though April to
    # September holds April's 4 (a count over months is never published small)
    row = by_centre(db, "1002", ["HC2", "HC3", "HC4"], SEPTEMBER)["HC4"]
    assert (row["numerator"], row["suppressed"], row["numerator_small"]) == (0, False, False)
    # ... but April to September reads "–": its April (4) is hidden, and a hidden month enters no shown sum
    frame = compute_groups(db, "hc", ["HC4"], Period(date(2025, 4, 1), SEPTEMBER), ["home_visits"], within="1002",
                           whole=False)
    assert frame.select("numerator", "suppressed", "numerator_small").row(0) == (None, True, False)


def test_a_shown_centre_count_is_near_the_true_one(db):
    # September with noise: HC2's 10 shown within MAX_NOISE, HC1's 2 still "<5"
    rows = by_centre(db, "R", CENTRES, SEPTEMBER)
    assert rows["HC1"]["numerator_small"] is True and rows["HC1"]["numerator"] is None
    assert rows["HC2"]["suppressed"] is False and abs(rows["HC2"]["numerator"] - 10) <= MAX_NOISE
