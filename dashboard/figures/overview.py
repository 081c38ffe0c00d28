"""What the start page shows: the headline indicators as a steering group reads them, section by
section, and how one of them developed (the shared trend and control chart, `indicator_charts`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dashboard.figures import tiles
from dashboard.figures.figure import Figure
from dashboard.figures.indicator_charts import control_params
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.metrics.indicators import BY_ID, Scope

PAGE = Page("overview.py", "page.overview", ":material/dashboard:", order=0,
            params=("indicator", "chart", "rebase", "target"))

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("section.mobile_doctor", (
        "coverage_offered_65", "fixed_contact_65", "hc_participation", "units_offering",
        "need_coverage", "home_visits", "team_visit_share", "acute_next_weekday",
    )),
    ("section.nsvt", ("nsvt_enrolled", "nsvt_active", "nsvt_mean_days", "nsvt_visits_per_episode")),
    ("section.ed", ("ed_rate_80", "ed_visits", "readmission_share")),
)


def sections(scope: Scope) -> list[tuple[str, list[str]]]:
    """The sections and tiles that apply to the scope (a centre has no near-care team figures)."""
    found = [(key, [i for i in ids if scope.kind in BY_ID[i].scopes]) for key, ids in SECTIONS]
    return [(key, ids) for key, ids in found if ids]


def tile_ids(scope: Scope) -> tuple[str, ...]:
    return tuple(i for _, ids in sections(scope) for i in ids)


def tile_figures(view: View, source: Source) -> list[Figure]:
    """One Figure a section: its tiles for the period's last month, read in one question a scope."""
    s, ids = view.selection, tile_ids(view.scope)
    monthly = source.monthly(view.scope, s.first, s.last, ids)
    comparison = None if view.comparison is None else source.monthly(view.comparison, s.first, s.last, ids)
    return [tiles.section_figure(view, f"overview_{key.removeprefix('section.')}", key, section, monthly, comparison)
            for key, section in sections(view.scope)]


def target_from_input(indicator_id: str, entered: float | None) -> float | None:
    """A target as typed (percent for shares) in the indicator's own unit."""
    if entered is None:
        return None
    return entered / 100 if BY_ID[indicator_id].measure == "share" else entered


def with_choices(view: View, indicator_id: str, run_chart: bool, rebase_at: Sequence[date],
                 target: float | None) -> View:
    """The view with the page's own choices, so that every figure's link reopens the page as it is."""
    return view.with_params(indicator=indicator_id, **control_params(run_chart, rebase_at, target))
