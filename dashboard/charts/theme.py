"""The look of every chart: palette, font, sizes, and Vega's own number and time locale.

Numbers inside charts are formatted by Vega in the browser (and by vl-convert on export), so the
Swedish decimal comma, the space before `%` and lower-case month names are set here as Vega locale,
not by formatting values in Python. d3's stock sv-SE locale differs from Swedish house style
(capitalised short months, `74%`), hence our own.
"""

from __future__ import annotations

import functools
import json
import re
import textwrap
from collections.abc import Sequence
from typing import Any

import altair as alt
from babel.dates import get_month_names

from dashboard import formatting
from dashboard.texts import t

#: The app's font: Streamlit's web font (`Source Sans`) in the browser, the same font as installed (`Source
#: Sans Pro`, shipped as a package) where the exports draw. Each name quoted: a name with a digit or a space
#: is no CSS identifier, and a renderer drops the whole list (the exports drew no text at all)
FONT = "'Source Sans', 'Source Sans Pro', 'Source Sans 3', 'Helvetica Neue', Arial, sans-serif"

# Okabe–Ito: distinguishable with the common colour-vision deficiencies. One meaning a colour across
# pages: the signals' colours below are theirs alone (blue improvement, orange concern, purple both);
# the selection is ink, the comparison a dashed mid-grey, other units a light grey.
SELECTION = "#222222"
COMPARISON = "#8C8C8C"
REFERENCE = "#555555"
MUTED = "#B8C2CC"
TARGET = "#009E73"  # a control chart's target line and its name: green, which no other line or signal uses
OVER_CAPACITY = "#D55E00"  # a near-care team's month above its capacity: vermilion, no signal's colour
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

# Making Data Count's signal colours: blue improvement, orange concern, purple neither, grey common cause.
SIGNAL_COLOURS = {"improvement": "#1F77B4", "concern": "#E8A33D", "neither": "#7B3294", None: "#7F7F7F"}


def _months(locale: str, width: str) -> list[str]:
    """Month names as Babel writes them in the rest of the app (`formatting.month`), so an axis reads
    `jan. 2025` as the period list does, not a second short form."""
    return list(get_month_names(width, "stand-alone", locale).values())


LOCALES = {
    "sv": {
        "number": {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0kr"],
                   "percent": "\u00a0%", "minus": "\u2212"},
        "time": {
            "dateTime": "%A %e %B %Y %X", "date": "%Y-%m-%d", "time": "%H:%M:%S", "periods": ["fm", "em"],
            "days": ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
            "shortDays": ["sön", "mån", "tis", "ons", "tor", "fre", "lör"],
            "months": _months("sv_SE", "wide"),
            "shortMonths": _months("sv_SE", "abbreviated"),
        },
    },
    "en": {
        "number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["£", ""],
                   "percent": "%", "minus": "\u2212"},
        "time": {
            "dateTime": "%a %e %b %Y %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
            "days": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
            "shortDays": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
            "months": _months("en_GB", "wide"),
            "shortMonths": _months("en_GB", "abbreviated"),
        },
    },
}

#: Vega format strings by measure, as a tile reads it (`formatting.indicator_value`): shares as whole
#: percent, counts grouped, rates and means one decimal, days whole, ratios (a unit's share of a team)
#: two decimals, as a table's `ratio` column.
NUMBER_FORMATS = {"share": ".0%", "count": ",.0f", "mean": ",.1f", "mean_days": ",.0f", "median_days": ",.0f",
                  "rate_per_1000": ",.1f", "ratio": ",.2f"}
#: A control chart's axis spans a narrow range: shares with a decimal.
CLOSE_AXIS_FORMATS = {**NUMBER_FORMATS, "share": ".1%"}
#: A value's unit around the number, from the catalogue's texts (`unit.*`), as `formatting` writes it.
_UNITS = {"rate_per_1000": "unit.per_1000", "median_days": "unit.days", "mean_days": "unit.days"}
#: What a tooltip says of a field without a value.
NO_NUMBER = "–"


def value_text(field: str, measure: str, lang: str, *, precise: bool = False, otherwise: str | None = None) -> str:
    """A Vega expression writing a field's value as the figure's table writes it: the measure's unit
    and decimals (a tile's, or with `precise` the control table's, `formatting.precise_decimals`),
    formatted in the chart's locale; `otherwise` (an expression) where there is no value, "–" if not
    given. A tooltip's own `format` has no unit and prints a missing value as "null"."""
    if precise:
        decimals = formatting.precise_decimals(measure)
        fmt = f".{decimals - 2}%" if measure == "share" else f",.{decimals}f"
    else:  # a count whole, or with its decimal when it is an estimate (the need: 518,5), as `count_cell`
        fmt = ",.1~f" if measure == "count" else NUMBER_FORMATS[measure]
    before, after = t(_UNITS[measure], lang, value="\0").split("\0") if measure in _UNITS else ("", "")
    parts = [_literal(before), f"format(datum.{field}, '{fmt}')", _literal(after)]
    written = " + ".join(part for part in parts if part != '""')
    return f"isValid(datum.{field}) ? {written} : {otherwise or _literal(NO_NUMBER)}"


def _literal(text: str) -> str:
    """Text as a string in a Vega expression."""
    return json.dumps(text, ensure_ascii=False)


MONTH_FORMAT = "%b %Y"


def value_axis(fmt: str) -> alt.Axis:
    """An axis in a d3 number format, with no ticks closer than the format can tell apart: a narrow
    range in whole percent would otherwise read "36 %, 36 %, 36 %"."""
    decimals = int(re.search(r"\.(\d+)", fmt).group(1))
    return alt.Axis(format=fmt, tickMinStep=10.0 ** -(decimals + (2 if fmt.endswith("%") else 0)),
                    labelOverlap=True, labelFlush=True)  # no two labels run into each other ("5 5006 000")


def highlighted(test: str, colour: str, otherwise: str) -> alt.ColorValue:
    """A colour where a Vega expression holds (`datum.is_selected`), another elsewhere: what
    `alt.condition` gives, built as the channel itself. Altair reads a plain dict or a shorthand
    (`y="mean:Q"`) by searching its whole schema, some milliseconds each, so channels here are
    always written as their classes (`alt.Y("mean:Q")`)."""
    return alt.ColorValue(otherwise, condition={"test": test, "value": colour})


#: A chart title's and subtitle's line length in characters: a chart in half a 768 px page is about
#: 340 px wide, where longer lines would be cut off, not wrapped, by Vega.
TITLE_CHARS, SUBTITLE_CHARS = 38, 52


def title(text: str, subtitle: list[str]) -> alt.TitleParams:
    """A chart's title and subtitle in lines that fit a narrow chart: broken where the words break
    (after the indicator's name, between the subtitle's "·" parts), and only then between words."""
    lines = _lines(text.split(" – ", 1), " – ", TITLE_CHARS) if len(text) > TITLE_CHARS else [text]
    below = [part for line in subtitle for part in _lines(line.split(" · "), " · ", SUBTITLE_CHARS)]
    return alt.TitleParams(text=lines[0] if len(lines) == 1 else lines, subtitle=below)


def _lines(parts: list[str], joint: str, width: int) -> list[str]:
    """The parts joined greedily into lines of at most width characters; a longer part wraps by words."""
    lines: list[str] = []
    for part in parts:
        if lines and len(lines[-1]) + len(joint) + len(part) <= width:
            lines[-1] += joint + part
        else:
            lines += textwrap.wrap(part, width) or [part]
    return lines


#: A chart fits its width only: its height is the plot's, and the title's lines, legend and axes come
#: on top (fitting both, Streamlit's default, took a long title's lines out of the plot).
AUTOSIZE = {"type": "fit-x", "contains": "padding"}


@functools.cache
def _config(lang: str) -> dict[str, Any]:
    """The house style and the language's locale, as Vega-Lite's top-level `config`."""
    return {
        "font": FONT, "locale": LOCALES[lang], "padding": {"left": 4, "right": 12, "top": 4, "bottom": 4},
        "view": {"stroke": None},
        "axis": {"labelFontSize": 12, "titleFontSize": 12, "gridColor": "#E6E9EC", "domainColor": "#8A949E",
                 "tickColor": "#8A949E", "labelColor": "#333333", "titleColor": "#333333",
                 "titleFontWeight": "normal"},
        "title": {"anchor": "start", "fontSize": 16, "fontWeight": "bold", "subtitleFontSize": 13,
                  "subtitleColor": "#444444", "offset": 10},
        # a legend's label may be a long centre's name ("Capio Vårdcentral Masthugget"): Vega cuts at 160 px
        "legend": {"orient": "top", "labelFontSize": 12, "title": None, "labelLimit": 320},
        "text": {"fontSize": 11},  # lines' names (a control chart's limits, a target, a capacity)
        "range": {"category": PALETTE},
    }


#: The meeting room's screen: type read from the back of the room (the page's is 1.4rem, 22 px)
BIG_TYPE = {"axis": 18, "legend": 18, "text": 17}


def for_big_screen(chart: alt.TopLevelMixin, lang: str, height: int | str) -> alt.TopLevelMixin:
    """A themed chart for the meeting room's screen: its type large (`BIG_TYPE`), its plot `height`
    high ("container": the page's box for it), and no title of its own, since the page's heading
    names it above."""
    config = _config(lang)
    big = {**config, "axis": {**config["axis"], "labelFontSize": BIG_TYPE["axis"], "titleFontSize": BIG_TYPE["axis"]},
           "legend": {**config["legend"], "labelFontSize": BIG_TYPE["legend"], "symbolSize": 150},
           "text": {"fontSize": BIG_TYPE["text"]}}
    fit = {**AUTOSIZE, "type": "fit"} if height == "container" else AUTOSIZE
    return chart.properties(config=big, height=height, title="", autosize=fit)


def themed_panels(chart: alt.FacetChart, lang: str, **top: Any) -> alt.FacetChart:
    """Small multiples in the house style: their panels have a size of their own, which a container's
    width cannot fit (`AUTOSIZE`), so they keep it."""
    return chart.properties(config=_config(lang), **top)


def themed(chart: alt.Chart | Sequence[alt.Chart], lang: str, **top: Any) -> alt.Chart | alt.LayerChart:
    """A finished chart, or the layers of one, with its top-level properties (`top`: title, size,
    projection), the house style and the language's locale, set in one step: Altair copies every
    layer of a layered chart at each change made to it, and a `.configure_*()` a setting made the
    control chart's ten copies a tenth of a second of every page run."""
    top = {"autosize": AUTOSIZE, "config": _config(lang), **top}
    if isinstance(chart, alt.Chart):
        return chart.properties(**top)
    return alt.layer(*chart, **top)
