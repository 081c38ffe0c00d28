"""A page opened in AppTest by its link, and its tables as a reader sees them: the figures' tables are
HTML (`render.table_html`), read back here into frames of the text each cell shows."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.settings import ROOT

APP = str(ROOT / "app.py")


def opened(monkeypatch, data_dir, page: str, **link) -> AppTest:
    """The app on data_dir's extract, opened by a link and switched to `page` (its file under pages/)."""
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(link)
    app.run()
    app.switch_page(f"pages/{page}").run()
    assert not app.exception, app.exception
    return app


class _Cells(HTMLParser):
    """The header and rows of one `<table>`, as text."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []
        self.text: list[str] | None = None

    def handle_starttag(self, tag, _attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self.text = []

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.rows[-1].append("".join(self.text))
            self.text = None


def read_table(markup: str) -> pd.DataFrame:
    parser = _Cells()
    parser.feed(markup)
    header, *rows = parser.rows
    return pd.DataFrame(rows, columns=header)


def tables(app: AppTest) -> list[pd.DataFrame]:
    """Every figure's table on the page, in order."""
    return [read_table(element.value) for element in app.html if 'class="nvk-table"' in element.value]
