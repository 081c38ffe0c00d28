"""Statistical process control for monthly indicators: XmR charts after NHS England's *Making Data
Count* (MDC) and run charts with the Anhøj rules.

A steering group should react to signals, not to every wiggle from one month to the next. These
functions say which months are signals; the chart component draws them and pages word them with
`describe`. Pure computation: no Streamlit, no Altair.

Missing values (suppressed months) stay in the output as gaps but take no part in any
calculation: means, moving ranges and the rules all run over the months that have a value.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from itertools import pairwise
from statistics import fmean, median
from typing import Literal

import polars as pl

from dashboard import formatting
from dashboard.texts import t

Better = Literal["up", "down"] | None

LIMIT_FACTOR = 2.66  # 3 / d2, d2 = 1.128 for moving ranges of two points: the limits are mean ± 3σ
FULL_BASELINE = 12  # MDC: limits from fewer points are trial limits
SHIFT_POINTS = 7
TREND_POINTS = 7
CROSSINGS_ALPHA = Fraction(5, 100)  # Anhøj & Olesen 2014: 5 % lower quantile of Binomial(n − 1, ½)
RULE_OUT_POINTS = max(SHIFT_POINTS, TREND_POINTS)  # months a series needs before "no signal" means anything
RULES = ("beyond_limits", "shift", "trend", "two_of_three")

_XMR_SCHEMA = {
    "month": pl.Date,
    "value": pl.Float64,
    "segment": pl.Int64,
    "mean": pl.Float64,
    "upper": pl.Float64,
    "lower": pl.Float64,
    "upper_2sigma": pl.Float64,
    "lower_2sigma": pl.Float64,
    "is_trial": pl.Boolean,
    "rules": pl.List(pl.String),
    "signal": pl.String,
}
_RUN_SCHEMA = {
    "month": pl.Date,
    "value": pl.Float64,
    "median": pl.Float64,
    "side": pl.String,
    "in_long_run": pl.Boolean,
}


@dataclass(frozen=True)
class Signal:
    """One run of months flagged by the same rule on the same side: one line in a page's list.

    side is "high" (above the centre line, or rising) or "low"; None for too few crossings.
    kind is "improvement", "concern" or "neither"; None on run charts, which know no direction.
    The crossing counts are set only for the run chart's "few_crossings".
    """

    rule: str
    side: str | None
    kind: str | None
    first_month: date
    last_month: date
    n_points: int
    crossings: int | None = None
    crossings_limit: int | None = None


@dataclass(frozen=True)
class SpcResult:
    points: pl.DataFrame
    signals: list[Signal]
    variation: str
    assurance: str | None
    is_trial: bool


@dataclass(frozen=True)
class RunChartResult:
    points: pl.DataFrame
    median: float | None
    n_useful: int
    longest_run: int
    longest_run_limit: int | None
    crossings: int
    crossings_limit: int | None
    long_run: bool
    few_crossings: bool
    signals: list[Signal]


@dataclass(frozen=True)
class _Limits:
    mean: float
    upper: float
    lower: float
    upper_2sigma: float
    lower_2sigma: float
    is_trial: bool


# --- XmR ------------------------------------------------------------------------------------------


def xmr(
    months: Sequence[date],
    values: Sequence[float | None],
    better: Better = None,
    rebase_at: Sequence[date] = (),
    baseline_points: int | None = None,
    target: float | None = None,
    bounds: tuple[float | None, float | None] = (None, None),
    decimals: int | None = None,
) -> SpcResult:
    """XmR chart of a monthly series, split into segments at the rebase months.

    Each segment gets limits from its own baseline (its first `baseline_points` months with a value,
    all of them by default) and is tested on its own: a rebase starts every rule afresh. The lines
    are drawn within `bounds`, the values a measure can take (a share from 0 to 1): a limit of
    −10 % means that no low value is unusual, and reads so as 0 %. No value lies beyond its bounds,
    so the signals are the same either way. With `decimals`, the precision the values and lines are
    published at, a value that reads the same as the mean or a limit lies on it: "64,1 % below the
    lower limit of 64,1 %" would contradict itself.
    """
    _check_series(months, values)
    if better not in ("up", "down", None):
        raise ValueError(f"better must be 'up', 'down' or None, not {better!r}")
    if baseline_points is not None and baseline_points < 1:
        raise ValueError("baseline_points must be at least 1")
    observed = _observed(values)
    segments = _segment_ids(months, rebase_at)
    limits: dict[int, _Limits | None] = {}
    runs: list[tuple[str, str, list[int]]] = []
    for segment in sorted(set(segments)):
        rows = [i for i, s in enumerate(segments) if s == segment and observed[i] is not None]
        series = [observed[i] for i in rows]
        limits[segment] = _limits(series[:baseline_points])
        if limits[segment] is not None:
            found = _rule_runs(series, limits[segment], decimals)
            runs += [(rule, side, [rows[p] for p in at]) for rule, side, at in found]
    rules_at, sides_at = _flags_by_row(len(months), runs)
    latest = max((i for i, v in enumerate(observed) if v is not None), default=None)
    latest_limits = limits[segments[latest]] if latest is not None else None
    return SpcResult(
        points=_xmr_points(months, observed, segments, limits, rules_at, sides_at, better).with_columns(
            pl.col(LINES).clip(*bounds)),
        signals=sorted(
            (Signal(rule, side, _kind(side, better), months[at[0]], months[at[-1]], len(at))
             for rule, side, at in runs),
            key=lambda s: (s.first_month, s.last_month, RULES.index(s.rule)),
        ),
        variation=_variation(latest, observed, sides_at, latest_limits, better),
        assurance=_assurance(latest_limits, better, target),
        is_trial=latest_limits is not None and latest_limits.is_trial,
    )


#: The limit lines of a control chart, drawn within the measure's bounds.
LINES = ["upper", "lower", "upper_2sigma", "lower_2sigma"]


def _check_series(months: Sequence[date], values: Sequence[float | None]) -> None:
    if len(months) != len(values):
        raise ValueError(f"{len(months)} months but {len(values)} values")
    if any(a >= b for a, b in pairwise(months)):
        raise ValueError("months must be in increasing order, each once")


def _observed(values: Sequence[float | None]) -> list[float | None]:
    """None and NaN both mean no value: a frame column may hand over either."""
    return [None if v is None or math.isnan(v) else float(v) for v in values]


def _segment_ids(months: Sequence[date], rebase_at: Sequence[date]) -> list[int]:
    """0, 1, 2 … : a new segment starts at the first month on or after each rebase date."""
    starts = sorted(set(rebase_at))
    raw = [bisect_right(starts, m) for m in months]
    dense = {r: n for n, r in enumerate(sorted(set(raw)))}
    return [dense[r] for r in raw]


def _limits(baseline: Sequence[float]) -> _Limits | None:
    """Centre line, 3σ process limits and 2σ lines from the baseline's mean moving range."""
    if len(baseline) < 2:
        return None
    mean = fmean(baseline)
    three_sigma = LIMIT_FACTOR * fmean(abs(b - a) for a, b in pairwise(baseline))
    two_sigma = three_sigma * 2 / 3
    return _Limits(
        mean, mean + three_sigma, mean - three_sigma, mean + two_sigma, mean - two_sigma, len(baseline) < FULL_BASELINE
    )


def _rule_runs(series: Sequence[float], limits: _Limits,
               decimals: int | None = None) -> list[tuple[str, str, list[int]]]:
    """(rule, side, positions in series) for every run that one of the four MDC rules flags; against
    the lines a reader sees (mean and limits) at the precision they read."""
    beyond = _stretches([_side(v, limits.upper, limits.lower, decimals) for v in series])
    shifts = _stretches([_side(v, limits.mean, limits.mean, decimals) for v in series])
    steps = _stretches([None] + [_side(b, a, a) for a, b in pairwise(series)])
    return (
        [("beyond_limits", side, at) for side, at in beyond]
        + [("shift", side, at) for side, at in shifts if len(at) >= SHIFT_POINTS]
        + [("trend", side, [at[0] - 1, *at]) for side, at in steps if len(at) + 1 >= TREND_POINTS]
        + [("two_of_three", side, at) for side, at in _stretches(_two_of_three(series, limits), max_gap=2)]
    )


def _side(value: float, high: float, low: float, decimals: int | None = None) -> str | None:
    """Which side of the lines a value lies beyond. A value equal to a line up to rounding is on it: a
    mean computed from equal values can differ from them in the last bit (fmean of twelve 56/67),
    which would flag a flat series as beyond its own limits, or as a shift around its own mean."""
    if value > high and not _same(value, high, decimals):
        return "high"
    if value < low and not _same(value, low, decimals):
        return "low"
    return None


def _same(a: float, b: float, decimals: int | None = None) -> bool:
    """Equal up to floating point, or, given `decimals`, as they read at that precision."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12) or (
        decimals is not None and formatting.half_up(a, decimals) == formatting.half_up(b, decimals))


def _stretches(sides: Sequence[str | None], max_gap: int = 1) -> list[tuple[str, list[int]]]:
    """Positions with the same side, grouped while each lies within max_gap of the one before."""
    out = []
    for side in ("high", "low"):
        group: list[int] = []
        for i in (i for i, s in enumerate(sides) if s == side):
            if group and i - group[-1] > max_gap:
                out.append((side, group))
                group = []
            group.append(i)
        if group:
            out.append((side, group))
    return out


def _two_of_three(series: Sequence[float], limits: _Limits) -> list[str | None]:
    """The side of each point beyond 2σ that shares a window of three with another on its side."""
    near = [_side(v, limits.upper_2sigma, limits.lower_2sigma) for v in series]
    flagged: list[str | None] = [None] * len(series)
    for start in range(len(series) - 2):
        window = range(start, start + 3)
        for side in ("high", "low"):
            if sum(near[i] == side for i in window) >= 2:
                for i in (i for i in window if near[i] == side):
                    flagged[i] = side
    return flagged


def _flags_by_row(n_rows: int, runs: list[tuple[str, str, list[int]]]) -> tuple[list[list[str]], list[set[str]]]:
    rules_at: list[list[str]] = [[] for _ in range(n_rows)]
    sides_at: list[set[str]] = [set() for _ in range(n_rows)]
    for rule, side, rows in runs:
        for i in rows:
            rules_at[i] = sorted({*rules_at[i], rule}, key=RULES.index)
            sides_at[i].add(side)
    return rules_at, sides_at


def _kind(side: str, better: Better) -> str:
    if better is None:
        return "neither"
    return "improvement" if (side == "high") == (better == "up") else "concern"


def _point_kind(sides: set[str], better: Better) -> str | None:
    """A point flagged both high and low (a trend against a shift) signals no clear direction."""
    if not sides:
        return None
    return _kind(next(iter(sides)), better) if len(sides) == 1 else "neither"


def _xmr_points(
    months: Sequence[date],
    observed: list[float | None],
    segments: list[int],
    limits: dict[int, _Limits | None],
    rules_at: list[list[str]],
    sides_at: list[set[str]],
    better: Better,
) -> pl.DataFrame:
    """One row a month; gaps keep their segment's lines so the chart draws them unbroken."""
    lines = [limits[s] for s in segments]
    columns = {
        "month": list(months),
        "value": observed,
        "segment": segments,
        **{
            name: [getattr(lim, name) if lim is not None else None for lim in lines]
            for name in ("mean", *LINES)
        },
        "is_trial": [lim is not None and lim.is_trial for lim in lines],
        "rules": rules_at,
        "signal": [_point_kind(sides, better) for sides in sides_at],
    }
    return pl.DataFrame(columns, schema=_XMR_SCHEMA)


def _variation(
    latest: int | None, observed: list[float | None], sides_at: list[set[str]], limits: _Limits | None, better: Better
) -> str:
    """The MDC variation icon of the latest month with a value.

    When that month is flagged both high and low, the icon's side is where it lies against the mean.
    """
    if latest is None or not sides_at[latest]:
        return "common_cause"
    sides = sides_at[latest]
    side = next(iter(sides)) if len(sides) == 1 else "high" if observed[latest] > limits.mean else "low"
    return f"{_point_kind(sides, better)}_{side}"


def _assurance(limits: _Limits | None, better: Better, target: float | None) -> str | None:
    """Whether the process as it runs now will meet the target: always, never or now and then."""
    if target is None or limits is None or better is None:
        return None
    if better == "up":
        passes, fails = limits.lower > target, limits.upper < target
    else:
        passes, fails = limits.upper < target, limits.lower > target
    return "pass" if passes else "fail" if fails else "hit_and_miss"


# --- Run chart (Anhøj) ----------------------------------------------------------------------------


def run_chart(months: Sequence[date], values: Sequence[float | None]) -> RunChartResult:
    """Run chart with the Anhøj rules: an unusually long run or too few crossings of the median.

    These rules need no limits and are robust to skewed data, so they suit short series and rates
    of rare events better than an XmR chart does.
    """
    _check_series(months, values)
    observed = _observed(values)
    present = [v for v in observed if v is not None]
    centre = median(present) if present else None
    sides = [None if v is None or v == centre else "high" if v > centre else "low" for v in observed]
    useful = [i for i, s in enumerate(sides) if s]
    runs = _median_runs(useful, sides)
    n = len(useful)
    longest = max((len(run) for run in runs), default=0)
    crossings = max(len(runs) - 1, 0)
    run_limit = round(math.log2(n) + 3) if n else None
    crossings_limit = _binomial_lower_quantile(n - 1) if n else None
    long_runs = [run for run in runs if run_limit is not None and len(run) > run_limit]
    few_crossings = crossings_limit is not None and crossings < crossings_limit
    signals = [Signal("long_run", sides[run[0]], None, months[run[0]], months[run[-1]], len(run)) for run in long_runs]
    if few_crossings:
        signals.append(
            Signal("few_crossings", None, None, months[useful[0]], months[useful[-1]], n, crossings, crossings_limit)
        )
    in_long_run = {i for run in long_runs for i in run}
    points = pl.DataFrame(
        {
            "month": list(months),
            "value": observed,
            "median": [centre] * len(months),
            "side": [{"high": "above", "low": "below"}.get(s) for s in sides],
            "in_long_run": [i in in_long_run for i in range(len(months))],
        },
        schema=_RUN_SCHEMA,
    )
    return RunChartResult(
        points, centre, n, longest, run_limit, crossings, crossings_limit, bool(long_runs), few_crossings, signals
    )


def _median_runs(useful: list[int], sides: list[str | None]) -> list[list[int]]:
    """Runs of useful points on one side; points on the median and gaps neither break nor extend them."""
    runs: list[list[int]] = []
    for i in useful:
        if runs and sides[runs[-1][-1]] == sides[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _binomial_lower_quantile(trials: int) -> int:
    """R's qbinom(0.05, trials, 0.5): the smallest c with P(X ≤ c) ≥ 5 %, exact in fractions."""
    cumulative = 0
    for c in range(trials + 1):
        cumulative += math.comb(trials, c)
        if Fraction(cumulative, 2**trials) >= CROSSINGS_ALPHA:
            return c
    return trials


# --- Plain words ----------------------------------------------------------------------------------


def describe(signal: Signal, better: Better, lang: str = "sv", latest: date | None = None) -> str:
    """One sentence for a page's list of signals: what, from which month to which, improvement or
    concern when known, and, given the series' latest month with a value, whether it still holds
    (a run that ended months ago must not read as if it went on).

    The direction is taken from better rather than from the signal, so that run-chart signals,
    which know no direction, read the same way as XmR ones.
    """
    if signal.rule == "few_crossings":
        return t("spc.few_crossings", lang, crossings=signal.crossings, limit=signal.crossings_limit)
    period = formatting.months(signal.first_month, signal.last_month, lang)
    key = f"spc.{signal.rule}.{signal.side}"
    if signal.rule == "beyond_limits":
        key += ".one" if signal.n_points == 1 else ".many"
    sentence = t(key, lang, n=signal.n_points, period=period)
    kind = _kind(signal.side, better)
    words = [] if kind == "neither" else [t(f"spc.kind.{kind}", lang)]
    if latest is not None:
        words.append(t("spc.state.ongoing" if signal.last_month == latest else "spc.state.ended", lang))
    if not words:
        return sentence
    kind_text = words[0] if len(words) == 1 else t("spc.and_state", lang, kind=words[0], state=words[1])
    return t("spc.with_kind", lang, sentence=sentence, kind=kind_text)


def too_few(values: Sequence[float | None]) -> bool:
    """Fewer than two months with a value: no variation to judge, so "no signals" would mislead."""
    return shown(values) < 2


def too_few_to_rule_out(values: Sequence[float | None]) -> bool:
    """Fewer shown months than the shift and trend rules need (7): a series without a signal has then
    not shown that nothing changed, only that a change could not have been seen; "no signals" would
    read as the first."""
    return shown(values) < RULE_OUT_POINTS


def shown(values: Sequence[float | None]) -> int:
    """How many months have a value: the months every judgement rests on."""
    return sum(v is not None for v in _observed(values))


def latest_month(months: Sequence[date], values: Sequence[float | None]) -> date | None:
    """The last month with a value: a signal ending there still holds."""
    return next((m for m, v in zip(reversed(months), reversed(_observed(values))) if v is not None), None)
