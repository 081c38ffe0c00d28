"""Numbers and dates the Swedish way (English on request), in one place for pages and charts alike."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_interval
from babel.numbers import format_decimal

from dashboard.texts import t

_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")
#: where a zero-width space breaks an address the renderer would link (after `:` of `://` once escaped,
#: before `www`, after `@`)
_AUTOLINK = re.compile(r"(?<=\\:)(?=//)|(?i:(?=www\\\.))|(?<=@)")
NBSP = "\u00a0"
#: Babel reads its pattern at every call, about 40 µs; a page writes the same numbers and months
#: thousands of times (tables, period lists), so each formatted text is kept
_KEPT = 65_536


@lru_cache(maxsize=_KEPT)
def number(value: float, decimals: int = 0, lang: str = "sv", signed: bool = False) -> str:
    """12 345 / 12 345,7 in Swedish; 12,345 / 12,345.7 in English; a true minus sign either way."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    pattern = f"+{pattern};−{pattern}" if signed else f"{pattern};−{pattern}"  # Babel's own minus is a hyphen
    return format_decimal(half_up(value, decimals) + 0.0, format=pattern, locale=_LOCALES[lang])  # never "−0,0"


def half_up(value: float, decimals: int) -> float:
    """A value rounded as a reader rounds it, and as a chart's tooltip does (d3-format, JavaScript's
    toFixed): a half away from zero, judged on the float's exact value. Python's own round takes a
    half to the even digit, so a table read 190 days where the tooltip read 191 (3 048 / 16)."""
    return float(Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


#: a number as typed, its spaces and a trailing percent sign removed: Swedish takes a decimal comma or
#: point; English a point, and commas only between groups of three (`1,200`), so neither reads `87,5` as 875
_TYPED = {"sv": re.compile(r"-?\d+(?:[,.]\d+)?"), "en": re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")}


def typed_number(text: str, lang: str = "sv") -> float:
    """A number as a person types it (`87,5`, `87.5`, `1 200`, `−3`, `80 %`), else a ValueError. Python's
    float also reads `nan`, `1e3` and `1_0`, which nobody means in a target field."""
    cleaned = re.sub(r"\s", "", text).removesuffix("%").replace("−", "-")
    if not _TYPED[lang].fullmatch(cleaned):
        raise ValueError(text)
    return float(cleaned.replace(",", "") if lang == "en" else cleaned.replace(",", "."))


def typed(value: float, lang: str = "sv") -> str:
    """A number as a person would type it back: `87,5` in Swedish, `87.5` in English, no grouping."""
    return format_decimal(value, format="0.########", locale=_LOCALES[lang])


def percent(share: float, decimals: int = 0, lang: str = "sv") -> str:
    """0.743 → `74 %` in Swedish (a space before the sign), `74%` in English."""
    return f"{number(share * 100, decimals, lang)}{NBSP if lang == 'sv' else ''}%"


@lru_cache(maxsize=_KEPT)
def month(value: date, lang: str = "sv", short: bool = False) -> str:
    """`december 2025`, or `dec. 2025` short."""
    return format_date(value, "LLL y" if short else "LLLL y", locale=_LOCALES[lang])


@lru_cache(maxsize=_KEPT)
def months(first: date, last: date, lang: str = "sv") -> str:
    """A span of months the one way Babel writes it: `januari–juli 2025`, `november 2024 – februari 2025`
    (thin spaces around the dash across years), or the month alone when first is last."""
    if first == last:
        return month(first, lang)
    return format_interval(first, last, "yMMMM", locale=_LOCALES[lang])


@lru_cache(maxsize=_KEPT)
def day(value: date, lang: str = "sv") -> str:
    return format_date(value, "d MMMM y", locale=_LOCALES[lang])


#: The zone a steering group reads the time of a change in (the store keeps it in UTC)
LOCAL_TIME = ZoneInfo("Europe/Stockholm")


def moment(value: datetime, lang: str = "sv") -> str:
    """`4 december 2026 04:45`: a moment in Swedish time, as a history lists who changed what when."""
    return format_datetime(value, "d MMMM y HH:mm", tzinfo=LOCAL_TIME, locale=_LOCALES[lang])


def typed_value(measure: str, value: float, lang: str = "sv") -> str:
    """A value someone set (a target) as they set it: 85,5 % stays 85,5 %, where a figure reads 86 %."""
    if measure == "share":
        return percent(value, typed_decimals(measure, value), lang)
    if measure == "count":  # 40,5 as typed, not the 41 a count reads
        return number(value, typed_decimals(measure, value), lang)
    return indicator_value(measure, value, False, lang)


def typed_decimals(measure: str, value: float) -> int:
    """The decimals of a value someone set, in the unit it reads in: a share's percent whole or to a
    tenth, as typed; anything else as a figure of its measure reads."""
    if measure == "share":
        return 0 if float(round(value * 100, 6)).is_integer() else 1
    if measure == "count":
        return 0 if float(value).is_integer() else 1
    return shown_decimals(measure)


def indicator_value(measure: str, value: float | None, suppressed: bool, lang: str = "sv", small: bool = True) -> str:
    """How one indicator figure reads on screen: a hidden small count `<5`, anything else hidden `–`,
    a missing value says so."""
    if suppressed:
        return t("value.suppressed_count" if measure == "count" and small else "value.suppressed_share", lang)
    if value is None:
        return t("value.missing", lang)
    decimals = shown_decimals(measure)
    if measure == "share":
        return percent(value, decimals, lang)
    if measure == "rate_per_1000":
        return t("unit.per_1000", lang, value=number(value, decimals, lang))
    if measure in ("median_days", "mean_days"):
        return t("unit.days", lang, value=number(value, decimals, lang))
    return number(value, decimals, lang)


#: The decimals a figure is read with, in the unit it is read in (a share in percent): a tile's, a
#: table's and an export's alike, so that a spreadsheet holds no digit the screen does not show
SHOWN_DECIMALS = {"share": 0, "count": 0, "rate_per_1000": 1, "median_days": 0, "mean_days": 0, "ratio": 2}


def shown_decimals(measure: str) -> int:
    return SHOWN_DECIMALS.get(measure, 1)


#: The decimals, in the measure's own unit (a share as a fraction), of a figure read closely, one more
#: than a tile's: a control chart's values and lines (a count's value stays whole, its lines do not).
PRECISE_DECIMALS = {"share": 3, "rate_per_1000": 2, "median_days": 1, "mean_days": 1, "count": 1}


def precise_decimals(measure: str) -> int:
    return PRECISE_DECIMALS.get(measure, 2)


def hidden_count(small: bool, lang: str = "sv") -> str:
    """A numerator or denominator that is not shown: `<5` when it is itself small, else `–`."""
    return t("value.suppressed_count" if small else "value.suppressed_share", lang)


def count_cell(value: float | None, hidden: bool, small: bool, lang: str = "sv") -> str:
    """A count in a table or panel: hidden as `<5` or `–`, whole numbers plain, estimates with a decimal."""
    if hidden:
        return hidden_count(small, lang)
    return "" if value is None else number(value, 0 if float(value).is_integer() else 1, lang)


def change_decimals(measure: str) -> int:
    """The decimals a change is read with, in the unit it is read in (a share's in percentage points)."""
    return 1 if measure in ("share", "rate_per_1000", "mean") else 0


def as_shown(measure: str, value: float) -> float:
    """A value rounded as its change is written (a share to a tenth of a percentage point). A change
    taken between such values never reads ±0 between two values that read apart (7,1 and 7,2 per
    1 000: 7,149 and 7,151), nor moves where they read the same."""
    return half_up(value, change_decimals(measure) + (2 if measure == "share" else 0))


def indicator_change(measure: str, change: float, lang: str = "sv") -> str:
    """The change from one month to the next in the indicator's unit (shares in percentage points),
    with a true minus sign; a change that rounds to nothing reads ±0."""
    decimals = change_decimals(measure)
    amount = change * 100 if measure == "share" else change
    if half_up(amount, decimals) == 0:
        delta = "±" + number(0, decimals, lang)
    else:
        delta = number(amount, decimals, lang, signed=True)
    if measure == "share":
        return t("delta.points", lang, delta=delta)
    if measure == "rate_per_1000":
        return t("unit.per_1000", lang, value=delta)
    if measure in ("median_days", "mean_days"):
        return t("unit.days", lang, value=delta)
    return delta


def plain(text: str) -> str:
    """Text with Markdown's special characters escaped, so a name or a link's piece shows as written.

    Escaping is not enough for addresses: the renderer turns any `http://…`, `www.…` or `a@b.c` in
    plain text into a live link. An invisible zero-width space in each (after the scheme's colon,
    before `www.`, after `@`) keeps it text."""
    return _AUTOLINK.sub("\u200b", _MARKDOWN.sub(r"\\\1", text))


#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Text for a CSV cell that a spreadsheet shows as written: one that would start a formula gets a
    leading apostrophe, which spreadsheets take for "text" and do not show."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
