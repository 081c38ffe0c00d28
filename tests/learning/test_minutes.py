"""A meeting's minutes, from the command and as files: Markdown whose user text cannot format it, a PDF
whose text holds the title, the area, the decisions and the extract's date on every page, and clear
errors for a meeting that does not exist or a file of another kind."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from dashboard.cli import main
from dashboard.learning import minutes
from dashboard.learning.store import Store

HOSTILE = "Styrgrupp *december* <b>fet</b> #set text(red) [länk](javascript:alert(1))"


def record(items: list[str]) -> dict:
    return {"lang": "sv", "title": f"Protokoll: {HOSTILE}", "subtitle": "Borås · december 2025",
            "footer": "Borås · datauttag 12 januari 2026", "notes": "",
            "sections": [{"heading": "Beslut", "items": items}], "file_stem": "x"}


def test_markdown_keeps_user_text_as_text():
    text = minutes.markdown(record([HOSTILE, "1. inte en lista", "# ingen rubrik", "se www.exempel.se",
                                    "rad ett\n2) inte heller\n    ingen kod", "Viktigt\n===", "&lt;b&gt;"]))
    assert text.startswith("# Protokoll: Styrgrupp \\*december\\* \\<b\\>fet\\</b\\> \\#set text(red) "
                           "\\[länk\\](javascript:alert(1))\n")
    assert not re.search(r"(?<!\\)\]\(", text)  # no link: every closing bracket escaped
    assert "- 1\\. inte en lista" in text and "- \\# ingen rubrik" in text and "se \u200bwww.exempel.se" in text
    assert "- rad ett\n  2\\) inte heller\n  ingen kod" in text and "Viktigt\n  \\===" in text
    assert "\\&lt;b\\&gt;" in text


def test_the_pdf_holds_its_text_as_typed_and_the_extract_date_on_every_page():
    long = [f"Beslut {n}: {HOSTILE}" for n in range(120)]  # several pages
    pages = pypdf.PdfReader(io.BytesIO(minutes.pdf(record(long)))).pages
    assert len(pages) > 1
    first = " ".join(pages[0].extract_text().split())  # the title wraps
    assert "Protokoll: Styrgrupp *december* <b>fet</b> #set text(red) [länk](javascript:alert(1))" in first
    for n, page in enumerate(pages, 1):
        text = page.extract_text()
        assert "Borås · datauttag 12 januari 2026" in text and f"{n} / {len(pages)}" in text


@pytest.fixture
def store(monkeypatch, demo_data_dir, tmp_path):
    monkeypatch.setenv("NVK_DATA_DIR", str(demo_data_dir))
    monkeypatch.setenv("NVK_LEARNING_DB", str(tmp_path / "learning.sqlite"))
    return Store(f"sqlite:///{tmp_path / 'learning.sqlite'}")


def test_the_command_writes_a_meetings_minutes(store, tmp_path):
    meeting = store.add("meeting", {"area_code": "1490", "month": "2025-12", "title": "Decembermötet",
                                    "held_on": "2025-12-15"}, "Anna")
    store.add("decision", {"meeting_id": meeting["id"], "indicator_id": "ed_rate_80", "area_code": "1490",
                           "decided_on": "2025-12-15", "what": "Fler teambesök", "owner": "Bo Ek",
                           "due": "2026-03-01", "expected": "Färre akutbesök"}, "Anna")
    store.add("decision", {"meeting_id": meeting["id"], "indicator_id": "ed_rate_80", "area_code": "1490",
                           "decided_on": "2025-12-15", "what": "Prova nattbesök?", "owner": "Cia",
                           "due": "2026-03-01", "expected": "Färre besök på natten. "}, "Anna")
    store.add("observation", {"meeting_id": meeting["id"], "indicator_id": "ed_rate_80", "area_code": "1490",
                              "month": "2025-12", "text": "Fler akutbesök i december",
                              "analysis": "Influensan kom tidigt"}, "Anna")
    out = tmp_path / "protokoll.pdf"
    assert main(["minutes", "--meeting", str(meeting["id"]), "--out", str(out)]) == 0
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Protokoll: Decembermötet" in text and "Borås · december 2025 · mötet hölls 15 december 2025" in text
    assert "Fler teambesök. Beslutat 15 december 2025. Ansvarig: Bo Ek. Följs upp 1 mars 2026." in text
    assert main(["minutes", "--meeting", str(meeting["id"]), "--out", str(tmp_path / "p.md"), "--lang", "en"]) == 0
    written = (tmp_path / "p.md").read_text()
    assert written.startswith("# Minutes: Decembermötet")
    # each typed text a sentence of its own: a stop added where it had none, never doubled or after a "?"
    assert "December 2025: Fler akutbesök i december. Analysis: Influensan kom tidigt.\n" in written
    assert "Expected effect: Färre akutbesök.\n" in written
    assert "- Prova nattbesök? Decided on 15 December 2025." in written
    assert "Expected effect: Färre besök på natten.\n" in written


@pytest.mark.usefixtures("store")
def test_the_command_names_what_is_wrong(tmp_path, capsys):
    assert main(["minutes", "--meeting", "7", "--out", str(tmp_path / "p.md")]) == 2
    assert "there is no meeting 7 in the learning store" in capsys.readouterr().err
    assert main(["minutes", "--meeting", "7", "--out", str(tmp_path / "p.docx")]) == 2
    assert "name a .md or a .pdf file" in capsys.readouterr().err
    assert not list(tmp_path.glob("p.*"))
