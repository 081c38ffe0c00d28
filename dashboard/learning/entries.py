"""What the learning store accepts: each kind of entry's fields, checked before anything is written,
each problem named with its field so the page can say which one and why.

Texts are stripped, put in Unicode's composed form and held to a length; control characters other
than line breaks and tabs are refused (they hide text from a reader); and a text that looks like a
Swedish personal identity number (ÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN, with a real month and a day, or a
coordination number's day + 60) is refused: the store is read by a whole steering group and kept
for ever, and a patient is never named in it. No check digit is required: a number mistyped by one
digit still points at a person. The date and the number may be apart by a dash, `+`, `.`, `/`, `:`,
`_` or spaces, and the date's pairs by spaces (`12 12 12 - 1212`). A phone number written with spaces
or dashes inside (070-123 45 67) is not taken for one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dashboard.learning.schema import LONG, NAME, SHORT
from dashboard.metrics.indicators import BY_ID

#: What a follow-up found; the kinds of the annual wheel's items
OUTCOMES = ("done", "not_done", "changed")
WHEEL_KINDS = ("planning", "measurement", "status_report", "feedback")
#: Dates a steering group's entries can carry
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)

#: A personal identity number in a text read as `_digits` reads it: a date, perhaps a separator, four digits
_PERSONAL_NUMBER = re.compile(r"(?<!\d)(?:19 ?|20 ?)?(\d{2}) ?(\d{2}) ?(\d{2}) ?[-+./:_]? ?(\d{4})(?!\d)")
#: Characters that draw nothing or hide text: controls (not line breaks and tabs), formats (zero-width
#: spaces and joiners, soft hyphens, bidirectional marks, tags), line and paragraph separators,
#: private use, and the Hangul fillers that look blank
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"}
_BLANKS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}
_SEPARATORS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
                            | dict.fromkeys("\u00a0\u2007\u202f\u3000", " "))
#: Largest reference a database integer holds
_LARGEST_ID = 2**63 - 1


@dataclass(frozen=True)
class Field:
    """A field's type ("text", "date", "month", "code", "number", "whole", "choice", "ref"), whether
    it must be given, and its longest text or its choices."""

    type: str
    required: bool = True
    longest: int = SHORT
    choices: tuple[Any, ...] = ()


_CODE = Field("code", longest=40)
_INDICATOR = Field("indicator", longest=40)
FIELDS: dict[str, dict[str, Field]] = {
    "meeting": {"area_code": _CODE, "month": Field("month"), "title": Field("text"),
                "held_on": Field("date", required=False), "notes": Field("text", required=False, longest=LONG)},
    "observation": {"meeting_id": Field("ref", required=False), "indicator_id": _INDICATOR, "area_code": _CODE,
                    "month": Field("month"), "text": Field("text", longest=LONG),
                    "analysis": Field("text", required=False, longest=LONG),
                    "snapshot": Field("text", required=False, longest=200_000)},
    "decision": {"meeting_id": Field("ref", required=False), "observation_id": Field("ref", required=False),
                 "indicator_id": _INDICATOR, "area_code": _CODE, "decided_on": Field("date"),
                 "what": Field("text", longest=LONG), "owner": Field("text", longest=NAME), "due": Field("date"),
                 "expected": Field("text", longest=LONG)},
    "follow_up": {"decision_id": Field("ref"), "meeting_id": Field("ref", required=False),
                  "followed_on": Field("date"), "outcome": Field("choice", choices=OUTCOMES),
                  "text": Field("text", longest=LONG)},
    "target": {"indicator_id": _INDICATOR, "area_code": _CODE, "value": Field("number")},
    "wheel_item": {"area_code": _CODE, "month": Field("whole", choices=tuple(range(1, 13))),
                   "kind": Field("choice", choices=WHEEL_KINDS), "title": Field("text")},
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field: a rule (`required`, `too_long`, `personal_number`, …) and the
    values its message needs."""

    field: str
    rule: str
    values: dict[str, Any] = field(default_factory=dict)


class InvalidEntry(ValueError):
    """An entry the store will not take, with every problem found; nothing was written."""

    def __init__(self, kind: str, problems: list[Problem]):
        self.kind, self.problems = kind, problems
        super().__init__(f"{kind}: " + "; ".join(f"{p.field}: {p.rule} {p.values or ''}".strip() for p in problems))


def check(kind: str, fields: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """The fields as the store keeps them, or InvalidEntry naming each problem. With `partial` (a
    change), only the fields given are checked, and a required one may not be emptied."""
    spec = FIELDS[kind]
    problems = [Problem(name, "unknown_field") for name in fields if name not in spec]
    clean: dict[str, Any] = {}
    for name, rule in spec.items():
        if partial and name not in fields:
            continue
        value, problem = _field(name, rule, fields.get(name))
        if problem:
            problems.append(problem)
        else:
            clean[name] = value
    if not partial:
        problems += together(kind, clean)
    if problems:
        raise InvalidEntry(kind, problems)
    return clean


def together(kind: str, entry: Mapping[str, Any]) -> list[Problem]:
    """Problems between fields: a decision due before it was made."""
    if kind == "decision" and entry.get("due") and entry.get("decided_on") and entry["due"] < entry["decided_on"]:
        return [Problem("due", "due_before_decision")]
    return []


def check_actor(name: Any) -> str:
    """Who makes a change, as the history keeps it: a name given, at most NAME characters."""
    value, problem = _field("actor", Field("text", longest=NAME), name)
    if problem:
        raise InvalidEntry("actor", [problem])
    return value


def looks_like_personal_number(text: str) -> bool:
    """Whether a text holds a personal identity number, however it is written: with any dash or a
    no-break space, full-width or other script's digits, or invisible characters between its digits."""
    for match in _PERSONAL_NUMBER.finditer(_digits(text)):
        month, day = int(match.group(2)), int(match.group(3))
        if 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91):
            return True
    return False


def _digits(text: str) -> str:
    """The text as the number check reads it: compatibility forms folded (full-width digits and dashes),
    every script's digits as 0–9, dashes and spaces of every kind as `-` and ` `, and what draws
    nothing (zero-width characters, soft hyphens, combining marks) left out."""
    folded = unicodedata.normalize("NFKC", text).translate(_SEPARATORS)
    return "".join(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in folded
                   if unicodedata.category(c) not in ("Cf", "Mn", "Me") and c not in _BLANKS)


def _hidden(text: str) -> bool:
    """Whether a text holds a character that draws nothing or hides others (not a line break or tab)."""
    return any(c not in "\n\t" and (unicodedata.category(c) in _HIDDEN_CATEGORIES or c in _BLANKS) for c in text)


def _field(name: str, rule: Field, value: Any) -> tuple[Any, Problem | None]:
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).strip()
    if value is None or value == "":
        return None, Problem(name, "required") if rule.required else None
    reader = _READERS[rule.type]
    try:
        return reader(name, rule, value), None
    except _Refused as refused:
        return None, Problem(name, refused.rule, refused.values)


class _Refused(Exception):
    def __init__(self, rule: str, **values: Any):
        self.rule, self.values = rule, values


def _text(_name: str, rule: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise _Refused("not_text")
    if len(value) > rule.longest:
        raise _Refused("too_long", longest=rule.longest, length=len(value))
    if _hidden(value):
        raise _Refused("control_characters")
    if looks_like_personal_number(value):
        raise _Refused("personal_number")
    return value


def _code(name: str, rule: Field, value: Any) -> str:
    text = _text(name, rule, value)
    if not re.fullmatch(r"[A-Za-z0-9_+.\-]+", text):
        raise _Refused("not_a_code")
    return text


def _indicator(name: str, rule: Field, value: Any) -> str:
    code = _code(name, rule, value)
    if code not in BY_ID:
        raise _Refused("unknown_indicator")
    return code


def _date(_name: str, _rule: Field, value: Any) -> date:
    if isinstance(value, datetime):  # a moment given for a day: its day
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise _Refused("not_a_date") from None
    if not isinstance(value, date):
        raise _Refused("not_a_date")
    if not EARLIEST <= value <= LATEST:
        raise _Refused("date_out_of_range", earliest=EARLIEST, latest=LATEST)
    return value


def _month(name: str, rule: Field, value: Any) -> date:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
        value += "-01"
    return _date(name, rule, value).replace(day=1)


def _number(_name: str, _rule: Field, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Refused("not_a_number")
    return float(value)


def _whole(_name: str, rule: Field, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused("not_a_number")
    if rule.choices and value not in rule.choices:
        raise _Refused("not_a_choice", choices=rule.choices)
    return value


def _choice(_name: str, rule: Field, value: Any) -> Any:
    if value not in rule.choices:
        raise _Refused("not_a_choice", choices=rule.choices)
    return value


def _ref(_name: str, _rule: Field, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _LARGEST_ID:
        raise _Refused("not_a_reference")
    return value


_READERS = {"text": _text, "code": _code, "indicator": _indicator, "date": _date, "month": _month,
            "number": _number, "whole": _whole, "choice": _choice, "ref": _ref}
