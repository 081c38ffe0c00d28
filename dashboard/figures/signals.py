"""Which indicators show a signal, by the control chart's rules (Making Data Count, `metrics.spc`):
each tile's status, and the start page's "what changed".

A steering group should react to a signal, not to every move from one month to the next, so a tile
is coloured by its status alone, and what changed lists only signals, worst first. Both read the
same monthly rows as the control chart, with its change dates, so a tile never contradicts it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import polars as pl

from dashboard import formatting
from dashboard.figures import tables
from dashboard.metrics import spc
from dashboard.metrics.indicators import BY_ID
from dashboard.metrics.periods import add_months, months_between
from dashboard.texts import t

#: A signal is news for the meeting when it reaches into the period's last three months.
RECENT_MONTHS = 3
#: A control chart lists its signals one a line up to this many; over a long period (the region's
#: 2017–2025 ED visits gave 38) only the last year's are listed, the earlier ones counted.
MOST_LISTED = 8
#: The seasons a recurring signal is named for, by the side its values lie on: ED visits peak in
#: winter and ebb in summer, and XmR limits over whole years flag both.
SEASONS = {"high": ("winter", (12, 1, 2)), "low": ("summer", (6, 7, 8))}
#: In this many different years a season's signal is a pattern, not news.
RECURRING_YEARS = 3
#: Worst first: a concern, then a change of no known direction, then an improvement.
KIND_ORDER = ("concern", "neither", "improvement")


@dataclass(frozen=True)
class Status:
    """An indicator's series judged: `kind` is "improvement", "concern" or "neither" when its latest
    month is a signal, "common_cause" when it is not, "too_few" with fewer than two shown months or
    no signal in fewer than seven (as the control chart says), "latest_hidden" when the period's last
    month is hidden or has no data (a status of the month before would read as this month's).
    `signals` are the chart's, `latest` its last month with a value, `shown` how many have one."""

    indicator_id: str
    kind: str
    variation: str | None
    signals: tuple[spc.Signal, ...]
    latest: date | None
    shown: int = 0

    def text(self, lang: str) -> str:
        return t(f"signal.status.{self.kind}", lang)

    def help(self, lang: str) -> str:
        """The tile's status explained: the latest month's variation, or why there is none."""
        if self.kind == "too_few":
            return few_months(self.shown, lang)
        if self.kind == "latest_hidden":
            return t("spc.latest_hidden", lang)
        help_text = t("signal.status_help", lang, variation=t(f"spc.variation.{self.variation}", lang))
        if self.kind == "common_cause" and self.latest:  # its latest month is the period's last
            # an ended signal "what changed" names: the tile, saying "no signal", says it is over
            help_text += "".join(" " + t("signal.ended_recently", lang, signal=sentence)
                                 for _, sentence in changes([self], self.latest, lang))
        return help_text

    def recent(self, last: date, since: date | None = None) -> list[spc.Signal]:
        """The signals reaching into the RECENT_MONTHS months up to last (the period's end), or into
        the months from `since` (a steering group's last meeting)."""
        since = since or add_months(last, 1 - RECENT_MONTHS)
        return [s for s in self.signals if s.last_month >= since]


def status(monthly: pl.DataFrame, indicator_id: str, rebase_at: Sequence[date] = ()) -> Status:
    """An indicator's status over the months of `monthly` (rows by month, suppressed already): hidden
    and missing months are gaps, as on the control chart."""
    rows = tables.series(monthly, indicator_id, indicator_id)  # the control chart's own rows
    months, values = rows["month"].to_list(), rows["value"].to_list()
    latest, shown = spc.latest_month(months, values), spc.shown(values)
    if spc.too_few(values):
        return Status(indicator_id, "too_few", None, (), latest, shown)
    result = judged(indicator_id, months, values, rebase_at)
    if values[-1] is None:  # the latest month's standing is unknown; its earlier signals still count
        return Status(indicator_id, "latest_hidden", None, tuple(result.signals), latest, shown)
    if result.variation == "common_cause" and spc.too_few_to_rule_out(values):
        return Status(indicator_id, "too_few", result.variation, tuple(result.signals), latest, shown)
    kind = "common_cause" if result.variation == "common_cause" else result.variation.rsplit("_", 1)[0]
    return Status(indicator_id, kind, result.variation, tuple(result.signals), latest, shown)


def judged(indicator_id: str, months: Sequence[date], values: Sequence[float | None],
           rebase_at: Sequence[date] = (), target: float | None = None,
           baseline_points: int | None = None) -> spc.SpcResult:
    """An indicator's XmR chart as the tiles and the control chart both judge it: against its lines at
    the precision its control table prints them, drawn within the values the measure can take. With
    `baseline_points`, the limits are its first months' (those before a change), carried on after it."""
    measure = BY_ID[indicator_id].measure
    return spc.xmr(months, values, BY_ID[indicator_id].better, rebase_at=rebase_at, target=target,
                   baseline_points=baseline_points,
                   bounds=(0.0, 1.0 if measure == "share" else None),  # no figure is below 0
                   decimals=formatting.precise_decimals(measure))


def few_months(shown: int, lang: str) -> str:
    """Why a series is not judged: under two shown months there are no limits; under seven, no signal
    does not yet mean no change."""
    if shown < 2:
        return t("spc.too_few_values", lang)
    return t("spc.few_values", lang, n=shown, needed=spc.RULE_OUT_POINTS)


def changes(statuses: Sequence[Status], last: date, lang: str, since: date | None = None) -> list[tuple[str, str]]:
    """What changed: (indicator id, sentence) for each indicator with a recent signal, worst first, each
    a sentence a steering group can read aloud. An indicator is named once, by its most pressing
    signal: a concern before a change of no known direction before an improvement, then one that
    still holds, then the latest; indicators in that order, ties in the tiles' order."""
    found = []
    for n, found_status in enumerate(statuses):
        indicator = BY_ID[found_status.indicator_id]
        ranked = sorted((KIND_ORDER.index(signal.kind), signal.last_month != found_status.latest,
                         -signal.last_month.toordinal(), spc.RULES.index(signal.rule), k, signal)
                        for k, signal in enumerate(found_status.recent(last, since)))
        if not ranked:
            continue
        *order, signal = ranked[0]
        said = spc.describe(signal, indicator.better, lang, found_status.latest)
        sentence = t("signal.change", lang, indicator=t(f"indicator.{indicator.id}.name", lang),
                     signal=said[0].lower() + said[1:])
        found.append(((*order[:3], n), indicator.id, sentence))
    return [(indicator_id, sentence) for _, indicator_id, sentence in sorted(found)]


def signal_lines(signals: Sequence[spc.Signal], better: spc.Better, latest: date | None, last: date,
                 lang: str) -> list[str]:
    """A control chart's signals in words: each one, or over a long period the last year's and a
    line counting the earlier ones (the table has them month by month); first, where high values
    recur each winter or low ones each summer, a line saying so. Forty lines of winters and summers
    hid the one signal that was news, and a steering group read each winter as a change."""
    lines = [spc.describe(signal, better, lang, latest) for signal in signals]
    if len(lines) > MOST_LISTED:
        since = add_months(last, -11)
        recent = [k for k, signal in enumerate(signals) if signal.last_month >= since] or [len(lines) - 1]
        earlier = [signal for k, signal in enumerate(signals) if k not in recent]
        lines = [lines[k] for k in recent]
        if earlier:
            lines.append(t("spc.earlier_signals", lang, count=len(earlier), period=formatting.months(
                min(s.first_month for s in earlier), max(s.last_month for s in earlier), lang)))
    return [*_seasonal(signals, lang), *lines]


def _seasonal(signals: Sequence[spc.Signal], lang: str) -> list[str]:
    """A line for each season whose signal recurs in RECURRING_YEARS years or more (a December counts
    toward the winter of the January after it)."""
    lines = []
    for side, (season, months) in SEASONS.items():
        years = {day.year + (day.month == 12) for signal in signals if signal.side == side
                 for day in months_between(signal.first_month, signal.last_month) if day.month in months}
        if len(years) >= RECURRING_YEARS:
            lines.append(t(f"spc.seasonal.{season}", lang, years=len(years)))
    return lines
