"""A PDF whose paragraphs open with an indent, with a masthead of flush-left title lines set
apart by wide gaps (issue 14, item 1): a page that opens at the margin goes on with the
paragraph of the page before even when that paragraph's line closed a list item (";") and the
page opens with a capital, as the indent says. The wide gaps of the title lines used to count
against the indent (with them, fewer than four gaps in five were indented), so the page's first
line was left to the text rules, which start a paragraph there. Our own text, printed with
fpdf2 in English, French and Spanish; skipped without the font.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file
from pdfmaker import Doc, Para, font_for, make_pdf

# the opening of the list paragraph, "entitled", the titles' words: each item fills a line of
# its own, so that the page breaks after a ";" and page 2 opens with a symbol
ITEMS = {
    "en": (
        "Takes note of the decisions of the Conference",
        "entitled",
        "Fisheries",
        "coastal fleets",
    ),
    "fr": ("Prend note des décisions de la Conférence", "intitulée", "Pêche", "flottes côtières"),
    "es": ("Toma nota de las decisiones de la Conferencia", "titulada", "Pesca", "flotas costeras"),
}
TEXTS = {
    "en": (
        ["United Nations A/80/L.9", "General Assembly Distr.: Limited", "Eightieth session"],
        ["Report of the Coastal Fisheries Conference", "Ireland: draft resolution"],
        "The General Assembly,",
        ["Recalling its resolution 78/70 on coastal fisheries,", "Noting the report,"],
        "Requests the Secretary-General to report on the implementation of this resolution.",
    ),
    "fr": (
        ["Nations Unies A/80/L.9", "Assemblée générale Distr. limitée", "Quatre-vingtième session"],
        ["Rapport de la Conférence sur la pêche côtière", "Irlande : projet de résolution"],
        "L’Assemblée générale,",
        ["Rappelant sa résolution 78/70 sur la pêche côtière,", "Notant le rapport,"],
        "Prie le Secrétaire général de lui faire rapport sur l’application de la présente "
        "résolution.",
    ),
    "es": (
        ["Naciones Unidas A/80/L.9", "Asamblea General Distr. limitada", "Octogésimo período"],
        ["Informe de la Conferencia sobre Pesca Costera", "Irlanda: proyecto de resolución"],
        "La Asamblea General,",
        ["Recordando su resolución 78/70 relativa a la pesca costera,", "Observando el informe,"],
        "Solicita al Secretario General que le presente un informe sobre la aplicación de la "
        "presente resolución.",
    ),
}


_PREAMBLE = 12  # indented paragraphs: more than four in five of the usual gaps


def _list_paragraph(language: str) -> str:
    """A long operative paragraph listing decisions, each item closed by a semicolon and the
    next one opened by a capitalised symbol."""
    opening, entitled, subject, topic = ITEMS[language]
    items = [f"CF(9)/DEC/{k}, {entitled} “{subject} {k}: {topic}”" for k in range(10, 80)]
    return f"{opening}: " + "; ".join(items) + ";"


def _doc(language: str) -> Doc:
    masthead, titles, formula, preamble, last = TEXTS[language]
    paragraphs = [Para(t, indent=False, before=12.0 - 4 * k) for k, t in enumerate(titles)]
    paragraphs += [Para(formula)]
    paragraphs += [Para(preamble[k % 2].replace("78/", f"7{k}/")) for k in range(_PREAMBLE)]
    paragraphs += [Para(_list_paragraph(language), number="1."), Para(last, number="2.")]
    return Doc(language, masthead, paragraphs, head="A/80/L.9")


def _parse(tmp_path: Path, language: str) -> Document:
    if font_for(language) is None:
        pytest.skip("font missing: install fonts-dejavu-core")
    path = make_pdf(_doc(language), tmp_path / "A_80_L.9.pdf")
    return parse_file(path, language=language, analysis=False, ocr="never")


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_page_at_the_margin_goes_on_after_a_closed_item(tmp_path: Path, language: str) -> None:
    doc = _parse(tmp_path, language)
    res = doc.resolutions[0]
    assert len(res.preamble) == _PREAMBLE
    assert [p.number for p in res.operative] == ["1", "2"]
    assert "CF(9)/DEC/79" in res.operative[0].text
    assert res.operative[1].text.startswith(TEXTS[language][4][:12])
