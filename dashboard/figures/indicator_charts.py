"""One indicator over the period, as every page shows it: its trend against the comparison, and its
control chart, which tells a steering group the signals worth acting on from month-to-month noise.

Pure builders from a View and a Source to Figures, so a page, an export and the monthly report show
the same chart, numbers and words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import altair as alt
import polars as pl

from dashboard.charts import components as charts
from dashboard.figures import tables
from dashboard.figures.events import decisions
from dashboard.figures.figure import Figure, Kind, Table, make_table
from dashboard.figures.signals import few_months, judged, signal_lines
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.metrics import spc
from dashboard.metrics.indicators import BY_ID
from dashboard.metrics.periods import month_label
from dashboard.texts import t, t_for


def trend_figure(view: View, source: Source, indicator_id: str, key: str) -> Figure:
    """The selection's months against the comparison's, on one scale (a count alone: `View.comparison_for`);
    hidden months are gaps."""
    lang, s = view.lang, view.selection
    measure = BY_ID[indicator_id].measure
    whose = view.subject_of(indicator_id)
    rows = tables.series(source.monthly(whose, s.first, s.last, (indicator_id,)), indicator_id,
                         view.scope_name(whose))
    compared = view.comparison_for(measure)
    if compared is not None and compared != whose:
        other = source.monthly(compared, s.first, s.last, (indicator_id,))
        rows = tables.trend(rows, tables.series(other, indicator_id, view.scope_name(compared), True))
    title = _title(view, indicator_id)
    chart = charts.trend_line(rows, measure, title, [f"{view.period_text()} · {view.comparison_text(measure)}"], lang,
                              indicator_id)
    series, month, value = (t(k, lang) for k in ("chart.series", "chart.month", "chart.value"))
    numerator, denominator = (t_for(f"chart.{c}", measure, lang, indicator_id) for c in ("numerator", "denominator"))
    kinds: dict[str, Kind] = {series: "text", month: "month", value: measure}
    if measure != "count":  # a count's numerator is its value, and it has no denominator
        kinds |= {numerator: "count", denominator: "count"}
    table = make_table([{series: r["series"], month: r["month"], value: tables.value_cell(r, measure),
                         numerator: tables.count_cell(r, "numerator"),
                         denominator: tables.count_cell(r, "denominator")}
                        for r in rows.iter_rows(named=True)], kinds)
    return _figure(view, key, indicator_id, title, table, chart, "utveckling",
                   notes=_gaps(rows.filter(~pl.col("is_comparison")), lang))


def control_figure(view: View, source: Source, indicator_id: str, key: str, *, run_chart: bool = False,
                   rebase_at: Sequence[date] = (), target: float | None = None,
                   events: Sequence[tuple[date, str]] = ()) -> Figure:
    """The selection's XmR chart (NHS Making Data Count rules), or with `run_chart` its Anhøj run chart.

    `rebase_at` starts new limits at those months (a change was made); `target` is in the indicator's
    own unit (a share as a fraction) and gives the assurance line; a run chart has neither, it knows only
    its median. `events` (a day, a sentence: a centre joining the scheme) are drawn on the control
    chart's timeline and said in its notes. The signals are the figure's notes, in plain words."""
    lang, s = view.lang, view.selection
    indicator = BY_ID[indicator_id]
    whose = view.subject_of(indicator_id)
    own = tables.series(source.monthly(whose, s.first, s.last, (indicator_id,)), indicator_id,
                        view.scope_name(whose))
    months, values = own["month"].to_list(), own["value"].to_list()
    cells = [tables.value_cell(r, indicator.measure) for r in own.iter_rows(named=True)]
    title = f"{_title(view, indicator_id)}: {t('spc.run_chart' if run_chart else 'spc.control_chart', lang)}"
    params = control_params(indicator_id, run_chart, rebase_at, target)
    too_few = spc.too_few(values)
    latest = spc.latest_month(months, values)
    if run_chart:
        result = spc.run_chart(months, values)
        chart = charts.run_chart(result, indicator.measure, title, [view.period_text()], lang)
        signals = signal_lines(result.signals, indicator.better, latest, s.last, lang)
        table = _run_table(result, cells, _quiet(values, lang), indicator.measure, lang)
        return _figure(view, key, indicator_id, title, table, chart, "seriediagram",
                       notes=_notes([], signals, too_few, own, lang), params=params)
    result = judged(indicator_id, months, values, rebase_at, target)
    events = sorted((*events, *decisions(view, indicator_id)))
    drawn = pl.DataFrame([{"month": day.replace(day=1), "label": label} for day, label in events],
                         schema={"month": pl.Date, "label": pl.String})
    chart = charts.spc_chart(result, indicator.measure, title, [view.period_text()], lang, target=target,
                             events=drawn)
    # "latest month: no signal" only where no signal says something: from fewer than seven months the
    # few-months line below says why it does not yet
    unjudged = result.variation == "common_cause" and spc.too_few_to_rule_out(values)
    status = [] if unjudged and values[-1] is not None else [
        t("spc.latest_variation", lang, variation=t(f"spc.variation.{result.variation}", lang))
        if values[-1] is not None else t("spc.latest_hidden", lang)]
    if result.assurance:
        status.append(t("spc.against_target", lang, assurance=t(f"spc.assurance.{result.assurance}", lang)))
    signals = signal_lines(result.signals, indicator.better, latest, s.last, lang)
    table = _xmr_table(result, cells, _quiet(values, lang), indicator.measure, lang)
    return _figure(view, key, indicator_id, title, table, chart, "styrdiagram",
                   notes=(*_notes(status, signals, too_few, own, lang), *(label for _, label in events)),
                   params=params)


def _notes(status: list[str], signals: list[str], too_few: bool, own: pl.DataFrame, lang: str) -> tuple[str, ...]:
    """Where the latest month stands, then each signal or that there is none (or, from fewer than seven
    months, that none could be seen yet); with too few values, only that; and how many months are not
    shown, since the judgement rests on the others."""
    values = own["value"].to_list()
    if too_few:
        return (few_months(spc.shown(values), lang), *_gaps(own, lang))
    if not signals:
        signals = [few_months(spc.shown(values), lang) if spc.too_few_to_rule_out(values)
                   else t("spc.no_signals", lang)]
    return (*status, *signals, *_gaps(own, lang))


def _gaps(own: pl.DataFrame, lang: str) -> tuple[str, ...]:
    """A line saying how many of the months the chart leaves out, if any, and why: a centre's months
    outside the scheme ("deltar inte") or closed, others hidden or without data. A line that simply
    stops would read as the whole story."""
    hidden = own["value"].null_count()
    if not hidden:
        return ()
    outside = sum(int(own[c].fill_null(False).sum()) for c in ("outside", "closed") if c in own.columns)
    key = ("chart.months_not_shown" if not outside else
           "chart.months_not_taking_part" if outside == hidden else "chart.months_not_shown_or_taking_part")
    if own.height == 1:  # a period of one month: "the month", not "1 of 1 months"
        key = "chart.month_not_taking_part" if outside else "chart.month_not_shown"
    return (t(key, lang, hidden=hidden, months=own.height, outside=outside),)


def control_params(indicator_id: str, run_chart: bool, rebase_at: Sequence[date],
                   target: float | None) -> dict[str, str]:
    """The control chart's own choices as they read in a link: `chart=run`, `rebase=2025-03,2025-09`,
    `target=80` (as typed: a share's in percent, `target` being in the indicator's own unit)."""
    params = {"chart": "run"} if run_chart else {}
    if rebase_at and not run_chart:
        params["rebase"] = ",".join(month_label(m) for m in sorted(rebase_at))
    if target is not None and not run_chart:
        params["target"] = f"{target * 100 if BY_ID[indicator_id].measure == 'share' else target:g}"
    return params


def _title(view: View, indicator_id: str) -> str:
    return f"{t(f'indicator.{indicator_id}.name', view.lang)} – {view.scope_name(view.subject_of(indicator_id))}"


def _quiet(values: Sequence[float | None], lang: str) -> list[str | None]:
    """What the Signal column says of a month in no signal: "no signal" where it is shown and the series
    is long enough to say so (seven months), else nothing (a hidden month, or too few to tell)."""
    judged_at_all = not spc.too_few_to_rule_out(values)
    return [t("chart.signal.none", lang) if v is not None and judged_at_all else None for v in values]


def _xmr_table(result: spc.SpcResult, cells: list, quiet: list[str | None], measure: str, lang: str) -> Table:
    """Each month's value, the centre line and limits of its segment, and the signal it is part of."""
    month, value, mean, upper, lower, signal, rules = (t(k, lang) for k in (
        "chart.month", "chart.value", "chart.mean", "chart.upper", "chart.lower", "chart.signal", "chart.rules"))
    return make_table([
        {month: p["month"], value: cell, mean: p["mean"], upper: p["upper"], lower: p["lower"],
         signal: t(f"chart.signal.{p['signal']}", lang) if p["signal"] else none,
         rules: ", ".join(t(f"spc.rule.{rule}", lang) for rule in p["rules"]) or None}
        for p, cell, none in zip(result.points.iter_rows(named=True), cells, quiet, strict=True)
    ], {month: "month", value: measure, mean: measure, upper: measure, lower: measure, signal: "text",
        rules: "text"}, precise=_precise(measure, value, mean, upper, lower))


def _run_table(result: spc.RunChartResult, cells: list, quiet: list[str | None], measure: str, lang: str) -> Table:
    """Each month's value, the median, and whether it lies in an unusually long run."""
    month, value, median, signal = (t(k, lang) for k in ("chart.month", "chart.value", "chart.median",
                                                          "chart.signal"))
    return make_table([
        {month: p["month"], value: cell, median: p["median"],
         signal: t("chart.long_run", lang) if p["in_long_run"] else none}
        for p, cell, none in zip(result.points.iter_rows(named=True), cells, quiet, strict=True)
    ], {month: "month", value: measure, median: measure, signal: "text"}, precise=_precise(measure, value, median))


def _precise(measure: str, value: str, *lines: str) -> list[str]:
    """The columns read with a decimal more: the lines, and the values unless they are counts, whole
    numbers that a decimal would only make look measured ("1 091,0")."""
    return [*lines] if measure == "count" else [value, *lines]


def _figure(view: View, key: str, indicator_id: str, title: str, table: Table, chart: alt.TopLevelMixin, what: str,
            *, notes: tuple[str, ...] = (), params: dict[str, str] | None = None) -> Figure:
    """A figure of one indicator over the view's period, with these choices in its link."""
    subtitle = view.subtitle(BY_ID[indicator_id].measure, view.subject_of(indicator_id))
    return view.figure(key, title, subtitle, table, indicator_id, what, chart=chart,
                       notes=notes, link_params=params)
