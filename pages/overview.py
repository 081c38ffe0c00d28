"""Översikt: where the selection stands in the period's last month, what changed, and how one indicator developed."""

import functools
from datetime import date

import streamlit as st

from dashboard import formatting
from dashboard.figures import learning, meeting_mode, overview
from dashboard.figures.indicator_charts import control_figure, trend_figure
from dashboard.metrics.periods import month_label
from dashboard.texts import t
from dashboard.ui import downloads, filters, loop_store, render, shell

ctx = shell.context()
lang, source, sel = ctx.lang, ctx.source, ctx.view.selection
shell.heading(ctx, "page.overview")
report, meeting = st.columns(2, vertical_alignment="center")
with report:
    downloads.report_button(ctx.view, source)
changes = st.container()  # filled below, once the page's choices are known, so every link carries them
st.subheader(t("overview.tiles", lang, month=formatting.month(sel.last, lang)))
st.caption(t("overview.intro", lang))
tiles = st.container()

st.subheader(t("overview.development", lang), anchor=overview.CHART_ANCHOR)
ids = overview.tile_ids(ctx.view.scope)
indicator = filters.page_choice("indicator", "overview_indicator", ids[0], options=ids)
render.page_link(t("meeting_mode.open", lang), meeting_mode.open_link(ctx.view, indicator), ":material/co_present:",
                 meeting)  # at the indicator the page shows
st.selectbox(t("overview.indicator", lang), ids, key="overview_indicator",
             format_func=lambda i: t(f"indicator.{i}.name", lang),
             on_change=filters.page_changed, args=("indicator", "overview_indicator", str, False, ("overview_target",)))
run_chart = filters.page_choice("chart", "overview_run_chart", False, options=(False, True),
                                to_link=overview.chart_link)
st.toggle(t("overview.use_run_chart", lang), key="overview_run_chart",
          on_change=filters.page_changed, args=("chart", "overview_run_chart", overview.chart_link))
rebase_col, target_col = st.columns(2)
rebase = filters.page_choice("rebase", "overview_rebase", [], options=sel.period.months[1:], many=True,
                             to_link=month_label)
rebase_col.multiselect(t("overview.rebase", lang), sel.period.months[1:], key="overview_rebase",
                       format_func=lambda m: formatting.month(m, lang), disabled=run_chart,
                       help=t("overview.rebase.help", lang),
                       placeholder=t("overview.rebase_none", lang),
                       select_all=False,  # Streamlit's own "Select all": English, and no sense here
                       on_change=filters.page_changed, args=("rebase", "overview_rebase", month_label, True))
target = filters.page_choice("target", "overview_target", overview.stored_target(ctx.view, indicator),
                             to_link=overview.target_link,
                             from_link=functools.partial(overview.target_from_link, indicator_id=indicator),
                             shown=functools.partial(overview.target_shown, lang=lang))
filters.typed_field(target_col, "target", "overview_target", overview.target_label(indicator, lang),
                    functools.partial(overview.target_from_typed, indicator_id=indicator, lang=lang),
                    overview.target_link, functools.partial(overview.target_refused, indicator_id=indicator, lang=lang),
                    disabled=run_chart, help=t("overview.target.help", lang),
                    placeholder=overview.target_example(indicator, lang))
goal = overview.target_from_input(indicator, target)  # in the indicator's own unit
view = overview.with_choices(ctx.view, indicator, run_chart, rebase, goal)

found = overview.statuses(view, source, {indicator: rebase})
with changes:
    changed = overview.changes_figure(view, found)
    render.heading(changed.title)
    st.caption(changed.definition)
    render.figure(changed, lang, caption=False, table=False)
    coming = learning.coming_figure(view, loop_store.wheel_items(lang), date.today())
    if coming is not None:
        render.figure(coming, lang, caption=False, table=False, show_title=True)
with tiles:
    for section in overview.tile_figures(view, source, found):
        render.heading(section.title)
        render.figure(section, lang, caption=False)
left, right = st.columns(2)
with left:
    render.figure(trend_figure(view, source, indicator, "overview_trend"), lang)
with right:
    render.figure(control_figure(view, source, indicator, "overview_control", run_chart=run_chart, rebase_at=rebase,
                                 target=goal), lang)
# a line of what changed, or the back button to one: its chart, not the page's top
if filters.changed_by_link("overview_indicator") or filters.opened_at() == overview.CHART_ANCHOR:
    render.scroll_to(overview.CHART_ANCHOR)
