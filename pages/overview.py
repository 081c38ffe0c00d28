"""Översikt: the region's headline indicators for the latest complete month."""

import streamlit as st

from dashboard import formatting, kpi
from dashboard.overview import SECTIONS, overview_period
from dashboard.texts import t
from dashboard.ui import data, shell

lang = shell.LANG
version, db = shell.open_extract()
region = data.region(version)
period = overview_period(db.reference_date)
shell.heading(
    t("page.overview", lang),
    t("overview.subtitle", lang, area=region["name"], month=formatting.month(period.last, lang)),
    db,
    lang,
)
st.caption(t("overview.intro", lang))
ids = tuple(i for _, section in SECTIONS for i in section)
monthly = data.monthly_figures(version, region["code"], period.first, period.last, ids)
for section_key, section in SECTIONS:
    st.subheader(t(section_key, lang))
    columns = st.columns(4)
    for n, tile in enumerate(kpi.tiles(monthly, list(section), period.last, lang)):
        with columns[n % 4]:
            st.metric(
                tile.label, tile.value, tile.change, delta_color=tile.change_colour, help=tile.help,
                chart_data=tile.sparkline, chart_type="line", border=True,
            )
