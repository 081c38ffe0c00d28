"""A meeting's minutes as files: Markdown, and a PDF typeset by Typst (offline, its fonts built in),
from the record `figures.learning.minutes` makes. User text is only ever text: escaped for Markdown,
and handed to Typst as data (`sys.inputs`), never as markup, so nothing typed can format the page or
run as code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typst

from dashboard.formatting import plain

TEMPLATE = Path(__file__).resolve().parent / "minutes.typ"


def markdown(record: dict[str, Any]) -> str:
    """The minutes as Markdown: headings ours, every line of text escaped."""
    lines = [f"# {plain(record['title'])}", "", plain(record["subtitle"]), ""]
    for section in record["sections"]:
        lines += [f"## {plain(section['heading'])}", ""]
        lines += [f"- {plain(item)}".replace("\n", "\n  ") for item in section["items"]]
        lines.append("")
    if record["notes"]:
        lines += [plain(record["notes"]), ""]
    lines.append(f"*{plain(record['footer'])}*")
    return "\n".join(lines) + "\n"


def pdf(record: dict[str, Any]) -> bytes:
    """The minutes as an A4 PDF with page numbers and the extract's date on every page."""
    return typst.compile(str(TEMPLATE), sys_inputs={"record": json.dumps(record, ensure_ascii=False)})


def write(record: dict[str, Any], out: Path) -> None:
    """The minutes into `out`, as its suffix says (.md or .pdf), written whole or not at all."""
    data = pdf(record) if out.suffix.lower() == ".pdf" else markdown(record).encode()
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(data)
    partial.replace(out)
