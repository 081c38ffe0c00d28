"""Entry script, served by `python -m dashboard.serve` (see there why not bare `streamlit run`).

The shell builds the frame; each page joins the navigation when it is built.
"""

import streamlit as st

from dashboard.settings import ROOT
from dashboard.texts import t
from dashboard.ui import filters, shell

st.set_page_config(page_title=t("app.title", filters.language()), page_icon=":material/home_health:", layout="wide")
st.logo(str(ROOT / "dashboard" / "ui" / "logo.svg"), size="large")
shell.run_app()
