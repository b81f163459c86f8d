"""Acceptance: the corpus PDFs parse directly, and a PDF and the text extracted from it give the
same paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file


def _paragraphs(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.kind, p.number, p.action) for r in doc.resolutions for p in [*r.preamble, *r.operative]
    ]


def _pdfs(corpus: Path) -> list[Path]:
    return sorted([*corpus.glob("ga80/pdf/*.pdf"), *corpus.glob("pdf/ga73/A_RES_*.pdf")])


def test_every_pdf_parses(corpus: Path) -> None:
    pdfs = _pdfs(corpus)
    assert len(pdfs) >= 59
    with_text = 0
    amendments: list[str] = []
    for path in pdfs:
        doc = parse_file(path)
        assert doc.format == "pdf" and doc.pages and doc.pages >= 1, path.name
        assert doc.language == "en", path.name
        assert doc.symbol == path.stem.split("-")[0].replace("_", "/"), path.name
        assert doc.date is not None and doc.distribution is not None, path.name
        if doc.resolutions:
            with_text += 1
            assert doc.resolutions[0].operative, f"{path.name}: no operative paragraph"
        else:
            # Amendments to drafts: a few sentences and no enacting formula. Known gap: where
            # no blank line separates the draft's title from the first sentence, the sentence
            # is read as part of the title; the text is kept, not lost.
            kept = " ".join([doc.title or "", *(p.text for p in doc.paragraphs)])
            assert "paragraph" in kept, f"{path.name}: amendment text lost"
            amendments.append(path.name)
    assert with_text >= 45
    assert len(amendments) <= len(pdfs) - with_text


def test_pdf_and_its_text_agree(corpus: Path) -> None:
    pairs = [
        (pdf, corpus / "ga80" / (pdf.stem + ".txt"))
        for pdf in sorted(corpus.glob("ga80/pdf/*.pdf"))
        if (corpus / "ga80" / (pdf.stem + ".txt")).exists()
    ]
    assert len(pairs) >= 40
    disagree = []
    for pdf, txt in pairs:
        a, b = parse_file(pdf), parse_file(txt)
        same_title = a.title == b.title or not a.resolutions
        if _paragraphs(a) != _paragraphs(b) or not same_title or a.symbol != b.symbol:
            disagree.append(pdf.name)
    assert not disagree, f"{len(disagree)}/{len(pairs)} differ: {disagree}"


@pytest.mark.parametrize("name", ["A_RES_73_3-EN.pdf", "A_RES_73_8-EN.pdf"])
def test_ga73_resolutions(corpus: Path, name: str) -> None:
    doc = parse_file(corpus / "pdf" / "ga73" / name)
    assert doc.doc_type == "resolution"
    assert doc.symbol is not None and doc.symbol.startswith("A/RES/73/")
    assert doc.adopted is not None and doc.adopted.startswith("2018-")
