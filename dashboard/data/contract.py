"""The extract tables of `data-contract.md`, as data.

Validation, the demo generator and the test fixtures all read this one description, so a change
to the contract is made here once and every part follows it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

#: need_coverage's denominator is this share of the population 65+: the contract's estimate of the most
#: ill and multi-failing. Fixed by the contract, so the indicator is the same in every region; the
#: coverage page's need panel starts from it too (NVK_NEED_MULTI_FAILING's default).
NEED_SHARE = 0.15
#: A near-care episode's discharge reasons, referral sources and a visit's staff, in the contract's order
DISCHARGE_REASONS = ("home_care", "died", "hospital", "nursing_home", "advanced_home_care", "other")
REFERRAL_SOURCES = ("hospital", "primary_care", "home_care", "emergency", "other")
NSVT_STAFF = ("doctor", "nurse", "doctor_and_nurse", "other")
AGE_BANDS = ("0-64", "65-79", "80+")
AREA_LEVELS = ("region", "subregion", "municipality", "district")


#: A code or id: letters, digits and . _ : - , from a letter or digit, at most 64 characters. Codes
#: travel in links, file names and exports, where a formula (`=HYPERLINK(…)`) or markup has no place.
CODE_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}"
CODE_RULE = "a code of letters, digits and . _ : - that starts with a letter or digit, at most 64 characters"
#: A name is shown on every page and in every export: long enough for any Swedish unit or centre.
NAME_MAX_LENGTH = 120


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "string", "int", "date" or "bool"
    nullable: bool = False
    allowed: tuple[str, ...] | None = None
    minimum: int | None = None
    code: bool = False  # an id or code: CODE_PATTERN
    name_text: bool = False  # a name: at most NAME_MAX_LENGTH characters, no control characters


@dataclass(frozen=True)
class Reference:
    """A code column that must name a row of another table (nulls are not checked)."""

    column: str
    table: str
    target: str
    home_care_unit: bool = False  # the target must be a home-care unit, not any area


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    references: tuple[Reference, ...] = ()
    optional: bool = False
    date_columns_bound_by_reference_date: tuple[str, ...] = ()

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _s(name: str, **kw) -> Column:
    return Column(name, "string", **kw)


def _c(name: str, **kw) -> Column:
    return Column(name, "string", code=True, **kw)


def _n(name: str, **kw) -> Column:
    return Column(name, "string", name_text=True, **kw)


def _i(name: str, **kw) -> Column:
    return Column(name, "int", **kw)


def _d(name: str, **kw) -> Column:
    return Column(name, "date", **kw)


def _b(name: str, **kw) -> Column:
    return Column(name, "bool", **kw)


_UNIT = dict(table="areas", target="area_code", home_care_unit=True)

TABLES: tuple[Table, ...] = (
    Table(
        "areas",
        (_c("area_code"), _n("area_name"), _s("level", allowed=AREA_LEVELS), _c("parent_code", nullable=True)),
        key=("area_code",),
        references=(Reference("parent_code", "areas", "area_code"),),
    ),
    Table(
        "health_centres",
        (
            _c("hc_id"),
            _n("hc_name"),
            _c("area_code"),
            _s("ownership", allowed=("public", "private")),
            _d("opened_on", nullable=True),
            _d("closed_on", nullable=True),
            _d("mobile_doctor_start", nullable=True),
            _d("mobile_doctor_end", nullable=True),
        ),
        key=("hc_id",),
        references=(Reference("area_code", **_UNIT),),
    ),
    Table(
        "population",
        (_i("year", minimum=1900), _c("area_code"), _s("age_band", allowed=AGE_BANDS), _i("population", minimum=0)),
        key=("year", "area_code", "age_band"),
        references=(Reference("area_code", **_UNIT),),
    ),
    Table(
        "listed_population",
        (_d("month"), _c("hc_id"), _s("age_band", allowed=AGE_BANDS), _i("listed", minimum=0)),
        key=("month", "hc_id", "age_band"),
        references=(Reference("hc_id", "health_centres", "hc_id"),),
        optional=True,
        date_columns_bound_by_reference_date=("month",),
    ),
    Table("nsvt_teams", (_c("team_id"), _n("team_name"), _n("hospital")), key=("team_id",)),
    Table(
        "nsvt_team_areas",
        (_c("team_id"), _c("area_code")),
        key=("team_id", "area_code"),
        references=(Reference("team_id", "nsvt_teams", "team_id"), Reference("area_code", **_UNIT)),
    ),
    Table(
        "home_care_episodes",
        (
            _c("episode_id"),
            _c("patient_key"),
            _c("area_code"),
            _c("hc_id", nullable=True),
            _i("birth_year", minimum=1880),
            _d("enrolled_on"),
            _d("discharged_on", nullable=True),
            _d("mobile_doctor_from", nullable=True),
            _b("fixed_contact"),
        ),
        key=("episode_id",),
        references=(Reference("area_code", **_UNIT), Reference("hc_id", "health_centres", "hc_id")),
        date_columns_bound_by_reference_date=("enrolled_on", "discharged_on", "mobile_doctor_from"),
    ),
    Table(
        "home_visits",
        (
            _c("visit_id"),
            _d("visit_date"),
            _c("patient_key"),
            _c("hc_id"),
            _c("area_code"),
            _s("visit_kind", allowed=("planned", "acute")),
            _b("team_visit"),
            _d("requested_on", nullable=True),
        ),
        key=("visit_id",),
        references=(Reference("hc_id", "health_centres", "hc_id"), Reference("area_code", **_UNIT)),
        date_columns_bound_by_reference_date=("visit_date", "requested_on"),
    ),
    Table(
        "nsvt_episodes",
        (
            _c("episode_id"),
            _c("patient_key"),
            _c("team_id"),
            _c("area_code"),
            _i("birth_year", minimum=1880),
            _d("enrolled_on"),
            _d("discharged_on", nullable=True),
            _s(
                "discharge_reason",
                nullable=True,
                allowed=DISCHARGE_REASONS,
            ),
            _s("referred_from", allowed=REFERRAL_SOURCES),
        ),
        key=("episode_id",),
        references=(Reference("team_id", "nsvt_teams", "team_id"), Reference("area_code", **_UNIT)),
        date_columns_bound_by_reference_date=("enrolled_on", "discharged_on"),
    ),
    Table(
        "nsvt_visits",
        (
            _c("visit_id"),
            _c("episode_id"),
            _d("visit_date"),
            _s("staff", allowed=NSVT_STAFF),
            _b("team_visit"),
        ),
        key=("visit_id",),
        references=(Reference("episode_id", "nsvt_episodes", "episode_id"),),
        date_columns_bound_by_reference_date=("visit_date",),
    ),
    Table(
        "ed_visits_monthly",
        (
            _d("month"),
            _c("area_code"),
            _c("hc_id", nullable=True),
            _s("age_band", allowed=AGE_BANDS),
            _i("ed_visits", minimum=0),
            _i("admissions", minimum=0),
            _i("readmissions_30d", minimum=0),
        ),
        key=("month", "area_code", "hc_id", "age_band"),
        references=(Reference("area_code", **_UNIT), Reference("hc_id", "health_centres", "hc_id")),
        date_columns_bound_by_reference_date=("month",),
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}

#: Tables whose dates give the reference date when the manifest names none.
EVENT_TABLES = ("home_care_episodes", "home_visits", "nsvt_episodes", "nsvt_visits", "ed_visits_monthly")

_ARROW_TYPES = {"string": pa.string(), "int": pa.int32(), "date": pa.date32(), "bool": pa.bool_()}
#: Arrow types a column of each kind may have in a valid extract.
ACCEPTED_ARROW_TYPES = {
    "string": (pa.string(), pa.large_string()),
    "int": (pa.int32(), pa.int64()),
    "date": (pa.date32(),),
    "bool": (pa.bool_(),),
}


def arrow_schema(table: str) -> pa.Schema:
    """The schema in which the demo generator and fixtures write a table."""
    return pa.schema(
        [pa.field(c.name, _ARROW_TYPES[c.kind], nullable=c.nullable) for c in TABLES_BY_NAME[table].columns]
    )
