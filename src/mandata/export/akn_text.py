"""Paragraphs and text of the Akoma Ntoso writer: paragraphs, recitals, points, inline marks.

The paragraphs of a body (in ``<section>`` runs), operative paragraphs with their points,
preambular paragraphs as recitals with their blockLists, the mandata attributes of a paragraph,
and the text marking: the leading phrase, the references' citations and the footnotes as
authorial notes. Split out of :mod:`mandata.export.akn` to keep modules small; it imports the
context from :mod:`.akn_meta` and the helpers from :mod:`.akn_xml`, and :mod:`.akn` (the
shape of the document) imports :func:`_body` and :func:`_recital` from here. The names keep their leading underscore: they are
private to the ``akn*`` modules.
"""

from __future__ import annotations

import itertools
from urllib.parse import quote

from lxml import etree

from mandata.export.akn_meta import _Ctx, _entity
from mandata.export.akn_read import ACTION_PREFIX, PHRASE_NAME, a, m
from mandata.export.akn_xml import _clean, _el, _sub, _token
from mandata.model import Paragraph, Subparagraph

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
