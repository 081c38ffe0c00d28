"""Översikt: where the selection stands in the period's last month, and how one indicator developed."""

import streamlit as st

from dashboard import formatting
from dashboard.figures import tiles as kpi
from dashboard.figures import overview
from dashboard.texts import t
from dashboard.ui import shell
from dashboard.ui import cache as data
from dashboard.ui import render as figure

ctx = shell.context()
lang, sel = ctx.lang, ctx.selection
shell.heading(ctx, "page.overview")
ids = overview.tile_ids(ctx.scope)
monthly = data.monthly_figures(ctx.version, ctx.scope, sel.first, sel.last, ids)
comparison = None if ctx.comparison is None else data.monthly_figures(ctx.version, ctx.comparison, sel.first,
                                                                       sel.last, ids)
name = ctx.scope_name(ctx.scope)
comparison_name = None if ctx.comparison is None else ctx.scope_name(ctx.comparison)

st.subheader(t("overview.tiles", lang, month=formatting.month(sel.last, lang)))
st.caption(t("overview.intro", lang))
for section_key, section in overview.sections(ctx.scope):
    st.markdown(f"#### {t(section_key, lang)}")
    columns = st.columns(4)
    for n, tile in enumerate(kpi.tiles(monthly, section, sel.last, lang, comparison, comparison_name)):
        with columns[n % 4]:
            st.metric(tile.label, tile.value, tile.change, delta_color=tile.change_colour, help=tile.help,
                      chart_data=tile.sparkline, chart_type="line", border=True)
            if tile.comparison:
                st.caption(tile.comparison)

st.subheader(t("overview.development", lang))
indicator = st.selectbox(t("overview.indicator", lang), ids, key="overview_indicator",
                         format_func=lambda i: t(f"indicator.{i}.name", lang))
use_run_chart = st.toggle(t("overview.use_run_chart", lang), key="overview_run_chart")
rebase_col, target_col = st.columns(2)
rebase = rebase_col.multiselect(t("overview.rebase", lang), sel.period.months[1:], key="overview_rebase",
                                format_func=lambda m: formatting.month(m, lang), disabled=use_run_chart,
                                placeholder=t("overview.rebase_none", lang))
target = target_col.number_input(t("overview.target", lang), value=None, step=1.0, key="overview_target",
                                 disabled=use_run_chart)
dev = overview.development(indicator, monthly, comparison, name, comparison_name,
                           [f"{ctx.period_text()} · {ctx.comparison_text()}"], lang, use_run_chart,
                           rebase, overview.target_from_input(indicator, target))
left, right = st.columns(2)
with left:
    figure.show(ctx, dev.trend, dev.trend_table, indicator, key="overview_trend")
with right:
    figure.show(ctx, dev.control, dev.control_table, indicator, key="overview_control")
    if dev.variation:
        st.markdown(t("overview.latest_variation", lang, variation=dev.variation))
    if dev.assurance:
        st.markdown(t("overview.assurance", lang, assurance=dev.assurance))
    st.markdown(f"**{t('overview.signals', lang)}**")
    st.markdown("\n".join(f"- {s}" for s in dev.signals) or t("overview.no_signals", lang))
