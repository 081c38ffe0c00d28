"""Small numbers on generated extracts: what the pages and the command show never gives a count from 1 to 4.

Hypothesis builds small random extracts over `builders.WIDE_AREAS` (a region, two subregions, a
municipality with districts and ones without, six centres, one team, three months of small counts),
and every figure is asked for the way the interface asks for it (dashboard/ui/cache.py,
dashboard/ui/coverage_view.py, pages/overview.py, the indicator command):

- by month over the period, for the region, each subregion, municipality, district, centre and the
  team (the overview and the trends; also one family member alone, as the trend and need panels do);
- the period's total for the same scopes (the command line without `--by month`);
- for each single month, the map (all home-care units), the rankings (every area of a level), the
  area's own figure beside them, and the centres of each area (`compute_groups(..., "hc", within=)`).

Every shown count is then checked against two rules: (a) no count of people or events (numerator,
denominator, or denominator − numerator of a share) is from 1 to 4; (b) no hidden count from 1 to 4
is pinned by a simple relation among figures shown together: an area minus its shown sub-areas, its
shown home-care units or its shown centres; a period's total minus its shown months; and the
differences between the members of a family (coverage, fixed contact and need count the same people).
Relations are checked within one view of one period (see docs/testing.md for the limits left to issue 8).
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, Phase, given, settings

from dashboard.data.database import Database
from dashboard.metrics.indicators import (
    BY_ID,
    FAMILIES,
    FLOWS,
    SUPPRESSED_PARTS,
    Scope,
    applicable,
    compute,
    compute_groups,
)
from dashboard.metrics.periods import Period
from dashboard.metrics.suppression import is_small
from dashboard.settings import suppression_threshold
from tests.builders import (
    WIDE_AREAS,
    WIDE_CENTRES,
    WIDE_TEAM_AREAS,
    WIDE_UNITS,
    build,
    ed_row,
    episode,
    nsvt_episode,
    visit,
    wide_tables,
)

REFERENCE = date(2025, 3, 31)
MONTHS = (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1))
PERIOD = Period(MONTHS[0], MONTHS[-1])
SINGLE_MONTHS = tuple(Period(m, m) for m in MONTHS)

PARENT = {a["area_code"]: a["parent_code"] for a in WIDE_AREAS}
LEVELS = defaultdict(list)
for _area in WIDE_AREAS:
    LEVELS[_area["level"]].append(_area["area_code"])
CHILDREN = {code: [c for c, up in PARENT.items() if up == code] for code in PARENT}


def _ancestors(code: str) -> list[str]:
    chain = []
    while code is not None:
        chain.append(code)
        code = PARENT[code]
    return chain


UNITS_UNDER = {code: [u for u in WIDE_UNITS if code in _ancestors(u)] for code in PARENT}
CENTRES_OF_UNIT = {u: [c["hc_id"] for c in WIDE_CENTRES if c["area_code"] == u] for u in WIDE_UNITS}
CENTRES_IN = {code: [c for u in UNITS_UNDER[code] for c in CENTRES_OF_UNIT[u]] for code in PARENT}
TEAM_UNITS = [a["area_code"] for a in WIDE_TEAM_AREAS]

AREA_SCOPES = [Scope(area_code=code) for code in PARENT]
SCOPES = AREA_SCOPES + [Scope(hc_id=c["hc_id"]) for c in WIDE_CENTRES] + [Scope(team_id="T1")]
FAMILY = FAMILIES[0]
#: counts that are the same people under two names: a family member's count shown is the other's
SAME_COUNT = {("need_coverage", "numerator"): ("coverage_offered_65", "numerator"),
              ("fixed_contact_65", "denominator"): ("coverage_offered_65", "denominator")}


# --- generated extracts ----------------------------------------------------------------------------

DAYS = [date(2024, 12, 1), date(2025, 1, 15), date(2025, 2, 10), date(2025, 2, 28), date(2025, 3, 20)]


@st.composite
def patients(draw, unit: str, n: int) -> list[dict]:
    rows = []
    for k in range(draw(st.integers(0, n))):
        enrolled = draw(st.sampled_from(DAYS[:4]))
        left = draw(st.sampled_from([None, None, *[d for d in DAYS if d > enrolled]]))
        doctor = draw(st.sampled_from([None, enrolled, *[d for d in DAYS if d > enrolled]]))
        centres = CENTRES_OF_UNIT[unit]
        rows.append(episode(f"E{unit}-{k}", f"P{unit}-{k}", area_code=unit,
                            hc_id=draw(st.sampled_from(centres)) if centres else None,
                            birth_year=draw(st.sampled_from([1935, 1950, 1962])), enrolled_on=enrolled,
                            discharged_on=left, mobile_doctor_from=doctor,
                            fixed_contact=doctor is not None and draw(st.booleans())))
    return rows


@st.composite
def visits(draw, unit: str, month: date, n: int) -> list[dict]:
    centre = (CENTRES_OF_UNIT[unit] or ["HC1"])[0]
    rows = []
    for k in range(draw(st.integers(0, n))):
        day = month + timedelta(days=draw(st.sampled_from([2, 9, 20])))
        acute = draw(st.booleans())
        rows.append(visit(f"V{unit}-{month.month}-{k}", day, patient_key=f"P{unit}-0", hc_id=centre, area_code=unit,
                          visit_kind="acute" if acute else "planned", team_visit=draw(st.booleans()),
                          requested_on=day - timedelta(days=draw(st.sampled_from([0, 3]))) if acute else None))
    return rows


@st.composite
def enrolments(draw, unit: str, n: int) -> list[dict]:
    rows = []
    for k in range(draw(st.integers(0, n))):
        enrolled = draw(st.sampled_from(DAYS[1:]))
        days = draw(st.sampled_from([None, 0, 5, 20]))
        left = None if days is None or enrolled + timedelta(days=days) > REFERENCE else enrolled + timedelta(days=days)
        rows.append(nsvt_episode(f"N{unit}-{k}", enrolled, left, area_code=unit))
    return rows


@st.composite
def extracts(draw) -> dict:
    """Few people in each place, so that counts from 1 to 4 and their neighbours come up everywhere."""
    tables = wide_tables()
    tables["home_care_episodes"] = [r for u in WIDE_UNITS for r in draw(patients(u, 9))]
    tables["home_visits"] = [r for u in WIDE_UNITS for m in MONTHS for r in draw(visits(u, m, 7))]
    tables["nsvt_episodes"] = [r for u in TEAM_UNITS for r in draw(enrolments(u, 7))]
    ed = []
    for u in WIDE_UNITS:
        for m in MONTHS:
            visits_ = draw(st.integers(0, 9))
            admissions = draw(st.integers(0, visits_))
            ed.append(ed_row(m, area_code=u, hc_id=(CENTRES_OF_UNIT[u] or [None])[0], ed_visits=visits_,
                             admissions=admissions, readmissions_30d=draw(st.integers(0, admissions))))
    tables["ed_visits_monthly"] = ed
    return tables


# --- what the interface shows -------------------------------------------------------------------------


def quantities(row: dict) -> dict[tuple, float]:
    """The counts of people or events a row shows, each under the name of the people it counts."""
    parts, shown = SUPPRESSED_PARTS[row["indicator"]], {}
    numerator, denominator = row["numerator"], row["denominator"]
    for part, value in (("numerator", numerator), ("denominator", denominator)):
        if part in parts and value is not None:
            shown[SAME_COUNT.get((row["indicator"], part), (row["indicator"], part))] = value
    if "complement" in parts and numerator is not None and denominator is not None:
        shown[(row["indicator"], "complement")] = denominator - numerator
    return shown


def cell(row: dict) -> tuple:
    return row["area_code"], row["hc_id"], row["team_id"], row["from"], row["to"]


class Shown:
    """Every count shown, by view: a view is one period's figures as a page or the command shows them."""

    def __init__(self):
        self.by_view: dict[str, dict[tuple, float]] = defaultdict(dict)
        self.rows: list[dict] = []

    def add(self, view: str, frame) -> None:
        for row in frame.iter_rows(named=True):
            self.rows.append(row)
            if row["suppressed"]:
                assert row["numerator"] is None and row["denominator"] is None and row["value"] is None, row
                continue
            for name, value in quantities(row).items():
                self.by_view[view][(cell(row), name)] = value


def show_everything(db: Database) -> Shown:
    shown = Shown()
    group_ids = [i for i in applicable(Scope(area_code="R")) if BY_ID[i].measure != "median_days"]
    centre_ids = applicable(Scope(hc_id="HC1"))
    for scope in SCOPES:
        shown.add("months", compute(db, scope, PERIOD, by_month=True))
        shown.add("total", compute(db, scope, PERIOD))
    for scope in AREA_SCOPES:  # a trend or the need panel asks for one indicator (coverage alone hides more)
        for member in ("fixed_contact_65", "need_coverage"):
            shown.add("months", compute(db, scope, PERIOD, [member], by_month=True))
    for month in SINGLE_MONTHS:
        view = f"month {month.first:%Y-%m}"
        shown.add(view, compute_groups(db, "area", list(WIDE_UNITS), month, group_ids))
        for level in ("subregion", "municipality", "district"):
            shown.add(view, compute_groups(db, "area", LEVELS[level], month, group_ids))
    last = SINGLE_MONTHS[-1]
    for scope in AREA_SCOPES:  # the area's own figure beside the map and the ranking
        shown.add(f"month {last.first:%Y-%m}", compute(db, scope, last, by_month=True))
    for area, centres in CENTRES_IN.items():
        if centres:  # one area's centres at a time, as the coverage page shows them
            shown.add(f"centres {area} month", compute_groups(db, "hc", centres, last, centre_ids, within=area))
            shown.add(f"centres {area} total", compute_groups(db, "hc", centres, PERIOD, centre_ids, within=area))
    return shown


def truth(db: Database) -> dict[tuple, float]:
    counts = {}
    for scope in SCOPES:
        for by_month in (True, False):
            for row in compute(db, scope, PERIOD, by_month=by_month, suppressed=False).iter_rows(named=True):
                counts.update({(cell(row), name): value for name, value in quantities(row).items()})
    return counts


# --- the rules -------------------------------------------------------------------------------------------


def small(count) -> bool:
    return is_small(count, suppression_threshold())


def pinned(known: dict, true: dict, total: tuple, parts: list[tuple], name: tuple) -> list[str]:
    """A hidden part that the total and every other shown part give away, when it is from 1 to 4."""
    keys = [(p, name) for p in parts]
    if (total, name) not in known or (total, name) not in true or any(k not in true for k in keys):
        return []
    if true[(total, name)] != sum(true[k] for k in keys):
        return []  # the relation does not hold in these data (e.g. patients listed elsewhere)
    hidden = [k for k in keys if k not in known]
    if len(hidden) == 1 and small(true[hidden[0]]):
        return [f"{hidden[0]} = {true[hidden[0]]} from {total} minus {len(keys) - 1} shown parts"]
    return []


def area_cell(code: str, first: str, last: str) -> tuple:
    return code, None, None, first, last


def centre_cell(hc_id: str, first: str, last: str) -> tuple:
    return None, hc_id, None, first, last


#: No view shows the Kaplan–Meier median of many areas at once, so its counts are not paired among
#: areas; an area's discharges minus its children's can give one away (docs/testing.md, open).
NOT_AMONG_AREAS = frozenset({"nsvt_median_days_km"})


def leaks(shown: Shown, true: dict) -> list[str]:
    found = []
    for row in shown.rows:
        if not row["suppressed"]:
            found += [f"shown {name} = {v} in {cell(row)}" for name, v in quantities(row).items() if small(v)]
            found += [f"shown {name} = {v}, true {true[(cell(row), name)]}" for name, v in quantities(row).items()
                      if true.get((cell(row), name), v) != v]
    names = {name for view in shown.by_view.values() for (_, name) in view} | {n for (_, n) in true}
    labels = [f"{m:%Y-%m}" for m in MONTHS]
    windows = {"months": [(m, m) for m in labels], "total": [(labels[0], labels[-1])],
               **{f"month {label}": [(label, label)] for label in labels}}
    for view, spans in windows.items():
        known = shown.by_view[view]
        for first, last in spans:
            for name in (n for n in names if n[0] not in NOT_AMONG_AREAS):
                for area, children in CHILDREN.items():
                    total = area_cell(area, first, last)
                    for parts in (children, UNITS_UNDER[area]):
                        if parts and parts != [area]:
                            found += pinned(known, true, total, [area_cell(p, first, last) for p in parts], name)
    for area, centres in CENTRES_IN.items():
        for view, (first, last) in ((f"centres {area} month", windows[f"month {labels[-1]}"][0]),
                                    (f"centres {area} total", windows["total"][0])):
            # the area's own figure from its view, the centres from this call only: a centre's figure
            # asked for alone (--hc) is not paired with the others (docs/testing.md, issue 8)
            areas = shown.by_view[f"month {labels[-1]}" if first == last else "total"]
            known = {**{k: v for k, v in areas.items() if k[0][1] is None}, **shown.by_view[view]}
            for name in names:
                found += pinned(known, true, area_cell(area, first, last),
                                [centre_cell(c, first, last) for c in centres], name)
    # a period's total (the command) minus its months shown by month (the same command with --by month)
    for scope in SCOPES:
        key = scope.params()
        for name in names:
            if name[0] in FLOWS:
                total = (key["area_code"], key["hc_id"], key["team_id"], labels[0], labels[-1])
                months = [(key["area_code"], key["hc_id"], key["team_id"], m, m) for m in labels]
                merged = {**shown.by_view["months"], **shown.by_view["total"]}
                found += pinned(merged, true, total, months, name)
    # members of a family: two shown counts of the same people must not differ by 1 to 4
    everything = {k: v for view in shown.by_view.values() for k, v in view.items()}
    family_counts = defaultdict(dict)
    for (place, name), value in everything.items():
        if name[0] in FAMILY and name[1] != "complement":  # a share's complement is its own rule
            family_counts[place][name] = value
    for place, counts in family_counts.items():
        found += [f"{a} − {b} = {counts[a] - counts[b]} in {place}" for a, b in combinations(sorted(counts), 2)
                  if small(abs(counts[a] - counts[b]))]
    return found


# derandomized and without a database: the same examples locally and in CI; no shrinking, which
# takes minutes on these extracts (the message lists what leaked, and where)
@settings(max_examples=8, deadline=None, derandomize=True, database=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(extracts())
def test_no_count_from_1_to_4_is_shown_or_given_away(tables):
    with tempfile.TemporaryDirectory() as folder:
        db = Database(build(Path(folder), tables, extracted_on=REFERENCE), REFERENCE, "Test", cube=True)
        found = leaks(show_everything(db), truth(db))
    assert not found, "\n".join(sorted(set(found))[:20])
