"""The learning store as the app opens it: once a process (migrated on opening), and read on every
run for the decisions the charts show. A store that cannot be opened leaves every other page working:
the charts then show no decisions, and a warning says why."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import formatting, settings
from dashboard.figures.view import Decided, Targeted
from dashboard.learning.store import Store
from dashboard.texts import t

_log = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def _opened(url: str) -> Store:
    return Store(url)


def opened(lang: str) -> Store | None:
    """The store the settings name, or None with a warning saying why it could not be opened."""
    url = settings.learning_store()
    try:
        return _opened(url)
    except Exception as exc:  # a path that cannot be written, a server that does not answer
        _log.exception("the learning store %s could not be opened", url)
        st.warning(t("learning.store_unavailable", lang, error=formatting.plain(str(exc)[:300])),
                   icon=":material/database:")
        return None


def for_charts(lang: str) -> tuple[tuple[Decided, ...], tuple[Targeted, ...]]:
    """Every decision and target in force: the decisions for the charts of their indicator and area,
    the targets for the start page's tiles and control chart. None where the store cannot be opened."""
    store = opened(lang)
    if store is None:
        return (), ()
    return (tuple(Decided(d["indicator_id"], d["area_code"], d["decided_on"], d["what"], d["owner"])
                  for d in store.entries("decision")),
            tuple(Targeted(x["indicator_id"], x["area_code"], x["value"]) for x in store.entries("target")))


def wheel_items(lang: str) -> list[dict]:
    """The annual wheel's items in force, for the start page's next items."""
    store = opened(lang)
    return [] if store is None else store.entries("wheel_item")
