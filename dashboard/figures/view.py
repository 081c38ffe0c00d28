"""What a page is showing: the selection, what the extract offers, and the extract itself.

Figure builders take a View, not Streamlit's session, so they stay pure: the same View gives the
same Figures on a page, in an export and in the monthly report. It also knows how the view is named
in words (area, period, comparison), in a link that reopens it, and in a file name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlencode

import altair as alt

from dashboard import formatting
from dashboard.figures.figure import Figure, Metric, Table
from dashboard.figures.selection import Choices, Selection, comparison_area
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.metrics.periods import month_label
from dashboard.texts import t


@dataclass(frozen=True)
class Decided:
    """A steering group's decision as the charts show it (from the learning store): the indicator and
    area it concerns, the day it was made, what and who owns it."""

    indicator_id: str
    area_code: str
    day: date
    what: str
    owner: str


@dataclass(frozen=True)
class Targeted:
    """A target in force for an indicator and area (from the learning store), in the indicator's own
    unit (a share as a fraction)."""

    indicator_id: str
    area_code: str
    value: float


@dataclass(frozen=True)
class View:
    selection: Selection
    choices: Choices
    extract_date: date
    source_name: str | None
    page: str = ""  # the page's URL path: "" for the start page, "tackning", ...
    page_params: tuple[tuple[str, str], ...] = ()  # the page's own choices, kept in its link
    page_name: str = ""  # the page in file names ("oversikt"): shared builders name files by the page showing them
    decisions: tuple[Decided, ...] = ()  # the learning loop's, drawn on the charts of their indicator and area
    targets: tuple[Targeted, ...] = ()  # the learning loop's, on the start page's tiles and control chart

    def target(self, indicator_id: str) -> Targeted | None:
        """The chosen area's target for the indicator; a centre or team chosen has none of its own."""
        s = self.selection
        if s.hc_id or s.team_id:
            return None
        return next((x for x in self.targets if x.indicator_id == indicator_id and x.area_code == s.area_code), None)

    def target_value(self, indicator_id: str) -> float | None:
        """The chosen area's stored target in the indicator's own unit (a share as a fraction), for
        the control charts that draw it (the page's key chart, the meeting room's, the report's)."""
        found = self.target(indicator_id)
        return None if found is None else found.value

    @property
    def lang(self) -> str:
        return self.selection.lang

    @property
    def scope(self) -> Scope:
        """The figures' subject: the chosen centre or team if any, else the area."""
        s = self.selection
        if s.hc_id:
            return Scope(hc_id=s.hc_id)
        if s.team_id:
            return Scope(team_id=s.team_id)
        return Scope(area_code=s.area_code)

    @property
    def area_scope(self) -> Scope:
        """The area chosen, the subject of a figure made of areas or for areas only, also when a centre
        or team is chosen (its listing, need, centres, its residents' emergency visits)."""
        return Scope(area_code=self.selection.area_code)

    @property
    def region_scope(self) -> Scope:
        """The region, the subject of a map of all its units."""
        return Scope(area_code=self.choices.region)

    def subject_of(self, indicator_id: str | None) -> Scope:
        """Whose months an indicator's figure shows: the view's centre or team, or, for an indicator
        made for areas only (the need reached, emergency visits per resident), the area chosen: a
        centre's numerators under "uppgift saknas" would read as its need."""
        scope = self.scope
        if indicator_id is None or scope.kind in BY_ID[indicator_id].scopes:
            return scope
        return self.area_scope

    @property
    def comparison(self) -> Scope | None:
        code = comparison_area(self.selection, self.choices)
        return None if code is None else Scope(area_code=code)

    @property
    def region_name(self) -> str:
        return self.choices.areas[self.choices.region].name

    def area_name(self, code: str) -> str:
        return self.choices.areas[code].name

    def scope_name(self, scope: Scope) -> str:
        if scope.hc_id:
            return self.choices.centres[scope.hc_id].name
        if scope.team_id:
            return self.choices.teams[scope.team_id]
        return self.choices.areas[scope.area_code].name

    def period_text(self) -> str:
        s = self.selection
        return formatting.months(s.first, s.last, self.lang)

    def whole_year(self) -> int | None:
        """The calendar year a figure made by year (`Indicator.grain`) shows: the year of the period's
        last month when the extract offers all of it, else the year before; None when neither is whole."""
        offered = set(self.choices.months)
        for year in (self.selection.last.year, self.selection.last.year - 1):
            if date(year, 1, 1) in offered and date(year, 12, 1) in offered:
                return year
        return None

    def covers_year(self, year: int) -> bool:
        """Whether the period chosen holds the whole year: if not, a figure of that year says so."""
        s = self.selection
        return s.first <= date(year, 1, 1) and date(year, 12, 1) <= s.last

    def comparison_for(self, measure: str) -> Scope | None:
        """The comparison a figure of this measure is drawn against: none for a count, which measures
        the population's size as much as the care (a district's home visits beside the region's read as
        a flat line at 0); shares and rates are compared."""
        return None if measure == "count" else self.comparison

    def comparison_text(self, measure: str | None = None) -> str:
        comparison = self.comparison
        if comparison is not None and measure == "count":
            return t("chart.count_not_compared", self.lang, area=self.scope_name(comparison))
        if comparison is None and self.selection.compare != "none":  # the sidebar names one: say why none
            return t("chart.compared_with_itself", self.lang)
        if comparison is None:
            return t("chart.no_comparison", self.lang)
        return t("chart.compared_with", self.lang, area=self.scope_name(comparison))

    def subtitle(self, measure: str | None = None, subject: Scope | None = None) -> str:
        """Where (the figure's subject, by default the view's), when and against what (for a figure of
        one measure, whether it is compared): the line under every figure's title."""
        where = self.scope_name(subject or self.scope)
        return f"{where} · {self.period_text()} · {self.comparison_text(measure)}"

    @property
    def source(self) -> str:
        return self.source_name or t("extract.unknown_source", self.lang)

    def link(self, **page_params: str) -> str:
        """The path and query that reopen this view, with the page's own choices."""
        params = {**self.selection.to_params(), **dict(self.page_params), **page_params}
        return f"/{self.page}?{urlencode(params)}"

    def with_params(self, **page_params: str) -> View:
        """This view with the page's own choices, so that every figure's link reopens them too."""
        return replace(self, page_params=tuple({**dict(self.page_params), **page_params}.items()))

    def figure(self, key: str, title: str, subtitle: str, table: Table, indicator_id: str | None, what: str, *,
               definition: str | None = None, chart: alt.TopLevelMixin | None = None,
               metrics: tuple[Metric, ...] = (), notes: tuple[str, ...] = (), note_links: tuple[str, ...] = (),
               link_params: dict[str, str] | None = None, warnings: tuple[str, ...] = (),
               subject: Scope | None = None, months: tuple[date, date] | None = None) -> Figure:
        """A figure of this view: its source, date, a link that reopens it (with the indicator and the
        given choices) and a file name saying what, where (`subject`, by default the indicator's
        `subject_of`) and when (`months`, first and last, by default the period's: a map of its last
        month names that one); an indicator's figure is defined by it."""
        params = {} if indicator_id is None else {"indicator": indicator_id}
        params.update(link_params or {})
        stem = [self.page_name, what] + ([] if indicator_id is None else [indicator_id])
        where = subject or self.subject_of(indicator_id)
        return Figure(key=key, title=title, subtitle=subtitle, table=table,
                      definition=definition or t(f"indicator.{indicator_id}.definition", self.lang),
                      source=self.source, extract_date=self.extract_date, link=self.link(**params),
                      file_stem=self.file_stem(*stem, subject=where, months=months), chart=chart, notes=notes,
                      note_links=note_links, metrics=metrics, warnings=warnings)

    def file_stem(self, *what: str, subject: Scope | None = None, months: tuple[date, date] | None = None) -> str:
        """`tackning_majorna-linne_2025-01_2025-12`: what the file shows, where (by default the view's
        subject) and when (a month once: `manadsrapport_boras_2025-12`), in plain letters."""
        first, last = months or (self.selection.first, self.selection.last)
        when = [month_label(first)] + ([] if first == last else [month_label(last)])
        parts = [*what, self.scope_name(subject or self.scope), *when]
        return "_".join(p for p in (slug(part) for part in parts) if p)


def slug(text: str) -> str:
    """Lowercase ASCII letters, digits and hyphens: `Majorna-Linné` → `majorna-linne`."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


@dataclass(frozen=True)
class Page:
    """A page as the navigation lists it. Each page's builder module declares its own `PAGE`, so a new
    page joins the navigation without touching the shell.

    `file` is the script in pages/ and, without `.py`, its URL path: before app.py first calls
    st.navigation in a new server, Streamlit resolves a deep link against the files in pages/, and a
    link whose path names no file gets a "Page not found" dialog. The start page (order 0) is at "/".
    """

    file: str
    title_key: str
    icon: str
    order: int
    with_team: bool = False  # whether the sidebar offers the near-care team filter
    params: tuple[str, ...] = ()  # the page's own link parameters (beside the selection's)

    @property
    def url(self) -> str:
        return "" if self.order == 0 else self.file.removesuffix(".py")

    @property
    def name(self) -> str:
        """The page in file names: its Swedish title in plain letters, the same in either language."""
        return slug(t(self.title_key, "sv"))
