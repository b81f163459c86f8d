"""Read the text of an HTML page (UN documents on un.org, older resolutions, AKN4UN pages).

The page is decoded (BOM, then ``<meta charset>``, then the text detector), parsed with lxml's
forgiving HTML parser (whole or not at all: a page nested deeper than libxml2 goes is read again
without its inline formatting tags, else refused, never cut short), and flattened: scripts, styles and the head are dropped; paragraphs,
headings, lists and tables become blank-line separated blocks, ``<br>``, ``<div>``, ``<li>`` and
table rows single lines (cells joined by " | "), runs of HTML whitespace one space.
"""

from __future__ import annotations

import codecs
import re
from typing import cast

import lxml.html
from lxml import etree

from mandata.errors import UnreadableDocument
from mandata.read.text import decode_text, normalize_newlines

__all__ = ["read_html"]

_DROP = ("script", "style", "head", "noscript", "template", "title", "object", "iframe", "svg")
_PARAGRAPH = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "table",
        "ul",
        "ol",
        "dl",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "figure",
        "hr",
        "address",
    }
)
_LINE = frozenset(
    {
        "div",
        "li",
        "tr",
        "br",
        "dt",
        "dd",
        "caption",
        "figcaption",
        "center",
        "form",
        "fieldset",
        "legend",
    }
)
_CELL = frozenset({"td", "th"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# Inline formatting: no line or paragraph break comes from these, so a page read without them
# gives the same text; legacy pages open them without closing them, one level deeper each time.
_INLINE_TAG = re.compile(
    r"</?(?:font|b|i|u|s|strike|span|a|em|strong|small|big|tt|sub|sup|nobr|blink|mark|ins|del"
    r"|abbr|acronym|cite|code|dfn|kbd|q|samp|var)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# What browsers do with the labels declared by old pages (WHATWG Encoding): GB2312 and GBK are
# read as their superset GB18030, ISO-8859-1 and ASCII as Windows-1252.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-6": "cp1256",
}
_MARK = {1: "\n", 2: "\n\n"}


def _declared(data: bytes) -> str | None:
    """The Python codec named by a ``<meta charset>`` in the first 4 KB, if it is known."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _ALIASES.get(name, name)


def decode_html(data: bytes, label: str) -> tuple[str, str]:
    """Decode an HTML page: a BOM wins, then a declared charset that decodes, then detection."""
    declared = _declared(data)
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if declared is not None and not has_bom and not declared.startswith("utf-16"):
        try:
            text = data.decode("utf-8-sig" if declared == "utf-8" else declared)
            return normalize_newlines(text), declared
        except UnicodeDecodeError:
            pass  # the declaration lies; fall back to detection
    return decode_text(data, label)


def _parse(text: str, label: str) -> lxml.html.HtmlElement:
    """Parse decoded HTML, all of it or not at all: a page nested too deeply for libxml2 (legacy
    pages that never close ``<font>``) is parsed again without its inline formatting tags, which
    carry no structure; if even that is too deep, it is refused rather than cut short."""
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    root, stopped = _parse_whole(text, label)
    if stopped:
        root, stopped = _parse_whole(_INLINE_TAG.sub("", text), label)
    if stopped:
        raise UnreadableDocument(
            f"{label}: HTML nested too deeply to be read whole (libxml2 stopped: {stopped}); "
            "refused rather than cut short"
        )
    doomed = [
        el for el in root.iter() if not isinstance(el.tag, str) or el.tag.lower() in _DROP
    ]  # comments and processing instructions have a function as tag
    for el in doomed:
        cast(lxml.html.HtmlElement, el).drop_tree()  # keeps the tail text
    return root


def _parse_whole(text: str, label: str) -> tuple[lxml.html.HtmlElement, str | None]:
    """The parsed page, and the reason libxml2 stopped before its end (its depth limit), if it
    did. lxml refuses str input that carries an XML encoding declaration (removed before)."""
    parser = lxml.html.HTMLParser(huge_tree=True)  # text nodes over 10 MB, depth up to 2048
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise UnreadableDocument(f"{label}: HTML without content ({err})") from err
    fatal = [e for e in parser.error_log if e.level == etree.ErrorLevels.FATAL]
    return root, fatal[0].message.split(", use ")[0].strip() if fatal else None


def _flatten(root: lxml.html.HtmlElement) -> list[str | int]:
    """Text pieces and break marks (1 = line, 2 = paragraph) in document order."""
    out: list[str | int] = []
    pre = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        brk = 2 if tag in _PARAGRAPH else 1 if tag in _LINE else 0
        if event == "start":
            if brk:
                out.append(brk)
            if tag in _CELL and el.getprevious() is not None:
                out.append(" | ")
            pre += tag == "pre"
            if el.text:
                out.append(el.text if pre else _HTML_SPACE.sub(" ", el.text))
        else:
            pre -= tag == "pre"
            if brk:
                out.append(brk)
            if el.tail:
                out.append(el.tail if pre else _HTML_SPACE.sub(" ", el.tail))
    return out


def _join(pieces: list[str | int]) -> str:
    """Join text pieces, turning runs of break marks into one line or paragraph break."""
    parts: list[str] = []
    pending = 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        if pending and parts:
            parts.append(_MARK[pending])
        pending = 0
        parts.append(piece)
    text = "".join(parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def read_html(data: bytes, label: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` of an HTML document."""
    source, encoding = decode_html(data, label)
    return _join(_flatten(_parse(source, label))), encoding
