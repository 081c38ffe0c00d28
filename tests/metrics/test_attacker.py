"""An attacker in the tests: everything the product publishes, and what it lets one work out.

For an extract, every figure the interface and the command offer is collected: each scope (the
region, subregions, municipalities, districts, each centre, the team), each run of months (every
period of the extract's months, the months one by one), and the centre tables cell by cell. The
attacker knows how the figures are made: which rows each counts (`Atoms`: a count by measure, month,
unit, centre and team, unknown non-negative integers), how they relate (a part is no more than its
whole; active this month = active last month + enrolled − discharged; visits to the discharged
episodes need one; each team is the sum of its rows in the areas), and the method: a shown count
is within MAX_NOISE of the true one, "<5" is 1 to 4, "–" inside a small total 0 to 4 (a stock's flow
beside its hidden stock of any size: the method holds it whatever it is), zero is zero,
and a period is shown only over shown months, as the sum of their published counts (the programme
checks it), so that it tells nothing its months don't. For every hidden count from 1 to 4, and every
share's rest (denominator − numerator) from 1 to 4, an integer programme (SciPy's HiGHS) finds its
smallest and largest possible values; a count is given away when they are equal.

With exact figures (the same hiding, no noise: `exact=True`) the attacker does pin counts, the
attacks of issue 8 through single months among them; those through periods fail even then. With the
product's method none is pinned.
"""

from __future__ import annotations

import random
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import product
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

from dashboard.data.database import Database
from dashboard.metrics.indicators import BY_ID, STOCK_OF_FLOW, Scope, applicable, compute, compute_groups
from dashboard.metrics.periods import Period
from dashboard.metrics.perturbation import MAX_NOISE
from tests.builders import (
    WIDE_AREAS,
    WIDE_CENTRES,
    WIDE_TEAM_AREAS,
    WIDE_UNITS,
    build,
    ed_row,
    episode,
    nsvt_episode,
    nsvt_visit,
    two_teams,
    visit,
)

MONTHS = (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1))
REFERENCE = date(2025, 4, 30)
THRESHOLD = 5
PARENT = {a["area_code"]: a["parent_code"] for a in WIDE_AREAS}
CENTRES = [c["hc_id"] for c in WIDE_CENTRES]
CENTRE_UNIT = {c["hc_id"]: c["area_code"] for c in WIDE_CENTRES}
#: T1 serves three units, T2 (added to the extracts by `two_teams`) the other two
TEAM_UNITS = {"T1": [a["area_code"] for a in WIDE_TEAM_AREAS], "T2": ["1003", "1002-B"]}


def units_under(code: str) -> set[str]:
    def ancestors(unit):
        while unit is not None:
            yield unit
            unit = PARENT[unit]
    return {u for u in WIDE_UNITS if code in set(ancestors(u))}


# --- what each published count counts ----------------------------------------------------------------

#: (indicator, part) → the measure of the rows it counts
MEASURE = {
    ("coverage_offered_65", "numerator"): "doctor65", ("coverage_offered_65", "denominator"): "active65",
    ("fixed_contact_65", "numerator"): "fixed65", ("fixed_contact_65", "denominator"): "active65",
    ("need_coverage", "numerator"): "doctor65",
    ("home_visits", "numerator"): "visits",
    ("team_visit_share", "numerator"): "team_visits", ("team_visit_share", "denominator"): "visits",
    ("acute_next_weekday", "numerator"): "on_time", ("acute_next_weekday", "denominator"): "acute",
    ("nsvt_enrolled", "numerator"): "enrolled", ("nsvt_active", "numerator"): "active",
    ("nsvt_mean_days", "denominator"): "discharged",
    ("nsvt_visits_per_episode", "numerator"): "nsvt_visits", ("nsvt_visits_per_episode", "denominator"): "discharged",
    ("nsvt_median_days_km", "numerator"): "km_discharged", ("nsvt_median_days_km", "denominator"): "enrolled",
    ("ed_visits", "numerator"): "ed", ("ed_rate_80", "numerator"): "ed80",
    ("readmission_share", "numerator"): "readmissions", ("readmission_share", "denominator"): "admissions",
    ("ed_rate_listed", "numerator"): "ed",
}
STOCKS = {"active65", "doctor65", "fixed65", "active"}
#: the places a measure's rows can lie in, as far as the attacker knows: (unit, centre, team)
PLACES = {
    "home care": [(u, h, None) for u in WIDE_UNITS for h in [*CENTRES, None]],
    "visits": [(u, h, None) for u in WIDE_UNITS for h in CENTRES],
    "nsvt": [(u, None, team) for team, units in TEAM_UNITS.items() for u in units],  # the app shows whose
    "ed": [(u, h, None) for u in WIDE_UNITS for h in [*CENTRES, None]],
}
GROUP = {**dict.fromkeys(("active65", "doctor65", "fixed65"), "home care"),
         **dict.fromkeys(("visits", "team_visits", "acute", "on_time"), "visits"),
         **dict.fromkeys(("enrolled", "active", "discharged", "nsvt_visits", "km_discharged"), "nsvt"),
         **dict.fromkeys(("ed", "ed80", "admissions", "readmissions"), "ed")}
#: part ≤ whole, row by row
PARTS_OF = (("team_visits", "visits"), ("acute", "visits"), ("on_time", "acute"), ("fixed65", "doctor65"),
            ("doctor65", "active65"), ("km_discharged", "enrolled"), ("readmissions", "admissions"),
            ("admissions", "ed"), ("ed80", "ed"))
#: rows that are none when another's are: visits to the episodes discharged need a discharge
NONE_WITHOUT = (("nsvt_visits", "discharged"),)


def in_scope(indicator: str, scope: Scope, place: tuple) -> bool:
    unit, hc, team = place
    if scope.hc_id:
        return hc == scope.hc_id
    if scope.team_id:
        return team == scope.team_id
    if indicator == "ed_rate_listed":  # a centre's visits count where the centre lies
        return hc is not None and CENTRE_UNIT[hc] in units_under(scope.area_code)
    return unit in units_under(scope.area_code)


# --- the attacker's programme ------------------------------------------------------------------------------


@dataclass
class Programme:
    """Integer unknowns (the true counts of measure, month and place, and the published counts of
    small months) and linear constraints; `bounds` minimises and maximises one sum of unknowns."""

    index: dict = field(default_factory=dict)
    rows: list = field(default_factory=list)  # (coefficients by unknown, lower, upper)
    upper: list = field(default_factory=list)

    def unknown(self, name, upper=10_000) -> int:
        if name not in self.index:
            self.index[name] = len(self.index)
            self.upper.append(upper)
        return self.index[name]

    def atoms(self, measure: str, month: date, places) -> dict[int, float]:
        return {self.unknown((measure, month, p)): 1.0 for p in places}

    def add(self, coefficients: dict[int, float], lower: float, upper: float) -> None:
        self.rows.append((coefficients, lower, upper))

    def bounds(self, objective: dict[int, float]) -> tuple[float, float]:
        n = len(self.index)
        if getattr(self, "_constraint", None) is None:  # built once, when every unknown and row is in
            matrix = lil_matrix((len(self.rows), n))
            for r, (coefficients, _, _) in enumerate(self.rows):
                for column, value in coefficients.items():
                    matrix[r, column] = value
            self._constraint = LinearConstraint(matrix.tocsr(), [lo for _, lo, _ in self.rows],
                                                [hi for _, _, hi in self.rows])
        constraint = self._constraint
        c = np.zeros(n)
        for column, value in objective.items():
            c[column] = value
        found = []
        for sign in (1, -1):
            result = milp(sign * c, integrality=np.ones(n), bounds=Bounds(np.zeros(n), np.array(self.upper)),
                          constraints=constraint)
            assert result.status == 0, result.message  # the published figures are consistent
            found.append(sign * result.fun)
        return found[0], found[1]


def _combine(*terms: tuple[float, dict[int, float]]) -> dict[int, float]:
    total: dict[int, float] = defaultdict(float)
    for sign, coefficients in terms:
        for column, value in coefficients.items():
            total[column] += sign * value
    return dict(total)


@dataclass
class Published:
    """One count as shown: its rows (measure, months, places), "shown" with a value, "small" ("<5"),
    "zero", "inside" ("–" inside a small total: from 0 to 4) or "hidden" ("–" with its figure), and
    its true value (which the attacker doesn't know: it says which hidden counts to attack)."""

    measure: str
    months: tuple
    places: tuple
    status: str
    value: float | None
    true: float


def collect(db: Database) -> tuple[dict[tuple, Published], list[tuple]]:
    """Every count the product publishes for the extract, by (indicator, part, scope, months), and the
    shown shares' rests from 1 to 4 (worked out from the true figures: the attacker's targets)."""
    periods = [Period(a, b) for a, b in product(MONTHS, MONTHS) if a <= b]
    scopes = ([Scope(area_code=code) for code in PARENT] + [Scope(hc_id=h) for h in CENTRES]
              + [Scope(team_id=team) for team in TEAM_UNITS])
    published: dict[tuple, Published] = {}
    rests = []

    def add(frame, true_frame, whole=True):
        true_rows = {(r["indicator"], r["area_code"], r["hc_id"], r["team_id"], r["from"]): r
                     for r in true_frame.iter_rows(named=True)}
        for row in frame.iter_rows(named=True):
            scope = Scope(row["area_code"], row["hc_id"], row["team_id"])
            window = Period(_month(row["from"]), _month(row["to"]))
            true = true_rows[(row["indicator"], row["area_code"], row["hc_id"], row["team_id"], row["from"])]
            counted = [part for part in ("numerator", "denominator") if (row["indicator"], part) in MEASURE]
            for part in counted:
                measure = MEASURE[(row["indicator"], part)]
                months = (window.last,) if measure in STOCKS else tuple(window.months)
                places = tuple(p for p in PLACES[GROUP[measure]] if in_scope(row["indicator"], scope, p))
                if row[part] is not None:
                    status = "zero" if row[part] == 0 else "shown"
                elif row[f"{part}_small"]:
                    status = "small"
                else:  # "–": inside a small total, unless the figure was hidden for its other count
                    status = "inside" if not whole or len(counted) == 1 else "hidden"
                key = (row["indicator"], part, scope, months)
                if key not in published or published[key].status == "hidden":
                    published[key] = Published(measure, months, places, status, row[part], true[part])
            if (BY_ID[row["indicator"]].part_of_whole and not row["suppressed"]
                    and 0 < true["denominator"] - true["numerator"] < THRESHOLD):
                rests.append((row["indicator"], scope, window))

    for scope in scopes:
        ids = applicable(scope)
        for period in periods:
            add(compute(db, scope, period, ids), compute(db, scope, period, ids, suppressed=False))
    centre_ids = ["coverage_offered_65", "fixed_contact_65", "home_visits", "team_visit_share"]
    for unit in WIDE_UNITS:
        centres = [h for h in CENTRES if CENTRE_UNIT[h] == unit]
        for period in periods:
            if centres:
                add(compute_groups(db, "hc", centres, period, centre_ids, within=unit, whole=False),
                    compute_groups(db, "hc", centres, period, centre_ids, within=unit, suppressed=False), whole=False)
    return published, rests


def _month(label: str) -> date:
    year, month = label.split("-")
    return date(int(year), int(month), 1)


def programme(published: dict[tuple, Published], exact: bool, group: str) -> Programme:
    """The programme of one group of measures (no relation ties one group's rows to another's)."""
    p = Programme()
    # what the attacker knows of the rows themselves
    for measure in (m for m, g in GROUP.items() if g == group):
        for month, place in product(MONTHS, PLACES[group]):
            p.unknown((measure, month, place))
    for part, whole in PARTS_OF:
        if GROUP[part] != group:
            continue
        for month, place in product(MONTHS, PLACES[group]):
            p.add(_combine((1, p.atoms(part, month, [place])), (-1, p.atoms(whole, month, [place]))), -np.inf, 0)
    for some, needed in NONE_WITHOUT:
        if GROUP[some] != group:
            continue
        for month, place in product(MONTHS, PLACES[group]):
            p.add(_combine((1, p.atoms(some, month, [place])), (-10_000, p.atoms(needed, month, [place]))), -np.inf, 0)
    for place in PLACES["nsvt"] if group == "nsvt" else ():
        # active at a month's end = the month before + enrolled − discharged
        before = {p.unknown(("active", "before", place)): 1.0}
        for month in MONTHS:
            p.add(_combine((1, p.atoms("active", month, [place])), (-1, before),
                           (-1, p.atoms("enrolled", month, [place])), (1, p.atoms("discharged", month, [place]))), 0, 0)
            before = p.atoms("active", month, [place])
    # what is published
    for (indicator, part, scope, months), cell in published.items():
        if GROUP[cell.measure] != group:
            continue
        if len(months) > 1:
            # a period is shown only over shown months, as the sum of their published counts, and reads
            # "–" otherwise, whatever its count: it tells nothing its months don't
            if cell.status in ("shown", "zero"):
                parts = [published[(indicator, part, scope, (m,))] for m in months]
                assert all(m.status in ("shown", "zero") for m in parts), (indicator, part, scope, months)
                assert cell.value == sum(m.value for m in parts), (indicator, part, scope, months)
            else:
                assert cell.status in ("inside", "hidden"), (indicator, part, scope, months)
            continue
        atoms = p.atoms(cell.measure, months[0], cell.places)
        if cell.status == "zero":
            p.add(atoms, 0, 0)
        elif cell.status == "small":
            p.add(atoms, 1, THRESHOLD - 1)
        elif cell.status == "inside":
            p.add(atoms, 0, np.inf if beside_hidden_stock(published, indicator, part, scope, months[0])
                  else THRESHOLD - 1)
        elif cell.status == "shown" and exact:
            p.add(atoms, cell.value, cell.value)
        elif cell.status == "shown":
            p.add(atoms, max(THRESHOLD, cell.value - MAX_NOISE), cell.value + MAX_NOISE)
    return p


def beside_hidden_stock(published, indicator: str, part: str, scope: Scope, month: date) -> bool:
    """Whether a month's "–" may be a flow held for its stock's sake, whatever its size: the same
    scope's stock does not read as a number at the month's end or the month before."""
    stock = STOCK_OF_FLOW.get((indicator, part))
    if stock is None:
        return False
    index = MONTHS.index(month)
    return any(published[(*stock, scope, (MONTHS[i],))].status not in ("shown", "zero")
               for i in (index - 1, index) if i >= 0)


def given_away(published, rests, exact: bool, enough: int | None = None) -> dict[tuple, float]:
    """The hidden counts and rests the published figures pin to one value, with that value (stopping
    once `enough` are found)."""
    programmes = {group: programme(published, exact, group) for group in PLACES}
    pinned = {}
    for key, cell in published.items():
        if enough is not None and len(pinned) >= enough:
            return pinned
        if cell.status in ("small", "inside", "hidden") and 0 < cell.true < THRESHOLD:
            p = programmes[GROUP[cell.measure]]
            low, high = p.bounds(_combine(*((1, p.atoms(cell.measure, m, cell.places)) for m in cell.months)))
            if round(low) == round(high):
                pinned[key] = low
    for indicator, scope, window in rests:
        numerator = published.get((indicator, "numerator", scope, _months(indicator, window)))
        denominator = published.get((indicator, "denominator", scope, _months(indicator, window)))
        if numerator is None or denominator is None:
            continue
        p = programmes[GROUP[numerator.measure]]
        low, high = p.bounds(_combine(
            *((1, p.atoms(denominator.measure, m, denominator.places)) for m in denominator.months),
            *((-1, p.atoms(numerator.measure, m, numerator.places)) for m in numerator.months)))
        if round(low) == round(high):
            pinned[(indicator, "rest", scope, window)] = low
    return pinned


def _months(indicator: str, window: Period) -> tuple:
    return (window.last,) if BY_ID[indicator].kind == "stock" else tuple(window.months)


# --- extracts ------------------------------------------------------------------------------------------


def five_attacks() -> dict:
    """Issue 8's five attacks, one place each, among larger counts (threshold 5):

    1. stock and flow: team T1 in Åby has 10 active at the end of January; in February 3 are
       enrolled (hidden) and 6 discharged (shown), so 7 are active: 7 − 10 + 6 = 3;
    2. a team is the sum of its areas: in March T1 enrols 6 in Åby, 2 in Västra (hidden), 7 in Älvby;
    3. the region is the sum of its centres: in April HC2 makes 3 home visits (hidden), the five
       other centres 7 each;
    4. coverage: Ödeby has 12 patients 65+, 9 with a doctor: the 3 without are no figure of their own;
    5. overlapping periods: T1 enrols 2 in Älvby in January (hidden): Älvby's January–April minus
       February–April;

    and a sixth, found in review: in January HC1 to HC4 make one home visit each (4 in the region,
    "<5"), HC5 and HC6 none, and in February every centre 7. Each centre's January reads "–"; were
    January–February the sum of its months' published counts, minus February it would give
    January's, 0 for HC5 and HC6 only, and the four others' would have to be 1.
    """
    tables = two_teams()
    tables["home_care_episodes"] = [
        episode(f"E{k}", f"P{k}", area_code="1003", hc_id=None, enrolled_on=date(2024, 6, 1),
                mobile_doctor_from=date(2024, 7, 1) if k < 9 else None)
        for k in range(12)]
    n = iter(range(1000))
    nsvt = [nsvt_episode(f"N{next(n)}", date(2024, 12, 1), date(2025, 2, 10) if k < 6 else None)
            for k in range(10)]
    nsvt += [nsvt_episode(f"N{next(n)}", date(2025, 2, 12)) for _ in range(3)]
    nsvt += [nsvt_episode(f"N{next(n)}", date(2025, 3, 5), area_code=unit)
             for unit, count in (("1001", 6), ("1002-A", 2), ("1004", 7)) for _ in range(count)]
    nsvt += [nsvt_episode(f"N{next(n)}", date(2025, 1, 8), area_code="1004") for _ in range(2)]
    tables["nsvt_episodes"] = nsvt
    tables["home_visits"] = [visit(f"V{hc}{k}", date(2025, 4, 9), hc_id=hc, area_code=CENTRE_UNIT[hc])
                             for hc in CENTRES for k in range(3 if hc == "HC2" else 7)]
    tables["home_visits"] += [visit(f"J{hc}", date(2025, 1, 14), hc_id=hc, area_code=CENTRE_UNIT[hc])
                              for hc in ("HC1", "HC2", "HC3", "HC4")]
    tables["home_visits"] += [visit(f"F{hc}{k}", date(2025, 2, 11), hc_id=hc, area_code=CENTRE_UNIT[hc])
                              for hc in CENTRES for k in range(7)]
    return tables


def hidden_stock() -> dict:
    """The third hunt's stock and flow (Vårgårda, April to July 2024 on the demo extract), in Åby:
    one patient active from December, one more enrolled in each of February, March and April, none
    discharged: active 1, 2, 3, 4 at the ends of January to April, in the region too. Were the
    enrolments "<5" and the discharges 0 beside the hidden stock, active in April ≥ 1 + 1 + 1 + 1 and
    "<5" would pin them all."""
    tables = two_teams()
    tables["nsvt_episodes"] = [nsvt_episode("N0", date(2024, 12, 5))]
    tables["nsvt_episodes"] += [nsvt_episode(f"N{m}", date(2025, m, 10)) for m in (2, 3, 4)]
    return tables


def generated(seed: int) -> dict:
    """A small region whose counts are mostly small, drawn at random with a fixed seed."""
    draw = random.Random(seed)
    tables = two_teams()
    days = [date(2024, 12, 1), *(m + timedelta(days=d) for m in MONTHS for d in (3, 17))]
    tables["home_care_episodes"] = []
    for unit in WIDE_UNITS:
        for k in range(draw.randint(0, 12)):
            enrolled = draw.choice(days[:5])
            left = draw.choice([None, None, *[d for d in days if d > enrolled]])
            doctor = draw.choice([None, enrolled, *[d for d in days if d > enrolled]])
            centres = [h for h in CENTRES if CENTRE_UNIT[h] == unit]
            tables["home_care_episodes"].append(episode(
                f"E{unit}{k}", f"P{unit}{k}", area_code=unit, hc_id=draw.choice(centres) if centres else None,
                enrolled_on=enrolled, discharged_on=left, mobile_doctor_from=doctor,
                fixed_contact=doctor is not None and draw.random() < 0.6))
    tables["home_visits"] = []
    for unit, month in product(WIDE_UNITS, MONTHS):
        for k in range(draw.randint(0, 8)):
            day = month + timedelta(days=draw.choice([2, 9, 20]))
            acute = draw.random() < 0.4
            tables["home_visits"].append(visit(
                f"V{unit}{month.month}{k}", day, hc_id=draw.choice(CENTRES), area_code=unit,
                visit_kind="acute" if acute else "planned", team_visit=draw.random() < 0.5,
                requested_on=day - timedelta(days=draw.choice([0, 3])) if acute else None))
    tables["nsvt_episodes"], tables["nsvt_visits"] = [], []
    for team, unit in ((team, unit) for team, units in TEAM_UNITS.items() for unit in units):
        for k in range(draw.randint(2, 10)):
            enrolled = draw.choice(days)
            length = draw.choice([None, 5, 20, 40])
            left = enrolled + timedelta(days=length) if length and enrolled + timedelta(days=length) <= REFERENCE \
                else None
            tables["nsvt_episodes"].append(nsvt_episode(f"N{unit}{k}", enrolled, left, team_id=team, area_code=unit))
            tables["nsvt_visits"] += [nsvt_visit(f"NV{unit}{k}{j}", f"N{unit}{k}", enrolled)
                                      for j in range(draw.randint(0, 3))]
    tables["ed_visits_monthly"] = []
    for unit, month in product(WIDE_UNITS, MONTHS):
        visits_ = draw.randint(0, 9)
        admissions = draw.randint(0, visits_)
        tables["ed_visits_monthly"].append(ed_row(
            month, area_code=unit, hc_id=draw.choice([*CENTRES, None]), ed_visits=visits_, admissions=admissions,
            readmissions_30d=draw.randint(0, admissions)))
    return tables


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def published_figures(folder: Path, name: str, tables: dict):
    db = Database(build(folder / name, tables, extracted_on=REFERENCE), REFERENCE, "Test", cube=True)
    return collect(db)


# --- the tests -----------------------------------------------------------------------------------------


FIVE_ATTACKS = {
    "stock and flow": ("nsvt_enrolled", "numerator", Scope(area_code="1001"), (MONTHS[1],)),
    # Västra's 2 lie inside Storstad's 2 (Östra has none): Storstad is the count given away
    "team and areas": ("nsvt_enrolled", "numerator", Scope(area_code="1002"), (MONTHS[2],)),
    "region and centres": ("home_visits", "numerator", Scope(hc_id="HC2"), (MONTHS[3],)),
    "coverage's rest": ("coverage_offered_65", "rest", Scope(area_code="1003"), Period(MONTHS[0], MONTHS[0])),
    "overlapping periods": ("nsvt_enrolled", "numerator", Scope(area_code="1004"), (MONTHS[0],)),
}
HIDDEN_ZEROS = ("home_visits", "numerator", Scope(hc_id="HC1"), (MONTHS[0],))
TRUE = {"stock and flow": 3, "team and areas": 2, "region and centres": 3, "coverage's rest": 3,
        "overlapping periods": 2}


@pytest.mark.usefixtures("true_counts")
def test_the_attacks_through_months_work_on_exact_figures_and_those_through_periods_do_not(folder):
    published, rests = published_figures(folder, "exact", five_attacks())
    pinned = given_away(published, rests, exact=True)
    through_months = [name for name in FIVE_ATTACKS if name not in ("overlapping periods", "team and areas")]
    assert {name: pinned.get(FIVE_ATTACKS[name]) for name in through_months} == {n: TRUE[n] for n in through_months}
    # a period over a hidden month reads "–", whatever its count: periods give nothing away, noise or not
    assert pinned.get(FIVE_ATTACKS["overlapping periods"]) is None and pinned.get(HIDDEN_ZEROS) is None
    # nor, since a stock's flow beside its hidden stock reads "–" whatever its size, the team minus its
    # areas: the enrolments it would subtract may be any number
    assert pinned.get(FIVE_ATTACKS["team and areas"]) is None


def test_the_five_attacks_fail_on_published_figures(folder):
    published, rests = published_figures(folder, "published", five_attacks())
    assert all(published[key].value is None for name, key in [*FIVE_ATTACKS.items(), ("zeros", HIDDEN_ZEROS)]
               if key[1] != "rest")
    assert given_away(published, rests, exact=False) == {}


@pytest.mark.usefixtures("true_counts")
def test_a_hidden_stock_and_its_flows_give_nothing_away_even_exact(folder):
    published, rests = published_figures(folder, "hidden stock", hidden_stock())
    # the region's (Åby's counts lie inside them and read "–"): December's 1 reads "<5", so January's
    # reads "–" (a stock below 5 right after "<5"), February's "<5", March's "–" and April's "<5"
    active = [published[("nsvt_active", "numerator", Scope(area_code="R"), (m,))] for m in MONTHS]
    assert [cell.status for cell in active] == ["inside", "small"] * 2
    assert [cell.true for cell in active] == [1, 2, 3, 4]
    assert given_away(published, rests, exact=True) == {}


@pytest.mark.usefixtures("true_counts")
def test_the_attacker_pins_counts_of_a_generated_extract_given_exact_figures(folder):
    published, rests = published_figures(folder, "generated-exact", generated(2017))
    assert len(given_away(published, rests, exact=True, enough=5)) == 5


def test_no_hidden_count_of_a_generated_extract_is_given_away(folder):
    published, rests = published_figures(folder, "generated", generated(2017))
    hidden = [key for key, cell in published.items() if cell.value is None and 0 < cell.true < THRESHOLD]
    assert len(hidden) >= 50 and len(rests) >= 5  # the extract has plenty to attack
    assert given_away(published, rests, exact=False) == {}
