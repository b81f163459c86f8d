"""Arabic text that comes out of a PDF in visual order, and its logical order restored.

Many PDF writers store right-to-left text as it is seen, left to right; text extraction then gives
each Arabic line backwards ("ةماعلا ةيعمجلا" for "الجمعية العامة"). The test is measurable on the
letters themselves: the letters that only end a word (taa marbuta, alif maqsura) stand at the
start of words, and the language's most common words are found only reversed. When most of the
evidence says reversed, each line with Arabic letters is turned around, its runs of digits and
Latin letters ("A/RES/78/112", "2023") put back in their own order and mirrored brackets
swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from mandata import lang
from mandata.lang import LANGUAGES

__all__ = ["logical_line", "logical_order", "looks_reversed", "restore_text"]

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]+")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
# A left-to-right run inside a right-to-left line: digits and Latin letters, with the
# punctuation and spaces that stand between them ("A/78/439, para. 8", "2023").
_LTR_RUN = re.compile(
    r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]"
    r"(?:[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9.,:/%\-–\s]*[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9])?"
)
# From a Latin letter to a Latin letter with no right-to-left letter between them.
_LATIN_SPAN = re.compile(r"[A-Za-z](?:[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]*[A-Za-z])?")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# How much more evidence for reversed than for logical order, and the least evidence to act on.
_RATIO = 3
_MIN_EVIDENCE = 4


@cache
def _arabic_tables() -> tuple[str, frozenset[str]]:
    """The word-final letters and common words of the languages written right to left."""
    final, words = "", set()
    for code in LANGUAGES:
        data = lang.get(code)
        letters = data.final_only_letters
        if letters:
            final += letters
            words |= set(data.function_words)
    return final, frozenset(words)


def _evidence(lines: Iterable[str]) -> tuple[int, int]:
    """(reversed, logical): words that read as Arabic backwards, and forwards."""
    final, common = _arabic_tables()
    reversed_common = {w[::-1] for w in common} - common
    backwards = forwards = 0
    for line in lines:
        for word in _ARABIC_WORD.findall(line):
            if len(word) > 1 and word[0] in final:
                backwards += 1
            elif len(word) > 1 and word[-1] in final:
                forwards += 1
            if word in reversed_common:
                backwards += 1
            elif word in common:
                forwards += 1
    return backwards, forwards


def looks_reversed(lines: Iterable[str]) -> bool:
    """Whether the Arabic words of ``lines`` read backwards (visual order)."""
    backwards, forwards = _evidence(lines)
    return backwards >= _MIN_EVIDENCE and backwards > _RATIO * forwards


def logical_line(line: str) -> str:
    """A line of visual-order text in logical order (lines without Arabic are left alone)."""
    if not _ARABIC_LETTER.search(line):
        return line
    turned = line[::-1].translate(_MIRROR)
    return _LTR_RUN.sub(lambda m: m.group(0)[::-1], turned)


def logical_order(visual: str) -> list[int]:
    """The order in which to read the characters of a line given left to right as the page
    shows it (its visual order) to have its logical order: right to left, each run of digits
    and Latin letters left to right. Brackets are mirrored by :func:`mirrored`."""
    order = list(range(len(visual) - 1, -1, -1))
    turned = visual[::-1]
    for start, end in _ltr_spans(turned):
        order[start:end] = order[start:end][::-1]
    return order


def _ltr_spans(text: str) -> list[tuple[int, int]]:
    """The left-to-right runs of a right-to-left line: those of :data:`_LTR_RUN`, joined where
    only neutral characters (no right-to-left letter) stand between two Latin letters, as the
    Unicode bidirectional algorithm takes them in the direction of the letters around them
    (rule N1: "Children’s Fund", "Continuum (Rome, Food", a Latin line in an Arabic footnote)."""
    spans = [m.span() for m in _LTR_RUN.finditer(text)]
    spans += [m.span() for m in _LATIN_SPAN.finditer(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [_with_bracket(text, start, end) for start, end in merged]


def _with_bracket(text: str, start: int, end: int) -> tuple[int, int]:
    """A run that holds one bracket of a pair takes the other one next to it, as the
    algorithm gives a bracket pair the direction of the text inside it (rule N0: "(Lisbon,
    ..., 2025)." at the end of a line)."""
    if len(_BRACKETS.findall(text, start, end)) % 2 == 0:
        return start, end
    if end < len(text) and _BRACKETS.match(text, end):
        return start, end + 1
    if start > 0 and _BRACKETS.match(text, start - 1):
        return start - 1, end
    return start, end


_BRACKETS = re.compile(r"[()\[\]]")


def mirrored(ch: str) -> str:
    """A bracket as the other bracket: right to left, the glyph of "(" is the one of ")"."""
    return ch.translate(_MIRROR)


def restore_text(text: str) -> str:
    """A whole text (lines separated by newlines, pages by form feeds) in logical order when
    its Arabic reads backwards; otherwise the text unchanged."""
    if not _ARABIC_LETTER.search(text) or not looks_reversed(text.splitlines()):
        return text
    return "\f".join(
        "\n".join(logical_line(line) for line in page.split("\n")) for page in text.split("\f")
    )
