"""Acceptance: the corpus PDFs parse directly, and a PDF and the text extracted from it give the
same paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script
from mandata.parse import parse_file


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
    """Issue 14: every ga78 and ga80 PDF against the corpus text extracted from it, >= 98%
    (the floors are in scripts/baseline.json; the remaining differences are listed with their
    causes in docs/figures.md), and no footnote's printed text left inside a paragraph (counted
    on every ga78 PDF)."""
    script = load_script("eval_pdf")
    tallies, leaks = script.evaluate(corpus, ("text",))
    floors = load_script("baseline").floors("eval_pdf")
    tally = tallies["text"]
    assert tally.docs >= floors["documents"]
    assert tally.agree / tally.docs >= floors["text"], tally.differences
    assert not leaks


@pytest.fixture(scope="module")
def exports(corpus: Path) -> dict:
    """Every eighth corpus PDF against the texts pdftotext makes of it (pdfminer.six's texts
    are measured by scripts/eval_pdf.py: they wait for the text rejoining rules of issue 14)."""
    script = load_script("eval_pdf")
    if not script.have_pdftotext():
        pytest.skip("pdftotext not found: install poppler-utils (scripts/install_browser.sh)")
    sources = ("pdftotext-raw", "pdftotext-layout")
    tallies, _ = script.evaluate(corpus, sources, every=8)
    return tallies


def test_pdftotext_exports_give_the_pdfs_paragraphs(exports: dict) -> None:
    assert exports["pdftotext-layout"].agree / exports["pdftotext-layout"].docs >= 0.97
    assert exports["pdftotext-raw"].agree / exports["pdftotext-raw"].docs >= 0.90


@pytest.mark.parametrize("name", ["A_RES_73_3-EN.pdf", "A_RES_73_8-EN.pdf"])
def test_ga73_resolutions(corpus: Path, name: str) -> None:
    doc = parse_file(corpus / "pdf" / "ga73" / name)
    assert doc.doc_type == "resolution"
    assert doc.symbol is not None and doc.symbol.startswith("A/RES/73/")
    assert doc.adopted is not None and doc.adopted.startswith("2018-")
