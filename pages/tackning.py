"""Täckning: who gets a mobile doctor and who does not, by unit and centre, how evenly, against need."""

import streamlit as st

from dashboard.figures import coverage
from dashboard.figures.indicator_charts import trend_figure
from dashboard.texts import t
from dashboard.ui import render, shell
from dashboard.ui.filters import map_chooser, page_changed, page_choice

ctx = shell.context()
source, lang = ctx.source, ctx.lang


shell.heading(ctx, "page.coverage")
st.caption(t("coverage.intro", lang))
indicator = page_choice("indicator", "coverage_indicator", coverage.MAP_INDICATORS[0], options=coverage.MAP_INDICATORS)
st.segmented_control(t("coverage.indicator", lang), coverage.MAP_INDICATORS, key="coverage_indicator",
                     format_func=lambda i: t(f"indicator.{i}.name", lang),
                     on_change=page_changed, args=("indicator", "coverage_indicator"))
view = ctx.view.with_params(indicator=indicator)  # every figure's link reopens the page's choice

# the map alone in its row: its tiles keep their size (about 720 px wide), which a shared row cannot
# give it from 768 px up; the panels beside one another below stack on narrow screens
render.figure(coverage.map_figure(view, source, indicator), lang, on_select=map_chooser(coverage.MAP_KEY),
              width="content")
st.caption(t("coverage.map_help", lang))

# the ranking's height follows its number of units (160 px for a district's few, 900 for the
# region's 49): with the spread under it and the funnel over the trend beside it, neither column
# leaves a gap the height of a chart
left, right = st.columns(2)
with left:
    render.figure(coverage.ranking_figure(view, source, indicator), lang)
    render.figure(coverage.spread_figure(view, source, indicator), lang, show_title=True)
with right:
    render.figure(coverage.funnel_figure(view, source, indicator), lang)
    render.figure(trend_figure(view, source, indicator, "coverage_trend"), lang)

render.figure(coverage.listing_figure(view, source), lang, show_title=True)



@st.fragment
def centre_table(view) -> None:
    """The centre table alone reruns when its sort changes: the map and charts above do not depend on it.
    The sort's link is written by `page_choice` itself, as the shell's end of run does not come."""
    # the table is built sorted, and the sort's widget sits under its title
    sort = page_choice("sort", "coverage_sort", coverage.CENTRE_SORTS[0], options=coverage.CENTRE_SORTS,
                       to_link=coverage.sort_link)
    centres = coverage.centre_figure(view.with_params(sort=coverage.sort_link(sort)), source, sort)
    render.heading(centres.title)
    if centres.table.height:
        st.selectbox(t("coverage.sort", lang), coverage.CENTRE_SORTS, key="coverage_sort",
                     format_func=lambda k: t(k, lang), on_change=page_changed,
                     args=("sort", "coverage_sort", coverage.sort_link))
    render.figure(centres, lang)


centre_table(view)
render.figure(coverage.need_figure(view, source), lang, show_title=True)
