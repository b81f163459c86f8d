"""The masthead: symbol, distribution, dates, languages, session, agenda items, title.

UN documents open with a block of short lines before the text proper. Arabic, Chinese and other
versions often keep parts of it in English (the seed's "Distr.: General / 11 August 2009 / Arabic /
Original: Russian"), so every pattern is tried in the document's language and in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from mandata import lang
from mandata.analyze.dates import parse_date
from mandata.segment.blocks import NUMBERED, Block
from mandata.segment.phrases import leading_phrase
from mandata.symbols import SYMBOL, find_symbols

RESOLUTION_NUMBER = re.compile(
    r"^(?P<num>(?:(?:S-|ES-)?\d{1,3}\s*/\s*\d{1,3}|\d{1,4}\s*\([IVXL]+\))(?:\s?[A-H](?![\w.]))?)"
    r"\s*[.．。]?\s+(?P<title>\S.*)?$"
)
_LONG_HEAD = 300


@dataclass
class Masthead:
    """What the head of a document says; ``end`` is the index of the first body block."""

    symbol: str | None = None
    distribution: str | None = None
    date: str | None = None
    original_language: str | None = None
    session: int | None = None
    agenda_items: list[str] = field(default_factory=list)
    title: str | None = None
    adopted: str | None = None
    adopted_by: str | None = None
    drafts: list[str] = field(default_factory=list)
    resolution_number: str | None = None
    draft: bool = False
    request_item: bool = False
    end: int = 0


def codes(code: str | None) -> tuple[str, ...]:
    """The languages to try a pattern in: the document's, then English."""
    return tuple(dict.fromkeys([c for c in (code, "en") if c]))


def search(name: str, text: str, code: str | None) -> re.Match[str] | None:
    """Match masthead pattern ``name`` in the document's language or English."""
    for c in codes(code):
        found = lang.get(c).pattern(name).search(text)
        if found:
            return found
    return None


def enacting_body(text: str, code: str | None) -> str | None:
    """The body an enacting formula names ("The General Assembly," -> "GA"), else None."""
    text = text.strip()
    if len(text) > 60 or not text.endswith((",", "،", "，")):
        return None
    stripped = text.rstrip(",،，").strip().casefold()
    for c in codes(code):
        for formula, body in cast(dict[str, str], lang.get(c).table("ENACTING")).items():
            if stripped == formula.casefold().replace("’", "'") or stripped.replace(
                "’", "'"
            ) == formula.casefold().replace("’", "'"):
                return body
    return None


def is_body_start(block: Block, code: str | None) -> bool:
    """Whether a block begins the text proper (the masthead is over)."""
    text = block.text
    if block.number is not None or NUMBERED.match(text) or len(text) > _LONG_HEAD:
        return True
    if enacting_body(text, code) or search("letter", text, code) or search("annex", text, code):
        return True
    return code is not None and len(text) > 60 and leading_phrase(text, code) is not None


def parse_masthead(blocks: list[Block], code: str | None) -> Masthead:
    """Read the masthead from the leading blocks."""
    head = Masthead()
    unclassified: list[int] = []
    title_after: int | None = None
    i = 0
    for i, block in enumerate(blocks):  # noqa: B007
        if is_body_start(block, code):
            break
        kind = _classify(block, code, head)
        if kind == "title_next":
            title_after = i
        elif kind is None:
            unclassified.append(i)
    else:
        i = len(blocks)
    head.end = i
    if head.title is None:
        head.title = _pick_title(blocks, unclassified, title_after)
    return head


def _pick_title(blocks: list[Block], unclassified: list[int], after: int | None) -> str | None:
    later = [k for k in unclassified if after is None or k > after]
    if after is not None and later:
        return blocks[later[0]].text
    return blocks[unclassified[-1]].text if unclassified else None


def _classify(block: Block, code: str | None, head: Masthead) -> str | None:
    """Fill ``head`` from one block; returns "title_next", "known" or None (unclassified)."""
    text = block.text
    adopted = search("adopted", text, code)
    if adopted:
        head.adopted = parse_date(adopted["date"], code or "en")
        head.adopted_by = adopted["body"]
        return "known"
    if search("drafts", text, code):
        head.drafts = find_symbols(text)
        return "known"
    number = RESOLUTION_NUMBER.match(text)
    if number and head.resolution_number is None and "/" in number["num"] or (
        number and "(" in number["num"]
    ):
        head.resolution_number = re.sub(r"\s*/\s*", "/", number["num"])
        head.title = number["title"]
        return "known"
    if search("request_item", text, code):
        head.request_item = True
        return "title_next"
    if search("draft_resolution", text, code) and len(text) < 400:
        head.draft = True
        return "title_next"
    known = [_classify_line(ln.text.strip(), code, head) for ln in block.lines]
    if "agenda" in known:
        return "known"
    return "known" if all(known) else None


def _classify_line(text: str, code: str | None, head: Masthead) -> str | None:
    """Fill ``head`` from one masthead line; returns what the line was, or None."""
    if not text:
        return "blank"
    if head.symbol is None and SYMBOL.fullmatch(text):
        head.symbol = text
        return "symbol"
    found = search("distribution", text, code)
    if found:
        head.distribution = _distribution(found["value"])
        return "distribution"
    found = search("original", text, code)
    if found:
        head.original_language = _language_name(found["value"], code)
        return "original"
    if _language_name(text, code):
        return "language"
    if head.date is None and len(text) < 40:
        date = parse_date(text, code or "en")
        if date:
            head.date = date
            return "date"
    found = search("session", text, code)
    if found and head.session is None:
        session = _ordinal(found["ordinal"], code)
        if session:
            head.session = session
            return "session"
    found = search("agenda_item", text, code)
    if found:
        head.agenda_items = _agenda_items(found["value"])
        return "agenda"
    return None


def _distribution(value: str) -> str:
    folded = value.casefold()
    for key, words in (
        ("limited", ("limited", "limitée", "limitada", "ограниченное", "محدود", "限制")),
        ("restricted", ("restricted", "restreinte", "reservada", "исключительно", "سري", "内部")),
    ):
        if any(w in folded for w in words):
            return key
    return "general"


def _language_name(text: str, code: str | None) -> str | None:
    word = text.strip().strip(".:").casefold()
    for c in codes(code):
        names = cast(dict[str, str], lang.get(c).table("LANGUAGE_NAMES"))
        if word in names:
            return names[word]
    return None


def _ordinal(text: str, code: str | None) -> int | None:
    key = " ".join(text.casefold().split())
    for c in codes(code):
        ordinals = cast(dict[str, int], lang.get(c).table("ORDINALS"))
        if key in ordinals:
            return ordinals[key]
    return int(key) if key.isdigit() else None


def _agenda_items(value: str) -> list[str]:
    """ "125 (t)", "11 and 125", "125 t)" -> ["125 (t)"], ["11", "125"], ["125 (t)"]."""
    items = re.findall(r"(\d{1,3})(?:\s*\(?\s*([a-z]{1,2})\s*\))?", value)
    return [f"{n} ({s})" if s else n for n, s in items]
