"""A table leaves as CSV and XLSX with the numbers as numbers, rounded as the screen shows them, hidden
cells marked as on screen, text that cannot run as a formula, and a header block and a sheet saying
what, where, when and from which extract. Every expectation is worked out by hand from the rows below."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pytest

from dashboard.exports import tables
from dashboard.figures.figure import Hidden, Remark, make_table
from tests.figures.extracts import view

URL = "https://narvard.example.se/oversikt?area=1001"


def figure(lang: str = "sv"):
    v = view(lang)
    table = make_table([
        {"Månad": date(2025, 1, 1), "Andel": 0.8712, "Antal": 1142.0, "Skattat": 12.25, "Dagar": 190.5,
         "Namn": "=HYPERLINK(\"http://x\")"},
        {"Månad": date(2025, 2, 1), "Andel": Hidden(small=True), "Antal": Hidden(small=True), "Skattat": None,
         "Dagar": Hidden(), "Namn": "Åby"},
        {"Månad": date(2025, 3, 1), "Andel": 0.0349, "Antal": 7.0, "Skattat": 3.0, "Dagar": None,
         "Namn": Remark("kpi.not_compared")},
    ], {"Månad": "month", "Andel": "share", "Antal": "count", "Skattat": "count", "Dagar": "median_days",
        "Namn": "text"})
    return v.figure("k", "Fast vårdkontakt, 65+", v.subtitle("share"), table, "fixed_contact_65", "tabell")


def rows(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark: Excel reads UTF-8, å ä ö intact
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_swedish_csv_is_semicolon_separated_with_decimal_commas_as_the_screen_rounds():
    read = rows(tables.csv_bytes(figure("sv"), "sv"), ";")
    assert read == [
        ["Månad", "Andel (%)", "Antal", "Skattat", "Dagar", "Namn"],  # "Dagar" says its unit already
        # 87,12 % shown as 87 %; 12,25 an estimate with a decimal (12,3: a half rounds up); 190,5 days as 191
        ["2025-01", "87", "1142", "12,3", "191", "'=HYPERLINK(\"http://x\")"],
        # hidden as on screen: a small count "<5", one hidden for another's sake "–"; a missing count in words
        ["2025-02", "<5", "<5", "uppgift saknas", "–", "Åby"],
        ["2025-03", "3", "7", "3", "uppgift saknas", "jämförs inte"],
    ]


def test_english_csv_is_comma_separated_with_points_and_reads_back_as_numbers():
    read = rows(tables.csv_bytes(figure("en"), "en"), ",")
    assert read[0] == ["Månad", "Andel (%)", "Antal", "Skattat", "Dagar (days)", "Namn"]
    assert [float(x) for x in read[1][1:5]] == [87.0, 1142.0, 12.3, 191.0]
    assert read[2][1:5] == ["<5", "<5", "no data", "–"]


def test_a_table_of_several_measures_says_each_rows_unit():
    v = view()
    table = make_table([{"Mått": "Andel", "Värde": 0.5, "Förändring": 0.012},
                        {"Mått": "Per 1 000", "Värde": 41.25, "Förändring": -2.04},
                        {"Mått": "Besök", "Värde": 270.0, "Förändring": 87.0}],
                       {"Mått": "text", "Värde": "measure", "Förändring": "measure"},
                       measures=["share", "rate_per_1000", "count"], changes=["Förändring"])
    fig = v.figure("t", "Rutor", v.subtitle(), table, None, "rutor", definition="Rutorna.")
    read = rows(tables.csv_bytes(fig, "sv"), ";")
    # a share's change in percentage points to a tenth (1,2), a rate's to a tenth, a count's whole
    assert read == [["Mått", "Värde", "Förändring (andelar i procentenheter)", "Enhet"], ["Andel", "50", "1,2", "%"],
                    ["Per 1 000", "41,3", "-2,0", "per 1 000"], ["Besök", "270", "87", "antal"]]
    sheet = openpyxl.load_workbook(io.BytesIO(tables.xlsx_bytes(fig, "sv", URL))).worksheets[0]
    # the share as the fraction shown, formatted as percent; its change in points, not a fraction
    assert [(c.value, c.number_format) for c in sheet[6][1:3]] == [(0.5, "0%"), (1.2, "#,##0.0")]
    assert sheet["D6"].value == "%"


def test_a_target_leaves_as_the_number_it_was_set_to_in_a_column_wide_enough_for_it():
    v = view()
    table = make_table([{"Mått": "Erbjudna mobil läkare, 65+ (andel av alla inskrivna)", "Mål": 0.855},
                        {"Mått": "Hembesök", "Mål": 120.0}, {"Mått": "Akutbesök 80+", "Mål": Remark("kpi.no_target")}],
                       {"Mått": "text", "Mål": "measure"}, measures=["share", "count", "rate_per_1000"], typed=["Mål"])
    fig = v.figure("t", "Mål", v.subtitle(), table, None, "mal", definition="Målen.")
    # 85,5 % as typed (a share's figure reads 86 %), 120 whole
    assert [row[1] for row in rows(tables.csv_bytes(fig, "sv"), ";")[1:]] == ["85,5", "120", "inget"]
    sheet = openpyxl.load_workbook(io.BytesIO(tables.xlsx_bytes(fig, "sv", URL))).worksheets[0]
    assert [(c.value, c.number_format) for c in (sheet["B6"], sheet["B7"])] == [(0.855, "0.0%"), (120, "#,##0")]
    # the first column as wide as its longest name (53 characters, capped at 48), not its header's 4;
    # the second at the least, 10 + 2 (XlsxWriter stores a width with 0,71 of padding)
    assert [sheet.column_dimensions[c].width for c in "AB"] == [pytest.approx(48.71, abs=0.01),
                                                                pytest.approx(12.71, abs=0.01)]


@pytest.mark.parametrize("text", ["=1+1", "+46701234567", "-2+3", "@SUM(A1)", "\t=1"])
def test_no_text_cell_starts_a_formula(text):
    v = view()
    fig = v.figure("f", "Namn", v.subtitle(), make_table([{"Namn": text}], {"Namn": "text"}), None, "namn",
                   definition="Namn.")
    assert rows(tables.csv_bytes(fig, "sv"), ";")[1] == ["'" + text]
    sheet = openpyxl.load_workbook(io.BytesIO(tables.xlsx_bytes(fig, "sv", URL))).worksheets[0]
    assert (sheet["A6"].value, sheet["A6"].data_type) == (text, "s")  # a string, never a formula


def test_the_workbook_holds_numbers_with_formats_a_header_block_and_what_the_figure_is():
    book = openpyxl.load_workbook(io.BytesIO(tables.xlsx_bytes(figure("sv"), "sv", URL)))
    sheet, about = book.worksheets
    assert [sheet["A1"].value, sheet["A2"].value, sheet["A3"].value] == [
        "Fast vårdkontakt, 65+", "Åby · januari–maj 2025 · jämfört med Testregionen",
        "Källa: Testkälla, datauttag 10 juni 2025"]
    assert [c.value for c in sheet[5]] == ["Månad", "Andel (%)", "Antal", "Skattat", "Dagar", "Namn"]
    first = sheet[6]
    assert first[0].value.date() == date(2025, 1, 1) and first[0].number_format == "yyyy-mm"
    # the share as the fraction shown (87 %), formatted as percent; no digit the screen does not show
    assert (first[1].value, first[1].number_format) == (0.87, "0%")
    assert (first[2].value, first[2].number_format) == (1142, "#,##0")
    assert (first[3].value, first[3].number_format) == (12.3, "#,##0.0")
    assert first[4].value == 191
    assert [c.value for c in sheet[7]][1:5] == ["<5", "<5", "uppgift saknas", "–"]
    assert sheet[8][1].value == 0.03
    facts = {row[0].value: row[1].value for row in about.iter_rows()}
    assert facts["Länk till vyn"] == URL and facts["Datauttag"] == "10 juni 2025" and facts["Källa"] == "Testkälla"
    assert facts["Definition"].startswith("Andel av patienterna 65+ inskrivna i hemsjukvården")
    assert about.title == "Om siffrorna" and sheet.title == "Tabell"


def test_the_file_is_named_for_what_where_and_when():
    assert figure().file_stem == "oversikt_tabell_fixed-contact-65_aby_2025-01_2025-05"
