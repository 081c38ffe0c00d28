"""A chart as every page shows it: the chart, its caption, and the table behind it on request."""

from __future__ import annotations

import altair as alt
import polars as pl
import streamlit as st

from dashboard import formatting
from dashboard.texts import t
from dashboard.ui.shell import PageContext


def caption(ctx: PageContext, indicator_id: str) -> str:
    return t("chart.caption", ctx.lang, definition=t(f"indicator.{indicator_id}.definition", ctx.lang),
             source=ctx.db.source or t("extract.unknown_source", ctx.lang),
             date=formatting.day(ctx.db.reference_date, ctx.lang))


def show(ctx: PageContext, chart: alt.TopLevelMixin, table: pl.DataFrame, indicator_id: str, key: str) -> None:
    st.altair_chart(chart, theme=None, key=key)
    st.caption(caption(ctx, indicator_id))
    with st.expander(t("chart.show_table", ctx.lang)):
        st.dataframe(table, hide_index=True)
