"""A tile's sparkline as a small inline SVG: the period's monthly values as a line, a hidden or
missing month a gap in it.

Streamlit draws a metric's own sparkline as a Vega view of its own; the start page's fifteen tiles
then cost the browser 100–150 ms of every area change, more than the page's two charts (measured in
docs/performance.md). A line of a few dozen points needs none of Vega's machinery: this is one path
the browser draws at once. Only numbers, formatted here, and a catalogue text go into it. Streamlit's
HTML element lets no SVG through (its sanitiser keeps HTML alone), so the page gets it as an image
of its own data: no request, nothing to run.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Sequence
from html import escape

from dashboard.charts.theme import SIGNAL_COLOURS

#: The drawing's own units; the browser stretches it to the tile's width and HEIGHT_PX.
WIDTH, HEIGHT, PAD = 100.0, 30.0, 3.0
HEIGHT_PX = 36


def colour(signal: str | None) -> str:
    """A tile's line in its signal's colour (blue improvement, orange concern, purple special cause),
    grey without one: the tile's only colour is its signal's, its line included."""
    return SIGNAL_COLOURS.get(signal, SIGNAL_COLOURS[None])


def image(values: Sequence[float], label: str, signal: str | None = None) -> str:
    """The sparkline as an `<img>` of its own SVG, the label its text for screen readers; "" when no
    month has a value."""
    drawing = svg(values, label, colour(signal))
    if not drawing:
        return ""
    data = base64.b64encode(drawing.encode()).decode()
    return f'<img src="data:image/svg+xml;base64,{data}" alt="{escape(label)}" width="100%" height="{HEIGHT_PX}">'


def svg(values: Sequence[float], label: str, stroke: str = SIGNAL_COLOURS[None]) -> str:
    """The values as a line from the tile's left edge to its right, lowest at the bottom, highest at
    the top (a flat series through the middle); NaN months are gaps, and a month alone between gaps a
    dot. No month with a value: no drawing at all."""
    shown = [(i, v) for i, v in enumerate(values) if not math.isnan(v)]
    if not shown:
        return ""
    low, high = min(v for _, v in shown), max(v for _, v in shown)
    step = WIDTH / max(len(values) - 1, 1)

    def y(value: float) -> float:
        return HEIGHT / 2 if high == low else PAD + (high - value) / (high - low) * (HEIGHT - 2 * PAD)

    runs: list[list[tuple[int, float]]] = []
    for i, v in shown:
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, v))
        else:
            runs.append([(i, v)])
    path = " ".join(
        "M" + " L".join(f"{i * step:.2f},{y(v):.2f}" for i, v in run) + (" h0" if len(run) == 1 else "")
        for run in runs)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
            f'preserveAspectRatio="none" width="100%" height="{HEIGHT_PX}" role="img" aria-label="{escape(label)}">'
            f'<path d="{path}" fill="none" stroke="{stroke}" stroke-width="2" stroke-linecap="round" '
            f'stroke-linejoin="round" vector-effect="non-scaling-stroke"/></svg>')
