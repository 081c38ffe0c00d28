"""The emergency page's figures on the demo extract of a whole region equal what `python -m dashboard
indicators` prints for the same area and months, and the demo's story is told: the ED visits 80+ of
Borås and Västra Hisingen fall once their mobile doctors start, a signal; Trollhättan's do not, and no
signal is read into its noise (docs/demo-data.md)."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from dashboard.cli import main
from dashboard.data.database import Database
from dashboard.data.validation import reference_date
from dashboard.figures import change as changes
from dashboard.figures import emergency
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from dashboard.metrics.indicators import ED_RATES
from dashboard.metrics.periods import month_label, months_between, parse_month


@pytest.fixture(scope="module")
def extract(region_data_dir):
    return region_data_dir / "extracts"


def command(capsys, extract, first: date, last: date, area: str, ids: list[str], by_month: bool = False) -> dict:
    args = ["indicators", "--data", str(extract), "--from", month_label(first), "--to", month_label(last),
            "--area", area, "--indicator", *ids, "--format", "json", *(["--by", "month"] if by_month else [])]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    return {(r["indicator"], parse_month(r["from"])) if by_month else r["indicator"]: r for r in rows}


def page_view(extract, area: str, first=date(2025, 1, 1), last=date(2025, 12, 1)) -> tuple[View, Source]:
    db = Database(extract, reference_date(extract), None)
    view = View(Selection("sv", area, first, last, "region"), extract_choices(db, offered_months(db)),
                db.reference_date, db.source, page="akutbesok", page_name="akutbesok")
    return view, Source(db)


@pytest.mark.parametrize("area", ["1490", "1480-ANG"])
def test_each_age_bands_rate_by_month_is_the_commands(capsys, extract, area):
    view, source = page_view(extract, area)
    expected = command(capsys, extract, date(2025, 1, 1), date(2025, 12, 1), area, list(ED_RATES.values()), True)
    frame = emergency.bands_figure(view, source).table.frame
    for band, rate in ED_RATES.items():
        column = frame[{"80+": "80+", "65-79": "65–79", "0-64": "0–64", "all": "Alla åldrar"}[band]].to_list()
        assert column == [None if expected[(rate, m)]["suppressed"] else pytest.approx(expected[(rate, m)]["value"])
                          for m in months_between(date(2025, 1, 1), date(2025, 12, 1))]


# each opens at its first centres' joining: Borås October 2017, Västra Hisingen February 2018 (not at
# SU/Östra's start in May 2017, an event too), Trollhättan September 2017
@pytest.mark.parametrize("area, change, verdict", [("1490", date(2017, 10, 1), "fall_signal"),
                                                   ("1480-VH", date(2018, 2, 1), "fall_signal"),
                                                   ("1488", date(2017, 9, 1), "noise")])
def test_the_demos_falls_are_signals_and_its_flat_unit_is_noise(capsys, extract, area, change, verdict):
    view, source = page_view(extract, area)
    assert emergency.default_change(view) == change
    before, after = changes.comparison_windows(view, source, view.scope, "ed_rate_80", change)
    fig = emergency.before_after_figure(view, source, "ed_rate_80", change)
    assert fig.notes[0].startswith({"fall_signal": "Minskningen är en signal", "noise": "Ingen förändring"}[verdict])
    # the windows' rates are the command's over the same months
    for window, metric in ((before, fig.metrics[0]), (after, fig.metrics[1])):
        row = command(capsys, extract, window.first, window.last, area, ["ed_rate_80"])["ed_rate_80"]
        assert metric.value == f"{row['value']:.1f}".replace(".", ",")
    savings = emergency.savings_figure(view, source, "ed_rate_80", change)
    assert bool(savings.warnings) == (verdict != "fall_signal")


def test_the_saving_is_worked_from_the_commands_visits(capsys, extract):
    view, source = page_view(extract, "1490")
    change = emergency.default_change(view)
    before, after = changes.comparison_windows(view, source, view.scope, "ed_rate_80", change)
    months = len(months_between(before.first, before.last))
    visits = [command(capsys, extract, w.first, w.last, "1490", ["ed_rate_80"])["ed_rate_80"]["numerator"]
              for w in (before, after)]
    means = [math.floor(v / months + 0.5) for v in visits]  # whole visits from ten up, halves up, as the seed
    fig = emergency.savings_figure(view, source, "ed_rate_80", change)
    lines = fig.table.display("sv")["Uträkning"].to_list()
    assert lines[2:4] == [f"{means[0]} per månad", f"{means[1]} per månad"]
    saving = (means[0] - means[1]) * 12 * 5419
    assert lines[5].endswith(f" = {saving:,}\u00a0kr".replace(",", "\u00a0"))


def test_a_regions_centres_are_drawn_at_their_ends_and_tabled_whole(extract):
    view, source = page_view(extract, "14")
    fig = emergency.centre_figure(view, source)
    drawn = fig.chart.to_dict()["layer"][0]["encoding"]["y"]["sort"]
    assert len(drawn) == 2 * emergency.CENTRES_DRAWN
    assert fig.table.height == len(view.choices.centres) + 1  # every centre, and the region
    assert any(note.startswith("Diagrammet visar de 20 högsta och de 20 lägsta av") for note in fig.notes)
