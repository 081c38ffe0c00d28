"""The frame every page shares: the extract, the selection, navigation and the page heading.

`app.py` builds it once per run (extract, selection in the sidebar and the URL, navigation);
pages then ask for `context()` and only lay out.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import streamlit as st

from dashboard import figures, formatting, settings
from dashboard.charts import area_map
from dashboard.data.database import Database
from dashboard.data.secret import cell_key_secret
from dashboard.figures.selection import Choices
from dashboard.figures.view import Page, View
from dashboard.settings import ROOT
from dashboard.texts import t
from dashboard.ui import cache, filters, loop_store, render, run_log
from dashboard.ui.cache import CachedSource

_CONTEXT = "_nvk_context"
_log = logging.getLogger(__name__)


def pages() -> list[Page]:
    """Every page, found in the figure builders' modules, in navigation order."""
    found = []
    for module in pkgutil.iter_modules(figures.__path__):
        page = getattr(importlib.import_module(f"{figures.__name__}.{module.name}"), "PAGE", None)
        if isinstance(page, Page):
            found.append(page)
    return sorted(found, key=lambda p: p.order)


@dataclass(frozen=True)
class PageContext:
    """What a page script gets: the view to build figures for, and where to read them (cached)."""

    view: View
    source: CachedSource
    db: Database

    @property
    def lang(self) -> str:
        return self.view.lang


def run_app() -> None:
    """Check the settings, open the extract, take the selection from the URL and sidebar, and run
    the chosen page; whatever fails reaches the user as a message in their language, never a traceback."""
    with run_log.timed() as run:
        _run_page(run)


def _run_page(run: run_log.Run) -> None:
    lang = filters.language()
    render.stylesheet()
    _check_settings(lang)
    version, db, choices = _open_extract(lang)
    listed = pages()
    notices = filters.resolve(choices, {param for page in listed for param in page.params})
    lang = filters.language()
    by_url = {page.url: page for page in listed}
    navigation = [st.Page(str(ROOT / "pages" / p.file), title=t(p.title_key, lang), icon=p.icon,
                          url_path=p.url or None, default=p.order == 0) for p in listed]
    chosen = st.navigation(navigation)
    render.links_to(dict(zip((p.url for p in listed), navigation, strict=True)))
    page = by_url.get(chosen.url_path, listed[0])
    filters.entered(page.url, page.params)
    run.page = page.name
    filters.defer_url()
    selection = filters.sidebar(choices, notices, with_team=page.with_team)
    decisions, targets = loop_store.for_charts(lang)
    view = View(selection, choices, db.reference_date, db.source, page=page.url, page_name=page.name,
                decisions=decisions, targets=targets)
    st.session_state[_CONTEXT] = PageContext(view, cache.CachedSource(version), db)
    st.sidebar.caption(render.plain(extract_caption(view)))
    with st.sidebar.expander(t("disclosure.title", lang)):
        st.markdown(t("disclosure.explained", lang))
    try:
        chosen.run()
    except Exception:  # a bug, not the user's input: logged with a reference the user can quote
        _internal_error(f"page {page.file}", view.lang)
    finally:
        filters.write_url()


def _internal_error(where: str, lang: str) -> None:
    reference = uuid.uuid4().hex[:8]
    _log.exception("%s failed (reference %s)", where, reference)
    st.error(t("error.internal", lang, reference=reference), icon=":material/error:")


def _check_settings(lang: str) -> None:
    """Every setting, and the boundary file if one is set, checked before anything is drawn."""
    found = settings.problems()
    path = area_map.boundaries_path()
    if path is not None:
        try:
            area_map.load_boundaries(path)
        except ValueError as exc:
            found.append(settings.SettingError("NVK_BOUNDARIES", str(path), "boundaries", problem=str(exc)))
    for problem in found:
        st.error(problem.message(lang), icon=":material/settings:")
    if found:
        st.stop()


def _open_extract(lang: str) -> tuple[str, Database, Choices]:
    """The current extract and what it offers; without a usable one, a clear message and the page stops."""
    try:
        version = cache.current_version()
        opened = version, cache.database(version), cache.choices(version)
        cell_key_secret(Path(version))  # the data folder's: every figure is published with it
        return opened
    except cache.ExtractUnavailable as exc:
        st.error(t(exc.key, lang, **exc.values), icon=":material/error:")
        st.stop()
    except settings.SettingError as exc:
        st.error(exc.message(lang), icon=":material/settings:")
        st.stop()
    except Exception:  # not the extract's fault: said so, with a reference to the server's log
        _internal_error("opening the extract", lang)
        st.stop()


def context(page: Page | None = None) -> PageContext:
    """The running page's context; given its `Page`, made for it whichever page the shell took it for. A
    page script run alone (AppTest's `switch_page` runs the script without app.py) still gets its own
    view then: a page of teams keeps the team its link names, and its figures link to it."""
    ctx = st.session_state[_CONTEXT]
    if page is None or ctx.view.page == page.url:
        return ctx
    selection = filters.on_page(filters.current(), page.with_team)
    view = replace(ctx.view, selection=selection, page=page.url, page_name=page.name, page_params=())
    return replace(ctx, view=view)


def extract_caption(view: View) -> str:
    return t("extract.caption", view.lang, date=formatting.day(view.extract_date, view.lang), source=view.source)


def heading(ctx: PageContext, title_key: str) -> None:
    """Title; what, where and compared with what; and the extract's date and source."""
    view = ctx.view
    st.title(t(title_key, ctx.lang))
    st.markdown(f"**{render.plain(view.scope_name(view.scope))}** · {render.plain(view.period_text())} · "
                f"{render.plain(view.comparison_text())}")
    st.caption(render.plain(extract_caption(view)))
