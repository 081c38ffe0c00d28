"""Täckning: who gets a mobile doctor and who does not, by unit and centre, how evenly, against need."""

import streamlit as st

from dashboard.figures.coverage import MAP_INDICATORS
from dashboard.texts import t
from dashboard.ui import coverage_view as view
from dashboard.ui import shell

ctx = shell.context()
lang = ctx.lang
shell.heading(ctx, "page.coverage")
st.caption(t("coverage.intro", lang))
indicator = st.segmented_control(t("coverage.indicator", lang), MAP_INDICATORS, key="coverage_indicator",
                                 default=MAP_INDICATORS[0], format_func=lambda i: t(f"indicator.{i}.name", lang))
indicator = indicator or MAP_INDICATORS[0]
units, peers, region_value = view.units_and_peers(ctx, indicator)
view.map_and_ranking(ctx, indicator, units, peers, region_value)
view.funnel_and_trend(ctx, indicator, peers, region_value)
view.equal_care(ctx, indicator)
view.centres(ctx)
view.need(ctx)
