"""Arabic PDFs whose text layer comes out in visual order (issue 21, item 12).

Two PDFs of the same Arabic resolution (our own text, Arabic-Indic digits, dual month names),
printed by ``tests/pdfmaker.py``: one stored so that extraction gives its lines in logical order,
one stored as old writers do, so that PDFium gives every line backwards. Both must parse alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file
from mandata.read.visual import logical_line, looks_reversed, restore_text
from pdfmaker import Doc, Para, font_for, make_pdf

MASTHEAD = [
    "الأمم المتحدة",
    "الجمعية العامة",
    "الدورة الثمانون",
    "البند ١٢ من جدول الأعمال",
    "قرار اتخذته الجمعية العامة في ٥ كانون الأول/ديسمبر ٢٠٢٥",
    "٨٠/٩ - التعاون بين الأمم المتحدة والاتحاد الاقتصادي الأوراسي",
]
PARAGRAPHS = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قرارها ٧٩/١٠ المؤرخ ٢ كانون الأول/ديسمبر ٢٠٢٤ بشأن التعاون بين الأمم المتحدة "
    "والاتحاد الاقتصادي الأوراسي،",
    "وإذ ترحب بالتعاون القائم بين المنظمتين في مجالات التجارة والنقل والطاقة والزراعة،",
    "١ - تحيط علما بتقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية؛",
    "٢ - تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الحادية والثمانين تقريرا "
    "عن تنفيذ هذا القرار؛",
    "٣ - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند الفرعي المعنون "
    "«التعاون بين الأمم المتحدة والاتحاد الاقتصادي الأوراسي».",
]


def _parse(tmp_path: Path, stored: str) -> Document:
    doc = Doc("ar", MASTHEAD, [Para(t) for t in PARAGRAPHS], rtl=True, stored=stored)
    return parse_file(make_pdf(doc, tmp_path / f"A_RES_80_9_{stored}.pdf"))


def _structure(doc: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (p.kind, p.number, p.action, " ".join(p.text.split()))
        for r in doc.resolutions
        for p in [*r.preamble, *r.operative]
    ]


@pytest.fixture
def fonts() -> None:
    if font_for("ar") is None:
        pytest.skip("no Arabic font: install fonts-dejavu-core (scripts/install_browser.sh)")


@pytest.mark.usefixtures("fonts")
def test_backwards_text_layer_parses_like_the_logical_one(tmp_path: Path) -> None:
    logical, backwards = _parse(tmp_path, "logical"), _parse(tmp_path, "backwards")
    assert logical.language == backwards.language == "ar"
    assert _structure(backwards) == _structure(logical)
    kinds = [(k, n, a) for k, n, a, _ in _structure(logical)]
    assert kinds == [
        ("preambular", None, "recall"),
        ("preambular", None, "welcome"),
        ("operative", "1", "take_note"),
        ("operative", "2", "request"),
        ("operative", "3", "decide"),
    ]
    assert backwards.adopted == logical.adopted == "2025-12-05"
    assert backwards.title == logical.title


@pytest.mark.usefixtures("fonts")
def test_the_backwards_layer_is_what_pdfium_gives(tmp_path: Path) -> None:
    """The test's premise: the second PDF does come out backwards before the fix."""
    import pypdfium2 as pdfium

    doc = Doc("ar", MASTHEAD, [Para(t) for t in PARAGRAPHS], rtl=True, stored="backwards")
    pdf = pdfium.PdfDocument(str(make_pdf(doc, tmp_path / "raw.pdf")))
    text = pdf[0].get_textpage().get_text_range()
    assert "ةيعمجلا" in text and "الجمعية" not in text
    assert looks_reversed(text.splitlines())


def test_the_measure_on_words() -> None:
    logical = ["قرار اتخذته الجمعية العامة في دورتها الثمانين", "إذ تشير إلى قرارها"]
    assert not looks_reversed(logical)
    assert looks_reversed([line[::-1] for line in logical])
    assert not looks_reversed(["The General Assembly, recalling its resolution"])


def test_a_line_turned_keeps_numbers_and_symbols() -> None:
    seen = "٢٠٢٥ ربمسيد/لوألا نوناك ٥ يف ةماعلا ةيعمجلا هتذختا رارق"
    assert logical_line(seen) == "قرار اتخذته الجمعية العامة في ٥ كانون الأول/ديسمبر ٢٠٢٥"
    assert logical_line("(A/80/350 رظنا)") == "(انظر A/80/350)"
    assert logical_line("A/RES/80/9") == "A/RES/80/9"


def test_a_text_export_in_visual_order(tmp_path: Path) -> None:
    lines = [*MASTHEAD, "", *PARAGRAPHS]
    backwards = "\n".join(logical_line(line) for line in lines)
    assert restore_text(backwards) == "\n".join(lines)
    plain, reversed_ = tmp_path / "a.txt", tmp_path / "b.txt"
    plain.write_text("\n\n".join(lines), encoding="utf-8")
    reversed_.write_text("\n\n".join(logical_line(line) for line in lines), encoding="utf-8")
    assert _structure(parse_file(reversed_)) == _structure(parse_file(plain))
