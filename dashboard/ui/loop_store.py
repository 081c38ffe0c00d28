"""The learning store as the app opens it: once a process (migrated on opening), and read on every
run for the decisions the charts show. A store that cannot be opened leaves every other page working:
the charts then show no decisions, and a warning says why."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import formatting, settings
from dashboard.figures import learning
from dashboard.figures.view import Decided, Targeted
from dashboard.learning.schema import TABLES
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
    """Every decision and target in force (`learning.for_charts`); none where the store cannot be opened."""
    store = opened(lang)
    if store is None:
        return (), ()
    return learning.for_charts({"decision": store.entries("decision"), "target": store.entries("target")})


def wheel_items(lang: str) -> list[dict]:
    """The annual wheel's items in force, for the start page's next items."""
    store = opened(lang)
    return [] if store is None else store.entries("wheel_item")


def everything(lang: str) -> dict[str, list[dict]]:
    """Every entry by kind (`Store.everything`); none of any kind where the store cannot be opened."""
    store = opened(lang)
    return {kind: [] for kind in TABLES} if store is None else store.everything()
