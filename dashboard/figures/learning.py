"""What the learning-loop page shows (issue 13): a meeting's agenda prepared from the data, the
decisions on the charts they concern, each decision's follow-up with its indicator before and after,
and the annual wheel. The steering group's entries come from the learning store (`learning.store`)
as plain rows, read by the page and handed in: these builders read the extract only through the
Source, and write nothing."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import polars as pl

from dashboard import formatting
from dashboard.charts import components as charts
from dashboard.figures import emergency, signals, tables
from dashboard.figures.figure import Figure, Kind, make_table
from dashboard.figures.overview import tile_ids
from dashboard.figures.source import Source
from dashboard.figures.view import Decided, Page, Targeted, View
from dashboard.learning.entries import WHEEL_KINDS
from dashboard.metrics.indicators import BY_ID
from dashboard.metrics.periods import add_months
from dashboard.texts import TEXTS, t

PAGE = Page("larande-uppfoljning.py", "page.learning", ":material/autorenew:", order=50,
            params=("meeting", "decision"))

#: The months an indicator is judged over for the agenda: two years' limits, as a yearly rhythm sees
JUDGED_MONTHS = 24
#: With no meeting before it, the agenda looks back over this many months
FIRST_MEETING_MONTHS = 3
#: The agenda's kinds of item, in the order a meeting takes them
ITEMS = ("due", "signal", "against")

Entry = Mapping[str, Any]
#: A decision's fields a steering group may change after it is made (not its area)
DECISION_FIELDS = ("what", "owner", "indicator_id", "decided_on", "due", "expected")


def area_meetings(view: View, meetings: Sequence[Entry]) -> list[Entry]:
    """The chosen area's meetings in force, the latest first."""
    return sorted((m for m in meetings if m["area_code"] == view.selection.area_code and not m["archived"]),
                  key=lambda m: (m["month"], m["id"]), reverse=True)


def meeting_label(meeting: Entry, lang: str) -> str:
    return f"{formatting.month(meeting['month'], lang)} · {meeting['title']}"


def area_decisions(view: View, decisions: Sequence[Entry], follow_ups: Sequence[Entry], today: date) -> list[Entry]:
    """The chosen area's decisions in force, those to follow up first, then by their date."""
    mine = [d for d in decisions if d["area_code"] == view.selection.area_code and not d["archived"]]
    return sorted(mine, key=lambda d: (STATES.index(decision_state(d, follow_ups, today)), d["due"], d["id"]))


def meeting_day(meeting: Entry | None, today: date) -> date:
    """The day a new decision or follow-up is made, as its form first says: the meeting's, when it was
    held, else the last day of the meeting's month (a meeting held after it), else today."""
    if meeting is None:
        return today
    return meeting["held_on"] or add_months(meeting["month"], 1) - timedelta(days=1)


def decision_label(decision: Entry, lang: str) -> str:
    return f"{formatting.day(decision['decided_on'], lang)} · {decision['what'][:80]}"


def previous_meeting(meeting: Entry, meetings: Sequence[Entry]) -> Entry | None:
    """The area's last meeting before this one's month."""
    earlier = [m for m in meetings if m["area_code"] == meeting["area_code"] and m["month"] < meeting["month"]
               and not m["archived"]]
    return max(earlier, key=lambda m: (m["month"], m["id"]), default=None)


def due_decisions(meeting: Entry, decisions: Sequence[Entry], follow_ups: Sequence[Entry]) -> list[Entry]:
    """The area's decisions whose follow-up date has come by the meeting's month's end and that had no
    follow-up by then (one made later does not take it off this meeting's agenda), the earliest due first."""
    month_end = add_months(meeting["month"], 1)
    followed = {f["decision_id"] for f in follow_ups if not f["archived"] and f["followed_on"] < month_end}
    return sorted((d for d in decisions if d["area_code"] == meeting["area_code"] and not d["archived"]
                   and d["due"] < month_end and d["id"] not in followed), key=lambda d: (d["due"], d["id"]))


def agenda_figure(view: View, source: Source, meeting: Entry, meetings: Sequence[Entry],
                  decisions: Sequence[Entry], follow_ups: Sequence[Entry]) -> Figure:
    """A meeting's agenda from the data: the decisions due for follow-up, the indicators with a signal
    since the area's last meeting (or the last FIRST_MEETING_MONTHS), and those that moved against
    their direction since then (as they read, a signal or not), each indicator once."""
    lang, month = view.lang, meeting["month"]
    before = previous_meeting(meeting, meetings)
    since = add_months(before["month"], 1) if before else add_months(month, 1 - FIRST_MEETING_MONTHS)
    compared_at = before["month"] if before else add_months(month, -FIRST_MEETING_MONTHS)
    ids = tile_ids(view.scope)
    monthly = source.monthly(view.scope, add_months(month, 1 - JUDGED_MONTHS), month, ids)
    found = [signals.status(monthly, i) for i in ids]
    items = [("due", d["indicator_id"], t("learning.agenda.due_item", lang, what=d["what"].rstrip(". "),
                                          owner=d["owner"], due=formatting.day(d["due"], lang)))
             for d in due_decisions(meeting, decisions, follow_ups)]
    signalled = signals.changes(found, month, lang, since)
    items += [("signal", i, sentence) for i, sentence in signalled]
    named = {i for i, _ in signalled}
    items += [("against", i, sentence) for i, sentence in _against(monthly, ids, compared_at, month, lang)
              if i not in named]
    kind, indicator, what = (t(f"learning.agenda.{c}", lang) for c in ("kind", "indicator", "what"))
    table = make_table([{kind: t(f"learning.agenda.item.{k}", lang), indicator: indicator_name(i, lang),
                         what: _without_name(sentence, indicator_name(i, lang)) if k != "due" else sentence}
                        for k, i, sentence in items], {kind: "text", indicator: "text", what: "text"})
    subtitle = t("learning.agenda.subtitle", lang, area=view.scope_name(view.scope),
                 month=formatting.month(month, lang), since=formatting.month(since, lang))
    notes = tuple(sentence for _, _, sentence in items) or (t("learning.agenda.empty", lang),)
    return view.figure("learning_agenda", t("learning.agenda.title", lang), subtitle, table, None, "dagordning",
                       definition=t("learning.agenda.definition", lang), notes=notes,
                       link_params={"meeting": str(meeting["id"])})


def _without_name(sentence: str, name: str) -> str:
    """A sentence that starts with its indicator's name, without it: the table names it beside."""
    said = sentence.removeprefix(f"{name}: ")
    return said[:1].upper() + said[1:]


def _against(monthly: pl.DataFrame, ids: Sequence[str], then: date, now: date, lang: str) -> list[tuple[str, str]]:
    """The indicators whose value at `now` reads worse than at `then`, by their direction: a share
    that fell where higher is better. Values compared as they read; a hidden month is no move."""
    moved = []
    for indicator_id in ids:
        indicator = BY_ID[indicator_id]
        if indicator.better is None:
            continue
        rows = tables.series(monthly, indicator_id, "")
        values = dict(zip(rows["month"], rows["value"], strict=True))
        old, new = values.get(then), values.get(now)
        if old is None or new is None:
            continue
        old_text, new_text = (formatting.indicator_value(indicator.measure, v, False, lang) for v in (old, new))
        if old_text == new_text:  # 86 % then and 86 % now is no move, whatever the decimals beneath
            continue
        if (new < old) if indicator.better == "up" else (new > old):
            moved.append((indicator_id, t("learning.agenda.against_item", lang,
                                          indicator=indicator_name(indicator_id, lang),
                                          old=old_text, new=new_text,
                                          then=formatting.month(then, lang), now=formatting.month(now, lang))))
    return moved


# --- the loop's entries as tables ------------------------------------------------------------------

#: A decision's state in the loop, in the order a list shows them
STATES = ("due", "open", "done", "not_done", "changed")


def indicator_name(indicator_id: str, lang: str) -> str:
    """An entry's indicator by name; one this release does not know (a store shared with another) by
    its code, so that the page still opens."""
    key = f"indicator.{indicator_id}.name"
    return t(key, lang) if key in TEXTS else indicator_id


def of_entries(fig: Figure) -> Figure:
    """A figure of the steering group's entries: its caption names the learning store, not the extract."""
    return replace(fig, of_entries=True)


def decision_state(decision: Entry, follow_ups: Sequence[Entry], today: date) -> str:
    """Where a decision stands: its latest follow-up's outcome; without one, due once its date has come."""
    found = [f for f in follow_ups if f["decision_id"] == decision["id"] and not f["archived"]]
    if found:
        return max(found, key=lambda f: (f["followed_on"], f["id"]))["outcome"]
    return "due" if decision["due"] <= today else "open"


def decisions_figure(view: View, decisions: Sequence[Entry], follow_ups: Sequence[Entry], today: date,
                     states: Collection[str] = STATES) -> Figure:
    """The area's decisions in force: what, who owns it, the indicator and the effect expected, when it
    is followed up and where it stands; those due first. With `states`, only those standing so (the
    monthly report's open and due ones)."""
    lang = view.lang
    mine = [d for d in area_decisions(view, decisions, follow_ups, today)
            if decision_state(d, follow_ups, today) in states]
    states = {d["id"]: decision_state(d, follow_ups, today) for d in mine}
    columns = {t(f"learning.decision.{c}", lang): kind for c, kind in (
        ("decided_on", "date"), ("what", "text"), ("owner", "text"), ("indicator", "text"), ("expected", "text"),
        ("due", "date"), ("state", "text"))}
    names = list(columns)
    table = make_table([dict(zip(names, (d["decided_on"], d["what"], d["owner"],
                                         indicator_name(d['indicator_id'], lang), d["expected"], d["due"],
                                         t(f"learning.state.{states[d['id']]}", lang)), strict=True))
                        for d in mine], columns)
    notes = () if mine else (t("learning.decisions.none", lang),)
    return of_entries(view.figure("learning_decisions", t("learning.decisions.title", lang),
                                  view.scope_name(view.scope), table, None, "beslut",
                                  definition=t("learning.decisions.definition", lang), notes=notes))


def meeting_observations(view: View, observations: Sequence[Entry], meeting: Entry) -> list[Entry]:
    """The observations made at the meeting, for the chosen area, those archived among them."""
    return [o for o in observations if o["area_code"] == view.selection.area_code and o["meeting_id"] == meeting["id"]]


def observations_figure(view: View, observations: Sequence[Entry]) -> Figure:
    """What the steering group saw, and why it thinks so (a meeting's observations in force)."""
    lang, shown = view.lang, [o for o in observations if not o["archived"]]
    columns = {t(f"learning.observation.{c}", lang): kind for c, kind in (
        ("month", "month"), ("indicator", "text"), ("then", "text"), ("text", "text"), ("analysis", "text"),
        ("by", "text"))}
    names = list(columns)
    table = make_table([dict(zip(names, (o["month"], indicator_name(o['indicator_id'], lang), _then(o, lang),
                                         o["text"], o["analysis"] or "", o["created_by"]), strict=True))
                        for o in shown], columns)
    notes = () if shown else (t("learning.observations.none", lang),)
    return of_entries(view.figure("learning_observations", t("learning.observations.title", lang),
                       view.scope_name(view.scope), table, None, "observationer",
                       definition=t("learning.observations.definition", lang), notes=notes))


def _then(observation: Entry, lang: str) -> str:
    """The observed month's value as it was shown when observed, and its status then (the snapshot)."""
    try:
        kept = json.loads(observation["snapshot"])
        month = observation["month"].isoformat()[:7]
        value = next(shown for m, shown in kept["months"] if m == month)
        return t("learning.observation.then_value", lang, value=value,
                 status=t(f"signal.status.{kept['status']}", lang),
                 day=formatting.day(date.fromisoformat(kept["extract_date"]), lang))
    except (TypeError, ValueError, KeyError, StopIteration):  # none kept, or not as this release keeps it
        return "–"


def targets_figure(view: View, targets: Sequence[Entry]) -> Figure:
    """The area's targets in force, each in its indicator's unit, with who set it and when."""
    lang, area = view.lang, view.selection.area_code
    mine = sorted((x for x in targets if x["area_code"] == area and not x["archived"] and x["indicator_id"] in BY_ID),
                  key=lambda x: tile_ids(view.scope).index(x["indicator_id"])
                  if x["indicator_id"] in tile_ids(view.scope) else 99)
    # the value a number in its indicator's unit (a file's cell too), read as it was set
    kinds: dict[str, Kind] = dict(zip((t(f"learning.target.{c}", lang) for c in ("indicator", "value", "by", "when")),
                                      ("text", "measure", "text", "date"), strict=True))
    names = list(kinds)
    measures = [BY_ID[x["indicator_id"]].measure for x in mine]
    table = make_table([dict(zip(names, (indicator_name(x['indicator_id'], lang), x["value"], x["updated_by"],
                                         x["updated_at"].date()), strict=True)) for x in mine], kinds,
                       measures=measures, typed=[names[1]])
    notes = () if mine else (t("learning.targets.none", lang),)
    return of_entries(view.figure("learning_targets", t("learning.targets.title", lang), view.scope_name(view.scope),
                                table, None, "mal", definition=t("learning.targets.definition", lang), notes=notes))


def history_figure(view: View, kind: str, entry_id: int, changes: Sequence[Any]) -> Figure:
    """Every change of one entry: who, when, what it did, and each field before and after, named and
    written as the forms write them (an indicator by its name, a date as a date)."""
    lang = view.lang
    columns = {t(f"learning.history.{c}", lang): "text" for c in ("version", "action", "actor", "at", "fields")}
    names = list(columns)
    records = []
    for change in changes:
        before = change.before or {}
        moved = [(field, value) for field, value in change.after.items()
                 if field not in _BOOKKEEPING and before.get(field) != value
                 and not (change.before is None and value in (None, "", False))]
        said = [f"{field_label(kind, f, lang)}: {_said(f, before.get(f), lang)} → {_said(f, v, lang)}"
                if change.before is not None else f"{field_label(kind, f, lang)}: {_said(f, v, lang)}"
                for f, v in moved]
        records.append(dict(zip(names, (str(change.version), t(f"learning.action.{change.action}", lang),
                                        change.actor, formatting.moment(change.at, lang), "; ".join(said)),
                                strict=True)))
    return of_entries(view.figure(f"learning_history_{kind}", t("learning.history.title", lang),
                       t(f"learning.kind.{kind}", lang) + f" {entry_id}", make_table(records, columns), None,
                       f"historik-{t(f'learning.kind.{kind}', 'sv')}-{entry_id}",  # files in Swedish words
                       definition=t("learning.history.definition", lang)))


#: An entry's columns that every change moves, or that its history says in columns of their own
_BOOKKEEPING = {"id", "version", "created_at", "created_by", "updated_at", "updated_by", "area_code"}


def field_label(kind: str, field: str, lang: str) -> str:
    """A field as its form labels it: a kind's own label (a wheel item's title is "Vad"), else the field's."""
    for key in (f"learning.field.{kind}.{field}", f"learning.field.{field}"):
        if key in TEXTS:
            return t(key, lang)
    return field


def _said(field: str, value: Any, lang: str) -> str:
    """A stored value as a form writes it."""
    if value is None or value == "":
        return "–"
    if field == "archived":
        return t("learning.archived" if value else "learning.in_force", lang)
    if field == "snapshot":
        return t("learning.history.snapshot", lang)
    if field == "indicator_id":
        return indicator_name(value, lang)
    if field in ("kind", "outcome"):
        return t(f"learning.wheel.{value}" if field == "kind" else f"learning.state.{value}", lang)
    if field == "month" and isinstance(value, int):
        return month_name(value, lang)
    if field == "month":
        return formatting.month(date.fromisoformat(value[:10]), lang)
    if field in ("held_on", "due", "decided_on", "followed_on"):
        return formatting.day(date.fromisoformat(value[:10]), lang)
    if field.endswith("_id"):
        return f"{t('learning.kind.' + field.removesuffix('_id'), lang)} {value}"
    return str(value)


def follow_ups_figure(view: View, decision: Entry, follow_ups: Sequence[Entry]) -> Figure:
    """What the decision's follow-ups found, the latest first: when, the outcome, what happened, by whom."""
    lang = view.lang
    mine = sorted((f for f in follow_ups if f["decision_id"] == decision["id"] and not f["archived"]),
                  key=lambda f: (f["followed_on"], f["id"]), reverse=True)
    columns = {t(f"learning.follow_ups.{c}", lang): kind for c, kind in (
        ("day", "date"), ("outcome", "text"), ("text", "text"), ("by", "text"))}
    names = list(columns)
    table = make_table([dict(zip(names, (f["followed_on"], t(f"learning.state.{f['outcome']}", lang), f["text"],
                                         f["created_by"]), strict=True)) for f in mine], columns)
    notes = () if mine else (t("learning.follow_ups.none", lang),)
    return of_entries(view.figure("learning_follow_ups", t("learning.follow_ups.title", lang), decision["what"], table,
                                None, "uppfoljningar", definition=t("learning.follow_ups.definition", lang),
                                notes=notes))


# --- the annual wheel ------------------------------------------------------------------------------

def next_items(items: Sequence[Entry], area: str, month: date, count: int = 3) -> list[Entry]:
    """The area's wheel items from `month` on, round the year: what comes next in the rhythm."""
    mine = [i for i in items if i["area_code"] == area and not i["archived"]]
    return sorted(mine, key=lambda i: ((i["month"] - month.month) % 12, WHEEL_KINDS.index(i["kind"]),
                                       i["id"]))[:count]


def area_wheel(view: View, items: Sequence[Entry], archived: bool = False) -> list[Entry]:
    """The chosen area's wheel items in force (with `archived`, those set aside too), in the year's order."""
    return sorted((i for i in items if i["area_code"] == view.selection.area_code and (archived or not i["archived"])),
                  key=lambda i: (i["month"], WHEEL_KINDS.index(i["kind"]), i["id"]))


def month_name(month: int, lang: str, short: bool = False) -> str:
    """A month of any year by its number: `januari`, or `jan.` short."""
    return formatting.month(date(2000, month, 1), lang, short=short).split(" ")[0]


def wheel_label(item: Entry, lang: str) -> str:
    kind = t(f"learning.wheel.{item['kind']}", lang)
    return f"{month_name(item['month'], lang)} · {kind} · {item['title']}"


def wheel_figure(view: View, items: Sequence[Entry], today: date) -> Figure:
    """The area's annual wheel: the year's rhythm of planning meetings, measurements, status reports
    and feedback, month by month, with this month marked and the next items named."""
    lang, area = view.lang, view.selection.area_code
    mine = area_wheel(view, items)
    kinds = [t(f"learning.wheel.{k}", lang) for k in WHEEL_KINDS]
    month_names = [month_name(m, lang, short=True) for m in range(1, 13)]
    frame = pl.DataFrame([{"month": i["month"], "kind": t(f"learning.wheel.{i['kind']}", lang), "title": i["title"]}
                          for i in mine], schema={"month": pl.Int64, "kind": pl.String, "title": pl.String})
    title = t("learning.wheel.heading", lang)
    # the shaded month named: on paper the wheel is read long after today
    shaded = t("learning.wheel.shaded", lang, month=formatting.month(today, lang))
    subtitle = f"{view.scope_name(view.scope)} · {shaded}"
    chart = charts.wheel_timeline(frame, kinds, month_names, today.month, title, [subtitle], lang) if mine else None
    month_col, kind_col, what_col = (t(f"learning.wheel.{c}", lang) for c in ("month", "kind", "title_column"))
    table = make_table([{month_col: month_names[i["month"] - 1], kind_col: t(f"learning.wheel.{i['kind']}", lang),
                         what_col: i["title"]} for i in mine], {month_col: "text", kind_col: "text", what_col: "text"})
    coming = next_items(items, area, today)
    notes = tuple(t("learning.wheel.next", lang, month=month_name(i["month"], lang),
                    kind=t(f"learning.wheel.{i['kind']}", lang), title=i["title"]) for i in coming) or (
        t("learning.wheel.none", lang),)
    return of_entries(view.figure("learning_wheel", title, subtitle, table, None, "arshjul",
                                chart=chart, definition=t("learning.wheel.definition", lang), notes=notes))


# --- a decision followed up ------------------------------------------------------------------------

def change_month(decision: Entry) -> date:
    """The first month a decision can have changed: its own if made on the 1st, else the next."""
    day = decision["decided_on"]
    return day if day.day == 1 else add_months(day.replace(day=1), 1)


def follow_up_figure(view: View, source: Source, decision: Entry) -> Figure:
    """The decision's indicator for its area before and after it, as the emergency page compares a
    change: the same calendar months a year apart, the ratio with its interval and what the control
    chart's rules see, with limits from the months before. Whether a fall is better is said beside it."""
    lang, indicator_id = view.lang, decision["indicator_id"]
    if indicator_id not in BY_ID:  # a store shared with a release that has the indicator
        return of_entries(view.figure("learning_follow_up", t("learning.follow_up.title", lang, what=decision["what"]),
                                    "", make_table([], {}), None, "uppfoljning",
                                    definition=t("emergency.before_after.definition", lang),
                                    notes=(t("learning.follow_up.unknown", lang, indicator=indicator_id),)))
    s = view.selection
    area = replace(view, selection=replace(s, area_code=decision["area_code"], hc_id=None, team_id=None))
    fig = emergency.before_after_figure(area, source, indicator_id, change_month(decision))
    better = BY_ID[indicator_id].better
    direction = (t(f"learning.follow_up.better_{better}", lang, indicator=indicator_name(indicator_id, lang))
                 if better else t("learning.follow_up.better_none", lang))
    title = t("learning.follow_up.title", lang, what=decision["what"])
    return replace(fig, key="learning_follow_up", title=title, notes=(direction, *fig.notes),
                   link=view.link(decision=str(decision["id"])),
                   file_stem=area.file_stem(view.page_name, "uppfoljning", indicator_id))


# --- minutes ---------------------------------------------------------------------------------------

def _sentence(text: str) -> str:
    """A typed text as a sentence of the minutes: its own full stop, question or exclamation mark kept,
    else a full stop added, so that the next sentence never runs on and no stop is doubled."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def minutes(view: View, source: Source, meeting: Entry, entries: Mapping[str, Sequence[Entry]],
            agenda: Figure) -> dict[str, Any]:
    """A meeting's record as plain data, in the view's language, for `learning.minutes` to write as
    Markdown or PDF: its agenda (`agenda_figure`, as the page shows it), the observations made at it,
    the decisions taken and the follow-ups recorded, each with owners and dates. User text stays as
    typed: each writer keeps it text. `entries` holds the store's entries by kind (`Store.everything`)."""
    lang = view.lang
    decisions, follow_ups = entries["decision"], entries["follow_up"]
    of_meeting = [o for o in entries["observation"] if o["meeting_id"] == meeting["id"] and not o["archived"]]
    taken = [d for d in decisions if d["meeting_id"] == meeting["id"] and not d["archived"]]
    followed = [f for f in follow_ups if f["meeting_id"] == meeting["id"] and not f["archived"]]
    by_id = {d["id"]: d for d in decisions}
    name = view.scope_name(view.scope)
    return {
        "lang": lang,
        "title": t("learning.minutes.title", lang, title=meeting["title"]),
        "subtitle": t("learning.minutes.subtitle", lang, area=name, month=formatting.month(meeting["month"], lang),
                      held=formatting.day(meeting["held_on"], lang) if meeting["held_on"] else
                      t("learning.minutes.not_held", lang)),
        "footer": t("learning.minutes.footer", lang, area=name, date=formatting.day(view.extract_date, lang),
                    source=view.source),
        "sections": [
            {"heading": t("learning.agenda.title", lang), "items": list(agenda.notes)},
            {"heading": t("learning.observations.title", lang), "items": [
                t("learning.minutes.observation", lang, indicator=indicator_name(o['indicator_id'], lang),
                  month=formatting.month(o["month"], lang), text=_sentence(o["text"]),
                  analysis=_sentence(o["analysis"]) if o["analysis"] else t("learning.minutes.no_analysis", lang))
                for o in of_meeting]
                or [t("learning.minutes.none", lang)]},
            {"heading": t("learning.decisions.title", lang), "items": [
                t("learning.minutes.decision", lang, what=_sentence(d["what"]), owner=d["owner"],
                  decided=formatting.day(d["decided_on"], lang), due=formatting.day(d["due"], lang),
                  indicator=indicator_name(d['indicator_id'], lang), expected=_sentence(d["expected"]))
                for d in taken] or [t("learning.minutes.none", lang)]},
            {"heading": t("learning.minutes.follow_ups", lang), "items": [
                t("learning.minutes.follow_up", lang, what=by_id[f["decision_id"]]["what"].rstrip(". "),
                  outcome=t(f"learning.state.{f['outcome']}", lang), day=formatting.day(f["followed_on"], lang),
                  text=_sentence(f["text"]),
                  effect=_effect(view, source, by_id[f["decision_id"]]))
                for f in followed if f["decision_id"] in by_id] or [t("learning.minutes.none", lang)]},
        ],
        "notes": meeting["notes"] or "",
        # named for the meeting's month, not the period the page happens to show
        "file_stem": replace(view, selection=replace(view.selection, first=meeting["month"],
                                                     last=meeting["month"])).file_stem("protokoll", meeting["title"]),
    }


def _effect(view: View, source: Source, decision: Entry) -> str:
    """What the decision's follow-up figure concludes, in its own sentence (its second note: the first
    says which way is better)."""
    notes = follow_up_figure(view, source, decision).notes
    return notes[1] if len(notes) > 1 else ""


def snapshot(view: View, source: Source, indicator_id: str, month: date) -> str:
    """An observed indicator as it was shown when observed: the area's thirteen months up to `month`
    as they read on screen (a hidden month "<5" or "–", never a count beneath), its control chart's
    status, and the extract's date. Kept with the observation as JSON, so a later extract does not
    rewrite what the steering group saw."""
    measure = BY_ID[indicator_id].measure
    monthly = source.monthly(view.scope, add_months(month, 1 - JUDGED_MONTHS), month, (indicator_id,))
    status = signals.status(monthly, indicator_id)
    rows = tables.series(monthly, indicator_id, "").filter(pl.col("month") >= add_months(month, -12))
    return json.dumps({
        "indicator": indicator_id, "area": view.selection.area_code, "extract_date": view.extract_date.isoformat(),
        "status": status.kind,
        "months": [[m.isoformat()[:7], formatting.indicator_value(measure, v, bool(hidden), "sv", bool(small))]
                   for m, v, hidden, small in zip(rows["month"], rows["value"], rows["suppressed"],
                                                  rows["numerator_small"], strict=True)],
    }, ensure_ascii=False)


def for_charts(entries: Mapping[str, Sequence[Entry]]) -> tuple[tuple[Decided, ...], tuple[Targeted, ...]]:
    """The decisions and targets in force, as a View carries them: the decisions for the control charts
    of their indicator and area, the targets for the start page's tiles and control chart."""
    return (tuple(Decided(d["indicator_id"], d["area_code"], d["decided_on"], d["what"], d["owner"])
                  for d in entries["decision"] if not d["archived"]),
            tuple(Targeted(x["indicator_id"], x["area_code"], x["value"]) for x in entries["target"]
                  if not x["archived"]))


def coming_figure(view: View, items: Sequence[Entry], today: date) -> Figure | None:
    """The start page's next items of the area's annual wheel, from this month on; None when the
    area's wheel is empty."""
    lang, area = view.lang, view.selection.area_code
    coming = next_items(items, area, today)
    if not coming:
        return None
    notes = tuple(t("learning.wheel.item", lang, month=month_name(i["month"], lang),
                    kind=t(f"learning.wheel.{i['kind']}", lang), title=i["title"]) for i in coming)
    link = replace(view, page=PAGE.url, page_params=())  # the wheel on its page; the file named below
    return replace(link.figure("overview_wheel", t("learning.wheel.coming", lang), view.scope_name(view.scope),
                               make_table([], {}), None, "arshjul", definition=t("learning.wheel.definition", lang),
                               notes=notes), file_stem=view.file_stem("arshjul"), of_entries=True)
