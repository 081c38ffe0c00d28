"""The coverage map: tiles for every unit, the selection a page reads, boundaries checked when read."""

from __future__ import annotations

import json
from collections import deque

import polars as pl
import pytest

from dashboard.charts.area_map import (
    MAP_PX,
    NO_VALUE,
    area_map,
    choropleth,
    clicked_unit,
    load_boundaries,
    tile_map,
    tile_positions,
)
from dashboard.charts.theme import LOCALES, NUMBER_FORMATS
from dashboard.settings import ROOT

AREAS = pl.read_csv(ROOT / "dashboard" / "data" / "demo" / "vgr_areas.csv",
                    schema_overrides={"area_code": pl.String, "parent_code": pl.String})


def _units() -> set[str]:
    """Home-care units: municipalities without districts, and the districts."""
    parents = set(AREAS.filter(pl.col("level") == "district")["parent_code"])
    kept = AREAS.filter((pl.col("level") == "district")
                        | ((pl.col("level") == "municipality") & ~pl.col("area_code").is_in(parents)))
    return set(kept["area_code"])


def _frame(values: dict[str, float | None]) -> pl.DataFrame:
    names = dict(zip(AREAS["area_code"], AREAS["area_name"], strict=True))
    rows = [{"area_code": code, "name": names[code], "value": v,
             "numerator": None if v is None else round(v * 200), "denominator": None if v is None else 200.0,
             "suppressed": v is None, "display": "–" if v is None else f"{v:.0%}"} for code, v in values.items()]
    return pl.DataFrame(rows, schema={"area_code": pl.String, "name": pl.String, "value": pl.Float64,
                                      "numerator": pl.Float64, "denominator": pl.Float64,
                                      "suppressed": pl.Boolean, "display": pl.String})


FRAME = _frame({"14": 0.99, "1480": 0.01, "1486": 0.7, "1480-CEN": 0.4, "1490": 0.9, "1438": None})


def _square(x: float, y: float, clockwise: bool = True) -> dict:
    ring = [[x, y], [x + 1, y], [x + 1, y - 1], [x, y - 1], [x, y]]
    return {"type": "Polygon", "coordinates": [ring if clockwise else ring[::-1]]}


def _collection(*features: tuple[str, dict]) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"area_code": code}, "geometry": geometry} for code, geometry in features]}


BOUNDARIES = _collection(("1486", _square(11, 59)), ("1490", _square(12, 59)), ("1463", _square(12, 58)))


def _layers_with(spec: dict, mark: str) -> list[dict]:
    return [layer for layer in spec["layer"] if layer["mark"]["type"] == mark]


def _rows(spec: dict) -> list[dict]:
    return next(iter(spec["datasets"].values())) if "datasets" in spec else spec["data"]["values"]


# --- the tile grid ---------------------------------------------------------------------------------

def test_tiles_cover_exactly_the_units():
    tiles = tile_positions()
    assert len(_units()) == 58
    assert set(tiles["area_code"]) == _units()
    assert tiles.height == 58


def test_no_two_tiles_share_a_cell_and_the_grid_stays_compact():
    tiles = tile_positions()
    assert tiles.select("col", "row").is_unique().all()
    assert tiles["col"].min() == 0 and tiles["row"].min() == 0
    assert tiles["col"].max() < 14 and tiles["row"].max() < 13


def test_goteborgs_districts_form_one_block():
    tiles = tile_positions().filter(pl.col("area_code").str.starts_with("1480-"))
    cells = set(zip(tiles["col"], tiles["row"], strict=True))
    reached, todo = set(), deque([next(iter(cells))])
    while todo:
        col, row = todo.popleft()
        if (col, row) in cells and (col, row) not in reached:
            reached.add((col, row))
            todo.extend([(col + 1, row), (col - 1, row), (col, row + 1), (col, row - 1)])
    assert len(cells) == 10 and reached == cells


def test_labels_are_unique_and_short():
    labels = tile_positions()["label"]
    assert labels.is_unique().all()
    assert labels.str.len_chars().max() <= 11


# --- the tile map ----------------------------------------------------------------------------------

def test_tile_map_is_valid_vega_lite_with_the_unit_selection_and_locale():
    spec = tile_map(FRAME, "share", "Täckning", ["2025"], "sv").to_dict(validate=True)
    assert spec["params"][0]["name"] == "unit"
    assert spec["params"][0]["select"] == {"type": "point", "fields": ["area_code"], "on": "click"}
    assert spec["config"]["locale"] == LOCALES["sv"]
    assert spec["title"] == {"text": "Täckning", "subtitle": ["2025"]}
    assert all(layer["encoding"][c]["axis"] is None for layer in spec["layer"] for c in ("x", "y"))


def test_every_unit_gets_a_tile_and_other_areas_none():
    rows = _rows(tile_map(FRAME, "share", "T", [], "sv").to_dict())
    assert {r["area_code"] for r in rows} == _units()
    unknown = next(r for r in rows if r["area_code"] == "1402")
    assert (unknown["name"], unknown["display"]) == ("Partille", "–")


def test_units_without_a_value_stay_grey_and_the_scale_spans_the_units_only():
    spec = tile_map(FRAME, "share", "T", [], "sv").to_dict()
    blank, coloured = _layers_with(spec, "rect")[:2]
    assert blank["mark"]["fill"] == NO_VALUE
    assert {"filter": "isValid(datum.value) && isFinite(datum.value)"} in coloured["transform"]
    fill = coloured["encoding"]["fill"]
    assert fill["scale"]["domain"] == [0.4, 0.9]  # not the region's 0.99 nor Göteborg's 0.01
    assert fill["legend"]["format"] == NUMBER_FORMATS["share"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_tooltips_format_in_vega_and_never_print_null(lang):
    spec = tile_map(FRAME, "share", "T", [], lang).to_dict()
    layer = spec["layer"][0]
    calculated = {step["as"]: step["calculate"] for step in layer["transform"] if "calculate" in step}
    # as the map's table writes it: a share in whole percent, a hidden unit as its mark ("<5", "–")
    assert calculated["value_text"] == "isValid(datum.value) ? format(datum.value, '.0%') : datum.display"
    assert calculated["numerator_text"] == 'isValid(datum.numerator) ? format(datum.numerator, \',.1~f\') : "–"'
    titles = [tip["title"] for tip in layer["encoding"]["tooltip"]]
    assert titles == (["Område", "Värde", "Täljare", "Nämnare"] if lang == "sv"
                      else ["Area", "Value", "Numerator", "Denominator"])


def test_counts_have_no_numerator_in_the_tooltip():
    layer = tile_map(FRAME, "count", "T", [], "sv").to_dict()["layer"][0]
    assert [tip["field"] for tip in layer["encoding"]["tooltip"]] == ["name", "value_text"]


def test_the_selected_unit_is_outlined_on_top():
    assert len(_layers_with(tile_map(FRAME, "share", "T", [], "sv").to_dict(), "rect")) == 2
    spec = tile_map(FRAME, "share", "T", [], "sv", selected=["1480-CEN"]).to_dict(validate=True)
    outline = spec["layer"][-1]
    assert outline["mark"]["filled"] is False and outline["mark"]["strokeWidth"] >= 2
    assert {"filter": {"field": "area_code", "oneOf": ["1480-CEN"]}} in outline["transform"]
    # a municipality of districts: each of its units outlined
    spec = tile_map(FRAME, "share", "T", [], "sv", selected=["1480-CEN", "1480-ML"]).to_dict(validate=True)
    assert {"filter": {"field": "area_code", "oneOf": ["1480-CEN", "1480-ML"]}} in spec["layer"][-1]["transform"]


# --- the choropleth --------------------------------------------------------------------------------

def test_choropleth_joins_values_onto_the_features():
    spec = choropleth(FRAME, BOUNDARIES, "share", "T", ["2025"], "sv", selected=["1490"]).to_dict(validate=True)
    assert {layer["mark"]["type"] for layer in spec["layer"]} == {"geoshape"}
    assert spec["params"][0]["name"] == "unit"
    assert spec["params"][0]["select"]["fields"] == ["area_code"]
    assert spec["projection"] == {"type": "mercator"}
    assert (spec["width"], spec["height"]) == MAP_PX
    assert spec["config"]["locale"] == LOCALES["sv"]
    features = {f["area_code"]: f for f in _rows(spec)}
    assert features["1486"]["value"] == 0.7 and features["1486"]["properties"] == {"area_code": "1486"}
    assert features["1490"]["display"] == "90%"
    assert features["1463"]["display"] == "–" and "value" not in features["1463"]  # no row: grey
    assert {"filter": {"field": "area_code", "oneOf": ["1490"]}} in spec["layer"][-1]["transform"]


def test_projected_coordinates_are_drawn_as_they_are_north_up():
    metres = _collection(("1486", _square(320000, 6540000)), ("1490", _square(380000, 6400000)))
    spec = choropleth(FRAME, metres, "share", "T", [], "sv").to_dict(validate=True)
    assert spec["projection"] == {"type": "identity", "reflectY": True}


def test_rings_are_turned_to_d3s_order():
    rfc7946 = _collection(("1486", _square(11, 59, clockwise=False)),
                          ("1490", {"type": "MultiPolygon", "coordinates": [_square(12, 59)["coordinates"]]}))
    features = {f["area_code"]: f for f in _rows(choropleth(FRAME, rfc7946, "share", "T", [], "sv").to_dict())}
    assert features["1486"]["geometry"] == _square(11, 59)
    assert features["1490"]["geometry"]["coordinates"] == [_square(12, 59)["coordinates"]]


# --- boundaries and the switch ---------------------------------------------------------------------

def test_load_boundaries_reads_a_good_file(tmp_path):
    path = tmp_path / "units.geojson"
    path.write_text(json.dumps(BOUNDARIES))
    assert load_boundaries(path) == BOUNDARIES


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not JSON"),
    (json.dumps({"type": "Feature", "geometry": None}), "FeatureCollection, not 'Feature'"),
    (json.dumps([1, 2]), "FeatureCollection, not 'list'"),
    (json.dumps({"type": "FeatureCollection", "features": []}), "no features"),
    (json.dumps({"type": "FeatureCollection", "features": ["x"]}), "feature 0 is not a GeoJSON Feature"),
    (json.dumps(_collection(("1486", _square(0, 1)), ("", _square(2, 1)))),
     "feature 1 has no string properties.area_code"),
    (json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"area_code": 1486}, "geometry": _square(0, 1)}]}),
     "feature 0 has no string properties.area_code"),
    (json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Strömstad"}, "geometry": _square(0, 1)}]}),
     "feature 0 has no string properties.area_code"),
    (json.dumps(_collection(("1486", {"type": "Point", "coordinates": [11, 59]}))),
     r"feature 0 \(1486\) must have a Polygon or MultiPolygon geometry, not 'Point'"),
    (json.dumps(_collection(("1486", None))), "must have a Polygon or MultiPolygon geometry, not None"),
    (json.dumps(_collection(("1486", _square(0, 1)), ("1486", _square(2, 1)))), "'1486' appears more than once"),
])
def test_load_boundaries_names_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "units.geojson"
    path.write_text(content)
    with pytest.raises(ValueError, match=message):
        load_boundaries(path)


def test_a_missing_boundaries_file_is_named(tmp_path):
    with pytest.raises(ValueError, match=r"missing\.geojson cannot be read"):
        load_boundaries(tmp_path / "missing.geojson")


def test_area_map_draws_tiles_without_boundaries(monkeypatch):
    monkeypatch.delenv("NVK_BOUNDARIES", raising=False)
    assert {layer["mark"]["type"] for layer in area_map(FRAME, "share", "T", [], "sv").to_dict()["layer"]} == {
        "rect", "text"}


def test_area_map_draws_the_boundaries_that_nvk_boundaries_names(monkeypatch, tmp_path):
    path = tmp_path / "units.geojson"
    path.write_text(json.dumps(BOUNDARIES))
    monkeypatch.setenv("NVK_BOUNDARIES", str(path))
    spec = area_map(FRAME, "share", "T", [], "sv", selected=["1486"]).to_dict(validate=True)
    assert {layer["mark"]["type"] for layer in spec["layer"]} == {"geoshape"}
    path.write_text("[]")
    with pytest.raises(ValueError, match="FeatureCollection"):
        area_map(FRAME, "share", "T", [], "sv")


# --- the click, as Streamlit reports it ----------------------------------------------------------

@pytest.mark.parametrize(("selection", "code"), [
    ({"unit": [{"area_code": "1480-CEN"}]}, "1480-CEN"),
    ({"unit": {}}, None),
    ({}, None),
])
def test_clicked_unit(selection, code):
    assert clicked_unit(selection) == code
