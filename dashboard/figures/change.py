"""Before and after a change: the same calendar months a year apart (`metrics.before_after.windows`),
within the months the subject has figures for, their published figures, the rate ratio with its
Poisson interval, and what the control chart's rules see after the change, judged with limits from
the months before it. The emergency page's before and after and savings, and the learning loop's
follow-up of a decision, all read a change this one way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard import formatting
from dashboard.figures import tables
from dashboard.figures.signals import judged
from dashboard.figures.source import Source
from dashboard.figures.view import View
from dashboard.metrics import spc
from dashboard.metrics.before_after import RateRatio, rate_ratio, windows
from dashboard.metrics.indicators import Scope
from dashboard.metrics.periods import Period
from dashboard.texts import t


def comparison_windows(view: View, source: Source, scope: Scope, indicator_id: str,
                       change: date | None) -> tuple[Period, Period] | None:
    """The change's two windows within the months the scope has figures for: a centre's open months
    (a centre that opened in the window before would count its closed months as no visits: "13 a
    month" of five open months over twelve); none where a closed month falls inside either."""
    months = view.choices.months
    if change is None or not months:
        return None
    first, last = months[0], months[-1]
    closed: set[date] = set()
    if scope.hc_id:
        rows = tables.series(source.monthly(scope, first, last, (indicator_id,)), indicator_id, "")
        closed = {m for m, shut in zip(rows["month"], rows["closed"], strict=True) if shut}
        opened = [m for m in months if m not in closed]
        if not opened:
            return None
        first, last = opened[0], opened[-1]
    found = windows(change, first, last)
    if found is None or any(w.first <= m <= w.last for w in found for m in closed):
        return None
    return found


@dataclass(frozen=True)
class Compared:
    """A change's two windows, their published figures, the rate ratio of those (none where either is
    hidden), and what the control chart's rules see after it (None: too few months to tell)."""

    before: Period
    after: Period
    rows: dict[Period, dict]
    ratio: RateRatio | None
    signals: list[spc.Signal] | None

    @property
    def verdict(self) -> str:
        return verdict(self.ratio, self.signals)

    def subtitle(self, change: date, lang: str) -> str:
        return t("emergency.before_after.subtitle", lang, change=formatting.month(change, lang),
                 before=formatting.months(self.before.first, self.before.last, lang),
                 after=formatting.months(self.after.first, self.after.last, lang))


def compared(view: View, source: Source, scope: Scope, indicator_id: str, change: date | None) -> Compared | None:
    """The before and after of a change for the scope, as both its figures read it; None without windows."""
    wins = comparison_windows(view, source, scope, indicator_id, change)
    if wins is None:
        return None
    before, after = wins
    rows = {w: source.period(scope, w.first, w.last, (indicator_id,)).row(0, named=True) for w in wins}
    ratio = None
    if not any(r["suppressed"] for r in rows.values()):  # a share's exposure is its admissions
        ratio = rate_ratio(rows[before]["numerator"], rows[before]["denominator"] or 0,
                           rows[after]["numerator"], rows[after]["denominator"] or 0)
    return Compared(before, after, rows, ratio, shift(source, scope, indicator_id, before, after))


def shift(source: Source, scope: Scope, indicator_id: str, before: Period,
           after: Period) -> list[spc.Signal] | None:
    """The control chart's signals among the months after, with limits from the months before: the two
    windows' months alone (those between are neither), the rules run on the months after only. None
    where the rules cannot tell: fewer than two months before with a value, or fewer months after than
    a run takes (`spc.RULE_OUT_POINTS`) and no month beyond the limits."""
    monthly = tables.series(source.monthly(scope, before.first, after.last, (indicator_id,)), indicator_id, "")
    rows = [(m, v) for m, v in zip(monthly["month"], monthly["value"], strict=True)
            if before.first <= m <= before.last or after.first <= m <= after.last]
    baseline = sum(v is not None for m, v in rows if m <= before.last)
    if baseline < 2:
        return None
    result = judged(indicator_id, [m for m, _ in rows], [v for _, v in rows], baseline_points=baseline)
    found = [signal for signal in result.signals if signal.first_month >= after.first]
    shown_after = sum(v is not None for m, v in rows if m >= after.first)
    return found if found or shown_after >= spc.RULE_OUT_POINTS else None


def verdict(ratio: RateRatio | None, signals: list[spc.Signal] | None) -> str:
    """What may be concluded, as a key of the catalogue: a fall (or rise) that both the interval and
    the control chart's rules see, one only the interval sees, one only the rules see, or noise. A
    fall is the signals' low side whatever the indicator's better direction: a share where higher is
    better falls as surely as ED visits do (its fall a concern, theirs an improvement)."""
    sides = {signal.side for signal in signals or ()}
    unjudged = "_unjudged" if signals is None else ""  # the rules had too few months to see anything
    if ratio is None:
        return "unknown"
    if ratio.is_fall:
        return "fall_signal" if "low" in sides else f"fall_interval{unjudged}"
    if ratio.is_rise:
        return "rise_signal" if "high" in sides else f"rise_interval{unjudged}"
    return "rules_only" if sides & {"low", "high"} else f"noise{unjudged}"
