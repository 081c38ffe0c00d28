"""Akutbesök: whether emergency-department visits and readmissions among the oldest fall, whether a fall
is a signal or noise, what changed when, and what a fall is worth. Figure builders of the emergency page.

The rates by age band beside the contract's 80+ are the page's own figures (`indicators.ED_RATES`),
made and protected as the contract's. The before and after compares the same calendar months a year
apart (`metrics.before_after`); the savings follow seed 004 line by line.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import polars as pl

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.charts.area_map import area_map
from dashboard.figures import change as changes
from dashboard.figures import tables
from dashboard.figures.coverage import area_rows, area_table, home_care_units, outlined_units, peers
from dashboard.figures.events import scheme_events, timeline
from dashboard.figures.figure import Figure, Hidden, Kind, Metric, make_table
from dashboard.figures.indicator_charts import control_figure, trend_figure
from dashboard.figures.source import Source
from dashboard.figures.view import Page, View
from dashboard.metrics import funnel, poisson_funnel, spc
from dashboard.metrics.before_after import COST_PER_VISIT, OVERHEAD_SHARE, RateRatio, savings, windows
from dashboard.metrics.indicators import BY_ID, ED_RATES
from dashboard.metrics.periods import add_months, month_label, months_between, parse_month
from dashboard.texts import t, t_for

PAGE = Page("akutbesok.py", "page.emergency", ":material/emergency:", order=40,
            params=("indicator", "age", "change", "cost", "overhead"))
#: What the page follows: ED visits per 1 000 inhabitants of an age band (`age`), per 1 000 listed at
#: the area's centres, and the share of admissions readmitted within 30 days
INDICATORS = ("ed_rate", "ed_rate_listed", "readmission_share")
AGES = tuple(ED_RATES)
MAP_KEY = "akutbesok_map"
#: A funnel's units drawn on a log scale when the largest is this many times the smallest (Göteborg's
#: 30 000 aged 80+ beside Dals-Ed's 300 pressed every municipality into a corner)
LOG_SPREAD = 20
#: The centres' ranking draws this many at each end where an area has more than twice as many
CENTRES_DRAWN = 20


def chosen(indicator: str, age: str) -> str:
    """The indicator's id: an age band's rate for "ed_rate", else the indicator itself."""
    return ED_RATES[age] if indicator == "ed_rate" else indicator


def page_params(indicator: str, age: str, change: date | str, cost: float, overhead: float) -> dict[str, str]:
    """The page's choices as its link writes them, for every figure's link to carry: a cost and an
    overhead (in percent) only where they are not seed 004's."""
    params = {"indicator": indicator, "age": age, "change": change_link(change),
              "cost": to_link(cost, "cost"), "overhead": to_link(overhead, "overhead")}
    return {name: text for name, text in params.items() if text}


def link_params(indicator_id: str) -> dict[str, str]:
    """The page's choices that show an indicator, as a figure's link names them: an age band's rate
    as `indicator=ed_rate&age=80+`, the page's own words, not the indicator's id."""
    band = next((band for band, rate in ED_RATES.items() if rate == indicator_id), None)
    return {"indicator": "ed_rate", "age": band} if band else {"indicator": indicator_id}


def relinked(view: View, fig: Figure, indicator_id: str) -> Figure:
    """A shared builder's figure (trend, control chart) with this page's link to it."""
    return replace(fig, link=view.link(**link_params(indicator_id)))


# --- the rates ------------------------------------------------------------------------------------

def trend(view: View, source: Source, indicator_id: str) -> Figure:
    """A rate's months against the comparison's (`trend_figure`), linked to this page's choice of it."""
    return relinked(view, trend_figure(view, source, indicator_id, f"akutbesok_trend_{indicator_id}"), indicator_id)


def bands_figure(view: View, source: Source) -> Figure:
    """The area's ED visits per 1 000 inhabitants of each age band and of all ages, by month: the
    oldest visit four times as often as the youngest, so a fall among them is read against the others."""
    lang, s = view.lang, view.selection
    area = view.area_scope  # the rates are of a unit's inhabitants: a centre's area's
    monthly = source.monthly(area, s.first, s.last, tuple(ED_RATES.values()))
    labels = {rate: t(f"emergency.age.{band}", lang) for band, rate in ED_RATES.items()}
    month = t("chart.month", lang)
    kinds: dict[str, Kind] = {month: "month", **dict.fromkeys(labels.values(), "rate_per_1000")}
    by_month: dict[str, dict[str, dict]] = {}
    for r in monthly.iter_rows(named=True):
        by_month.setdefault(r["from"], {})[r["indicator"]] = r
    records, drawn = [], []
    for label in sorted(by_month):
        rows, first_day = by_month[label], parse_month(label)
        record = {month: first_day}
        for rate, name in labels.items():
            record[name] = tables.value_cell(rows[rate], "rate_per_1000")
            r = rows[rate]
            drawn.append({"month": first_day, "series": name,
                          "value": None if r["suppressed"] else r["value"], "numerator": r["numerator"],
                          "denominator": r["denominator"]})
        records.append(record)
    title = f"{t('emergency.bands.title', lang)} – {view.scope_name(area)}"
    frame = pl.DataFrame(drawn, schema={"month": pl.Date, "series": pl.String, "value": pl.Float64,
                                        "numerator": pl.Float64, "denominator": pl.Float64})
    chart = (charts.series_lines(frame, "rate_per_1000", title, [view.period_text()], lang)
             if frame["value"].drop_nulls().len() else None)
    notes = (t("emergency.bands.centre", lang, area=view.scope_name(area)),) if s.hc_id else ()
    return view.figure("akutbesok_bands", title, view.period_text(), make_table(records, kinds), None, "aldrar",
                       definition=t("emergency.bands.definition", lang), chart=chart, notes=notes,
                       link_params={"indicator": "ed_rate"}, subject=area)


#: The most events a control chart draws: a region's hundred centres joining would bury it
MOST_EVENTS = 12


def control_chart_figure(view: View, source: Source, indicator_id: str, change: date | None) -> Figure:
    """The chosen rate's control chart, with the area's events on its timeline (centres joining or
    leaving the scheme, near-care teams starting) and the change chosen below: a shift there may be
    theirs. Winter peaks are common-cause variation unless the rules say otherwise. A chart of the
    area's figure (a centre chosen, an area's rate) has the area's events; more than `MOST_EVENTS`
    (a subregion's, the region's) are counted, not drawn."""
    lang, s = view.lang, view.selection
    whose = view.subject_of(indicator_id)
    events = list(timeline(view if whose.hc_id else replace(view, selection=replace(s, hc_id=None))))
    notes: tuple[str, ...] = ()
    if len(events) > MOST_EVENTS:
        notes = (t("emergency.events_many", lang, count=len(events)),)
        events = []
    if change is not None and s.first <= change <= s.last:
        events.append((change, t("emergency.change_event", lang, month=formatting.month(change, lang))))
    fig = control_figure(view, source, indicator_id, "akutbesok_control", events=sorted(events),
                         target=view.target_value(indicator_id))
    return relinked(view, replace(fig, notes=(*fig.notes, *notes)), indicator_id)


# --- before and after a change --------------------------------------------------------------------

#: The change's choice of none: a before and after only when a steering group asks for one
NO_CHANGE = "none"


def change_options(view: View) -> list[date | str]:
    """What the change may be: none, or any month of the extract with a month before it."""
    return [NO_CHANGE, *view.choices.months[1:]]


def change_key(view: View) -> str:
    """The change's widget and choice, one an area: an area's own events are its choices, so another
    area opens at its own first event, and coming back finds the change chosen there."""
    return f"emergency_change_{view.selection.area_code}"


def change_link(change: date | str) -> str:
    """A change as a link writes it: `change=2017-10`, or `change=none`."""
    return change if isinstance(change, str) else month_label(change)


def change_text(change: date | str, events: dict[date, str], lang: str) -> str:
    """A change as its choice reads: none, or its month with the area's event in it."""
    if isinstance(change, str):
        return t("emergency.change_none", lang)
    month = formatting.month(change, lang)
    return t("emergency.change_option", lang, month=month, event=events[change]) if change in events else month


def change_month(change: date | str) -> date | None:
    return None if isinstance(change, str) else change


def change_events(view: View) -> dict[date, str]:
    """The area's events over the whole extract by month, as the change's choices name them: the
    first of a month's, and how many more."""
    months = view.choices.months
    if not months:
        return {}
    named: dict[date, list[str]] = {}
    for day, text in timeline(view, months[0], months[-1]):
        named.setdefault(day.replace(day=1), []).append(text.removesuffix("."))
    return {m: texts[0] if len(texts) == 1 else t("emergency.change_more", view.lang, event=texts[0],
                                                       more=len(texts) - 1)
            for m, texts in named.items()}


def default_change(view: View) -> date | str:
    """The change a page opens at: the first month a centre of the area joined or left the scheme with
    months enough around it to compare (the mobile doctors' start, what the page asks about), else its
    first such event of any kind (a near-care team starting), else none."""
    months = view.choices.months
    if not months:
        return NO_CHANGE
    comparable = [m for m in sorted(change_events(view)) if windows(m, months[0], months[-1])]
    scheme = {day.replace(day=1) for day, _ in scheme_events(view, months[0], months[-1])}
    return next((m for m in comparable if m in scheme), comparable[0] if comparable else NO_CHANGE)


def _judged(verdict: str) -> str:
    """A verdict as the savings' warning reads it: whether the rules could judge changes no saving."""
    return verdict.removesuffix("_unjudged")


def before_after_figure(view: View, source: Source, indicator_id: str, change: date | None) -> Figure:
    """The rate in the months before a change and in the same calendar months a year later: their
    means over each window, the rate ratio with its 95 % Poisson interval, whether the control chart's
    rules see a shift after it, and a sentence on what may and may not be concluded."""
    lang = view.lang
    whose = view.subject_of(indicator_id)
    measure = BY_ID[indicator_id].measure
    name = t(f"indicator.{indicator_id}.name", lang)
    title = f"{t('emergency.before_after.title', lang)} – {name} – {view.scope_name(whose)}"
    definition = t("emergency.before_after.definition", lang)
    key, what = "akutbesok_before_after", "fore-efter"
    params = link_params(indicator_id)
    compared = changes.compared(view, source, whose, indicator_id, change)
    month_col, value_col = t("chart.month", lang), t("chart.value", lang)
    empty = make_table([], {month_col: "month", value_col: measure})
    if compared is None:
        reason = "emergency.before_after.choose" if change is None else "emergency.before_after.too_early"
        subtitle = formatting.month(change, lang) if change else ""
        return view.figure(key, title, subtitle, empty, indicator_id, what, definition=definition,
                           notes=(t(reason, lang),), link_params=params)
    before, after, rows, ratio, signals = (compared.before, compared.after, compared.rows, compared.ratio,
                                           compared.signals)
    subtitle, verdict = compared.subtitle(change, lang), compared.verdict
    per = t("emergency.per_month", lang) if measure == "rate_per_1000" else None
    metrics = (
        Metric(t("emergency.before", lang, months=formatting.months(before.first, before.last, lang)),
               _headline(rows[before], measure, lang), note=per),
        Metric(t("emergency.after", lang, months=formatting.months(after.first, after.last, lang)),
               _headline(rows[after], measure, lang), note=per),
        Metric(t("emergency.ratio", lang), formatting.number(ratio.ratio, 2, lang) if ratio else "–",
               note=t("emergency.ratio_interval", lang, low=formatting.number(ratio.lower, 2, lang),
                      high=formatting.number(ratio.upper, 2, lang)) if ratio else None,
               help=t("emergency.ratio_help", lang)),
        Metric(t("emergency.rules", lang), t(f"emergency.rules.{_rules_seen(signals)}", lang),
               help=t("emergency.rules_help", lang)),
    )
    monthly = tables.series(source.monthly(whose, before.first, after.last, (indicator_id,)), indicator_id, "")
    by_month = {r["month"]: r for r in monthly.iter_rows(named=True)}
    before_label = t("emergency.before", lang, months=formatting.months(before.first, before.last, lang))
    after_label = t("emergency.after", lang, months=formatting.months(after.first, after.last, lang))
    month_before, month_after = t("emergency.month_before", lang), t("emergency.month_after", lang)
    # a share's counted events are readmissions on this page; a decision's follow-up of another share
    # (learning loop) counts that share's numerator
    counted = (f"emergency.counted.{measure}" if measure != "share" or indicator_id == "readmission_share"
               else "emergency.counted.numerator")
    counted_before, counted_after = (t(counted, lang, when=t(f"emergency.{when}_short", lang))
                                     for when in ("before", "after"))
    kinds: dict[str, Kind] = {month_before: "month", before_label: measure, counted_before: "count",
                              month_after: "month", after_label: measure, counted_after: "count"}
    records, drawn = [], []
    for position, (early, late) in enumerate(zip(months_between(before.first, before.last),
                                                 months_between(after.first, after.last), strict=True)):
        records.append({month_before: early, before_label: tables.value_cell(by_month[early], measure),
                        counted_before: tables.count_cell(by_month[early], "numerator"),
                        month_after: late, after_label: tables.value_cell(by_month[late], measure),
                        counted_after: tables.count_cell(by_month[late], "numerator")})
        label = formatting.month(late, lang, short=True).split(" ")[0]
        for month, series, is_after in ((early, before_label, False), (late, after_label, True)):
            r = by_month[month]
            drawn.append({"position": position, "label": label, "series": series, "is_after": is_after,
                          "month": month, "value": r["value"], "numerator": r["numerator"],
                          "denominator": r["denominator"]})
    frame = pl.DataFrame(drawn, schema={"position": pl.Int64, "label": pl.String, "series": pl.String,
                                        "is_after": pl.Boolean, "month": pl.Date, "value": pl.Float64,
                                        "numerator": pl.Float64, "denominator": pl.Float64})
    chart = (charts.before_after_lines(frame, measure, title, subtitle.split(" · "), lang)
             if frame["value"].drop_nulls().len() else None)
    notes = [t(f"emergency.verdict.{verdict}", lang, change=formatting.month(change, lang),
               **_ratio_words(ratio, lang))]
    notes += [spc.describe(signal, BY_ID[indicator_id].better, lang) for signal in signals or ()]
    if signals is None:
        notes.append(t("emergency.rules_too_few_note", lang))
    if add_months(before.last, 1) < after.first:  # months with no pair in the other window
        notes.append(t("emergency.before_after.gap", lang,
                       months=formatting.months(add_months(before.last, 1), add_months(after.first, -1), lang)))
    notes.append(t("emergency.before_after.caution", lang))
    return view.figure(key, title, subtitle, make_table(records, kinds), indicator_id, what, definition=definition,
                       chart=chart, metrics=metrics, notes=tuple(notes), link_params=params)


def _rules_seen(signals: list[spc.Signal] | None) -> str:
    """What the control chart's rules see after the change: a fall, a rise, nothing, or too few months
    to tell."""
    if signals is None:
        return "too_few"
    sides = {signal.side for signal in signals}  # low: below the limits from before, or falling
    return "fall" if "low" in sides else "rise" if "high" in sides else "none"


def _ratio_words(ratio: RateRatio | None, lang: str) -> dict[str, str]:
    """The ratio and its interval as a sentence says them, and the change in percent."""
    if ratio is None:
        return {}
    return {"ratio": formatting.number(ratio.ratio, 2, lang), "low": formatting.number(ratio.lower, 2, lang),
            "high": formatting.number(ratio.upper, 2, lang),
            "change_pct": formatting.percent(abs(1 - ratio.ratio), 0, lang)}


def _headline(row: dict, measure: str, lang: str) -> str:
    """A window's value as a headline number: a rate without its unit, which the line under it gives
    (a panel's number is cut at its width); hidden ones as everywhere."""
    if measure == "rate_per_1000" and not row["suppressed"] and row["value"] is not None:
        return formatting.number(row["value"], 1, lang)
    return formatting.indicator_value(measure, row["value"], row["suppressed"], lang,
                                      small=bool(row["numerator_small"]))


# --- what it saves --------------------------------------------------------------------------------

def savings_figure(view: View, source: Source, indicator_id: str, change: date | None,
                   cost: float = COST_PER_VISIT, overhead: float = OVERHEAD_SHARE) -> Figure:
    """Seed 004's estimate of what a fall in ED visits saves a year, line by line as the seed works
    it, from the mean visits a month before and after the change (the rate's visits: an age band's,
    or the listed patients'), with the range the rate ratio's interval gives, and a warning when the
    fall is not a signal."""
    lang = view.lang
    whose = view.subject_of(indicator_id)
    title = f"{t('emergency.savings.title', lang)} – {view.scope_name(whose)}"
    if change is not None:
        title += f" – {t('emergency.change_event_short', lang, month=formatting.month(change, lang))}"
    step, amount = t("emergency.savings.step", lang), t("emergency.savings.amount", lang)
    kinds: dict[str, Kind] = {step: "text", amount: "text"}
    params = link_params(indicator_id)
    definition = t("emergency.savings.definition", lang)
    key, what = "akutbesok_savings", "besparing"
    of_visits = BY_ID[indicator_id].measure == "rate_per_1000"
    compared = changes.compared(view, source, whose, indicator_id, change) if of_visits else None
    reason = ("emergency.savings.not_visits" if not of_visits
              else "emergency.before_after.choose" if change is None
              else "emergency.before_after.too_early" if compared is None else None)
    if reason:
        return view.figure(key, title, "", make_table([], kinds), None, what, definition=definition,
                           notes=(t(reason, lang),), link_params=params, subject=whose)
    before, after, rows, ratio = compared.before, compared.after, compared.rows, compared.ratio
    subtitle = compared.subtitle(change, lang)
    if any(r["suppressed"] or r["numerator"] is None for r in rows.values()):
        return view.figure(key, title, subtitle, make_table([], kinds), None, what, definition=definition,
                           notes=(t("emergency.savings.hidden", lang),), link_params=params, subject=whose)
    months = len(months_between(before.first, before.last))
    estimate = savings(rows[before]["numerator"] / months, rows[after]["numerator"] / months, cost, overhead, ratio)
    d = estimate.decimals

    def visits(value: float) -> str:
        return formatting.number(value, d, lang)

    def kronor(value: float) -> str:
        return t("unit.kronor", lang, value=formatting.number(value, 0, lang))

    share = formatting.percent(overhead, 0 if float(overhead * 100).is_integer() else 1, lang)  # 12,5 %, not 13 %
    lines = [
        (t("emergency.savings.cost", lang), kronor(cost)),
        (t("emergency.savings.overhead", lang, share=share),
         t("emergency.savings.per_visit", lang, cost=kronor(cost), share=_fraction(overhead, lang),
           value=kronor(estimate.per_visit))),
        (t("emergency.savings.mean", lang, months=formatting.months(before.first, before.last, lang)),
         t("emergency.savings.per_month", lang, value=visits(estimate.before))),
        (t("emergency.savings.mean", lang, months=formatting.months(after.first, after.last, lang)),
         t("emergency.savings.per_month", lang, value=visits(estimate.after))),
    ]
    if estimate.decrease > 0:
        lines += [(t("emergency.savings.decrease", lang),
                   t("emergency.savings.decrease_line", lang, before=visits(estimate.before),
                     after=visits(estimate.after), value=visits(estimate.decrease))),
                  (t("emergency.savings.per_year", lang),
                   t("emergency.savings.year_line", lang, decrease=visits(estimate.decrease),
                     per_visit=kronor(estimate.per_visit), value=kronor(estimate.per_year)))]
    else:  # no fall, no saving: a negative one would read as a cost the change caused
        lines.append((t("emergency.savings.decrease", lang), t("emergency.savings.no_decrease", lang)))
    if estimate.decrease > 0 and estimate.decrease_range and estimate.per_year_range:
        low, high = estimate.decrease_range
        year_low, year_high = estimate.per_year_range
        # a range reaching below no fall reads "from 2 more to 4 fewer", not "−2 to 4 fewer"
        across = low < 0
        lines.append((t("emergency.savings.range", lang),
                      t("emergency.savings.range_line_across" if across else "emergency.savings.range_line", lang,
                        low=formatting.number(ratio.lower, 2, lang), high=formatting.number(ratio.upper, 2, lang),
                        visits_low=visits(abs(low)), visits_high=visits(high), kronor_low=kronor(abs(year_low)),
                        kronor_high=kronor(year_high))))
    verdict = compared.verdict
    if estimate.decrease <= 0:  # whatever the rate did, the visits did not fall: nothing saved
        warnings = (t("emergency.savings.warning.no_fall", lang, before=visits(estimate.before),
                      after=visits(estimate.after)),)
    else:
        warnings = () if verdict == "fall_signal" else (t(f"emergency.savings.warning.{_judged(verdict)}", lang),)
    table = make_table([{step: a, amount: b} for a, b in lines], kinds)
    notes = (t("emergency.savings.visits", lang, name=t(f"indicator.{indicator_id}.name", lang)),
             t("emergency.savings.counts", lang))
    return view.figure(key, title, subtitle, table, None, what, definition=definition, notes=notes,
                       link_params=params, warnings=warnings, subject=whose)


def _fraction(share: float, lang: str) -> str:
    """An overhead share as the factor's line writes it: 0,20 as the seed does, and 0,125 whole."""
    decimals = next((d for d in (2, 3, 4) if abs(share * 10 ** d - round(share * 10 ** d)) < 1e-9), 4)
    return formatting.number(share, decimals, lang)


# --- where: units and centres ----------------------------------------------------------------------

def map_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """Every home-care unit's rate over the period on the map; a click chooses one."""
    lang, s = view.lang, view.selection
    rows = area_rows(view, source, home_care_units(view.choices), s.first, s.last, indicator_id)
    if BY_ID[indicator_id].measure == "rate_per_1000":  # a tile holds the number; the legend gives the unit
        rows = rows.with_columns(pl.Series("display", [
            formatting.number(value, 1, lang) if value is not None and not hidden else shown
            for value, hidden, shown in rows.select("value", "suppressed", "display").iter_rows()], pl.String))
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {view.region_name}"
    chart = area_map(rows, BY_ID[indicator_id].measure, title, [view.period_text()], lang,
                     selected=outlined_units(view))
    return view.figure(MAP_KEY, title, view.period_text(), area_table(rows, indicator_id, lang), indicator_id,
                       "karta", chart=chart, link_params=link_params(indicator_id), subject=view.region_scope)


def _region(view: View, source: Source, indicator_id: str) -> dict:
    s = view.selection
    return source.areas((view.choices.region,), s.first, s.last, (indicator_id,)).row(0, named=True)


def ranking_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """The selection among its peers over the period, the region's rate as the reference line."""
    lang, s = view.lang, view.selection
    rows = area_rows(view, source, peers(view), s.first, s.last, indicator_id)
    region = _region(view, source, indicator_id)
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {t('coverage.ranking', lang)}"
    subtitle = t("ranking.subtitle", lang, period=view.period_text(), reference=view.region_name)
    shown = rows.filter(~pl.col("suppressed") & pl.col("value").is_not_null())
    reference = None if region["suppressed"] else region["value"]
    chart = (charts.ranked_bar(shown, BY_ID[indicator_id].measure, reference, view.region_name, title,
                               [subtitle], lang, indicator_id) if shown.height else None)
    table = area_table(rows, indicator_id, lang, reference={**region, "name": view.region_name,
                                                            "area_code": view.choices.region})
    return view.figure("akutbesok_ranking", title, subtitle, table, indicator_id, "rangordning", chart=chart,
                       link_params=link_params(indicator_id), subject=view.area_scope)


def funnel_figure(view: View, source: Source, indicator_id: str) -> Figure:
    """Each peer's rate against its inhabitants, inside the limits chance alone gives around the
    region's rate for a population of that size (Poisson; a share's binomial): whether a unit's
    difference is larger than chance."""
    lang, s = view.lang, view.selection
    measure = BY_ID[indicator_id].measure
    rows = area_rows(view, source, peers(view), s.first, s.last, indicator_id)
    region = _region(view, source, indicator_id)
    centre = None if region["suppressed"] else region["value"]
    shown = rows.filter(~pl.col("suppressed") & pl.col("value").is_not_null() & (pl.col("denominator") > 0))
    title = f"{t(f'indicator.{indicator_id}.name', lang)} – {t('coverage.funnel', lang).lower()}"
    subtitle = f"{view.period_text()} · {t(f'emergency.funnel.subtitle.{measure}', lang, reference=view.region_name)}"
    if not shown.height or not centre or (measure == "share" and not 0 < centre < 1):
        return view.figure("akutbesok_funnel", title, subtitle, area_table(rows, indicator_id, lang),
                           indicator_id, "tratt", notes=(t("coverage.no_funnel", lang),),
                           link_params=link_params(indicator_id), subject=view.area_scope)
    labels = {level: t(f"coverage.limit_{level.replace('.', '')}", lang) for level, _ in funnel.LEVELS}
    log_x = False
    if measure == "share":
        band = funnel.band(centre, shown["denominator"].max())
        dots = shown
        positions = {r["area_code"]: funnel.position(r["value"], r["denominator"], centre)
                     for r in shown.iter_rows(named=True)}
        x_title = t("emergency.funnel.x.share", lang)
    else:  # a rate per 1 000 a month: its denominator is inhabitant-months; drawn against the inhabitants
        months = len(months_between(s.first, s.last))
        log_x = shown["denominator"].max() > LOG_SPREAD * shown["denominator"].min()
        band = poisson_funnel.band(centre, shown["denominator"].max() / 1000,
                                   min_exposure=shown["denominator"].min() / 1000 if log_x else None).with_columns(
            pl.col("denominator") * 1000 / months)
        dots = shown.with_columns(pl.col("denominator") / months)
        positions = {r["area_code"]: poisson_funnel.position(r["value"], r["denominator"] / 1000, centre)
                     for r in shown.iter_rows(named=True)}
        x_title = t(f"emergency.funnel.x.{indicator_id}", lang)
    band = band.with_columns(pl.col("level").replace_strict(labels).alias("limit"))
    chart = charts.funnel(dots, band, centre, title, subtitle.split(" · "), x_title, lang, measure, log_x=log_x,
                          indicator_id=indicator_id, named=funnel.beyond(positions, shown, "area_code"))
    words = {code: t(f"coverage.position.{where}", lang) for code, where in positions.items()}
    return view.figure("akutbesok_funnel", title, subtitle, area_table(rows, indicator_id, lang, positions=words),
                       indicator_id, "tratt", chart=chart, link_params=link_params(indicator_id),
                       subject=view.area_scope)


def centre_figure(view: View, source: Source) -> Figure:
    """The area's health centres by ED visits per 1 000 listed over the period, the region's as the
    reference: where the area's visits come from."""
    lang, s = view.lang, view.selection
    indicator_id = "ed_rate_listed"
    centres = view.choices.centres_in(s.area_code)
    rows = source.centres(s.area_code, tuple(centres), s.first, s.last, (indicator_id,))
    region = _region(view, source, indicator_id)
    name, value = t("ranking.centres", lang), t("chart.value", lang)
    numerator, denominator = t_for("chart.numerator", "rate_per_1000", lang), t_for("chart.denominator",
                                                                                   "rate_per_1000", lang)
    kinds: dict[str, Kind] = {name: "text", value: "rate_per_1000", numerator: "count", denominator: "count"}
    ordered = sorted(rows.iter_rows(named=True), key=lambda r: (r["suppressed"] or r["value"] is None,
                                                                -(r["value"] or 0)))
    records = [{name: view.choices.centres[r["hc_id"]].name, value: tables.value_cell(r, "rate_per_1000"),
                numerator: tables.count_cell(r, "numerator"), denominator: tables.count_cell(r, "denominator")}
               for r in ordered]
    records.append({name: view.region_name, value: tables.value_cell(region, "rate_per_1000"),
                    numerator: tables.count_cell(region, "numerator"),
                    denominator: tables.count_cell(region, "denominator")})
    drawn = pl.DataFrame([{"name": view.choices.centres[r["hc_id"]].name, "value": r["value"],
                           "numerator": r["numerator"], "denominator": r["denominator"],
                           "is_selected": r["hc_id"] == s.hc_id}
                          for r in ordered if not r["suppressed"] and r["value"] is not None],
                         schema={"name": pl.String, "value": pl.Float64, "numerator": pl.Float64,
                                 "denominator": pl.Float64, "is_selected": pl.Boolean})
    title = f"{t('emergency.centres.title', lang)} – {view.scope_name(view.area_scope)}"
    subtitle = t("ranking.subtitle", lang, period=view.period_text(), reference=view.region_name)
    reference = None if region["suppressed"] else region["value"]
    notes = () if drawn.height else (t("emergency.centres.none", lang),)
    if drawn.height > 2 * CENTRES_DRAWN:  # a region's 206 bars ran 3 700 px: its ends, and the table whole
        notes += (t("emergency.centres.ends", lang, count=CENTRES_DRAWN, total=drawn.height),)
        ends = pl.int_range(drawn.height).is_between(CENTRES_DRAWN, drawn.height - CENTRES_DRAWN - 1).not_()
        drawn = drawn.filter(ends | pl.col("is_selected"))  # and the centre chosen, wherever it ranks
    chart = (charts.ranked_bar(drawn, "rate_per_1000", reference, view.region_name, title, [subtitle], lang)
             if drawn.height else None)
    hidden = sum(isinstance(r[value], Hidden) for r in records)
    if hidden:
        notes += (t("emergency.centres.hidden", lang, count=hidden),)
    return view.figure("akutbesok_centres", title, subtitle, make_table(records, kinds), indicator_id,
                       "vardcentraler", chart=chart, notes=notes, subject=view.area_scope)


def read_ahead() -> list[list[str]]:
    """The sets of indicators this page's figures of every unit and of the area's centres ask for
    their hiding (`cache.warmed`): each rate's."""
    return [[i] for i in (*ED_RATES.values(), "ed_rate_listed", "readmission_share")]


# --- the savings' typed figures -------------------------------------------------------------------

#: What may be typed: a cost in kronor from 100 (a Swede's `6.774` read as 6,774 kr is refused, not taken
#: for seven kronor) up to a million, an overhead in percent below 100
TYPED_RANGES = {"cost": (100.0, 1_000_000.0), "overhead": (0.0, 99.0)}
DEFAULTS = {"cost": COST_PER_VISIT, "overhead": OVERHEAD_SHARE * 100}


def _within(value: float, text: str, what: str) -> float:
    low, high = TYPED_RANGES[what]
    if not math.isfinite(value) or value < low or value > high:
        raise ValueError(text)
    return value


def typed_in(text: str, what: str, lang: str) -> float:
    """A typed cost (`6774`, `6 774 kr`) or overhead (`20`, `20 %`, `12,5`), as a Swede types it; else a
    ValueError, and the field's message names the text."""
    return _within(formatting.typed_number(_amount(text), lang), text, what)


def _amount(text: str) -> str:
    """A typed amount without the currency a reader may type with it, as the page writes it: `6 774 kr`,
    `SEK 6,774`."""
    return text.strip().removesuffix("kr").removeprefix("SEK").strip()


def from_link(text: str, what: str) -> float:
    """A link's cost or overhead (`cost=6774`, `overhead=12.5`, or `12,5` as a Swede edits a link by hand):
    a number within reach, else ValueError (and the page's notice)."""
    return _within(float(text.replace(",", ".")), text, what)


def to_link(value: float, what: str) -> str | None:
    """A cost or overhead as a link writes it; the default is left out."""
    return None if value == DEFAULTS[what] else f"{value:g}"


def refused(text: str, what: str, lang: str) -> str:
    """Why a typed cost or overhead was not taken, the text quoted as text, and that the one before stays."""
    try:
        formatting.typed_number(_amount(text), lang)
        reason = "overview.target.out_of_range"
    except ValueError:
        reason = "overview.target.not_a_number"
    return t(f"emergency.refused.{what}", lang, text=formatting.plain(text[:40]), reason=t(reason, lang))
