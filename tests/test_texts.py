"""Every text in both languages; every indicator named and defined; every setting documented."""

from __future__ import annotations

import re

from dashboard.metrics.indicators import INDICATORS
from dashboard.settings import ROOT
from dashboard.texts import LANGUAGES, TEXTS


def test_every_text_has_every_language():
    assert [k for k, v in TEXTS.items() if set(v) != set(LANGUAGES) or not all(v.values())] == []


def test_placeholders_agree_between_languages():
    for key, texts in TEXTS.items():
        assert len({frozenset(re.findall(r"{(\w+)}", s)) for s in texts.values()}) == 1, key


def test_percent_signs_follow_each_language():
    # Swedish writes "95 %" (a space that never breaks the line), English "95%"; a hyphen for a minus in
    # neither ("-0,1")
    assert [k for k, v in TEXTS.items() if re.search(r"\d\s%", v["en"])] == []
    assert [k for k, v in TEXTS.items() if re.search(r"\d(%| %)", v["sv"])] == []
    assert [k for k, v in TEXTS.items() for s in v.values() if re.search(r"(^|\s)-\d", s)] == []


def test_every_indicator_has_a_name_and_definition():
    for indicator in INDICATORS:
        assert f"indicator.{indicator.id}.name" in TEXTS
        assert f"indicator.{indicator.id}.definition" in TEXTS


def test_every_setting_is_documented():
    code = "".join(p.read_text() for p in (ROOT / "dashboard").rglob("*.py"))
    settings = set(re.findall(r"\bNVK_[A-Z_]+\b", code))
    documented = (ROOT / "docs" / "settings.md").read_text()
    assert settings and [s for s in sorted(settings) if s not in documented] == []


def test_a_bad_setting_is_named(monkeypatch):
    import pytest

    from dashboard.settings import SettingError, need_shares, suppression_threshold

    monkeypatch.setenv("NVK_SUPPRESS_MIN", "fem")
    with pytest.raises(SettingError, match="NVK_SUPPRESS_MIN = 'fem' cannot be used: it must be a whole number"):
        suppression_threshold()
    monkeypatch.setenv("NVK_NEED_MOST_ILL", "0.3")
    with pytest.raises(SettingError, match="cumulative"):
        need_shares()
