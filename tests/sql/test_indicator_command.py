"""`python -m dashboard indicators` as the contract specifies it: output, scopes and clear refusals."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from dashboard.cli import main
from dashboard.data.extract_files import table_path
from tests.builders import build
from tests.sql.test_indicators import scenario

KEYS = ["indicator", "area_code", "hc_id", "team_id", "from", "to", "numerator", "denominator", "value", "suppressed"]


@pytest.fixture(scope="module")
def extract(tmp_path_factory):
    return build(tmp_path_factory.mktemp("cmd") / "extract", scenario(), extracted_on=date(2025, 12, 31))


def run(capsys, *args):
    code = main(["indicators", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_exactly_the_contract_keys_for_every_indicator(capsys, extract):
    code, out, _ = run(capsys, "--data", extract, "--from", "2025-01", "--to", "2025-03", "--no-suppress")
    rows = json.loads(out)
    assert code == 0
    assert all(list(r) == KEYS for r in rows)
    by_id = {r["indicator"]: r for r in rows}
    assert len(by_id) == 17 and {r["area_code"] for r in rows} == {"R"}
    assert by_id["team_visit_share"] | {} == {
        "indicator": "team_visit_share", "area_code": "R", "hc_id": None, "team_id": None, "from": "2025-01",
        "to": "2025-03", "numerator": 5, "denominator": 7, "value": pytest.approx(5 / 7), "suppressed": False,
    }
    assert by_id["home_visits"]["denominator"] is None and by_id["home_visits"]["value"] == 7


def test_suppression_is_on_by_default(capsys, extract):
    _, out, _ = run(capsys, "--data", extract, "--from", "2025-01", "--to", "2025-03", "--indicator", "nsvt_enrolled",
                    "home_visits")
    rows = {r["indicator"]: r for r in json.loads(out)}
    assert rows["nsvt_enrolled"] == {**rows["nsvt_enrolled"], "numerator": None, "value": None, "suppressed": True}
    # 7 visits in the region, 1 + 1 + 5 by month: the small months are hidden, and so is the period
    # that holds them, for a hidden month enters no shown sum
    assert rows["home_visits"] == {**rows["home_visits"], "numerator": None, "value": None, "suppressed": True}
    _, out, _ = run(capsys, "--data", extract, "--from", "2025-01", "--to", "2025-03", "--indicator", "home_visits",
                    "--by", "month")
    months = [(r["value"], r["suppressed"]) for r in json.loads(out)]
    assert [hidden for _, hidden in months] == [True, True, False]
    _, out, _ = run(capsys, "--data", extract, "--from", "2025-03", "--to", "2025-03", "--indicator", "home_visits")
    assert json.loads(out)[0]["suppressed"] is False


def test_the_indicator_option_may_be_repeated(capsys, extract):
    _, out, _ = run(capsys, "--data", extract, "--from", "2025-03", "--to", "2025-03", "--indicator", "home_visits",
                    "--indicator", "nsvt_enrolled", "ed_visits")
    assert [r["indicator"] for r in json.loads(out)] == ["home_visits", "nsvt_enrolled", "ed_visits"]


def test_csv_by_month_for_an_area(capsys, extract):
    code, out, _ = run(capsys, "--data", extract, "--from", "2025-01", "--to", "2025-03", "--area", "1001",
                       "--indicator", "home_visits", "--by", "month", "--format", "csv", "--no-suppress")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == KEYS
    assert [(r["from"], r["to"], r["value"], r["denominator"], r["suppressed"]) for r in rows] == [
        ("2025-01", "2025-01", "1", "", "false"), ("2025-02", "2025-02", "1", "", "false"),
        ("2025-03", "2025-03", "4", "", "false"),
    ]


def test_health_centre_and_team_scopes(capsys, extract):
    _, out, _ = run(capsys, "--data", extract, "--from", "2025-03", "--to", "2025-03", "--hc", "HC1", "--no-suppress")
    rows = {r["indicator"]: r for r in json.loads(out)}
    assert "nsvt_enrolled" not in rows and "units_offering" not in rows
    assert (rows["coverage_offered_65"]["hc_id"], rows["coverage_offered_65"]["area_code"]) == ("HC1", None)
    assert rows["coverage_offered_65"]["numerator"] == 2
    _, out, _ = run(capsys, "--data", extract, "--from", "2025-01", "--to", "2025-03", "--team", "T1", "--no-suppress")
    rows = {r["indicator"]: r for r in json.loads(out)}
    assert set(rows) == {"nsvt_enrolled", "nsvt_active", "nsvt_mean_days", "nsvt_median_days_km",
                         "nsvt_visits_per_episode"}
    assert rows["nsvt_median_days_km"]["value"] == 58 and rows["nsvt_enrolled"]["team_id"] == "T1"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--area", "9999"], "unknown area code '9999'"),
        (["--hc", "HC9"], "unknown health centre 'HC9'"),
        (["--team", "T9"], "unknown near-care team 'T9'"),
        (["--indicator", "coverage"], "unknown indicator 'coverage'"),
        (["--hc", "HC1", "--indicator", "nsvt_enrolled"], "not defined for a single health centre"),
        # a page's waits are published by calendar year only (January to March is no year)
        (["--indicator", "acute_wait_fri_0"], "acute_wait_fri_0 is published by calendar year"),
    ],
)
def test_unknown_codes_exit_2_with_a_message(capsys, extract, args, message):
    code, out, err = run(capsys, "--data", extract, "--from", "2025-01", "--to", "2025-03", *args)
    assert code == 2 and out == "" and message in err


@pytest.mark.parametrize(
    "first, last, message",
    [
        ("2025-13", "2025-12", "'2025-13' is not a month"),
        ("2025-1", "2025-12", "'2025-1' is not a month"),
        ("2025-06", "2025-01", "starts (2025-06) after it ends (2025-01)"),
        ("2025-01", "2026-02", "after the extract's last complete month (2025-12"),
        # no larger total is read before follow-up starts, so small counts there could not be checked
        ("2010-01", "2025-12", "--from 2010-01 is before the extract's first month of follow-up"),
    ],
)
def test_bad_months_exit_2(capsys, extract, first, last, message):
    code, out, err = run(capsys, "--data", extract, "--from", first, "--to", last)
    assert code == 2 and out == "" and message in err


def test_invalid_extract_exits_2_naming_the_error(capsys, tmp_path):
    tables = scenario()
    tables["home_visits"][0]["area_code"] = "7777"
    path = build(tmp_path / "broken", tables)
    code, out, err = run(capsys, "--data", path, "--from", "2025-01", "--to", "2025-03")
    assert code == 2 and out == ""
    assert "home_visits" in err and "7777" in err


def test_missing_table_exits_2(capsys, tmp_path):
    path = build(tmp_path / "broken", scenario())
    table_path(path, "areas").unlink()
    code, _, err = run(capsys, "--data", path, "--from", "2025-01", "--to", "2025-03")
    assert code == 2 and "areas" in err


def test_a_family_member_asked_alone_is_hidden_as_in_its_family(capsys, demo_data_dir):
    extract = demo_data_dir / "extracts"
    together = {r["indicator"]: r["suppressed"] for r in json.loads(_run_out(capsys, extract, "--indicator",
                "coverage_offered_65", "fixed_contact_65", "need_coverage"))}
    for indicator, hidden in together.items():
        [alone] = json.loads(_run_out(capsys, extract, "--indicator", indicator))
        assert alone["suppressed"] == hidden


def test_an_area_is_hidden_as_among_its_siblings(capsys, demo_data_dir):
    from dashboard.data.database import Database
    from dashboard.data.validation import reference_date
    from dashboard.metrics.indicators import compute_groups
    from dashboard.metrics.periods import Period, parse_month

    extract = demo_data_dir / "extracts"
    db = Database(extract, reference_date(extract), None)
    districts = [f"1480-{d}" for d in ("ANG", "OST", "OH", "CEN", "ML", "AFH", "VG", "VH", "LUN", "NH")]
    month = Period(parse_month("2025-12"), parse_month("2025-12"))
    among = compute_groups(db, "area", districts, month, ["home_visits", "readmission_share"])
    for row in among.iter_rows(named=True):
        [alone] = json.loads(_run_out(capsys, extract, "--area", row["area_code"], "--indicator", row["indicator"]))
        assert alone["suppressed"] == row["suppressed"], row


def _run_out(capsys, extract, *args) -> str:
    assert main(["indicators", "--data", str(extract), "--from", "2025-12", "--to", "2025-12", *args]) == 0
    return capsys.readouterr().out
