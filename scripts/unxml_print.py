"""Print a UN AKN4UN resolution as the plain text a PDF or a word processor gives of it.

The evaluation of the text parser in every language (scripts/eval_unxml.py) prints each XML
version with this printer, parses the text and compares with the markup. The printer varies what
real documents vary, chosen per document from a seed (so that a run is repeatable):

- the line width (wrapped lines, Chinese wrapped by characters) or one paragraph per line;
- blank lines between paragraphs, or none;
- footnote markers after their word (glued or after a space; "(1)" in Arabic as the markup has
  it), the footnotes at the foot of each page under a rule;
- page breaks (a form feed or not) with the running head (symbol, title, page "2/9", the job
  number "23-23443") and, on the first page, the job number "23-23443 (E)" and the bar code
  "*2323443*";
- the cover page's lines as the first page prints them, in each language's own form (the
  coverPage markup gives the lines: "Distr.: General" and the English date in Arabic, Chinese
  and Russian, "Distr. générale" in French...), with the organ and symbol on one line or two.

The printer reads the XML itself (lxml), not mandata's reader: what it prints is the markup.
"""

from __future__ import annotations

import hashlib
import random
import re
import textwrap
from dataclasses import dataclass, field

from lxml import etree

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_SPACE = re.compile(r"[ \t\r\n]+")
_SKIP = frozenset({"img", "decoration", "meta"})


@dataclass(frozen=True)
class Style:
    """How one document is printed."""

    width: int  # characters a line holds; 0: a paragraph per line
    blank: bool  # a blank line between paragraphs
    page_lines: int
    marker_space: bool  # "Outcome, 1 sports" rather than "Outcome,1 sports"
    form_feed: bool  # page breaks as form feeds (PDF extraction) or not
    one_line_head: bool  # "United Nations   A/RES/78/10" on one line
    indent: str  # the first line of a paragraph
    sentinel: bool = False  # a footnote call as "\x00K\x00" (K: its index in the run's notes)

    def describe(self) -> str:
        width = "one paragraph a line" if not self.width else f"width {self.width}"
        blank = "blank lines" if self.blank else "no blank lines"
        return f"{width}, {blank}, {self.page_lines} lines a page"


def style_for(seed: str, code: str) -> Style:
    """The style of one document, chosen from its seed (its file name)."""
    rnd = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))
    wide = 40 if code == "zh" else 80
    width = rnd.choice([0, wide - 10, wide, wide + 10, wide + 25])
    return Style(
        width=width,
        blank=rnd.random() < 0.6,
        page_lines=rnd.choice([45, 50, 55, 60]),
        marker_space=rnd.random() < 0.5,
        form_feed=rnd.random() < 0.3,
        one_line_head=rnd.random() < 0.5,
        indent=rnd.choice(["", "", "    ", "\t"]),
    )


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- inline text: words and footnote calls -----------------------------------------------------


@dataclass
class Text:
    """A run of text with the footnotes it calls (marker, text)."""

    words: str
    notes: list[tuple[str, str]] = field(default_factory=list)


def inline(el: etree._Element | None, style: Style) -> Text:
    """The printed words of ``el``: a footnote's marker where its note stands."""
    out = Text("")
    if el is None:
        return out
    parts: list[str] = []
    _inline(el, parts, out, style)
    out.words = _clean("".join(parts))
    return out


def _inline(el: etree._Element, parts: list[str], out: Text, style: Style) -> None:
    parts.append(el.text or "")
    for child in el:
        name = _local(child)
        if name == "authorialNote":
            marker = child.get("marker", "")
            if style.sentinel:
                parts.append(f"\x00{len(out.notes)}\x00")
                out.notes.append((marker, _note_text(child, marker)))
                parts.append(child.tail or "")
                continue
            bracket = "".join(parts).rstrip().endswith("(")  # Arabic: "(1)" as the markup has it
            parts.append((" " if style.marker_space and not bracket else "") + marker)
            out.notes.append((marker, _note_text(child, marker)))
        elif name == "eol":
            parts.append(" ")
        elif name and name not in _SKIP:
            _inline(child, parts, out, style)
        parts.append(child.tail or "")


def _note_text(note: etree._Element, marker: str) -> str:
    text = _clean(" ".join("".join(p.itertext()) for p in note if _local(p)))
    if text.startswith("()"):  # Arabic: the number goes in the brackets
        return f"({marker}){text[2:]}"
    return f"{marker} {text}"


# --- blocks: what the document prints, in order ------------------------------------------------


@dataclass
class Block:
    """A paragraph, heading or masthead line; ``gap`` whether a blank line may precede it;
    ``cells``: a table row's cells (``text`` then holds them run together, as a text layer
    gives a row); ``note``: a table's note ("Abbreviations: ..."), set small under it."""

    text: Text
    gap: bool = True
    wrap: bool = True
    cells: tuple[Text, ...] = ()
    note: bool = False


def blocks(root: etree._Element, style: Style) -> list[Block]:
    """Everything the document prints after its cover page, in order."""
    main = next(el for el in root if _local(el))
    out: list[Block] = []
    _preface(main.find(f"{{{AKN}}}preface"), out, style)
    statements = [main] if _local(main) != "documentCollection" else _components(root)
    for statement in statements:
        if statement is not main:
            _preface(statement.find(f"{{{AKN}}}preface"), out, style)
        for part in statement:
            name = _local(part)
            if name in ("preamble", "mainBody", "conclusions"):
                _children(part, out, style)
            elif name == "attachments":
                for doc in part.iter(f"{{{AKN}}}doc"):
                    _children(doc, out, style)
    return out


def _components(root: etree._Element) -> list[etree._Element]:
    return [s for s in root.iter(f"{{{AKN}}}statement")]


def _preface(preface: etree._Element | None, out: list[Block], style: Style) -> None:
    """ "78/10. Title" (the number and title on one line, as printed); a part's letter."""
    if preface is None:
        return
    for p in preface.iterfind(f"{{{AKN}}}p"):
        text = inline(p, style)
        if text.words:
            out.append(Block(text))


def _children(el: etree._Element, out: list[Block], style: Style) -> None:
    for child in el:
        _element(child, out, style)


def _element(el: etree._Element, out: list[Block], style: Style) -> None:
    name = _local(el)
    if name in ("formula", "container", "crossHeading", "alinea", "p", "content", "intro"):
        if name in ("container", "content", "alinea") and _has_blocks(el):
            _children(el, out, style)
        else:
            _text_block(el, out, style)
    elif name == "paragraph":
        _paragraph(el, out, style)
    elif name in ("list", "sublist", "blockList", "section", "item", "point", "wrapUp", "doc"):
        _numbered(el, out, style)
    elif name in ("heading", "subheading", "num", "listIntroduction"):
        _text_block(el, out, style)
    elif name == "table":
        for row in el.iter(f"{{{AKN}}}tr"):
            cells = tuple(inline(c, style) for c in row if _local(c))
            words = "  ".join(c.words for c in cells if c.words)
            notes = [note for c in cells for note in c.notes]
            out.append(Block(Text(words, notes), wrap=False, cells=cells))
    elif name in ("mainBody", "preamble", "conclusions", "event", "blockContainer"):
        _children(el, out, style)


def _has_blocks(el: etree._Element) -> bool:
    return any(_local(c) in ("p", "table", "blockList", "list") for c in el) and not (
        (el.text or "").strip()
    )


def _text_block(el: etree._Element, out: list[Block], style: Style) -> None:
    if _local(el) == "p" and any(_local(c) == "eol" for c in el.iter()):
        for line in _lines(el, style):
            out.append(Block(line))
        return
    text = inline(el, style)
    if text.words:
        out.append(Block(text))


def _lines(el: etree._Element, style: Style) -> list[Text]:
    """A ``<p>`` cut at its ``eol``s (the conclusions' meeting and date)."""
    text = inline(el, style)
    marked: list[str] = []
    _eol_marks(el, marked)
    return [Text(_clean(line)) for line in "".join(marked).split("\n") if _clean(line)] or [text]


def _eol_marks(el: etree._Element, parts: list[str]) -> None:
    parts.append(el.text or "")
    for child in el:
        if _local(child) == "eol":
            parts.append("\n")
        elif _local(child) and _local(child) not in _SKIP:
            _eol_marks(child, parts)
        parts.append(child.tail or "")


def _paragraph(el: etree._Element, out: list[Block], style: Style) -> None:
    """ "1. Urges ...": the number, a space or tab, the text; its list's points after it."""
    num = el.find(f"{{{AKN}}}num")
    number = _clean("".join(num.itertext())) if num is not None else ""
    start = len(out)
    for child in el:
        if _local(child) != "num":
            _element(child, out, style)
    if number and len(out) > start:
        first = out[start]
        first.text = Text(f"{number}{rnd_gap(number)}{first.text.words}", first.text.notes)
    elif number:
        out.append(Block(Text(number)))
    if el.get("class") == "FootnoteText":  # the UN's style of a table's notes
        for block in out[start:]:
            block.note = True


def rnd_gap(number: str) -> str:
    return " " if len(number) > 3 else "\t"


def _numbered(el: etree._Element, out: list[Block], style: Style) -> None:
    """Points, items and sections: their number before their first text."""
    num = el.find(f"{{{AKN}}}num")
    number = _clean("".join(num.itertext())) if num is not None else ""
    start = len(out)
    for child in el:
        if _local(child) != "num":
            _element(child, out, style)
    if number and len(out) > start and _local(el) in ("point", "item"):
        first = out[start]
        first.text = Text(f"{number} {first.text.words}", first.text.notes)
    elif number:
        out.insert(start, Block(Text(number)))


# --- the cover page ----------------------------------------------------------------------------


def cover_lines(root: etree._Element, style: Style) -> list[str]:
    """The first page's masthead, line by line, as the coverPage gives it."""
    cover = root.find(f".//{{{AKN}}}coverPage")
    lines: list[str] = []
    for p in cover.iterfind(f"{{{AKN}}}p") if cover is not None else []:
        text = inline(p, style).words
        if text:
            lines.append(text)
    if style.one_line_head and len(lines) >= 2:
        lines[0:2] = [f"{lines[0]}   {lines[1]}"]
    return lines


def job_number(root: etree._Element) -> str:
    """ "23-23443 (E)" as the markup gives it ("" when it does not)."""
    found = root.find(f".//{{{AKN}}}docketNumber")
    return _clean("".join(found.itertext())) if found is not None else ""


# --- the page ----------------------------------------------------------------------------------


@dataclass
class _Pager:
    style: Style
    code: str
    symbol: str
    title: str
    job: str
    pages: list[list[str]] = field(default_factory=lambda: [[]])
    notes: list[list[str]] = field(default_factory=lambda: [[]])

    def add(self, lines: list[str], notes: list[str]) -> None:
        room = self.style.page_lines - len(self.pages[-1]) - len(self.notes[-1])
        if len(lines) + len(notes) > room and self.pages[-1]:
            self.pages.append([])
            self.notes.append([])
        self.pages[-1].extend(lines)
        self.notes[-1].extend(notes)

    def text(self) -> str:
        total = len(self.pages)
        out: list[str] = []
        for k, (body, notes) in enumerate(zip(self.pages, self.notes, strict=True), 1):
            if k > 1:
                out.append("\f" if self.style.form_feed else "")
                out.extend(self._head(k, total))
            out.extend(body)
            if notes:
                out.extend(["", "__________________", *notes])
            if k == 1 and self.job:
                out.extend(["", f"{self.job}   {_stamp(self.job)}", f"*{_digits(self.job)}*"])
        return "\n".join(out) + "\n"

    def _head(self, page: int, total: int) -> list[str]:
        job = self.job.split(" (")[0]
        folio = f"{page}/{total}"
        if page % 2 == 0:
            return [self.symbol, self.title[:70], "", job, folio, ""]
        return [self.title[:70], self.symbol, "", folio, job, ""]


def _digits(job: str) -> str:
    return re.sub(r"\D", "", job.split(" (")[0])


def _stamp(job: str) -> str:
    return "011223" if job else ""


def wrap(text: str, style: Style, code: str, indent: str = "") -> list[str]:
    """The lines of a paragraph at the style's width (Chinese: by characters)."""
    text = indent + text
    if not style.width or len(text) <= style.width:
        return [text]
    if code == "zh":
        return _wrap_characters(text, style.width)
    return textwrap.wrap(text, style.width, break_long_words=False, break_on_hyphens=False)


def _wrap_characters(text: str, width: int) -> list[str]:
    """Chinese lines of ``width`` characters, cut between any two characters but not inside a
    run of Latin letters and digits ("2030", a footnote call "11", "A/78/L.5"), which a
    typesetter keeps whole on one line."""
    lines, start = [], 0
    while len(text) - start > width:
        cut = start + width
        while cut > start and _latin(text[cut - 1]) and _latin(text[cut]):
            cut -= 1
        cut = cut if cut > start else start + width  # a run longer than the line
        lines.append(text[start:cut])
        start = cut
    return [*lines, text[start:]]


def _latin(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "/.-")


def print_document(root: etree._Element, code: str, style: Style) -> str:
    """The whole document as plain text, in ``style``."""
    symbol = _clean("".join(root.find(f".//{{{AKN}}}docNumber").itertext()))
    title_el = root.find(f".//{{{AKN}}}preface//{{{AKN}}}docTitle")
    title = _clean("".join(title_el.itertext())) if title_el is not None else symbol
    pager = _Pager(style, code, symbol, title, job_number(root))
    head = cover_lines(root, style)
    lines = [wrap(text, style, code) + [""] * style.blank for text in head]
    pager.add([line for group in lines for line in group], [])
    for block in blocks(root, style):
        indent = style.indent if block.wrap else ""
        lines = wrap(block.text.words, style, code, indent) if block.wrap else [block.text.words]
        if style.blank:
            lines.append("")
        notes = [line for _, note in block.text.notes for line in wrap(note, style, code)]
        pager.add(lines, notes)
    return pager.text()
