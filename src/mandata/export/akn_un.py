"""The UN's own Akoma Ntoso (AKN4UN) resolutions as a Document.

The General Assembly and the Security Council publish their resolutions as AKN4UN XML (one file
per language version; see docs/akn.md, "The UN's XML"). This module reads one such file:

- the masthead from the ``coverPage`` (symbol, distribution, issue date, session, agenda items,
  the originating document and the committee of the ``docProponent``) and the ``preface``
  (resolution number and title);
- the resolution (``statement``), or its parts (a ``documentCollection`` whose ``components``
  are the statements "A", "B"...), with :mod:`.akn_body`; a presidential statement's paragraphs
  are the document's own paragraphs; the annexes (``attachments``);
- the adoption (``conclusions``: meeting and date) and what the markup adds to the text: the
  sponsors (``workflow``), the vote (``analysis/parliamentary/voting``) and the subjects
  (``classification``);
- the references, one per citation link to ``undocs.org`` (in a paragraph's text or in a
  footnote it calls), the symbol in canonical form.

Both forms of the Work IRI (``/akn/un/.../unga/...`` as the UN writes it, ``un-ga`` as the
AKN4UN guidelines do) are accepted: the organ comes from the symbol. The language is the one
given, else the one the text is written in, else the one the metadata names (some files name
another language than the one they are in).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote

from lxml import etree

from mandata.export.akn_body import (
    Reading,
    Sink,
    is_heading_paragraph,
    read_body,
    read_preamble,
)
from mandata.export.akn_extras import sponsors, subjects, vote
from mandata.export.akn_inline import AKN_NS, clean, local, read_inline, read_notes, words
from mandata.langid import detect_language
from mandata.model import Annex, Document, Paragraph, Reference, Resolution
from mandata.segment.frame import search
from mandata.symbols import body_of, find_symbols, session_of

LANG2 = {"ara": "ar", "eng": "en", "spa": "es", "fra": "fr", "rus": "ru", "zho": "zh", "chi": "zh"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COMMITTEE = re.compile(r"#(first|second|third|fourth|fifth|sixth)Committee", re.I)
_DISTRIBUTION = {"#limitedDistribution": "limited", "#restrictedDistribution": "restricted"}
_GA_NUMBER = re.compile(
    r"^A/RES/(?P<num>(?:ES-|S-)?\d+/\d+)\s*(?P<a>[A-H])?(?:\s*[-–]\s*(?P<b>[A-H]))?$"
)
_SC_NUMBER = re.compile(r"^S/RES/(?P<num>\d+\s*\(\d{4}\))$")


def a(tag: str) -> str:
    return f"{{{AKN_NS}}}{tag}"


def read_un(root: etree._Element, language: str | None = None) -> Document:
    """The Document of an AKN4UN file's root element (``<akomaNtoso>``)."""
    main = next(el for el in root if local(el))
    meta = main.find(a("meta"))
    doc = Document(format="akn", encoding="utf-8")
    _masthead(doc, main.find(a("coverPage")))
    if doc.symbol is None and meta is not None:
        work = meta.find(f".//{a('FRBRWork')}/{a('FRBRuri')}")
        doc.symbol = symbol_from_iri(work.get("value", "")) if work is not None else None
        doc.body = body_of(doc.symbol) if doc.symbol else None
        doc.session = doc.session or session_of(doc.symbol or "")
    doc.language = language or _language(root, meta)
    reading = Reading(doc.language)
    statements = _statements(root, main)
    _resolutions(doc, statements, main, reading)
    _annexes(doc, root, reading)
    _adoption(doc, root, meta)
    _markup_extras(doc, meta)
    _ids(doc)
    doc.footnotes += [note for para in doc.all_paragraphs() for note in para.footnotes]
    doc.references += link_references(doc, reading)
    doc.doc_type = "resolution" if doc.resolutions else "other"
    return doc


# --- the masthead ------------------------------------------------------------------------------


def _masthead(doc: Document, cover: etree._Element | None) -> None:
    """Symbol, distribution, issue date, session, agenda items, drafts and committee."""
    if cover is None:
        return
    symbol = _text(cover.find(f".//{a('docNumber')}[@refersTo='#symbol']"))
    doc.symbol = re.sub(r"^(S/RES/\d+)\s*\(", r"\1 (", symbol) or None
    doc.body = body_of(doc.symbol) if doc.symbol else None
    status = cover.find(f".//{a('docStatus')}")
    if status is not None:
        doc.distribution = _DISTRIBUTION.get(status.get("refersTo", ""), "general")
    doc.date = _date_of(cover.find(f".//{a('docDate')}[@refersTo='#dateOfIssuance']"))
    session = cover.find(f".//{a('session')}")
    value = session.get("value", "") if session is not None else ""
    doc.session = int(value) if value.isdigit() else session_of(doc.symbol or "")
    item = cover.find(f".//{a('inline')}[@name='agenda item']")
    if item is not None:
        doc.agenda_items = agenda_items(item.get("title") or _text(item))
    origin = cover.find(f".//{a('inline')}[@name='originating document']")
    doc.drafts = find_symbols(_text(origin)) if origin is not None else []
    proponent = cover.find(f".//{a('docProponent')}")
    found = _COMMITTEE.search(proponent.get("refersTo", "")) if proponent is not None else None
    doc.committee = f"un:{found[1].lower()}-committee" if found else None


_ITEM = re.compile(r"(\d{1,3})\s*(?:\(?\s*([a-z]{1,2}|[\u0621-\u064a]{1,2})\s*\))?")
_ARABIC_LETTERS = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"


def agenda_items(value: str) -> list[str]:
    """ "13 and 117", "71 (b)", "71 b)", "68(b)", "71 (ب)" -> ["13", "117"], ["71 (b)"]..."""
    out = []
    for number, letter in _ITEM.findall(value):
        if letter in _ARABIC_LETTERS and letter:
            letter = "abcdefghijklmnopqrstuvwxyz"[_ARABIC_LETTERS.index(letter)]
        out.append(f"{number} ({letter})" if letter else number)
    return out


_IRI = re.compile(
    r"/akn/un/statement/deliberation/(?P<actor>un-?ga|un-?sc)/(?P<date>\d{4})[^/]*/"
    r"(?P<number>[^/!]+)",
    re.IGNORECASE,
)
_IRI_GA = re.compile(r"^(?P<session>(?:ES-|S-)?\d+)-(?P<n>\d+)\s*(?P<part>[A-H]?)$")
_IRI_SC = re.compile(r"^(?P<n>\d+)(?:-(?P<year>\d{4}))?$")


def symbol_from_iri(iri: str) -> str | None:
    """The symbol of a resolution from its Work IRI, in the UN's form
    (``/akn/un/statement/deliberation/unga/2023-11-21/78-10/``) or the AKN4UN guidelines'
    (``.../un-ga/...``, ``.../un-sc/2020-02-25/2511``); None for any other IRI."""
    found = _IRI.search(iri)
    if not found:
        return None
    number = found["number"]
    if found["actor"].replace("-", "").lower() == "unga":
        ga = _IRI_GA.match(number)
        if not ga:
            return None
        part = f" {ga['part']}" if ga["part"] else ""
        return f"A/RES/{ga['session']}/{ga['n']}{part}"
    sc = _IRI_SC.match(number)
    return f"S/RES/{sc['n']} ({sc['year'] or found['date']})" if sc else None


def _language(root: etree._Element, meta: etree._Element | None) -> str | None:
    """The language the text is written in, else the one the metadata names."""
    sample = " ".join(words(el) for el in root.iter(a("p")) if not _in_meta(el))
    found = detect_language(sample[:4000]) if sample else None
    if found is not None:
        return found
    lang = meta.find(f".//{a('FRBRlanguage')}") if meta is not None else None
    return LANG2.get(lang.get("language", "")) if lang is not None else None


def _in_meta(el: etree._Element) -> bool:
    return any(local(up) in ("meta", "coverPage") for up in el.iterancestors())


# --- the resolutions ---------------------------------------------------------------------------


def _statements(root: etree._Element, main: etree._Element) -> list[etree._Element]:
    """The statements of the document: itself, or the components of a collection in order."""
    if local(main) != "documentCollection":
        return [main]
    components = {c.get("eId"): c for c in root.iterfind(f"{a('components')}/{a('component')}")}
    order = [r.get("href", "") for r in main.iter(a("documentRef"))]
    found = [components[h] for h in order if h in components] or list(components.values())
    return [s for c in found for s in c if local(s) in ("statement", "doc")]


def _resolutions(
    doc: Document, statements: list[etree._Element], main: etree._Element, reading: Reading
) -> None:
    """Each statement as a Resolution (a presidential statement: the document's paragraphs)."""
    number, parts = _number_and_parts(doc.symbol or "")
    doc.title = _title(main, doc) or None
    for k, statement in enumerate(statements):
        reading.section, reading.pending = None, []
        sink = Sink("operative" if number else "body")
        for part_el in statement:  # a resolution in sections may have several of each
            if local(part_el) == "preamble":
                sink.preamble.extend(read_preamble(part_el, reading))
            elif local(part_el) == "mainBody":
                read_body(list(part_el), reading, sink)
        if number is None:
            doc.paragraphs.extend(sink.preamble + sink.paragraphs)
            continue
        part = parts[k] if k < len(parts) else None
        title = _title(statement, doc) if statement is not main else doc.title
        res = Resolution(number=number, part=part, title=title or doc.title)
        res.preamble, res.operative = sink.preamble, sink.paragraphs
        doc.resolutions.append(res)


def _children(el: etree._Element | None) -> list[etree._Element]:
    return list(el) if el is not None else []


def _number_and_parts(symbol: str) -> tuple[str | None, list[str]]:
    """ "A/RES/77/256 A-B" -> ("77/256", ["A", "B"]); "S/RES/2504 (2020)" -> ("2504 (2020)",
    []); a symbol that is no resolution's -> (None, [])."""
    symbol = clean(symbol)
    found = _GA_NUMBER.match(symbol)
    if found:
        first, last = found["a"], found["b"] or found["a"]
        parts = [chr(c) for c in range(ord(first), ord(last) + 1)] if first else []
        return found["num"], parts
    found = _SC_NUMBER.match(symbol)
    return (re.sub(r"\s*\(", " (", found["num"]), []) if found else (None, [])


def _title(el: etree._Element, doc: Document) -> str:
    """The preface's title; the preface's footnotes go to the document's footnotes and
    references (with no paragraph)."""
    preface = el.find(a("preface"))
    if preface is None:
        return ""
    notes = read_notes(preface)
    doc.footnotes.extend(notes.footnotes)
    for link in notes.links:
        for kind, target in cited(printed_href(link.href, link.text, link.after), link.after):
            doc.references.append(Reference(kind, target, text=link.text, found_in=link.found_in))
    return read_inline(preface.find(f".//{a('docTitle')}")).text


def _annexes(doc: Document, root: etree._Element, reading: Reading) -> None:
    """Each attachment: an annex, titled by the headings that open it, with body paragraphs."""
    for k, att in enumerate(root.iter(a("attachment")), 1):
        inner = next((el for el in att if local(el) in ("doc", "statement")), None)
        children = _children(inner.find(a("mainBody")) if inner is not None else None)
        titles: list[str] = []
        while children and _is_heading(children[0]):
            titles.append(words(children.pop(0)))
        reading.section, reading.pending = None, []
        sink = Sink("body")
        for preamble in inner.iterfind(a("preamble")) if inner is not None else []:
            sink.paragraphs.extend(read_preamble(preamble, reading, "body"))
        read_body(children, reading, sink)
        named = [t for t in titles if not search("annex", t, doc.language)]
        annex = Annex(number=k, title=" ".join(named) or None)
        annex.paragraphs = sink.preamble + sink.paragraphs
        doc.annexes.append(annex)


def _is_heading(el: etree._Element) -> bool:
    """A paragraph that is only a heading."""
    return local(el) == "paragraph" and is_heading_paragraph(el)


# --- adoption and what the markup adds ---------------------------------------------------------


def _adoption(doc: Document, root: etree._Element, meta: etree._Element | None) -> None:
    """The adoption date and meeting: the conclusions, else the cover page (Security
    Council), else the Work's adoption date."""
    for date in root.iter(a("docDate")):
        if date.get("refersTo") == "#adoptionDate" and doc.adopted is None:
            doc.adopted = _date_of(date)
    meetings: list[str] = []
    for el in root.iter(a("location"), a("inline")):
        is_meeting = el.get("refersTo") == "#adoptionMeeting" or el.get("name") == "adoptionMeeting"
        if is_meeting and _text(el):
            meetings.append(_text(el))
    doc.meeting = doc.meeting or (meetings[0] if meetings else None)
    _part_meetings(doc, meetings)
    if doc.adopted is None and meta is not None:
        work = meta.find(f".//{a('FRBRWork')}/{a('FRBRdate')}[@name='adoption']")
        doc.adopted = _date_of(work)


def _part_meetings(doc: Document, meetings: list[str]) -> None:
    """Each resolution's closing meeting: one a part where the markup closes each part, else
    the document's for a text of one resolution."""
    if len(meetings) == len(doc.resolutions) > 1:
        for res, meeting in zip(doc.resolutions, meetings, strict=True):
            res.meeting = res.meeting or meeting
    elif len(doc.resolutions) == 1 and doc.meeting:
        doc.resolutions[0].meeting = doc.resolutions[0].meeting or doc.meeting


def _markup_extras(doc: Document, meta: etree._Element | None) -> None:
    """Sponsors, vote and subjects."""
    if meta is None:
        return
    doc.sponsors = sponsors(meta)
    doc.vote = vote(meta)
    doc.subjects = subjects(meta)


# --- ids, notes and references -----------------------------------------------------------------


def _ids(doc: Document) -> None:
    """Paragraph ids as the text parser gives them: pp1, op1 (res2.pp1 in a later part),
    annex1.p1, p1; a paragraph mandata's export wrote keeps its own."""
    groups: list[tuple[str, list[Paragraph]]] = []
    for k, res in enumerate(doc.resolutions, 1):
        prefix = "" if k == 1 else f"res{k}."
        groups += [(f"{prefix}pp", res.preamble), (f"{prefix}op", res.operative)]
    groups += [(f"annex{annex.number}.p", annex.paragraphs) for annex in doc.annexes]
    groups.append(("p", doc.paragraphs))
    for prefix, paragraphs in groups:
        for n, para in enumerate(paragraphs, 1):
            para.id = para.id or f"{prefix}{n}"


def link_references(doc: Document, reading: Reading) -> list[Reference]:
    """One reference per cited document of each paragraph and place (text, footnote), in
    document order, from the citation links."""
    out: list[Reference] = []
    for para in doc.all_paragraphs():
        seen: set[tuple[str, str]] = set()
        for link in reading.links.get(id(para), []):
            href = printed_href(link.href, link.text, link.after)
            for kind, target in cited(href, link.after):
                if (target, link.found_in) in seen:
                    continue
                seen.add((target, link.found_in))
                ref = Reference(kind, target, paragraph=para.id, text=link.text)
                ref.found_in = link.found_in
                out.append(ref)
    return out


_UNDOCS = re.compile(
    r"^https?://(?:www\.)?undocs\.org/+(?:(?:en|fr|es|ru|ar|zh|ch|sp)/+)?(?P<symbol>[^?#]+)$",
    re.IGNORECASE,
)
# The part letters as the six languages print them after a resolution number.
_LETTERS = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H"}
_LETTERS |= dict(
    zip(["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء"], "ABCDEFGH", strict=True)
)
_LETTER = "[A-L]|[АВСЕН]|" + "|".join(k for k in _LETTERS if len(k) > 1)
_PART_AFTER = re.compile(
    rf"^[\s\u00a0]*(?P<a>{_LETTER})(?:[\s\u00a0]*(?:(?P<to>to|à|a|-|–|до|至|إلى)|and|et|y|и|"
    rf"和|及|و)[\s\u00a0]*(?P<b>{_LETTER}))?(?![A-Za-zА-Яа-яЁё\u0621-\u064a])"
)
_GA_SYMBOL = re.compile(r"A/RES/(?:ES-|S-)?\d+/\d+")
_OLD_GA = re.compile(r"^(?P<head>A/RES/\d+(?: [A-H])?)\s*\((?P<session>(?:E?S-)?[IVXL]+)\)$")
_SC = re.compile(r"^S/RES/(?P<n>\d+)\s*\((?P<year>\d{4})\)$")


# a document's file named by its symbol ("https://digitallibrary.un.org/record/3933854/files/
# A_RES_75_311-EN.pdf"), and a General Assembly resolution's number as printed ("76/156")
_FILE_SYMBOL = re.compile(r"/(?P<body>A)_RES_(?P<session>[0-9]{1,3})_(?P<number>[0-9]{1,4})[-_.]")
_PRINTED_GA = re.compile(r"(?P<session>[0-9]{1,3})/(?P<number>[0-9]{1,4})")


def printed_href(href: str, text: str, after: str = "") -> str:
    """The undocs.org address of what a link cites: its own where the printed number agrees
    with it; the printed General Assembly resolution where the link names another one ("<a
    href=".../A/RES/75/188">76/156</a> of 16 December 2021": the markup copied a year's link,
    the text is the document), or where the link is to a file named by its symbol ("<a href=
    ".../files/A_RES_75_311-EN.pdf">75/311</a>")."""
    # the number as printed, whole: the link's words, then no digit ("76/156</a> of ..."; not
    # "69/3</a>13", a link over part of the number, nor one whose words come after a tag)
    printed = _PRINTED_GA.fullmatch(text)
    if printed is None or not re.match(r"[^0-9\s<]|\s", after) or int(printed["session"]) < 31:
        return href  # (numbers of this form from the 31st session on: "1/70" is 70/1 reversed)
    mine = f"A/RES/{printed['session']}/{printed['number']}"
    linked = _UNDOCS.match(href.strip())
    if linked is not None:
        symbol = unquote(linked["symbol"]).strip("/ ").upper()
        same = re.match(r"A/RES/([0-9]{1,3})/([0-9]{1,4})(?![0-9])", symbol)
        number = f"{same[1]}/{same[2]}" if same else ""
        if same is None or number.endswith(text) or number.startswith(text):
            return href  # the same, or the link's words within the number ("4<a>5/55</a>")
        return "https://undocs.org/" + mine
    named = _FILE_SYMBOL.search(href)
    if named is not None and (named["session"], named["number"]) == (
        printed["session"],
        printed["number"],
    ):
        return "https://undocs.org/" + mine
    return href


def cited(href: str, after: str = "") -> list[tuple[str, str]]:
    """The (type, canonical symbol) of the documents a link to undocs.org cites: "A/RES/74/255a-b"
    gives 74/255 A and B, "S/RES/1267(1999)" S/RES/1267 (1999); a General Assembly resolution
    linked without the part the text prints after the link ("45/55</a> B", "А и В", "باء") takes
    it. [] for any other link."""
    found = _UNDOCS.match(href.strip())
    if not found:
        return []
    symbol = clean(unquote(found["symbol"])).strip("/ ")
    symbol = "/".join(p.upper() if p.isalpha() and p.islower() else p for p in symbol.split("/"))
    if not symbol or "/" not in symbol:
        return []
    while symbol.endswith(")") and symbol.count(")") > symbol.count("("):
        symbol = symbol[:-1]  # a bracket of the text caught in the link ("28/Corr.3)")
    parts = _parts(symbol, after)
    if parts is not None:
        return [("ga_resolution", f"{parts[0]} {letter}") for letter in parts[1]]
    old = _OLD_GA.match(symbol)
    if old:
        return [("ga_resolution", f"{old['head']} ({old['session']})")]
    sc = _SC.match(symbol)
    if sc:
        return [("sc_resolution", f"S/RES/{sc['n']} ({sc['year']})")]
    return [(symbol_type(symbol), re.sub(r"(?<=\S)\(", " (", symbol))]


def _parts(symbol: str, after: str) -> tuple[str, list[str]] | None:
    """The resolution and its parts: from the link ("A/RES/74/255a-b"), else from the text
    after it ("B", "A and C", "A to E"); None for a symbol without parts."""
    parts = re.match(r"^(A/RES/(?:ES-|S-)?\d+/\d+)\s*([a-hA-H])(?:\s*-\s*([a-hA-H]))?$", symbol)
    if parts:
        return parts[1], _span(parts[2].upper(), (parts[3] or parts[2]).upper(), True)
    printed = _PART_AFTER.match(after) if _GA_SYMBOL.fullmatch(symbol) else None
    if printed is None:
        return None
    first = _LETTERS.get(printed["a"], printed["a"])
    last = _LETTERS.get(printed["b"] or "", printed["b"] or first)
    return symbol, _span(first, last, bool(printed["to"]))


def _span(first: str, last: str, through: bool) -> list[str]:
    """ "A"-"C" through: A, B, C; else the two letters."""
    if through:
        return [chr(c) for c in range(ord(first), ord(last) + 1)]
    return list(dict.fromkeys([first, last]))


def symbol_type(symbol: str) -> str:
    """The reference type of a document symbol."""
    if symbol.startswith("A/RES/"):
        return "ga_resolution"
    if symbol.startswith("S/RES/"):
        return "sc_resolution"
    if symbol.startswith("A/DEC/"):
        return "ga_decision"
    if "/RES/" in symbol.upper():
        return "other"
    return "document"


def _text(el: etree._Element | None) -> str:
    return words(el) if el is not None else ""


def _date_of(el: etree._Element | None) -> str | None:
    value = el.get("date", "") if el is not None else ""
    return value if _ISO.match(value) and not value.startswith("0001") else None


_UNLINKED = ("charter", "rule_of_procedure")


def merge_references(
    doc: Document,
    links: list[Reference],
    found: list[Reference],
    unlinked: Callable[[Reference], bool] | None = None,
) -> list[Reference]:
    """The markup's references with the dates the analysis read beside them (same paragraph,
    same target), and the analysis's citations that are never links (the Charter, rules of
    procedure), in paragraph order; with ``unlinked``, also the analysis's citations it accepts
    that no link covers (same paragraph, same target: :func:`mandata.parse.parse_akn` keeps the
    old numbering, "1759 (د-17)", which the Arabic markup seldom links)."""
    dates: dict[tuple[str | None, str], str] = {}
    for ref in found:
        if ref.date:
            dates.setdefault((ref.paragraph, _key(ref.target)), ref.date)
    out = []
    for ref in links:
        ref.date = ref.date or dates.get((ref.paragraph, _key(ref.target)))
        out.append(ref)
    out += [ref for ref in found if ref.type in _UNLINKED]
    if unlinked is not None:
        linked = {(ref.paragraph, _key(ref.target)) for ref in links}
        out += [
            ref
            for ref in found
            if ref.type not in _UNLINKED
            and unlinked(ref)
            and (ref.paragraph, _key(ref.target)) not in linked
        ]
    order = {para.id: k for k, para in enumerate(doc.all_paragraphs())}
    return sorted(out, key=lambda r: order.get(r.paragraph or "", -1))


def _key(target: str) -> str:
    return re.sub(r"\s+", "", target).upper()
