"""Lärande uppföljning: a steering group prepares, holds and minutes its meeting from the data: the
agenda, what it saw and why, what it decided and who owns it, and whether it worked."""

from datetime import date

import streamlit as st

from dashboard.figures import learning
from dashboard.learning import minutes
from dashboard.texts import t
from dashboard.ui import filters, loop_forms, loop_store, render, shell

ctx = shell.context(learning.PAGE)
view, source, lang = ctx.view, ctx.source, ctx.lang
shell.heading(ctx, "page.learning")
st.caption(t("learning.intro", lang))
store = loop_store.opened(lang)
if store is None:
    st.stop()
loop_forms.flash()
name, today, entries = loop_forms.who(lang), date.today(), store.everything()
meetings = learning.area_meetings(view, entries["meeting"])
meeting_id = filters.page_choice("meeting", "learning_meeting", meetings[0]["id"] if meetings else None,
                                 options=[m["id"] for m in meetings] or [None])
decisions = learning.area_decisions(view, entries["decision"], entries["follow_up"], today)
decision_id = filters.page_choice("decision", "learning_decision", decisions[0]["id"] if decisions else None,
                                  options=[d["id"] for d in decisions] or [None])
meeting = next((m for m in meetings if m["id"] == meeting_id), None)
decision = next((d for d in decisions if d["id"] == decision_id), None)

render.heading(t("learning.meeting_heading", lang))
if meetings:
    st.selectbox(t("learning.meeting.choose", lang), [m["id"] for m in meetings], key="learning_meeting",
                 format_func=lambda i: learning.meeting_label(next(m for m in meetings if m["id"] == i), lang),
                 on_change=filters.page_changed, args=("meeting", "learning_meeting"))
else:
    st.info(t("learning.meeting.none", lang), icon=":material/event:")
with st.expander(t("learning.meeting.new", lang), expanded=not meetings, key="learning_meeting_new"):
    loop_forms.meeting_form(store, view, name, view.choices.months)
if meeting is not None:
    loop_forms.editor(store, view, "meeting", [meeting], ("title", "held_on", "notes"), name, lambda m: m["title"])
    agenda = learning.agenda_figure(view, source, meeting, entries["meeting"], entries["decision"],
                                    entries["follow_up"])
    render.figure(agenda, lang, show_title=True)
    seen = learning.meeting_observations(view, entries["observation"], meeting)
    render.figure(learning.observations_figure(view, seen), lang, show_title=True)
    with st.expander(t("learning.observation.new", lang), key="learning_observation_new"):
        loop_forms.observation_form(store, view, name, meeting, lambda i, m: learning.snapshot(view, source, i, m))
    loop_forms.editor(store, view, "observation", seen, ("text", "analysis"), name, lambda o: o["text"][:80])

render.heading(t("learning.decisions_heading", lang))
render.figure(learning.decisions_figure(view, entries["decision"], entries["follow_up"], today), lang)
with st.expander(t("learning.decision.new", lang), key="learning_decision_new"):
    loop_forms.decision_form(store, view, name, meeting, entries["observation"], today)
if decision is not None:
    st.selectbox(t("learning.decision.choose", lang), [d["id"] for d in decisions], key="learning_decision",
                 format_func=lambda i: learning.decision_label(next(d for d in decisions if d["id"] == i), lang),
                 on_change=filters.page_changed, args=("decision", "learning_decision"))
    render.figure(learning.follow_up_figure(view, source, decision), lang, show_title=True)
    render.figure(learning.follow_ups_figure(view, decision, entries["follow_up"]), lang, show_title=True)
    loop_forms.follow_up_form(store, view, name, decision, meeting, today)
    loop_forms.editor(store, view, "decision", [decision], learning.DECISION_FIELDS, name, lambda d: d["what"][:80])

render.heading(t("learning.targets_heading", lang))
render.figure(learning.targets_figure(view, entries["target"]), lang)
loop_forms.target_form(store, view, name, entries["target"])
render.heading(t("learning.wheel_heading", lang))
render.figure(learning.wheel_figure(view, entries["wheel_item"], today), lang)
with st.expander(t("learning.wheel.new", lang), key="learning_wheel_new"):
    loop_forms.wheel_form(store, view, name)
loop_forms.editor(store, view, "wheel_item", learning.area_wheel(view, entries["wheel_item"], archived=True),
                  ("month", "kind", "title"), name, lambda i: learning.wheel_label(i, lang))
if meeting is not None:
    render.heading(t("learning.minutes_heading", lang))
    record = learning.minutes(view, source, meeting, entries, agenda)
    left, right = st.columns(2)
    left.download_button(t("learning.minutes.markdown", lang), minutes.markdown(record), f"{record['file_stem']}.md",
                         "text/markdown", icon=":material/description:", on_click="ignore")
    right.download_button(t("learning.minutes.pdf", lang), lambda: minutes.pdf(record), f"{record['file_stem']}.pdf",
                          "application/pdf", icon=":material/picture_as_pdf:", on_click="ignore")
