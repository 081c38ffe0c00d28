"""A Figure: one chart or table with everything a reader needs to trust it, built once for every output.

A page shows it, an export writes it and the monthly report prints it, so the chart, the numbers
behind it, its title, definition, source, extract date and the link that reopens the view travel
together. Builders are pure (no Streamlit): tests read exactly what a user would be shown.

A table holds numbers as numbers, so an export can write them as such; a cell hidden by the
small-number rule holds null and a mark ("<5" when the hidden count is itself small, else "–"), so
every output shows the hidden cell the same way. How a column reads on screen is its kind; in a table
of several indicators (a section's tiles) a column of kind "measure" reads each row in its own measure,
a change column reads as a signed change (shares in percentage points), and a precise column has a
decimal more than elsewhere (control limits span narrow ranges: 89,3 % and 89,7 % are not both 89 %).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import altair as alt
import polars as pl

from dashboard import formatting
from dashboard.settings import suppression_threshold
from dashboard.texts import t

#: How a column's numbers read: the indicator measures, plain numbers, months and days, or text.
Kind = Literal["text", "month", "date", "count", "number", "share", "rate_per_1000", "mean", "mean_days",
               "median_days", "ratio", "measure"]

_NUMERIC = {"count": pl.Float64, "number": pl.Float64, "share": pl.Float64, "rate_per_1000": pl.Float64,
            "mean": pl.Float64, "mean_days": pl.Float64, "median_days": pl.Float64, "ratio": pl.Float64,
            "text": pl.String, "month": pl.Date, "date": pl.Date, "measure": pl.Float64}


@dataclass(frozen=True)
class Hidden:
    """A cell the small-number rule hides; `small` when the hidden count is itself from 1 to 4,
    `part_small` when a count behind a share or rate is (else it is hidden for another figure's sake)."""

    small: bool = False
    part_small: bool = False

    def mark(self, lang: str) -> str:
        return formatting.hidden_count(self.small, lang)

    def reason(self, lang: str) -> str:
        """Why it is hidden, in words: help texts give the true reason, not always "fewer than 5"."""
        key = "small" if self.small else "part_small" if self.part_small else "held"
        return t(f"value.hidden.{key}", lang, threshold=suppression_threshold())


@dataclass(frozen=True)
class Remark:
    """A cell that holds words instead of a number, for a reason a number would hide: a count the
    figure does not compare reads "jämförs inte", a centre outside the scheme "deltar inte" (the
    catalogue's `key`), not "uppgift saknas"."""

    key: str

    def text(self, lang: str) -> str:
        return t(self.key, lang)


#: A table's cell as the builders hold it: a number, hidden, words instead of a number, or none
Cell = float | Hidden | Remark | None


@dataclass(frozen=True)
class Table:
    """The numbers behind a figure. `frame` has one column per label in the user's language (null
    where hidden or missing); `hidden` maps a column to the rows hidden in it; `measures` holds each
    row's measure for the columns of kind "measure"; `changes` names the columns that hold changes,
    `precise` those read with a decimal more and `typed` those of values someone set (targets), read
    as they were set (`formatting.typed_value`)."""

    frame: pl.DataFrame
    kinds: Mapping[str, Kind]
    hidden: Mapping[str, Mapping[int, Hidden]] = field(default_factory=dict)
    measures: tuple[Kind, ...] = ()
    changes: frozenset[str] = frozenset()
    precise: frozenset[str] = frozenset()
    remarks: Mapping[str, Mapping[int, Remark]] = field(default_factory=dict)
    typed: frozenset[str] = frozenset()

    @property
    def columns(self) -> list[str]:
        return self.frame.columns

    @property
    def height(self) -> int:
        return self.frame.height

    def is_hidden(self, column: str, row: int) -> bool:
        return row in self.hidden.get(column, {})

    def cell(self, column: str, row: int, lang: str) -> str:
        """A cell as it reads on screen and in print."""
        mark = self.hidden.get(column, {}).get(row)
        if mark is not None:
            return mark.mark(lang)
        remark = self.remarks.get(column, {}).get(row)
        if remark is not None:
            return remark.text(lang)
        kind = self.kinds[column]
        if kind == "measure":
            kind = self.measures[row]
        return format_value(self.frame[column][row], kind, lang, change=column in self.changes,
                            precise=column in self.precise, typed=column in self.typed)

    def display(self, lang: str) -> pl.DataFrame:
        """Every cell as text, formatted the Swedish (or English) way, hidden cells marked."""
        return pl.DataFrame({c: [self.cell(c, r, lang) for r in range(self.height)] for c in self.columns},
                            schema=dict.fromkeys(self.columns, pl.String))

    def column_values(self, column: str) -> list[Any]:
        """The shown numbers of a column (hidden cells as None): what a test or an export reads."""
        return [None if self.is_hidden(column, r) else v for r, v in enumerate(self.frame[column].to_list())]


def make_table(records: Sequence[Mapping[str, Any]], kinds: Mapping[str, Kind], *,
               measures: Sequence[Kind] = (), changes: Sequence[str] = (), precise: Sequence[str] = (),
               typed: Sequence[str] = ()) -> Table:
    """A Table from rows of {label: value}, where a value may be `Hidden(...)` or a `Remark`; columns in
    `kinds` order.

    `measures` gives each row's measure where a column's kind is "measure"; `changes` the change columns;
    `precise` the columns read with a decimal more; `typed` the columns of values someone set."""
    if "measure" in kinds.values() and len(measures) != len(records):
        raise ValueError(f"{len(records)} rows but {len(measures)} measures")
    columns = list(kinds)
    hidden: dict[str, dict[int, Hidden]] = {}
    remarks: dict[str, dict[int, Remark]] = {}
    data: dict[str, list[Any]] = {c: [] for c in columns}
    for n, record in enumerate(records):
        for column in columns:
            value = record.get(column)
            if isinstance(value, Hidden):
                hidden.setdefault(column, {})[n] = value
                value = None
            elif isinstance(value, Remark):
                remarks.setdefault(column, {})[n] = value
                value = None
            data[column].append(value)
    frame = pl.DataFrame(data, schema={c: _NUMERIC[kinds[c]] for c in columns})
    return Table(frame, dict(kinds), hidden, tuple(measures), frozenset(changes), frozenset(precise), remarks,
                 frozenset(typed))


def format_value(value: Any, kind: Kind, lang: str, *, change: bool, precise: bool, typed: bool = False) -> str:
    """A cell as it reads. A measure without a value (a month its source does not reach, a share of
    nothing) says so: an empty cell could be taken for a zero or an oversight."""
    if value is None:
        return "" if change or kind in ("text", "month", "date") else t("value.missing", lang)
    if change:
        return formatting.indicator_change(kind, value, lang)
    if typed:
        return formatting.typed_value(kind, value, lang)
    if precise:
        return _precise(value, kind, lang)
    if kind == "text":
        return str(value)
    if kind == "month":
        return formatting.month(value, lang)
    if kind == "date":  # a table's date in the short standard form (SS-ISO 8601): a narrow column keeps it whole
        return value.isoformat()
    if kind in ("count", "ratio"):
        return formatting.number(value, cell_decimals(value, kind, change=False, precise=False), lang)
    return formatting.indicator_value(kind, value, False, lang)  # a plain number too: one decimal


def cell_decimals(value: float, kind: Kind, *, change: bool, precise: bool, typed: bool = False) -> int:
    """The decimals a number cell is read with, in the unit it is read in (a share in percent): what
    the screen shows, and all an export writes. A count is whole unless it is an estimate."""
    if change:
        return formatting.change_decimals(kind)
    if typed:
        return formatting.typed_decimals(kind, value)
    if precise:
        return formatting.precise_decimals(kind) - (2 if kind == "share" else 0)
    if kind == "count":
        return 0 if float(value).is_integer() else 1
    return formatting.shown_decimals(kind)


def _precise(value: float, kind: Kind, lang: str) -> str:
    """A measure with one decimal more than `formatting.indicator_value` gives it."""
    decimals = cell_decimals(value, kind, change=False, precise=True)
    if kind == "share":
        return formatting.percent(value, decimals, lang)
    if kind == "rate_per_1000":
        return t("unit.per_1000", lang, value=formatting.number(value, decimals, lang))
    if kind in ("median_days", "mean_days"):
        return t("unit.days", lang, value=formatting.number(value, decimals, lang))
    return formatting.number(value, decimals, lang)


@dataclass(frozen=True)
class Metric:
    """One headline number (a tile or a panel's figure) as it reads: value, change, and help on hover.

    The change is neutral, whatever its direction: `direction` only draws its arrow ("off" for no
    move, or where the "change" is a remark). A tile's judgement is its `signal` alone, the control
    chart's status ("improvement", "concern", "neither", "common_cause" or "too_few"), read as
    `signal_text` with `signal_help` on hover. `sparkline` holds the months' values, NaN where a month
    is hidden."""

    label: str
    value: str
    change: str | None = None
    direction: Literal["up", "down", "off"] = "off"
    help: str | None = None
    sparkline: tuple[float, ...] = ()
    note: str | None = None  # a line under the number, e.g. the comparison's value
    signal: str | None = None
    signal_text: str | None = None
    signal_help: str | None = None


@dataclass(frozen=True)
class Figure:
    """One chart, a set of headline numbers, or a table alone, as every output presents it.

    `notes` are plain sentences read with the figure (a control chart's signals): text, never
    Markdown; `note_links`, when given, one link a note (what changed: each to its chart). `warnings`
    are sentences a reader must not miss (a saving estimated from a fall that is not a signal). `link` is
    the query string that reopens the view; `file_stem` names its files."""

    key: str
    title: str
    subtitle: str
    table: Table
    definition: str
    source: str
    extract_date: date
    link: str
    file_stem: str
    chart: alt.TopLevelMixin | None = None
    notes: tuple[str, ...] = ()
    note_links: tuple[str, ...] = ()
    metrics: tuple[Metric, ...] = ()  # headline numbers shown instead of, or beside, a chart
    warnings: tuple[str, ...] = ()
    of_entries: bool = False  # the learning store's entries, not the extract's figures

    def caption(self, lang: str) -> str:
        if self.of_entries:  # a steering group's own entries: no extract, no hidden counts to explain
            return t("chart.caption_entries", lang, definition=self.definition, source=t("learning.source", lang))
        return t("chart.caption", lang, definition=self.definition, source=self.source,
                 date=formatting.day(self.extract_date, lang))
