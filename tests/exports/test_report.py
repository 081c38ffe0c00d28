"""The monthly report from the command, on the demo extract, for a municipality and a district: a PDF
that opens, whose title page says what, where and when, with a table of contents, page numbers and the
extract's date on every page; the decisions open at the month's end and no other; no count from 1 to
4 in any table; and clear errors for an area, a month or a file it cannot make."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, datetime

import pypdf
import pytest

from dashboard.cli import main
from dashboard.exports import report
from dashboard.figures.selection import Selection
from dashboard.figures.source import Source, extract_choices, offered_months
from dashboard.figures.view import View
from dashboard.learning.store import Store


@pytest.fixture(scope="module")
def made(tmp_path_factory, demo_data_dir):
    """Borås's report for December 2025 (Swedish) with four decisions, and Majorna-Linné's for November
    (English), each written by the command."""
    folder = tmp_path_factory.mktemp("report")
    env = {"NVK_DATA_DIR": str(demo_data_dir), "NVK_LEARNING_DB": str(folder / "learning.sqlite")}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        store = Store(f"sqlite:///{folder / 'learning.sqlite'}")
        for what, decided, due in (("Öppet beslut", "2025-10-01", "2026-02-01"),
                                   ("Beslut efter månaden", "2026-01-10", "2026-03-01"),
                                   ("Genomfört i november", "2025-09-01", "2025-11-01"),
                                   ("Följt upp först i januari", "2025-09-01", "2025-11-30")):
            store.add("decision", {"indicator_id": "ed_rate_80", "area_code": "1490", "decided_on": decided,
                                   "what": what, "owner": "Bo Ek", "due": due, "expected": "Färre akutbesök"}, "Anna")
        done = {d["what"]: d["id"] for d in store.entries("decision")}
        store.add("follow_up", {"decision_id": done["Genomfört i november"], "followed_on": "2025-11-20",
                                "outcome": "done", "text": "Klart"}, "Anna")
        store.add("follow_up", {"decision_id": done["Följt upp först i januari"], "followed_on": "2026-01-05",
                                "outcome": "done", "text": "Klart"}, "Anna")
        store.add("wheel_item", {"area_code": "1490", "month": 2, "kind": "planning", "title": "Planeringsdag"},
                  "Anna")
        out = {"boras": folder / "boras.pdf", "majorna": folder / "majorna.pdf"}
        assert main(["report", "--area", "1490", "--month", "2025-12", "--out", str(out["boras"])]) == 0
        assert main(["report", "--area", "1480-ml", "--month", "2025-11", "--lang", "en",  # a code as typed
                     "--out", str(out["majorna"])]) == 0
        yield {name: [page.extract_text() for page in pypdf.PdfReader(path).pages] for name, path in out.items()}


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_the_title_page_says_what_where_and_when_with_the_contents(made):
    first = one_line(made["boras"][0])
    assert first.startswith("Månadsrapport: Mobil närvård Borås · december 2025")
    assert "Borås · december 2025 Måtten för januari–december 2025, jämförda med Västra Götalandsregionen." in first
    assert first.count("Borås · december 2025") == 2  # the title's and the page footer's, not a third
    assert "Rapporten gäller hela" not in first  # made for the area itself: nothing left out to say
    assert re.search(r"Innehåll 1 Vad har ändrats \.[ .]* 2 2 Läget i december 2025", first)
    assert "4 Lärande uppföljning" in first


def test_every_page_has_its_number_and_the_extracts_date(made):
    for name, area in (("boras", "Borås · december 2025"), ("majorna", "Majorna-Linné · November 2025")):
        pages = made[name]
        assert len(pages) >= 4
        for n, text in enumerate(pages, 1):
            line = one_line(text)
            assert f"{n} / {len(pages)}" in line and area in line
            assert ("datauttag" if name == "boras" else "extract of") in line


def test_the_district_report_speaks_english(made):
    text = one_line(" ".join(made["majorna"]))
    assert "Monthly report: Mobile near care" in text and "Where we stand in November 2025" in text
    assert "Team visits" in text and "ED visits" in text and "No open decisions for the area." in text


def test_the_decisions_open_at_the_months_end_and_no_other(made):
    text = one_line(" ".join(made["boras"]))
    listed = text.rsplit("4.1 Beslut att följa upp", 1)[1]  # the list (a chart names its period's decisions)
    assert "Öppet beslut" in listed and "Följt upp först i januari" in listed  # followed up after December
    assert "Beslut efter månaden" not in text and "Genomfört i november" not in listed
    assert "februari · Planering: Planeringsdag" in listed


def demo_view(demo_data_dir, monkeypatch, area: str, **chosen) -> tuple[View, Source]:
    monkeypatch.setenv("NVK_DATA_DIR", str(demo_data_dir))
    from dashboard.cli import open_validated
    from dashboard.settings import current_extract

    db = open_validated(current_extract().resolve())
    choices = extract_choices(db, offered_months(db))
    if chosen.get("hc_id") == "first":
        chosen["hc_id"] = sorted(c for c, x in choices.centres.items() if x.area_code == area)[0]
    selection = Selection("sv", area, choices.months[0], choices.months[-1], chosen.pop("compare", "region"), **chosen)
    return View(selection, choices, db.reference_date, db.source, page="", page_name=""), Source(db)


def nothing(**kinds) -> dict[str, list]:
    return {k: kinds.get(k, []) for k in ("meeting", "observation", "decision", "follow_up", "target", "wheel_item")}


def test_a_report_made_from_a_centre_says_it_is_of_the_whole_area(demo_data_dir, monkeypatch):
    view, source = demo_view(demo_data_dir, monkeypatch, "1490", hc_id="first", compare="none")
    record = report.build(view, source, nothing(), "http://x").record
    assert record["scope_note"] == ("Rapporten gäller hela Borås jämfört med Västra Götalandsregionen, inte valet i "
                                    f"Närvårdskollen som den gjordes från ({view.scope_name(view.scope)}; ingen "
                                    "jämförelse).")


def test_the_regions_report_is_compared_with_nothing(demo_data_dir, monkeypatch):
    view, source = demo_view(demo_data_dir, monkeypatch, "1490")
    region = replace(view, selection=replace(view.selection, area_code=view.choices.region))
    record = report.build(region, source, nothing(), "http://x").record
    assert record["subtitle"] == "Måtten för januari–december 2025." and record["scope_note"] is None


def test_the_command_takes_an_areas_name_and_says_where_its_links_point(demo_data_dir, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("NVK_DATA_DIR", str(demo_data_dir))
    monkeypatch.setenv("NVK_LEARNING_DB", str(tmp_path / "learning.sqlite"))
    monkeypatch.delenv("NVK_PUBLIC_URL", raising=False)
    assert main(["report", "--area", "borås", "--month", "2025-12", "--lang", "EN",
                 "--out", str(tmp_path / "r.pdf")]) == 0
    said = capsys.readouterr()
    assert "monthly report of Borås" in said.out and "NVK_PUBLIC_URL is not set" in said.err
    assert "Monthly report" in pypdf.PdfReader(tmp_path / "r.pdf").pages[0].extract_text()


def test_a_page_without_a_chart_is_said_in_words_not_a_crash(demo_data_dir, monkeypatch):
    # Bengtsfors: no near-care team serves it, so its census has nothing to draw (the report failed)
    view, source = demo_view(demo_data_dir, monkeypatch, "1460")
    made = report.build(view, source, nothing(), "http://x")
    census = next(b for s in made.record["sections"] for b in s["blocks"] if b.get("page") == "Närsjukvårdsteam")
    assert census["kind"] == "nochart" and census["notes"] and "near_care.svg" not in made.images
    text = one_line(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(report.pdf(made))).pages))
    assert one_line(census["notes"][0])[:40] in text  # typeset: why there is no chart


def test_a_target_is_in_the_report_of_a_month_it_was_set_by(demo_data_dir, monkeypatch):
    view, source = demo_view(demo_data_dir, monkeypatch, "1490")
    set_on = {"indicator_id": "team_visit_share", "area_code": "1490", "value": 0.4, "archived": False}
    targets = [{**set_on, "created_at": datetime(2025, 12, 31, 22, tzinfo=UTC)},
               {**set_on, "indicator_id": "coverage_offered_65", "created_at": datetime(2026, 1, 2, tzinfo=UTC)}]
    record = report.build(view, source, nothing(target=targets), "http://x").record
    table = next(b for b in record["sections"][1]["blocks"] if b["kind"] == "table")
    goal = table["columns"].index("Mål för Borås")
    rows = {row[0]: row[goal] for row in table["rows"]}
    assert rows["Teambesök"] == "40\u00a0%" and rows["Erbjudna mobil läkare, 65+"] == "inget"


def test_no_table_of_the_report_holds_a_count_from_1_to_4(demo_data_dir, monkeypatch):
    # the small demo (a tenth of a region): small counts are everywhere in a small municipality's months
    monkeypatch.setenv("NVK_DATA_DIR", str(demo_data_dir))
    from dashboard.cli import open_validated
    from dashboard.settings import current_extract

    db = open_validated(current_extract().resolve())
    choices = extract_choices(db, offered_months(db))
    view = View(Selection("sv", "1439", choices.months[-1], choices.months[-1], "region"), choices,
                db.reference_date, db.source, page="", page_name="")
    built = report.build(view, Source(db), {k: [] for k in ("meeting", "observation", "decision", "follow_up",
                                                             "target", "wheel_item")}, "http://x")
    cells = [cell for section in built.record["sections"] for block in section["blocks"] if block["kind"] == "table"
             for row in block["rows"] for cell in row]
    assert "<5" in cells  # the rule was needed here
    # a change ("+3") is the difference of two counts shown, not a count
    assert not [cell for cell in cells if re.fullmatch(r"[1-4]", cell)]


@pytest.mark.parametrize(("args", "said"), [
    (["--area", "9999", "--month", "2025-12", "--out", "r.pdf"], "--area 9999: no such area"),
    (["--area", "1490", "--month", "2031-01", "--out", "r.pdf"], "--month 2031-01: the extract offers"),
    (["--area", "1490", "--month", "december", "--out", "r.pdf"], "'december' is not a month"),
    (["--area", "1490", "--month", "2025-12", "--out", "r.docx"], "name a .pdf file"),
    (["--area", "1490", "--month", "2025-12", "--out", "nowhere/r.pdf"], "--out nowhere/r.pdf: there is no folder "
                                                                          "nowhere"),
])
def test_the_command_names_what_is_wrong(args, said, demo_data_dir, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("NVK_DATA_DIR", str(demo_data_dir))
    monkeypatch.chdir(tmp_path)
    assert main(["report", *args]) == 2
    assert said in capsys.readouterr().err
    assert not list(tmp_path.iterdir())  # nothing written
