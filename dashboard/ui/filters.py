"""The sidebar's selection, the same on every page, kept in the URL by hand-written syncing.

Streamlit 1.67's `bind="query-params"` writes a widget's *displayed label* into the URL, while our
links carry codes (`area=1480`, `lang=sv`), and it resets bound widgets on a page switch; so the
syncing is done here, once: the URL is read when it changes (a new link, a reload, the back
button), the widgets hold the state between pages, and every run writes the full selection back.
"""

from __future__ import annotations

import streamlit as st

from dashboard import formatting
from dashboard.periods import month_label, parse_month
from dashboard.selection import (
    COMPARE_KEYWORDS, LANGUAGES, Choices, Notice, Selection, default_selection, from_params,
)
from dashboard.texts import t

_WRITTEN = "_nvk_url_written"
_KEYS = {"lang": "w_lang", "area": "w_area", "from": "w_from", "to": "w_to", "compare": "w_compare",
         "hc": "w_hc", "team": "w_team"}
_LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


def resolve(choices: Choices) -> list[Notice]:
    """Take the URL into the widgets' state when it is new; a page switch (empty URL) keeps the state."""
    raw = {k: v for k, v in st.query_params.to_dict().items()}
    written = st.session_state.get(_WRITTEN)
    first_run = _KEYS["area"] not in st.session_state
    if not first_run and (raw == written or not raw):
        return []
    selection, notices = from_params(raw, choices) if raw else (default_selection(choices), [])
    _store(selection)
    return notices


def language() -> str:
    return st.session_state.get(_KEYS["lang"], "sv")


def _store(selection: Selection) -> None:
    state = st.session_state
    state[_KEYS["lang"]] = selection.lang
    state[_KEYS["area"]] = selection.area_code
    state[_KEYS["from"]] = month_label(selection.first)
    state[_KEYS["to"]] = month_label(selection.last)
    state[_KEYS["compare"]] = selection.compare
    state[_KEYS["hc"]] = selection.hc_id
    state[_KEYS["team"]] = selection.team_id


def sidebar(choices: Choices, notices: list[Notice], with_team: bool = False) -> Selection:
    """Draw the selection widgets, write the selection to the URL and return it."""
    lang = language()
    side = st.sidebar
    side.segmented_control(t("filter.language", lang), LANGUAGES, key=_KEYS["lang"],
                           format_func=_LANGUAGE_NAMES.get, on_change=_keep_language)
    lang = language()
    for notice in notices:
        side.warning(t(notice.key, lang, **dict(notice.values)), icon=":material/link_off:")
    side.subheader(t("filter.heading", lang))
    areas = list(choices.areas)
    side.selectbox(t("filter.area", lang), areas, key=_KEYS["area"], help=t("filter.area_help", lang),
                   format_func=lambda code: _area_label(code, choices, lang))
    area = st.session_state[_KEYS["area"]]
    centres = choices.centres_in(area)
    if st.session_state.get(_KEYS["hc"]) not in centres:
        st.session_state[_KEYS["hc"]] = None
    side.selectbox(t("filter.hc", lang), centres, key=_KEYS["hc"], placeholder=t("filter.hc_all", lang),
                   format_func=lambda hc: _centre_label(hc, choices, lang))
    if with_team:
        side.selectbox(t("filter.team", lang), list(choices.teams), key=_KEYS["team"],
                       placeholder=t("filter.team_all", lang), format_func=choices.teams.get)
    months = [month_label(m) for m in choices.months]
    first_col, last_col = side.columns(2)
    first_col.selectbox(t("filter.from", lang), months, key=_KEYS["from"], format_func=lambda m: _month(m, lang),
                        on_change=_keep_order, args=("from",))
    last_col.selectbox(t("filter.to", lang), months, key=_KEYS["to"], format_func=lambda m: _month(m, lang),
                       on_change=_keep_order, args=("to",))
    side.selectbox(t("filter.compare", lang), [*COMPARE_KEYWORDS, *areas], key=_KEYS["compare"],
                   format_func=lambda c: _compare_label(c, choices, lang))
    selection = Selection(
        lang=lang, area_code=area,
        first=parse_month(st.session_state[_KEYS["from"]]), last=parse_month(st.session_state[_KEYS["to"]]),
        compare=st.session_state[_KEYS["compare"]], hc_id=st.session_state[_KEYS["hc"]],
        team_id=st.session_state.get(_KEYS["team"]) if with_team else None,
    )
    _write_url(selection)
    return selection


def _keep_language() -> None:
    """A segmented control can be clicked off; the language must always have a value."""
    if st.session_state[_KEYS["lang"]] is None:
        st.session_state[_KEYS["lang"]] = st.session_state.get(_WRITTEN, {}).get("lang", "sv")


def _keep_order(changed: str) -> None:
    """Moving one end of the period past the other moves the other along: a period never runs backwards."""
    state = st.session_state
    if state[_KEYS["from"]] > state[_KEYS["to"]]:
        other = "to" if changed == "from" else "from"
        state[_KEYS[other]] = state[_KEYS[changed]]


def _write_url(selection: Selection) -> None:
    params = selection.to_params()
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
    st.session_state[_WRITTEN] = params


def _month(label: str, lang: str) -> str:
    return formatting.month(parse_month(label), lang, short=True)


def _area_label(code: str, choices: Choices, lang: str) -> str:
    area = choices.areas[code]
    if area.level == "subregion":
        return t("area.subregion_label", lang, name=area.name)
    if area.level == "district":
        return t("area.district_label", lang, name=area.name, parent=choices.areas[area.parent].name)
    return area.name


def _centre_label(hc_id: str, choices: Choices, lang: str) -> str:
    centre = choices.centres[hc_id]
    return t("hc.label", lang, name=centre.name, ownership=t(f"ownership.{centre.ownership}", lang))


def _compare_label(value: str, choices: Choices, lang: str) -> str:
    if value in COMPARE_KEYWORDS:
        return t(f"compare.{value}", lang)
    return _area_label(value, choices, lang)


def choose_area(area_code: str) -> None:
    """Choose an area from elsewhere on a page (a map click). Called as a widget callback, before the
    sidebar is drawn again, which then drops a centre that does not lie in the new area."""
    st.session_state[_KEYS["area"]] = area_code
