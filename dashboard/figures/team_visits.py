"""Teambesök: whether the mobile doctor and the municipal nurse meet the patient together, and whether
an acute need gets a visit by the next weekday. Figure builders of the team-visit page.

Its own figures beside the contract's (planned and acute visits, waits by the request's day) are
`Indicator(contract=False)`: made and protected as the contract's (docs/data-decisions.md).
"""

from __future__ import annotations

import polars as pl

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.figures import tables
from dashboard.figures.figure import Figure, Hidden, Kind, make_table
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.metrics.indicators import WAITS
from dashboard.metrics.periods import month_end
from dashboard.metrics.workdays import REQUEST_DAYS, public_holidays
from dashboard.texts import t

WAIT_IDS = tuple(f"acute_wait_{day}_{wait}" for day in REQUEST_DAYS for wait in WAITS)


def waits_figure(view: View, source: Source) -> Figure:
    """How long the period's acute requests waited for their visit (the same day, 1, 2, 3 days or
    more), by the request's day: a weekend's and a holiday's gaps show in their rows, and the
    period's holidays are named. A day's row is hidden as a whole when its figures are."""
    lang, s = view.lang, view.selection
    rows = {r["indicator"]: r for r in source.period(view.scope, s.first, s.last, WAIT_IDS).iter_rows(named=True)}
    day, requests = t("waits.day", lang), t("waits.requests", lang)
    columns = [t(f"wait.{wait}", lang) for wait in WAITS]
    kinds: dict[str, Kind] = {day: "text", requests: "count", **dict.fromkeys(columns, "share")}
    records, drawn = [], []
    for request_day in REQUEST_DAYS:
        figures = [rows[f"acute_wait_{request_day}_{wait}"] for wait in WAITS]
        record = {day: t(f"request_day.{request_day}", lang),
                  requests: tables.count_cell(figures[0], "denominator")}
        record.update({column: tables.value_cell(r, "share") for column, r in zip(columns, figures, strict=True)})
        records.append(record)
        if not isinstance(record[requests], Hidden) and record[requests]:
            drawn += [{"day": record[day], "wait": column, "value": r["value"], "numerator": r["numerator"],
                       "denominator": r["denominator"]} for column, r in zip(columns, figures, strict=True)]
    title = f"{t('waits.title', lang)} – {view.scope_name(view.scope)}"
    subtitle = view.period_text()
    chart = charts.wait_bars(pl.DataFrame(drawn, schema=_DRAWN), title, [subtitle], lang) if drawn else None
    return view.figure("teambesok_waits", title, subtitle, make_table(records, kinds), None, "vantetider",
                       definition=t("waits.definition", lang), chart=chart, notes=_holidays(view))


_DRAWN = {"day": pl.String, "wait": pl.String, "value": pl.Float64, "numerator": pl.Float64,
          "denominator": pl.Float64}


def _holidays(view: View) -> tuple[str, ...]:
    """The period's public holidays by name and day, or that it has none: the rows' gaps are theirs."""
    s, lang = view.selection, view.lang
    days = public_holidays(s.first, month_end(s.last), lang)
    if not days:
        return (t("waits.no_holidays", lang),)
    named = ", ".join(f"{name} {formatting.day(day, lang)}" for day, name in days)
    return (t("waits.holidays", lang, holidays=named),)
