"""A footnote in Latin letters in an Arabic PDF printed right to left (issue 18 item 3).

Arabic resolutions cite English titles in their footnotes. Such a note's lines have no Arabic
letter: PDFium gives the spaces between their words as spaces it made up, and the marker stands
at the right end of the first line, the closing comma at the left end of a wrapped line. Read
with the rules for an Arabic line, the words ran together and a word cut at its apostrophe
("Children’" / "s Fund") swapped places, so the note's first line no longer opened with its
marker and the note was read as body text. Our own text; skipped without weasyprint or the
DejaVu font.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm;
        @footnote { border-top: 0.6pt solid #000; width: 38mm; padding-top: 5pt; } }
body { font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; }
.indent, .n { display: inline-block; width: 12mm; }
.fn { float: footnote; font-size: 8pt; text-align: justify; width: 150mm; }
.fn::footnote-marker { content: none; }
.fn::footnote-call { content: attr(data-marker); vertical-align: super; font-size: 6.5pt;
                     line-height: 0; }
"""
MASTHEAD = [
    "الأمم المتحدة A/RES/80/44",
    "الجمعية العامة",
    "الدورة الثمانون",
    "قرار اتخذته الجمعية العامة في 9 كانون الأول/ديسمبر 2025",
    "80/44 مصايد الأسماك الصغيرة",
]
NOTE = (
    "(1) Fisheries Commission of the Western Ocean, Coastal Communities’ Fund and Regional "
    "Seafood Council, The Outlook for Small-Scale Fisheries 2025: Markets, Livelihoods and "
    "Resilience Across the Coastal-Inland Continuum (Lisbon, Fisheries Commission of the "
    "Western Ocean, 2025)."
)
PARAGRAPHS = [
    "إن الجمعية العامة،",
    "إذ تحيط علما بالتقرير المعنون ”آفاق مصايد الأسماك الصغيرة لعام 2025“ الصادر عن لجنة "
    f'مصايد الأسماك<span class="fn" data-marker="(1)">{NOTE}</span>، وإذ تلاحظ ما يتضمنه من '
    "توصيات بشأن سبل العيش في المجتمعات الساحلية،",
    "وإذ تسلم بأهمية مصايد الأسماك الصغيرة للأمن الغذائي وللقضاء على الفقر في البلدان النامية،",
]
OPERATIVE = [
    ("1 -", "ترحب بالتقرير وتشجع الدول على النظر في توصياته؛"),
    ("2 -", "تقرر أن تواصل النظر في هذه المسألة في دورتها الحادية والثمانين."),
]


def _html() -> str:
    head = "".join(f"<p>{line}</p>" for line in MASTHEAD)
    body = "".join(f'<p><span class="indent"></span>{text}</p>' for text in PARAGRAPHS)
    body += "".join(f'<p><span class="n">{n}</span>{text}</p>' for n, text in OPERATIVE)
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<style>{CSS}</style></head><body>{head}{body}</body></html>"
    )


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Document:
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    if not FONT.exists():
        pytest.skip("no Arabic font: install fonts-dejavu-core (scripts/install_browser.sh)")
    path = tmp_path_factory.mktemp("rtl-note") / "A_RES_80_44.pdf"
    weasyprint.HTML(string=_html()).write_pdf(path)
    return parse_file(path, language="ar", analysis=False, ocr="never")


def test_latin_note_is_a_footnote(printed: Document) -> None:
    res = printed.resolutions[0]
    assert (len(res.preamble), len(res.operative)) == (2, 2)
    assert [f.marker for f in printed.footnotes] == ["(1)"]
    assert not any("Fisheries" in p.text for p in [*res.preamble, *res.operative])


def test_latin_note_reads_in_its_order(printed: Document) -> None:
    note = " ".join(printed.footnotes[0].text.split())
    assert note.startswith("Fisheries Commission of the Western Ocean, Coastal Communities’ Fund")
    assert "2025: Markets, Livelihoods" in note
    assert "Continuum (Lisbon, Fisheries" in note
    assert note.endswith("Western Ocean, 2025).")
