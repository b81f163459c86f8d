"""An Arabic resolution printed right to left by weasyprint (issue 18 item 3, issue 21 item 12).

PDFium returns such a page's lines in an order of its own: a line interrupted by a raised
footnote call comes out turned round at the call, a Latin run inside it ("jus cogens") with its
words swapped and its brackets as their mirrored glyphs show, the letters of a lam-alef
ligature ("الأمم") swapped, and vowel marks apart from their letters. The reader puts each
line's characters in the order the page shows them and reads them back in logical order. Our
own text; skipped without weasyprint or the DejaVu font.
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
.fn { float: footnote; font-size: 8pt; }
.fn::footnote-marker { content: none; }
.fn::footnote-call { content: attr(data-marker); vertical-align: super; font-size: 6.5pt;
                     line-height: 0; }
"""
MASTHEAD = [
    "الأمم المتحدة A/RES/80/31",
    "الجمعية العامة",
    "الدورة الثمانون",
    "البند 77 من جدول الأعمال",
    "قرار اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2025",
    "80/31 القواعد الآمرة في القانون الدولي العام",
]
NOTE = (
    '<span class="fn" data-marker="(1)">(1) الوثائق الرسمية للجمعية العامة، الملحق رقم 10.</span>'
)
PARAGRAPHS = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قرارها 78/109 بشأن القواعد الآمرة في القانون الدولي العام (jus cogens) "
    f"وإلى تقرير لجنة القانون الدولي عن أعمال دورتها الخامسة والسبعين{NOTE}، الذي يتضمن "
    "مشاريع الاستنتاجات المتعلقة بتحديد تلك القواعد ونتائجها القانونية،",
    "وإذ تلاحظ أن لموضوع تحديد القواعد الآمرة في القانون الدولي العام أهمية كبرى في العلاقات "
    "الدولية وفي تعزيز سيادة القانون على الصعيدين الوطني والدولي،",
]
OPERATIVE = [
    (
        "1 -",
        "ترحب باختتام أعمال لجنة القانون الدولي بشأن القواعد الآمرة في القانون الدولي العام "
        "(jus cogens)، وتعرب عن تقديرها للجنة لإسهامها المتواصل في تدوين القانون الدولي وتطويره؛",
    ),
    (
        "2 -",
        "تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الحادية والثمانين تقريرا "
        "عن تنفيذ هذا القرار، يتضمن آراء الدول الأعضاء في الاستنتاجات.",
    ),
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
    path = tmp_path_factory.mktemp("rtl") / "A_RES_80_31.pdf"
    weasyprint.HTML(string=_html()).write_pdf(path)
    return parse_file(path, language="ar", analysis=False, ocr="never")


def _texts(doc: Document) -> list[str]:
    return [" ".join(p.text.split()) for r in doc.resolutions for p in [*r.preamble, *r.operative]]


def test_paragraphs_as_printed(printed: Document) -> None:
    res = printed.resolutions[0]
    assert [p.kind for p in res.preamble] == ["preambular", "preambular"]
    assert [p.number for p in res.operative] == ["1", "2"]
    assert all(p.action for p in [*res.preamble, *res.operative])


def test_lines_read_in_logical_order(printed: Document) -> None:
    texts = _texts(printed)
    assert "(jus cogens)" in texts[0] and "(jus cogens)" in texts[2]  # words and brackets
    assert "الدولي العام" in texts[0] and "الأمم" not in texts[0]
    assert texts[3].startswith("تطلب إلى الأمين العام")
    assert all("األ" not in t and "اال" not in t for t in texts)  # lam-alef in its order
    assert "الآمرة" in texts[0] and "الآمرة" in texts[1]


def test_raised_call_becomes_a_footnote(printed: Document) -> None:
    first = printed.resolutions[0].preamble[0]
    assert [f.marker for f in printed.footnotes] == ["(1)"]
    assert [f.marker for f in first.footnotes] == ["(1)"]
    assert "الملحق رقم 10" in first.footnotes[0].text
    assert "الخامسة والسبعين، الذي يتضمن" in " ".join(first.text.split())
