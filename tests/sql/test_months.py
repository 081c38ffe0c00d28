"""The months of follow-up (`mart_months`): the period lists offer only months for which every activity
source holds data, so that no indicator reads 0 for a month its source does not cover
(docs/data-decisions.md, "Months and periods")."""

from __future__ import annotations

from datetime import date

from dashboard.data import queries
from dashboard.data.database import Database
from tests.builders import base_tables, build, ed_row, episode, nsvt_episode, nsvt_visit, visit


def months(tmp_path, tables, extracted_on=date(2025, 12, 31)) -> list[date]:
    db = Database(build(tmp_path / "x", tables, extracted_on), extracted_on, "Testkälla")
    return queries.months(db)["month"].to_list()


def months_from(first: date, last: date) -> list[date]:
    out, (y, m) = [], (first.year, first.month)
    while date(y, m, 1) <= last:
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def sources(nsvt_from=date(2024, 6, 14), visits_from=date(2025, 1, 31), ed=(date(2024, 12, 1), date(2025, 10, 1))):
    """Home visits from January 2025 (the 31st), near-care from June 2024, ED December 2024 – October 2025."""
    tables = base_tables()
    tables["home_care_episodes"] = [episode("E1", "P1", enrolled_on=date(2019, 5, 2))]
    tables["home_visits"] = [visit("V1", visits_from), visit("V2", date(2025, 12, 30))]
    # an episode open when the extract began reaches back before its follow-up
    tables["nsvt_episodes"] = [nsvt_episode("N1", nsvt_from, date(2025, 11, 3))]
    tables["nsvt_visits"] = [nsvt_visit("NV1", "N1", nsvt_from), nsvt_visit("NV2", "N1", date(2025, 11, 3))]
    tables["ed_visits_monthly"] = [ed_row(m, ed_visits=7) for m in ed]
    return tables


def test_follow_up_starts_when_every_source_has_begun_and_runs_to_the_reference_month(tmp_path):
    assert months(tmp_path, sources()) == months_from(date(2025, 1, 1), date(2025, 12, 1))


def test_the_latest_first_month_sets_the_start_whichever_source_it_is(tmp_path):
    assert months(tmp_path, sources(nsvt_from=date(2025, 3, 1)))[0] == date(2025, 3, 1)
    assert months(tmp_path, sources(visits_from=date(2024, 1, 1)))[0] == date(2024, 12, 1)


def test_a_source_without_rows_sets_no_bound(tmp_path):
    tables = sources()
    tables["ed_visits_monthly"] = []
    assert months(tmp_path, tables)[0] == date(2025, 1, 1)  # the home visits' first month
    tables["home_visits"], tables["nsvt_visits"], tables["nsvt_episodes"] = [], [], []
    # no activity at all: from the first home-care enrolment
    assert months(tmp_path, tables)[0] == date(2019, 5, 1)
