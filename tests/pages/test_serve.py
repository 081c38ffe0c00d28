"""The launcher: what it sets before Streamlit runs the app."""

from __future__ import annotations

import sys

import altair as alt
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from dashboard import serve


def test_the_served_app_makes_charts_unchecked_and_names_its_pages(monkeypatch):
    ran = []
    monkeypatch.setattr(cli, "main", lambda: ran.append(True))
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    try:
        serve.main(["--server.port", "1"])
        assert ran == [True]
        assert alt.utils.schemapi.DEBUG_MODE is False  # Altair's check at every object: off when served
        assert PagesManager.uses_pages_directory is False
    finally:
        alt.utils.schemapi.enable_debug_mode()  # the tests check every chart object as it is made
