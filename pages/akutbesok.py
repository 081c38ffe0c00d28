"""Akutbesök: whether ED visits and readmissions among the oldest fall, whether a fall is a signal, what
changed when, and what it is worth."""

import functools

import streamlit as st

from dashboard import formatting
from dashboard.figures import emergency
from dashboard.texts import t
from dashboard.ui import filters, render, shell

ctx = shell.context(emergency.PAGE)
source, lang = ctx.source, ctx.lang
shell.heading(ctx, "page.emergency")
st.caption(t("emergency.intro", lang))

# every choice is read before the first figure, so that each figure's link carries them all
indicator = filters.page_choice("indicator", "emergency_indicator", emergency.INDICATORS[0],
                                options=emergency.INDICATORS)
age = filters.page_choice("age", "emergency_age", emergency.AGES[0], options=emergency.AGES)
changes = emergency.change_options(ctx.view)
events = emergency.change_events(ctx.view)
change_key = emergency.change_key(ctx.view)  # each area its own: a change chosen for Borås is no event in Falköping
change = filters.page_choice("change", change_key, emergency.default_change(ctx.view), options=changes,
                             to_link=emergency.change_link)
month = emergency.change_month(change)
typed = {what: filters.page_choice(what, f"emergency_{what}", emergency.DEFAULTS[what],
                                   to_link=functools.partial(emergency.to_link, what=what),
                                   from_link=functools.partial(emergency.from_link, what=what),
                                   shown=functools.partial(formatting.typed, lang=lang)) for what in emergency.DEFAULTS}
view = ctx.view.with_params(**emergency.page_params(indicator, age, change, typed["cost"], typed["overhead"]))
indicator_id = emergency.chosen(indicator, age)

choice_left, choice_right = st.columns(2)
choice_left.segmented_control(t("emergency.indicator", lang), emergency.INDICATORS, key="emergency_indicator",
                              format_func=lambda i: t(f"emergency.indicator.{i}", lang),
                              on_change=filters.page_changed, args=("indicator", "emergency_indicator"))
choice_right.segmented_control(t("emergency.age_label", lang), emergency.AGES, key="emergency_age",
                               format_func=lambda a: t(f"emergency.age.{a}", lang), help=t("emergency.age_help", lang),
                               disabled=indicator != "ed_rate",
                               on_change=filters.page_changed, args=("age", "emergency_age"))

render.heading(t("emergency.rates_heading", lang))
trends = [emergency.trend(view, source, indicator_id), emergency.bands_figure(view, source),
          *(emergency.trend(view, source, other) for other in ("ed_rate_listed", "readmission_share")
            if other != indicator_id)]
for column, fig in zip(st.columns(2) * 2, trends, strict=False):
    with column:
        render.figure(fig, lang)

render.heading(t("emergency.control_heading", lang))
render.figure(emergency.control_chart_figure(view, source, indicator_id, month), lang)

render.heading(t("emergency.before_after_heading", lang))
st.selectbox(t("emergency.change_label", lang), changes, key=change_key, help=t("emergency.change_help", lang),
             format_func=functools.partial(emergency.change_text, events=events, lang=lang),
             on_change=filters.page_changed, args=("change", change_key, emergency.change_link))
render.figure(emergency.before_after_figure(view, source, indicator_id, month), lang)
cost_col, overhead_col = st.columns(2)
for column, what in ((cost_col, "cost"), (overhead_col, "overhead")):
    filters.typed_field(column, what, f"emergency_{what}", t(f"emergency.{what}_label", lang),
                        functools.partial(emergency.typed_in, what=what, lang=lang),
                        functools.partial(emergency.to_link, what=what),
                        functools.partial(emergency.refused, what=what, lang=lang),
                        help=t(f"emergency.{what}_help", lang))
render.figure(emergency.savings_figure(view, source, indicator_id, month, typed["cost"], typed["overhead"] / 100),
              lang, show_title=True)

render.heading(t("emergency.where_heading", lang))
render.figure(emergency.map_figure(view, source, indicator_id), lang, on_select=filters.map_chooser(emergency.MAP_KEY),
              width="content")  # whole width: half a laptop's screen cut the map's eastern units
left, right = st.columns(2)
with left:
    render.figure(emergency.ranking_figure(view, source, indicator_id), lang)
    render.figure(emergency.funnel_figure(view, source, indicator_id), lang)
with right:
    render.figure(emergency.centre_figure(view, source), lang)
