"""A tile's sparkline: where each month's value is drawn, and what a gap or a flat series looks like."""

from __future__ import annotations

import base64
import math
import re

from dashboard.charts.sparkline import colour, image, svg


def path(drawing: str) -> str:
    return re.search(r' d="([^"]*)"', drawing).group(1)


def test_values_run_from_the_left_edge_to_the_right_lowest_at_the_bottom():
    # three months over 100 units: x 0, 50, 100; 10 to 20 over 30 units less 3 at each edge: 20 at
    # y 3, 10 at y 27, 15 halfway at 15
    assert path(svg([10.0, 20.0, 15.0], "x")) == "M0.00,27.00 L50.00,3.00 L100.00,15.00"


def test_a_hidden_month_is_a_gap_and_a_month_alone_a_dot():
    # five months, x every 25: the first two, a gap, a month alone (a zero-length stroke with round
    # caps: a dot), a gap
    drawn = path(svg([1.0, 3.0, math.nan, 2.0, math.nan], "x"))
    assert drawn == "M0.00,27.00 L25.00,3.00 M75.00,15.00 h0"


def test_a_flat_series_runs_through_the_middle_and_nothing_shown_draws_nothing():
    assert path(svg([0.5, 0.5], "x")) == "M0.00,15.00 L100.00,15.00"
    assert path(svg([7.0], "x")) == "M0.00,15.00 h0"
    assert svg([math.nan, math.nan], "x") == ""


def test_its_label_is_text():
    drawing = svg([1.0, 2.0], 'Akutbesök <b>"x"</b>')
    assert 'aria-label="Akutbesök &lt;b&gt;&quot;x&quot;&lt;/b&gt;"' in drawing
    assert "<b>" not in drawing


def test_the_page_gets_it_as_an_image_of_its_own_data():
    # Streamlit's HTML element strips SVG; an image of a data address is drawn, and asks no host
    shown = image([1.0, 2.0], "Akutbesök <b>")
    data = re.fullmatch(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="Akutbesök &lt;b&gt;" '
                        r'width="100%" height="36">', shown).group(1)
    assert base64.b64decode(data).decode() == svg([1.0, 2.0], "Akutbesök <b>")
    assert image([math.nan], "x") == ""


def test_its_line_has_its_signals_colour_or_grey():
    assert [colour(k) for k in ("improvement", "concern", "neither", "common_cause", "too_few", "latest_hidden")] == [
        "#1F77B4", "#E8A33D", "#7B3294", "#7F7F7F", "#7F7F7F", "#7F7F7F"]
    data = image([1.0, 2.0], "x", "concern").split(",")[1].split('"')[0]
    assert 'stroke="#E8A33D"' in base64.b64decode(data).decode()
