"""Mötesläge's builders by hand: the screens round the list, where the meeting stands, and the decisions
due beside a screen, its own indicator's first."""

from __future__ import annotations

from datetime import date

from dashboard.figures import meeting_mode
from tests.figures.extracts import AREA, FakeSource, series, view

TODAY = date(2025, 11, 15)


def test_the_screens_go_round_the_list():
    ids = ("a", "b", "c")
    assert [meeting_mode.step(ids, "c", 1), meeting_mode.step(ids, "a", -1), meeting_mode.step(ids, "b", 1)] == [
        "a", "c", "c"]
    assert meeting_mode.position(view(), ids, "b") == "2 av 3"
    assert meeting_mode.position(view("en"), ids, "c") == "3 of 3"
    assert meeting_mode.indicators(view())[0] == "coverage_offered_65"


def decision(id_, indicator, due, area="1001", **more):
    return {"id": id_, "area_code": area, "indicator_id": indicator, "due": due, "what": f"Beslut {id_}.",
            "owner": "Bo", "archived": False, **more}


def test_the_decisions_due_this_screens_indicator_first():
    made = [decision(1, "team_visit_share", date(2025, 10, 1)), decision(2, "ed_rate_80", date(2025, 11, 1)),
            decision(3, "ed_rate_80", date(2025, 9, 1)), decision(4, "ed_rate_80", date(2025, 12, 1)),  # not yet
            decision(5, "ed_rate_80", date(2025, 8, 1)),  # followed up
            decision(6, "ed_rate_80", date(2025, 8, 1), area="2002")]
    followed = [{"id": 1, "decision_id": 5, "followed_on": date(2025, 9, 1), "outcome": "done", "archived": False}]
    fig = meeting_mode.due_figure(view(), "ed_rate_80", made, followed, TODAY)
    assert fig.notes == (
        "Beslut 3 (Akutbesök per 1 000 invånare 80+; ansvarig: Bo; följs upp 1 september 2025)",
        "Beslut 2 (Akutbesök per 1 000 invånare 80+; ansvarig: Bo; följs upp 1 november 2025)",
        "Beslut 1 (Teambesök; ansvarig: Bo; följs upp 1 oktober 2025)")
    assert fig.of_entries and fig.title == "Beslut att följa upp per 15 november 2025"  # the day judged at
    assert meeting_mode.due_figure(view("en"), "ed_rate_80", made[3:4], [], TODAY).notes == (
        "No decisions to follow up.",)


def test_leaving_goes_to_the_start_page_on_the_same_view():
    assert meeting_mode.leave_link(view(), "ed_rate_80") == (
        "/?area=1001&from=2025-01&to=2025-05&compare=region&lang=sv&indicator=ed_rate_80")
    assert meeting_mode.open_link(view(), "ed_rate_80").startswith("/moteslage?area=1001&")
    assert meeting_mode.open_link(view(), "ed_rate_80").endswith("&indicator=ed_rate_80")


def test_the_chart_is_drawn_for_the_back_of_the_room():
    # the start page's control chart, its type large, as high as the page's box, without the title
    # the page's heading already gives
    source = FakeSource({AREA: series("home_visits", [10, 12, 11, 13, 30])})
    spec = meeting_mode.chart_figure(view(), source, "home_visits").chart.to_dict()
    assert spec["title"] == "" and spec["height"] == "container" and spec["autosize"]["type"] == "fit"
    config = spec["config"]
    assert (config["axis"]["labelFontSize"], config["legend"]["labelFontSize"], config["text"]["fontSize"]) == (
        18, 18, 17)
    labels = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    assert labels and all("fontSize" not in layer["mark"] for layer in labels)  # the config's size holds
