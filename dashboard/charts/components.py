"""Chart components: pure functions from a frame to an Altair chart, so each can be shown or exported.

Every chart has a title that says what and where, a subtitle with the period and the comparison,
and Vega formats by measure so that numbers and months inside it follow the chosen language.
The caption (definition, source, extract date) and the table behind each chart are laid out by
`dashboard.ui.render`, beside the chart.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Collection, Sequence

import altair as alt
import polars as pl

from dashboard.charts import theme
from dashboard.charts.theme import (
    CLOSE_AXIS_FORMATS,
    COMPARISON,
    MONTH_FORMAT,
    MUTED,
    NUMBER_FORMATS,
    OVER_CAPACITY,
    REFERENCE,
    SELECTION,
    SIGNAL_COLOURS,
    TARGET,
    themed,
)
from dashboard.metrics.spc import RunChartResult, SpcResult
from dashboard.texts import t, t_for


def axis_unit(measure: str, lang: str) -> str | None:
    """A value axis's unit where its numbers alone do not say it (a rate, days); a share's axis reads
    in percent and a count's is a number of what its title names."""
    return t(f"axis.{measure}", lang) if measure in ("rate_per_1000", "median_days", "mean_days") else None


#: At least a month between a month axis's ticks, in milliseconds: Vega fits at most six ticks into a
#: domain, and a period of three months got half-month ticks, each labelled with its month
MONTH_MS = 28 * 24 * 3600 * 1000


def _month_axis() -> alt.X:
    """Months along x, with room at both ends so the first and last month's points are drawn whole."""
    return alt.X("month:T", title=None, axis=alt.Axis(format=MONTH_FORMAT, labelAngle=0, tickCount=6,
                                                      tickMinStep=MONTH_MS),
                 scale=alt.Scale(padding=8))


def _month_tooltip(lang: str) -> alt.Tooltip:
    return alt.Tooltip("month:T", title=t("chart.month", lang), format="%B %Y")


def _tips(measure: str, lang: str, fields: Sequence[str] = ("value",), *, precise: bool = False,
          counts: bool = False, indicator_id: str | None = None) -> tuple[dict[str, str], list[alt.Tooltip]]:
    """Text fields to calculate and their tooltips: each of `fields` written as the figure's table
    writes it (unit included; with `precise`, as the control table does: a count's own value stays
    whole), then with `counts` a share's numerator and denominator, named as the table names them."""
    whole = ("value",) if measure == "count" else ()
    texts = {f"{f}_text": theme.value_text(f, measure, lang, precise=precise and f not in whole) for f in fields}
    tips = [alt.Tooltip(f"{f}_text:N", title=t(f"chart.{f}", lang)) for f in fields]
    if counts and measure != "count":
        for count in ("numerator", "denominator"):
            texts[f"{count}_text"] = theme.value_text(count, "count", lang)
            tips.append(alt.Tooltip(f"{count}_text:N", title=t_for(f"chart.{count}", measure, lang, indicator_id)))
    return texts, tips


def trend_line(frame: pl.DataFrame, measure: str, title: str, subtitle: list[str], lang: str,
               indicator_id: str | None = None) -> alt.Chart:
    """Monthly values of the selection (solid) and its comparison (dashed, same scale).

    frame: month (date), series (label), is_comparison (bool), value, numerator, denominator;
    suppressed months hold nulls and show as gaps.
    """
    series = frame["series"].unique(maintain_order=True).to_list()
    colours = [SELECTION if not frame.filter(pl.col("series") == s)["is_comparison"][0] else COMPARISON for s in series]
    texts, tips = _tips(measure, lang, counts=True, indicator_id=indicator_id)
    base = alt.Chart(frame.to_pandas()).transform_calculate(**texts).encode(
        x=_month_axis(),
        y=alt.Y("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(NUMBER_FORMATS[measure])),
        color=alt.Color("series:N", scale=alt.Scale(domain=series, range=colours), legend=alt.Legend(title=None)),
        strokeDash=alt.StrokeDash("is_comparison:N", scale=alt.Scale(domain=[False, True], range=[[1, 0], [5, 4]]),
                                  legend=None),
        tooltip=[alt.Tooltip("series:N", title=t("chart.series", lang)), _month_tooltip(lang), *tips],
    )
    chart = (base.mark_line(strokeWidth=2.5, point=alt.OverlayMarkDef(size=28)))
    return themed(chart, lang, title=theme.title(title, subtitle), height=300, width="container")


def ranked_bar(frame: pl.DataFrame, measure: str, reference: float | None, reference_label: str, title: str,
               subtitle: list[str], lang: str, indicator_id: str | None = None) -> alt.LayerChart:
    """Units ranked by value, the selection highlighted, the reference (e.g. the region) as a rule.

    frame: name, value, numerator, denominator, is_selected (bool).
    """
    ordered = frame.sort("value", descending=True, nulls_last=True)
    data = ordered.to_pandas()
    texts, tips = _tips(measure, lang, counts=True, indicator_id=indicator_id)
    bars = alt.Chart(data).transform_calculate(**texts).mark_bar().encode(
        y=alt.Y("name:N", sort=ordered["name"].to_list(), title=None),
        x=alt.X("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(NUMBER_FORMATS[measure])),
        color=theme.highlighted("datum.is_selected", SELECTION, MUTED),
        tooltip=[alt.Tooltip("name:N", title=t("chart.area", lang)), *tips],
    )
    layers = [bars]
    if reference is not None:
        ref = pl.DataFrame({"value": [reference], "label": [reference_label]}).to_pandas()
        texts, tips = _tips(measure, lang)
        rule = (alt.Chart(ref).transform_calculate(**texts)
                .mark_rule(tooltip=None, color=REFERENCE, strokeDash=[4, 3], strokeWidth=2)
                .encode(x=alt.X("value:Q"), tooltip=[alt.Tooltip("label:N", title=None), *tips]))
        layers.append(rule)
    return themed(layers, lang, title=theme.title(title, subtitle), height=max(160, 18 * frame.height),
                  width="container")


def funnel(frame: pl.DataFrame, limits: pl.DataFrame, centre: float, title: str, subtitle: list[str],
           x_title: str, lang: str, measure: str = "share", log_x: bool = False,
           indicator_id: str | None = None, named: Collection[str] = ()) -> alt.LayerChart:
    """Each unit's share (or rate) against its size, inside the limits chance alone would give; with
    `log_x` the sizes on a log scale (a city of 30 000 beside villages of 300). The unit chosen and
    those `named` (the builders': beyond the outer limits) are named beside their dots: on paper no
    dot answers a pointer.

    frame: name, value, numerator, denominator, is_selected; limits: denominator, limit, lower, upper.
    The value axis spans the units and the limits where units lie, not 0–100 % whatever they are:
    shares near 100 % would otherwise sit in a thin line at the top, and the limits' wide mouth at
    a handful of cases is cut at the axis' end.
    """
    x = alt.X("denominator:Q", title=x_title, axis=theme.value_axis(",.0f"),
              scale=alt.Scale(type="log") if log_x else alt.Undefined)
    where_units = limits.filter(pl.col("denominator") >= frame["denominator"].min())
    low = min(frame["value"].min(), where_units["lower"].min(), centre)
    high = max(frame["value"].max(), where_units["upper"].max(), centre)
    share = measure == "share"
    margin = max(0.02 if share else 0.0, (high - low) * 0.1)
    y_scale = alt.Scale(domain=[max(0.0, low - margin), min(1.0, high + margin) if share else high + margin],
                        clamp=False)
    bands = alt.Chart(limits.to_pandas())
    dash = alt.StrokeDash("limit:N", scale=alt.Scale(range=[[5, 3], [1, 2]]), legend=alt.Legend(title=None))
    lines = [bands.mark_line(tooltip=None, color=REFERENCE, strokeWidth=1, clip=True).encode(
        x=x, y=alt.Y(f"{edge}:Q", scale=y_scale), strokeDash=dash) for edge in ("lower", "upper")]
    centre_rule = (alt.Chart(pl.DataFrame({"value": [centre]}).to_pandas()).mark_rule(tooltip=None, color=REFERENCE)
                   .encode(y=alt.Y("value:Q")))
    texts, tips = _tips(measure, lang, counts=True, indicator_id=indicator_id)
    dots = alt.Chart(frame.to_pandas()).transform_calculate(**texts).mark_circle(size=80, opacity=0.9).encode(
        x=x,
        y=alt.Y("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(NUMBER_FORMATS[measure]),
                scale=y_scale),
        color=theme.highlighted("datum.is_selected", SELECTION, MUTED),
        tooltip=[alt.Tooltip("name:N", title=t("chart.area", lang)), *tips],
    )
    return themed([*lines, centre_rule, dots, *_funnel_names(frame, limits, named, x, y_scale, log_x)], lang,
                  title=theme.title(title, subtitle), height=320, width="container")


def _funnel_names(frame: pl.DataFrame, limits: pl.DataFrame, named: Collection[str], x: alt.X, y_scale: alt.Scale,
                  log_x: bool) -> list[alt.Chart]:
    """The names of the chosen unit and of `named` beside their dots: to the right of a dot, or to its
    left in the axis' last quarter, where a name to the right ran off the chart (Göteborg, the largest)."""
    ends = [frame["denominator"].min(), limits["denominator"].max()]
    if log_x:
        at = (pl.col("denominator").log() - math.log(ends[0])) / (math.log(ends[1]) - math.log(ends[0]))
    else:
        at = pl.col("denominator") / ends[1]
    labelled = frame.with_columns(
        pl.when(pl.col("is_selected") | pl.col("name").is_in(list(named))).then(pl.col("name"))
        .otherwise(pl.lit("")).alias("label"), (at > 0.75).alias("at_right"))
    return [alt.Chart(labelled.filter(pl.col("at_right") == right).to_pandas())
            .mark_text(tooltip=None, align="right" if right else "left", baseline="middle", dx=-7 if right else 7,
                       color=SELECTION)
            .encode(x=x, y=alt.Y("value:Q", scale=y_scale), text=alt.Text("label:N")) for right in (False, True)]


def spc_chart(result: SpcResult, measure: str, title: str, subtitle: list[str], lang: str,
              target: float | None = None, events: pl.DataFrame | None = None) -> alt.LayerChart:
    """An XmR chart: values, mean, process limits per segment, and signal points in MDC colours;
    `events` (month, label: a centre joining or leaving the scheme) as dotted rules, named on hover."""
    points = result.points.with_columns(
        pl.col("signal").fill_null("none").alias("signal_key"),
        pl.col("rules").list.join(", ").alias("rule_list"),
    ).to_pandas()
    x = _month_axis()
    fmt = CLOSE_AXIS_FORMATS[measure]
    texts, tips = _tips(measure, lang, ("value", "mean", "upper", "lower"), precise=True)
    base = alt.Chart(points)
    line = base.mark_line(tooltip=None, color="#8A949E", strokeWidth=1.5).encode(
        x=x, y=alt.Y("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(fmt),
                     scale=alt.Scale(zero=False)))
    centre = base.mark_line(tooltip=None, color=REFERENCE, strokeWidth=1.5).encode(x=x, y=alt.Y("mean:Q"),
                                                                     detail=alt.Detail("segment:N"))
    limits = [base.mark_line(tooltip=None, color=REFERENCE, strokeDash=[5, 4], strokeWidth=1).encode(
        x=x, y=alt.Y(f"{c}:Q"), detail=alt.Detail("segment:N"))
              for c in ("upper", "lower")]
    # the legend names what is drawn: only the kinds of point the chart has
    drawn = set(points["signal_key"].dropna())
    kinds = [k for k in ("improvement", "concern", "neither", "none") if k in drawn]
    dots = base.transform_calculate(**texts).mark_circle(size=60, opacity=1).encode(
        x=x, y=alt.Y("value:Q"),
        color=alt.Color("signal_key:N", scale=alt.Scale(domain=kinds, range=[
            SIGNAL_COLOURS[None if k == "none" else k] for k in kinds]),
            legend=alt.Legend(title=None, labelExpr=_legend_expr(lang))),
        tooltip=[_month_tooltip(lang), *tips],
    )
    layers = [line, centre, *limits, dots, *_line_labels(result, lang)]
    if target is not None:  # the target's line, named at its left end (the right holds the limits' names)
        goal = pl.DataFrame({"target": [target]}).to_pandas()
        layers.append(alt.Chart(goal).mark_rule(tooltip=None, color=TARGET, strokeWidth=2)
                      .encode(y=alt.Y("target:Q")))
        name = pl.DataFrame({"month": [result.points["month"][0]], "y": [target], "label": [t("chart.target", lang)]})
        layers.append(alt.Chart(name.to_pandas())
                      .mark_text(tooltip=None, align="left", baseline="bottom", dy=-3, color=TARGET)
                      .encode(x=_month_axis(), y=alt.Y("y:Q"), text=alt.Text("label:N")))
    if events is not None and events.height:
        layers.insert(0, alt.Chart(events.to_pandas()).mark_rule(color=REFERENCE, strokeDash=[2, 2], strokeWidth=1)
                      .encode(x=_month_axis(), tooltip=[_month_tooltip(lang),
                                                        alt.Tooltip("label:N", title=t("chart.event", lang))]))
    lines = list(subtitle) + ([t("spc.trial", lang)] if result.is_trial else [])
    return themed(layers, lang, title=theme.title(title, lines), height=320, width="container")


def run_chart(result: RunChartResult, measure: str, title: str, subtitle: list[str], lang: str) -> alt.LayerChart:
    """A run chart: values around their median, the months of an unusually long run marked, and the
    median itself in the signal colour and named so when it is crossed too few times (that signal
    belongs to the whole series, not to any month)."""
    points = result.points.with_columns(
        pl.when(pl.col("in_long_run")).then(pl.lit("long_run")).otherwise(pl.lit("none")).alias("signal_key")
    ).to_pandas()
    x = _month_axis()
    base = alt.Chart(points)
    line = base.mark_line(tooltip=None, color="#8A949E", strokeWidth=1.5).encode(
        x=x, y=alt.Y("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(CLOSE_AXIS_FORMATS[measure]),
                     scale=alt.Scale(zero=False)))
    centre_colour = SIGNAL_COLOURS["neither"] if result.few_crossings else REFERENCE
    centre = base.mark_line(tooltip=None, color=centre_colour, strokeWidth=2 if result.few_crossings else 1.5,
                            strokeDash=[2, 2]).encode(x=x, y=alt.Y("median:Q"))
    kinds = [k for k in ("long_run", "none") if k in set(points["signal_key"])]  # the legend names what is drawn
    texts, tips = _tips(measure, lang, ("value", "median"), precise=True)
    dots = base.transform_calculate(**texts).mark_circle(size=60, opacity=1).encode(
        x=x, y=alt.Y("value:Q"),
        color=alt.Color("signal_key:N", scale=alt.Scale(domain=kinds, range=[
            SIGNAL_COLOURS["neither" if k == "long_run" else None] for k in kinds]), legend=alt.Legend(
                title=None, labelExpr=(f"datum.label == 'long_run' ? '{t('chart.long_run', lang)}' : "
                                       f"'{t('chart.signal.none', lang)}'"))),
        tooltip=[_month_tooltip(lang), *tips],
    )
    labels = []
    if result.median is not None:
        name = t("chart.median_few_crossings" if result.few_crossings else "chart.median", lang)
        rows = pl.DataFrame({"month": [result.points["month"][-1]], "y": [result.median],
                             "label": [name[0].lower() + name[1:]]})
        labels.append(_labels(rows, centre_colour))
    return themed([line, centre, dots, *labels], lang, title=theme.title(title, subtitle), height=320,
                  width="container")


#: Labels of lines closer than this share of the chart's height are not drawn but the first (mean).
LABEL_GAP = 0.06


def _line_labels(result: SpcResult, lang: str) -> list[alt.Chart]:
    """The mean and the limits named at the right end of the last segment, so that a printed chart
    reads without a key: "medel", "övre styrgräns", "nedre styrgräns"."""
    last = result.points.filter(pl.col("mean").is_not_null()).tail(1)
    if not last.height:
        return []
    month = last["month"][0]
    lines = [(last[c][0], t(k, lang).lower()) for c, k in (("mean", "chart.mean"), ("upper", "chart.upper"),
                                                          ("lower", "chart.lower"))]
    # a label too near another's line (a flat series: its limits are its mean) would print over it
    heights = [y for y, _ in lines] + [v for v in result.points["value"].to_list() if v is not None]
    near = LABEL_GAP * (max(heights) - min(heights))
    kept: list[tuple[float, str]] = []
    for y, label in lines:
        if all(abs(y - other) > near for other, _ in kept):
            kept.append((y, label))
    rows = pl.DataFrame({"month": [month] * len(kept), "y": [y for y, _ in kept], "label": [x for _, x in kept]})
    return [_labels(rows)]


def _labels(rows: pl.DataFrame, colour: str = REFERENCE) -> alt.Chart:
    """Lines' names (rows: month, y, label) written just above each line, ending at the month."""
    return (alt.Chart(rows.to_pandas())
            .mark_text(tooltip=None, align="right", baseline="bottom", dy=-3, color=colour)
            .encode(x=_month_axis(), y=alt.Y("y:Q"), text=alt.Text("label:N")))


def _legend_expr(lang: str) -> str:
    words = {k: t(f"chart.signal.{k}", lang) for k in ("improvement", "concern", "neither", "none")}
    cases = " : ".join(f"datum.label == '{k}' ? '{v}'" for k, v in words.items())
    return f"{cases} : datum.label"


#: Waits from the same day to three days or more, light to dark: the longer the wait, the more ink
WAIT_COLOURS = ["#D9DEE3", "#A9B3BD", "#6B7682", "#222222"]


def wait_bars(frame: pl.DataFrame, title: str, subtitle: list[str], lang: str) -> alt.Chart:
    """Each request day's requests split by how long they waited, as shares of a whole bar: weekend
    and holiday gaps show as the darker parts of their rows.

    frame: day (label, in its order), wait (label, in its order), value (share), numerator, denominator;
    a day whose figures are hidden has no rows. Each part is perturbed apart from the day's total, so
    a day's parts may add up to a little over 100 %: the scale is clamped at the whole bar.
    """
    days = frame["day"].unique(maintain_order=True).to_list()
    waits = frame["wait"].unique(maintain_order=True).to_list()
    texts, tips = _tips("share", lang, counts=True)
    chart = alt.Chart(frame.with_row_index("order").to_pandas()).transform_calculate(**texts).mark_bar().encode(
        y=alt.Y("day:N", sort=days, title=None),
        x=alt.X("value:Q", title=None, stack="zero", axis=theme.value_axis(NUMBER_FORMATS["share"]),
                scale=alt.Scale(domain=[0, 1], clamp=True)),
        color=alt.Color("wait:N", scale=alt.Scale(domain=waits, range=WAIT_COLOURS[:len(waits)]),
                        legend=alt.Legend(title=None, columns=2)),  # two rows: the four fit half a page
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("day:N", title=t("waits.day", lang)), alt.Tooltip("wait:N", title=t("waits.wait", lang)),
                 *tips],
    )
    return themed(chart, lang, title=theme.title(title, subtitle), height=max(120, 26 * len(days)),
                  width="container")


def kind_bars(frame: pl.DataFrame, measure: str, title: str, subtitle: list[str], lang: str) -> alt.Chart:
    """Each month's planned and acute visits stacked (in numbers, or per 1 000 patients): the visits a
    month and how many of them were acute. A hidden month has no bar of its kind.

    frame: month (date), kind (label, planned first), value.
    """
    kinds = frame["kind"].unique(maintain_order=True).to_list()
    texts, tips = _tips(measure, lang)
    month = _month_axis()
    month.timeUnit = "yearmonth"  # a bar spans its month, not a hairline at its first day
    chart = alt.Chart(frame.with_row_index("order").to_pandas()).transform_calculate(**texts).mark_bar(
        width={"band": 0.8}).encode(
        x=month,
        y=alt.Y("value:Q", title=axis_unit(measure, lang), stack="zero",
                axis=theme.value_axis(NUMBER_FORMATS[measure])),
        color=alt.Color("kind:N", scale=alt.Scale(domain=kinds, range=[MUTED, SELECTION][:len(kinds)]),
                        legend=alt.Legend(title=None)),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("kind:N", title=t("visits.kind", lang)), _month_tooltip(lang), *tips],
    )
    return themed(chart, lang, title=theme.title(title, subtitle), height=300, width="container")


#: Lines of one ink told apart: solid, then dashed, dotted and dash-dotted
DASHES = ([1, 0], [6, 3], [2, 2], [8, 2, 2, 2])
#: Above this many teams the census is small multiples, a team a panel: their dashes would repeat
CENSUS_LINES_MAX = 4


def census_lines(frame: pl.DataFrame, capacity: float, capacity_label: str, title: str, subtitle: list[str],
                 lang: str) -> alt.LayerChart | alt.FacetChart:
    """Each team's patients enrolled at each month's end, in ink told apart by their dashes, against the
    capacity a team is dimensioned for (a dashed rule); a month above it is a vermilion point. More than
    `CENSUS_LINES_MAX` teams (a region's) are a panel each, on one scale, the capacity named above them.

    frame: month (date), series (the team's name), value (the census; null where hidden), above (bool).
    """
    teams = frame["series"].unique(maintain_order=True).to_list()
    texts, tips = _tips("count", lang)
    encoding = {"x": _month_axis(),
                "y": alt.Y("value:Q", title=axis_unit("count", lang), axis=theme.value_axis(NUMBER_FORMATS["count"])),
                "detail": alt.Detail("series:N"),
                "tooltip": [alt.Tooltip("series:N", title=t("chart.series", lang)), _month_tooltip(lang), *tips]}
    if len(teams) > CENSUS_LINES_MAX:  # a panel's end labels kept inside it, clear of the next panel's
        encoding["x"] = alt.X("month:T", title=None, scale=alt.Scale(padding=8), axis=alt.Axis(
            format=MONTH_FORMAT, labelAngle=0, tickCount=4, tickMinStep=MONTH_MS, labelFlush=True))
        base = alt.Chart().transform_calculate(**texts).encode(**encoding)
        rule = alt.Chart().transform_calculate(capacity=f"{float(capacity)}").mark_rule(
            tooltip=None, color=REFERENCE, strokeDash=[4, 3]).encode(y=alt.Y("max(capacity):Q"))
        layered = alt.layer(base.mark_line(strokeWidth=2, color=SELECTION), _over_capacity(base), rule,
                            data=frame.to_pandas()).properties(width=220, height=140)
        panels = layered.facet(facet=alt.Facet("series:N", title=None, sort=teams,
                                                header=alt.Header(labelFontWeight="bold")), columns=3)
        return theme.themed_panels(panels, lang, title=theme.title(title, [*subtitle, capacity_label]))
    base = alt.Chart(frame.to_pandas()).transform_calculate(**texts).encode(**encoding)
    lines = base.mark_line(strokeWidth=2, color=SELECTION).encode(
        strokeDash=alt.StrokeDash("series:N", scale=alt.Scale(domain=teams, range=DASHES[:len(teams)]),
                                  legend=alt.Legend(title=None)))  # one team named too: whose it is
    rule = alt.Chart(pl.DataFrame({"capacity": [capacity], "label": [capacity_label]}).to_pandas())
    limit = rule.mark_rule(tooltip=None, color=REFERENCE, strokeDash=[4, 3]).encode(y=alt.Y("capacity:Q"))
    named = rule.mark_text(align="right", dy=-6, color=REFERENCE, tooltip=None).encode(
        y=alt.Y("capacity:Q"), x=alt.value("width"), text=alt.Text("label:N"))
    return themed([lines, _over_capacity(base), limit, named], lang, title=theme.title(title, subtitle), height=300,
                  width="container")


def _over_capacity(base: alt.Chart) -> alt.Chart:
    """A month above capacity: a vermilion point on its line."""
    return base.transform_filter("datum.above").mark_point(filled=True, size=70, color=OVER_CAPACITY)


#: Point shapes for series told apart by shape alone (all in ink): Vega's, the most distinct first
SHAPES = ("circle", "square", "triangle-up", "diamond", "cross", "triangle-down", "triangle-right", "triangle-left",
          "wedge", "arrow")


def part_dots(frame: pl.DataFrame, parts: Sequence[str], measure: str, part_title: str, title: str,
              subtitle: list[str], lang: str) -> alt.Chart:
    """Each part of a whole (a discharge reason, a referral source, a staff) on its own row, in the order
    of `parts`, a dot a series: the selection's in ink told apart by shape, all teams' a grey ring, so a
    team's mix reads against the region's.

    frame: part (label), series (the team's, the area's patients' or all teams' name), is_comparison,
    shape (the series' point shape, the same for a team on every view), value, numerator, denominator;
    a hidden figure has no row.
    """
    series = frame["series"].unique(maintain_order=True).to_list()
    first = {s: frame.filter(pl.col("series") == s).row(0, named=True) for s in series}
    colours = [COMPARISON if first[s]["is_comparison"] else SELECTION for s in series]
    texts, tips = _tips(measure, lang, counts=True)
    # many series (a region's teams) in columns under the chart, where none is cut off
    legend = alt.Legend(title=None) if len(series) <= 3 else alt.Legend(title=None, orient="bottom", columns=2)
    chart = alt.Chart(frame.to_pandas()).transform_calculate(**texts).mark_point(size=90, strokeWidth=2).encode(
        y=alt.Y("part:N", sort=list(parts), title=None, scale=alt.Scale(domain=list(parts))),
        x=alt.X("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(NUMBER_FORMATS[measure])),
        color=alt.Color("series:N", scale=alt.Scale(domain=series, range=colours), legend=legend),
        shape=alt.Shape("series:N", scale=alt.Scale(domain=series, range=[first[s]["shape"] for s in series]),
                        legend=legend),
        fill=alt.Fill("series:N", scale=alt.Scale(domain=series, range=[("white" if c == COMPARISON else c)
                                                                        for c in colours]), legend=legend),
        tooltip=[alt.Tooltip("series:N", title=t("near_care.patients", lang)), alt.Tooltip("part:N", title=part_title),
                 *tips],
    )
    return themed(chart, lang, title=theme.title(title, subtitle), height=max(120, 30 * len(parts)),
                  width="container")


def survival_curves(frame: pl.DataFrame, title: str, subtitle: list[str], lang: str) -> alt.LayerChart:
    """The share still enrolled by days since enrolment (Kaplan–Meier), a step at each published point,
    with its 95 % band: the selection in ink, all teams in grey, and one half marked, where the median
    is read.

    frame: day, series, is_comparison, survival, lower, upper (`survival.published_curve`'s points).
    """
    series = frame["series"].unique(maintain_order=True).to_list()
    colours = [COMPARISON if frame.filter(pl.col("series") == s)["is_comparison"][0] else SELECTION for s in series]
    share = NUMBER_FORMATS["share"]
    texts = {f"{f}_text": theme.value_text(f, "share", lang) for f in ("survival", "lower", "upper")}
    base = alt.Chart(frame.to_pandas()).transform_calculate(**texts).encode(
        x=alt.X("day:Q", title=t("survival.days", lang),
                axis=alt.Axis(format=NUMBER_FORMATS["count"], tickCount=8, labelOverlap=True)),
        tooltip=[alt.Tooltip("series:N", title=t("near_care.patients", lang)),
                 alt.Tooltip("day:Q", title=t("survival.day", lang), format=NUMBER_FORMATS["count"]),
                 *(alt.Tooltip(f"{f}_text:N", title=t(f"survival.{f}", lang)) for f in ("survival", "lower", "upper"))],
    )
    # several teams: told apart by their dashes (all teams solid grey), their bands fainter
    dashes = [[1, 0] if c == COMPARISON else DASHES[n % len(DASHES)] for n, c in enumerate(colours)]
    band = base.mark_area(interpolate="step-after", opacity=0.15 if len(series) <= 2 else 0.07).encode(
        y=alt.Y("lower:Q", title=t("survival.share", lang), scale=alt.Scale(domain=[0, 1]),
                axis=theme.value_axis(share)),
        y2="upper:Q", fill=alt.Fill("series:N", scale=alt.Scale(domain=series, range=colours), legend=None))
    line = base.mark_line(interpolate="step-after", strokeWidth=2.5).encode(
        y=alt.Y("survival:Q"),
        color=alt.Color("series:N", scale=alt.Scale(domain=series, range=colours), legend=alt.Legend(title=None)),
        strokeDash=alt.StrokeDash("series:N", scale=alt.Scale(domain=series, range=dashes),
                                  legend=alt.Legend(title=None)))
    half = alt.Chart(pl.DataFrame({"half": [0.5]}).to_pandas()).mark_rule(
        color=REFERENCE, strokeDash=[4, 3], tooltip=None).encode(y="half:Q")
    # the band's fill has no legend of its own, and a layer's shared legend would drop the line's with it
    resolve = alt.Resolve(legend=alt.LegendResolveMap(fill="independent"))
    return themed([band, line, half], lang, title=theme.title(title, subtitle), height=320, width="container",
                  resolve=resolve)


def series_lines(frame: pl.DataFrame, measure: str, title: str, subtitle: list[str], lang: str) -> alt.Chart:
    """Several series of one measure by month, each its own colour and named in the legend (an area's
    age bands); hidden months are gaps.

    frame: month (date), series (label, in the legend's order), value, numerator, denominator."""
    series = frame["series"].unique(maintain_order=True).to_list()
    texts, tips = _tips(measure, lang, counts=True)
    chart = alt.Chart(frame.to_pandas()).transform_calculate(**texts).mark_line(
        strokeWidth=2, point=alt.OverlayMarkDef(size=24)).encode(
        x=_month_axis(),
        y=alt.Y("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(NUMBER_FORMATS[measure])),
        color=alt.Color("series:N", scale=alt.Scale(domain=series, range=theme.PALETTE[:len(series)]),
                        legend=alt.Legend(title=None)),
        tooltip=[alt.Tooltip("series:N", title=t("chart.series", lang)), _month_tooltip(lang), *tips],
    )
    return themed(chart, lang, title=theme.title(title, subtitle), height=300, width="container")


def before_after_lines(frame: pl.DataFrame, measure: str, title: str, subtitle: list[str],
                       lang: str) -> alt.Chart:
    """The months before a change and the same calendar months after it, month against month: the
    before in grey and dashed, the after in ink.

    frame: position (the pair's order), label (the calendar month), series, is_after (bool), month
    (date), value, numerator, denominator."""
    order = frame.sort("position")["label"].unique(maintain_order=True).to_list()
    series = frame.sort("is_after")["series"].unique(maintain_order=True).to_list()
    texts, tips = _tips(measure, lang, counts=True)
    chart = alt.Chart(frame.to_pandas()).transform_calculate(**texts).mark_line(
        strokeWidth=2.5, point=alt.OverlayMarkDef(size=28)).encode(
        x=alt.X("label:O", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=axis_unit(measure, lang), axis=theme.value_axis(NUMBER_FORMATS[measure]),
                scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", scale=alt.Scale(domain=series, range=[COMPARISON, SELECTION]),
                        legend=alt.Legend(title=None)),
        strokeDash=alt.StrokeDash("is_after:N", scale=alt.Scale(domain=[False, True], range=[[5, 4], [1, 0]]),
                                  legend=None),
        tooltip=[alt.Tooltip("series:N", title=t("chart.series", lang)), _month_tooltip(lang), *tips],
    )
    return themed(chart, lang, title=theme.title(title, subtitle), height=300, width="container")


#: A wheel item's title beside its dot: lines of at most this many characters, and at most this many lines
WHEEL_CHARS, WHEEL_LINES = 18, 3


def _wheel_label(title: str) -> str:
    lines = textwrap.wrap(title, WHEEL_CHARS) or [""]
    if len(lines) > WHEEL_LINES:
        rest = textwrap.shorten(" ".join(lines[WHEEL_LINES - 1:]), WHEEL_CHARS, placeholder="…")
        lines = [*lines[:WHEEL_LINES - 1], rest]
    return "\n".join(lines)


def wheel_timeline(frame: pl.DataFrame, kinds: Sequence[str], month_names: Sequence[str], current: int, title: str,
                   subtitle: list[str], lang: str) -> alt.LayerChart:
    """The annual wheel unrolled: the year's months across, a row for each kind of item (planning,
    measuring, reporting, feedback), each item a dot named on hover and its title beside it; the
    current month shaded.

    frame: month (1–12), kind (its label, among `kinds`), title. A title is written in up to
    WHEEL_LINES lines of WHEEL_CHARS beside its dot: cut to one line it read "Planerings…" on paper,
    where no dot answers a pointer."""
    x = alt.X("month:O", scale=alt.Scale(domain=list(range(1, 13))), title=None,
              axis=alt.Axis(labelExpr=f"{list(month_names)}[datum.value - 1]", labelAngle=0))
    y = alt.Y("kind:N", scale=alt.Scale(domain=list(kinds)), title=None)
    now = (alt.Chart(pl.DataFrame({"month": [current]}).to_pandas())
           .mark_bar(color=MUTED, opacity=0.35, tooltip=None).encode(x=x))
    dots = alt.Chart(frame.to_pandas()).mark_circle(size=160, opacity=0.9).encode(
        x=x, y=y, color=alt.Color("kind:N", scale=alt.Scale(domain=list(kinds), range=theme.PALETTE[:len(kinds)]),
                                  legend=None),
        tooltip=[alt.Tooltip("kind:N", title=t("learning.wheel.kind", lang)),
                 alt.Tooltip("title:N", title=t("learning.wheel.title_column", lang))])
    wrapped = frame.with_columns(pl.col("title").map_elements(_wheel_label, return_dtype=pl.String).alias("label"))
    names = alt.Chart(wrapped.to_pandas()).mark_text(align="left", dx=9, lineBreak="\n", limit=150).encode(
        x=x, y=y, text="label:N")
    return themed([now, dots, names], lang, title=theme.title(title, subtitle), height=60 * len(kinds) + 40,
                  width="container")
