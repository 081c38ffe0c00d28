"""Chart components: pure specs with the language's locale, formats by measure, titles and signals."""

from __future__ import annotations

from datetime import date

import polars as pl

from dashboard.charts import components as charts
from dashboard.figures import tables
from dashboard.metrics import spc
from dashboard.metrics.periods import add_months

MONTHS = [add_months(date(2024, 1, 1), n) for n in range(14)]


def monthly(values, indicator="coverage_offered_65"):
    return pl.DataFrame({
        "indicator": [indicator] * len(values), "from": [f"{m.year}-{m.month:02d}" for m in MONTHS[: len(values)]],
        "value": values, "numerator": [v * 100 if v is not None else None for v in values],
        "denominator": [100.0 if v is not None else None for v in values],
        "suppressed": [v is None for v in values],
        "numerator_small": [False] * len(values), "denominator_small": [False] * len(values),
    })


def layers(chart) -> list[dict]:
    return chart.to_dict()["layer"]


def test_trend_line_speaks_swedish_inside_the_chart():
    rows = tables.series(monthly([0.5, 0.6, None, 0.7]), "coverage_offered_65", "Angered")
    spec = charts.trend_line(rows, "share", "Titel", ["jan–apr"], "sv").to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["number"]["percent"] == "\u00a0%"
    # the axis's short months are the period list's (Babel's "jan. 2025"), not a second form ("jan 2025")
    assert spec["config"]["locale"]["time"]["shortMonths"][:5] == ["jan.", "feb.", "mars", "apr.", "maj"]
    assert spec["config"]["locale"]["time"]["months"][2] == "mars"
    assert spec["encoding"]["y"]["axis"]["format"] == ".0%"
    assert spec["title"] == {"text": "Titel", "subtitle": ["jan–apr"]}
    english = charts.trend_line(rows, "share", "Title", [], "en").to_dict()
    assert english["config"]["locale"]["number"]["decimal"] == "."


def test_ranked_bar_has_the_reference_line():
    frame = pl.DataFrame({"name": ["A", "B"], "value": [0.4, 0.8], "numerator": [4.0, 8.0],
                          "denominator": [10.0, 10.0], "is_selected": [True, False]})
    spec = charts.ranked_bar(frame, "share", 0.6, "Regionen", "T", [], "sv").to_dict()
    assert [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in spec["layer"]] == [
        "bar", "rule"]


def test_the_control_chart_draws_the_target_and_says_when_its_limits_are_trial_limits():
    values = [0.50] * 7 + [0.80] * 7
    result = spc.xmr(MONTHS, values, "up", rebase_at=[MONTHS[7]], target=0.6)
    chart = charts.spc_chart(result, "share", "T", ["p"], "sv", target=0.6)
    assert any(layer.get("encoding", {}).get("y", {}).get("field") == "target" for layer in layers(chart))
    assert chart.to_dict()["title"]["subtitle"] == ["p", "preliminära styrgränser (färre än 12 punkter)"]
    without = charts.spc_chart(spc.xmr(MONTHS, values, "up"), "share", "T", ["p"], "sv")
    assert not any(layer.get("encoding", {}).get("y", {}).get("field") == "target" for layer in layers(without))
    assert without.to_dict()["title"]["subtitle"] == ["p"]


def test_the_run_chart_marks_its_long_runs_in_words_of_the_language():
    result = spc.run_chart(MONTHS, [1.0] * 7 + [2.0] * 7)
    legend = layers(charts.run_chart(result, "count", "T", [], "en"))[-1]["encoding"]["color"]["legend"]
    assert "Unusually long run" in legend["labelExpr"]
