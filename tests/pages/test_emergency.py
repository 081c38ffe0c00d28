"""The emergency page in AppTest on the demo extract: it opens by its link for the region, an area and a
centre with every choice in the link, a bad choice gets a notice, a typed cost it cannot read is named
and the one before kept, and no count from 1 to 4 shows in any of its tables. Its figures are checked
by hand in tests/figures/test_emergency.py and against the command in test_emergency_command.py."""

from __future__ import annotations

import pytest

from tests.pages.shown_tables import opened, tables

SMALL = {"1", "2", "3", "4"}
#: The columns of counts (the others hold words, months and rates, whose 1 to 4 are no counts)
COUNTS = {"Täljare", "Nämnare", "Besök", "Personmånader", "Besök före", "Besök efter", "Återinskrivningar före",
          "Återinskrivningar efter", "Återinskrivningar", "Inläggningar"}
YEARS = {"from": "2017-01", "to": "2019-12"}


def open_page(monkeypatch, data_dir, **link):
    return opened(monkeypatch, data_dir, "akutbesok.py", **link)


@pytest.mark.parametrize("link", [{"area": "14"}, {"area": "1490", "change": "2017-10"},
                                  {"area": "1490", "hc": "SE2321000131-E000000036198", "indicator": "ed_rate_listed"},
                                  {"area": "1438", "indicator": "readmission_share"}])
def test_the_page_opens_by_its_link_and_shows_no_count_from_1_to_4(monkeypatch, demo_data_dir, link):
    app = open_page(monkeypatch, demo_data_dir, **link, **YEARS, lang="sv")
    assert app.title[0].value == "Akutbesök"
    notices = [w.value for w in app.warning if w.icon == ":material/link_off:"]
    assert not notices, notices
    assert tables(app)
    for frame in tables(app):
        for column in set(frame.columns) & COUNTS:
            assert not set(frame[column].astype(str)) & SMALL, (link, column)


def test_every_choice_is_taken_from_the_link(monkeypatch, demo_data_dir):
    app = open_page(monkeypatch, demo_data_dir, area="1490", indicator="ed_rate", age="65-79", change="2018-03",
                    cost="5000", overhead="10", **YEARS, lang="sv")
    assert app.selectbox(key="emergency_change_1490").value.isoformat() == "2018-03-01"
    assert app.text_input(key="emergency_cost").value == "5000"
    assert app.text_input(key="emergency_overhead").value == "10"
    savings = next(f for f in tables(app) if "Uträkning" in f.columns)
    assert savings["Uträkning"][1] == "5\u00a0000\u00a0kr × (1 − 0,10) = 4\u00a0500\u00a0kr per besök"
    assert any(m.label == "Kvot efter/före" for m in app.metric)
    assert app.query_params["age"] == "65-79" and app.query_params["change"] == "2018-03"


@pytest.mark.parametrize("param, value", [("change", "abc"), ("cost", "-3"), ("overhead", "150"), ("age", "90+"),
                                          ("cost", "6,774"), ("overhead", "12;5")])
def test_a_bad_choice_in_the_link_gets_a_notice_and_the_default(monkeypatch, demo_data_dir, param, value):
    app = open_page(monkeypatch, demo_data_dir, area="1490", **{param: value}, **YEARS, lang="sv")
    assert any(f"{param}=" in w.value for w in app.warning if w.icon == ":material/link_off:"), value
    assert any("Uträkning" in f.columns for f in tables(app))


def test_a_typed_cost_it_cannot_read_is_named_and_the_one_before_kept(monkeypatch, demo_data_dir):
    app = open_page(monkeypatch, demo_data_dir, area="1490", change="2017-10", **YEARS, lang="sv")
    def saving():
        return next(f for f in tables(app) if "Uträkning" in f.columns)["Uträkning"][5]

    before = saving()
    app.text_input(key="emergency_cost").input("sex tusen").run()
    assert app.error[0].value.startswith("Kostnaden ”sex tusen” används inte: kan inte läsas som ett tal.")
    assert saving() == before
    app.text_input(key="emergency_cost").input("3 387").run()
    assert not app.error
    assert saving() != before and "× 2\u00a0710\u00a0kr =" in saving()  # 3 387 × 0,8 = 2 709,6


def test_an_overhead_with_a_decimal_comma_in_a_hand_edited_link_is_taken(monkeypatch, demo_data_dir):
    # 6 774 kr × (1 − 0,125) = 5 927,25
    app = open_page(monkeypatch, demo_data_dir, area="1490", overhead="12,5", **YEARS, lang="sv")
    assert not [w.value for w in app.warning if w.icon == ":material/link_off:"]
    assert app.text_input(key="emergency_overhead").value == "12,5"
    savings = next(f for f in tables(app) if "Uträkning" in f.columns)
    assert savings["Uträkning"][1] == "6\u00a0774\u00a0kr × (1 − 0,125) = 5\u00a0927\u00a0kr per besök"
