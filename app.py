"""Entry point: `streamlit run app.py`. Each page joins the navigation when it is built."""

import streamlit as st

from dashboard.settings import ROOT
from dashboard.texts import t
from dashboard.ui.shell import LANG

st.set_page_config(page_title=t("app.title", LANG), page_icon=":material/home_health:", layout="wide")
st.logo(str(ROOT / "dashboard" / "ui" / "logo.svg"), size="large")
pages = [
    st.Page(str(ROOT / "pages" / "overview.py"), title=t("page.overview", LANG), icon=":material/dashboard:",
            url_path="oversikt", default=True),
]
st.navigation(pages).run()
