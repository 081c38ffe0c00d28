"""The learning store as the app opens it: once a process (migrated on opening), and read on every
run for the decisions the charts show. A store that cannot be opened leaves every other page working:
the charts then show no decisions, and a warning says why."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import settings
from dashboard.figures.view import Decided
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
        st.warning(t("learning.store_unavailable", lang, error=str(exc)[:300]), icon=":material/database:")
        return None


def decided(lang: str) -> tuple[Decided, ...]:
    """Every decision in force, for the charts of its indicator and area."""
    store = opened(lang)
    if store is None:
        return ()
    return tuple(Decided(d["indicator_id"], d["area_code"], d["decided_on"], d["what"], d["owner"])
                 for d in store.entries("decision"))
