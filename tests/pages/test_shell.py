"""The shared frame in AppTest: the selection round-trips through the URL, bad parts give notices.

AppTest re-runs only the page script after its first run (not app.py, which draws the sidebar), so
each case here is one fresh run from a link; clicking through the filters is tested in the browser.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.settings import ROOT
from tests.pages import start_extract

APP = str(ROOT / "app.py")


@pytest.fixture
def app(monkeypatch, demo_data_dir):
    monkeypatch.setenv("NVK_DATA_DIR", str(demo_data_dir))
    return AppTest.from_file(APP, default_timeout=120)


def params(app) -> dict:
    return {k: v[0] if isinstance(v, list) else v for k, v in app.query_params.items()}


def test_a_link_round_trips(app):
    link = {"area": "1480-ANG", "from": "2024-01", "to": "2024-06", "compare": "parent", "lang": "sv"}
    app.query_params.update(link)
    app.run()
    assert not app.exception
    # with the page's own choice, written out even when it is the default (the link must not change
    # meaning when a default does)
    assert params(app) == {**link, "indicator": "coverage_offered_65"}
    assert app.sidebar.selectbox(key="w_area").value == "1480-ANG"
    assert app.markdown[0].value == "**Angered** · januari–juni 2024 · jämfört med Göteborg"


def test_default_selection_is_written_to_the_url(app):
    app.run()
    assert params(app) == {"area": "14", "from": "2025-01", "to": "2025-12", "compare": "region", "lang": "sv",
                           "indicator": "coverage_offered_65"}


@pytest.mark.parametrize("lang, title, heading, coverage, rate", [
    ("en", "Overview", "**Åby** · August – December 2025 · compared with Testregionen", "65%",
     "60.0\u00a0per\u00a01,000"),
    ("sv", "Översikt", "**Åby** · augusti–december 2025 · jämfört med Testregionen", "65\u00a0%",
     "60,0\u00a0per\u00a01\u00a0000"),
])
@pytest.mark.usefixtures("true_counts")
def test_language_sets_texts_and_formats(monkeypatch, hand_made, lang, title, heading, coverage, rate):
    monkeypatch.setenv("NVK_DATA_DIR", str(hand_made))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update({**start_extract.LINK, "lang": lang})
    app.run()
    assert not app.exception
    assert app.title[0].value == title and app.markdown[0].value == heading
    # the hand-made extract's coverage (13 of 20) and ED rate (30 per 500 aged 80+) in December
    values = [m.value for m in app.metric]
    assert values[0] == coverage and rate in values


@pytest.mark.parametrize(
    "bad, word",
    [({"area": "9999"}, "9999"), ({"from": "2025-13"}, "2025-13"), ({"lang": "fi"}, "fi"),
     ({"hc": "nope"}, "nope"), ({"utm_source": "mail"}, "utm_source"),
     ({"from": "2025-09", "to": "2025-02"}, "period")],
)
def test_a_bad_parameter_is_dropped_with_a_notice(app, bad, word):
    app.query_params.update(bad)
    app.run()
    assert not app.exception
    notices = [w.value.replace("\\", "") for w in app.main.warning]  # Markdown escapes as rendered
    assert any(word in n or (word == "period" and "period" in n) for n in notices), notices
    assert params(app)["area"] in {"14", bad.get("area")} and "utm_source" not in params(app)

