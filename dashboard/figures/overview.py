"""What the start page shows: the headline indicators as a steering group reads them, and how one
of them developed, with its signals told apart from noise."""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import polars as pl

from dashboard.charts import components as charts
from dashboard.figures import tables as figures
from dashboard.metrics import spc
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.texts import t

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("section.mobile_doctor", (
        "coverage_offered_65", "fixed_contact_65", "hc_participation", "units_offering",
        "need_coverage", "home_visits", "team_visit_share", "acute_next_weekday",
    )),
    ("section.nsvt", ("nsvt_enrolled", "nsvt_active", "nsvt_mean_days", "nsvt_visits_per_episode")),
    ("section.ed", ("ed_rate_80", "ed_visits", "readmission_share")),
)
from dashboard.figures.view import Page

PAGE = Page("overview.py", "page.overview", ":material/dashboard:", order=0)



def sections(scope: Scope) -> list[tuple[str, list[str]]]:
    """The sections and tiles that apply to the scope (a centre has no near-care team figures)."""
    found = [(key, [i for i in ids if scope.kind in BY_ID[i].scopes]) for key, ids in SECTIONS]
    return [(key, ids) for key, ids in found if ids]


def tile_ids(scope: Scope) -> tuple[str, ...]:
    return tuple(i for _, ids in sections(scope) for i in ids)


_ICON_COLOURS = {"improvement": "blue", "concern": "orange", "neither": "violet", "common": "gray"}


@dataclass(frozen=True)
class Development:
    trend: alt.TopLevelMixin
    trend_table: pl.DataFrame
    control: alt.TopLevelMixin
    control_table: pl.DataFrame
    signals: list[str]
    variation: str | None  # Markdown: the variation icon's word, in its Making Data Count colour
    assurance: str | None


def target_from_input(indicator_id: str, entered: float | None) -> float | None:
    """A target as typed (percent for shares) in the indicator's own unit."""
    if entered is None:
        return None
    return entered / 100 if BY_ID[indicator_id].measure == "share" else entered


def development(indicator_id: str, monthly: pl.DataFrame, comparison: pl.DataFrame | None, name: str,
                comparison_name: str | None, subtitle: list[str], lang: str, run_chart: bool,
                rebase_at: list = (), target: float | None = None) -> Development:
    """The trend against the comparison, and the control chart (XmR, or the Anhøj run chart) of the selection."""
    measure, better = BY_ID[indicator_id].measure, BY_ID[indicator_id].better
    own = figures.series(monthly, indicator_id, name)
    other = None if comparison is None else figures.series(comparison, indicator_id, comparison_name, True)
    rows = figures.trend(own, other)
    title = t(f"indicator.{indicator_id}.name", lang)
    trend = charts.trend_line(rows, measure, f"{title} – {name}", subtitle, lang)
    months, values = own["month"].to_list(), own["value"].to_list()
    control_title = f"{title} – {name}: " + t("overview.control_chart" if not run_chart else "overview.run_chart", lang)
    variation = assurance = None
    if run_chart:
        result = spc.run_chart(months, values)
        control = charts.run_chart(result, measure, control_title, subtitle[:1], lang)
    else:
        result = spc.xmr(months, values, better, rebase_at=rebase_at, target=target)
        control = charts.spc_chart(result, measure, control_title, subtitle[:1], lang, target=target)
        colour = _ICON_COLOURS[result.variation.split("_")[0]]
        variation = f":{colour}[**{t(f'spc.variation.{result.variation}', lang)}**]"
        assurance = t(f"spc.assurance.{result.assurance}", lang) if result.assurance else None
    return Development(
        trend=trend, trend_table=figures.table(rows, indicator_id, lang),
        control=control, control_table=figures.table(own, indicator_id, lang),
        signals=[spc.describe(s, better, lang) for s in result.signals], variation=variation, assurance=assurance,
    )
