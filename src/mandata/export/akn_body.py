"""The text of an Akoma Ntoso resolution as the model's paragraphs: preamble and operative part.

The UN's AKN4UN files (and, after them, mandata's export) mark a preambular paragraph as a
``<container>`` of the preamble (a ``crossHeading`` when it stands in a section of the operative
part), an operative paragraph as a ``<paragraph>`` with its ``<num>``, its sub-paragraphs as the
``point``\\ s of a ``list`` (``item``\\ s of a ``blockList`` in the preamble), and headings as
``section`` headings or as paragraphs that hold only a ``subheading``. A paragraph numbered like a
sub-paragraph ("(a)") without a leading phrase of its own is a sub-paragraph of the paragraph
before it (the lettered lines of a text the resolution quotes); a paragraph of class
``FootnoteText`` is a footnote of the paragraph before it. Tables are not paragraphs.

The leading phrase is the one the markup sets apart; its action key and manner words come from
the language's tables by :func:`mandata.segment.phrases.leading_phrase`, as the text parser
assigns them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from mandata.export.akn_inline import (
    MANDATA_NS,
    Inline,
    Link,
    clean,
    local,
    raw_words,
    read_inline,
    words,
)
from mandata.model import Footnote, Paragraph, ParagraphKind, Subparagraph
from mandata.segment.blocks import LABEL_ONLY, label_text
from mandata.segment.paragraphs import add_subparagraph
from mandata.segment.phrases import Phrase, leading_phrase

_SECTION_NUMBER = re.compile(r"^(?P<num>[IVXL]+|[A-H]|\d{1,2})(?:[.．]\s*|\s*[-–—]\s+|$)")
NUM_END = re.compile(r"[\s.．、\-–—]+$")
LABEL_TRIM = re.compile(r"^[\s(（’‘'\"]+|[\s)）’‘'\".]+$")
_HEADINGS = frozenset({"heading", "subheading", "num"})
_HEADING_LENGTH = 100
_SET_APART = 2  # a heading all in bold may be this many times longer (a period's long title)
_CLOSING = frozenset(".,;:!?。；：，、؛،»”\"')")
_NUMBER = re.compile(r"\d+")
_INNER_STOP = re.compile("[,，،:：]")  # a schedule line's day, then its hours
_SCHEDULE_NUMBERS = 3  # "Mardi 10 juin, de 10 heures à 13 heures": a line of a schedule
_GROUPS = frozenset(
    {"section", "part", "chapter", "title", "division", "subsection", "hcontainer", "level"}
)
_TEXT_BLOCKS = frozenset({"alinea", "p", "block"})


@dataclass
class Reading:
    """The state of one document's reading: its language, the section under way, headings not
    yet applied, and the links each paragraph holds (by ``id()`` of the paragraph)."""

    code: str | None
    section: str | None = None
    pending: list[str] = field(default_factory=list)
    links: dict[int, list[Link]] = field(default_factory=dict)


@dataclass
class Sink:
    """Where the paragraphs of a body go: the preamble (crossHeadings) and the paragraphs."""

    kind: ParagraphKind
    preamble: list[Paragraph] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


def ours(el: etree._Element) -> bool:
    """An element mandata's export wrote: it carries the paragraph's ``mandata:id``."""
    return el.get(_M_ID) is not None


def make_paragraph(
    reading: Reading, kind: ParagraphKind, inline: Inline, el: etree._Element | None = None
) -> Paragraph:
    """A paragraph from its inline content: text, phrase, footnotes; the action from the
    phrase; its links kept for the references. An element of mandata's export (``el``) gives
    the paragraph as written: the action its phrase names, the attributes of the model."""
    para = Paragraph(
        kind=kind,
        text=inline.text,
        phrase=inline.phrase,
        section=reading.section,
        footnotes=list(inline.footnotes),
    )
    reading.links[id(para)] = list(inline.links)
    if el is not None and ours(el):
        para.action, para.modifier = inline.action, inline.modifier
        overlay(para, el)
        return para
    if para.phrase is not None and reading.code is not None:
        found = _phrase_of(para.text, reading.code) or _phrase_of(para.phrase, reading.code)
        if found is not None:
            para.action = found.action_for(kind)
            para.modifier = found.modifier
    return para


_M_ID = f"{{{MANDATA_NS}}}id"
KINDS = ("preambular", "operative", "body")


def overlay(para: Paragraph, el: etree._Element) -> None:
    """The model's fields that mandata's export keeps as attributes: ``mandata:id``, ``page``,
    ``span``, ``dates``, ``sessions``, ``section``, ``number``, ``phrase``, ``action``,
    ``modifier``, the kind as ``class`` and the entities as ``refersTo``."""

    def attr(name: str) -> str | None:
        return el.get(f"{{{MANDATA_NS}}}{name}")

    para.id = attr("id") or ""
    kind = el.get("class")
    if kind in KINDS:
        para.kind = kind  # type: ignore[assignment]
    page, span = attr("page"), attr("span")
    para.page = int(page) if page is not None else None
    para.span = [int(x) for x in span.split()] if span is not None else None
    para.dates = (attr("dates") or "").split()
    para.sessions = [int(x) for x in (attr("sessions") or "").split()]
    para.entities = [unquote(x[1:]) for x in el.get("refersTo", "").split()]
    for name in ("section", "number", "phrase", "action", "modifier"):
        if attr(name) is not None:
            setattr(para, name, attr(name))


def _phrase_of(text: str, code: str) -> Phrase | None:
    """The language tables' reading of a leading phrase. A phrase the tables' matcher finds but
    cannot key (a known fault of the French tables, issue 13: "accueillant") gives no action
    here rather than losing the document: the markup still gives the phrase."""
    try:
        return leading_phrase(text, code)
    except KeyError:
        return None


def read_preamble(
    el: etree._Element | None, reading: Reading, kind: ParagraphKind = "preambular"
) -> list[Paragraph]:
    """The preambular paragraphs (of ``kind``: an annex's preamble gives body paragraphs):
    containers (a blockList gives sub-paragraphs) and loose ``<p>``\\ s with words in them;
    the enacting formula is not a paragraph."""
    out: list[Paragraph] = []
    for child in el if el is not None else []:
        name = local(child)
        exact = ours(child)
        if name == "container":
            block = child.find("{*}blockList")
            if block is not None:
                out.append(_block_list(block, reading, kind, child))
                continue
            inline = _many(child.iterfind("{*}p"), exact)
            if not exact and _looks_heading(inline):
                continue  # a heading between preambular paragraphs (they end with a comma)
            para = make_paragraph(reading, kind, inline, child)
        elif name == "p":
            para = make_paragraph(reading, kind, read_inline(child))
        else:
            continue
        if para.text or exact:
            out.append(para)
    return out


def read_body(children: Iterable[etree._Element], reading: Reading, sink: Sink) -> None:
    """The paragraphs of the children of a ``mainBody`` (or of a section in it) into ``sink``."""
    for child in children:
        name = local(child)
        if name == "paragraph":
            _paragraph(child, reading, sink)
        elif name in _GROUPS:
            read_body(list(child), reading, sink)
        elif name in _HEADINGS:
            reading.pending.append(words(child))
        elif name == "crossHeading":
            _apply_headings(reading)
            sink.preamble.append(make_paragraph(reading, "preambular", read_inline(child)))
        elif name == "container":
            _container(child, reading)
        elif name in _TEXT_BLOCKS:
            _text_block(child, reading, sink)
    _apply_headings(reading)


def _paragraph(el: etree._Element, reading: Reading, sink: Sink) -> None:
    """One ``<paragraph>``: a heading, a sub-paragraph or footnote of the one before, or a
    paragraph of the sink's kind with its number and its points."""
    if ours(el):
        _our_paragraph(el, reading, sink)
        return
    num = words(el.find("{*}num"))
    if (el.get("class") or "").startswith("H"):  # a heading style: H1, H23, HCh
        reading.pending.append(words(el))
        return
    reading.pending.extend(words(h) for h in _headings_of(el))
    for cross in el.iterfind("{*}crossHeading"):  # a preambular paragraph set in a paragraph
        _apply_headings(reading)
        sink.preamble.append(make_paragraph(reading, "preambular", read_inline(cross)))
    listing = el.find("{*}list")
    blocks = [p for p in _blocks_of(el) if not _only_heading(p)]
    reading.pending.extend(_heading_text(p) for p in _blocks_of(el) if _only_heading(p))
    if listing is None and not blocks:
        if num and el.find("{*}crossHeading") is None:
            reading.pending.insert(0, num)
        return
    _apply_headings(reading)
    intro = listing.find("{*}intro") if listing is not None else None
    inline = _many(intro.iterfind("{*}p") if intro is not None else blocks)
    last = sink.paragraphs[-1] if sink.paragraphs else None
    if el.get("class") == "FootnoteText" and last is not None:
        _loose_note(last, inline)
        return
    label = LABEL_ONLY.match(label_form(num))
    if label and last is not None and inline.phrase is None and listing is None:
        add_subparagraph(last, label_text(label), inline.text)
        _absorb(reading, last, inline)
        return
    item = _next_item(last, inline.text) if not num and listing is None else None
    if item is not None and last is not None:
        last.subparagraphs.append(Subparagraph(*item))
        _absorb(reading, last, inline)
        return
    if not num and not inline.number and _looks_heading(inline):
        reading.pending.append(inline.text)
        return
    para = make_paragraph(reading, sink.kind, inline)
    para.number = NUM_END.sub("", num) or inline.number
    if listing is not None:
        para.subparagraphs = _points(listing, reading, para)
    sink.paragraphs.append(para)


def _our_paragraph(el: etree._Element, reading: Reading, sink: Sink) -> None:
    """A paragraph of mandata's export, as it was written: no heading or sub-paragraph is
    guessed; its section is the ``<section>`` it stands in."""
    reading.pending = []
    num = el.find("{*}num")
    listing = el.find("{*}list")
    holder = listing.find("{*}intro") if listing is not None else el.find("{*}content")
    inline = _many(holder.iterfind("{*}p") if holder is not None else [], exact=True)
    para = make_paragraph(reading, sink.kind, inline, el)
    parent = el.getparent()
    number = parent.find("{*}num") if parent is not None and local(parent) == "section" else None
    para.section = raw_words(number) if number is not None else None
    if num is not None:
        para.number = NUM_END.sub("", raw_words(num))
    overlay(para, el)
    if listing is not None:
        para.subparagraphs = _points(listing, reading, para, exact=True)
    sink.paragraphs.append(para)


def _looks_heading(inline: Inline) -> bool:
    """An unnumbered line of a few words without a leading phrase or closing punctuation
    ("Human rights", "XXI"), or all in the italics or bold of a phrase ("Listing Criteria" in a
    Security Council resolution, "Countries in special situations", longer when it is a period's
    title): a heading the markup left as a paragraph or preamble container. A line with three
    numbers or more and a comma or colon inside is none (a line of a schedule, "6月10日，星期二：
    上午10时至下午1时", that some versions print without a full stop); a title with the dates
    of a period is one ("2022年7月1日至2023年6月30日期间预算执行情况报告")."""
    text = inline.text
    whole = bool(inline.phrase) and clean(inline.phrase or "") == text  # set apart, all of it
    if not text or (inline.phrase and not whole) or inline.footnotes:
        return False
    if len(text) > _HEADING_LENGTH * (_SET_APART if whole else 1):
        return False
    if len(_NUMBER.findall(text)) >= _SCHEDULE_NUMBERS and _INNER_STOP.search(text[:-1]):
        return False  # a day and its hours, not a title
    return text[-1] not in _CLOSING


def is_heading_paragraph(el: etree._Element) -> bool:
    """A ``<paragraph>`` that is a heading: a heading style (H1, H23...), or nothing but
    headings and a number."""
    if (el.get("class") or "").startswith("H"):
        return True
    blocks = _blocks_of(el)
    if any(not _only_heading(p) for p in blocks) or el.find("{*}list") is not None:
        return False
    return bool(blocks or _headings_of(el))


def _headings_of(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if local(c) in ("heading", "subheading")]


def _blocks_of(el: etree._Element) -> list[etree._Element]:
    """The ``<p>``\\ s of a paragraph: in its content, or right under it."""
    content = el.find("{*}content")
    holder = content if content is not None else el
    return [p for p in holder if local(p) == "p"]


def _only_heading(p: etree._Element) -> bool:
    """A ``<p>`` whose only words are in (sub)headings: a heading, not a paragraph."""
    if (p.text or "").strip() or not len(p):
        return False
    return all(local(c) in _HEADINGS and not (c.tail or "").strip() for c in p)


def _heading_text(p: etree._Element) -> str:
    return words(p)


def _apply_headings(reading: Reading) -> None:
    """Headings met since the last paragraph set the section: the number of a numbered
    heading ("I", "A", "I. Title"), else the heading's words."""
    texts = [t for t in reading.pending if t]
    reading.pending = []
    if not texts:
        return
    for text in texts:
        found = _SECTION_NUMBER.match(text)
        if found:
            reading.section = found["num"]
            return
    reading.section = texts[0]


def _many(ps: Iterable[etree._Element], exact: bool = False) -> Inline:
    """Several ``<p>``\\ s as one inline text (the phrase of the first)."""
    parts = [read_inline(p, exact) for p in ps]
    if not parts:
        return Inline("")
    out = Inline(" ".join(x.text for x in parts if x.text), parts[0].phrase)
    if exact:
        out.text = "".join(x.text for x in parts)
    out.number, out.action, out.modifier = parts[0].number, parts[0].action, parts[0].modifier
    for part in parts:
        out.footnotes.extend(part.footnotes)
        out.links.extend(part.links)
    return out


# An item's label as the markup may print it: "(ﻫ)" in a presentation form of its letter,
# "(ع ع)" (the Arabic letters after the twenty-eighth, doubled) with a space.
_LEADING_LABEL = re.compile(r"^\s*[(（][^()（）]{1,6}[)）]\s*")
_DOUBLED = re.compile(r"(?<=[(（])([\u0621-\u064a])\s+(?=\1[)）])")
# The order of Arabic item letters (abjad), then their doubled forms.
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_LATE = 20  # a single letter from ش on may close the single letters


def label_form(num: str) -> str:
    """``num`` with its letters in their plain forms and a doubled Arabic letter unspaced."""
    return _DOUBLED.sub(r"\1", unicodedata.normalize("NFKC", num))


def _next_item(last: Paragraph | None, text: str) -> tuple[str, str] | None:
    """The label and text of an unnumbered paragraph that opens with the label next to the
    last item of the paragraph before (an item the markup set after its list: "(ﻫ)" after a
    list that ends at "(د)"), or None."""
    if last is None or not last.subparagraphs:
        return None
    lead = _LEADING_LABEL.match(text)
    found = LABEL_ONLY.match(label_form(lead.group(0))) if lead else None
    if lead is None or found is None:
        return None
    label = label_text(found)
    previous = "".join(unicodedata.normalize("NFKC", last.subparagraphs[-1].label).split())
    return (label, text[lead.end() :].strip()) if _follows(previous, label) else None


def _follows(previous: str, label: str) -> bool:
    """Whether ``label`` is the item after ``previous``: "e" after "d", "ه" after "د", "عع"
    after "سس", and the doubled first letter after one of the last single ones ("أأ" after
    "ض", the UN's Arabic leaving out ظ and غ; "aa" after "z")."""
    if not previous or not label or len(set(label)) != 1 or len(set(previous)) != 1:
        return False
    a, b = previous[0], label[0]
    if len(label) == len(previous) + 1 == 2:
        late = _ABJAD.find(a) >= _LATE or (a.isascii() and "u" <= a <= "z")
        return late and b in (_ABJAD[0], "a")
    if len(previous) != len(label):
        return False
    if a in _ABJAD and b in _ABJAD:
        return _ABJAD.index(b) == _ABJAD.index(a) + 1
    return a.isascii() and a.isalpha() and ord(b) == ord(a) + 1


def _absorb(reading: Reading, para: Paragraph, inline: Inline) -> None:
    """The footnotes and links of a sub-paragraph go to its paragraph."""
    para.footnotes.extend(inline.footnotes)
    reading.links.setdefault(id(para), []).extend(inline.links)


def _loose_note(para: Paragraph, inline: Inline) -> None:
    """A footnote printed as a paragraph ("* Dependency allowances ..."): marker and text."""
    marker, _, text = inline.text.partition(" ")
    para.footnotes.append(Footnote(marker, text.strip()))


def _points(
    listing: etree._Element, reading: Reading, para: Paragraph, exact: bool = False
) -> list[Subparagraph]:
    """The points of a list (a ``sublist`` nests under the point before it; a ``wrapUp`` is
    an unlabelled item)."""
    out: list[Subparagraph] = []
    for child in listing:
        name = local(child)
        if name == "point":
            out.append(_point(child, reading, para, exact))
        elif name in ("sublist", "list") and out:
            out[-1].subparagraphs.extend(_points(child, reading, para, exact))
        elif name == "wrapUp":
            inline = _many(child.iterfind("{*}p"))
            _absorb(reading, para, inline)
            out.append(Subparagraph("", inline.text))
    return out


def _point(el: etree._Element, reading: Reading, para: Paragraph, exact: bool) -> Subparagraph:
    inner = el.find("{*}list")
    if inner is None:
        inner = el.find("{*}sublist")
    holder = inner.find("{*}intro") if inner is not None else el.find("{*}content")
    inline = _many(holder.iterfind("{*}p") if holder is not None else [], exact)
    _absorb(reading, para, inline)
    sub = Subparagraph(_label(el, exact), inline.text)
    if inner is not None:
        sub.subparagraphs = _points(inner, reading, para, exact)
    return sub


def _label(el: etree._Element, exact: bool) -> str:
    """The label of a point or item: its ``num`` without brackets ("(a)" -> "a"); as the
    model had it (``mandata:label``) in mandata's export."""
    written = el.get(f"{{{MANDATA_NS}}}label") if exact else None
    if written is not None:
        return written
    num = el.find("{*}num")
    return LABEL_TRIM.sub("", words(num)) if num is not None else ""


def _block_list(
    el: etree._Element, reading: Reading, kind: ParagraphKind, container: etree._Element
) -> Paragraph:
    """A preambular paragraph with items: its listIntroduction, then the items."""
    exact = ours(container)
    intro = read_inline(el.find("{*}listIntroduction"), exact)
    para = make_paragraph(reading, kind, intro, container)
    para.subparagraphs = _items(el, reading, para, exact)
    return para


def _items(
    el: etree._Element, reading: Reading, para: Paragraph, exact: bool
) -> list[Subparagraph]:
    out: list[Subparagraph] = []
    for item in el.iterfind("{*}item"):
        inline = _many(item.iterfind("{*}p"), exact)
        _absorb(reading, para, inline)
        sub = Subparagraph(_label(item, exact), inline.text)
        for inner in item.iterfind("{*}blockList"):
            sub.subparagraphs.extend(_items(inner, reading, para, exact))
        out.append(sub)
    return out


def _container(el: etree._Element, reading: Reading) -> None:
    """A container in the operative part: a heading in words ("Reporting and Consultation");
    one that holds a table is not text."""
    if el.find("{*}table") is not None:
        return
    text = clean(" ".join(read_inline(p).text for p in el.iterfind("{*}p")))
    if text:
        reading.pending.append(text)


def _text_block(el: etree._Element, reading: Reading, sink: Sink) -> None:
    """An ``alinea`` (a presidential statement's opening) or a loose ``<p>``: a paragraph."""
    holder = el.find("{*}content")
    if holder is None and _only_heading(el):
        reading.pending.append(_heading_text(el))
        return
    inline = _many(holder.iterfind("{*}p")) if holder is not None else read_inline(el)
    if inline.text:
        _apply_headings(reading)
        sink.paragraphs.append(make_paragraph(reading, sink.kind, inline))
