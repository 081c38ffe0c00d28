"""The sidebar's selection, the same on every page, and each page's own choices, kept in the URL by
hand-written syncing.

Streamlit 1.67's `bind="query-params"` writes a widget's *displayed label* into the URL, while our
links carry codes (`area=1480`, `lang=sv`); and a widget's own state does not survive a page switch
after its label has changed language, nor a page switch at all (Streamlit forgets a widget that a
run does not draw). So the selection lives in one plain session value, and each page's own choices
(`page_choice`: the indicator, the chart, change dates, a target, a sort) in another, as their link
texts by widget: the URL sets them when the URL is new (a link, a reload, the back button), a widget's
change callback sets them when the user chooses, the widgets are drawn from them on every run, and
every run writes them back to the URL.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

import streamlit as st

from dashboard import formatting
from dashboard.charts.area_map import clicked_unit
from dashboard.figures.selection import (
    COMPARE_KEYWORDS,
    LANGUAGES,
    Choices,
    Notice,
    Selection,
    default_selection,
    from_params,
    refit,
)
from dashboard.metrics.periods import month_label, parse_month
from dashboard.texts import t

_SELECTION = "_nvk_selection"
_WRITTEN = "_nvk_url_written"
_PAGE_CHOICES = "_nvk_page_choices"  # {page widget's key: the choice's text in a link}
_LINKED = "_nvk_linked"  # a link just opened: its page parameters, and the page widgets that took theirs
_MOVED = "_nvk_moved_by_link"  # page choices a link followed in the session has just changed
_RUN_PARAMS = "_nvk_run_params"  # the page parameters of this run's page, for its link
_REFUSED = "_nvk_refused"  # (a typed field's key, the text it could not read), for the page to name once
_DEFERRED = "_nvk_url_deferred"  # the shell writes the link once, after the page has run
_LAST_PAGE = "_nvk_last_page"  # the page of the last run, which wrote the link in the address bar
_WITH_TEAM = "_nvk_with_team"  # whether this run's page offers the team filter instead of the centre one
_KEYS = {"lang": "w_lang", "area": "w_area", "from": "w_from", "to": "w_to", "compare": "w_compare",
         "hc": "w_hc", "team": "w_team"}
_LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
ALL_TEAMS = ""  # the team filter's first option: no team, the area's own patients and all its teams


def resolve(choices: Choices, page_params: Collection[str] = ()) -> list[Notice]:
    """Take the URL into the selection when it is new; a page switch keeps the selection, checked
    again against the current extract (a new one may have been ingested under an open page)."""
    raw = st.query_params.to_dict()
    if _SELECTION in st.session_state and (not raw or raw == st.session_state.get(_WRITTEN)):
        st.session_state.pop(_LINKED, None)
        selection, notices = refit(st.session_state[_SELECTION], choices)
        st.session_state[_SELECTION] = selection
        return notices
    selection, notices = from_params(raw, choices, page_params) if raw else (default_selection(choices), [])
    st.session_state[_SELECTION] = selection
    st.session_state[_LINKED] = ({name: value for name, value in raw.items() if name in page_params}, set())
    return notices


def entered(page: str, page_params: Collection[str]) -> None:
    """A link within the app to another page, with the query the last page wrote (the start page's
    link to Mötesläge at the indicator it shows), is a link all the same: `resolve` took it for a run
    of the same page, since it is the link already written; this page takes its parameters from it."""
    last, st.session_state[_LAST_PAGE] = st.session_state.get(_LAST_PAGE), page
    raw = st.query_params.to_dict()
    if last is not None and last != page and _LINKED not in st.session_state and raw:
        st.session_state[_LINKED] = ({name: value for name, value in raw.items() if name in page_params}, set())


def language() -> str:
    """The user's language; before the selection exists (a first visit, a message about the setup),
    the link's `lang` if it names one."""
    selection = st.session_state.get(_SELECTION)
    if selection:
        return selection.lang
    asked = st.query_params.get("lang")
    return asked if asked in LANGUAGES else "sv"


def current() -> Selection:
    return st.session_state[_SELECTION]


def choose_area(area_code: str) -> None:
    """Choose an area from elsewhere on a page (a map click); as a callback, before the next run."""
    st.session_state[_SELECTION] = replace(current(), area_code=area_code)


def map_chooser(key: str) -> Callable[[], None]:
    """The click callback of the map shown under `key`: the clicked unit chosen in the sidebar's area
    filter, and so in the URL."""
    def clicked() -> None:
        code = clicked_unit(st.session_state[key].selection)
        if code:
            choose_area(code)
    return clicked


def sidebar(choices: Choices, notices: list[Notice], with_team: bool = False) -> Selection:
    """Draw the selection widgets from the selection, write it to the URL and return the page's selection.

    A page of near-care teams (`with_team`) offers the teams serving the area instead of its centres;
    the session keeps both, so that a centre chosen on one page is there again on the next, but a page
    shows and links only its own (`_on_page`)."""
    st.session_state[_WITH_TEAM] = with_team
    st.session_state[_SELECTION] = _fitted(current(), choices)
    selection = _on_page(current())
    st.session_state[_RUN_PARAMS] = {}
    for name, value in _widget_values(selection).items():
        st.session_state[_KEYS[name]] = value
    lang, side = selection.lang, st.sidebar
    side.segmented_control(t("filter.language", lang), LANGUAGES, key=_KEYS["lang"],
                           format_func=_LANGUAGE_NAMES.get, on_change=_changed, args=("lang",))
    for notice in notices:  # on the page, not in the sidebar: a narrow screen opens with the sidebar closed
        st.warning(t(notice.key, lang, **dict(notice.values)), icon=":material/link_off:")
    side.subheader(t("filter.heading", lang))
    areas = list(choices.areas)
    side.selectbox(t("filter.area", lang), areas, key=_KEYS["area"], help=t("filter.area_help", lang),
                   format_func=lambda code: _area_label(code, choices, lang), on_change=_changed, args=("area",))
    if with_team:  # "all teams" an option of its own: a chosen team can be let go again
        side.selectbox(t("filter.team", lang), [ALL_TEAMS, *choices.teams_serving(selection.area_code)],
                       key=_KEYS["team"],
                       format_func=lambda team: choices.teams.get(team) or t("filter.team_all", lang),
                       help=t("filter.team_help", lang), on_change=_changed, args=("team",))
    else:
        side.selectbox(t("filter.hc", lang), choices.centres_in(selection.area_code), key=_KEYS["hc"],
                       placeholder=t("filter.hc_all", lang), format_func=lambda hc: _centre_label(hc, choices, lang),
                       on_change=_changed, args=("hc",))
    months = [month_label(m) for m in choices.months]
    first_col, last_col = side.columns(2)
    first_col.selectbox(t("filter.from", lang), months, key=_KEYS["from"], format_func=lambda m: _month(m, lang),
                        on_change=_changed, args=("from",))
    last_col.selectbox(t("filter.to", lang), months, key=_KEYS["to"], format_func=lambda m: _month(m, lang),
                       on_change=_changed, args=("to",))
    side.selectbox(t("filter.compare", lang), [*COMPARE_KEYWORDS, *areas], key=_KEYS["compare"],
                   format_func=lambda c: _compare_label(c, choices, lang), on_change=_changed, args=("compare",))
    _write_url(selection)
    return selection


def _fitted(selection: Selection, choices: Choices) -> Selection:
    """The selection made consistent: a centre lies in the area, a team serves it."""
    hc = selection.hc_id if selection.hc_id in choices.centres_in(selection.area_code) else None
    team = selection.team_id if selection.team_id in choices.teams_serving(selection.area_code) else None
    return replace(selection, hc_id=hc, team_id=team)


def _on_page(selection: Selection) -> Selection:
    """The selection as this run's page shows it: a team on a page of teams, a centre elsewhere."""
    return on_page(selection, bool(st.session_state.get(_WITH_TEAM)))


def on_page(selection: Selection, with_team: bool) -> Selection:
    """The selection as a page shows it: a team on a page of teams (`Page.with_team`), a centre elsewhere."""
    if with_team:
        return replace(selection, hc_id=None)
    return replace(selection, team_id=None)


def _widget_values(selection: Selection) -> dict[str, object]:
    return {"lang": selection.lang, "area": selection.area_code, "from": month_label(selection.first),
            "to": month_label(selection.last), "compare": selection.compare, "hc": selection.hc_id,
            "team": selection.team_id or ALL_TEAMS}


def _changed(name: str) -> None:
    """A widget's new value into the selection; a period never runs backwards, a language is never unset."""
    value = st.session_state[_KEYS[name]]
    selection = current()
    if name == "lang":
        selection = replace(selection, lang=value or selection.lang)
    elif name == "area":
        selection = replace(selection, area_code=value)
    elif name in ("from", "to"):
        month = parse_month(value)
        first = month if name == "from" else min(selection.first, month)
        last = month if name == "to" else max(selection.last, month)
        selection = replace(selection, first=first, last=last)
    elif name == "compare":
        selection = replace(selection, compare=value)
    elif name == "hc":
        selection = replace(selection, hc_id=value)
    else:
        selection = replace(selection, team_id=value or None)
    st.session_state[_SELECTION] = selection


def _write_url(selection: Selection) -> None:
    """The selection and the page's own choices, as a link that reopens the view. Within the shell's run
    (`defer_url`) only once, at its end: every write is a step in the browser's history, and the back
    button should go to the view before, not through a half-written link."""
    if st.session_state.get(_DEFERRED):
        return
    params = {**selection.to_params(), **st.session_state.get(_RUN_PARAMS, {})}
    # also when the server's copy already holds it: a link within the app (`st.page_link`) hands the
    # server its query without writing it into the browser's address bar
    if st.query_params.to_dict() != params or st.session_state.get(_WRITTEN) != params:
        st.query_params.from_dict(params)
    st.session_state[_WRITTEN] = params


def defer_url() -> None:
    """Hold the link's writes until `write_url`, when the page has drawn its choices."""
    st.session_state[_DEFERRED] = True


def write_url() -> None:
    """Write the link held since `defer_url`, once."""
    st.session_state[_DEFERRED] = False
    if _SELECTION in st.session_state:
        _write_url(_on_page(current()))


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


def page_choice(param: str, key: str, default: Any, *, options: Sequence[Any] | None = None, many: bool = False,
                to_link: Callable[[Any], str | None] = str, from_link: Callable[[str], Any] | None = None,
                shown: Callable[[Any], Any] | None = None) -> Any:
    """A page's own choice, kept as `param` in the page's link and under its widget's `key` across page
    switches, written into the widget before the page draws it, and returned. Draw the widget with
    `on_change=page_changed, args=(param, key, to_link)` (and `many` for a list).

    Its value is among `options` (a list's items too), each reading `to_link(option)` in a link, or,
    without options, whatever `from_link` reads from the link's text (a ValueError: not a value). On
    the run that opens a link, the link is the whole view: a choice it leaves out is the default, and
    one it gets wrong gets a notice and the default. Later, one no longer offered (a change date
    outside a new period) falls back quietly. `to_link` may give None: the value is left out of the
    link (a switch that is off). A field typed in holds `shown(value)`, its text (see `typed_changed`)."""
    params, taken = st.session_state.get(_LINKED, ({}, None))
    from_the_link = taken is not None and key not in taken  # each widget takes the link's choice once
    before = st.session_state.get(_PAGE_CHOICES, {}).get(key)
    text = params.get(param) if from_the_link else before
    if from_the_link:
        taken.add(key)
        if before is not None and text is not None and text != before:
            st.session_state.setdefault(_MOVED, set()).add(key)
    value, bad = default, None
    if text is not None:
        value, bad = _from_link(text, default, options, many, from_link, to_link)
    if bad is not None and from_the_link:  # a list's good parts are kept, and the notice names the others
        notice = "notice.bad_parts" if many and value else "notice.bad_value"
        st.warning(t(notice, language(), name=formatting.plain(param), value=formatting.plain(bad[:40])),
                   icon=":material/link_off:")
    st.session_state[key] = value if shown is None else shown(value)
    _store(param, key, value, many, to_link)
    _write_url(_on_page(current()))  # held until the shell's `write_url`; a page run alone (AppTest) writes now
    return value


def opened_at() -> str | None:
    """Where the link just opened asks the page to open (`at=`, an anchor): no choice, so it is not
    kept in the link written back, and the next line followed to the same place differs from it."""
    params, taken = st.session_state.get(_LINKED, ({}, None))
    return params.get("at") if taken is not None else None


def changed_by_link(key: str) -> bool:
    """Whether a link followed in this session (a line of what changed, the back button) has just
    changed this page choice: the page then shows what the link points at. Asked once; a page opened
    afresh from a link changes nothing (no choice came before it), so it opens at its top."""
    moved = st.session_state.get(_MOVED, set())
    if key not in moved:
        return False
    moved.discard(key)
    return True


def page_changed(param: str, key: str, to_link: Callable[[Any], str | None] = str, many: bool = False,
                 resets: Sequence[str] = ()) -> None:
    """A page widget's new value into the page's choices (a callback, before the next run); the widgets
    named in `resets` fall back to their defaults with it (a target typed in another indicator's unit)."""
    _store(param, key, st.session_state[key], many, to_link)
    for other in resets:
        st.session_state.get(_PAGE_CHOICES, {}).pop(other, None)


def typed_changed(param: str, key: str, read: Callable[[str], Any], to_link: Callable[[Any], str | None]) -> None:
    """A typed field's callback: what `read` makes of its text (an empty field: no value) into the page's
    choices. A text it cannot read (a ValueError) changes nothing: the choice that was there stays, and
    `refused` hands the text to the page to name."""
    text = st.session_state[key].strip()
    try:
        value = read(text) if text else None
    except ValueError:
        st.session_state[_REFUSED] = (key, text)
        return
    _store(param, key, value, False, to_link)


def typed_field(where: Any, param: str, key: str, label: str, read: Callable[[str], Any],
                to_link: Callable[[Any], str | None], refused_message: Callable[[str], str], **widget: Any) -> None:
    """A field typed in (a target, a cost), drawn in `where` from the page's choice (`page_choice` with
    `shown`): on a change its text is read by `read`; a text it cannot read is named under it by
    `refused_message`, and the choice before it kept (`typed_changed`)."""
    where.text_input(label, key=key, on_change=typed_changed, args=(param, key, read, to_link), **widget)
    if (text := refused(key)) is not None:
        where.error(refused_message(text), icon=":material/error:")


def refused(key: str) -> str | None:
    """The text just typed into `key` that could not be read, once (the next run has none)."""
    held = st.session_state.get(_REFUSED)
    if held is None or held[0] != key:
        return None
    del st.session_state[_REFUSED]
    return held[1]


def _store(param: str, key: str, value: Any, many: bool, to_link: Callable[[Any], str | None]) -> None:
    stored, run = st.session_state.setdefault(_PAGE_CHOICES, {}), st.session_state.setdefault(_RUN_PARAMS, {})
    text = ",".join(str(to_link(v)) for v in value) if many else None if value is None else to_link(value)
    if not text:  # nothing chosen (an empty list, a switch that is off): the default, left out of the link
        stored.pop(key, None)
        run.pop(param, None)
    else:
        stored[key] = run[param] = text


def _from_link(text: str, default: Any, options: Sequence[Any] | None, many: bool,
               from_link: Callable[[str], Any] | None, to_link: Callable[[Any], str | None]) -> tuple[Any, str | None]:
    """The value a link's text names, and the text that named no value (None when all did). A list
    names each value once, in its order."""
    if options is None:
        try:
            return from_link(text), None
        except ValueError:
            return default, text
    by_text = {to_link(option): option for option in options}
    if not many:
        return (by_text[text], None) if text in by_text else (default, text)
    parts = list(dict.fromkeys(part for part in text.split(",") if part))
    bad = [part for part in parts if part not in by_text]
    return [by_text[part] for part in parts if part in by_text], ",".join(bad) or None


def step_choice(param: str, key: str, following: Callable[[Any], Any]) -> None:
    """A button's callback that moves a page's choice on (`following` its next value: the meeting's next
    screen), as if it had been chosen in its widget."""
    st.session_state[key] = following(st.session_state[key])
    page_changed(param, key)
