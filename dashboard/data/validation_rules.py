"""The row rules of the contract's Validation section, each a query over the extract's tables.

Every check selects the failing rows as `_row` (1-based row of the Parquet file, null for a
table-level finding), `value` (the offending value) and `detail` (context for the message, or
null). The tables are views named as in the contract, with `_row` added; see `validation.py`. A
check may also read the SQL views listed in `validation.SQL_VIEWS`, so a rule the marts apply too
(which areas are home-care units) is written once.
Generic checks are generated from `contract.py`; the rest are written out below, one per rule.
Identifiers come only from the contract and are quoted; data values are bound as parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dashboard.data.contract import (
    AREA_LEVELS,
    CODE_PATTERN,
    CODE_RULE,
    NAME_MAX_LENGTH,
    TABLES,
    Column,
    Reference,
    Table,
)


@dataclass(frozen=True)
class Check:
    table: str
    column: str | None
    rule: str  # the message; a non-null `detail` is appended in parentheses
    sql: str
    needs: tuple[str, ...] = ()  # tables the query reads besides `table`
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def tables(self) -> tuple[str, ...]:
        return (self.table, *self.needs)


def q(identifier: str) -> str:
    """A quoted SQL identifier."""
    return '"' + identifier.replace('"', '""') + '"'


def _sql_text(column: str, alias: str = "") -> str:
    return f"coalesce(cast({alias}{q(column)} as varchar), 'null')"


# -- generic checks, from the contract ---------------------------------------------------------


def _not_null(t: Table, c: Column) -> Check:
    sql = f"select _row, null as value, null as detail from {q(t.name)} where {q(c.name)} is null"
    return Check(t.name, c.name, f"{c.name} must not be null", sql)


def _allowed(t: Table, c: Column) -> Check:
    sql = f"""
        select _row, {q(c.name)} as value, null as detail
        from {q(t.name)}
        where {q(c.name)} is not null and not list_contains($allowed, {q(c.name)})"""
    rule = f"{c.name} must be one of {', '.join(c.allowed or ())}"
    return Check(t.name, c.name, rule, sql, params={"allowed": list(c.allowed or ())})


def _minimum(t: Table, c: Column) -> Check:
    sql = f"select _row, {q(c.name)} as value, null as detail from {q(t.name)} where {q(c.name)} < $minimum"
    return Check(t.name, c.name, f"{c.name} must be at least {c.minimum}", sql, params={"minimum": c.minimum})


def _code(t: Table, c: Column) -> Check:
    sql = f"""
        select _row, {q(c.name)} as value, null as detail
        from {q(t.name)}
        where {q(c.name)} is not null and not regexp_full_match({q(c.name)}, $pattern)"""
    return Check(t.name, c.name, f"{c.name} must be {CODE_RULE}", sql, params={"pattern": CODE_PATTERN})


def _name(t: Table, c: Column) -> Check:
    sql = f"""
        select _row, left({q(c.name)}, 40) || if(length({q(c.name)}) > 40, '…', '') as value,
            'length ' || length({q(c.name)}) as detail
        from {q(t.name)}
        where length({q(c.name)}) > $longest or regexp_matches({q(c.name)}, '[[:cntrl:]]')
            or regexp_matches({q(c.name)}, '^[-=+@]')"""
    rule = (f"{c.name} must be at most {NAME_MAX_LENGTH} characters long, hold no control characters and not "
            "start with = + - @ (a spreadsheet would take it for a formula)")
    return Check(t.name, c.name, rule, sql, params={"longest": NAME_MAX_LENGTH})


def _unique_key(t: Table) -> Check:
    """Every row repeating the key of an earlier row; nulls count as values (`is not distinct from`).

    Grouping by a 64-bit hash of the key first keeps the common case (no repeats) fast and small
    at millions of rows; only rows whose hash repeats are compared by their real key.
    """
    key = ", ".join(q(k) for k in t.key)
    same_key = " and ".join(f"t.{q(k)} is not distinct from d.{q(k)}" for k in t.key)
    value = " || ', ' || ".join(_sql_text(k, "t.") for k in t.key)
    sql = f"""
        with repeated_hash as (
            select hash({key}) as key_hash from {q(t.name)} group by key_hash having count(*) > 1
        ),
        suspect as (
            select _row, {key} from {q(t.name)} where hash({key}) in (select key_hash from repeated_hash)
        ),
        repeated as (
            select {key}, min(_row) as first_row from suspect group by all having count(*) > 1
        )
        select t._row, {value} as value, 'first in row ' || d.first_row as detail
        from suspect as t
        join repeated as d on {same_key}
        where t._row > d.first_row"""
    if len(t.key) == 1:
        return Check(t.name, t.key[0], f"{t.key[0]} must be unique", sql)
    names = ", ".join(t.key)
    return Check(t.name, names, f"the combination ({names}) must be unique", sql)


#: Areas that can be a home-care unit, as the marts decide it: validation.py creates the view
#: `int_home_care_units` over the extract from the same file the app reads (one definition).
HOME_CARE_UNITS = "select distinct unit_code as area_code from int_home_care_units"


def _reference(t: Table, ref: Reference) -> Check:
    """Codes naming no row of the target; a left join, as a correlated `not exists` would copy the table."""
    col = q(ref.column)
    if ref.home_care_unit:
        sql = f"""
            with unit as ({HOME_CARE_UNITS}),
            area as (select area_code, arg_min(level, _row) as level from areas group by area_code)
            select s._row, s.{col} as value,
                case
                    when area.area_code is null then 'no such area'
                    when area.level = 'municipality' then 'it is a municipality with districts'
                    else 'it is a ' || coalesce(area.level, 'area without level')
                end as detail
            from {q(t.name)} as s
            left join unit on unit.area_code = s.{col}
            left join area on area.area_code = s.{col}
            where s.{col} is not null and unit.area_code is null"""
        rule = f"{ref.column} must name a home-care unit: a district or a municipality without districts"
    else:
        sql = f"""
            with target as (select distinct {q(ref.target)} as code from {q(ref.table)})
            select s._row, s.{col} as value, null as detail
            from {q(t.name)} as s
            left join target on target.code = s.{col}
            where s.{col} is not null and target.code is null"""
        by = "" if ref.target == ref.column else f" by {ref.target}"
        rule = f"{ref.column} must refer to a row of {ref.table}{by}"
    return Check(t.name, ref.column, rule, sql, needs=(ref.table,))


def generic_checks(t: Table) -> list[Check]:
    checks: list[Check] = []
    for c in t.columns:
        if not c.nullable:
            checks.append(_not_null(t, c))
        if c.allowed:
            checks.append(_allowed(t, c))
        if c.minimum is not None:
            checks.append(_minimum(t, c))
        if c.code:
            checks.append(_code(t, c))
        if c.name_text:
            checks.append(_name(t, c))
    checks.append(_unique_key(t))
    checks.extend(_reference(t, ref) for ref in t.references)
    return checks


# -- specific rules ----------------------------------------------------------------------------


def _later(table: str, later: str, earlier: str, strict: bool = True) -> Check:
    """`later` must be after `earlier` (strict) or not before it, where both are set."""
    failing = "<=" if strict else "<"
    sql = f"""
        select _row, {q(later)} as value, {q(earlier)} as detail
        from {q(table)}
        where {q(later)} {failing} {q(earlier)}"""
    rule = f"{later} must be later than {earlier}" if strict else f"{later} must not be earlier than {earlier}"
    return Check(table, later, rule, sql)


def _where(table: str, column: str, rule: str, condition: str, detail: str = "null") -> Check:
    sql = f"select _row, {q(column)} as value, {detail} as detail from {q(table)} where {condition}"
    return Check(table, column, rule, sql)


_PARENT_LEVEL = dict(zip(AREA_LEVELS[1:], AREA_LEVELS[:-1]))  # subregion -> region, ...


def _parent_level(level: str) -> Check:
    parent = _PARENT_LEVEL[level]
    sql = """
        with parent as (select area_code, arg_min(level, _row) as level from areas group by area_code)
        select a._row, a.parent_code as value, 'it names a ' || coalesce(parent.level, 'area without level') as detail
        from areas as a
        join parent on parent.area_code = a.parent_code
        where a.level = $level and parent.level is distinct from $parent"""
    article = "the" if parent == "region" else "a"
    return Check("areas", "parent_code", f"a {level}'s parent_code must name {article} {parent}", sql,
                 params={"level": level, "parent": parent})


def _area_checks() -> list[Check]:
    no_region = """
        select null as _row, null as value, null as detail
        where not exists (select 1 from areas where level = 'region')"""
    extra_region = """
        select _row, area_code as value, 'the first is row ' || first_row as detail
        from (select _row, area_code, min(_row) over () as first_row from areas where level = 'region')
        where _row > first_row"""
    return [
        Check("areas", "level", "areas must have exactly one region row (there is none)", no_region),
        Check("areas", "level", "areas must have exactly one region row", extra_region),
        _where("areas", "parent_code", "parent_code must be null for the region",
               "level = 'region' and parent_code is not null"),
        _where("areas", "parent_code", "parent_code must be set for every area but the region",
               "level <> 'region' and parent_code is null"),
        *(_parent_level(level) for level in _PARENT_LEVEL),
        _where("areas", "area_code", "a municipality's area_code must be four digits",
               "level = 'municipality' and not regexp_full_match(area_code, '[0-9]{4}')"),
    ]


def _overlapping_home_care() -> Check:
    """The later-starting of two episodes of one patient active on a common day."""
    sql = """
        with span as (
            select _row, patient_key, enrolled_on, coalesce(discharged_on, date '9999-12-31') as ends_on
            from home_care_episodes
            where patient_key is not null and enrolled_on is not null
                and (discharged_on is null or discharged_on > enrolled_on)
        ),
        compared as (
            select *,
                max(ends_on) over earlier as earlier_ends_on,
                arg_max(_row, ends_on) over earlier as earlier_row
            from span
            window earlier as (
                partition by patient_key order by enrolled_on, _row
                rows between unbounded preceding and 1 preceding
            )
        )
        select _row, patient_key as value,
            'enrolled on ' || enrolled_on || ' while the episode in row ' || earlier_row || ' is active' as detail
        from compared
        where enrolled_on < earlier_ends_on"""
    return Check("home_care_episodes", "patient_key",
                 "a patient must not have overlapping home-care episodes", sql)


def _nsvt_visit_within_episode() -> Check:
    sql = """
        with episode as (
            select episode_id, enrolled_on, discharged_on
            from nsvt_episodes
            qualify row_number() over (partition by episode_id order by _row) = 1
        )
        select v._row, v.visit_date as value,
            'episode ' || e.episode_id || ': ' || e.enrolled_on || ' to '
                || coalesce(cast(e.discharged_on as varchar), 'still enrolled') as detail
        from nsvt_visits as v
        join episode as e on e.episode_id = v.episode_id
        where v.visit_date < e.enrolled_on or v.visit_date > e.discharged_on"""
    return Check("nsvt_visits", "visit_date", "visit_date must be within its episode", sql,
                 needs=("nsvt_episodes",))


def specific_checks() -> dict[str, list[Check]]:
    """Rules that are not a property of one column, by table."""
    return {
        "areas": _area_checks(),
        "health_centres": [
            _later("health_centres", "closed_on", "opened_on"),
            _later("health_centres", "mobile_doctor_end", "mobile_doctor_start"),
            _where("health_centres", "mobile_doctor_end",
                   "mobile_doctor_end must be null when mobile_doctor_start is null",
                   "mobile_doctor_end is not null and mobile_doctor_start is null"),
        ],
        "home_care_episodes": [
            _later("home_care_episodes", "discharged_on", "enrolled_on"),
            _overlapping_home_care(),
        ],
        "home_visits": [
            _where("home_visits", "requested_on", "requested_on must not be later than visit_date",
                   "requested_on > visit_date", detail=q("visit_date")),
        ],
        "nsvt_episodes": [
            _later("nsvt_episodes", "discharged_on", "enrolled_on", strict=False),
            _where("nsvt_episodes", "discharge_reason", "discharge_reason must be set when discharged_on is set",
                   "discharged_on is not null and discharge_reason is null", detail=q("discharged_on")),
            _where("nsvt_episodes", "discharge_reason", "discharge_reason must be null while discharged_on is null",
                   "discharged_on is null and discharge_reason is not null"),
        ],
        "nsvt_visits": [_nsvt_visit_within_episode()],
        "ed_visits_monthly": [
            _where("ed_visits_monthly", "admissions", "admissions must not exceed ed_visits",
                   "admissions > ed_visits", detail=q("ed_visits")),
            _where("ed_visits_monthly", "readmissions_30d", "readmissions_30d must not exceed admissions",
                   "readmissions_30d > admissions", detail=q("admissions")),
        ],
    }


def _first_of_month(t: Table) -> list[Check]:
    return [
        _where(t.name, c.name, f"{c.name} must be the first day of a month", f"day({q(c.name)}) <> 1")
        for c in t.columns
        if c.kind == "date" and c.name == "month"
    ]


def _by_reference_date(t: Table, reference: date | None, bound: date | None) -> list[Check]:
    checks = []
    if reference is not None and "birth_year" in t.column_names:
        checks.append(Check(
            t.name, "birth_year", f"birth_year must not be later than the reference year ({reference.year})",
            f"select _row, birth_year as value, null as detail from {q(t.name)} where birth_year > $year",
            params={"year": reference.year},
        ))
    if bound is not None:
        for name in t.date_columns_bound_by_reference_date:
            checks.append(Check(
                t.name, name, f"{name} must not be later than the reference date ({bound.isoformat()})",
                f"select _row, {q(name)} as value, null as detail from {q(t.name)} where {q(name)} > $bound",
                params={"bound": bound},
            ))
    return checks


def row_checks(reference: date | None, bound: date | None) -> list[Check]:
    """Every row check, in the contract's table order.

    `reference` is the reference date however found (it bounds birth years); `bound` is the
    manifest's date, which alone can bound event dates (a date found in the data bounds nothing).
    """
    specific = specific_checks()
    checks: list[Check] = []
    for t in TABLES:
        checks += generic_checks(t)
        checks += _first_of_month(t)
        checks += specific.get(t.name, [])
        checks += _by_reference_date(t, reference, bound)
    return checks
