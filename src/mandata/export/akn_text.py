r"""Paragraphs and text of the Akoma Ntoso writer, as the UN's own AKN4UN files mark them.

The paragraphs of a body (in ``<section>`` runs); operative paragraphs with their number as
printed ("1.", Arabic "1 -") and their points; preambular paragraphs as ``<container>``\ s of the
preamble named by their leading phrase (``blockList`` for their sub-paragraphs), as the UN and
the AKN4UN guidelines do; the mandata attributes of a paragraph; and the text marking: the leading
phrase in italics (bold italics in Arabic, bold in Chinese, as the UN prints it) with its action,
the citations as links to ``undocs.org`` (the Charter and rules of procedure as ``ref`` to their
AKN IRI), the footnotes as authorial notes. Split out of :mod:`mandata.export.akn` to keep modules
small; it imports the context from :mod:`.akn_meta` and the helpers from :mod:`.akn_xml`, and
:mod:`.akn` imports :func:`_body` and :func:`_recital` from here. The names keep their leading
underscore: they are private to the ``akn*`` modules.
"""

from __future__ import annotations

import itertools
import re
from urllib.parse import quote

from lxml import etree

from mandata import lang
from mandata.export.akn_body import LABEL_TRIM as _LABEL_TRIM
from mandata.export.akn_body import NUM_END as _NUM_END
from mandata.export.akn_meta import _Ctx, _entity
from mandata.export.akn_read import ACTION_PREFIX, a, m
from mandata.export.akn_xml import _clean, _el, _sub, _token
from mandata.model import Paragraph, Reference, Subparagraph

# The language codes of undocs.org.
_UNDOCS_LANG = {"ar": "ar", "en": "en", "es": "es", "fr": "fr", "ru": "ru", "zh": "ch"}
_NO_SYMBOL = ("charter", "rule_of_procedure")
_PART = re.compile(r"^(A/RES/(?:ES-|S-)?\d+/\d+) ([A-L])$")

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
        _sub(el, "num", _printed_number(ctx, para.number, el))
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
    _sub(el, "num", _printed_label(sub.label, el))
    if not sub.subparagraphs:
        _fill(_sub(_sub(el, "content"), "p"), sub.text, marks.get(id(sub), []))
        return el
    listing = _sub(el, "list", eId=ctx.eid(f"{eid}__list_1"))
    _fill(_sub(_sub(listing, "intro"), "p"), sub.text, marks.get(id(sub), []))
    for j, inner in enumerate(sub.subparagraphs, 1):
        listing.append(_point(ctx, inner, listing.get("eId", ""), j, marks))
    return el


def _recital(ctx: _Ctx, para: Paragraph, prefix: str, index: int) -> etree._Element:
    """A preambular paragraph: ``<container name="{phrase}">`` with its p, or its blockList
    (listIntroduction, then the sub-paragraphs as items)."""
    eid = ctx.eid(f"{prefix}container_{index}")
    name = para.phrase or para.kind
    el = _el(a("container"), name=name, eId=eid, **{"class": para.kind})
    _paragraph_attrs(ctx, el, para)
    if para.section is not None:
        el.set(m("section"), para.section)
    if para.number is not None:
        el.set(m("number"), para.number)
    marks = _marks(ctx, para, eid)
    if not para.subparagraphs:
        _text(ctx, _sub(el, "p"), para, marks, eid)
        return el
    listing = _sub(el, "blockList", eId=ctx.eid(f"{eid}__list_1"))
    _text(ctx, _sub(listing, "listIntroduction"), para, marks, eid)
    _items(ctx, listing, para.subparagraphs, listing.get("eId", ""), marks)
    return el


def _items(
    ctx: _Ctx, listing: etree._Element, subs: list[Subparagraph], eid: str, marks: _Marks
) -> None:
    for k, sub in enumerate(subs, 1):
        item_eid = ctx.eid(f"{eid}__item_{_token(sub.label, str(k))}")
        item = _sub(listing, "item", eId=item_eid)
        _sub(item, "num", _printed_label(sub.label, item))
        _fill(_sub(item, "p"), sub.text, marks.get(id(sub), []))
        if sub.subparagraphs:
            inner = _sub(item, "blockList", eId=ctx.eid(f"{item_eid}__list_1"))
            _items(ctx, inner, sub.subparagraphs, inner.get("eId", ""), marks)


def _printed_number(ctx: _Ctx, number: str, el: etree._Element) -> str:
    """A paragraph number as printed: "1." ("1 -" in Arabic); a number that does not read back
    from its printed form keeps its own in ``mandata:number``."""
    printed = number
    if number.isdigit():
        printed = f"{number} -" if ctx.doc.language == "ar" else f"{number}."
    if _NUM_END.sub("", printed) != number:
        el.set(m("number"), number)
    return printed


def _printed_label(label: str, el: etree._Element) -> str:
    """A sub-paragraph label as printed: "(a)"; one that does not read back keeps its own in
    ``mandata:label``."""
    printed = f"({label})" if label and not label.startswith(("(", "（")) else label
    if _LABEL_TRIM.sub("", printed) != label:
        el.set(m("label"), label)
    return printed


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
    if para.phrase is None or not para.text.startswith(para.phrase):
        for name in ("phrase", "action", "modifier"):
            value = getattr(para, name)
            if value is not None:
                el.set(m(name), _clean(value))


# --- text: phrase, references, notes -----------------------------------------------------------

_Marks = dict[int, list[tuple[int, int, etree._Element]]]


def _marks(ctx: _Ctx, para: Paragraph, eid: str) -> _Marks:
    """Where inline elements go, per text (``id()`` of the paragraph or sub-paragraph): the
    leading phrase as ``inline name="actionPhrase"`` and each reference's citation as ``ref``."""
    marks: _Marks = {id(para): []}
    if para.phrase and para.text.startswith(para.phrase):
        marks[id(para)].append((0, len(para.phrase), _phrase(ctx, para)))
    holders: list[Paragraph | Subparagraph] = [para, *_walk(para.subparagraphs)]
    placed = 0
    for ref in ctx.refs.get(para.id, []):
        if ref.found_in == "footnote":
            continue  # linked in its note (``_text``)
        for holder in holders:
            taken = marks.setdefault(id(holder), [])
            at = _free(holder.text, ref.text or "", taken)
            if at is not None:
                placed += 1
                el = _citation(ctx, ref, f"{eid}__ref_{placed}")
                taken.append((at, at + len(ref.text or ""), el))
                break
    return marks


def _citation(ctx: _Ctx, ref: Reference, eid: str) -> etree._Element:
    """A citation: a link to the document on undocs.org in the document's language, as the UN
    writes them; the Charter and rules of procedure (no symbol) a ``ref`` to their AKN IRI."""
    url = undocs_url(ref.target, ctx.doc.language) if ref.type not in _NO_SYMBOL else None
    if url is None:
        return _el(a("ref"), eId=ctx.eid(eid), href=ctx.citations[(ref.type, ref.target)])
    return _el(a("a"), eId=ctx.eid(eid), href=url)


def undocs_url(target: str, language: str | None) -> str | None:
    """The undocs.org address of a symbol as the UN's XML writes it: "A/RES/48/218 B" ->
    https://undocs.org/en/A/RES/48/218b, "S/RES/1631 (2005)" -> .../S/RES/1631(2005); None for
    what is not a symbol."""
    path = _PART.sub(lambda found: found[1] + found[2].lower(), target.strip())
    path = re.sub(r"\s+\(", "(", path)
    if "/" not in path or " " in path:
        return None
    return (
        f"https://undocs.org/{_UNDOCS_LANG.get(language or 'en', 'en')}/{quote(path, safe='/().-')}"
    )


def _phrase(ctx: _Ctx, para: Paragraph) -> etree._Element:
    """The leading phrase's element: in italics (bold italics in Arabic, bold in Chinese, as the
    UN prints it), its action a TLCConcept, its modifier an attribute."""
    code = ctx.doc.language
    style = lang.get(code).phrase_emphasis if code in lang.LANGUAGES else "italic"
    phrase = _el(a("span"), **{"class": style})
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


def _text(ctx: _Ctx, p: etree._Element, para: Paragraph, marks: _Marks, eid: str) -> None:
    """A paragraph's own text into ``p``, with its marks, then its footnotes as authorial notes
    (the model does not keep where the call was, so they close the paragraph's text)."""
    _fill(p, para.text, marks.get(id(para), []))
    cited = [ref for ref in ctx.refs.get(para.id, []) if ref.found_in == "footnote"]
    for k, note in enumerate(para.footnotes, 1):
        el = _sub(p, "authorialNote", marker=note.marker, placement="bottom")
        el.set("eId", ctx.eid(f"{eid}__authorialNote_{k}"))
        _fill(_sub(el, "p"), note.text, _note_marks(ctx, note.text, cited, f"{eid}__note_{k}"))


def _note_marks(
    ctx: _Ctx, text: str, cited: list[Reference], eid: str
) -> list[tuple[int, int, etree._Element]]:
    """The citation links of a footnote: the paragraph's references found in footnotes whose
    text this note holds (each placed once, in the first note that holds it)."""
    taken: list[tuple[int, int, etree._Element]] = []
    for ref in list(cited):
        at = _free(text, ref.text or "", taken)
        if at is not None:
            cited.remove(ref)
            el = _citation(ctx, ref, f"{eid}__ref_{len(taken) + 1}")
            taken.append((at, at + len(ref.text or ""), el))
    return taken


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
