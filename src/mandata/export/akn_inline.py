"""Inline content of Akoma Ntoso text, as both the UN's AKN4UN files and mandata's export mark it.

A ``<p>`` (or a ``listIntroduction``, a ``crossHeading``...) gives: its words as printed (with
runs of spaces, tabs and line ends made one space), the leading phrase
the markup sets in italics (in bold, or bold italics, in Arabic and Chinese; mandata's own
``inline name="actionPhrase"``), the footnotes (``authorialNote``) it calls, and the links it
holds (``a`` and ``ref`` with an ``href``), each marked as found in the text or in a footnote.
Outside mandata's own export read back, the characters are folded as the text path folds its
lines (:func:`~mandata.normalize.fold.fold_characters`: no Arabic short vowels, ASCII digits,
plain spaces and hyphens), so that the analysis reads both alike.
The Arabic versions print a footnote call as "(1)" with the brackets in ``<sup>`` around the note:
those brackets are not words of the text. A footnote called a second time is a ``<sup>`` with its
marker alone ("12 août 1949<sup>2</sup>", where note 2 was given before): where the document has
a note of that marker, the number is a call, not a word of the text (else "19492").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from mandata.model import Footnote
from mandata.normalize.fold import fold_characters

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MANDATA_NS = "urn:mandata:akn:1"
_ACTION = "#action_"
PHRASE_NAME = "actionPhrase"
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\ufeff]")  # direction marks, BOM
_EMPTY_CALL = re.compile(r"^\(\s*\)\s*")  # Arabic notes open with the "()" of their number
_PHRASE_END = " ,،，:;؛"
_NUMBER_FIRST = re.compile(r"^\s*(?P<num>\d{1,3})\s*(?:[.．]|[-–—])\s*$")
_AFTER = 30
_SKIPPED = frozenset({"img", "decoration"})


@dataclass(frozen=True)
class Link:
    """A link in the text: its target, its words, where it stands ("text" or "footnote") and
    the words right after it ("45/55</a> B": the part the link leaves out)."""

    href: str
    text: str
    found_in: str
    after: str = ""


@dataclass
class Inline:
    """What a block of inline text holds; ``number`` is a paragraph number printed in the text
    before the phrase (markup that has no ``<num>`` for it: "1 -\tتشير")."""

    text: str
    phrase: str | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    number: str | None = None
    action: str | None = None
    modifier: str | None = None


def local(el: etree._Element) -> str:
    """The local name of an element ("" for comments and processing instructions)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def raw_words(el: etree._Element) -> str:
    """Every text node under ``el``, as is."""
    return "".join(str(t) for t in el.itertext())


def words(el: etree._Element | None) -> str:
    """The words under ``el`` (notes included), cleaned; "" for None."""
    return clean(raw_words(el)) if el is not None else ""


def clean(text: str) -> str:
    """Runs of spaces, tabs and line ends as one space, no space at either end; direction marks
    dropped. (String methods, not a regular expression: the reader's hot path.)"""
    if _MARKS.search(text):
        text = _MARKS.sub("", text)
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()


def read_inline(el: etree._Element | None, exact: bool = False) -> Inline:
    """The text, leading phrase, footnotes and links of ``el`` (an empty Inline for None).
    ``exact``: text mandata wrote itself, read back as it is (no spaces made one, no number
    taken out of it), the phrase's action and manner words from its markup."""
    if el is None:
        return Inline("")
    parts: list[str] = []
    out = Inline("")
    _walk(el, parts, out, "text", exact)
    if exact:
        out.text = "".join(parts)
        out.phrase, out.action, out.modifier = marked_phrase(el)
        return out
    number = _NUMBER_FIRST.match(el.text or "") if len(el) else None
    if number:
        out.number = number["num"]
        parts[0] = parts[0][number.end() :]
    out.text = clean(fold_characters("".join(parts)))
    out.phrase = leading_phrase(el)
    return out


def marked_phrase(el: etree._Element) -> tuple[str | None, str | None, str | None]:
    """The phrase mandata marked at the start of ``el`` as written, with the action its
    ``refersTo`` names ("#action_recall") and its ``mandata:modifier``."""
    first = el[0] if len(el) and not el.text else None
    if first is None or not _emphasis(first):
        return None, None, None
    ref = first.get("refersTo", "")
    action = ref[len(_ACTION) :] if ref.startswith(_ACTION) else None
    return raw_words(first), action, first.get(f"{{{MANDATA_NS}}}modifier")


def read_notes(el: etree._Element) -> Inline:
    """The footnotes anywhere under ``el`` (a preface, say) and their links."""
    out = Inline("")
    for note in el.iter(f"{{{AKN_NS}}}authorialNote"):
        if not any(local(up) == "authorialNote" for up in note.iterancestors()):
            _note(note, out)
    return out


def _walk(
    el: etree._Element, parts: list[str], out: Inline, where: str, exact: bool = False
) -> None:
    """Collect the words of ``el`` into ``parts``; notes and links into ``out``."""
    parts.append(el.text or "")
    for child in el:
        name = local(child)
        if name == "authorialNote":
            _note(child, out, exact)
        elif name == "sup" and (_call_bracket(child) or _repeated_call(child)):
            pass
        elif name in ("eol", "eop"):
            parts.append(" ")
        elif name and name not in _SKIPPED:
            href = child.get("href") if name in ("a", "ref") else None
            if href:
                after = (child.tail or "")[:_AFTER]
                out.links.append(Link(href, words(child), where, after))
            _walk(child, parts, out, where, exact)
        parts.append(child.tail or "")


def _note(el: etree._Element, out: Inline, exact: bool = False) -> None:
    """A footnote: its marker and text; its links are found in a footnote."""
    parts: list[str] = []
    inner = Inline("")
    for child in el:
        if local(child):
            _walk(child, parts, inner, "footnote", exact)
            parts.append("" if exact else " ")
    text = "".join(parts) if exact else _EMPTY_CALL.sub("", clean(fold_characters("".join(parts))))
    out.footnotes.append(Footnote(el.get("marker", ""), text))
    out.footnotes.extend(inner.footnotes)
    out.links.extend(Link(x.href, x.text, "footnote", x.after) for x in inner.links)


def _call_bracket(el: etree._Element) -> bool:
    """A ``<sup>`` that is only a bracket of an Arabic footnote call "(1)"."""
    return len(el) == 0 and (el.text or "").strip() in ("(", ")")


def _repeated_call(el: etree._Element) -> bool:
    """A ``<sup>`` that holds only the marker of a footnote of the document: a second call of
    that note ("du 12 août 1949<sup>2</sup>, continuent", note 2 given earlier)."""
    marker = (el.text or "").strip()
    return (
        len(el) == 0
        and marker.isdigit()
        and len(marker) <= 3
        and marker in _markers(el.getroottree().getroot())
    )


@lru_cache(maxsize=4)
def _markers(root: etree._Element) -> frozenset[str]:
    """The markers of every footnote (``authorialNote``) of the document ``root``."""
    return frozenset(n.get("marker", "").strip() for n in root.iter(f"{{{AKN_NS}}}authorialNote"))


def leading_phrase(el: etree._Element) -> str | None:
    """The phrase that opens ``el``: the italic or bold spans (or mandata's actionPhrase) that
    come before any other word (but a paragraph number), without the punctuation after them."""
    if clean(el.text or "") and not _NUMBER_FIRST.match(el.text or ""):
        return None
    pieces: list[str] = []
    for child in el:
        if not _emphasis(child):
            break
        pieces.append(raw_words(child))
        tail = child.tail or ""
        if clean(tail):
            break
        pieces.append(tail)
    phrase = " ".join(clean(fold_characters("".join(pieces))).split()).rstrip(_PHRASE_END)
    return phrase or None


def _emphasis(el: etree._Element) -> bool:
    name = local(el)
    if name == "inline":
        return el.get("name") == PHRASE_NAME
    classes = (el.get("class") or "").split()
    return name == "span" and ("italic" in classes or "bold" in classes)
