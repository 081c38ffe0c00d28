"""The near-care page's figures on the demo extract of a whole region equal what `python -m dashboard
indicators` prints for the same team or area and year (the page computes nothing the command does not
publish), and its Kaplan–Meier curve, band and median interval are lifelines' on the same episodes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from lifelines import KaplanMeierFitter
from lifelines.utils import median_survival_times

from dashboard.cli import main
from dashboard.data import queries
from dashboard.data.database import Database
from dashboard.data.validation import reference_date
from dashboard.figures import near_care
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from dashboard.metrics.indicators import Scope
from dashboard.metrics.periods import Period, parse_month

YEAR = ("2025-01", "2025-12")


@pytest.fixture(scope="module")
def extract(region_data_dir):
    return region_data_dir / "extracts"


def command(capsys, extract, where: list[str], ids: list[str], by_month: bool = False) -> dict:
    args = ["indicators", "--data", str(extract), "--from", YEAR[0], "--to", YEAR[1], *where, "--indicator", *ids,
            "--format", "json", *(["--by", "month"] if by_month else [])]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    return {(r["indicator"], parse_month(r["from"])) if by_month else r["indicator"]: r for r in rows}


def page_view(extract, area: str, team: str | None = None) -> tuple[View, Source]:
    db = Database(extract, reference_date(extract), None)
    selection = Selection("sv", area, date(2025, 1, 1), date(2025, 12, 1), "region", team_id=team)
    view = View(selection, extract_choices(db, offered_months(db)), db.reference_date, db.source,
                page="narsjukvardsteam", page_name="narsjukvardsteam")
    return view, Source(db)


def shown(row: dict, part: str) -> float | None:
    return None if row["suppressed"] else row[part]


@pytest.mark.parametrize("area, team", [("1490", "NSVT-SAL"), ("SUB-SKA", None)])
def test_the_census_by_month_is_the_commands(capsys, extract, area, team):
    view, source = page_view(extract, area if area != "SUB-SKA" else _skaraborg(extract), team)
    fig = near_care.census_figure(view, source)
    frame = fig.table.frame
    teams = near_care.selected_teams(view)
    assert teams == (["NSVT-SAL"] if team else ["NSVT-SKN", "NSVT-SKS", "NSVT-SKV"])
    for team_id in teams:
        printed = command(capsys, extract, ["--team", team_id], ["nsvt_enrolled", "nsvt_active"], by_month=True)
        rows = frame.filter(frame[frame.columns[0]] == view.choices.teams[team_id]).rows()
        assert len(rows) == 12
        for _, month, enrolled, active, _ in rows:
            assert enrolled == shown(printed[("nsvt_enrolled", month)], "numerator")
            assert active == shown(printed[("nsvt_active", month)], "numerator")


def _skaraborg(extract) -> str:
    db = Database(extract, reference_date(extract), None)
    choices = extract_choices(db, offered_months(db))
    return next(code for code, a in choices.areas.items() if a.level == "subregion" and a.name == "Skaraborg")


@pytest.mark.parametrize("area, team", [("1490", "NSVT-SAL"), ("1490", None), ("14", None), ("1480-ANG", None)])
def test_the_enrolment_time_is_the_commands_and_lifelines(capsys, extract, area, team):
    view, source = page_view(extract, area, team)
    fig = near_care.enrolment_time_figure(view, source)
    where = ["--team", team] if team else ["--area", area]
    printed = command(capsys, extract, where, list(near_care.TIME_IDS))
    median, mean, enrolled = (printed[i] for i in near_care.TIME_IDS)
    assert not median["suppressed"]  # the demo's Borås, its team, the region and Angered each have one
    values = [m.value for m in fig.metrics]
    assert values[0] == f"{median['value']:.0f} dagar"
    assert values[1] == ("–" if mean["suppressed"] else f"{mean['value']:.0f} dagar")
    assert values[2] == f"{enrolled['numerator']:,.0f}".replace(",", "\u00a0")
    assert enrolled["numerator"] == median["denominator"]  # the curve's episodes are the count's

    # curves of the teams serving the area (or the team chosen) and all teams', never an area's own
    curves = fig.table.frame[fig.table.frame.columns[0]].unique(maintain_order=True).to_list()
    teams = near_care.selected_teams(view) if area != "14" else []
    assert curves == [*(view.choices.teams[t] for t in teams), "Alla team"]
    db = Database(extract, reference_date(extract), None)
    for name, scope in [*((view.choices.teams[t], Scope(team_id=t)) for t in teams),
                        ("Alla team", Scope(area_code="14"))]:
        _curve_is_lifelines(db, fig.table.frame, name, scope)
    # the median's interval beside the curve of the selection's own patients only (a team's, the region's)
    if team or area == "14":
        episodes = queries.nsvt_enrolment_times(db, view.scope, Period(date(2025, 1, 1), date(2025, 12, 1)))
        fitted = KaplanMeierFitter().fit(episodes["enrolment_days"].to_list(), episodes["is_discharged"].to_list())
        assert fitted.median_survival_time_ == median["value"]
        low, high = median_survival_times(fitted.confidence_interval_).iloc[0]
        own = fig.table.frame.filter(fig.table.frame[fig.table.frame.columns[0]] == (
            view.choices.teams[team] if team else "Alla team"))
        if high <= own.rows()[-1][1]:
            assert fig.metrics[0].note == f"95\u00a0% KI {low:.0f}–{high:.0f} dagar"
        else:
            assert fig.metrics[0].note == f"95\u00a0% KI från {low:.0f} dagar (den övre gränsen når kurvan inte)"
    else:
        assert fig.metrics[0].note is None
        assert fig.notes[0].startswith(f"Medianen, medelvärdet och antalet gäller boende i {view.area_name(area)}")


def _curve_is_lifelines(db, table, name: str, scope: Scope) -> None:
    """The drawn points of a curve are lifelines' survival and band on those days, in whole per cent."""
    episodes = queries.nsvt_enrolment_times(db, scope, Period(date(2025, 1, 1), date(2025, 12, 1)))
    fitted = KaplanMeierFitter().fit(episodes["enrolment_days"].to_list(), episodes["is_discharged"].to_list())
    points = table.filter(table[table.columns[0]] == name)
    assert points.height >= 2, name
    for _, day, survival, lower, upper in points.rows()[1:]:
        assert survival == pytest.approx(float(fitted.survival_function_at_times(day).iloc[0]), abs=0.005)
        band = fitted.confidence_interval_.loc[day]
        assert (lower, upper) == (pytest.approx(band.iloc[0], abs=0.005), pytest.approx(band.iloc[1], abs=0.005))


@pytest.mark.parametrize("what", ["reasons", "sources", "staff"])
def test_the_outcomes_are_the_commands(capsys, extract, what):
    view, source = page_view(extract, "1490")
    fig = near_care.outcome_figure(view, source, what)
    prefix, parts, _ = near_care.OUTCOMES[what]
    ids = [f"{prefix}{part}" for part in parts]
    frame = fig.table.frame
    names = frame[frame.columns[0]].to_list()
    assert names == ["Boende i Borås", "Närsjukvårdsteam Södra Älvsborg", "Alla team"]
    for name, where in zip(names, (["--area", "1490"], ["--team", "NSVT-SAL"], []), strict=True):
        printed = command(capsys, extract, where, ids)
        row = frame.filter(frame[frame.columns[0]] == name).row(0)
        assert list(row[2:]) == [shown(printed[i], "value") for i in ids]
        # the whole the shares are of: any shown part's denominator, all alike
        wholes = {printed[i]["denominator"] for i in ids if not printed[i]["suppressed"]}
        assert len(wholes) <= 1 and row[1] == (wholes.pop() if wholes else None)


def test_a_team_keeps_its_shape_from_view_to_view(extract):
    shapes = []
    for area in ("14", "1490"):
        view, source = page_view(extract, area)
        spec = near_care.outcome_figure(view, source, "reasons").chart.to_dict()
        drawn = spec["datasets"][spec["data"]["name"]]
        shapes.append({d["series"]: d["shape"] for d in drawn})
    assert shapes[0]["Närsjukvårdsteam Södra Älvsborg"] == shapes[1]["Närsjukvårdsteam Södra Älvsborg"] != "circle"
    assert len(set(shapes[0].values()) - {"circle"}) == len(shapes[0]) - 1  # nine teams, nine shapes
    assert shapes[1]["Boende i Borås"] == shapes[1]["Alla team"] == "circle"
