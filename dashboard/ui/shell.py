"""The frame every page shares: the extract, the selection, navigation and the page heading.

`app.py` builds it once per run (extract, selection in the sidebar and the URL, navigation);
pages then ask for `context()` and only lay out.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard import formatting
from dashboard.data.database import Database
from dashboard.metrics.indicators import Scope
from dashboard.figures.selection import Choices, Selection, comparison_area
from dashboard.settings import ROOT
from dashboard.texts import t
from dashboard.ui import filters
from dashboard.ui import cache as data

_CONTEXT = "_nvk_context"

#: Each page: file, catalogue key of its title, icon, URL path, whether it offers the team filter.
#: The first is the start page, at "/". Every other page's URL path is its file's name: before app.py
#: first calls st.navigation in a new server, Streamlit resolves a deep link against the files in
#: pages/, and a link whose path names no file gets a "Page not found" dialog.
PAGES = (
    ("overview.py", "page.overview", ":material/dashboard:", "", False),
    ("tackning.py", "page.coverage", ":material/map:", "tackning", False),
)


@dataclass(frozen=True)
class PageContext:
    version: str
    db: Database
    choices: Choices
    selection: Selection

    @property
    def lang(self) -> str:
        return self.selection.lang

    @property
    def scope(self) -> Scope:
        """The figures' subject: the chosen centre or team if any, else the area."""
        s = self.selection
        if s.hc_id:
            return Scope(hc_id=s.hc_id)
        if s.team_id:
            return Scope(team_id=s.team_id)
        return Scope(area_code=s.area_code)

    @property
    def comparison(self) -> Scope | None:
        code = comparison_area(self.selection, self.choices)
        return None if code is None else Scope(area_code=code)

    def scope_name(self, scope: Scope) -> str:
        if scope.hc_id:
            return self.choices.centres[scope.hc_id].name
        if scope.team_id:
            return self.choices.teams[scope.team_id]
        return self.choices.areas[scope.area_code].name

    def period_text(self) -> str:
        s = self.selection
        return t("chart.period", self.lang, first=formatting.month(s.first, self.lang),
                 last=formatting.month(s.last, self.lang))

    def comparison_text(self) -> str:
        comparison = self.comparison
        if comparison is None:
            return t("chart.no_comparison", self.lang)
        return t("chart.compared_with", self.lang, area=self.scope_name(comparison))


def run_app() -> None:
    """Open the extract, take the selection from the URL and sidebar, and run the chosen page."""
    lang = filters.language()
    version, db, choices = _open_extract(lang)
    notices = filters.resolve(choices)
    lang = filters.language()
    pages = {url: st.Page(str(ROOT / "pages" / file), title=t(title, lang), icon=icon, url_path=url or None,
                          default=n == 0)
             for n, (file, title, icon, url, _team) in enumerate(PAGES)}
    page = st.navigation(list(pages.values()))
    with_team = any(url == page.url_path and team for _f, _t, _i, url, team in PAGES)
    selection = filters.sidebar(choices, notices, with_team=with_team)
    st.session_state[_CONTEXT] = PageContext(version, db, choices, selection)
    st.sidebar.caption(extract_caption(db, selection.lang))
    page.run()


def _open_extract(lang: str) -> tuple[str, Database, Choices]:
    """The current extract and what it offers; without a usable one, a clear message and the page stops."""
    try:
        version = data.current_version()
        return version, data.database(version), data.choices(version)
    except data.ExtractUnavailable as exc:
        st.error(t(exc.key, lang, **exc.values), icon=":material/error:")
        st.stop()


def context() -> PageContext:
    return st.session_state[_CONTEXT]


def extract_caption(db: Database, lang: str) -> str:
    return t(
        "extract.caption", lang,
        date=formatting.day(db.reference_date, lang),
        source=db.source or t("extract.unknown_source", lang),
    )


def heading(ctx: PageContext, title_key: str) -> None:
    """Title; what, where and compared with what; and the extract's date and source."""
    st.title(t(title_key, ctx.lang))
    st.markdown(f"**{ctx.scope_name(ctx.scope)}** · {ctx.period_text()} · {ctx.comparison_text()}")
    st.caption(extract_caption(ctx.db, ctx.lang))
