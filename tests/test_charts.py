"""Chart components: pure specs with the language's locale, formats by measure, titles and signals."""

from __future__ import annotations

from datetime import date

import polars as pl

from dashboard.charts import components as charts
from dashboard.figures import tables as figures
from dashboard.figures import overview
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


def test_trend_line_speaks_swedish_inside_the_chart():
    rows = figures.series(monthly([0.5, 0.6, None, 0.7]), "coverage_offered_65", "Angered")
    spec = charts.trend_line(rows, "share", "Titel", ["jan–apr"], "sv").to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["number"]["percent"] == "\u00a0%"
    assert spec["config"]["locale"]["time"]["shortMonths"][4] == "maj"
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


def test_development_with_rebase_and_target():
    values = [0.50] * 7 + [0.80] * 7
    dev = overview.development("coverage_offered_65", monthly(values), None, "Angered", None, ["p"], "sv", False,
                               rebase_at=[MONTHS[7]], target=0.6)
    assert dev.variation and "ingen signal" in dev.variation
    assert dev.assurance == "målet nås alltid"  # the latest segment's lower limit (0.8) is above 0.6
    layers = dev.control.to_dict()["layer"]
    assert any(layer.get("encoding", {}).get("y", {}).get("field") == "target" for layer in layers)
    assert "preliminära styrgränser" in " ".join(dev.control.to_dict()["title"]["subtitle"])
    without = overview.development("coverage_offered_65", monthly(values), None, "Angered", None, ["p"], "sv", False)
    assert any("över medel" in s for s in without.signals)
