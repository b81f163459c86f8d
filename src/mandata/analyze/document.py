"""The analysis stage over a whole document: every paragraph's facts, the document's references
and mandates (each with the id of its paragraph), and the request a letter makes."""

from __future__ import annotations

from mandata.analyze.paragraph import analyze_paragraph
from mandata.analyze.request import find_request
from mandata.model import Document, Paragraph


def analyze_document(doc: Document) -> None:
    """Fill ``references``, ``mandates``, ``request`` and each paragraph's dates, sessions and
    entities."""
    if doc.language is None:
        return
    doc.references, doc.mandates = [], []
    for para in doc.all_paragraphs():
        facts = analyze_paragraph(
            full_text(para), doc.language, doc.session, para.kind, para.id or None
        )
        para.dates, para.sessions, para.entities = facts.dates, facts.sessions, facts.entities
        doc.references.extend(facts.references)
        if para.kind == "operative":
            doc.mandates.extend(facts.mandates)
    doc.request = find_request(doc)


def full_text(para: Paragraph, labelled: bool = False) -> str:
    """A paragraph with its sub-paragraphs (their labels too, ``labelled``): a citation, a
    mandate or a searched word may sit in one of them."""
    parts = [para.text]
    stack = list(para.subparagraphs)
    while stack:
        sub = stack.pop(0)
        parts.append(f"({sub.label}) {sub.text}" if labelled and sub.label else sub.text)
        stack[:0] = sub.subparagraphs
    return ("\n" if labelled else " ").join(parts)
