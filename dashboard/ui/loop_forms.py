"""The learning-loop page's forms: each reads what a steering group types, hands it to the store, and
says in the page's language what was saved or why not (a field named with its problem, or who
changed the entry first). Nothing here decides what an entry may hold (`learning.entries`) or what
the page shows (`figures.learning`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import streamlit as st

from dashboard import formatting
from dashboard.figures import learning
from dashboard.figures.overview import target_from_input, target_from_typed, target_range, tile_ids
from dashboard.figures.view import View
from dashboard.learning.entries import OUTCOMES, WHEEL_KINDS, InvalidEntry
from dashboard.learning.store import EditConflict, NotFound, Store
from dashboard.texts import t
from dashboard.ui import render

_FLASH = "learning_flash"
_TARGETS_SEEN = "learning_targets_seen"  # the area's targets' versions as this session first showed them
WHO = "learning_who"


def who(lang: str) -> str:
    """Who is typing, for the history: the name given here (with login, a later issue, the account's)."""
    st.text_input(t("learning.who", lang), key=WHO, max_chars=100, help=t("learning.who_help", lang),
                  placeholder=t("learning.who_placeholder", lang))
    return st.session_state.get(WHO, "").strip()


def flash() -> None:
    """What the last save did, said once after the page is drawn anew with it: that it was saved, or
    that someone else's change came first (the form then shows theirs, the message the text typed)."""
    said = st.session_state.pop(_FLASH, None)
    if said:
        kind, text = said
        if kind == "error":
            st.error(text, icon=":material/sync_problem:")
        else:
            st.success(text, icon=":material/check_circle:")


def save(lang: str, name: str, write: Callable[[], Any], done_key: str, forget: Sequence[str] = (),
         typed: dict[str, Any] | None = None, kind: str = "", seen_key: str | None = None, **done: Any) -> None:
    """Run one store write; on success say so, forget the `forget` keys and the version an edit form
    was made from (`seen_key`), and draw the page anew with it. Refused, say why and leave every field
    as typed. Someone else's change first: say so, with the text typed (`typed`) to copy, and draw the
    form anew from their version (`seen_key` set to it), so that a second click cannot put the old
    text back over theirs."""
    if not name:
        st.error(t("learning.who_missing", lang), icon=":material/person:")
        return
    try:
        write()
    except InvalidEntry as refused:
        st.error(problems(refused, lang, kind), icon=":material/error:")
        return
    except EditConflict as conflict:
        said = t("learning.conflict", lang, who=formatting.plain(conflict.current["updated_by"]),
                 when=formatting.moment(conflict.current["updated_at"], lang))
        mine = [f"{learning.field_label(kind, f, lang)}: {formatting.plain(str(v))}" for f, v in (typed or {}).items()
                if v not in (None, "") and v != conflict.current.get(f)]
        if mine:
            said += "\n\n" + t("learning.conflict_yours", lang) + "\n\n" + "\n\n".join(mine)
        if seen_key:
            st.session_state[seen_key] = conflict.current["version"]
        _forget_and_rerun(forget, ("error", said))
    except NotFound:
        st.error(t("learning.not_found", lang), icon=":material/error:")
        return
    # a value typed (a meeting's title) shown as typed: the message is Markdown
    _forget_and_rerun([*forget, *([seen_key] if seen_key else [])],
                      ("success", t(done_key, lang, **{k: formatting.plain(str(v)) for k, v in done.items()})))


def _forget_and_rerun(forget: Sequence[str], said: tuple[str, str]) -> None:
    for key in forget:
        st.session_state.pop(key, None)
    st.session_state[_FLASH] = said
    st.rerun()


def problems(refused: InvalidEntry, lang: str, kind: str = "") -> str:
    """Every problem of a refused entry, each naming its field as the form labels it."""
    lines = []
    for problem in refused.problems:
        values = {k: formatting.day(v, lang) if isinstance(v, date) else v for k, v in problem.values.items()}
        lines.append(t("learning.problem", lang, field=learning.field_label(kind, problem.field, lang),
                       rule=t(f"learning.rule.{problem.rule}", lang, **values)))
    return "\n\n".join(lines)


def meeting_form(store: Store, view: View, name: str, months: Sequence[date]) -> None:
    lang = view.lang
    with st.form("learning_new_meeting", enter_to_submit=False):
        title = st.text_input(t("learning.field.title", lang),
                              value=t("learning.meeting.default_title", lang))
        month = st.selectbox(t("learning.field.month", lang), list(reversed(months)),
                             format_func=lambda m: formatting.month(m, lang))
        held = st.date_input(t("learning.field.held_on", lang), value=None, format="YYYY-MM-DD")
        if st.form_submit_button(t("learning.meeting.create", lang)):
            save(lang, name, lambda: store.add("meeting", {"area_code": view.selection.area_code, "month": month,
                                                           "title": title, "held_on": held}, name),
                 "learning.saved.meeting", kind="meeting", title=title)


def observation_form(store: Store, view: View, name: str, meeting: dict, snapshot: Callable[[str, date], str]) -> None:
    lang = view.lang
    with st.form("learning_new_observation", enter_to_submit=False):
        indicator = st.selectbox(t("learning.field.indicator_id", lang), tile_ids(view.scope),
                                 format_func=lambda i: t(f"indicator.{i}.name", lang))
        text = st.text_area(t("learning.field.text", lang), height=80)
        analysis = st.text_area(t("learning.field.analysis", lang), height=80)
        if st.form_submit_button(t("learning.observation.create", lang)):
            save(lang, name, lambda: store.add("observation", {
                "meeting_id": meeting["id"], "indicator_id": indicator, "area_code": view.selection.area_code,
                "month": meeting["month"], "text": text, "analysis": analysis,
                "snapshot": snapshot(indicator, meeting["month"])}, name), "learning.saved.observation",
                 kind="observation")


def decision_form(store: Store, view: View, name: str, meeting: dict | None, observations: Sequence[dict],
                  today: date) -> None:
    lang = view.lang
    with st.form("learning_new_decision", enter_to_submit=False):
        what = st.text_area(t("learning.field.what", lang), height=80)
        left, right = st.columns(2)
        owner = left.text_input(t("learning.field.owner", lang))
        indicator = right.selectbox(t("learning.field.indicator_id", lang), tile_ids(view.scope),
                                    format_func=lambda i: t(f"indicator.{i}.name", lang))
        decided = left.date_input(t("learning.field.decided_on", lang), value=learning.meeting_day(meeting, today),
                                  format="YYYY-MM-DD")
        due = right.date_input(t("learning.field.due", lang), value=None, format="YYYY-MM-DD")
        expected = st.text_input(t("learning.field.expected", lang))
        seen = [o for o in observations if meeting and o["meeting_id"] == meeting["id"]]
        source = st.selectbox(t("learning.field.observation_id", lang), [None, *(o["id"] for o in seen)],
                              format_func=lambda i: "–" if i is None else _observation_label(i, seen, lang))
        if st.form_submit_button(t("learning.decision.create", lang)):
            save(lang, name, lambda: store.add("decision", {
                "meeting_id": meeting["id"] if meeting else None, "observation_id": source, "indicator_id": indicator,
                "area_code": view.selection.area_code, "decided_on": decided, "what": what, "owner": owner,
                "due": due, "expected": expected}, name), "learning.saved.decision", kind="decision")


def follow_up_form(store: Store, view: View, name: str, decision: dict, meeting: dict | None, today: date) -> None:
    lang = view.lang
    with st.form(f"learning_follow_up_{decision['id']}", enter_to_submit=False):
        outcome = st.radio(t("learning.field.outcome", lang), OUTCOMES, horizontal=True,
                           format_func=lambda o: t(f"learning.state.{o}", lang))
        text = st.text_area(learning.field_label("follow_up", "text", lang), height=80)
        day = st.date_input(t("learning.field.followed_on", lang), value=learning.meeting_day(meeting, today),
                            format="YYYY-MM-DD")
        if st.form_submit_button(t("learning.follow_up.create", lang)):
            save(lang, name, lambda: store.add("follow_up", {
                "decision_id": decision["id"], "meeting_id": meeting["id"] if meeting else None,
                "followed_on": day, "outcome": outcome, "text": text}, name), "learning.saved.follow_up",
                 kind="follow_up")


#: The fields typed on a line of their own, and the dates
_SHORT = {"title", "owner"}
_DATES = {"held_on", "due", "decided_on", "followed_on"}


def edit_form(store: Store, view: View, kind: str, entry: dict, fields: Sequence[str], name: str) -> None:
    """An entry changed, from the version first shown in this session: a change saved meanwhile by
    someone else is a conflict, said with the text typed, and the form is drawn anew from their
    version. Archiving sets the entry aside (its history kept)."""
    lang = view.lang
    seen_key = f"learning_edit_{kind}_{entry['id']}_seen"
    seen = st.session_state.setdefault(seen_key, entry["version"])
    # the form and its fields are the version's own: after a conflict they are new widgets holding the
    # other person's text, not the browser's copy of what was typed
    base = f"learning_edit_{kind}_{entry['id']}_v{seen}"
    with st.form(base, enter_to_submit=False):
        typed = {f: _field(view, kind, f, entry[f], f"{base}_{f}") for f in fields}
        left, right = st.columns(2)
        changed, archived = (left.form_submit_button(t("learning.edit.save", lang)),
                             right.form_submit_button(t("learning.edit.archive", lang)))
        if changed:
            save(lang, name, lambda: store.update(kind, entry["id"], seen, typed, name), "learning.saved.changed",
                 seen_key=seen_key, typed=typed, kind=kind)
        elif archived:
            save(lang, name, lambda: store.archive(kind, entry["id"], seen, name), "learning.saved.archived",
                 seen_key=seen_key, kind=kind)


def _field(view: View, kind: str, field: str, value: Any, key: str) -> Any:
    """One field of an edit form, as the entry holds it: a date, a choice, a line or a paragraph."""
    lang, label = view.lang, learning.field_label(kind, field, view.lang)
    if field in _DATES:
        return st.date_input(label, value=value, key=key, format="YYYY-MM-DD")
    if field == "indicator_id":  # one this page no longer offers stays choosable, as it was
        offered = list(tile_ids(view.scope)) + ([] if value in tile_ids(view.scope) else [value])
        return st.selectbox(label, offered, key=key, index=offered.index(value),
                            format_func=lambda i: learning.indicator_name(i, lang))
    if kind == "wheel_item" and field == "month":
        return st.selectbox(label, list(range(1, 13)), index=value - 1, key=key,
                            format_func=lambda m: learning.month_name(m, lang))
    if kind == "wheel_item" and field == "kind":
        return st.selectbox(label, WHEEL_KINDS, index=WHEEL_KINDS.index(value), key=key,
                            format_func=lambda k: t(f"learning.wheel.{k}", lang))
    if field in _SHORT:
        return st.text_input(label, value=value or "", key=key)
    return st.text_area(label, value=value or "", key=key, height=80)


def editor(store: Store, view: View, kind: str, entries: Sequence[dict], fields: Sequence[str], name: str,
           label: Callable[[dict], str]) -> None:
    """Change, archive or restore one of `entries` (those archived among them marked so), chosen by
    its label, with its history beneath."""
    lang = view.lang
    if not entries:
        return
    # keyed, as the page's other expanders: one open stays open when a message or a table above it
    # comes or goes, where an unkeyed one is drawn anew and closed
    with st.expander(t(f"learning.edit.{kind}", lang), key=f"learning_edit_{kind}"):
        by_id = {e["id"]: e for e in entries}
        ids, kept = list(by_id), f"learning_edit_{kind}_chosen"
        # the choice is ours to keep: a keyed list whose labels change (an item moved to another month)
        # is a new widget, which Streamlit sets back to its first entry, and Arkivera then hit another
        at = ids.index(st.session_state[kept]) if st.session_state.get(kept) in ids else 0
        chosen = st.session_state[kept] = st.selectbox(
            t(f"learning.kind.{kind}", lang), ids, index=at,
            format_func=lambda i: label(by_id[i]) + (f" ({t('learning.archived', lang)})" if by_id[i]["archived"]
                                                     else ""))
        entry = by_id[chosen]
        if entry["archived"]:
            if st.button(t("learning.edit.restore", lang), key=f"learning_restore_{kind}_{entry['id']}"):
                save(lang, name, lambda: store.restore(kind, entry["id"], entry["version"], name),
                     "learning.saved.restored", kind=kind)
        else:
            edit_form(store, view, kind, entry, fields, name)
        render.figure(learning.history_figure(view, kind, entry["id"], store.history(kind, entry["id"])), lang,
                      caption=False)


def target_form(store: Store, view: View, name: str, targets: Sequence[dict]) -> None:
    """A target set or changed, from the area's targets as this session first showed them: one changed
    or set by someone else meanwhile is a conflict, said, not overwritten."""
    lang, area = view.lang, view.selection.area_code
    seen_key = f"{_TARGETS_SEEN}_{area}"  # each area's as it was shown: another area's is no conflict
    shown = st.session_state.setdefault(seen_key, {x["id"]: x["version"] for x in targets
                                                   if x["area_code"] == area and not x["archived"]})
    with st.form("learning_target", enter_to_submit=False):
        indicator = st.selectbox(t("learning.field.indicator_id", lang),
                                 [i for i in tile_ids(view.scope) if learning.BY_ID[i].better],
                                 format_func=lambda i: t(f"indicator.{i}.name", lang))
        typed = st.text_input(t("learning.target.typed", lang), max_chars=20)
        if not st.form_submit_button(t("learning.target.save", lang)):
            return
    current = next((x for x in targets if x["indicator_id"] == indicator and x["area_code"] == area
                    and not x["archived"]), None)
    try:
        value = target_from_input(indicator, target_from_typed(typed, indicator, lang))
    except ValueError:
        low, high = target_range(indicator)
        st.error(t("learning.target.refused", lang, text=formatting.plain(typed[:40]),
                   range=t("learning.target.range" if high else "learning.target.from", lang,
                           low=formatting.typed(low, lang), high=formatting.typed(high or 0, lang)),
                   unit=t(f"learning.target.unit.{learning.BY_ID[indicator].measure}", lang)), icon=":material/error:")
        return
    if current is None:
        save(lang, name, lambda: store.add("target", {"indicator_id": indicator, "area_code": area, "value": value},
                                           name), "learning.saved.target", forget=(seen_key,), kind="target")
    else:  # one this session never showed (set meanwhile) is at no version seen: a conflict
        save(lang, name, lambda: store.update("target", current["id"], shown.get(current["id"], 0), {"value": value},
                                              name), "learning.saved.target", forget=(seen_key,),
             typed={"value": typed}, kind="target")


def wheel_form(store: Store, view: View, name: str) -> None:
    lang = view.lang
    with st.form("learning_wheel_item", enter_to_submit=False):
        left, right = st.columns(2)
        month = left.selectbox(learning.field_label("wheel_item", "month", lang), list(range(1, 13)),
                               format_func=lambda m: learning.month_name(m, lang))
        kind = right.selectbox(learning.field_label("wheel_item", "kind", lang), WHEEL_KINDS,
                               format_func=lambda k: t(f"learning.wheel.{k}", lang))
        title = st.text_input(learning.field_label("wheel_item", "title", lang))
        if st.form_submit_button(t("learning.wheel.create", lang)):
            save(lang, name, lambda: store.add("wheel_item", {"area_code": view.selection.area_code, "month": month,
                                                              "kind": kind, "title": title}, name),
                 "learning.saved.wheel_item", kind="wheel_item")


def _observation_label(entry_id: int, seen: Sequence[dict], lang: str) -> str:
    found = next(o for o in seen if o["id"] == entry_id)
    indicator = t(f"indicator.{found['indicator_id']}.name", lang)
    return f"{indicator}: {found['text'][:60]}"

