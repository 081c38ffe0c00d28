"""The learning-loop page in AppTest on the demo extract with a store of its own: it opens without a
meeting and asks for one; a meeting prepared in the store shows its agenda from the data with the
decision due; text typed by users is shown as text; a save without a name is refused; an edit made
from a version someone else has changed since is a conflict, said, and nothing is overwritten; a
bad link gets a notice."""

from __future__ import annotations

import pytest

from dashboard.learning.store import Store
from tests.pages.shown_tables import opened, tables

HOSTILE = "**fet** <img src=x onerror=alert(1)> [länk](javascript:alert(1))"
LINK = {"area": "1490", "from": "2025-01", "to": "2025-12", "lang": "sv"}


@pytest.fixture
def store(monkeypatch, tmp_path) -> Store:
    monkeypatch.setenv("NVK_LEARNING_DB", str(tmp_path / "learning.sqlite"))
    return Store(f"sqlite:///{tmp_path / 'learning.sqlite'}")


def open_page(monkeypatch, data_dir, **link):
    return opened(monkeypatch, data_dir, "larande-uppfoljning.py", **{**LINK, **link})


def prepared(store: Store) -> tuple[dict, dict]:
    meeting = store.add("meeting", {"area_code": "1490", "month": "2025-12", "title": "Decembermötet"}, "Anna")
    store.add("observation", {"meeting_id": meeting["id"], "indicator_id": "ed_rate_80", "area_code": "1490",
                              "month": "2025-12", "text": HOSTILE}, "Anna")
    decision = store.add("decision", {"meeting_id": meeting["id"], "indicator_id": "ed_rate_80", "area_code": "1490",
                                      "decided_on": "2025-06-10", "what": "Fler teambesök", "owner": "Bo Ek",
                                      "due": "2025-11-30", "expected": "Färre akutbesök"}, "Anna")
    return meeting, decision


def test_without_a_meeting_the_page_asks_for_one(monkeypatch, demo_data_dir, store):
    app = open_page(monkeypatch, demo_data_dir)
    assert app.title[0].value == "Lärande uppföljning"
    assert any("Området har inget möte ännu" in i.value for i in app.info)
    assert store.entries("meeting") == []


def test_a_meeting_shows_its_agenda_its_decision_due_and_user_text_as_text(monkeypatch, demo_data_dir, store):
    prepared(store)
    app = open_page(monkeypatch, demo_data_dir)
    shown = tables(app)
    agenda = next(f for f in shown if "Punkt" in f.columns)
    assert agenda["Punkt"][0] == "Följ upp beslut"
    assert agenda["Vad"][0] == "Fler teambesök (ansvarig: Bo Ek; följs upp 30 november 2025)"
    observations = next(f for f in shown if "Observation" in f.columns)
    assert observations["Observation"][0] == HOSTILE  # the cell's text as a reader sees it
    assert all("<img" not in h.value for h in app.html if "nvk-table" in h.value)  # escaped, not an element
    decisions = next(f for f in shown if "Läge" in f.columns)
    assert decisions["Läge"][0] == "Att följa upp"
    assert app.query_params["meeting"] == "1" and app.query_params["decision"] == "1"


def test_a_save_without_a_name_is_refused(monkeypatch, demo_data_dir, store):
    app = open_page(monkeypatch, demo_data_dir)
    app.button(key="FormSubmitter:learning_new_meeting-Skapa mötet").click().run()
    assert app.error[0].value.startswith("Skriv ditt namn överst på sidan")
    assert store.entries("meeting") == []
    app.text_input(key="learning_who").input("Anna Berg").run()
    app.button(key="FormSubmitter:learning_new_meeting-Skapa mötet").click().run()
    assert [m["created_by"] for m in store.entries("meeting")] == ["Anna Berg"]
    assert app.success[0].value == "Mötet ”Styrgruppsmöte” sparades."


def test_an_edit_from_an_old_version_is_a_conflict_and_overwrites_nothing(monkeypatch, demo_data_dir, store):
    _, decision = prepared(store)
    app = open_page(monkeypatch, demo_data_dir)
    app.text_input(key="learning_who").input("Cia").run()
    store.update("decision", decision["id"], 1, {"what": "Bos nya text"}, "Bo")  # while Cia has it open
    form = f"learning_edit_decision_{decision['id']}_v1"
    next(a for a in app.text_area if a.label == "Beslut" and a.form_id == form).input("Cias text")
    app.button(key=f"FormSubmitter:{form}-Spara ändringen").click().run()
    assert app.error[0].value.startswith("Posten ändrades av Bo ")
    assert "Beslut: Cias text" in app.error[0].value  # hers to copy
    assert store.get("decision", decision["id"])["what"] == "Bos nya text"
    assert [c.actor for c in store.history("decision", decision["id"])] == ["Anna", "Bo"]
    # the form is now Bo's version's own: a second click cannot put the old text back over his
    form = f"learning_edit_decision_{decision['id']}_v2"
    assert next(a for a in app.text_area if a.label == "Beslut" and a.form_id == form).value == "Bos nya text"
    app.button(key=f"FormSubmitter:{form}-Spara ändringen").click().run()
    assert store.get("decision", decision["id"])["what"] == "Bos nya text"


def test_the_editor_keeps_its_entry_when_the_entry_moves(monkeypatch, demo_data_dir, store):
    # two wheel items; the second chosen and moved to another month: its label and place change, and
    # the editor must still hold it. (In the browser a keyed list whose labels changed was set back to its
    # first entry, and Arkivera archived the other item; AppTest keeps a keyed list's value, so this checks
    # the flow, not that reset: the browser test of that is still to write.)
    first = store.add("wheel_item", {"area_code": "1490", "month": 1, "kind": "planning", "title": "Plan"}, "Anna")
    second = store.add("wheel_item", {"area_code": "1490", "month": 6, "kind": "feedback", "title": "Svar"}, "Anna")
    app = open_page(monkeypatch, demo_data_dir)
    app.text_input(key="learning_who").input("Anna").run()
    chooser = next(s for s in app.selectbox if s.label == "Årshjulspunkt")
    chooser.select(second["id"]).run()
    form = f"learning_edit_wheel_item_{second['id']}_v1"
    next(s for s in app.selectbox if s.label == "Månad" and s.form_id == form).select(2)
    app.button(key=f"FormSubmitter:{form}-Spara ändringen").click().run()
    assert store.get("wheel_item", second["id"])["month"] == 2
    assert next(s for s in app.selectbox if s.label == "Årshjulspunkt").value == second["id"]
    form = f"learning_edit_wheel_item_{second['id']}_v2"
    app.button(key=f"FormSubmitter:{form}-Arkivera").click().run()
    assert store.get("wheel_item", second["id"])["archived"] and not store.get("wheel_item", first["id"])["archived"]


@pytest.mark.parametrize("param, value", [("meeting", "abc"), ("meeting", "99"), ("decision", "0")])
def test_a_bad_choice_in_the_link_gets_a_notice(monkeypatch, demo_data_dir, store, param, value):
    prepared(store)
    app = open_page(monkeypatch, demo_data_dir, **{param: value})
    assert any(f"{param}=" in w.value for w in app.warning if w.icon == ":material/link_off:"), value
    assert app.query_params[param] == "1"


def test_the_start_page_measures_against_the_stored_target_and_names_the_wheels_next_items(monkeypatch, demo_data_dir,
                                                                                          store):
    # a target of 99 % for Borås's share offered a mobile doctor: its tile says it is not met, and the
    # start page's control chart opens with it; the wheel's items from this month on, round the year
    store.add("target", {"indicator_id": "coverage_offered_65", "area_code": "1490", "value": 0.99}, "Anna")
    this_month = __import__("datetime").date.today().month
    for month, title in ((this_month, "Lägesrapport till nämnden"), (this_month % 12 + 1, "Planeringsdag")):
        store.add("wheel_item", {"area_code": "1490", "month": month, "kind": "status_report", "title": title}, "Anna")
    store.add("wheel_item", {"area_code": "1480", "month": this_month, "kind": "feedback", "title": "Göteborgs"}, "Bo")
    app = opened(monkeypatch, demo_data_dir, "overview.py", **LINK)
    notes = [c.value.replace("\\", "") for c in app.caption]  # as read: without Markdown's escapes
    assert any("mål för Borås: 99\u00a0%, inte nått" in n for n in notes)  # Borås's 89 %
    assert app.text_input(key="overview_target").value == "99"
    said = [m.value.replace("\\", "") for m in app.markdown]
    assert any("Lägesrapport: Lägesrapport till nämnden" in m for m in said)
    assert any("Planeringsdag" in m for m in said) and not any("Göteborgs" in m for m in said)


def test_a_target_changed_meanwhile_is_a_conflict_not_overwritten(monkeypatch, demo_data_dir, store):
    target = store.add("target", {"indicator_id": "team_visit_share", "area_code": "1490", "value": 0.30}, "Anna")
    app = open_page(monkeypatch, demo_data_dir)
    app.text_input(key="learning_who").input("Cecilia").run()
    store.update("target", target["id"], 1, {"value": 0.25}, "Bertil")  # while Cecilia's page shows 30 %
    form = next(s for s in app.selectbox if s.label == "Mått" and s.form_id == "learning_target")
    form.select("team_visit_share")
    next(i for i in app.text_input if i.form_id == "learning_target").input("40")
    app.button(key="FormSubmitter:learning_target-Spara målet").click().run()
    assert app.error[0].value.startswith("Posten ändrades av Bertil ")
    assert store.get("target", target["id"])["value"] == 0.25
    # the page now shows Bertil's: the next save is from it
    next(i for i in app.text_input if i.form_id == "learning_target").input("40")
    next(s for s in app.selectbox if s.label == "Mått" and s.form_id == "learning_target").select("team_visit_share")
    app.button(key="FormSubmitter:learning_target-Spara målet").click().run()
    assert store.get("target", target["id"])["value"] == 0.40 and app.success[0].value == "Målet sparades."


@pytest.mark.usefixtures("store")
def test_text_in_a_saved_message_is_shown_as_typed(monkeypatch, demo_data_dir):
    app = open_page(monkeypatch, demo_data_dir)
    app.text_input(key="learning_who").input("Anna").run()
    next(i for i in app.text_input if i.form_id == "learning_new_meeting").input(
        "[KLICK](https://evil.example/f) **FET** ![i](https://evil.example/f.png)")
    app.button(key="FormSubmitter:learning_new_meeting-Skapa mötet").click().run()
    said = app.success[0].value
    assert "\\[KLICK\\]" in said and "\\*\\*FET\\*\\*" in said and "!\\[" not in said.replace("\\!\\[", "")
