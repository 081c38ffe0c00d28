"""What a user has chosen (area, period, comparison, language, centre, team) and its link form.

The selection lives in the URL (`?area=1480&from=2025-01&to=2025-12&compare=region&lang=sv`, plus
`hc=` and `team=`), so a bookmark or a shared link opens exactly the same view. This module is
pure: it reads and writes those parameters and checks them against what the extract holds; a bad
parameter is dropped with a notice, never an error.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from dashboard import formatting
from dashboard.metrics.periods import Period, month_end, month_label, months_between, parse_month

PARAMS = ("area", "from", "to", "compare", "lang", "hc", "team")
LANGUAGES = ("sv", "en")
COMPARE_KEYWORDS = ("none", "region", "parent")
DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    level: str
    parent: str | None
    is_home_care_unit: bool = False  # as sql/intermediate/int_home_care_units.sql decides, the one definition


@dataclass(frozen=True)
class Centre:
    hc_id: str
    name: str
    area_code: str
    ownership: str
    mobile_doctor_start: date | None = None
    mobile_doctor_end: date | None = None

    def takes_part(self, month: date) -> bool:
        """Whether the centre takes part in the mobile-doctor scheme at the month's end, the contract's
        rule for `hc_participation` (started by then, not ended by then), as the start page reads its
        months."""
        start, end, last_day = self.mobile_doctor_start, self.mobile_doctor_end, month_end(month)
        return start is not None and start <= last_day and (end is None or end > last_day)

    def takes_part_in(self, first: date, last: date) -> bool:
        """Whether it takes part at the end of any month of the period: its visits may then be any."""
        return any(self.takes_part(month) for month in months_between(first, last))


@dataclass(frozen=True)
class Choices:
    """What the extract offers to choose from."""

    areas: dict[str, Area]  # in tree order: region, each subregion with what lies beneath it
    units_by_area: dict[str, frozenset[str]]
    centres: dict[str, Centre]
    teams: dict[str, str]
    months: list[date]  # months of follow-up up to the latest complete one
    team_units: dict[str, frozenset[str]] = field(default_factory=dict)  # each team's catchment
    team_starts: dict[str, date] = field(default_factory=dict)  # each team's first enrolment's month

    @property
    def region(self) -> str:
        return next(code for code, area in self.areas.items() if area.level == "region")

    def teams_serving(self, area_code: str) -> list[str]:
        """The teams serving any unit of the area (`nsvt_team_areas`), by name: the team filter's
        choices, and the teams an area's near-care figures are shown for."""
        units = self.units_by_area.get(area_code, frozenset())
        return [team for team in self.teams if self.team_units.get(team, frozenset()) & units]

    def centres_in(self, area_code: str) -> list[str]:
        units = self.units_by_area.get(area_code, frozenset())
        return [hc for hc, centre in self.centres.items() if centre.area_code in units]


@dataclass(frozen=True)
class Notice:
    """Something about the link the user should know; `key` and `values` name a catalogue text."""

    key: str
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Selection:
    lang: str
    area_code: str
    first: date
    last: date
    compare: str  # "none", "region", "parent" or an area code
    hc_id: str | None = None
    team_id: str | None = None

    @property
    def period(self) -> Period:
        return Period(self.first, self.last)

    def to_params(self) -> dict[str, str]:
        """Every choice, always: a shared link must not change meaning when the defaults move."""
        params = {"area": self.area_code, "from": month_label(self.first), "to": month_label(self.last),
                  "compare": self.compare, "lang": self.lang}
        if self.hc_id:
            params["hc"] = self.hc_id
        if self.team_id:
            params["team"] = self.team_id
        return params


def _shown(text: str, limit: int = 40) -> str:
    """A piece of a link as a notice may quote it: short, and with Markdown's characters escaped,
    so that a crafted link can't put a clickable link or markup into the app's own words."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return formatting.plain(text)


def default_selection(choices: Choices, lang: str = "sv") -> Selection:
    """The whole region, the last twelve complete months, compared with nothing (it is the region)."""
    last = choices.months[-1]
    first = choices.months[max(0, len(choices.months) - DEFAULT_MONTHS)]
    return Selection(lang=lang, area_code=choices.region, first=first, last=last, compare="region")


def from_params(raw: Mapping[str, str], choices: Choices,
                page_params: Collection[str] = ()) -> tuple[Selection, list[Notice]]:
    """The selection a link asks for, each bad part replaced by its default with a notice.

    `page_params` are the pages' own parameters (a figure's link carries them): known, so no notice."""
    notices: list[Notice] = []
    default = default_selection(choices)
    for name in raw:
        if name not in PARAMS and name not in page_params:
            notices.append(Notice("notice.unknown_param", (("name", _shown(name)),)))

    def checked(name: str, valid, fallback):
        value = raw.get(name)
        if value is None or value == "":
            return fallback
        if valid(value):
            return value
        notices.append(Notice("notice.bad_value", (("name", _shown(name)), ("value", _shown(value)))))
        return fallback

    lang = checked("lang", lambda v: v in LANGUAGES, default.lang)
    area = checked("area", lambda v: v in choices.areas, default.area_code)

    def month(name: str, fallback: date) -> date:
        """A link's month; one outside the extract's months is moved to its nearest end, with a notice
        naming the months there are (a link kept from last year, or typed by hand, still opens near
        what it meant)."""
        value = raw.get(name)
        if value is None or value == "":
            return fallback
        try:
            wanted = parse_month(value)
        except ValueError:
            wanted = None
        nearest = None if wanted is None else min(max(wanted, choices.months[0]), choices.months[-1])
        if nearest not in choices.months:
            notices.append(Notice("notice.bad_value", (("name", name), ("value", _shown(value)))))
            return fallback
        if nearest != wanted:
            notices.append(Notice("notice.month_outside", (
                ("name", name), ("value", _shown(value)), ("used", month_label(nearest)),
                ("first", month_label(choices.months[0])), ("last", month_label(choices.months[-1])))))
        return nearest

    last = month("to", default.last)
    # a link with only an end month means the twelve months to it
    twelve_before = choices.months[max(0, choices.months.index(last) - DEFAULT_MONTHS + 1)]
    first = month("from", default.first if "to" not in raw else twelve_before)
    if first > last:
        notices.append(Notice("notice.period_reversed"))
        first, last = default.first, default.last
    compare = checked("compare", lambda v: v in COMPARE_KEYWORDS or v in choices.areas, default.compare)
    hc = checked("hc", lambda v: v in choices.centres, None)
    if hc is not None and hc not in choices.centres_in(area):
        notices.append(Notice("notice.hc_outside_area", (("hc", choices.centres[hc].name),
                                                         ("area", choices.areas[area].name))))
        hc = None
    team = checked("team", lambda v: v in choices.teams, None)
    if team is not None and team not in choices.teams_serving(area):
        notices.append(Notice("notice.team_outside_area", (("team", choices.teams[team]),
                                                           ("area", choices.areas[area].name))))
        team = None
    return Selection(lang, area, first, last, compare, hc, team), notices


def refit(selection: Selection, choices: Choices) -> tuple[Selection, list[Notice]]:
    """A selection made under an earlier extract, checked against the current one's areas, centres,
    teams and months: what the new extract lacks is replaced, each with a notice; a period is kept
    within the new months (or, if none of it is left, the default)."""
    default, notices = default_selection(choices, selection.lang), []
    area = selection.area_code
    if area not in choices.areas:
        notices.append(Notice("notice.extract_lacks", (("what", _shown(area)),)))
        area = default.area_code
    first, last = max(selection.first, choices.months[0]), min(selection.last, choices.months[-1])
    if first > last:
        first, last = default.first, default.last
    if (first, last) != (selection.first, selection.last):
        notices.append(Notice("notice.extract_period", (("first", month_label(first)), ("last", month_label(last)))))
    compare = selection.compare
    if compare not in COMPARE_KEYWORDS and compare not in choices.areas:
        notices.append(Notice("notice.extract_lacks", (("what", _shown(compare)),)))
        compare = default.compare
    hc = selection.hc_id if selection.hc_id in choices.centres_in(area) else None
    if selection.hc_id is not None and hc is None:
        notices.append(Notice("notice.extract_lacks", (("what", _shown(selection.hc_id)),)))
    team = selection.team_id if selection.team_id in choices.teams_serving(area) else None
    if selection.team_id is not None and team is None:
        notices.append(Notice("notice.extract_lacks", (("what", _shown(selection.team_id)),)))
    return Selection(selection.lang, area, first, last, compare, hc, team), notices


def comparison_area(selection: Selection, choices: Choices) -> str | None:
    """The area to show beside the selection, or None (no comparison, or it would be the selection itself).
    A health centre's parent is the area it lies in (a district for a centre in Göteborg), whichever
    larger area was chosen to find it."""
    if selection.compare == "none":
        return None
    if selection.compare == "region":
        code = choices.region
    elif selection.compare == "parent":
        code = (choices.centres[selection.hc_id].area_code if selection.hc_id
                else choices.areas[selection.area_code].parent)
    else:
        code = selection.compare
    return None if code is None or (code == selection.area_code and not selection.hc_id) else code


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}", "é": "e"})


def swedish_sort_key(name: str) -> str:
    """Å, Ä and Ö come after Z, as in a Swedish list."""
    return name.lower().translate(_SWEDISH_ORDER)


def build_choices(areas, area_units, health_centres, teams, months: list[date]) -> Choices:
    """Choices from the query module's frames; areas in tree order, each level by Swedish name; teams
    by name with the units each serves (`unit_codes`) and their first enrolment's month (`first_enrolled`)."""
    by_parent: dict[str | None, list[Area]] = {}
    for row in areas.iter_rows(named=True):
        area = Area(row["area_code"], row["area_name"], row["area_level"], row["parent_code"],
                    row["is_home_care_unit"])
        by_parent.setdefault(area.parent, []).append(area)
    ordered: dict[str, Area] = {}

    def add(parent: str | None) -> None:
        for area in sorted(by_parent.get(parent, []), key=lambda a: swedish_sort_key(a.name)):
            ordered[area.code] = area
            add(area.code)

    add(None)
    units: dict[str, set[str]] = {}
    for row in area_units.iter_rows(named=True):
        units.setdefault(row["area_code"], set()).add(row["unit_code"])
    centres = {
        row["hc_id"]: Centre(row["hc_id"], row["hc_name"], row["area_code"], row["ownership"],
                             row["mobile_doctor_start"], row["mobile_doctor_end"])
        for row in sorted(health_centres.iter_rows(named=True), key=lambda r: swedish_sort_key(r["hc_name"]))
    }
    return Choices(
        areas=ordered,
        units_by_area={code: frozenset(u) for code, u in units.items()},
        centres=centres,
        teams={row["team_id"]: row["team_name"]
               for row in sorted(teams.iter_rows(named=True), key=lambda r: swedish_sort_key(r["team_name"]))},
        months=months,
        team_units={row["team_id"]: frozenset(row["unit_codes"]) for row in teams.iter_rows(named=True)},
        team_starts={row["team_id"]: row["first_enrolled"] for row in teams.iter_rows(named=True)
                     if row.get("first_enrolled") is not None},
    )
