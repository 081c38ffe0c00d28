"""Mötesläge: the start page's indicators on the meeting room's screen, one a screen, stepped through
with the arrow keys, the decisions due beside each."""

import functools
from datetime import date

import streamlit as st

from dashboard.figures import meeting_mode
from dashboard.texts import t
from dashboard.ui import filters, loop_store, render, shell

ctx = shell.context(meeting_mode.PAGE)
view, source, lang = ctx.view, ctx.source, ctx.lang
render.big_screen()
ids = meeting_mode.indicators(view)
indicator = filters.page_choice("indicator", "meeting_indicator", ids[0], options=ids)

leave, where, choose, back, forward = st.columns([2, 2, 3, 1.6, 1.4], vertical_alignment="center")
render.page_link(t("meeting_mode.leave", lang), meeting_mode.leave_link(view, indicator), ":material/close:", leave)
where.caption(render.plain(f"{meeting_mode.position(view, ids, indicator)} · {t('meeting_mode.keys', lang)}"))
for column, by, label, key in ((back, -1, "meeting_mode.previous", "left"), (forward, 1, "meeting_mode.next", "right")):
    column.button(t(label, lang), key=f"meeting_{key}", shortcut=key, width="stretch",
                  on_click=filters.step_choice,
                  args=("indicator", "meeting_indicator", functools.partial(meeting_mode.step, ids, by=by)))
choose.selectbox(t("meeting_mode.choose", lang), ids, key="meeting_indicator", label_visibility="collapsed",
                 format_func=lambda i: t(f"indicator.{i}.name", lang),
                 on_change=filters.page_changed, args=("indicator", "meeting_indicator"))
st.title(t(f"indicator.{indicator}.name", lang))
st.markdown(f"**{render.plain(view.scope_name(view.scope))}** · {render.plain(view.period_text())}")

# the chart where the room looks first, as high as the screen leaves it (big_screen.css), its number
# and the decisions due beside it: one screen
main, side = st.columns([3, 2], gap="large")
with main, st.container(key="nvk_meeting_chart"):
    render.figure(meeting_mode.chart_figure(view, source, indicator), lang, height="stretch", table=False,
                  download=False)
with side:
    render.figure(meeting_mode.headline_figure(view, source, indicator), lang, caption=False, table=False,
                  download=False)
    entries = loop_store.everything(lang)
    render.figure(meeting_mode.due_figure(view, indicator, entries["decision"], entries["follow_up"], date.today()),
                  lang, show_title=True, caption=False, download=False)
