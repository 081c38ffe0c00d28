"""Akutbesök: whether ED visits and readmissions among the oldest fall, whether a fall is a signal, what
changed when, and what it is worth."""

import functools

import streamlit as st

from dashboard import formatting
from dashboard.figures import emergency
from dashboard.figures.indicator_charts import trend_figure
from dashboard.metrics.periods import month_label
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
change = filters.page_choice("change", "emergency_change", emergency.default_change(ctx.view), options=changes,
                             to_link=month_label)
typed = {}
for what in ("cost", "overhead"):
    typed[what] = filters.page_choice(
        what, f"emergency_{what}", emergency.DEFAULTS[what],
        to_link=functools.partial(emergency.to_link, what=what),
        from_link=functools.partial(emergency.from_link, what=what),
        shown=lambda value: formatting.typed(value, lang))
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
left, right = st.columns(2)
with left:
    render.figure(emergency.relinked(view, trend_figure(view, source, indicator_id, "akutbesok_trend"), indicator_id),
                  lang)
with right:
    render.figure(emergency.bands_figure(view, source), lang)
others = [i for i in ("ed_rate_listed", "readmission_share") if i != indicator_id]
for column, other in zip(st.columns(2), others, strict=False):
    with column:
        render.figure(trend_figure(view, source, other, f"akutbesok_trend_{other}"), lang)

render.heading(t("emergency.control_heading", lang))
render.figure(emergency.control_chart_figure(view, source, indicator_id, change), lang)

render.heading(t("emergency.before_after_heading", lang))
st.selectbox(t("emergency.change_label", lang), changes, key="emergency_change", help=t("emergency.change_help", lang),
             index=None, placeholder=t("emergency.change_none", lang),
             format_func=lambda m: (t("emergency.change_option", lang, month=formatting.month(m, lang),
                                      event=events[m]) if m in events else formatting.month(m, lang)),
             on_change=filters.page_changed, args=("change", "emergency_change", month_label))
render.figure(emergency.before_after_figure(view, source, indicator_id, change), lang)
cost_col, overhead_col = st.columns(2)
for column, what in ((cost_col, "cost"), (overhead_col, "overhead")):
    column.text_input(t(f"emergency.{what}_label", lang), key=f"emergency_{what}",
                      help=t(f"emergency.{what}_help", lang), on_change=filters.typed_changed,
                      args=(what, f"emergency_{what}",
                            functools.partial(emergency.typed_in, what=what, lang=lang),
                            functools.partial(emergency.to_link, what=what)))
    if (refused := filters.refused(f"emergency_{what}")) is not None:
        column.error(emergency.refused(refused, what, lang), icon=":material/error:")
render.figure(emergency.savings_figure(view, source, indicator_id, change, typed["cost"], typed["overhead"] / 100),
              lang)

render.heading(t("emergency.where_heading", lang))
left, right = st.columns(2)
with left:
    render.figure(emergency.map_figure(view, source, indicator_id), lang,
                  on_select=filters.map_chooser(emergency.MAP_KEY), width="content")
with right:
    render.figure(emergency.ranking_figure(view, source, indicator_id), lang)
left, right = st.columns(2)
with left:
    render.figure(emergency.funnel_figure(view, source, indicator_id), lang)
with right:
    render.figure(emergency.centre_figure(view, source), lang)
