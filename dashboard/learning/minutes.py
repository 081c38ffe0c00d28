"""A meeting's minutes as files: Markdown, and a PDF typeset by Typst (offline, its fonts built in),
from the record `figures.learning.minutes` makes. User text is only ever text: escaped for Markdown,
and handed to Typst as data (`sys.inputs`), never as markup, so nothing typed can format the page or
run as code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import typst

from dashboard.files import write_whole

TEMPLATE = Path(__file__).resolve().parent / "minutes.typ"
#: What starts Markdown or HTML anywhere in a line: escaped, and nothing else, so that "65+: 40 %
#: (mål)" reads as written in the file too
_MARKUP = re.compile(r"([\\`*_\[\]<>#|!~$&])")
#: An address a renderer would make a live link: a zero-width space after its scheme or before www
_ADDRESS = re.compile(r"(?<=[a-zA-Z]:)(?=//)|(?=www\.)|(?<=@)")


def text(value: str) -> str:
    """A text as Markdown shows it as typed: markup characters escaped, addresses not made links, a
    line that would start a heading, list or quote set off."""
    escaped = _ADDRESS.sub("\u200b", _MARKUP.sub(r"\\\1", value))
    escaped = re.sub(r"(?m)^[ \t]+", "", escaped)  # an indented line would be a code block
    escaped = re.sub(r"(?m)^([-+=])", r"\\\1", escaped)
    return re.sub(r"(?m)^(\d+)([.)])", r"\1\\\2", escaped)


def markdown(record: dict[str, Any]) -> str:
    """The minutes as Markdown: headings ours, every text escaped."""
    lines = [f"# {text(record['title'])}", "", text(record["subtitle"]), ""]
    for section in record["sections"]:
        lines += [f"## {text(section['heading'])}", ""]
        lines += [f"- {text(item)}".replace("\n", "\n  ") for item in section["items"]]
        lines.append("")
    if record["notes"]:
        lines += [text(record["notes"]), ""]
    lines.append(f"*{text(record['footer'])}*")
    return "\n".join(lines) + "\n"


def pdf(record: dict[str, Any]) -> bytes:
    """The minutes as an A4 PDF with page numbers and the extract's date on every page."""
    return typst.compile(str(TEMPLATE), sys_inputs={"record": json.dumps(record, ensure_ascii=False)})


def write(record: dict[str, Any], out: Path) -> None:
    """The minutes into `out`, as its suffix says (.md or .pdf), written whole or not at all."""
    write_whole(out, pdf(record) if out.suffix.lower() == ".pdf" else markdown(record).encode())
