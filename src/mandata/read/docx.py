"""Read the text of a Word (DOCX) document, with its automatic numbering rendered.

python-docx opens the package; the text is then taken from the WordprocessingML itself because
python-docx drops what matters for UN documents: list numbers (operative paragraphs "1.", "2.",
sub-paragraphs "(a)", "(b)" are usually Word numbering, not text), tables in body order, footnotes
and explicit page breaks. Paragraphs are separated by a blank line, table rows are one line each
with cells joined by " | ", footnotes follow a "__________________" line as "<n> <text>".
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from mandata.errors import TooLarge, UnreadableDocument

__all__ = ["read_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FOOTNOTE_RULE = "__________________"
# What a DOCX may expand to, relative to the byte limit, checked before python-docx parses it,
# so that a small file cannot cost what no file under the limit could (a 611 kB DOCX held 200 MB
# of one-letter paragraphs: 156 s and 5.4 GB): all its parts unpacked (images included) 20 times
# the limit; its XML 4 times (a DOCX's XML is several times its text); one paragraph per 32
# bytes of the limit (1.6 million at 50 MiB; real paragraphs take hundreds of bytes of XML); and
# a list label, which Word renders from a counter (a list starting at 5,200,000 gives
# 200,000-letter labels), at most _MAX_LABEL characters.
_UNZIP_FACTOR = 20
_XML_FACTOR = 4
_BYTES_PER_PARAGRAPH = 32
_MAX_LABEL = 64
_PARAGRAPH_TAG = re.compile(rb"<(?:[^\s<>/:!?]{1,32}:)?p[\s/>]")  # w:p, or another prefix
_LONGEST_TAG = 64  # more than a _PARAGRAPH_TAG match can take


class _TooMuch(Exception):
    """The document expands beyond a bound; the message says which (the file is added)."""


def _w(tag: str) -> str:
    """The Clark name ``{namespace}tag`` of a WordprocessingML element or attribute."""
    return f"{{{_W}}}{tag}"


def _val(el: etree._Element | None, attr: str = "val") -> str | None:
    """The ``w:val`` (or other ``w:``) attribute of an element, ``None`` if absent."""
    return None if el is None else el.get(_w(attr))


def _int(value: str | None, default: int) -> int:
    """``value`` as an int, or ``default`` when absent or malformed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# ---------------------------------------------------------------------------------------------
# Number formats
# ---------------------------------------------------------------------------------------------

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_ALPHABETS = {
    "lowerLetter": "abcdefghijklmnopqrstuvwxyz",
    "upperLetter": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "russianLower": "абвгдежзиклмнопрстуфхцчшщэюя",
    "russianUpper": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
    "arabicAlpha": "أبتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "arabicAbjad": "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
}
_CHINESE_DIGITS = "〇一二三四五六七八九"


def _roman(n: int) -> str:
    """Lower-case Roman numeral of ``n`` (1 -> i, 14 -> xiv)."""
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..zzz."""
    size = len(alphabet)
    repeat = (n - 1) // size + 1
    if repeat > _MAX_LABEL:
        raise _TooMuch(f"a list label of {repeat} letters (a list numbered {n}), over {_MAX_LABEL}")
    return alphabet[(n - 1) % size] * repeat


def _chinese(n: int) -> str:
    """Chinese counting numerals for 1..99 (一, 十, 十一, 二十一); digits beyond."""
    if not 0 < n < 100:
        return "".join(_CHINESE_DIGITS[int(d)] for d in str(n))
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CHINESE_DIGITS[tens] + "十")
    return head + (_CHINESE_DIGITS[units] if units else "")


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt`` (``w:numFmt``); decimal if unknown."""
    if n < 1 and fmt != "decimal":
        return str(n)
    if fmt in _ALPHABETS:
        return _letters(n, _ALPHABETS[fmt])
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n) if n < 4000 else str(n)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified"):
        return _chinese(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# ---------------------------------------------------------------------------------------------
# Numbering definitions and counters
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str  # "tab", "space" or "nothing"
    style: str | None  # w:pStyle linking a paragraph style to this level
    legal: bool  # w:isLgl: every level shown as decimal


def _parse_level(lvl: etree._Element) -> _Level:
    """One ``w:lvl`` of a list definition."""
    return _Level(
        start=_int(_val(lvl.find(_w("start"))), 0),
        fmt=_val(lvl.find(_w("numFmt"))) or "decimal",
        text=_val(lvl.find(_w("lvlText"))) or "",
        suffix=_val(lvl.find(_w("suff"))) or "tab",
        style=_val(lvl.find(_w("pStyle"))),
        legal=lvl.find(_w("isLgl")) is not None,
    )


def _levels(parent: etree._Element) -> dict[int, _Level]:
    """The levels of a ``w:abstractNum`` by ``w:ilvl``."""
    return {_int(lvl.get(_w("ilvl")), 0): _parse_level(lvl) for lvl in parent.iter(_w("lvl"))}


@dataclass
class _Styles:
    """Paragraph styles: their base style and the numbering (numId, ilvl) they carry."""

    based_on: dict[str, str] = field(default_factory=dict)
    num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: etree._Element | None) -> _Styles:
        """Read styles.xml (``None``: the document has no styles part)."""
        styles = cls()
        if root is None:
            return styles
        for style in root.iter(_w("style")):
            sid = style.get(_w("styleId"))
            if sid is None:
                continue
            base = _val(style.find(_w("basedOn")))
            if base:
                styles.based_on[sid] = base
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if num_pr is not None:
                ilvl = _val(num_pr.find(_w("ilvl")))
                styles.num[sid] = (_val(num_pr.find(_w("numId"))), _int(ilvl, 0) if ilvl else None)
        return styles

    def numbering(self, style: str | None) -> tuple[str | None, int | None]:
        """The (numId, ilvl) a style gives its paragraphs, following ``w:basedOn``."""
        seen: set[str] = set()
        while style is not None and style not in seen:
            seen.add(style)
            if style in self.num:
                return self.num[style]
            style = self.based_on.get(style)
        return None, None


def _abstract_id(
    num: etree._Element,
    abstract: dict[str | None, etree._Element],
    nums: dict[str | None, etree._Element],
    styles: _Styles,
) -> str:
    """The abstractNumId holding a ``w:num``'s levels.

    An abstract definition with ``w:numStyleLink`` only points at a numbering style; the levels
    live with the list that style's own ``w:numPr`` refers to.
    """
    aid = _val(num.find(_w("abstractNumId"))) or ""
    definition = abstract.get(aid)
    link = _val(definition.find(_w("numStyleLink"))) if definition is not None else None
    linked = nums.get(styles.numbering(link)[0]) if link is not None else None
    if linked is not None:
        aid = _val(linked.find(_w("abstractNumId"))) or aid
    return aid


@dataclass
class _Numbering:
    """numbering.xml resolved: each numId's levels, plus the running counters.

    Counters belong to the abstract definition, as in Word: two ``w:num`` sharing an
    ``w:abstractNum`` continue one list, unless a ``w:lvlOverride/w:startOverride`` restarts it.
    """

    abstract_of: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # by numId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # by abstractNumId
    started: set[str] = field(default_factory=set)  # numIds whose overrides were applied

    @classmethod
    def parse(cls, root: etree._Element | None, styles: _Styles) -> _Numbering:
        """Read numbering.xml (``None``: the document has no lists)."""
        numbering = cls()
        if root is None:
            return numbering
        abstract = {a.get(_w("abstractNumId")): a for a in root.iter(_w("abstractNum"))}
        nums = {n.get(_w("numId")): n for n in root.iter(_w("num"))}
        for num_id, num in nums.items():
            if num_id is None:
                continue
            aid = _abstract_id(num, abstract, nums, styles)
            definition = abstract.get(aid)
            levels = _levels(definition) if definition is not None else {}
            starts: dict[int, int] = {}
            for over in num.iter(_w("lvlOverride")):
                ilvl = _int(over.get(_w("ilvl")), 0)
                start = over.find(_w("startOverride"))
                if start is not None:
                    starts[ilvl] = _int(_val(start), 1)
                lvl = over.find(_w("lvl"))
                if lvl is not None:
                    levels = {**levels, ilvl: _parse_level(lvl)}
            numbering.abstract_of[num_id] = aid
            numbering.levels[num_id] = levels
            numbering.overrides[num_id] = starts
        return numbering

    def level_for_style(self, num_id: str, style: str | None) -> int:
        """The level whose ``w:pStyle`` names the paragraph's style, else 0."""
        for ilvl, level in self.levels.get(num_id, {}).items():
            if style is not None and level.style == style:
                return ilvl
        return 0

    def next_label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (numId, ilvl), reset deeper levels, and render the label."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(self.abstract_of[num_id], {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl in self.overrides[num_id]:
                counters.pop(lvl, None)
        start = self.overrides[num_id].get(ilvl, levels[ilvl].start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return self._render(num_id, ilvl, counters)

    def _render(self, num_id: str, ilvl: int, counters: dict[int, int]) -> str:
        """The label text: ``w:lvlText`` with each ``%n`` replaced by level n's counter."""
        levels = self.levels[num_id]
        level = levels[ilvl]
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            mark = level.text
            return mark if mark and not any(0xE000 <= ord(c) <= 0xF8FF for c in mark) else "•"

        def one(match: re.Match[str]) -> str:
            """Render one ``%n`` placeholder."""
            k = int(match.group(1)) - 1
            other = levels.get(k)
            if other is None:
                return ""
            n = counters.get(k, self.overrides[num_id].get(k, other.start))
            return format_number(n, "decimal" if level.legal else other.fmt)

        label = re.sub(r"%([1-9])", one, level.text)
        if len(label) > _MAX_LABEL:
            raise _TooMuch(f"a list label of {len(label)} characters, over {_MAX_LABEL}")
        return label


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------

_SKIP = frozenset(
    {
        _w("pPr"),
        _w("rPr"),
        _w("del"),
        _w("moveFrom"),
        _w("delText"),
        _w("instrText"),
        f"{{{_MC}}}Fallback",
    }
)
_FALSE = ("0", "false", "off")


@dataclass
class _Reader:
    """Walks a document body in order, rendering numbering and collecting footnote references."""

    styles: _Styles
    numbering: _Numbering
    footnote_refs: list[str] = field(default_factory=list)

    def blocks(self, container: etree._Element) -> Iterator[str]:
        """The text of each paragraph and table directly in ``container``, in order."""
        for child in container:
            if child.tag == _w("p"):
                yield self.paragraph(child)
            elif child.tag == _w("tbl"):
                yield self.table(child)
            elif child.tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
                yield from self.blocks(child)

    def paragraph(self, p: etree._Element) -> str:
        """A paragraph's text, prefixed by its list label ("1.", "(a)") when Word numbers it."""
        ppr = p.find(_w("pPr"))
        style = _val(ppr.find(_w("pStyle"))) if ppr is not None else None
        text = "".join(self.inline(p)).strip(" \t\n")
        label, suffix = self.label(ppr, style)
        if label:
            text = f"{label}{'' if suffix == 'nothing' else ' '}{text}".rstrip(" ")
        page_break = ppr.find(_w("pageBreakBefore")) if ppr is not None else None
        if page_break is not None and _val(page_break) not in _FALSE:
            text = "\f" + text
        return text

    def label(self, ppr: etree._Element | None, style: str | None) -> tuple[str, str]:
        """The rendered list label of a paragraph and its suffix kind, or ``("", "")``."""
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id, ilvl = self.styles.numbering(style)
        if num_pr is not None:
            num_id = _val(num_pr.find(_w("numId"))) or num_id
            own = _val(num_pr.find(_w("ilvl")))
            ilvl = _int(own, 0) if own is not None else ilvl
        if num_id is None or num_id == "0" or num_id not in self.numbering.levels:
            return "", ""
        if ilvl is None:
            ilvl = self.numbering.level_for_style(num_id, style)
        label = self.numbering.next_label(num_id, ilvl)
        level = self.numbering.levels[num_id].get(ilvl)
        return label, level.suffix if level is not None else ""

    def inline(self, el: etree._Element) -> Iterator[str]:
        """The characters inside a paragraph: text, tabs, breaks; deleted text left out."""
        for child in el:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == _w("t"):
                yield child.text or ""
            elif tag == _w("tab"):
                yield "\t"
            elif tag == _w("br"):
                kind = child.get(_w("type"))
                yield "\f" if kind == "page" else "" if kind == "column" else "\n"
            elif tag == _w("cr"):
                yield "\n"
            elif tag == _w("noBreakHyphen"):
                yield "-"
            elif tag == _w("footnoteReference"):
                self.footnote_refs.append(child.get(_w("id")) or "")
            elif tag == _w("p"):  # a paragraph in a text box
                yield " "
                yield from self.inline(child)
                yield " "
            else:
                yield from self.inline(child)

    def table(self, tbl: etree._Element) -> str:
        """One line per row, cells joined by " | "; empty rows left out."""
        lines = []
        for row in _children(tbl, "tr"):
            cells = [self.cell(tc) for tc in _children(row, "tc")]
            if any(cells):
                lines.append(" | ".join(cells))
        return "\n".join(lines)

    def cell(self, tc: etree._Element) -> str:
        """A table cell's paragraphs (and nested tables) on one line."""
        return " ".join(" ".join(b.split()) for b in self.blocks(tc) if b.strip())


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking through content controls (``w:sdt``) around rows/cells."""
    for child in el:
        if child.tag == _w(tag):
            yield child
        elif child.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
            yield from _children(child, tag)


def _footnotes(root: etree._Element | None, reader: _Reader) -> list[str]:
    """Footnote lines "<n> <text>", numbered in the order the body refers to them."""
    if root is None:
        return []
    notes = {
        fn.get(_w("id")): fn
        for fn in root.iter(_w("footnote"))
        if fn.get(_w("type")) in (None, "normal")
    }
    lines: list[str] = []
    seen: set[str] = set()
    for ref in list(reader.footnote_refs):
        note = notes.get(ref)
        if note is None or ref in seen:
            continue
        seen.add(ref)
        text = " ".join(" ".join(b.split()) for b in reader.blocks(note) if b.strip())
        lines.append(f"{len(lines) + 1} {text}".rstrip())
    return lines


# ---------------------------------------------------------------------------------------------
# Package
# ---------------------------------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def _check_zip(data: bytes, label: str, max_bytes: int) -> None:
    """Refuse archives that are not ZIP files or that would unpack to far more than the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raise UnreadableDocument(f"{label}: damaged DOCX (not a valid ZIP archive)") from err
    size = sum(info.file_size for info in parts)  # zipfile holds each part to its stated size
    if size > _UNZIP_FACTOR * max_bytes:
        raise TooLarge(f"{label}: DOCX unpacks to {size} bytes, over {_UNZIP_FACTOR}x the limit")
    xml_parts = [info for info in parts if info.filename.lower().endswith(".xml")]
    xml = sum(info.file_size for info in xml_parts)
    if xml > _XML_FACTOR * max_bytes:
        raise TooLarge(
            f"{label}: DOCX unpacks to {xml} bytes of XML, over {_XML_FACTOR}x the limit of "
            f"{max_bytes} bytes{_RAISE_IT}"
        )
    most = max_bytes // _BYTES_PER_PARAGRAPH
    try:
        count = _paragraphs(data, xml_parts, most)
    except _DAMAGED_ZIP as err:
        raise UnreadableDocument(f"{label}: damaged DOCX ({type(err).__name__}: {err})") from err
    if count > most:
        raise TooLarge(
            f"{label}: DOCX holds over {most} paragraphs, one per {_BYTES_PER_PARAGRAPH} bytes "
            f"of the limit of {max_bytes} bytes{_RAISE_IT}"
        )


_RAISE_IT = " (set MANDATA_MAX_BYTES to raise it)"
# What zipfile raises on a damaged member: bad headers, a bad CRC, damaged deflate data, an
# encrypted or unsupported member.
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)


def _paragraphs(data: bytes, xml_parts: list[zipfile.ZipInfo], most: int) -> int:
    """How many paragraph elements the XML parts hold, read in chunks without parsing; the
    count stops past ``most``."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in xml_parts:
            with archive.open(info) as part:
                tail = b""
                while count <= most and (chunk := part.read(1 << 20)):
                    text = tail + chunk
                    cut = text.rfind(b"<")  # a tag there may go on in the next chunk
                    if cut < 0 or len(text) - cut > _LONGEST_TAG:
                        cut = len(text)
                    count += len(_PARAGRAPH_TAG.findall(text, 0, cut))
                    tail = text[cut:]
                count += len(_PARAGRAPH_TAG.findall(tail))
    return count


def _parts(document: object) -> dict[str, etree._Element]:
    """The styles, numbering and footnotes parts of the main document, parsed."""
    wanted = {RT.STYLES: "styles", RT.NUMBERING: "numbering", RT.FOOTNOTES: "footnotes"}
    parts: dict[str, etree._Element] = {}
    for rel in document.part.rels.values():  # type: ignore[attr-defined]
        if not rel.is_external and rel.reltype in wanted:
            parts[wanted[rel.reltype]] = etree.fromstring(rel.target_part.blob, _PARSER)
    return parts


def read_docx(data: bytes, label: str, max_bytes: int) -> str:
    """Return the text of a DOCX document (see the module docstring for the layout).

    Raises :class:`UnreadableDocument` when the package or its XML is damaged, :class:`TooLarge`
    when it would expand beyond the bounds above (relative to ``max_bytes``).
    """
    _check_zip(data, label, max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        parts = _parts(document)
        styles = _Styles.parse(parts.get("styles"))
        reader = _Reader(styles, _Numbering.parse(parts.get("numbering"), styles))
        body = [b for b in reader.blocks(document.element.body) if b.strip(" \t\n")]
        notes = _footnotes(parts.get("footnotes"), reader)
    except _TooMuch as err:
        raise TooLarge(f"{label}: DOCX refused: {err}") from err
    except Exception as err:  # python-docx, zipfile and lxml raise many kinds
        first = str(err).splitlines()[0] if str(err) else ""
        raise UnreadableDocument(
            f"{label}: damaged DOCX ({type(err).__name__}{': ' + first if first else ''})"
        ) from err
    text = "\n\n".join(body)
    if notes:
        text += f"\n\n{_FOOTNOTE_RULE}\n" + "\n".join(notes)
    text = re.sub(r"[ \t\n]*\f[ \t\n]*", "\n\n\f", text)
    return text.strip(" \t\n")
