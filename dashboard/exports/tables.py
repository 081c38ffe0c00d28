"""A Figure's table as files a spreadsheet opens with the numbers as numbers: CSV and XLSX.

Every number is written as the screen reads it, rounded to the decimals shown (`figure.cell_decimals`),
never with the digits behind them: a share carried to full precision times its shown denominator
would give back a count the screen only shows rounded or slightly perturbed. A hidden cell keeps the
screen's mark ("<5" or "–") and a remark its words, so a spreadsheet shows what the page shows.

CSV is UTF-8 with a byte-order mark; in Swedish semicolon-separated with a decimal comma, so that
Swedish Excel opens it straight into columns of numbers; in English comma-separated with a point. A
text cell that would start a formula gets an apostrophe (`formatting.spreadsheet_safe`); in XLSX
every text is written as a string, which a spreadsheet never evaluates.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Any

import xlsxwriter

from dashboard import formatting
from dashboard.figures.figure import Figure, Kind, Table, cell_decimals
from dashboard.texts import t

#: Each unit's words for a column header or a unit column: a share is written in percent
_UNITS = {"share": "export.unit.percent", "rate_per_1000": "export.unit.per_1000", "median_days": "export.unit.days",
          "mean_days": "export.unit.days"}


@dataclass(frozen=True)
class Cell:
    """One cell as written: a number in the unit read (a share in percent) with its decimals, a
    date, or text (a mark, a remark, words)."""

    value: float | date | str | None
    decimals: int = 0
    kind: Kind = "text"
    change: bool = False  # a share's change is in percentage points, not a share


def cells(table: Table, lang: str) -> list[list[Cell]]:
    """The table's rows as written: numbers rounded as shown, hidden cells marked, missing ones in words."""
    rows = []
    for row in range(table.height):
        line = []
        for column in table.columns:
            kind = table.kinds[column]
            if kind == "measure":
                kind = table.measures[row]
            value = table.frame[column][row]
            hidden, remark = table.hidden.get(column, {}).get(row), table.remarks.get(column, {}).get(row)
            change = column in table.changes
            if hidden is not None:
                line.append(Cell(hidden.mark(lang)))
            elif remark is not None:
                line.append(Cell(remark.text(lang)))
            elif kind in ("text", "month", "date"):
                line.append(Cell(value, kind=kind))
            elif value is None:
                line.append(Cell(None if change else t("value.missing", lang)))
            else:
                decimals = cell_decimals(value, kind, change=change, precise=column in table.precise,
                                         typed=column in table.typed)
                shown = value * 100 if kind == "share" else value
                line.append(Cell(formatting.half_up(shown, decimals), decimals, kind, change))
        rows.append(line)
    return rows


def headers(table: Table, lang: str) -> list[str]:
    """The column labels, a unit added where the column has one (`Andel (%)`): a share written as 87
    reads as percent. A column of several measures says its unit in the unit column instead."""
    named = []
    for column in table.columns:
        kind = table.kinds[column]
        unit = _UNITS.get(kind)
        if column in table.changes and kind == "share":
            unit = "export.unit.points"
        elif column in table.changes and kind == "measure":  # rows of several measures: a share's in points
            unit = "export.unit.points_for_shares"
        said = unit and t(unit, lang)
        named.append(f"{column} ({said})" if said and said.lower() not in column.lower() else column)
    return named + ([t("export.unit.column", lang)] if _mixed(table) else [])


def _mixed(table: Table) -> bool:
    return "measure" in table.kinds.values()


def _units(table: Table, row: int, lang: str) -> list[str]:
    """The unit column's cell for a table of several measures (a section's tiles)."""
    if not _mixed(table):
        return []
    measure = table.measures[row]
    return [t(_UNITS.get(measure) or ("export.unit.number" if measure == "count" else "export.unit.mean"), lang)]


def csv_bytes(fig: Figure, lang: str) -> bytes:
    """The table as CSV for a spreadsheet in the user's language (module docstring)."""
    delimiter = ";" if lang == "sv" else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([formatting.spreadsheet_safe(h) for h in headers(fig.table, lang)])
    for row, line in enumerate(cells(fig.table, lang)):
        writer.writerow([_csv_cell(cell, lang) for cell in line] + _units(fig.table, row, lang))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_cell(cell: Cell, lang: str) -> str:
    if cell.value is None:
        return ""
    if isinstance(cell.value, date):
        return cell.value.strftime("%Y-%m" if cell.kind == "month" else "%Y-%m-%d")
    if isinstance(cell.value, str):
        return formatting.spreadsheet_safe(cell.value)
    text = f"{cell.value:.{cell.decimals}f}"  # no grouping: a spreadsheet reads 1142, not 1 142
    return text.replace(".", ",") if lang == "sv" else text


def xlsx_bytes(fig: Figure, lang: str, url: str) -> bytes:
    """The table as an Excel workbook: a header block saying what, where and when above the table,
    numbers with number formats (a share as a fraction formatted as percent), and a second sheet with
    the definition, source, extract date and the link that reopens the view (`url`)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                     "strings_to_numbers": False})
    formats = _Formats(book)
    sheet = book.add_worksheet(t("export.sheet.table", lang))
    sheet.write_string(0, 0, fig.title, formats.title)
    sheet.write_string(1, 0, fig.subtitle)
    sheet.write_string(2, 0, t("learning.source", lang) if fig.of_entries else
                       t("export.source_line", lang, source=fig.source, date=formatting.day(fig.extract_date, lang)))
    top = 4
    names = headers(fig.table, lang)
    shown = fig.table.display(lang)
    for n, name in enumerate(names):
        sheet.write_string(top, n, name, formats.header)
        # as wide as its header or its widest cell as the screen writes it, within reason
        widest = max((len(str(v)) for v in shown.get_column(shown.columns[n])), default=0) if n < shown.width else 0
        sheet.set_column(n, n, min(max(len(name), widest, 10) + 2, 48))
    for row, line in enumerate(cells(fig.table, lang), top + 1):
        for n, cell in enumerate(line):
            _xlsx_cell(sheet, row, n, cell, formats)
        for n, unit in enumerate(_units(fig.table, row - top - 1, lang), len(line)):
            sheet.write_string(row, n, unit)
    sheet.freeze_panes(top + 1, 0)
    about = book.add_worksheet(t("export.sheet.about", lang))
    about.set_column(0, 0, 22)
    about.set_column(1, 1, 100)
    for row, (label, text) in enumerate(_about(fig, lang, url)):
        about.write_string(row, 0, label, formats.header)
        about.write_string(row, 1, text, formats.wrapped)
    book.close()
    return out.getvalue()


def _about(fig: Figure, lang: str, url: str) -> list[tuple[str, str]]:
    return [(t("export.about.title", lang), fig.title), (t("export.about.where", lang), fig.subtitle),
            (t("export.about.definition", lang), fig.caption(lang)),
            (t("export.about.source", lang), t("learning.source", lang) if fig.of_entries else fig.source),
            (t("export.about.extract", lang), formatting.day(fig.extract_date, lang)),
            (t("export.about.link", lang), url)]


class _Formats:
    """The workbook's cell formats, made once a workbook (XlsxWriter keeps each format it is given)."""

    def __init__(self, book: Any):
        self.book, self._numbers = book, {}
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        self.wrapped = book.add_format({"text_wrap": True, "valign": "top"})
        self.month = book.add_format({"num_format": "yyyy-mm", "align": "left"})
        self.day = book.add_format({"num_format": "yyyy-mm-dd", "align": "left"})

    def number(self, kind: str, decimals: int) -> Any:
        """`0 %`, `0.0 %` for a share (written as a fraction), `#,##0.0` otherwise."""
        pattern = ("0" + ("." + "0" * decimals if decimals else "") + "%") if kind == "share" else \
            ("#,##0" + ("." + "0" * decimals if decimals else ""))
        if pattern not in self._numbers:
            self._numbers[pattern] = self.book.add_format({"num_format": pattern})
        return self._numbers[pattern]


def _xlsx_cell(sheet: Any, row: int, column: int, cell: Cell, formats: _Formats) -> None:
    if cell.value is None:
        sheet.write_blank(row, column, None)
    elif isinstance(cell.value, date):
        sheet.write_datetime(row, column, cell.value, formats.month if cell.kind == "month" else formats.day)
    elif isinstance(cell.value, str):
        sheet.write_string(row, column, cell.value)
    elif cell.kind == "share" and not cell.change:  # a fraction, read as percent by its format; no digit more
        sheet.write_number(row, column, formatting.half_up(cell.value / 100, cell.decimals + 2),
                           formats.number("share", cell.decimals))
    else:
        sheet.write_number(row, column, cell.value, formats.number("number" if cell.change else cell.kind,
                                                                   cell.decimals))
