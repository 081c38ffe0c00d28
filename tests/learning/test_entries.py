"""What the learning store refuses, each problem named with its field: required fields, lengths,
dates, choices, control characters and anything that looks like a Swedish personal identity number;
and what it takes as typed (hostile-looking text is only text)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.learning.entries import InvalidEntry, check, check_actor, looks_like_personal_number
from dashboard.learning.store import Store

DECISION = {"indicator_id": "ed_rate_80", "area_code": "1490", "decided_on": "2025-11-20", "what": "Fler teambesök",
            "owner": "Bo Ek", "due": "2026-03-01", "expected": "Färre akutbesök bland de äldsta"}


def problems(kind, fields, **options):
    with pytest.raises(InvalidEntry) as refused:
        check(kind, fields, **options)
    return [(p.field, p.rule) for p in refused.value.problems]


@pytest.mark.parametrize("text", ["19121212-1212", "121212-1212", "191212121212", "1212121212", "121212+1212",
                                  "19121212 1212", "121212 1212", "121212 - 1212", "12 12 12-1212",
                                  "Hon (201912319876) ringde", "samordningsnummer 701272-1234", "x121212-1212."])
def test_a_text_that_looks_like_a_personal_identity_number_is_refused(text):
    assert looks_like_personal_number(text)
    assert problems("decision", {**DECISION, "what": text}) == [("what", "personal_number")]


@pytest.mark.parametrize("text", ["850101\u20101234", "850101\u20131234", "850101\u22121234", "850101\uff0d1234",
                                  "\uff18\uff15\uff10\uff11\uff10\uff11\uff0d\uff11\uff12\uff13\uff14",
                                  "\u0668\u0665\u0660\u0661\u0660\u0661-\u0661\u0662\u0663\u0664",
                                  "8501\u200b01-1234", "850101\u00ad-1234", "85\u206001011234", "8501011234\ufeff",
                                  "x-8501011234", "850101-1234-", "850101.1234", "850101/1234", "850101:1234",
                                  "850101_1234", "850101\u00a01234", "8501\u030101-1234"])
def test_a_personal_identity_number_however_written_is_refused(text):
    # other dashes, full-width and Arabic-Indic digits, invisible characters between the digits, other
    # separators, a combining mark: the hostile-input hunt's list
    assert looks_like_personal_number(text), text


def test_characters_that_draw_nothing_are_refused():
    for hidden in ("\u200b", "\u200c", "\u2060", "\ufeff", "\u061c", "\u2028", "\u2029", "\U000e0041", "\u3164"):
        assert problems("observation", {"indicator_id": "ed_rate_80", "area_code": "14", "month": "2025-11",
                                        "text": f"synlig{hidden}text"}) == [("text", "control_characters")], hidden
    with pytest.raises(InvalidEntry):
        check_actor("\u200b")  # a blank "who" in the history


def test_odd_values_from_code_are_refused_or_read_as_meant():
    from datetime import datetime

    assert check("decision", {**DECISION, "due": datetime(2026, 3, 1, 12, 0)})["due"] == date(2026, 3, 1)
    assert problems("follow_up", {"decision_id": 2**70, "followed_on": "2026-03-02", "outcome": "done",
                                  "text": "x"}) == [("decision_id", "not_a_reference")]
    assert problems("decision", {**DECISION, "indicator_id": "borttaget_matt"}) == [("indicator_id",
                                                                                      "unknown_indicator")]


@pytest.mark.parametrize("text", ["070-123 45 67", "2025-11-20", "Ring 031-123 45 67", "991399-1234 (månad 13)",
                                  "121232-1234 (dag 32)", "12121-1212", "1212121-12123", "070 12 34 56 78",
                                  "Mål 2025: 40 %"])
def test_dates_phone_numbers_and_impossible_dates_are_not_taken_for_one(text):
    assert not looks_like_personal_number(text)


def test_every_missing_or_wrong_field_is_named_at_once():
    found = problems("decision", {**DECISION, "what": " ", "owner": None, "due": "2026-02-30", "colour": "red"})
    assert found == [("colour", "unknown_field"), ("what", "required"), ("owner", "required"), ("due", "not_a_date")]


def test_lengths_dates_choices_and_control_characters():
    assert problems("decision", {**DECISION, "owner": "B" * 101}) == [("owner", "too_long")]
    check("decision", {**DECISION, "owner": "B" * 100})  # the longest name taken
    assert problems("decision", {**DECISION, "due": "2025-11-19"}) == [("due", "due_before_decision")]
    assert problems("decision", {**DECISION, "due": "2101-01-01"}) == [("due", "date_out_of_range")]
    assert problems("follow_up", {"decision_id": 1, "followed_on": "2026-03-02", "outcome": "maybe",
                                  "text": "x"}) == [("outcome", "not_a_choice")]
    assert problems("wheel_item", {"area_code": "14", "month": 13, "kind": "planning", "title": "x"}) == [
        ("month", "not_a_choice")]
    assert problems("observation", {"indicator_id": "ed_rate_80", "area_code": "14", "month": "2025-11",
                                    "text": "dold\u202etext"}) == [("text", "control_characters")]
    assert problems("target", {"indicator_id": "ed_rate_80", "area_code": "14", "value": float("nan")}) == [
        ("value", "not_a_number")]
    assert problems("meeting", {"area_code": "14'; drop table meetings; --", "month": "2025-11",
                                "title": "x"}) == [("area_code", "not_a_code")]


def test_fields_are_kept_as_the_store_keeps_them():
    clean = check("decision", {**DECISION, "what": "  Fler\tteambesök\n i Borås  "})
    assert clean["what"] == "Fler\tteambesök\n i Borås" and clean["due"] == date(2026, 3, 1)
    assert check("meeting", {"area_code": "1490", "month": "2025-11", "title": "x"})["month"] == date(2025, 11, 1)
    assert check("meeting", {"area_code": "1490", "month": date(2025, 11, 17), "title": "x"})["month"] == date(
        2025, 11, 1)
    assert check("observation", {"text": "Cafe\u0301"}, partial=True) == {"text": "Café"}  # composed
    assert problems("observation", {"text": ""}, partial=True) == [("text", "required")]


def test_who_is_a_name():
    assert check_actor(" Anna Berg ") == "Anna Berg"
    with pytest.raises(InvalidEntry):
        check_actor("")
    with pytest.raises(InvalidEntry):
        check_actor("121212-1212")


def test_hostile_text_is_kept_exactly_as_typed(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'l.sqlite'}")
    hostile = "<script>alert(1)</script> **fet** [länk](javascript:alert(1)) `kod` $x$ \\ ' \" ; --"
    entry = store.add("decision", {**DECISION, "what": hostile}, "<b>Anna</b>")
    assert store.get("decision", entry["id"])["what"] == hostile
    assert store.history("decision", entry["id"])[0].actor == "<b>Anna</b>"


def test_a_refused_entry_writes_nothing(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'l.sqlite'}")
    with pytest.raises(InvalidEntry):
        store.add("decision", {**DECISION, "what": "121212-1212"}, "Anna")
    entry = store.add("decision", DECISION, "Anna")
    with pytest.raises(InvalidEntry):  # a change that leaves the decision due before it was made
        store.update("decision", entry["id"], 1, {"due": "2025-01-01"}, "Bo")
    with pytest.raises(InvalidEntry):  # a follow-up of no decision
        store.add("follow_up", {"decision_id": 99, "followed_on": "2026-03-02", "outcome": "done", "text": "x"}, "Bo")
    assert len(store.entries("decision")) == 1 and store.get("decision", entry["id"])["version"] == 1
    assert store.entries("follow_up") == [] and len(store.history("decision", entry["id"])) == 1


def test_numbers_and_choices_from_code_are_refused_with_what_is_allowed():
    wheel = {"area_code": "14", "kind": "planning", "title": "x"}
    target = {"indicator_id": "ed_rate_80", "area_code": "14"}
    with pytest.raises(InvalidEntry) as refused:
        check("wheel_item", {**wheel, "month": 13, "kind": "party"})
    assert [(p.field, p.rule, p.values) for p in refused.value.problems] == [
        ("month", "not_a_choice", {"choices": tuple(range(1, 13))}),
        ("kind", "not_a_choice", {"choices": ("planning", "measurement", "status_report", "feedback")})]
    assert str(refused.value) == ("wheel_item: month: not_a_choice {'choices': (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, "
                                  "12)}; kind: not_a_choice {'choices': ('planning', 'measurement', "
                                  "'status_report', 'feedback')}")
    for month in ("3", 3.0, True):  # a whole number, not its text, a float or a truth value
        assert problems("wheel_item", {**wheel, "month": month}) == [("month", "not_a_number")]
    assert check("wheel_item", {**wheel, "month": 12})["month"] == 12
    for value in ("40", True, float("inf"), None):
        assert problems("target", {**target, "value": value}) == [
            ("value", "required" if value is None else "not_a_number")]
    assert check("target", {**target, "value": 40})["value"] == 40.0
    with pytest.raises(InvalidEntry) as refused:
        check("meeting", {"area_code": "14", "month": "2025-13", "title": "x"})
    assert str(refused.value) == "meeting: month: not_a_date"
