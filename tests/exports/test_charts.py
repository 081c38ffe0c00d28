"""A chart leaves as PNG at print resolution, SVG and PDF, drawn offline, with the figure's title, where
and when, definition, source, extract date and link inside the image, in the user's language."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pypdf
import pytest
from PIL import Image

from dashboard.exports import charts
from dashboard.figures.indicator_charts import control_figure
from tests.figures.extracts import AREA, FakeSource, series, view

URL = "https://narvard.example.se/akutbesok?area=1001"


def figure(lang: str = "sv"):
    source = FakeSource({AREA: series("ed_rate_80", [40.25, 42, 40, 42, 41])})
    return control_figure(view(lang), source, "ed_rate_80", "x")


def svg_text(data: bytes) -> str:
    root = ET.fromstring(data)  # parses: a valid SVG document
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return " ".join("".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text"))


def test_the_svg_says_what_where_when_and_from_which_extract():
    text = svg_text(charts.svg(figure(), "sv", URL))
    assert "Akutbesök per 1 000 invånare 80+ – Åby: styrdiagram" in text
    assert "Åby · januari–maj 2025" in text
    assert "Källa: Testkälla, datauttag 10 juni 2025." in text  # the caption, wrapped in lines
    assert f"Närvårdskollen · {URL}" in text
    assert "jan. 2025" in text and "övre styrgräns" in text  # Swedish months and words


def test_the_svg_holds_no_value_beyond_what_the_chart_shows():
    # Vega's ARIA labels would carry each point's fields unrounded ("value: 40,25", a mean to 12 digits)
    data = charts.svg(figure(), "sv", URL).decode()
    labels = re.findall(r'aria-label="([^"]*)"', data)
    assert labels and all(label.startswith(("Title text", "Subtitle text")) for label in labels)
    assert "40,25" not in data


def test_the_svg_carries_its_font_cut_to_the_letters_it_uses():
    import base64

    from fontTools.ttLib import TTFont
    data = charts.svg(figure(), "sv", URL).decode()
    faces = re.findall(r"@font-face\{font-family:'Source Sans';font-weight:(\w+);"
                       r"src:url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\) format\('woff'\);\}", data)
    assert [weight for weight, _ in faces] == ["bold", "normal"]  # the title's and the rest's
    for _, encoded in faces:
        font = TTFont(io.BytesIO(base64.b64decode(encoded)))
        letters = {chr(code) for code in font.getBestCmap()}
        assert {"Å", "å", "ö", "–"} <= letters and "ß" not in letters  # the chart's, and only about those
        assert len(encoded) < 60_000  # a subset: the whole weight is 290 kB


def test_the_english_svg_speaks_english():
    text = svg_text(charts.svg(figure("en"), "en", URL))
    assert "ED visits per 1,000 aged 80+ – Åby: control chart" in text and "Jan 2025" in text
    assert "Source: Testkälla, extract of 10 June 2025." in text


def test_the_png_is_drawn_at_print_resolution():
    data = charts.png(figure(), "sv", URL)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data))
    # 760 px of chart and its margins, three pixels to each, tagged to print 16 cm wide: over 300 dpi
    dpi = image.info["dpi"][0]
    assert image.width >= 3 * charts.WIDTH and image.width / dpi * 2.54 == pytest.approx(16.0, abs=0.01)
    assert dpi > 300


def test_the_pdf_opens_and_holds_the_title_and_area():
    reader = pypdf.PdfReader(io.BytesIO(charts.pdf(figure(), "sv", URL)))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "styrdiagram" in text and "Åby" in text and "Testkälla" in text


def test_a_chart_fitted_to_a_column_gets_the_print_width_and_the_figures_title():
    spec = charts.print_spec(figure(), "sv", URL)
    chart, footer = spec["vconcat"]
    assert chart["width"] == charts.WIDTH and "title" not in chart
    assert spec["title"]["text"] == ["Akutbesök per 1 000 invånare 80+ – Åby: styrdiagram"]
    assert footer["data"]["values"][-1] == {"n": len(footer["data"]["values"]) - 1,
                                            "line": f"Närvårdskollen · {URL}"}
