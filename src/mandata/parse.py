"""The pipeline: file -> read -> normalize -> segment -> Document.

Each stage is a function of the previous stage's output; :func:`run_stage` returns any intermediate
form (for ``mandata parse --stage``).
"""

from __future__ import annotations

import os
import warnings
from typing import Any

from mandata import lang
from mandata.analyze.document import analyze_document
from mandata.analyze.references import OLD_GA
from mandata.errors import MandataWarning
from mandata.langid import detect_language
from mandata.langtag import language_of_name
from mandata.layout import hint_text_indents, normalize_layout
from mandata.model import Document, Footnote, Reference
from mandata.names import shown_name
from mandata.normalize import NormalizedText, normalize, split_lines
from mandata.normalize.footnotes import attach_markers
from mandata.read import RawText, is_akn, load_file, read_bytes, read_file
from mandata.read.decisions import is_decision_json, read_decision
from mandata.segment.blocks import Block, make_blocks
from mandata.segment.flat import cut_flat
from mandata.segment.masthead import Masthead, body_start, parse_masthead
from mandata.segment.plain import plain_paragraphs
from mandata.segment.structure import build
from mandata.symbols import body_of, session_of, symbol_from_filename

STAGES = ("read", "normalize", "segment")


def parse_file(
    path: str | os.PathLike[str],
    symbol: str | None = None,
    language: str | None = None,
    max_bytes: int | None = None,
    analysis: bool = True,
    ocr: str | None = None,
) -> Document:
    """Parse the document in file ``path`` (text, PDF, DOCX, HTML, or Akoma Ntoso XML: the UN's
    AKN4UN files and mandata's own export). ``ocr`` says when PDF pages are read by OCR (auto,
    always, never; None: the ``MANDATA_OCR`` setting)."""
    name = os.fspath(path)
    data = load_file(name, max_bytes)
    if is_akn(data):
        return parse_akn(data, source=shown_name(name), language=language, analysis=analysis)
    if is_decision_json(data):
        return parse_decision(data, source=shown_name(name), analysis=analysis)
    tag = None if language else language_of_name(name)
    raw = read_bytes(data, name, max_bytes, ocr, language or tag)
    symbol = symbol or symbol_from_filename(name)
    source = shown_name(name)  # valid UTF-8 on one line, for JSON and the registry
    return parse_raw(
        raw, source=source, symbol=symbol, language=language, analysis=analysis, tag=tag
    )


def parse_raw(
    raw: RawText,
    source: str | None = None,
    symbol: str | None = None,
    language: str | None = None,
    analysis: bool = True,
    tag: str | None = None,
) -> Document:
    """Parse text already read; ``analysis=False`` stops after the structure (no references,
    mandates or request). ``language`` is the text's language (no detection); ``tag`` the one
    its file name gives, which wins over detection (a warning says where they disagree)."""
    norm, code, start = _normalized(raw, language, tag, source)
    head = parse_masthead(norm.lines[:start], code)
    blocks = make_blocks(norm.lines[start:], code)
    doc = Document(source=source, language=code, format=raw.format, encoding=raw.encoding)
    doc.pages = raw.pages or norm.pages
    if raw.layout is not None and raw.layout.ocr_pages:
        doc.ocr_pages = list(raw.layout.ocr_pages)
        doc.ocr_confidence = raw.layout.ocr_confidence
    doc.footnotes = [Footnote(f.marker, f.text) for f in norm.footnotes]
    _apply_masthead(doc, head, symbol)
    if code is not None:
        build(doc, blocks, head, code)
        _plain_text(doc, head, raw, norm, code)
    doc.doc_type = _doc_type(doc, head)
    if analysis:
        analyze_document(doc)
    return doc


def _plain_text(
    doc: Document, head: Masthead, raw: RawText, norm: NormalizedText, code: str
) -> None:
    """A text without a symbol that came out as no paragraph at all (a sentence the masthead
    took for a title, a letter's heading alone), or as one loose paragraph and nothing else, is
    read as plain paragraphs, each of the kind its text gives (:mod:`mandata.segment.plain`):
    short texts compare paragraph to paragraph, in every language."""
    if head.symbol:
        return
    if doc.all_paragraphs():
        if doc.letter or doc.annexes or doc.resolutions or len(doc.paragraphs) > 1:
            return
        blocks = make_blocks(norm.lines, code)
        if len(blocks) > 1:
            return
    else:
        blocks = make_blocks(norm.lines, code)
    if not blocks:  # every line was taken for a note ("* ..." is also a bullet): they are the text
        blocks, doc.footnotes = make_blocks(split_lines(raw.text), code), []
    doc.paragraphs = plain_paragraphs(blocks, code, {f.marker: f for f in doc.footnotes})
    doc.title = None  # the masthead took the text for its title


def parse_akn(
    data: bytes, source: str | None = None, language: str | None = None, analysis: bool = True
) -> Document:
    """Akoma Ntoso XML as a Document: mandata's own export as it was written; a UN AKN4UN file
    with its structure from the markup, then the analysis of its paragraphs (dates, sessions,
    entities, mandates), the references being the markup's citation links."""
    from mandata.export.akn_read import read_akn
    from mandata.export.akn_un import merge_references

    code = lang.get(language).code if language else None
    doc = read_akn(data, code)
    doc.source = source
    if analysis and doc.format == "akn" and doc.language is not None:
        links = doc.references
        analyze_document(doc)
        doc.references = merge_references(doc, links, doc.references, _old_numbering)
    return doc


def _old_numbering(ref: Reference) -> bool:
    """Whether the analysis read a General Assembly resolution of the old numbering ("1759
    (XVII)", the Arabic "1759 (د-17)"): the Arabic UN XML links 28 of the 457 it prints in
    sessions 77-78 ("إلى قراراتها 1759 (د-17) المؤرخ ... و 69/246", 69/246 linked), the other
    languages nearly all; the reader keeps those no link covers."""
    return ref.type == "ga_resolution" and bool(OLD_GA.fullmatch(ref.text or ""))


def parse_decision(data: bytes, source: str | None = None, analysis: bool = True) -> Document:
    """A GA decision record (JSON, :mod:`mandata.read.decisions`) as a Document, analysed like
    a resolution's operative paragraphs; an item deferred to a later session without a quoted
    title ("decided to defer a decision on the request for observer status for ... until the
    seventy-ninth session") is the decision's own item, named by its title."""
    doc = read_decision(data, source)
    if analysis:
        analyze_document(doc)
        for m in doc.mandates:
            if m.type == "agenda_item" and not m.title:
                m.title = doc.title
    return doc


def _normalized(
    raw: RawText, language: str | None, tag: str | None = None, source: str | None = None
) -> tuple[NormalizedText, str | None, int]:
    """Normalized text with footnote calls attached (in the body, after the masthead), its
    language (``language``, else the file name's ``tag``, else detected) and the index of the
    body's first line."""
    if raw.layout:
        norm = normalize_layout(raw.text, raw.layout)
    else:
        norm = normalize(raw.text)
        hint_text_indents(norm.lines)  # an export that keeps the page's columns
    code = lang.get(language or tag).code if language or tag else detect_language(norm.text())
    if tag and not language:
        _compare_tag(tag, detect_language(norm.text()), source)
    norm.lines = cut_flat(norm.lines, code)
    start = body_start(norm.lines, code)
    called = {ref for line in norm.lines for ref in line.footnote_refs}
    uncalled = [note for note in norm.footnotes if note.marker not in called]
    decimal_sign = lang.get(code).decimal_sign if code else ""
    attach_markers(norm.lines[start:], uncalled, _months(code), decimal_sign)
    return norm, code, start


def _compare_tag(tag: str, detected: str | None, source: str | None) -> None:
    """Warn where the text reads as another language than its file name says."""
    if detected is not None and detected != tag:
        warnings.warn(
            f"{source or 'the text'}: the file name says {lang.get(tag).name} ({tag}), "
            f"the text reads as {lang.get(detected).name} ({detected}); {tag} is used",
            MandataWarning,
            stacklevel=4,
        )


def _months(code: str | None) -> frozenset[str]:
    names: set[str] = set()
    for c in dict.fromkeys([c for c in (code, "en") if c]):
        names.update(k.split("/")[-1] for k in lang.get(c).months)
    return frozenset(names)


def _apply_masthead(doc: Document, head: Masthead, symbol: str | None) -> None:
    doc.symbol = head.symbol or symbol
    doc.distribution = head.distribution
    doc.date = head.date
    doc.original_language = head.original_language
    doc.session = head.session or (session_of(doc.symbol) if doc.symbol else None)
    doc.agenda_items = head.agenda_items
    doc.title = head.title
    doc.adopted = head.adopted
    doc.meeting = head.meeting
    doc.drafts = head.drafts
    doc.body = body_of(doc.symbol) if doc.symbol else None


def _doc_type(doc: Document, head: Masthead) -> str:
    symbol = doc.symbol or ""
    if doc.language is None:
        return "other"
    if "/DEC/" in symbol:
        return "decision"
    adopted = head.adopted or head.resolution_number or head.drafts or "/RES/" in symbol
    if doc.resolutions and adopted and not head.draft:
        return "resolution"
    if doc.letter is not None:
        return "letter"
    if doc.resolutions and (head.draft or "/L." in symbol):
        return "draft_decision" if head.decision else "draft_resolution"
    if symbol.endswith(("/150", "/251")) or "/150/" in symbol:
        return "agenda"
    if doc.resolutions:
        return "draft_resolution"
    return "report" if doc.symbol and doc.title else "other"


def run_stage(
    path: str | os.PathLike[str],
    stage: str,
    language: str | None = None,
    max_bytes: int | None = None,
    ocr: str | None = None,
) -> Any:
    """The intermediate form of one stage, JSON-ready."""
    tag = None if language else language_of_name(os.fspath(path))
    raw = read_file(path, max_bytes, ocr, language or tag)
    if stage == "read":
        return {
            "format": raw.format,
            "encoding": raw.encoding,
            "pages": raw.pages,
            "text": raw.text,
        }
    norm, code, _ = _normalized(raw, language, tag, shown_name(os.fspath(path)))
    if stage == "normalize":
        return {
            "language": code,
            "pages": norm.pages,
            "text": norm.text(),
            "footnotes": [vars(f) for f in norm.footnotes],
        }
    return {"language": code, "blocks": [_block_json(b) for b in make_blocks(norm.lines, code)]}


def _block_json(block: Block) -> dict[str, Any]:
    return {
        "text": block.text,
        "number": block.number,
        "page": block.page,
        "span": block.span,
        "footnote_refs": block.footnote_refs,
    }
