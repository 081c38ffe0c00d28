"""The coverage page's panels laid out; what each shows comes from `dashboard.figures.coverage`."""

from __future__ import annotations

import streamlit as st

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.figures import coverage
from dashboard.figures import tables as figures
from dashboard.charts.area_map import area_map, clicked_unit
from dashboard.metrics.indicators import BY_ID, Scope
from dashboard.settings import need_shares, patients_per_doctor
from dashboard.texts import t
from dashboard.ui import cache as data
from dashboard.ui import render as figure
from dashboard.ui.filters import choose_area
from dashboard.ui.shell import PageContext

MAP_KEY = "coverage_map"


def _map_clicked() -> None:
    """A click on a tile chooses that unit in the sidebar's area filter, and so in the URL."""
    code = clicked_unit(st.session_state[MAP_KEY].selection)
    if code:
        choose_area(code)


def units_and_peers(ctx: PageContext, indicator: str):
    """The home-care units (for the map) and the selection's peers (for ranking and funnel), with the region's value."""
    sel, choices = ctx.selection, ctx.choices
    units = coverage.home_care_units(choices)
    peers = coverage.areas_of_level(choices, coverage.ranking_level(choices.areas[sel.area_code].level))
    ids = tuple(coverage.MAP_INDICATORS)
    unit_rows = data.area_figures(ctx.version, tuple(units), sel.last, sel.last, ids)
    peer_rows = data.area_figures(ctx.version, tuple(peers), sel.last, sel.last, ids)
    region = data.monthly_figures(ctx.version, Scope(area_code=choices.region), sel.last, sel.last, (indicator,))
    return (coverage.area_rows(unit_rows, indicator, choices, sel.area_code, ctx.lang),
            coverage.area_rows(peer_rows, indicator, choices, sel.area_code, ctx.lang), region["value"][0])


def map_and_ranking(ctx: PageContext, indicator: str, units, peers, region_value) -> None:
    lang, choices = ctx.lang, ctx.choices
    measure, month = BY_ID[indicator].measure, formatting.month(ctx.selection.last, lang)
    name, region = t(f"indicator.{indicator}.name", lang), choices.areas[choices.region].name
    left, right = st.columns([3, 2])  # the map's tiles keep their size; the ranking takes the rest
    with left:
        chart = area_map(units, measure, f"{name} – {region}", [t("coverage.map_subtitle", lang, month=month)], lang,
                         selected=ctx.selection.area_code)
        st.altair_chart(chart, theme=None, key=MAP_KEY, on_select=_map_clicked, selection_mode="unit",
                        width="content")
        st.caption(t("coverage.map_help", lang) + " " + figure.caption(ctx, indicator))
    with right:
        bar = charts.ranked_bar(peers, measure, region_value, region, f"{name} – {t('coverage.ranking', lang)}",
                                [t("coverage.ranking_subtitle", lang, month=month, reference=region)], lang)
        figure.show(ctx, bar, figures.area_table(peers, lang), indicator, key="coverage_ranking")


def funnel_and_trend(ctx: PageContext, indicator: str, peers, region_value) -> None:
    lang, sel = ctx.lang, ctx.selection
    name, region = t(f"indicator.{indicator}.name", lang), ctx.choices.areas[ctx.choices.region].name
    left, right = st.columns(2)
    with left:
        shown = peers.filter(~peers["suppressed"] & peers["value"].is_not_null())
        if not coverage.has_funnel(indicator, region_value) or not shown.height:
            st.info(t("coverage.no_funnel", lang))
        else:
            limits = coverage.funnel_limits(region_value, shown["denominator"].max())
            chart = charts.funnel(shown, limits, region_value, f"{name} – {t('coverage.funnel', lang).lower()}",
                                  [t("coverage.funnel_subtitle", lang, reference=region)],
                                  t("coverage.funnel_x", lang), lang)
            figure.show(ctx, chart, figures.area_table(peers, lang), indicator, key="coverage_funnel")
    with right:
        own = data.monthly_figures(ctx.version, ctx.scope, sel.first, sel.last, (indicator,))
        other = None if ctx.comparison is None else data.monthly_figures(ctx.version, ctx.comparison, sel.first,
                                                                         sel.last, (indicator,))
        rows = figures.trend(figures.series(own, indicator, ctx.scope_name(ctx.scope)),
                             None if other is None else figures.series(other, indicator,
                                                                       ctx.scope_name(ctx.comparison), True))
        chart = charts.trend_line(rows, BY_ID[indicator].measure, f"{name} – {ctx.scope_name(ctx.scope)}",
                                  [f"{ctx.period_text()} · {ctx.comparison_text()}"], lang)
        figure.show(ctx, chart, figures.table(rows, indicator, lang), indicator, key="coverage_trend")


def equal_care(ctx: PageContext, indicator: str) -> None:
    lang, sel, choices = ctx.lang, ctx.selection, ctx.choices
    peers = coverage.areas_of_level(choices, coverage.ranking_level(choices.areas[sel.area_code].level))
    ids = (indicator,)
    first = coverage.area_rows(data.area_figures(ctx.version, tuple(peers), sel.first, sel.first, ids), indicator,
                               choices, sel.area_code, lang)
    last = coverage.area_rows(data.area_figures(ctx.version, tuple(peers), sel.last, sel.last, ids), indicator,
                              choices, sel.area_code, lang)
    spread = coverage.spread(first, last, lang)
    own = data.monthly_figures(ctx.version, Scope(area_code=sel.area_code), sel.last, sel.last,
                               ("coverage_offered_65",)).row(0, named=True)
    listing = coverage.listing_effect(data.listing_effect(ctx.version, sel.area_code, sel.last), lang,
                                      coverage_hidden=own["suppressed"])
    month = formatting.month(sel.last, lang)
    left, right = st.columns(2)
    with left:
        st.markdown(f"#### {t('coverage.equal_care', lang)}")
        if spread is None:
            st.info(t("coverage.no_spread", lang))
        else:
            a, b, c = st.columns(3)
            a.metric(t("coverage.lowest", lang), spread.lowest_value, spread.lowest, delta_color="off", delta_arrow="off")
            b.metric(t("coverage.highest", lang), spread.highest_value, spread.highest, delta_color="off",
                     delta_arrow="off")
            c.metric(t("coverage.ratio", lang), spread.ratio,
                     t("coverage.ratio_before", lang, ratio=spread.ratio_before) if spread.ratio_before else None,
                     delta_color="off", delta_arrow="off")
            st.caption(t("coverage.spread_caption", lang, units=spread.units, month=month))
    with right:
        st.markdown(f"#### {t('coverage.listing', lang)}")
        a, b, c = st.columns(3)
        a.metric(t("coverage.listing_share", lang), listing.share_outside)
        b.metric(t("coverage.listing_outside", lang), listing.outside)
        c.metric(t("coverage.listing_without", lang), listing.without_doctor)
        st.caption(t("coverage.listing_caption", lang, area=choices.areas[sel.area_code].name, month=month,
                     patients=listing.patients))


def centres(ctx: PageContext) -> None:
    lang, sel, choices = ctx.lang, ctx.selection, ctx.choices
    st.markdown(f"#### {t('coverage.centres', lang, area=choices.areas[sel.area_code].name)}")
    ids = choices.centres_in(sel.area_code)
    if not ids:
        st.info(t("coverage.no_centres", lang))
        return
    sort_by = st.selectbox(t("coverage.sort", lang), coverage.CENTRE_SORTS, key="coverage_sort",
                           format_func=lambda k: t(k, lang))
    rows = data.centre_figures(ctx.version, sel.area_code, tuple(ids), sel.first, sel.last)
    st.dataframe(coverage.centre_table(rows, choices, ids, lang, sort_by), hide_index=True)
    st.caption(t("coverage.centres_caption", lang, month=formatting.month(sel.last, lang)))


def need(ctx: PageContext) -> None:
    lang, sel = ctx.lang, ctx.selection
    st.markdown(f"#### {t('coverage.need', lang)}")
    reached = data.monthly_figures(ctx.version, Scope(area_code=sel.area_code), sel.last, sel.last,
                                   ("coverage_offered_65",)).row(0, named=True)
    result = coverage.need(data.population_65(ctx.version, sel.area_code, sel.last), reached["numerator"],
                           reached["suppressed"], need_shares(), patients_per_doctor(), lang)
    if result is None:
        st.info(t("coverage.no_population", lang))
        return
    columns = st.columns(len(result.groups) + 2)
    for column, (key, size) in zip(columns, result.groups):
        column.metric(t(key, lang), size)
    columns[-2].metric(t("need.reached", lang), result.reached, t("need.share_reached", lang) + ": "
                       + result.share_reached, delta_color="off", delta_arrow="off")
    columns[-1].metric(t("need.doctors_needed", lang), result.doctors_needed,
                       t("need.doctors_for_reached", lang) + ": " + result.doctors_for_reached,
                       delta_color="off", delta_arrow="off")
    st.caption(t("coverage.need_caption", lang, population=result.population_65,
                 per_doctor=formatting.number(patients_per_doctor(), 0, lang)))
