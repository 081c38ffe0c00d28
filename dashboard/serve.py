"""`python -m dashboard.serve [streamlit options]`: serve the app as `streamlit run app.py` would.

Streamlit decides once per process, before app.py first runs, whether a folder named `pages/` beside
the entry script holds old-style auto-discovered pages; until app.py's st.navigation says otherwise,
the first visitor's deep link (`/tackning?area=1480`) is resolved against those files and gets a
"Page not found" dialog. Our pages are st.navigation pages, so this launcher says so up front.
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from dashboard.settings import ROOT


def main(argv: list[str]) -> None:
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
