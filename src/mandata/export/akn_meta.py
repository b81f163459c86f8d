"""The context and the metadata of the Akoma Ntoso writer: IRIs, ``<meta>`` and its TLCs.

:class:`_Ctx` is what every part of the writer shares (the document, its Work IRI, the eIds
already used, the top-level classes met on the way, the cited documents); it lives here, below
:mod:`.akn_text` and :mod:`.akn`, so that both import it without a cycle. Here too: the
IRI and date helpers (AKN4UN naming), ``<identification>`` (FRBR), ``<references>`` with the
TLCs (:func:`_entity`, used for paragraphs too) and the cited documents' IRIs, and
``<proprietary>``. Split out of :mod:`mandata.export.akn` to keep modules small; the names keep
their leading underscore: they are private to the ``akn*`` modules, which import them from here.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lxml import etree

from mandata.entities import states
from mandata.entities.bodies import BODIES
from mandata.export.akn_read import LANG3, a, m
from mandata.export.akn_xml import _clean, _el, _sub, _token
from mandata.model import Document, Reference, Resolution

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
_BODY_NAMES = {body.id: body for body in BODIES}
# Symbol prefix of a cited resolution or decision -> the start of its AKN4UN Work IRI.
_CITED = {
    "A/RES/": "statement/deliberation/un-ga",
    "A/DEC/": "statement/deliberation/un-ga",
    "S/RES/": "statement/deliberation/un-sc",
    "A/HRC/RES/": "statement/deliberation/un-hrc",
}


# --- context and IRIs --------------------------------------------------------------------------


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
    drafts, sponsors, subjects, vote, footnotes, references, mandates and request, for
    :func:`~.akn.from_akn`."""
    box = _el(a("proprietary"), source="#mandata")
    record = _el(m("document"), None, box)
    _set_all(record, _flat(doc))
    lists: list[tuple[str, list[str]]] = [("agendaItem", doc.agenda_items), ("draft", doc.drafts)]
    lists += [("sponsor", doc.sponsors), ("subject", doc.subjects)]
    for tag, values in lists:
        for value in values:
            _el(m(tag), value, record)
    if doc.vote is not None:
        vote = _el(m("vote"), None, record)
        _set_all(vote, _flat(doc.vote))
        for side, names in doc.vote.voters.items():
            for name in names:
                _el(m("voter"), name, vote, side=side)
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


def _entity(ctx: _Ctx, entity: str) -> str:
    """``#eId`` of the TLC of an entity id ("un:secretary-general", "org:csto", "RUS")."""
    language = ctx.doc.language or "en"
    body = _BODY_NAMES.get(entity)
    if body is not None:
        show = (body.forms(language) or body.forms("en") or (entity,))[0]
    else:
        show = states.short_names().get(entity, {}).get(language, entity)
    kind = "TLCRole" if entity in ROLES else "TLCOrganization"
    path = entity.replace(":", "/") if ":" in entity else f"state/{entity}"
    href = f"/akn/ontology/{'role' if kind == 'TLCRole' else 'organization'}/{quote(path)}"
    return ctx.tlc(kind, entity, href, show)
