"""The frame every page shares: the current extract, its date and source, and the page heading."""

from __future__ import annotations

import streamlit as st

from dashboard import formatting
from dashboard.db import Database
from dashboard.texts import t
from dashboard.ui import data

LANG = "sv"


def open_extract() -> tuple[str, Database]:
    """The current extract's version and views; on failure a clear message and the page stops."""
    try:
        version = data.current_version()
        return version, data.database(version)
    except data.ExtractUnavailable as exc:
        st.error(str(exc), icon=":material/error:")
        st.stop()


def extract_caption(db: Database, lang: str = LANG) -> str:
    return t(
        "extract.caption", lang,
        date=formatting.day(db.reference_date, lang),
        source=db.source or t("extract.unknown_source", lang),
    )


def heading(title: str, subtitle: str, db: Database, lang: str = LANG) -> None:
    """Title, subtitle and the extract line, also kept in the sidebar so it is always in view."""
    st.title(title)
    st.markdown(f"**{subtitle}**")
    caption = extract_caption(db, lang)
    st.caption(caption)
    st.sidebar.caption(caption)
