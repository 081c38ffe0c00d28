"""Every text a user sees, in Swedish (first) and English: one catalogue, kept in one module a page.

`common` holds what every page shares; each page's own texts sit in a module named for it, so adding
a page adds a file here and touches no other. The modules are found by name, and a key defined twice
is an error at import, not a silent overwrite. Indicator definitions follow data-contract.md word
for word in substance.
"""

from __future__ import annotations

import importlib
import pkgutil

LANGUAGES = ("sv", "en")


def _catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        texts = importlib.import_module(f"{__name__}.{module}").TEXTS
        twice = sorted(set(merged) & set(texts))
        if twice:
            raise ValueError(f"Text keys defined twice (again in dashboard.texts.{module}): {', '.join(twice)}")
        merged.update(texts)
    return merged


TEXTS = _catalogue()


def t(key: str, lang: str = "sv", **values: object) -> str:
    """The text for key in lang, with {placeholders} filled in."""
    text = TEXTS[key][lang]
    return text.format(**values) if values else text


def t_for(key: str, measure: str, lang: str = "sv", indicator_id: str | None = None) -> str:
    """The text for key as the indicator names it where it has its own (`chart.numerator.readmission_share`:
    "Återinskrivningar"), else as its measure does (`chart.numerator.rate_per_1000`: "Besök"), else
    key's ("Täljare"): a table an evaluator exports says what was counted."""
    for own in (f"{key}.{indicator_id}", f"{key}.{measure}"):
        if own in TEXTS:
            return t(own, lang)
    return t(key, lang)
