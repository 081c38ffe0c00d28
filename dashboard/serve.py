"""`python -m dashboard.serve [streamlit options]`: serve the app as `streamlit run app.py` would.

Streamlit decides once per process, before app.py first runs, whether a folder named `pages/` beside
the entry script holds old-style auto-discovered pages; until app.py's st.navigation says otherwise,
the first visitor's deep link (`/tackning?area=1480`) is resolved against those files and gets a
"Page not found" dialog. Our pages are st.navigation pages, so this launcher says so up front.

It also switches off Altair's checking of every chart object against Vega-Lite's schema as it is
made (its "debug mode", on by default): a tenth of a page's run on the server. The tests keep it on,
and validate every builder's whole spec besides (tests/charts, tests/figures).
"""

from __future__ import annotations

import sys

import altair as alt
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from dashboard.settings import ROOT


def main(argv: list[str]) -> None:
    PagesManager.uses_pages_directory = False
    alt.utils.schemapi.disable_debug_mode()
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
