"""The one place a Figure meets Streamlit: chart or headline numbers, caption, notes, and the table.

Every text that may come from data (names, sources) reaches Streamlit through `plain`, so it is
shown as written, never read as Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard.figures.figure import Figure, Metric
from dashboard.formatting import plain
from dashboard.texts import t


def heading(text: str) -> None:
    st.markdown(f"#### {plain(text)}")


def figure(fig: Figure, lang: str, *, table: bool = True, on_select: Callable[[], None] | None = None,
           width: str = "stretch", columns: int = 4, show_title: bool = False, caption: bool = True) -> Any:
    """Show a figure; with `on_select`, clicks on the chart call it (the map); returns the chart's event.

    Without `caption` the definition and source are left to the page: headline tiles carry each
    definition on hover and sit under the page's own source line, where a long caption would only repeat."""
    event = None
    if show_title:
        heading(fig.title)
    if fig.metrics:
        metrics(fig.metrics, columns)
    if fig.chart is not None:
        if on_select is None:
            event = st.altair_chart(fig.chart, theme=None, key=fig.key, width=width)
        else:
            event = st.altair_chart(fig.chart, theme=None, key=fig.key, on_select=on_select,
                                    selection_mode="unit", width=width)
    if fig.notes:
        st.markdown("\n".join(f"- {plain(note)}" for note in fig.notes))
    if caption:
        st.caption(plain(fig.caption(lang)))
    if table and fig.table.height and (fig.chart is not None or fig.metrics):
        with st.expander(t("chart.show_table" if fig.chart is not None else "chart.show_numbers", lang)):
            st.dataframe(fig.table.display(lang), hide_index=True, key=f"{fig.key}_table")
    elif table and fig.table.height:
        st.dataframe(fig.table.display(lang), hide_index=True, key=f"{fig.key}_table")
    return event


def metrics(items: tuple[Metric, ...], columns: int = 4) -> None:
    """Headline numbers. Streamlit reads a metric's label and change as Markdown: a change that is words
    (a name, `arrow` off) is escaped, while a signed change keeps its sign; labels are the catalogue's."""
    cells = st.columns(min(columns, len(items)) or 1)
    for n, item in enumerate(items):
        change = plain(item.change) if item.change and not item.arrow else item.change
        with cells[n % len(cells)]:
            st.metric(item.label, item.value, change, delta_color=item.change_colour, help=item.help,
                      chart_data=list(item.sparkline) or None, chart_type="line", border=bool(item.sparkline),
                      delta_arrow="auto" if item.arrow else "off")
            if item.note:
                st.caption(plain(item.note))
