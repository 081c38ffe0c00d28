"""Entry script, served by `python -m dashboard.serve` (see there why not bare `streamlit run`).

The shell builds the frame; each page joins the navigation when it is built.
"""

import streamlit as st

from dashboard.settings import ROOT
from dashboard.texts import t
from dashboard.ui import filters, shell

# the icon is served from here: a Material icon name would be fetched from an internet font host
LOGO = str(ROOT / "dashboard" / "ui" / "logo.svg")
st.set_page_config(page_title=t("app.title", filters.language()), page_icon=LOGO, layout="wide")
st.logo(LOGO, size="large")
shell.run_app()
