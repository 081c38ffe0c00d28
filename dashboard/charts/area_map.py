"""The coverage map: one value per home-care unit, drawn where the unit lies.

The region ships no boundaries, so by default each unit is an equal square tile on a grid that keeps
the map's shape (area_map_tiles.csv): small and large municipalities weigh the same, and Göteborg's
districts get room. A region that has boundaries points NVK_BOUNDARIES at a GeoJSON file and gets
a choropleth instead. Both charts carry a point selection named `unit` on `area_code`, so a page
reads the clicked unit from `st.altair_chart(..., on_select="rerun", key=...)` with `clicked_unit`.
Both have a fixed size (square tiles must stay square): show them with `width="content"`.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import altair as alt
import polars as pl

from dashboard.charts.theme import NO_NUMBER, NUMBER_FORMATS, OVER_CAPACITY, highlighted, themed, value_text
from dashboard.texts import t

TILES_CSV = Path(__file__).with_name("area_map_tiles.csv")
SELECTION = "unit"
NO_VALUE = "#E6E9EC"
OUTLINE = "#1A1A1A"
TILE_PX = 64
MAP_PX = (560, 620)  # the choropleth; fixed like the tiles, so both show with width="content"
# The lightest blues are left out: they would read as the grey of a unit without a value.
SCHEME = alt.SchemeParams("blues", extent=[0.2, 1.0])
# From this share of the values' range up, white text contrasts more than dark with the blue behind it.
DARK_FROM = 0.6
POLYGONS = {"Polygon", "MultiPolygon"}
HAS_VALUE = "isValid(datum.value) && isFinite(datum.value)"


def boundaries_path() -> Path | None:
    """The GeoJSON of the units' boundaries, if the region has one (NVK_BOUNDARIES); else tiles."""
    raw = os.environ.get("NVK_BOUNDARIES")
    return Path(raw) if raw else None


def tile_positions() -> pl.DataFrame:
    """Each unit's tile: column (west to east), row (north to south) and a label short enough to fit."""
    return pl.read_csv(TILES_CSV, schema={"area_code": pl.String, "col": pl.Int64, "row": pl.Int64,
                                          "label": pl.String})


#: What a map's tooltip calls the value, the numerator and the denominator, and their measures: by
#: default an indicator's value and counts
Parts = tuple[str, tuple[str, str], tuple[str, str]] | None
#: A map's fixed colour scale, lowest and highest value; None: the values' own span
Domain = tuple[float, float] | None


def area_map(frame: pl.DataFrame, measure: str, title: str, subtitle: list[str], lang: str,
             selected: Sequence[str] = (), flagged: Sequence[str] = (), parts: Parts = None,
             domain: Domain = None) -> alt.LayerChart:
    """The choropleth when the region has set boundaries, else the tile map. `flagged` units stand out in
    vermilion whatever their value (a unit no near-care team serves); `parts` names the tooltip's
    numerator and denominator where they are not an indicator's counts; `domain` fixes the colours'
    scale (values beyond it take its ends), else it spans the values."""
    path = boundaries_path()
    if path is None:
        return tile_map(frame, measure, title, subtitle, lang, selected, flagged, parts, domain)
    return choropleth(frame, load_boundaries(path), measure, title, subtitle, lang, selected, flagged, parts, domain)


def tile_map(frame: pl.DataFrame, measure: str, title: str, subtitle: list[str], lang: str,
             selected: Sequence[str] = (), flagged: Sequence[str] = (), parts: Parts = None,
             domain: Domain = None) -> alt.LayerChart:
    """Units as equal tiles coloured by value, labelled with name and value, the selected ones outlined.

    frame: area_code, name, value (null when suppressed or missing), numerator, denominator,
    suppressed, display (the value as the page shows it). Units without a row show as grey tiles;
    rows for other areas (the region, Göteborg as a whole) are left out.
    """
    tiles = tile_positions()
    units = tiles.join(frame, on="area_code", how="left").with_columns(
        pl.col("name").fill_null(pl.col("label")), pl.col("display").fill_null(NO_NUMBER))
    data = units.with_columns(_is_dark(units["value"], domain),
                              pl.col("area_code").is_in(list(flagged)).alias("is_flagged")).to_pandas()
    base = _with_tooltips(alt.Chart(data), measure, lang, parts).encode(
        x=alt.X("col:O", axis=None, scale=alt.Scale(domain=_span(tiles["col"]), paddingInner=0.08)),
        y=alt.Y("row:O", axis=None, scale=alt.Scale(domain=_span(tiles["row"]), paddingInner=0.08)),
    )
    blank = base.mark_rect(cornerRadius=3, fill=NO_VALUE)
    fill = base.mark_rect(cornerRadius=3).encode(fill=_fill(units["value"], measure, domain)).transform_filter(
        HAS_VALUE)
    flags = _flagged(base.mark_rect(cornerRadius=3, fill=OVER_CAPACITY), flagged)
    ink = highlighted("datum.is_dark || datum.is_flagged", "white", "#1A1A1A")
    label = base.mark_text(baseline="bottom", dy=-1, fontSize=11).encode(text=alt.Text("label:N"), color=ink)
    value = (base.mark_text(baseline="top", dy=3, fontSize=12, fontWeight="bold")
             .encode(text=alt.Text("display:N"), color=ink))
    outline = base.mark_rect(filled=False, stroke=OUTLINE, strokeWidth=3, cornerRadius=3)
    layers = [blank.add_params(_selection()), fill, *flags, label, value, *_outlined(outline, selected)]
    return themed(layers, lang, title=alt.TitleParams(text=title, subtitle=subtitle), width=alt.Step(TILE_PX),
                  height=alt.Step(TILE_PX))


def choropleth(frame: pl.DataFrame, geojson: Mapping[str, Any], measure: str, title: str, subtitle: list[str],
               lang: str, selected: Sequence[str] = (), flagged: Sequence[str] = (), parts: Parts = None,
               domain: Domain = None) -> alt.LayerChart:
    """Real boundaries coloured by value, the selected units outlined.

    geojson: a FeatureCollection as `load_boundaries` returns it, each feature's unit code in
    `properties.area_code`. The frame's columns are copied onto each feature's top level, as Altair
    does with geographic data, so encodings and the `unit` selection read the same fields as the
    tile map's and a click reports the code the same way.
    """
    units = frame.filter(pl.col("area_code").is_in([f["properties"]["area_code"] for f in geojson["features"]]))
    columns = ["area_code", "name", "value", "numerator", "denominator", "display"]
    rows = {r["area_code"]: r for r in units.select(columns).to_dicts()}
    features = []
    for feature in geojson["features"]:
        code = feature["properties"]["area_code"]
        fields = rows.get(code) or {"area_code": code, "name": feature["properties"].get("name", code),
                                    "display": NO_NUMBER}
        features.append({"type": "Feature", "geometry": _d3_winding(feature["geometry"]),
                         "properties": feature["properties"], **fields})
    base = _with_tooltips(alt.Chart(alt.Data(values=features)), measure, lang, parts)
    blank = base.mark_geoshape(fill=NO_VALUE, stroke="white", strokeWidth=0.7)
    shapes = (base.mark_geoshape(stroke="white", strokeWidth=0.7).encode(fill=_fill(units["value"], measure, domain))
              .transform_filter(HAS_VALUE))
    outline = base.mark_geoshape(filled=False, stroke=OUTLINE, strokeWidth=2.5)
    flags = _flagged(base.mark_geoshape(fill=OVER_CAPACITY, stroke="white", strokeWidth=0.7), flagged)
    layers = [blank.add_params(_selection()), shapes, *flags, *_outlined(outline, selected)]
    return themed(layers, lang, projection=alt.Projection(**_projection(geojson)),
                  title=alt.TitleParams(text=title, subtitle=subtitle), width=MAP_PX[0], height=MAP_PX[1])


def clicked_unit(selection: Mapping[str, Any]) -> str | None:
    """The code of the clicked unit in `event.selection`, None when nothing is selected.

    Streamlit reports the point selection as a list of {"area_code": code}, or {} when empty.
    """
    points = selection.get(SELECTION) or []
    return points[0]["area_code"] if points else None


def load_boundaries(path: Path) -> dict[str, Any]:
    """Read a GeoJSON FeatureCollection of (multi)polygons keyed by `properties.area_code`.

    Checked when read, so a wrong file stops with a message naming what is wrong instead of an
    empty map in the browser.
    """
    try:
        collection = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"Boundaries {path} cannot be read: {exc.strerror}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"Boundaries {path} are not JSON: {exc}.") from exc
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        kind = collection.get("type") if isinstance(collection, dict) else type(collection).__name__
        raise ValueError(f"Boundaries {path} must be a GeoJSON FeatureCollection, not {kind!r}.")
    features = collection.get("features")
    if not isinstance(features, list) or not features:
        raise ValueError(f"Boundaries {path} have no features.")
    seen: set[str] = set()
    for i, feature in enumerate(features):
        where = f"Boundaries {path}, feature {i}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise ValueError(f"{where} is not a GeoJSON Feature.")
        code = (feature.get("properties") or {}).get("area_code")
        if not isinstance(code, str) or not code:
            raise ValueError(f"{where} has no string properties.area_code (the unit's code).")
        if code in seen:
            raise ValueError(f"{where}: area_code {code!r} appears more than once.")
        seen.add(code)
        geometry = feature.get("geometry") or {}
        if geometry.get("type") not in POLYGONS or not isinstance(geometry.get("coordinates"), list):
            raise ValueError(f"{where} ({code}) must have a Polygon or MultiPolygon geometry, "
                             f"not {geometry.get('type')!r}.")
    return collection


def _selection() -> alt.Parameter:
    return alt.selection_point(name=SELECTION, fields=["area_code"], on="click")


def _fill(values: pl.Series, measure: str, domain: Domain = None) -> alt.Fill:
    """Sequential blues over the units' values (or a fixed `domain`, beyond which they take its ends);
    drawn over a grey layer and only where there is a value, so a unit without one stays grey and never
    reads as a low value."""
    lo, hi = domain or (values.min(), values.max())
    scale = alt.Scale(scheme=SCHEME, domain=[0, 1] if lo is None else [lo, hi], clamp=domain is not None)
    return alt.Fill("value:Q", scale=scale, legend=alt.Legend(format=NUMBER_FORMATS[measure], gradientLength=220))


def _is_dark(values: pl.Series, domain: Domain = None) -> pl.Expr:
    lo, hi = domain or (values.min(), values.max())
    if lo is None:
        return pl.lit(False).alias("is_dark")
    cut = lo + DARK_FROM * (hi - lo)
    return (pl.col("value") >= cut).fill_null(False).alias("is_dark")


def _with_tooltips(chart: alt.Chart, measure: str, lang: str, parts: Parts = None) -> alt.Chart:
    """Name, value, numerator and denominator (or what `parts` calls them), formatted by Vega in the
    chart's locale.

    Formatted in expressions rather than by the tooltip's `format`, which prints a null as "null":
    a unit without a value shows its on-screen text (e.g. "–") instead.
    """
    value, *named = parts or (t("chart.value", lang), (t("chart.numerator", lang), "count"),
                              (t("chart.denominator", lang), "count"))
    texts = {"value_text": value_text("value", measure, lang, otherwise="datum.display")}
    tips = [alt.Tooltip("name:N", title=t("chart.area", lang)), alt.Tooltip("value_text:N", title=value)]
    if measure != "count":
        for column, (label, part_measure) in zip(("numerator", "denominator"), named, strict=True):
            texts[f"{column}_text"] = value_text(column, part_measure, lang)
            tips.append(alt.Tooltip(f"{column}_text:N", title=label))
    return chart.transform_calculate(**texts).encode(tooltip=tips)


def _flagged(mark: alt.Chart, flagged: Sequence[str]) -> list[alt.Chart]:
    """The flagged units' fill over their value's, or nothing."""
    if not flagged:
        return []
    return [mark.transform_filter(alt.FieldOneOfPredicate(field="area_code", oneOf=list(flagged)))]


def _outlined(outline: alt.Chart, selected: Sequence[str]) -> list[alt.Chart]:
    """The selected units' outlines as a top layer, so neighbours drawn later cannot cover them."""
    if not selected:
        return []
    return [outline.transform_filter(alt.FieldOneOfPredicate(field="area_code", oneOf=list(selected)))]


def _span(positions: pl.Series) -> list[int]:
    """Every column (or row) from the first to the last, so empty ones keep their place."""
    return list(range(positions.min(), positions.max() + 1))


def _projection(geojson: Mapping[str, Any]) -> dict[str, Any]:
    """Mercator for longitude/latitude; projected coordinates (e.g. SWEREF 99 TM metres) as they are."""
    xs, ys = zip(*_positions(geojson), strict=True)
    if max(map(abs, xs)) <= 180 and max(map(abs, ys)) <= 90:
        return {"type": "mercator"}
    return {"type": "identity", "reflectY": True}


def _positions(geojson: Mapping[str, Any]) -> Iterator[tuple[float, float]]:
    for feature in geojson["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for polygon in polygons:
            for ring in polygon:
                for x, y, *_ in ring:
                    yield x, y


def _d3_winding(geometry: Mapping[str, Any]) -> dict[str, Any]:
    """The geometry with d3's ring order: exterior rings clockwise, holes counter-clockwise.

    RFC 7946 asks for the opposite order, which d3's spherical projections read as the whole globe
    minus the unit: one such feature paints the entire map.
    """
    def turned(polygon: list) -> list:
        return [ring if (_signed_area(ring) < 0) == (i == 0) else ring[::-1] for i, ring in enumerate(polygon)]

    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": turned(geometry["coordinates"])}
    return {"type": "MultiPolygon", "coordinates": [turned(p) for p in geometry["coordinates"]]}


def _signed_area(ring: list) -> float:
    """Twice the ring's area, positive when it runs counter-clockwise (x east, y north)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in itertools.pairwise(ring))
