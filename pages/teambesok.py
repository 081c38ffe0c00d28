"""Teambesök: whether doctor and nurse visit together, and whether acute needs get a visit by the next weekday."""

import streamlit as st

from dashboard import formatting
from dashboard.figures import team_visits
from dashboard.figures.indicator_charts import control_params, trend_figure
from dashboard.metrics.periods import month_label
from dashboard.texts import t
from dashboard.ui import render, shell
from dashboard.ui.filters import page_changed, page_choice

ctx = shell.context()
source, lang = ctx.source, ctx.lang
shell.heading(ctx, "page.team_visits")
st.caption(t("team.intro", lang))

# every choice is read before the first figure, so that each figure's link carries them all
visits = page_choice("visits", "team_visits_unit", team_visits.VISIT_UNITS[0], options=team_visits.VISIT_UNITS)
changed_at = ctx.view.selection.period.months[1:]
rebase = page_choice("rebase", "team_rebase", [], options=changed_at, many=True, to_link=month_label)
indicator = page_choice("indicator", "team_indicator", team_visits.RANKED[0], options=team_visits.RANKED)
rank = page_choice("rank", "team_rank", team_visits.RANKS[0], options=team_visits.RANKS)
view = ctx.view.with_params(visits=visits, **control_params("team_visit_share", False, rebase, None),
                            indicator=indicator, rank=rank)

st.segmented_control(t("team.visits_unit", lang), team_visits.VISIT_UNITS, key="team_visits_unit",
                     format_func=lambda u: t(f"team.visits_unit.{u}", lang),
                     on_change=page_changed, args=("visits", "team_visits_unit"))
render.figure(team_visits.visits_figure(view, source, per_1000=visits == "per1000"), lang)

st.multiselect(t("overview.rebase", lang), changed_at, key="team_rebase",
               format_func=lambda m: formatting.month(m, lang), help=t("team.rebase.help", lang),
               placeholder=t("overview.rebase_none", lang),
               select_all=False,  # Streamlit's own "Select all": English, and no sense here
               on_change=page_changed, args=("rebase", "team_rebase", month_label, True))
render.figure(team_visits.team_control_figure(view, source, rebase), lang)  # whole width: its signals' table is wide
left, right = st.columns(2)
with left:
    render.figure(trend_figure(view, source, "acute_next_weekday", "teambesok_acute_trend"), lang)
with right:
    waits = team_visits.waits_figure(view, source)
    render.figure(waits, lang, show_title=waits.chart is None)  # a chart carries its title; a table alone needs one

render.heading(t("team.compare", lang))
choice_left, choice_right = st.columns(2)
choice_left.segmented_control(t("team.indicator", lang), team_visits.RANKED, key="team_indicator",
                              format_func=lambda i: t(f"indicator.{i}.name", lang),
                              on_change=page_changed, args=("indicator", "team_indicator"))
choice_right.segmented_control(t("team.rank", lang), team_visits.RANKS, key="team_rank",
                               format_func=lambda r: t(f"team.rank.{r}", lang),
                               on_change=page_changed, args=("rank", "team_rank"))
left, right = st.columns(2)
for column, build in ((left, team_visits.ranking_figure), (right, team_visits.funnel_figure)):
    with column:
        fig = build(view, source, indicator, rank)
        render.figure(fig, lang, show_title=fig.chart is None)
render.figure(team_visits.group_figure(view, source, rank), lang, show_title=True)
