"""The same document as text, DOCX and HTML gives the same structure.

The DOCX and HTML files are made here from the shipped examples, one paragraph per line of the
text (as a word processor or a web page holds them).
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest

from conftest import EXAMPLES
from mandata.model import Document
from mandata.parse import parse_file

CASES = [
    f"{code}/{kind}.txt"
    for code in ("ar", "en", "es", "fr", "ru", "zh")
    for kind in (
        "resolution",
        "request_letter",
    )
]


def _shape(doc: Document) -> tuple[object, ...]:
    paragraphs = [
        (p.kind, p.number, p.action, len(p.subparagraphs), len(p.footnotes))
        for r in doc.resolutions
        for p in [*r.preamble, *r.operative]
    ]
    annexes = [(a.number, a.kind, len(a.paragraphs)) for a in doc.annexes]
    letter = (doc.letter.date, doc.letter.signatory) if doc.letter else None
    return (doc.symbol, doc.date, doc.session, doc.title, doc.doc_type, letter, annexes, paragraphs)


def _lines(rel: str) -> list[str]:
    return (EXAMPLES / rel).read_text(encoding="utf-8").splitlines()


def _as_docx(rel: str, path: Path) -> Path:
    document = docx.Document()
    for line in _lines(rel):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _as_html(rel: str, path: Path) -> Path:
    body = "\n".join(f"<p>{html.escape(line)}</p>" if line else "" for line in _lines(rel))
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    path.write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize("rel", CASES)
def test_docx_gives_the_structure_of_the_text(rel: str, tmp_path: Path) -> None:
    text = parse_file(EXAMPLES / rel)
    word = parse_file(_as_docx(rel, tmp_path / "doc.docx"), symbol=None)
    assert word.format == "docx"
    assert _shape(word) == _shape(text)


@pytest.mark.parametrize("rel", CASES)
def test_html_gives_the_structure_of_the_text(rel: str, tmp_path: Path) -> None:
    text = parse_file(EXAMPLES / rel)
    page = parse_file(_as_html(rel, tmp_path / "page.html"))
    assert page.format == "html"
    assert _shape(page) == _shape(text)


# A page copied from a web site: one paragraph per line, no blank lines, headings short.
ONE_LINE_PARAGRAPHS = (
    "Coopération entre l’Organisation des Nations Unies et l’Organisation mondiale des ports\n"
    "La question intitulée « Coopération entre l’Organisation des Nations Unies et l’Organisation"
    " mondiale des ports » a été inscrite à l’ordre du jour de la soixante-dixième session de"
    " l’Assemblée générale, en 2015, à la demande de la Norvège (A/70/999).\n"
    "L’Assemblée générale a examiné la question de sa soixante-dixième à sa soixante-quinzième"
    " session (résolutions 70/901, 71/902, 72/903, 73/904, 74/905 et 75/906) et a prié le"
    " Secrétaire général de lui présenter un rapport à sa soixante-dix-septième session.\n"
    "À sa soixante-seizième session, l’Assemblée générale a décidé d’inscrire la question à l’ordre"
    " du jour provisoire de sa soixante-dix-huitième session (résolution 76/907) ; elle a invité"
    " les États Membres à coopérer avec l’Organisation.\n"
    "Documents :\n"
)


def test_a_paragraph_per_line_text_keeps_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(ONE_LINE_PARAGRAPHS, encoding="utf-8")
    doc = parse_file(path)
    assert doc.title is not None and doc.title.startswith("Coopération entre")
    texts = [p.text for p in doc.paragraphs]
    assert [t[:12] for t in texts] == [
        "La question ",
        "L’Assemblée ",
        "À sa soixant",
        "Documents :",
    ]
    assert 78 in doc.paragraphs[2].sessions
