"""Närsjukvårdsteam: how many patients the near-care teams take, for how long and how intensively, and
whether there are teams enough for the people."""

import streamlit as st

from dashboard.figures import near_care
from dashboard.texts import t
from dashboard.ui import render, shell
from dashboard.ui.filters import map_chooser

ctx = shell.context(near_care.PAGE)
source, lang, view = ctx.source, ctx.lang, ctx.view

shell.heading(ctx, "page.near_care")
st.caption(t("near_care.intro", lang))

render.heading(t("near_care.capacity_heading", lang))
render.figure(near_care.census_figure(view, source), lang)
need = near_care.need_figure(view, source)
render.figure(need, lang, on_select=map_chooser(near_care.NEED_KEY), width="content", show_title=need.chart is None)

render.heading(t("near_care.time_heading", lang))
render.figure(near_care.enrolment_time_figure(view, source), lang)

render.heading(t("near_care.care_heading", lang))
left, right = st.columns(2)
with left:
    render.figure(near_care.team_visit_figure(view, source), lang)
    render.figure(near_care.outcome_figure(view, source, "reasons"), lang)
with right:
    render.figure(near_care.outcome_figure(view, source, "staff"), lang)
    render.figure(near_care.outcome_figure(view, source, "sources"), lang)
