"""The contract's indicators: what each one is, and how its figure for an area, centre or team is made.

The app and the indicator command both compute here, from the same query module and views, so a
steering group gets one number wherever it looks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

import polars as pl

from dashboard.data import queries
from dashboard.data.contract import DISCHARGE_REASONS, NSVT_STAFF, REFERRAL_SOURCES
from dashboard.data.database import Database
from dashboard.data.secret import cell_key_secret
from dashboard.data.validation import table_dates
from dashboard.metrics.periods import Period, latest_complete_month, month_label, parse_month
from dashboard.metrics.perturbation import KEY_RANGE, magnitude_keys, noise, publish, publish_magnitude
from dashboard.metrics.suppression import PARTS, inside_small_total, suppress
from dashboard.metrics.survival import kaplan_meier_median
from dashboard.metrics.workdays import REQUEST_DAYS
from dashboard.settings import suppression_threshold

#: How long an acute request waited, in days: 0, 1, 2, or 3 and more
WAITS = ("0", "1", "2", "3plus")
Measure = Literal["share", "count", "mean", "mean_days", "rate_per_1000", "median_days"]
PEOPLE = frozenset({"numerator", "denominator"})
#: ED visits per 1 000 inhabitants of each age band and of all ages: the contract's 80+ and the
#: emergency page's others beside it, by the band's name (`age=` in a link)
ED_RATES = {"80+": "ed_rate_80", "65-79": "ed_rate_65_79", "0-64": "ed_rate_0_64", "all": "ed_rate_all"}


@dataclass(frozen=True)
class Indicator:
    id: str
    kind: Literal["stock", "flow"]
    measure: Measure
    scopes: frozenset[str]  # which of "area", "hc", "team" the figure can be made for
    small_parts: frozenset[str]  # counts of people or events, subject to suppression
    better: Literal["up", "down"] | None = None
    tables: frozenset[str] = frozenset()  # the extract's event tables it is made from
    #: one of the contract's (the indicator command's by default), or a page's own figure, made and
    #: protected the same way (the team-visit page's planned and acute visits, and waiting times)
    contract: bool = True
    #: "year": made by calendar year (stored at its first month) and published for whole years only,
    #: never by month nor for another window, so that no two published windows differ by a month
    grain: Literal["month", "year"] = "month"

    @property
    def denominator_is_population(self) -> bool:
        """An unknown population leaves the denominator unknown (null), not zero."""
        return self.id in ("need_coverage", "ed_rate_listed", *ED_RATES.values())

    @property
    def summed(self) -> bool:
        """Made of counts summed over units and months; the Kaplan–Meier median is not (it reads
        single episodes, one scope at a time)."""
        return self.measure != "median_days"

    @property
    def part_of_whole(self) -> bool:
        """A share of counted people or events, the numerator's among the denominator's: never above one."""
        return self.measure == "share" and not self.denominator_is_population

    @property
    def perturbed_parts(self) -> frozenset[str]:
        """The counts taken from the extract's rows, which are published perturbed: not populations,
        which are public statistics, nor centres and units."""
        return self.small_parts - ({"denominator"} if self.denominator_is_population else set())


_A, _AH, _AT = frozenset({"area"}), frozenset({"area", "hc"}), frozenset({"area", "team"})
_HC, _HV, _NS, _ED = (frozenset({table}) for table in ("home_care_episodes", "home_visits", "nsvt_episodes",
                                                      "ed_visits_monthly"))

INDICATORS: tuple[Indicator, ...] = (
    Indicator("coverage_offered_65", "stock", "share", _AH, PEOPLE, "up", _HC),
    Indicator("fixed_contact_65", "stock", "share", _AH, PEOPLE, "up", _HC),
    # centres and units are not people: their counts are never suppressed
    Indicator("hc_participation", "stock", "share", _AH, frozenset(), "up"),
    Indicator("units_offering", "stock", "share", _A, frozenset(), "up", _HC),
    Indicator("need_coverage", "stock", "share", _A, frozenset({"numerator"}), "up", _HC),
    Indicator("home_visits", "flow", "count", _AH, frozenset({"numerator"}), None, _HV),
    Indicator("team_visit_share", "flow", "share", _AH, PEOPLE, "up", _HV),
    Indicator("acute_next_weekday", "flow", "share", _AH, PEOPLE, "up", _HV),
    Indicator("nsvt_enrolled", "flow", "count", _AT, frozenset({"numerator"}), None, _NS),
    Indicator("nsvt_active", "stock", "count", _AT, frozenset({"numerator"}), None, _NS),
    Indicator("nsvt_mean_days", "flow", "mean_days", _AT, frozenset({"denominator"}), None, _NS),
    # discharges and episodes enrolled
    Indicator("nsvt_median_days_km", "flow", "median_days", _AT, PEOPLE, None, _NS),
    Indicator("nsvt_visits_per_episode", "flow", "mean", _AT, frozenset({"numerator", "denominator"}), None,
              _NS | {"nsvt_visits"}),
    Indicator("ed_visits", "flow", "count", _AH, frozenset({"numerator"}), "down", _ED),
    Indicator("ed_rate_80", "flow", "rate_per_1000", _A, frozenset({"numerator", "denominator"}), "down", _ED),
    Indicator("readmission_share", "flow", "share", _AH, PEOPLE, "down", _ED),
    Indicator("ed_rate_listed", "flow", "rate_per_1000", _AH, frozenset({"numerator", "denominator"}), "down", _ED),
    # the emergency page's: the other age bands' rates and all ages', beside the contract's 80+
    *(Indicator(rate, "flow", "rate_per_1000", _A, frozenset({"numerator", "denominator"}), "down", _ED, contract=False)
      for band, rate in ED_RATES.items() if band != "80+"),
    # the team-visit page's: planned and acute visits among the home visits, and how long acute requests
    # waited by the request's day, each wait a share of that day's requests
    Indicator("planned_visit_share", "flow", "share", _AH, PEOPLE, None, _HV, contract=False),
    Indicator("acute_visit_share", "flow", "share", _AH, PEOPLE, None, _HV, contract=False),
    *(Indicator(f"acute_wait_{day}_{wait}", "flow", "share", _AH, PEOPLE, None, _HV, contract=False, grain="year")
      for day in REQUEST_DAYS for wait in WAITS),
    # the near-care page's: each discharge reason's share of the discharges and each referral source's of
    # the enrolments, and the visits by staff per episode discharged, by calendar year (a team's month
    # splits its few discharges six ways); the share of the visits made with municipal home care by month
    *(Indicator(f"nsvt_discharged_{reason}", "flow", "share", _AT, PEOPLE, None, _NS, contract=False, grain="year")
      for reason in DISCHARGE_REASONS),
    *(Indicator(f"nsvt_referred_{source}", "flow", "share", _AT, PEOPLE, None, _NS, contract=False, grain="year")
      for source in REFERRAL_SOURCES),
    *(Indicator(f"nsvt_visits_{staff}", "flow", "mean", _AT, PEOPLE, None, _NS | {"nsvt_visits"}, contract=False,
                grain="year") for staff in NSVT_STAFF),
    Indicator("nsvt_team_visit_share", "flow", "share", _AT, PEOPLE, None, _NS | {"nsvt_visits"}, contract=False),
    # and the enrolment time by calendar year, as the contract's by month (a team's small month would
    # hide its whole year): the episodes enrolled, the mean of those completed and the Kaplan–Meier median
    Indicator("nsvt_year_enrolled", "flow", "count", _AT, frozenset({"numerator"}), None, _NS, contract=False,
              grain="year"),
    Indicator("nsvt_year_mean_days", "flow", "mean_days", _AT, frozenset({"denominator"}), None, _NS, contract=False,
              grain="year"),
    Indicator("nsvt_year_median_days_km", "flow", "median_days", _AT, PEOPLE, None, _NS, contract=False,
              grain="year"),
)
BY_ID = {i.id: i for i in INDICATORS}
#: The counts a stock's change is made of (active at a month's end = the month before + enrolled −
#: discharged), under each of their names, with the stock's count
STOCK_OF_FLOW = dict.fromkeys(
    [("nsvt_enrolled", "numerator"), ("nsvt_median_days_km", "denominator"), ("nsvt_mean_days", "denominator"),
     ("nsvt_visits_per_episode", "denominator")], ("nsvt_active", "numerator"))
_STOCKS_WITH_FLOWS = frozenset(STOCK_OF_FLOW.values())
#: Counts that are parts of another figure's count of the same scope and month: held inside it when
#: it is small, as inside a parent area's. A day's acute requests are among all acute requests (a
#: day with none would, beside a small total, say on which days they were made)
WITHIN = {(f"acute_wait_{day}_{wait}", "denominator"): ("acute_next_weekday", "denominator")
          for day in REQUEST_DAYS for wait in WAITS}
# a reason's discharges among all discharges, a source's enrolments among all, a staff's visits (and
# those made with home care) among all visits to the episodes discharged; a year's among the year's
WITHIN |= {(f"nsvt_discharged_{r}", "numerator"): ("nsvt_mean_days", "denominator") for r in DISCHARGE_REASONS}
WITHIN |= {(f"nsvt_referred_{s}", "numerator"): ("nsvt_enrolled", "numerator") for s in REFERRAL_SOURCES}
WITHIN |= {(f"nsvt_visits_{s}", "numerator"): ("nsvt_visits_per_episode", "numerator") for s in NSVT_STAFF}
WITHIN[("nsvt_team_visit_share", "numerator")] = ("nsvt_visits_per_episode", "numerator")
# an age band's ED visits among all ages' (both where the band's inhabitants are known)
WITHIN |= {(rate, "numerator"): (ED_RATES["all"], "numerator") for band, rate in ED_RATES.items() if band != "all"}
# a centre's ED visits are its listed rate's visits too: where it lies, they are part of its areas' count
_AT_CENTRES_IN_AREAS = {"ed_visits": "ed_rate_listed", "ed_rate_listed": "ed_rate_listed"}
SUPPRESSED_PARTS = {i.id: i.small_parts for i in INDICATORS}

OUTPUT_COLUMNS = ("indicator", "area_code", "hc_id", "team_id", "from", "to",
                  "numerator", "denominator", "value", "suppressed")


@dataclass(frozen=True)
class Scope:
    """What the figures are for: an area (with everything beneath it), one health centre, or one team."""

    area_code: str | None = None
    hc_id: str | None = None
    team_id: str | None = None

    @property
    def kind(self) -> str:
        return "hc" if self.hc_id else "team" if self.team_id else "area"

    def params(self) -> dict[str, str | None]:
        return {"area_code": self.area_code, "hc_id": self.hc_id, "team_id": self.team_id}


def applicable(scope: Scope, pages: bool = False) -> list[str]:
    """The contract's indicators that can be made for scope; with `pages`, the pages' own too."""
    return [i.id for i in INDICATORS if scope.kind in i.scopes and (i.contract or pages)]


def check_grain(ids: list[str], period: Period, by_month: bool) -> None:
    """A figure made by calendar year is asked for whole years (January to December), never by month:
    a part of a year would read as the year's, and two windows differing by a month would give it away."""
    yearly = [i for i in ids if BY_ID[i].grain == "year"]
    if yearly and (by_month or period.first.month != 1 or period.last.month != 12):
        raise ValueError(f"{yearly[0]} is published by calendar year: ask for whole years (YYYY-01 to YYYY-12), "
                         "not by month")


def compute(
    db: Database,
    scope: Scope,
    period: Period,
    indicator_ids: list[str] | None = None,
    by_month: bool = False,
    suppressed: bool = True,
) -> pl.DataFrame:
    """One row per indicator (and per month with by_month), in the contract's output columns:
    published (perturbed and suppressed), or with suppressed=False the true figures."""
    ids = indicator_ids or applicable(scope)
    check_grain(ids, period, by_month)
    summed = [i for i in ids if BY_ID[i].summed]
    sums = queries.indicator_sums(db, scope, period, summed)
    protection = _Protection.current(db.extract_dir) if suppressed else None
    rows = _figures(_published(sums, protection), ids, period, by_month,
                    lambda window, indicator: _km_median(db, scope, window, protection, indicator), _data_ends(db))
    frame = pl.DataFrame([{**r, **scope.params()} for r in rows], schema=_SCHEMA)
    if protection is not None:
        totals = _Totals(db, ids)
        totals.note(scope, sums, summed, period)
        frame = totals.mark(frame)
    return _finish(frame, protection)


def compute_groups(
    db: Database,
    group_by: Literal["area", "hc"],
    groups: list[str],
    period: Period,
    indicator_ids: list[str],
    within: str | None = None,
    suppressed: bool = True,
    whole: bool = True,
    by_month: bool = False,
) -> pl.DataFrame:
    """The same figures for many groups at once, each in `groups` (also those with no rows): areas, or
    the health centres lying in the area `within`; over the period, or with by_month each of its
    months from one reading of the sums (a page reading every group's every month). No KM median per
    group. With whole=False, a hidden figure keeps the counts that are not small themselves (a table
    shown cell by cell)."""
    if not all(BY_ID[i].summed for i in indicator_ids):
        raise ValueError("the Kaplan–Meier median is computed one scope at a time")
    check_grain(indicator_ids, period, by_month)
    protection = _Protection.current(db.extract_dir) if suppressed else None
    totals = _Totals(db, indicator_ids) if protection is not None else None
    if group_by == "area":
        sums = queries.indicator_sums_by_area(db, groups, period, indicator_ids)
    elif totals is not None:  # the centres' every month, read once for their hiding, holds the period's
        months = pl.col("month").is_between(period.first, period.last)
        sums = totals.fetch_centres(within).filter(months & pl.col("indicator").is_in(indicator_ids))
    else:
        sums = queries.indicator_sums_by_hc(db, within, period, indicator_ids)
    sums = _published(sums, protection)
    ends = _data_ends(db)
    rows = []
    for group in groups:
        part = sums.filter(pl.col("group_code") == group)
        scope = Scope(area_code=group) if group_by == "area" else Scope(hc_id=group)
        rows += [{**r, **scope.params()} for r in _figures(part, indicator_ids, period, by_month, None, ends)]
    # indicator by indicator, so that a table or chart taking the rows as they come keeps each together
    order = pl.col("indicator").replace_strict({i: n for n, i in enumerate(indicator_ids)}, return_dtype=pl.Int32)
    frame = pl.DataFrame(rows, schema=_SCHEMA).sort(order, maintain_order=True)
    if totals is not None:
        frame = totals.mark(frame)
    return _finish(frame, protection, whole)


@dataclass(frozen=True)
class _Protection:
    """What publishing needs: the threshold below which counts are hidden and the data's secret."""

    threshold: int
    secret: int

    @classmethod
    def current(cls, extract: Path | None) -> _Protection:
        """For an extract: its data folder's secret (`secret.data_folder_of`)."""
        return cls(suppression_threshold(), cell_key_secret(extract))


@lru_cache(maxsize=4)
def _layout(db: Database) -> tuple[list, dict[str, str | None], dict[str, str]]:
    """What a Database's extract never changes, read once for it rather than for every figure: the
    months a period may cover, each area's parent and each centre's area."""
    last = latest_complete_month(db.reference_date)
    months = [m for m in queries.months(db)["month"].to_list() if m <= last] or [last]
    areas, centres = queries.areas(db), queries.health_centres(db)
    return (months, dict(zip(areas["area_code"], areas["parent_code"])),
            dict(zip(centres["hc_id"], centres["area_code"])))


@lru_cache(maxsize=4)
def _team_units(db: Database) -> dict[str, frozenset[str]]:
    """The units each near-care team has episodes in: its counts hold theirs."""
    teams = queries.nsvt_team_units(db).group_by("team_id").agg("unit_code")
    return {team: frozenset(units) for team, units in teams.iter_rows()}


@lru_cache(maxsize=32)
def _area_counts(db: Database, ids: tuple[str, ...]) -> dict[str, dict[tuple[str, str], list[int]]]:
    """Every area's true counts of ids (sorted: one entry whatever order they were asked in) by month
    over every month a period may cover, in one question. Read only: `_Totals` copies an area's dict
    before it adds to it."""
    totals = _Totals(db, list(ids))
    codes = list(totals.parent)
    totals._store(queries.indicator_sums_by_area(db, codes, totals.period, totals.ids),
                  {code: Scope(area_code=code) for code in codes})
    return {code: totals.counts[Scope(area_code=code)] for code in codes}


def warm_area_counts(db: Database, id_sets: list[list[str]]) -> None:
    """Every area's true counts of each set of indicators, read ahead as a figure of that set reads
    them for its hiding (`_area_counts`): the app asks it in the background when an extract opens, so
    that the first page of a kind after a start does not wait a tenth of a second or more for them."""
    for ids in id_sets:
        _Totals(db, ids).fetch_areas([])


class _Totals:
    """Which counts are hidden for other figures' sake (`suppression`): a month's count inside a
    published total from 1 to 4, and a count over months one of which is hidden.

    A month's larger totals are the same month's counts of the scopes holding its rows: an area's
    parent areas, the region for a centre or a team, the teams with episodes in an area, and for a
    centre's ED visits (as such or as its listed rate's) the areas where it lies. True counts are
    read month by month over every month a period may cover, once a scope; a scope's own months
    over a period may be noted from the sums already read (`note`)."""

    def __init__(self, db: Database, ids: list[str]):
        self.db = db
        self.ids = [i for i in ids if BY_ID[i].summed]
        self.with_km = len(self.ids) < len(ids)
        stocks = {STOCK_OF_FLOW[(i, part)][0] for i in ids for part in PARTS if (i, part) in STOCK_OF_FLOW}
        areas = {_AT_CENTRES_IN_AREAS[i] for i in ids if i in _AT_CENTRES_IN_AREAS}
        wholes = {WITHIN[(i, part)][0] for i in ids for part in PARTS if (i, part) in WITHIN}
        self.ids += sorted((stocks | areas | wholes) - set(self.ids))  # a flow's hiding reads its stock
        self.months, self.parent, self.centre_area = _layout(db)
        self.index = {m: n for n, m in enumerate(self.months)}
        self.threshold = suppression_threshold()
        self.region = next(code for code, up in self.parent.items() if up is None)
        self.counts: dict[Scope, dict[tuple[str, str], list[int]]] = {}
        self.noted: dict[Scope, tuple[dict[tuple[str, str], list[int]], range]] = {}
        self.small_stocks: dict[tuple[Scope, tuple[str, str], int], bool] = {}

    @property
    def period(self) -> Period:
        return Period(self.months[0], self.months[-1])

    def fetch_areas(self, codes: list[str]) -> None:
        """The areas' counts, from every area's, read once per extract and set of indicators
        (`_area_counts`): the larger areas of one area are those of the next, a map or ranking asks
        for many, and a page asks for a new area at every change."""
        every = _area_counts(self.db, tuple(sorted(self.ids)))
        for code in codes:
            self.counts[Scope(area_code=code)] = dict(every[code])
        if self.with_km:
            for code in codes:
                self.counts[Scope(area_code=code)].update(self._km_arrays(Scope(area_code=code)))

    def fetch_centres(self, area_code: str) -> pl.DataFrame:
        """The centres' counts in the area, every month, kept for their marks and returned: a centre
        table's own figures are a part of them."""
        units = self._units_under(area_code)
        centres = [hc for hc, code in self.centre_area.items() if code in units]
        sums = queries.indicator_sums_by_hc(self.db, area_code, self.period, self.ids)
        self._store(sums, {hc: Scope(hc_id=hc) for hc in centres})
        return sums

    def note(self, scope: Scope, sums: pl.DataFrame, ids: list[str], period: Period) -> None:
        """scope's counts of `ids` by indicator and month over a period, as read for its figures."""
        arrays = {(i, part): [0] * len(self.months) for i in ids for part in PARTS}
        months = range(self.index.get(period.first, 0), self.index.get(period.last, len(self.months) - 1) + 1)
        self.noted[scope] = ({**arrays, **self._arrays(sums)}, months)

    def _units_under(self, area_code: str) -> set[str]:
        return {code for code in self.parent if area_code in {s.area_code for s in self._areas_up(code)}}

    def _store(self, sums: pl.DataFrame, scopes: dict[str, Scope]) -> None:
        """Each scope's counts from sums by `group_code` (none when it has no rows)."""
        parts = sums.partition_by("group_code", as_dict=True)
        for code, scope in scopes.items():
            self.counts[scope] = self._arrays(parts.get((code,), sums.clear()))

    def _arrays(self, sums: pl.DataFrame) -> dict[tuple[str, str], list[int]]:
        arrays: dict[tuple[str, str], list[int]] = {}
        for r in sums.iter_rows(named=True):
            for part in ("numerator", "denominator"):
                months = arrays.setdefault((r["indicator"], part), [0] * len(self.months))
                if r["month"] in self.index and r[part] is not None:
                    months[self.index[r["month"]]] = r[part]
        return arrays

    def _of(self, scope: Scope) -> dict[tuple[str, str], list[int]]:
        if scope not in self.counts:
            arrays = self._arrays(queries.indicator_sums(self.db, scope, self.period, self.ids))
            if self.with_km:
                arrays.update(self._km_arrays(scope))
            self.counts[scope] = arrays
        return self.counts[scope]

    def _km_arrays(self, scope: Scope) -> dict[tuple[str, str], list[int]]:
        """The Kaplan–Meier medians' counts (discharges, episodes) at each cell: the month of enrolment,
        or for the yearly median its year, at its first month."""
        episodes = queries.nsvt_enrolment_times(self.db, scope, self.period)
        arrays = {}
        for indicator in _KM:
            for part in ("numerator", "denominator"):
                arrays[(indicator.id, part)] = [0] * len(self.months)
            cells = episodes.group_by(_km_cell(indicator)).agg(pl.len(), pl.col("is_discharged").sum())
            for cell, count, discharged in cells.iter_rows():
                if cell in self.index:
                    arrays[(indicator.id, "denominator")][self.index[cell]] = count
                    arrays[(indicator.id, "numerator")][self.index[cell]] = discharged
        return arrays

    def _chain(self, scope: Scope, indicator_id: str) -> list[Scope]:
        """The scope and those holding its rows (or some of them), smallest first: an area's near-care
        counts are also parts of the teams with episodes in it."""
        if scope.hc_id and indicator_id in _AT_CENTRES_IN_AREAS:
            return [scope, *self._areas_up(self.centre_area.get(scope.hc_id))]
        if scope.hc_id or scope.team_id:
            return [scope, Scope(area_code=self.region)]
        chain = self._areas_up(scope.area_code)
        if "team" in BY_ID[indicator_id].scopes and scope.area_code != self.region:
            units = self._units_under(scope.area_code)
            chain += [Scope(team_id=team) for team, held in sorted(_team_units(self.db).items()) if held & units]
        return chain

    def _areas_up(self, code: str | None) -> list[Scope]:
        return [Scope(area_code=c) for c in _codes_up(self.parent, code)]

    def mark(self, frame: pl.DataFrame) -> pl.DataFrame:
        """`inside_numerator` and `inside_denominator` for each figure of frame: a month's count hidden
        for other figures' sake (`_held`), or a count over months one of which is hidden."""
        inside = {"numerator": [], "denominator": []}
        # the larger areas of every figure in one question, not one each
        chains = {(Scope(r["area_code"], r["hc_id"], r["team_id"]), r["indicator"])
                  for r in frame.iter_rows(named=True)}
        areas = {s.area_code for scope, i in chains for s in self._chain(scope, i) if s.area_code} - {
            s.area_code for s in self.counts}
        if areas:
            self.fetch_areas(sorted(areas))
        for r in frame.iter_rows(named=True):
            scope = Scope(r["area_code"], r["hc_id"], r["team_id"])
            indicator = BY_ID[r["indicator"]]
            last = self.index.get(parse_month(r["to"]))
            first = last if indicator.kind == "stock" else self.index.get(parse_month(r["from"]))
            if indicator.grain == "year" and r["from"][:4] == r["to"][:4]:  # a year's one cell, at its January
                first = last = self.index.get(parse_month(r["from"]))
            held = {}
            for part in inside:
                own = r[f"true_{part}"]
                if part not in indicator.small_parts or own is None:
                    held[part] = False
                elif first is None or last is None:  # before follow-up no larger total is read: unchecked, hidden
                    held[part] = own < self.threshold if r["from"] == r["to"] or indicator.kind == "stock" else True
                elif first == last:
                    held[part] = self._held(scope, indicator.id, part, last, own)
                else:
                    key = (indicator.id, part)
                    held[part] = any(self._hidden(scope, *key, m, self._own(scope, key, m))
                                     for m in range(first, last + 1))
            # a count held hides its figure's other count with it: read "<5", that one would bound it
            # (visits, or discharges among the enrolled, "<5" prove a held count of episodes above 0)
            both = any(held.values()) and first == last
            for part, flags in inside.items():
                flags.append(held[part] or (both and r[f"true_{part}"] is not None
                                            and part in indicator.small_parts and r[f"true_{part}"] < self.threshold))
        return frame.with_columns(pl.Series("inside_numerator", inside["numerator"], dtype=pl.Boolean),
                                  pl.Series("inside_denominator", inside["denominator"], dtype=pl.Boolean))

    def _hidden(self, scope: Scope, indicator_id: str, part: str, month: int, count: int) -> bool:
        """Whether scope's count of a month is hidden: small, or held for other figures' sake."""
        return 0 < count < self.threshold or self._held(scope, indicator_id, part, month, count)

    def _held(self, scope: Scope, indicator_id: str, part: str, month: int, count: int) -> bool:
        """Whether scope's count of a month reads "–" for other figures' sake: inside the same
        month's small total in a larger scope (a parent area, the region, a team with episodes in
        it), a flow of a stock hidden at the month's end or the month before, whatever its size, or a
        stock below the threshold right after a month where it or a larger scope read "<5" (hidden
        counts carry no noise: beside a hidden stock, shown or small flows would make its change exact
        arithmetic; were only its small flows hidden, "–" would say "below 5", and a run of shown
        stocks after it would pin them: a privacy test found the active patients of a municipality
        that way; after "<5", a zero would prove discharges, and were only the zero hidden, "–" would
        say 0)."""
        stock = STOCK_OF_FLOW.get((indicator_id, part))
        if stock is not None:  # a flow beside a hidden stock
            return any(self._hidden(scope, *stock, m, self._own(scope, stock, m)) for m in (month - 1, month)
                       if m >= 0) or self._held_small(scope, indicator_id, part, month, count)
        return self._held_small(scope, indicator_id, part, month, count)

    def _held_small(self, scope: Scope, indicator_id: str, part: str, month: int, count: int) -> bool:
        """The holds a count needs only below the threshold: inside a larger scope's small total, or a
        stock right after "<5"."""
        if count >= self.threshold:
            return False
        if inside_small_total(count, self._larger(scope, indicator_id, part, month), self.threshold):
            return True
        if (indicator_id, part) not in _STOCKS_WITH_FLOWS or month == 0:
            return False
        return any(self._reads_small(s, (indicator_id, part), month - 1) for s in self._chain(scope, indicator_id))

    def _reads_small(self, scope: Scope, key: tuple[str, str], month: int) -> bool:
        """Whether scope's stock reads "<5" at month (remembered: each month asks of the one before)."""
        if (scope, key, month) not in self.small_stocks:
            count = self._own(scope, key, month)
            self.small_stocks[(scope, key, month)] = 0 < count < self.threshold and not self._held(
                scope, *key, month, count)
        return self.small_stocks[(scope, key, month)]

    def _larger(self, scope: Scope, indicator_id: str, part: str, month: int) -> list[int]:
        """The same month's counts in the scopes holding scope's rows, and the count of scope it is a
        part of (`WITHIN`)."""
        larger = _AT_CENTRES_IN_AREAS.get(indicator_id, indicator_id) if scope.hc_id else indicator_id
        whole = WITHIN.get((indicator_id, part))
        return [self._of(s).get((larger, part), [0] * len(self.months))[month]
                for s in self._chain(scope, indicator_id)[1:]] + ([self._whole(scope, indicator_id, whole, month)]
                                                                   if whole else [])

    def _whole(self, scope: Scope, indicator_id: str, whole: tuple[str, str], month: int) -> int:
        """The count of scope a count is a part of, in its month, or over its year for a figure made by
        calendar year (a year's requests of a day are among the year's requests)."""
        if BY_ID[indicator_id].grain == "month":
            return self._own(scope, whole, month)
        year = self.months[month].year
        return sum(self._own(scope, whole, m) for m, day in enumerate(self.months) if day.year == year)

    def _own(self, scope: Scope, key: tuple[str, str], month: int) -> int:
        arrays, months = self.noted.get(scope, ({}, range(0)))
        if key in arrays and month in months:
            return arrays[key][month]
        return self._of(scope).get(key, [0] * len(self.months))[month]


_SCHEMA = {
    "indicator": pl.String, "area_code": pl.String, "hc_id": pl.String, "team_id": pl.String,
    "from": pl.String, "to": pl.String, "numerator": pl.Float64, "denominator": pl.Float64, "value": pl.Float64,
    "true_numerator": pl.Float64, "true_denominator": pl.Float64,
}
_NUMERATOR_PERTURBED = [i.id for i in INDICATORS if "numerator" in i.perturbed_parts]
_DENOMINATOR_PERTURBED = [i.id for i in INDICATORS if "denominator" in i.perturbed_parts]
_DAYS = [i.id for i in INDICATORS if i.measure == "mean_days"]


def _published(sums: pl.DataFrame, protection: _Protection | None) -> pl.DataFrame:
    """Each month's sums with the counts to publish beside the true ones: perturbed month by month
    (a period then sums its perturbed months), or, unprotected, the true ones again."""
    if protection is None:
        return sums.with_columns(published_numerator=pl.col("numerator").cast(pl.Float64),
                                 published_denominator=pl.col("denominator").cast(pl.Float64))
    threshold, secret = protection.threshold, protection.secret
    noises = sums.select(
        noise(sums["numerator_key"], secret).alias("numerator_noise"),
        noise(sums["denominator_key"], secret).alias("denominator_noise"),
        noise(magnitude_keys(sums["numerator_key"].fill_null(0)), secret).alias("days_noise"),
    )
    indicator, numerator, denominator = pl.col("indicator"), pl.col("numerator"), pl.col("denominator")
    return pl.concat([sums, noises], how="horizontal").with_columns(
        published_numerator=pl.when(indicator.is_in(_DAYS))
        .then(publish_magnitude(numerator, denominator, pl.col("days_noise")))
        .when(indicator.is_in(_NUMERATOR_PERTURBED)).then(publish(numerator, pl.col("numerator_noise"), threshold))
        .otherwise(numerator.cast(pl.Float64)),
        published_denominator=pl.when(indicator.is_in(_DENOMINATOR_PERTURBED))
        .then(publish(denominator, pl.col("denominator_noise"), threshold))
        .otherwise(denominator.cast(pl.Float64)),
    ).drop("numerator_noise", "denominator_noise", "days_noise")


def _finish(frame: pl.DataFrame, protection: _Protection | None, whole: bool = True) -> pl.DataFrame:
    if protection is None:
        return frame.drop("true_numerator", "true_denominator").with_columns(pl.lit(False).alias("suppressed"))
    return suppress(frame, SUPPRESSED_PARTS, protection.threshold, whole=whole)


@lru_cache(maxsize=4)
def _data_ends(db: Database) -> dict[str, date]:
    """The last month of each indicator whose tables the manifest dates before the extract's end
    (`tables.<table>.extracted_on`): later months have no data from them, which is not zero."""
    dates = {table: latest_complete_month(day) for table, day in table_dates(db.extract_dir).items()}
    return {i.id: min(dates[t] for t in i.tables & dates.keys()) for i in INDICATORS if i.tables & dates.keys()}


#: A figure for a window its tables do not reach: no counts, no value ("uppgift saknas")
_NO_DATA = {"numerator": None, "denominator": None, "value": None, "true_numerator": None, "true_denominator": None}


def _figures(sums: pl.DataFrame, ids: list[str], period: Period, by_month: bool, km,
             ends: Mapping[str, date]) -> list[dict]:
    """Each indicator's figure of each window (the period, or each of its months); a window ending
    after its data (`ends`) has none."""
    windows = [Period(m, m) for m in period.months] if by_month else [period]
    by_indicator: dict[str, list[dict]] = {}
    for r in sums.iter_rows(named=True):
        by_indicator.setdefault(r["indicator"], []).append(r)
    rows = []
    for indicator_id in ids:
        indicator = BY_ID[indicator_id]
        for window in windows:
            if indicator_id in ends and window.last > ends[indicator_id]:
                figure = _NO_DATA
            elif indicator.measure == "median_days":
                figure = km(window, indicator)
            else:
                figure = _window_figure(by_indicator.get(indicator_id, []), indicator, window)
            rows.append({"indicator": indicator_id, "from": month_label(window.first),
                         "to": month_label(window.last), **figure})
    return rows


def _window_figure(sums: list[dict], indicator: Indicator, window: Period) -> dict:
    """A stock is read at the window's last month; a flow sums its months, true and published alike."""
    first = window.last if indicator.kind == "stock" else window.first
    part = [r for r in sums if first <= r["month"] <= window.last]
    true_numerator, numerator = (float(sum(r[c] or 0 for r in part)) for c in ("numerator", "published_numerator"))
    unknown_population = indicator.denominator_is_population and all(r["denominator"] is None for r in part)
    if indicator.measure == "count" or unknown_population:
        true_denominator = denominator = None
    else:
        true_denominator, denominator = (float(sum(r[c] or 0 for r in part))
                                         for c in ("denominator", "published_denominator"))
    return _figure(indicator.measure, true_numerator, true_denominator, numerator, denominator,
                   indicator.part_of_whole)


def _figure(measure: Measure, true_numerator: float, true_denominator: float | None, numerator: float,
            denominator: float | None, part_of_whole: bool) -> dict:
    """The value from the published counts. A count and its total are perturbed apart, so where only
    a few are left over the count may pass its total: the share then reads one, and the counts stay
    what every other figure of the same rows shows."""
    value = _value(measure, numerator, denominator)
    if part_of_whole and value is not None:
        value = min(value, 1.0)
    return {"numerator": numerator, "denominator": denominator, "value": value,
            "true_numerator": true_numerator, "true_denominator": true_denominator}


def _value(measure: Measure, numerator: float | None, denominator: float | None) -> float | None:
    if measure == "count":
        return numerator
    if not denominator:
        return None
    if measure == "rate_per_1000":
        return 1000.0 * numerator / denominator
    return numerator / denominator


#: The Kaplan–Meier medians: the contract's by month of enrolment, the near-care page's by year
_KM = tuple(i for i in INDICATORS if not i.summed)


def _km_cell(indicator: Indicator) -> pl.Expr:
    """The cell an episode's counts belong to: its month of enrolment, or for a yearly median its year
    (at its first month, as the yearly sums are stored)."""
    month = pl.col("enrolled_month")
    return (month.dt.truncate("1y") if indicator.grain == "year" else month).alias("cell")


def _km_median(db: Database, scope: Scope, window: Period, protection: _Protection | None,
               indicator: Indicator) -> dict:
    """Numerator: discharges; denominator: episodes enrolled in the window; value: the median days.
    Both counts are published like a flow's, cell by cell (month of enrolment, or year); the episodes
    are then nsvt_enrolled's (or nsvt_year_enrolled's), with the same noise."""
    episodes = queries.nsvt_enrolment_times(db, scope, window)
    median = kaplan_meier_median(episodes["enrolment_days"].to_list(), episodes["is_discharged"].to_list())
    monthly = episodes.group_by(_km_cell(indicator)).agg(
        pl.len().cast(pl.Float64).alias("denominator"),
        pl.col("is_discharged").sum().cast(pl.Float64).alias("numerator"),
        (pl.col("record_key").sum() % KEY_RANGE).alias("denominator_key"),
        (pl.col("record_key").filter(pl.col("is_discharged")).sum() % KEY_RANGE).alias("numerator_key"),
    )
    counts = {"numerator": 0.0, "denominator": 0.0, "published_numerator": 0.0, "published_denominator": 0.0}
    if monthly.height:
        published = _published(monthly.with_columns(pl.lit(indicator.id).alias("indicator")), protection)
        counts = {c: float(published[c].sum()) for c in counts}
    figure = _figure("median_days", counts["numerator"], counts["denominator"], counts["published_numerator"],
                     counts["published_denominator"], part_of_whole=False)
    return {**figure, "value": median}


def listing_counts(db: Database, area_code: str, month, suppressed: bool = True) -> pl.DataFrame:
    """The listing effect's counts, published (`cell`, `count`, `small`): `patients` 65+ at the month's
    end (the coverage denominator, with its published figure and marks), `outside` those listed at a
    centre outside the scheme and `without` those of them with no mobile doctor. A part reads "–"
    (null, not small) as an indicator's count does: inside a parent area's small cell holding its
    rows, or below 5 beside its own area's hidden larger cell."""
    parents = _codes_up(_layout(db)[1], area_code)[1:]
    effect = queries.listing_effect(db, [area_code, *(parents if suppressed else [])], month)
    raw = _listing_cells(effect, area_code)
    cells = publish_counts(raw, suppressed, db.extract_dir)
    if not suppressed:
        return cells
    coverage = compute_groups(db, "area", [area_code], Period(month, month), ["coverage_offered_65"],
                              whole=False).row(0, named=True)
    own = raw["count"].to_list()
    ancestors = [_listing_cells(effect, code)["count"].to_list() for code in parents]
    threshold = suppression_threshold()
    # patients ⊇ outside ⊇ without: a part is held inside a parent area's small cell holding it, or
    # beside its own area's held larger cell (as an indicator's other count is)
    held = [coverage["denominator"] is None and not coverage["denominator_small"]]
    for k in (1, 2):
        larger = [c for cells_ in ancestors for c in cells_[:k + 1]]
        held.append(inside_small_total(own[k], larger, threshold) or (own[k] < threshold and any(held)))
    small = [coverage["denominator_small"], *cells["small"].to_list()[1:]]
    count = [coverage["denominator"], *cells["count"].to_list()[1:]]
    return pl.DataFrame({
        "cell": cells["cell"],
        "count": [None if h else c for h, c in zip(held, count, strict=True)],
        "small": [s and not h for h, s in zip(held, small, strict=True)],
    }, schema={"cell": pl.String, "count": pl.Float64, "small": pl.Boolean})


def _listing_cells(effects: pl.DataFrame, area_code: str) -> pl.DataFrame:
    """An area's listing counts and their cell keys, from the listing effect of it and others."""
    effect = effects.filter(pl.col("area_code") == area_code)
    outside = effect.filter(pl.col("listing_status") == "not_participating")
    return pl.DataFrame({
        "cell": ["patients", "outside", "without"],
        "count": [effect["count_active_65"].sum(), outside["count_active_65"].sum(),
                  outside["count_without_doctor_65"].sum()],
        "key": [effect["key_active_65"].sum() % KEY_RANGE, outside["key_active_65"].sum() % KEY_RANGE,
                outside["key_without_doctor_65"].sum() % KEY_RANGE],
    }, schema={"cell": pl.String, "count": pl.Int64, "key": pl.Int64})


def _codes_up(parent: dict[str, str | None], code: str | None) -> list[str]:
    """code and the areas above it, smallest first."""
    codes = []
    while code is not None:
        codes.append(code)
        code = parent.get(code)
    return codes


def publish_counts(cells: pl.DataFrame, suppressed: bool = True, extract: Path | None = None) -> pl.DataFrame:
    """Counts of people that are no indicator's (a panel's parts), one row a cell with its `count` and
    cell `key`, as published: `count` perturbed like an indicator's, or null when it is small
    (`small`). The same people give the same figure here as in an indicator."""
    protection = _Protection.current(extract) if suppressed else None
    if protection is None:
        return cells.drop("key").with_columns(pl.col("count").cast(pl.Float64), pl.lit(False).alias("small"))
    published = publish(pl.col("count"), noise(cells["key"], protection.secret), protection.threshold)
    small = pl.col("count").is_between(1, protection.threshold - 1)
    return cells.with_columns(small.alias("small")).with_columns(
        pl.when(pl.col("small")).then(None).otherwise(published).alias("count")).drop("key")
