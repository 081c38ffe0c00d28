"""Streamlit's own floor, for the browser benchmark: a page with a sidebar choice, one metric and one
chart, and no data work. The app's pages are reported as multiples of what this takes on the same
machine in the same run, so that a noisy machine does not hide or invent a change.

Served by `benchmarks/bench_browser.py` with `streamlit run`; its area names come from the link
(`?area=`) or the sidebar, like the app's.
"""

from __future__ import annotations

import altair as alt
import polars as pl
import streamlit as st

from dashboard.ui import run_log

AREAS = [f"Område {n:02d}" for n in range(60)]

with run_log.timed() as run:
    run.page = "floor"
    st.set_page_config(page_title="Golv", layout="wide")
    if "area" not in st.session_state:  # the link's area, taken once; then the widget keeps its own
        linked = st.query_params.get("area")
        st.session_state["area"] = linked if linked in AREAS else AREAS[0]
    area = st.sidebar.selectbox("Område", AREAS, key="area")
    st.query_params["area"] = area
    n = AREAS.index(area)
    st.title("Golv")
    st.markdown(f"**{area}**")
    st.metric("Värde", f"{50 + n} %", f"{n % 7 - 3}")
    months = pl.DataFrame({"month": pl.date_range(pl.date(2024, 1, 1), pl.date(2025, 12, 1), "1mo", eager=True)})
    frame = months.with_columns(value=(pl.int_range(pl.len()) * (n + 1)) % 37 + 40)
    st.altair_chart(alt.Chart(frame).mark_line(point=True).encode(x="month:T", y="value:Q"), width="stretch")
