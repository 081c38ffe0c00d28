"""What the start page shows: the headline indicators as a steering group reads them, section by
section, and how one of them developed (the shared trend and control chart, `indicator_charts`)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from dashboard import formatting
from dashboard.figures import signals, tiles
from dashboard.figures.figure import Figure, make_table
from dashboard.figures.indicator_charts import control_params
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.texts import t

PAGE = Page("overview.py", "page.overview", ":material/dashboard:", order=0,
            params=("indicator", "chart", "rebase", "target", "at"))
#: The heading over the chosen indicator's charts, which a line of what changed opens at.
CHART_ANCHOR = "utveckling"

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


def statuses(view: View, source: Source, rebase_at: Mapping[str, Sequence[date]] | None = None) -> list[signals.Status]:
    """Each tile's status over the view's period, in the tiles' order; `rebase_at` gives an indicator
    the change dates its control chart is drawn with, so that its tile says what its chart says."""
    s, ids = view.selection, tile_ids(view.scope)
    monthly = source.monthly(view.scope, s.first, s.last, ids)
    return [signals.status(monthly, i, (rebase_at or {}).get(i, ())) for i in ids]


def tile_figures(view: View, source: Source, found: Sequence[signals.Status]) -> list[Figure]:
    """One Figure a section: its tiles for the period's last month, read in one question a scope."""
    s, ids = view.selection, tile_ids(view.scope)
    monthly = source.monthly(view.scope, s.first, s.last, ids)
    comparison = None if view.comparison is None else source.monthly(view.comparison, s.first, s.last, ids)
    by_id = {status.indicator_id: status for status in found}
    return [tiles.section_figure(view, f"overview_{key.removeprefix('section.')}", key,
                                 [by_id[i] for i in section], monthly, comparison)
            for key, section in sections(view.scope)]


def changes_figure(view: View, found: Sequence[signals.Status]) -> Figure:
    """What changed: each recent signal as a sentence, worst first, linked to its indicator's control
    chart on this page; with none, a sentence saying so."""
    lang, last = view.lang, view.selection.last
    changed = signals.changes(found, last, lang)
    indicator, signal = t("overview.indicator", lang), t("signal.column", lang)
    table = make_table([{indicator: t(f"indicator.{i}.name", lang), signal: sentence} for i, sentence in changed],
                       {indicator: "text", signal: "text"})
    plain = replace(view, page_params=())  # a line reopens the page on its indicator, nothing else
    return view.figure("overview_changes", t("changes.title", lang), view.subtitle(), table, None, "signaler",
                       definition=t("changes.intro", lang),
                       notes=tuple(sentence for _, sentence in changed) or (_none(found, lang),),
                       # `at`: opened at the chart, also when the line names the indicator already open
                       note_links=tuple(plain.link(indicator=i, at=CHART_ANCHOR) for i, _ in changed))


def _none(found: Sequence[signals.Status], lang: str) -> str:
    """No recent signal, said for what it is worth: "every indicator varies as expected" only when
    every one was judged; a series of too few months or with its latest month hidden was not."""
    judged = sum(s.kind == "common_cause" for s in found)
    if judged == len(found):
        return t("changes.none", lang)
    if judged == 0:
        return t("changes.none_unjudged", lang)
    return t("changes.none_some", lang, judged=judged, total=len(found))


def target_from_input(indicator_id: str, entered: float | None) -> float | None:
    """A target as typed (percent for shares) in the indicator's own unit."""
    if entered is None:
        return None
    return entered / 100 if BY_ID[indicator_id].measure == "share" else entered


def stored_target(view: View, indicator_id: str) -> float | None:
    """The area's stored target (the learning loop's) as its field is typed: percent for a share."""
    found = view.target(indicator_id)
    if found is None:
        return None
    return found.value * 100 if BY_ID[indicator_id].measure == "share" else found.value


def target_label(indicator_id: str, lang: str) -> str:
    """The target field says the unit it is typed in, the indicator's own."""
    return t(f"overview.target.{BY_ID[indicator_id].measure}", lang)


def target_link(entered: float) -> str:
    """A target as a link writes it: as typed, `80` for 80 %, with a decimal point in either language."""
    return f"{entered:g}"


def target_shown(entered: float | None, lang: str) -> str:
    """A target as its field shows it, typed back in the page's language: `87,5` in Swedish."""
    return "" if entered is None else formatting.typed(entered, lang)


def target_range(indicator_id: str) -> tuple[float, float | None]:
    """What a target may be, as typed: a share from 0 to 100 (percent), any other measure from 0."""
    return (0.0, 100.0) if BY_ID[indicator_id].measure == "share" else (0.0, None)


def target_from_link(text: str, indicator_id: str) -> float:
    """A link's target for the indicator (`87.5`): a number it can reach, else ValueError (the link gets
    a notice): a share's target of 150 % would stretch the chart and read "never met"."""
    return _reachable(float(text), text, indicator_id)


def target_from_typed(text: str, indicator_id: str, lang: str) -> float:
    """A typed target (`87,5`, `87.5`, `80 %`): a number the indicator can reach, else ValueError (the
    field's own message names the text). Streamlit's number field knows no decimal comma: it read
    `87,5` as 875."""
    return _reachable(formatting.typed_number(text, lang), text, indicator_id)


#: A target one might type, in each measure's own unit, for the field's placeholder and messages
_EXAMPLES = {"share": 87.5, "count": 40.0, "rate_per_1000": 35.0, "mean_days": 30.0, "median_days": 30.0,
             "mean": 4.5}


def target_example(indicator_id: str, lang: str) -> str:
    """`t.ex. 87,5` for a share, `t.ex. 40` for a count: an example in the indicator's unit."""
    return t("overview.target.placeholder", lang,
             example=formatting.typed(_EXAMPLES[BY_ID[indicator_id].measure], lang))


def target_refused(text: str, indicator_id: str, lang: str) -> str:
    """Why a typed target was not taken (not a number, or one the indicator cannot reach), the text
    quoted as text, and that the target stays as it was."""
    low, high = target_range(indicator_id)
    try:
        formatting.typed_number(text, lang)
        reason = "overview.target.out_of_range"
    except ValueError:
        reason = "overview.target.not_a_number"
    key = "overview.target.refused" if high is None else "overview.target.refused_share"
    return t(key, lang, text=formatting.plain(text[:40]), reason=t(reason, lang), low=formatting.typed(low, lang),
             high=formatting.typed(high or 0.0, lang),
             example=formatting.typed(_EXAMPLES[BY_ID[indicator_id].measure], lang))


def _reachable(value: float, text: str, indicator_id: str) -> float:
    low, high = target_range(indicator_id)
    if not math.isfinite(value) or value < low or (high is not None and value > high):
        raise ValueError(text)
    return value


def chart_link(run_chart: bool) -> str | None:
    """The chart as a link names it: `chart=run` for the run chart; the control chart is the default."""
    return "run" if run_chart else None


def with_choices(view: View, indicator_id: str, run_chart: bool, rebase_at: Sequence[date],
                 target: float | None) -> View:
    """The view with the page's own choices, so that every figure's link reopens the page as it is."""
    return view.with_params(indicator=indicator_id, **control_params(indicator_id, run_chart, rebase_at, target))
