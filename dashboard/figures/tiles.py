"""Headline tiles: where each indicator stands in the period's last month, how much it moved, its
months, the comparison's value and its status by the control chart's rules, with the numbers behind
them as a table.

Only the status is coloured (`signals`): a move from one month to the next is mostly noise, and a
red or green change beside a chart that finds no signal would tell a steering group the opposite
of what it should conclude. The change stays neutral, in the indicator's own unit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import polars as pl

from dashboard import formatting
from dashboard.figures import signals, tables
from dashboard.figures.figure import Cell, Figure, Hidden, Kind, Metric, Remark, Table, make_table
from dashboard.figures.view import Targeted, View
from dashboard.metrics.indicators import BY_ID
from dashboard.metrics.periods import add_months, month_label
from dashboard.texts import t


def section_figure(view: View, key: str, section_key: str, statuses: Sequence[signals.Status], monthly: pl.DataFrame,
                   comparison: pl.DataFrame | None) -> Figure:
    """One section's tiles from by-month rows (suppressed already) over the view's period, with each
    indicator's status (`signals.status` of the same rows)."""
    lang, last = view.lang, view.selection.last
    indicator_ids = [s.indicator_id for s in statuses]
    own = [_cells(monthly, i, last) for i in indicator_ids]
    other = [None if comparison is None else _month_cell(_rows(comparison, i), i, last) for i in indicator_ids]
    other_name = None if view.comparison is None else view.scope_name(view.comparison)
    # a scheme figure of a centre not taking part in the month reads so (`tables.outside_scheme`)
    own_name = view.scope_name(view.scope)
    targets = [view.target(i) for i in indicator_ids]
    table = _table(statuses, own, other, other_name, last, lang, targets, own_name)
    metrics = tuple(_metric(status, cells, compared, other_name, lang, target, own_name)
                    for status, cells, compared, target in zip(statuses, own, other, targets))
    definition = " ".join(t("kpi.definition", lang, name=t(f"indicator.{i}.name", lang),
                            definition=t(f"indicator.{i}.definition", lang)) for i in indicator_ids)
    return view.figure(key, t(section_key, lang), view.subtitle(), table, None, t(section_key, "sv"),
                       definition=definition, metrics=metrics)


def _rows(frame: pl.DataFrame, indicator_id: str) -> pl.DataFrame:
    return frame.filter(pl.col("indicator") == indicator_id).sort("from")


def _month_cell(rows: pl.DataFrame, indicator_id: str, month: date) -> Cell:
    found = rows.filter(pl.col("from") == month_label(month))
    return tables.value_cell(found.row(0, named=True), BY_ID[indicator_id].measure) if found.height else None


def _cells(monthly: pl.DataFrame, indicator_id: str, last: date) -> dict[str, Any]:
    """The month's value, the month before's (None when the period has one month) and the change."""
    rows = _rows(monthly, indicator_id)
    value, before = _month_cell(rows, indicator_id, last), _month_cell(rows, indicator_id, add_months(last, -1))
    if isinstance(value, Hidden) or isinstance(before, Hidden):
        change: Cell = Hidden()  # a change with a hidden end would give the hidden value away
    elif isinstance(value, Remark) or isinstance(before, Remark):
        change = None  # no change into or out of the scheme: "deltar inte" is no number
    else:
        measure = BY_ID[indicator_id].measure  # the change between the values as they read
        # no change from a month without a value (the extract's first month has none before it)
        change = (Remark("value.missing") if value is None or before is None
                  else formatting.as_shown(measure, value) - formatting.as_shown(measure, before))
    return {"value": value, "before": before, "change": change,
            "sparkline": tuple(math.nan if v is None else v for v in rows["value"].to_list())}


def _table(statuses: Sequence[signals.Status], own: list[dict], other: list[Cell], other_name: str | None,
           last: date, lang: str, targets: Sequence[Targeted | None], own_name: str) -> Table:
    """The tiles as rows; a scheme figure of a centre outside it has no status but that (as its tile).
    The area's stored targets, where it has any, and whether the month meets each, as the tiles say."""
    indicator, value, before, change, signal, goal, met = (
        t("overview.indicator", lang), formatting.month(last, lang), formatting.month(add_months(last, -1), lang),
        t("kpi.change", lang), t("signal.column", lang), t("kpi.target_column", lang, area=own_name),
        t("kpi.target_met_column", lang))
    kinds: dict[str, Kind] = {indicator: "text", value: "measure", before: "measure", change: "measure"}
    if other_name is not None:
        kinds[other_name] = "measure"
    kinds[signal] = "text"
    if any(targets):
        kinds |= {goal: "measure", met: "text"}
    measures = [BY_ID[s.indicator_id].measure for s in statuses]
    records = [{indicator: t(f"indicator.{s.indicator_id}.name", lang), value: cells["value"],
                before: cells["before"], change: cells["change"],
                signal: cells["value"] if cells["value"] in tables.MONTH_REMARKS else s.text(lang),
                **({} if other_name is None else {other_name: _compared(s.indicator_id, compared)}),
                goal: Remark("kpi.no_target") if target is None else target.value,
                met: None if target is None else _met_word(_target_met(s.indicator_id, cells["value"], target), lang)}
               for s, cells, compared, target in zip(statuses, own, other, targets)]
    # a target reads as it was set (85,5 % beside a month's 87 %)
    return make_table(records, kinds, measures=measures, changes=[change], typed=[goal])


def _target_met(indicator_id: str, value: Cell, target: Targeted) -> bool | None:
    """Whether the month's value, as it reads, meets the target; None when it cannot be judged (a
    hidden or missing month, an indicator with no better direction)."""
    indicator = BY_ID[indicator_id]
    if not isinstance(value, float) or indicator.better is None:
        return None
    shown = formatting.as_shown(indicator.measure, value)
    return shown >= target.value if indicator.better == "up" else shown <= target.value


def _met_word(met: bool | None, lang: str) -> str | None:
    return None if met is None else t("kpi.met" if met else "kpi.not_met", lang)


def _compared(indicator_id: str, compared: Cell) -> Cell | Remark:
    """The comparison's cell in the table, as its tile says it: a count is not compared."""
    return Remark("kpi.not_compared") if BY_ID[indicator_id].measure == "count" else compared


def _metric(status: signals.Status, cells: dict[str, Any], compared: Cell, other_name: str | None,
            lang: str, target: Targeted | None = None, own_name: str = "") -> Metric:
    """A tile; a month that reads words (a centre outside the scheme or closed, a recording gap) reads
    them, with their reason, no change and no status."""
    indicator = BY_ID[status.indicator_id]
    value, change = cells["value"], cells["change"]
    help_text = t(f"indicator.{indicator.id}.definition", lang)
    if isinstance(value, Hidden):
        help_text += "\n\n" + value.reason(lang)
    remark = value if value in tables.MONTH_REMARKS else None
    if remark is not None:
        help_text += "\n\n" + t(f"{remark.key}_help", lang)
        change = None
    shown = _change(indicator.id, change, lang) if isinstance(change, float) else None
    moved = shown is not None and not shown.startswith("±")
    return Metric(
        label=t(f"indicator.{indicator.id}.name", lang),
        value=remark.text(lang) if remark else _shown(value, indicator.measure, lang),
        change=shown,
        direction=("up" if change > 0 else "down") if moved else "off",
        help=help_text,
        sparkline=cells["sparkline"],
        note=" · ".join(n for n in (_note(indicator.measure, compared, other_name, lang),
                                    _target_note(indicator.id, value, target, own_name, lang)) if n) or None,
        # a centre outside the scheme or closed has no series of its own to judge: its zeros are no process
        signal=None if remark else status.kind,
        signal_text=None if remark else status.text(lang),
        signal_help=None if remark else status.help(lang),
    )


def _change(indicator_id: str, change: float, lang: str) -> str:
    """A tile's change in its unit: a share's in percentage points, a rate's per 1 000, days in days and a
    count or a mean in what it counts ("+182 besök")."""
    text = formatting.indicator_change(BY_ID[indicator_id].measure, change, lang)
    if BY_ID[indicator_id].measure in ("count", "mean"):
        one = BY_ID[indicator_id].measure == "count" and abs(change) == 1  # "−1 patient", not "−1 patienter"
        unit = t(f"indicator.{indicator_id}.unit{'_one' if one else ''}", lang)
        return t("unit.counted", lang, value=text, unit=unit)
    return text


def _target_note(indicator_id: str, value: Cell, target: Targeted | None, area: str, lang: str) -> str | None:
    """The area's stored target under its tile, named for the area (beside the comparison's value it
    read as the region's), as it was set (85,5 %, not 86 %), and whether the month's value, as it
    reads, meets it (a hidden month is not judged)."""
    if target is None:
        return None
    goal = formatting.typed_value(BY_ID[indicator_id].measure, target.value, lang)
    met = _target_met(indicator_id, value, target)
    if met is None:
        return t("kpi.target", lang, target=goal, area=area)
    return t("kpi.target_met" if met else "kpi.target_not_met", lang, target=goal, area=area)


def _note(measure: str, compared: Cell, other_name: str | None, lang: str) -> str | None:
    """The comparison's value under a tile; a count's is left out (`View.comparison_for`), and says so,
    since the tiles beside it have one."""
    if other_name is None:
        return None
    if measure == "count":
        return t("kpi.count_not_compared", lang, area=other_name)
    return t("kpi.comparison", lang, area=other_name, value=_shown(compared, measure, lang))


def _shown(cell: Cell, measure: str, lang: str) -> str:
    if isinstance(cell, Hidden):
        return cell.mark(lang)
    return formatting.indicator_value(measure, cell, False, lang)
