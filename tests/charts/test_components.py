"""Chart components: pure specs with the language's locale, formats by measure, titles and signals."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard.charts import components as charts
from dashboard.charts.theme import COMPARISON, OVER_CAPACITY, SELECTION
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
    """Each layer with the rows of its own data, if it has its own, as `values`."""
    spec = chart.to_dict()
    return [{**layer, "values": spec["datasets"][layer["data"]["name"]]} if "data" in layer else layer
            for layer in spec["layer"]]


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
    # ten units get 18 px each: the chart fits its width only, so a long title adds to its height
    # instead of squeezing the bars (Streamlit fits both unless told)
    ten = pl.concat([frame.with_columns(pl.col("name") + str(n)) for n in range(5)])
    spec = charts.ranked_bar(ten, "share", 0.6, "Regionen", "Titel", ["rad ett", "rad två"], "sv").to_dict()
    assert spec["height"] == 180
    assert spec["autosize"] == {"type": "fit-x", "contains": "padding"}


def test_the_control_chart_draws_the_target_and_says_when_its_limits_are_trial_limits():
    values = [0.50] * 7 + [0.80] * 7
    result = spc.xmr(MONTHS, values, "up", rebase_at=[MONTHS[7]], target=0.6)
    chart = charts.spc_chart(result, "share", "T", ["p"], "sv", target=0.6)
    assert any(layer.get("encoding", {}).get("y", {}).get("field") == "target" for layer in layers(chart))
    # named at its left end, in its own green
    (named,) = [layer for layer in layers(chart)
                if layer["mark"].get("type") == "text" and layer["mark"]["align"] == "left"]
    assert (named["values"][0]["label"], named["values"][0]["y"], named["mark"]["color"]) == ("mål", 0.6, "#009E73")
    assert chart.to_dict()["title"]["subtitle"] == ["p", "preliminära styrgränser (färre än 12 punkter)"]
    without = charts.spc_chart(spc.xmr(MONTHS, values, "up"), "share", "T", ["p"], "sv")
    assert not any(layer.get("encoding", {}).get("y", {}).get("field") == "target" for layer in layers(without))
    assert without.to_dict()["title"]["subtitle"] == ["p"]


def test_the_run_chart_marks_its_long_runs_in_words_of_the_language():
    result = spc.run_chart(MONTHS, [1.0] * 7 + [2.0] * 7)
    drawn = layers(charts.run_chart(result, "count", "T", [], "en"))
    color = next(layer["encoding"]["color"] for layer in drawn if "color" in layer.get("encoding", {}))
    assert "Unusually long run" in color["legend"]["labelExpr"]
    # 1.0 × 7 then 2.0 × 7: median 1.5, both runs of 7 below the limit of 7 (round(log2(14) + 3) = 7):
    # no long run, so the legend names only what is drawn
    assert color["scale"]["domain"] == ["none"]
    # the median is named at the chart's right end; crossed once where 14 useful months expect at least
    # qbinom(0.05, 13, 0.5) = 4 crossings, it is drawn and named as that signal
    (label,) = [layer for layer in drawn if layer["mark"].get("type") == "text"]
    assert label["values"] == [{"month": label["values"][0]["month"], "y": 1.5, "label": "median: too few crossings"}]
    assert label["mark"]["color"] == "#7B3294"
    (centre,) = [layer for layer in drawn if layer.get("encoding", {}).get("y", {}).get("field") == "median"]
    assert centre["mark"]["color"] == "#7B3294"
    # crossing often enough (1, 2 alternating: 13 crossings), the median is a plain reference line
    crossing = layers(charts.run_chart(spc.run_chart(MONTHS, [1.0, 2.0] * 7), "count", "T", [], "sv"))
    (label,) = [layer for layer in crossing if layer["mark"].get("type") == "text"]
    assert (label["values"][0]["label"], label["mark"]["color"]) == ("median", "#555555")


def test_the_control_chart_names_its_lines_and_only_the_signals_it_draws():
    # 0.5 × 7 then 0.8 × 7, one segment: mean 0.65, moving ranges all 0 but one 0.3 (mean 0.3 / 13),
    # limits 0.65 ± 2.66 × 0.0231 = 0.5886 and 0.7114: every point lies beyond, low ones a concern where
    # up is better, high ones an improvement; nothing is "neither" or "no signal"
    result = spc.xmr(MONTHS, [0.50] * 7 + [0.80] * 7, "up")
    drawn = layers(charts.spc_chart(result, "share", "T", [], "sv"))
    color = next(layer["encoding"]["color"] for layer in drawn if "color" in layer.get("encoding", {}))
    assert color["scale"]["domain"] == ["improvement", "concern"]
    assert color["scale"]["range"] == ["#1F77B4", "#E8A33D"]
    (label,) = [layer for layer in drawn if layer["mark"].get("type") == "text"]
    assert [(row["label"], round(row["y"], 4)) for row in label["values"]] == [
        ("medel", 0.65), ("övre styrgräns", 0.7114), ("nedre styrgräns", 0.5886)]


def test_line_labels_that_would_print_over_each_other_are_left_to_the_mean():
    # a flat series: its limits are its mean, and one label says so
    flat = layers(charts.spc_chart(spc.xmr(MONTHS, [56 / 67] * 14, "up"), "share", "T", [], "sv"))
    (label,) = [layer for layer in flat if layer["mark"].get("type") == "text"]
    assert [row["label"] for row in label["values"]] == ["medel"]
    # 23 months of 0, then 10: mean 10/24 = 0.417, one moving range of 10 (mean 10/23), upper 0.417 +
    # 1.157 = 1.573, lower 0 (a count's bound): the lower limit lies 0.04 of the chart's height 0–10
    # from the mean (less than 0.06), and its label would cover the mean's
    months = [add_months(date(2024, 1, 1), k) for k in range(24)]
    counts = spc.xmr(months, [0] * 23 + [10], None, bounds=(0.0, None))
    drawn = layers(charts.spc_chart(counts, "count", "T", [], "sv"))
    (label,) = [layer for layer in drawn if layer["mark"].get("type") == "text"]
    assert [row["label"] for row in label["values"]] == ["medel", "övre styrgräns"]


def test_orange_means_a_concern_only_other_units_in_a_funnel_are_grey():
    frame = pl.DataFrame({"name": ["A", "B"], "value": [0.4, 0.8], "numerator": [4.0, 8.0],
                          "denominator": [10.0, 10.0], "is_selected": [True, False]})
    limits = pl.DataFrame({"denominator": [10.0], "limit": ["95 %"], "lower": [0.3], "upper": [0.9]})
    dots, left, right = layers(charts.funnel(frame, limits, 0.6, "T", [], "x", "sv"))[-3:]
    assert dots["encoding"]["color"] == {"condition": {"test": "datum.is_selected", "value": "#222222"},
                                         "value": "#B8C2CC"}
    # on paper no dot answers a pointer: the unit chosen is named beside its dot, the others not; both
    # lie at the axis' end (10 of 10), so their names go to the left of their dots, not off the chart
    assert (left.get("values"), [row["label"] for row in right["values"]]) == ([], ["A", ""])
    assert (right["mark"]["align"], right["mark"]["dx"]) == ("right", -7)
    wide = pl.DataFrame({"denominator": [40.0], "limit": ["95 %"], "lower": [0.3], "upper": [0.9]})
    left, right = layers(charts.funnel(frame, wide, 0.6, "T", [], "x", "sv", named=["B"]))[-2:]
    assert [row["label"] for row in left["values"]] == ["A", "B"] and left["mark"]["align"] == "left"
    assert left["encoding"]["text"]["field"] == "label" and not right.get("values")


def test_a_funnels_axis_spans_its_units_and_their_limits_not_0_to_100():
    # shares of 96 % and 99 % at 200 and 400 cases; the limits' mouth at 5 cases (50 %) is cut away
    frame = pl.DataFrame({"name": ["A", "B"], "value": [0.96, 0.99], "numerator": [192.0, 396.0],
                          "denominator": [200.0, 400.0], "is_selected": [True, False]})
    limits = pl.DataFrame({"denominator": [5.0, 200.0, 400.0], "limit": ["95 %"] * 3, "lower": [0.5, 0.94, 0.95],
                           "upper": [1.0, 0.995, 0.99]})
    *lines, _, dots, _, _ = layers(charts.funnel(frame, limits, 0.97, "T", [], "x", "sv"))
    # from 94 % less a margin of 2 points (a tenth of 5,5 points is less), to 100 %
    assert dots["encoding"]["y"]["scale"]["domain"] == [pytest.approx(0.92), 1.0]
    assert all(line["mark"]["clip"] for line in lines)


def test_a_long_title_breaks_after_the_indicators_name_and_a_subtitle_between_its_parts():
    from dashboard.charts.theme import title
    # 66 characters: over 38, broken at " – "; the second line, 37 characters, fits
    assert title("Erbjudna mobil läkare, 65+ – Västra Götalandsregionen: styrdiagram", []).to_dict() == {
        "text": ["Erbjudna mobil läkare, 65+", "Västra Götalandsregionen: styrdiagram"], "subtitle": []}
    # a subtitle of 60 characters: its two parts joined would pass 52, so a line each
    assert title("Kort", ["januari–december 2025 · jämfört med Västra Götalandsregionen", "a · b"]).to_dict() == {
        "text": "Kort", "subtitle": ["januari–december 2025", "jämfört med Västra Götalandsregionen", "a · b"]}
    # a part longer than a line wraps between words
    assert title("Ett mycket långt namn utan tankstreck som inte får plats på en rad", []).to_dict()["text"] == [
        "Ett mycket långt namn utan tankstreck", "som inte får plats på en rad"]


def test_no_two_ticks_of_a_value_axis_read_the_same():
    # the control chart shows a share to a tenth of a percent, so its ticks are at least 0,1 points
    # apart, though its values span 0,04 points
    result = spc.xmr(MONTHS, [0.3605 + 0.0002 * (k % 3) for k in range(14)], "up")
    drawn = layers(charts.spc_chart(result, "share", "T", [], "sv"))
    axes = [layer["encoding"]["y"]["axis"] for layer in drawn if "axis" in layer.get("encoding", {}).get("y", {})]
    # and no two labels run into each other (the funnel's "5 5006 000" at 1440 px)
    assert axes == [{"format": ".1%", "tickMinStep": 0.001, "labelOverlap": True, "labelFlush": True}]


def test_lines_and_labels_without_a_tooltip_of_their_own_have_none():
    # Streamlit's charts show every field of a mark that has no tooltip ("month, y, label" and a raw
    # 0.8793…); the points carry the tooltips, the lines and their names none
    xmr = charts.spc_chart(spc.xmr(MONTHS, [0.50] * 7 + [0.80] * 7, "up", target=0.6), "share", "T", [], "sv",
                           target=0.6)
    run = charts.run_chart(spc.run_chart(MONTHS, [1.0, 2.0] * 7), "count", "T", [], "sv")
    for chart in (xmr, run):
        for layer in layers(chart):
            own = "tooltip" in layer.get("encoding", {})
            assert own or layer["mark"].get("tooltip", "unset") is None, layer["mark"]


def tooltip_texts(chart) -> dict[str, str]:
    """The expressions of the text fields a chart's tooltips show, by tooltip title."""
    found, spec = {}, chart.to_dict()
    for layer in spec.get("layer", [spec]):
        calculated = {step["as"]: step["calculate"] for step in layer.get("transform", []) if "calculate" in step}
        for tip in layer.get("encoding", {}).get("tooltip", []):
            if tip["field"] in calculated:
                found[tip["title"]] = calculated[tip["field"]]
    return found


def test_a_tooltip_writes_a_value_as_the_figures_table_does_with_its_unit():
    rows = tables.series(monthly([30.5, 31.0], "ed_rate_80"), "ed_rate_80", "Angered")
    # a rate with one decimal and its unit, as in the trend's table ("30,5 per 1 000"); counts whole, or
    # with the decimal of an estimate (the need's 518,5 patients), as the table writes them, and named as
    # a rate's are: visits of so many person-months
    assert tooltip_texts(charts.trend_line(rows, "rate_per_1000", "T", [], "sv")) == {
        "Värde": "isValid(datum.value) ? format(datum.value, ',.1f') + \"\u00a0per\u00a01\u00a0000\" : \"–\"",
        "Besök": "isValid(datum.numerator) ? format(datum.numerator, ',.1~f') : \"–\"",
        "Personmånader": "isValid(datum.denominator) ? format(datum.denominator, ',.1~f') : \"–\""}
    days = tables.series(monthly([140.0, 148.0], "nsvt_mean_days"), "nsvt_mean_days", "Angered")
    assert tooltip_texts(charts.trend_line(days, "mean_days", "T", [], "en"))["Value"] == (
        "isValid(datum.value) ? format(datum.value, ',.0f') + \" days\" : \"–\"")
    # the control chart as its table: a share with a decimal (87,1 %), a count's value whole and its
    # mean and limits with a decimal (15 beside 15,2)
    share = tooltip_texts(charts.spc_chart(spc.xmr(MONTHS, [0.5, 0.6] * 7, "up"), "share", "T", [], "sv"))
    assert share["Värde"] == "isValid(datum.value) ? format(datum.value, '.1%') : \"–\""
    assert share["Övre styrgräns"] == "isValid(datum.upper) ? format(datum.upper, '.1%') : \"–\""
    counts = tooltip_texts(charts.spc_chart(spc.xmr(MONTHS, [10.0, 12.0] * 7, "down"), "count", "T", [], "sv"))
    assert counts["Värde"] == "isValid(datum.value) ? format(datum.value, ',.1~f') : \"–\""
    assert counts["Medel"] == "isValid(datum.mean) ? format(datum.mean, ',.1f') : \"–\""
    run = tooltip_texts(charts.run_chart(spc.run_chart(MONTHS, [30.0, 31.0] * 7), "rate_per_1000", "T", [], "en"))
    assert run["Median"] == "isValid(datum.median) ? format(datum.median, ',.2f') + \"\u00a0per\u00a01,000\" : \"–\""


def test_a_rates_and_days_axis_says_its_unit_a_shares_and_a_counts_do_not_need_one():
    rate = tables.series(monthly([30.5, 31.0], "ed_rate_80"), "ed_rate_80", "Angered")
    assert charts.trend_line(rate, "rate_per_1000", "T", [], "sv").to_dict()["encoding"]["y"]["title"] == (
        "per\u00a01\u00a0000")
    english = charts.trend_line(rate, "rate_per_1000", "T", [], "en").to_dict()
    assert english["encoding"]["y"]["title"] == "per\u00a01,000"
    days = spc.xmr(MONTHS, [140.0, 148.0] * 7, "down")
    line = layers(charts.spc_chart(days, "mean_days", "T", [], "sv"))[0]
    assert line["encoding"]["y"]["title"] == "dagar"
    runs = layers(charts.run_chart(spc.run_chart(MONTHS, [140.0, 148.0] * 7), "median_days", "T", [], "en"))[0]
    assert runs["encoding"]["y"]["title"] == "days"
    share = tables.series(monthly([0.5, 0.6]), "coverage_offered_65", "Angered")
    assert charts.trend_line(share, "share", "T", [], "sv").to_dict()["encoding"]["y"]["title"] is None
    bars = pl.DataFrame({"name": ["A", "B"], "value": [30.0, 40.0], "numerator": [3.0, 4.0],
                         "denominator": [100.0, 100.0], "is_selected": [True, False]})
    ranked = layers(charts.ranked_bar(bars, "rate_per_1000", 35.0, "R", "T", [], "sv"))
    assert ranked[0]["encoding"]["x"]["title"] == "per\u00a01\u00a0000"


def test_survival_curves_step_after_each_point_with_a_legend_and_one_half_marked():
    frame = pl.DataFrame({"day": [0.0, 10.0, 0.0, 12.0], "series": ["Teamet", "Teamet", "Alla team", "Alla team"],
                          "is_comparison": [False, False, True, True], "survival": [1.0, 0.5, 1.0, 0.6],
                          "lower": [1.0, 0.4, 1.0, 0.5], "upper": [1.0, 0.6, 1.0, 0.7]})
    spec = charts.survival_curves(frame, "Andel", ["helåret 2025"], "sv").to_dict()
    band, line, half = spec["layer"]
    # the line's legend its own: a shared one would go with the band's, which has none
    assert spec["resolve"] == {"legend": {"fill": "independent"}}
    assert line["encoding"]["strokeDash"]["scale"]["range"] == [[1, 0], [1, 0]]  # a team solid, all teams too
    assert band["mark"]["interpolate"] == line["mark"]["interpolate"] == "step-after"
    assert line["encoding"]["color"]["scale"] == {"domain": ["Teamet", "Alla team"], "range": [SELECTION, COMPARISON]}
    assert line["encoding"]["color"]["legend"] == {"title": None}
    assert spec["datasets"][half["data"]["name"]] == [{"half": 0.5}]


def test_part_dots_tell_the_selections_series_apart_by_shape_and_all_teams_by_a_grey_ring():
    frame = pl.DataFrame({"part": ["died", "died", "died"], "series": ["Boende i Borås", "Teamet", "Alla team"],
                          "is_comparison": [False, False, True], "shape": ["circle", "diamond", "circle"],
                          "value": [0.1, 0.2, 0.3], "numerator": [10.0, 20.0, 30.0], "denominator": [100.0] * 3})
    spec = charts.part_dots(frame, ["home care", "died"], "share", "Orsak", "Utskrivna", ["helåret 2025"],
                            "sv").to_dict()
    encoding = spec["encoding"]
    assert encoding["shape"]["scale"]["range"] == ["circle", "diamond", "circle"]
    # every part has its row in its order, a part no one shows too
    assert encoding["y"]["scale"]["domain"] == encoding["y"]["sort"] == ["home care", "died"]
    assert encoding["color"]["scale"]["range"] == [SELECTION, SELECTION, COMPARISON]
    assert encoding["fill"]["scale"]["range"] == [SELECTION, SELECTION, "white"]


def test_a_census_of_more_than_four_teams_is_a_panel_each_with_its_capacity():
    rows = [{"month": date(2025, m, 1), "series": f"Team {k}", "value": float(22 + k + m), "above": 22 + k + m > 25}
            for k in range(5) for m in (1, 2)]
    spec = charts.census_lines(pl.DataFrame(rows), 25, "kapacitet 25", "Inskrivna", ["2025"], "sv").to_dict()
    assert spec["columns"] == 3 and spec["facet"]["field"] == "series"
    assert spec["facet"]["sort"] == [f"Team {k}" for k in range(5)]
    _, over, rule = spec["spec"]["layer"]
    assert rule["encoding"]["y"] == {"aggregate": "max", "field": "capacity", "type": "quantitative"}
    assert rule["transform"] == [{"calculate": "25.0", "as": "capacity"}]
    assert over["transform"][-1] == {"filter": "datum.above"} and over["mark"]["color"] == OVER_CAPACITY
    assert "kapacitet 25" in spec["title"]["subtitle"]
    # four or fewer: one chart, each team its dash
    four = charts.census_lines(pl.DataFrame(rows[:8]), 25, "kapacitet 25", "Inskrivna", ["2025"], "sv").to_dict()
    assert "facet" not in four and len(four["layer"][0]["encoding"]["strokeDash"]["scale"]["range"]) == 4


def test_a_wheel_items_title_is_written_whole_in_up_to_three_lines():
    frame = pl.DataFrame({"month": [1, 3], "kind": ["Planering", "Mätning"],
                          "title": ["Planeringsdag: årets mål och uppföljningsplan",
                                    "Mätning av fast vårdkontakt i alla enheter och hos alla team i området"]})
    names = layers(charts.wheel_timeline(frame, ["Planering", "Mätning"], ["jan."] * 12, 12, "T", [], "sv"))[-1]
    assert names["mark"]["lineBreak"] == "\n"
    # lines of at most 18 characters; a fourth line's words are cut into the third with "…"
    assert [row["label"] for row in names["values"]] == [
        "Planeringsdag:\nårets mål och\nuppföljningsplan", "Mätning av fast\nvårdkontakt i alla\nenheter och hos…"]
