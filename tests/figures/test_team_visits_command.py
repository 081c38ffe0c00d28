"""The team-visit page's figures on the demo extract of a whole region equal what `python -m dashboard
indicators` prints for the same scope and period: the page computes nothing the command does not
publish. For a district and for a centre with the demo's recording gap (Läkarhuset Avenyn,
February–April 2025)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dashboard.cli import main
from dashboard.data.database import Database
from dashboard.data.validation import reference_date
from dashboard.figures import team_visits
from dashboard.figures.indicator_charts import trend_figure
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from dashboard.metrics.periods import parse_month

AVENYN = "SE2321000131-E000000046120"
MONTHLY = ["team_visit_share", "acute_next_weekday", "planned_visit_share", "acute_visit_share"]


@pytest.fixture(scope="module")
def extract(region_data_dir):
    return region_data_dir / "extracts"


def command(capsys, extract, scope: dict, first: str, last: str, ids: list[str], by_month: bool = True) -> dict:
    """The command's published rows by (indicator, month), or by indicator over the period."""
    where = ["--hc", scope["hc"]] if "hc" in scope else ["--area", scope["area"]]
    args = ["indicators", "--data", str(extract), "--from", first, "--to", last, *where, "--indicator", *ids,
            "--format", "json", *(["--by", "month"] if by_month else [])]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    return {(r["indicator"], parse_month(r["from"])) if by_month else r["indicator"]: r for r in rows}


def page_view(extract, scope: dict) -> tuple[View, Source]:
    db = Database(extract, reference_date(extract), None)
    selection = Selection("sv", scope["area"], date(2025, 1, 1), date(2025, 12, 1), "region", hc_id=scope.get("hc"))
    view = View(selection, extract_choices(db, offered_months(db)), db.reference_date, db.source, page="teambesok",
                page_name="teambesok")
    return view, Source(db)


def shown(row: dict, part: str) -> float | None:
    return None if row["suppressed"] else row[part]


def approx(expected: float | None):
    """Equal to a float as computed, or empty where the command prints none."""
    return None if expected is None else pytest.approx(expected)


@pytest.mark.parametrize("scope", [{"area": "1480-ML"}, {"area": "1480-CEN", "hc": AVENYN}])
def test_the_pages_monthly_figures_are_the_commands(capsys, extract, scope):
    published = command(capsys, extract, scope, "2025-01", "2025-12", MONTHLY)
    view, source = page_view(extract, scope)
    visits = team_visits.visits_figure(view, source).table.frame
    for month, planned, acute in visits.iter_rows():
        assert planned == shown(published[("planned_visit_share", month)], "numerator")
        assert acute == shown(published[("acute_visit_share", month)], "numerator")
    control = team_visits.team_control_figure(view, source).table
    for n, (month, value) in enumerate(control.frame.select("Månad", "Värde").iter_rows()):
        row = published[("team_visit_share", month)]
        if control.remarks.get("Värde", {}).get(n):  # "uppgift saknas": the command's 0 % over shown visits
            assert (row["value"], row["suppressed"]) == (0.0, False) and row["denominator"] > 0
        else:
            assert value == approx(shown(row, "value")), (month, json.dumps(row))
    trend = trend_figure(view, source, "acute_next_weekday", "teambesok_acute_trend").table.frame
    own = trend.filter(trend[trend.columns[0]] == view.scope_name(view.scope))
    for month, value in own.select(own.columns[1], own.columns[2]).iter_rows():
        assert value == approx(shown(published[("acute_next_weekday", month)], "value"))


def test_avenyns_gap_months_are_months_the_command_shows_no_team_visit(capsys, extract):
    # the demo's story: February–April 2025 without a team flag; a month of few visits stays hidden
    published = command(capsys, extract, {"hc": AVENYN}, "2025-01", "2025-12", ["team_visit_share"])
    view, source = page_view(extract, {"area": "1480-CEN", "hc": AVENYN})
    control = team_visits.team_control_figure(view, source).table
    marked = [month for n, month in enumerate(control.frame["Månad"]) if control.remarks.get("Värde", {}).get(n)]
    story = [date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1)]
    assert marked and set(marked) <= set(story)
    assert all(published[("team_visit_share", m)]["suppressed"] for m in set(story) - set(marked))


@pytest.mark.parametrize("scope", [{"area": "1490"}, {"area": "1480-ML"}])
def test_the_waits_are_the_commands_for_the_whole_year(capsys, extract, scope):
    ids = list(team_visits.WAIT_IDS)
    published = command(capsys, extract, scope, "2025-01", "2025-12", ids, by_month=False)
    view, source = page_view(extract, scope)
    table = team_visits.waits_figure(view, source).table.frame
    for n, (_, requests, *shares) in enumerate(table.iter_rows()):
        day = team_visits.REQUEST_DAYS[n]
        parts = [published[f"acute_wait_{day}_{wait}"] for wait in team_visits.WAITS]
        assert shares == [approx(shown(r, "value")) for r in parts]
        assert requests == next((r["denominator"] for r in parts if not r["suppressed"]), None)


@pytest.mark.parametrize("rank, scope_of", [("units", "area"), ("centres", "hc")])
def test_the_ranked_are_the_commands(capsys, extract, rank, scope_of):
    # Majorna-Linné's peers (Göteborg's ten districts), or its centres, over 2025
    view, source = page_view(extract, {"area": "1480-ML"})
    ranked = team_visits.ranking_figure(view, source, "team_visit_share", rank).table.frame
    codes = ({view.area_name(code): code for code in team_visits.ranked_codes(view, rank)} if rank == "units" else
             {c.name: hc for hc, c in view.choices.centres.items()})
    compared = 0
    for name, value, numerator, denominator in ranked.iter_rows():
        if name not in codes or value is None:
            continue
        row = command(capsys, extract, {scope_of: codes[name]}, "2025-01", "2025-12", ["team_visit_share"],
                      by_month=False)["team_visit_share"]
        assert (value, numerator, denominator) == (pytest.approx(row["value"]), row["numerator"], row["denominator"])
        compared += 1
    assert compared >= (8 if rank == "units" else 1)


def test_lysekils_missing_request_dates_keep_it_out_of_the_ranking(capsys, extract):
    # the demo's story: Lysekil's acute visits of September–October 2025 have no request date
    published = command(capsys, extract, {"area": "1484"}, "2025-09", "2025-10", ["acute_visit_share",
                                                                                 "acute_next_weekday"])
    for month in (date(2025, 9, 1), date(2025, 10, 1)):
        assert published[("acute_visit_share", month)]["numerator"] > 0
        assert published[("acute_next_weekday", month)]["denominator"] == 0
    view, source = page_view(extract, {"area": "1484"})
    fig = team_visits.ranking_figure(view, source, "acute_next_weekday", "units")
    assert "Lysekil rangordnas inte: de akuta besöken saknar beställningsdag (september–oktober 2025)." in fig.notes
    assert "Lysekil" not in team_visits.ranking_figure(view, source, "acute_next_weekday").chart.to_json()
