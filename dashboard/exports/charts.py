"""A Figure's chart as a file fit to print: PNG at print resolution, SVG and PDF, drawn on the server
by vl-convert (Vega's own renderer, offline: no browser, no network), in the app's font.

The file says everything the page says around the chart, inside the image, so that a chart pasted
into a report cannot lose it: the title, where, when and against what, the definition, the source and
extract date, and the link that reopens the view. The chart's own title (drawn for a narrow column)
gives way to the figure's, keeping the lines only the chart has (a before-and-after's windows).
"""

from __future__ import annotations

import base64
import functools
import io
import textwrap
import threading
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import altair as alt
import font_source_sans_pro
import vl_convert
from fontTools import subset
from fontTools.ttLib import TTFont
from PIL import Image

from dashboard.charts.theme import FONT
from dashboard.figures.figure import Figure
from dashboard.texts import t

#: The printed chart's width in CSS pixels: a page of A4 at the report's margins holds it at 1:1
WIDTH = 760
#: PNG pixels per CSS pixel, and the printed width: a page's text column at the report's margins
PNG_SCALE, PRINT_CM = 3, 16.0
#: A footer line's length in characters at the footer's size, within WIDTH
FOOTER_CHARS = 115
_LINE_HEIGHT = 15
#: Altair's data transformer is a setting of the whole process: one conversion at a time (as `render`)
_ALTAIR = threading.Lock()


@functools.cache
def _fonts() -> None:
    """The app's font (Source Sans Pro, shipped as a package) known to the renderer, once a process."""
    vl_convert.register_font_directory(font_source_sans_pro.font_directory)


def print_spec(fig: Figure, lang: str, url: str, *, width: int = WIDTH, height: int | None = None,
               footer: bool = True) -> dict[str, Any]:
    """The chart as a Vega-Lite spec of fixed width with the figure's header and footer (module docstring).

    The monthly report draws it narrower (`width`), so that its type reads at the size of the report's
    own at a page's width, lower (`height`, the plot's), so that two charts share a page, and without
    the footer, which it sets as text of its own under the image."""
    if fig.chart is None:
        raise ValueError(f"figure {fig.key} has no chart")
    with _ALTAIR, alt.theme.enable("none"), alt.data_transformers.enable("default", max_rows=None):
        spec = fig.chart.to_dict(validate=False)
    chart = {k: v for k, v in spec.items() if k not in ("$schema", "config", "datasets", "title", "autosize")}
    _fix_width(chart, width)
    if height is not None and isinstance(chart.get("height"), int | float):
        chart["height"] = height
    own = spec.get("title", {})
    lines = own.get("subtitle", []) if isinstance(own, dict) else []
    extra = [line for line in ([lines] if isinstance(lines, str) else lines) if line not in fig.subtitle]
    return {
        "$schema": spec.get("$schema", "https://vega.github.io/schema/vega-lite/v6.json"),
        "config": _printed(spec.get("config", {})), "datasets": spec.get("datasets", {}),
        "title": {"text": textwrap.wrap(fig.title, 80) or [fig.title],
                  "subtitle": textwrap.wrap(fig.subtitle, 100) + extra},
        "autosize": {"type": "pad"}, "spacing": 16,
        "vconcat": [chart, _footer(fig, lang, url)] if footer else [chart],
    }


def _printed(config: dict[str, Any]) -> dict[str, Any]:
    """The chart's style for print: axis labels whole (a column's 180 px limit cut "helgdag eller dag
    före"), and no ARIA labels (module docstring)."""
    return {**config, "aria": False, "axis": {**config.get("axis", {}), "labelLimit": 400}}


def _fix_width(spec: Any, width: int) -> None:
    """Every width that fits a page's column (`"container"`) made the print width: a file has no column."""
    if isinstance(spec, dict):
        if spec.get("width") == "container":
            spec["width"] = width
        for value in spec.values():
            _fix_width(value, width)
    elif isinstance(spec, list):
        for value in spec:
            _fix_width(value, width)


def footer_lines(fig: Figure, lang: str, url: str) -> list[str]:
    """What the page says under the chart, and where the view is: its notes (a control chart's
    signals, a decision), the definition and hidden counts with the source and extract date, and the link."""
    lines = [part for note in fig.notes for part in textwrap.wrap(note, FOOTER_CHARS)]
    lines += textwrap.wrap(fig.caption(lang), FOOTER_CHARS)
    return [*lines, *_link_lines(t("export.made", lang, url=url))]


def _link_lines(text: str) -> list[str]:
    """A long link in lines of FOOTER_CHARS, broken before an `&`: an image is read, not clicked, and
    one line wider than the chart made the whole file wider than the page's column."""
    lines = [""]
    for part in text.replace("&", "\0&").split("\0"):
        if lines[-1] and len(lines[-1]) + len(part) > FOOTER_CHARS:
            lines.append("")
        lines[-1] += part
    return lines


def _footer(fig: Figure, lang: str, url: str) -> dict[str, Any]:
    lines = footer_lines(fig, lang, url)
    return {
        "data": {"values": [{"n": n, "line": line} for n, line in enumerate(lines)]},
        "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 11, "color": "#444444"},
        "encoding": {"text": {"field": "line", "type": "nominal"},
                     "y": {"field": "n", "type": "ordinal", "axis": None},
                     "x": {"value": 0}},
        "width": WIDTH, "height": _LINE_HEIGHT * len(lines), "view": {"stroke": None},
    }


def _locale(lang: str) -> str:
    return "sv-SE" if lang == "sv" else "en-GB"


def _drawn(convert: Any, spec: dict[str, Any], lang: str, **options: Any) -> Any:
    """A print spec converted by one of vl-convert's functions, in the app's font and the language's
    number and time formats."""
    _fonts()
    return convert(spec, format_locale=_locale(lang), time_format_locale=_locale(lang), **options)


def svg(fig: Figure, lang: str, url: str, **size: Any) -> bytes:
    """The chart as SVG, its font inside (`with_font`); `size` as `print_spec`'s (the report's smaller chart)."""
    return with_font(_drawn(vl_convert.vegalite_to_svg, print_spec(fig, lang, url, **size), lang)).encode("utf-8")


#: The font's files by the SVG's weights
_FONT_FILES = {"normal": "SourceSansPro-Regular.ttf", "bold": "SourceSansPro-Bold.ttf"}
_SVG = "{http://www.w3.org/2000/svg}"


def with_font(drawn: str) -> str:
    """An SVG with the font it is written in inside it, cut to the letters it uses (a few kB a
    weight): without it a machine lacking Source Sans draws the chart in another font, whose wider
    letters run names over dots and lines. Named as the first family the SVG asks for, so that it is
    the one used."""
    root = ElementTree.fromstring(drawn)
    letters = "".join(element.text or "" for element in root.iter() if element.tag in (f"{_SVG}text", f"{_SVG}tspan"))
    weights = {element.get("font-weight", "normal") for element in root.iter(f"{_SVG}text")}
    family = FONT.split(",")[0].strip().strip("'")
    faces = "".join(
        f"@font-face{{font-family:'{family}';font-weight:{weight};"
        f"src:url(data:font/woff;base64,{_subset(_FONT_FILES[weight], letters)}) format('woff');}}"
        for weight in sorted(weights & _FONT_FILES.keys()))
    start = drawn.index(">", drawn.index("<svg")) + 1
    return f"{drawn[:start]}<defs><style>{faces}</style></defs>{drawn[start:]}"


def _subset(file: str, letters: str) -> str:
    font = TTFont(Path(font_source_sans_pro.font_directory) / file)
    cut = subset.Subsetter()
    cut.populate(text=letters + "0123456789")
    cut.subset(font)
    font.flavor = "woff"
    out = io.BytesIO()
    font.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


def png(fig: Figure, lang: str, url: str) -> bytes:
    """Drawn at three pixels a CSS pixel, and tagged with the resolution at which the whole image is
    PRINT_CM wide: a word processor inserts it at the column's width, sharp (over 300 dpi)."""
    image = Image.open(io.BytesIO(_drawn(vl_convert.vegalite_to_png, print_spec(fig, lang, url), lang,
                                         ppi=72 * PNG_SCALE)))
    dpi = image.width / (PRINT_CM / 2.54)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def pdf(fig: Figure, lang: str, url: str) -> bytes:
    return _drawn(vl_convert.vegalite_to_pdf, print_spec(fig, lang, url), lang)
