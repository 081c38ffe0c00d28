"""Mötesläge in Streamlit's AppTest on the demo extract: an indicator's screen by its link, in Swedish
and English, stepped round the list by the buttons the arrow keys press, and a bad link's indicator
named in a notice with the first screen shown."""

from __future__ import annotations

import pytest

from tests.pages.shown_tables import opened


def heading(app) -> str:
    return app.title[-1].value


@pytest.mark.parametrize(("lang", "title", "where", "due"), [
    ("sv", "Akutbesök per 1 000 invånare 80+", "13 av 15", "Beslut att följa upp"),
    ("en", "ED visits per 1,000 aged 80+", "13 of 15", "Decisions to follow up")])
def test_an_indicators_screen_by_its_link(monkeypatch, demo_data_dir, lang, title, where, due):
    app = opened(monkeypatch, demo_data_dir, "moteslage.py", area="1490", indicator="ed_rate_80", lang=lang)
    assert heading(app) == title
    assert any(where in c.value for c in app.caption)
    assert any(m.value.lstrip("#").strip().startswith(f"{due} ") for m in app.markdown)  # … per the day
    assert len(app.metric) == 1 and app.metric[0].label == title


def test_the_buttons_step_round_the_list(monkeypatch, demo_data_dir):
    app = opened(monkeypatch, demo_data_dir, "moteslage.py", area="1490", indicator="readmission_share", lang="sv")
    app.button(key="meeting_right").click().run()  # the last screen's next: the first
    assert heading(app) == "Erbjudna mobil läkare, 65+" and app.query_params["indicator"] == "coverage_offered_65"
    app.button(key="meeting_left").click().run()
    assert heading(app) == "Återinskrivningar inom 30 dagar"


def test_a_bad_indicator_in_the_link_is_named_and_the_first_screen_shown(monkeypatch, demo_data_dir):
    app = opened(monkeypatch, demo_data_dir, "moteslage.py", area="1490", indicator="<b>x</b>", lang="sv")
    assert heading(app) == "Erbjudna mobil läkare, 65+"
    assert any("<b>x</b>" in w.value.replace("\\", "") for w in app.warning)


def test_the_start_page_opens_it_at_the_indicator_it_shows(monkeypatch, demo_data_dir):
    app = opened(monkeypatch, demo_data_dir, "overview.py", area="1490", indicator="ed_rate_80", lang="sv")
    link = next(link for link in app.get("page_link") if link.proto.page.endswith("moteslage"))
    assert link.proto.query_string.endswith("&indicator=ed_rate_80")
