"""The analysis stage over a whole document: every paragraph's facts, the document's references
and mandates (each with the id of its paragraph), and the request a letter makes.

A paragraph cites in its text and in the footnotes it calls ("2 Resolution 70/1."): the
citations of a footnote belong to the paragraph whose marker calls it, marked ``found_in``
"footnote"; those of a footnote no paragraph calls belong to the document (no paragraph).
"""

from __future__ import annotations

from mandata.analyze.entities import find_entities
from mandata.analyze.mandates import Context
from mandata.analyze.paragraph import analyze_paragraph
from mandata.analyze.references import find_references
from mandata.analyze.request import find_request
from mandata.model import Document, Footnote, Paragraph, Reference


def analyze_document(doc: Document) -> None:
    """Fill ``references``, ``mandates``, ``request`` and each paragraph's dates, sessions and
    entities."""
    if doc.language is None:
        return
    doc.references, doc.mandates = [], []
    called: set[int] = set()
    orgs = [i for i in find_entities(doc.title or "", doc.language) if i.startswith("org:")]
    for para in doc.all_paragraphs():
        context = Context(tuple(orgs), _present_resolution(doc))
        facts = analyze_paragraph(
            full_text(para), doc.language, doc.session, para.kind, para.id or None, context
        )
        para.dates, para.sessions, para.entities = facts.dates, facts.sessions, facts.entities
        orgs += [i for i in facts.entities if i.startswith("org:") and i not in orgs]
        doc.references.extend(facts.references)
        doc.references.extend(
            footnote_references(para.footnotes, doc.language, para.id or None, facts.references)
        )
        called.update(id(note) for note in para.footnotes)
        if para.kind == "operative":
            doc.mandates.extend(facts.mandates)
    uncalled = [note for note in doc.footnotes if id(note) not in called]
    doc.references.extend(footnote_references(uncalled, doc.language, None, []))
    own = {doc.symbol, *(f"{doc.symbol} {r.part}" for r in doc.resolutions if r.part)}
    doc.references = [r for r in doc.references if r.found_in != "footnote" or r.target not in own]
    doc.request = find_request(doc)


def _present_resolution(doc: Document) -> str | None:
    """ "the present resolution" of a report's subject: the resolution's symbol and title."""
    if doc.doc_type != "resolution" or not doc.symbol:
        return None
    title = doc.title or (doc.resolutions[0].title if doc.resolutions else None)
    return f"{doc.symbol} ({title})" if title else doc.symbol


def footnote_references(
    notes: list[Footnote], code: str, paragraph: str | None, cited: list[Reference]
) -> list[Reference]:
    """The citations of ``notes`` (the footnotes a paragraph calls), each marked as found in a
    footnote; a target the paragraph's text already cites (``cited``) is not repeated."""
    seen = {ref.target for ref in cited}
    out: list[Reference] = []
    for note in notes:
        for ref in find_references(note.text, code, paragraph):
            if ref.target not in seen:
                seen.add(ref.target)
                ref.found_in = "footnote"
                out.append(ref)
    return out


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
