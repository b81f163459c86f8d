"""A pattern that ignores case, run over the text's lower case as a pattern that does not.

Python's regex engine is several times slower on a pattern that ignores case: it lowers every
character it compares, and an alternation of words cannot skip a branch on its first letter (a
date's twelve month names, the words around "session"). :func:`finditer` runs a copy of the
pattern whose letters are all lower case, not ignoring case, over ``text.lower()``, then
matches the pattern itself where the copy matched, so the matches are the pattern's own (their
groups read the text, not its lower case).

That is exact because, outside a few characters (:data:`UNCASED`), ``str.lower`` gives one
character, the one the engine compares when it ignores case, and a word character stays one; a
text holding one of those characters, or a pattern this module cannot copy (one that turns
ignoring case on or off inside, or a range of letters too wide to list), is searched with the
pattern itself.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from re import _casefix  # type: ignore[attr-defined,unused-ignore]
from re import _constants as sre  # type: ignore[attr-defined,unused-ignore]
from typing import Any

from mandata import patterns

__all__ = ["UNCASED", "finditer", "lowered"]

# Characters whose lower case (``str.lower``) is not what the engine compares when it ignores
# case: the rarer members of the engine's extra case classes ("ı" matches "i", "ſ" matches "s",
# "ᲀ" matches "в"), "İ" (two characters in lower case) and "Σ" (a final sigma in lower case).
# A test checks every other character.
_CASE_CLASSES = {chr(k) for k in _casefix._EXTRA_CASES} | {
    chr(c) for cases in _casefix._EXTRA_CASES.values() for c in cases
}
UNCASED = re.compile(
    "["
    + "".join([*sorted(c for c in _CASE_CLASSES if c.upper().lower() != c), "\u0130", "\u03a3"])
    + "]"
)
_WIDEST_RANGE = 512  # a range of letters listed one by one in lower case, at most


def plain(text: str) -> bool:
    """Whether ``text``'s lower case is, character for character, what the engine compares."""
    return text.isascii() or UNCASED.search(text) is None


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)``, searched in the text's lower case (see the module)."""
    copy = lowered(pattern)
    if copy is None or not plain(text):
        yield from pattern.finditer(text, pos)
        return
    for found in copy.finditer(_lower(text), pos):
        match = pattern.match(text, found.start())
        if match is not None:  # always: the copy matches where the pattern does
            yield match


def search(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """``pattern.search(text, pos)``: the first of :func:`finditer`."""
    return next(finditer(pattern, text, pos), None)


@lru_cache(maxsize=8)
def _lower(text: str) -> str:
    """``text`` in lower case, kept while the analysers of its paragraph search it."""
    return text.lower()


# copies by the identity of their pattern (hashing a compiled pattern hashes its program)
_KNOWN: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
_MAX_KNOWN = 256


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The copy of ``pattern`` (which ignores case) that matches a text's lower case without
    ignoring case; None for a pattern that does not ignore case or that cannot be copied."""
    known = _KNOWN.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_KNOWN) >= _MAX_KNOWN:
            _KNOWN.clear()
        known = _KNOWN[id(pattern)] = (pattern, _copy(pattern))
    return known[1]


def _copy(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.LOCALE:
        return None
    if not isinstance(pattern.pattern, str):
        return None
    try:  # a large copy (the operative verbs) is kept in the pattern cache: 20-80 ms to make
        return patterns.compile_changed(pattern.pattern, pattern.flags, _lower_tree, _tag())
    except Exception:  # a parser or compiler this module does not know: no copy
        return None


@cache
def _tag() -> str:
    """What names the copies in the pattern cache: this module's code."""
    try:
        return "lowered " + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return "lowered"


def _lower_tree(parsed: Any) -> int | None:
    """Lower the letters of a parse tree in place: the flags to compile it with (no longer
    ignoring case), or None where it cannot be done."""
    if not _lower_items(parsed.data):
        return None
    flags: int = parsed.state.flags & ~re.IGNORECASE
    parsed.state.flags = flags
    return flags


def _lower_char(code: int) -> int | None:
    low = chr(code).lower()
    if len(low) != 1 or UNCASED.search(chr(code)) or UNCASED.search(low):
        return None
    return ord(low)


def _lower_items(items: list[tuple[Any, Any]]) -> bool:
    """Lower the letters of a parsed pattern in place; False where it cannot be done."""
    for n, (op, av) in enumerate(items):
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            low = _lower_char(av)
            if low is None:
                return False
            items[n] = (op, low)
        elif op is sre.IN:
            members = _lower_class(av)
            if members is None:
                return False
            items[n] = (op, members)
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _lower_items(sub.data):
                return False
        elif op is sre.BRANCH:
            if not all(_lower_items(sub.data) for sub in av[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _lower_items(av[2].data):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _lower_items(av[1].data):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _lower_items(av.data):
                return False
        elif op is sre.GROUPREF_EXISTS:
            _group, yes, no = av
            if not _lower_items(yes.data) or (no is not None and not _lower_items(no.data)):
                return False
        elif op not in (sre.ANY, sre.AT, sre.CATEGORY, sre.GROUPREF, sre.FAILURE):
            return False
    return True


def _lower_class(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """The members of a character class in lower case (a range of letters as its letters)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sre.LITERAL:
            low = _lower_char(av)
            if low is None:
                return None
            out.append((op, low))
        elif op is sre.RANGE:
            first, last = av
            span = "".join(map(chr, range(first, last + 1)))
            if span.lower() == span and not UNCASED.search(span):  # no letter with a case
                out.append((op, av))
                continue
            lows = [_lower_char(code) for code in range(first, last + 1)]
            if any(low is None for low in lows):
                return None
            if lows == list(range(first, last + 1)):
                out.append((op, av))
            elif last - first < _WIDEST_RANGE:
                out += [(sre.LITERAL, low) for low in dict.fromkeys(lows)]
            else:
                return None
        elif op in (sre.NEGATE, sre.CATEGORY):
            out.append((op, av))
        else:
            return None
    return out
