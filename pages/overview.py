"""Översikt: where the selection stands in the period's last month, and how one indicator developed."""

import streamlit as st

from dashboard import formatting
from dashboard.figures import overview
from dashboard.figures.indicator_charts import control_figure, trend_figure
from dashboard.texts import t
from dashboard.ui import filters, render, shell

ctx = shell.context()
lang, source, sel = ctx.lang, ctx.source, ctx.view.selection
shell.heading(ctx, "page.overview")
st.subheader(t("overview.tiles", lang, month=formatting.month(sel.last, lang)))
st.caption(t("overview.intro", lang))
tiles = st.container()  # filled below, once the page's choices are known, so every link carries them

st.subheader(t("overview.development", lang))
ids = overview.tile_ids(ctx.view.scope)
filters.keep_choice("overview_indicator", ids, ids[0])
filters.keep_choice("overview_rebase", sel.period.months[1:], [])
indicator = st.selectbox(t("overview.indicator", lang), ids, key="overview_indicator",
                         format_func=lambda i: t(f"indicator.{i}.name", lang))
run_chart = st.toggle(t("overview.use_run_chart", lang), key="overview_run_chart")
rebase_col, target_col = st.columns(2)
rebase = rebase_col.multiselect(t("overview.rebase", lang), sel.period.months[1:], key="overview_rebase",
                                format_func=lambda m: formatting.month(m, lang), disabled=run_chart,
                                placeholder=t("overview.rebase_none", lang))
entered = target_col.number_input(t("overview.target", lang), value=None, step=1.0, key="overview_target",
                                  disabled=run_chart)
target = overview.target_from_input(indicator, entered)
view = overview.with_choices(ctx.view, indicator, run_chart, rebase, target)

with tiles:
    for section in overview.tile_figures(view, source):
        render.heading(section.title)
        render.figure(section, lang, caption=False)
left, right = st.columns(2)
with left:
    render.figure(trend_figure(view, source, indicator, "overview_trend"), lang)
with right:
    render.figure(control_figure(view, source, indicator, "overview_control", run_chart=run_chart, rebase_at=rebase,
                                 target=target), lang)
