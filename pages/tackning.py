"""Täckning: who gets a mobile doctor and who does not, by unit and centre, how evenly, against need."""

import streamlit as st

from dashboard.charts.area_map import clicked_unit
from dashboard.figures import coverage
from dashboard.figures.indicator_charts import trend_figure
from dashboard.texts import t
from dashboard.ui import render, shell
from dashboard.ui.filters import choose_area, keep_choice

ctx = shell.context()
source, lang = ctx.source, ctx.lang


def map_clicked() -> None:
    """A click on a unit chooses it in the sidebar's area filter, and so in the URL."""
    code = clicked_unit(st.session_state[coverage.MAP_KEY].selection)
    if code:
        choose_area(code)


shell.heading(ctx, "page.coverage")
st.caption(t("coverage.intro", lang))
keep_choice("coverage_indicator", coverage.MAP_INDICATORS, coverage.MAP_INDICATORS[0])
indicator = st.segmented_control(t("coverage.indicator", lang), coverage.MAP_INDICATORS, key="coverage_indicator",
                                 format_func=lambda i: t(f"indicator.{i}.name", lang)) or coverage.MAP_INDICATORS[0]
view = ctx.view.with_params(indicator=indicator)  # every figure's link reopens the page's choice

left, right = st.columns([3, 2])  # the map's tiles keep their size; the ranking takes the rest
with left:
    render.figure(coverage.map_figure(view, source, indicator), lang, on_select=map_clicked, width="content")
    st.caption(t("coverage.map_help", lang))
with right:
    render.figure(coverage.ranking_figure(view, source, indicator), lang)

left, right = st.columns(2)
with left:
    render.figure(coverage.funnel_figure(view, source, indicator), lang)
with right:
    render.figure(trend_figure(view, source, indicator, "coverage_trend"), lang)

left, right = st.columns(2)
with left:
    render.figure(coverage.spread_figure(view, source, indicator), lang, show_title=True, columns=3)
with right:
    render.figure(coverage.listing_figure(view, source), lang, show_title=True, columns=3)

# the sort is the widget's last choice: the table is built sorted, and the widget sits under its title
centres = coverage.centre_figure(view, source, st.session_state.get("coverage_sort", coverage.CENTRE_SORTS[0]))
render.heading(centres.title)
if centres.table.height:
    keep_choice("coverage_sort", coverage.CENTRE_SORTS, coverage.CENTRE_SORTS[0])
    st.selectbox(t("coverage.sort", lang), coverage.CENTRE_SORTS, key="coverage_sort",
                 format_func=lambda k: t(k, lang))
render.figure(centres, lang)

render.figure(coverage.need_figure(view, source), lang, show_title=True, columns=5)
