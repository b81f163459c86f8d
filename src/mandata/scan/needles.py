"""What every match of a pattern must contain, read from the pattern itself.

A date in English needs a digit, a Chinese one the character 年: a text without it holds no
match, and a search for one digit or one character costs a fraction of running the whole
pattern over the text (most paragraphs hold no date). :func:`may_match` tells whether a text
can hold a match of a pattern; it never says no where the pattern would find one: the needle is
a part of the pattern that every match passes through (a run of literal characters, a character
class, one of the branches of an alternation each with its own), searched with the pattern's own
flags. A needle of a few words is looked for as text (in the text's lower case where the pattern
ignores case and the words are ASCII: a fifth of the cost of a search ignoring case). Where the
pattern gives no such part, or Python's parser of patterns is not what this module expects,
there is no needle and every text may match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined,unused-ignore]
from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
from typing import Any

# an alternative of a needle: a pattern source (an escaped literal or a character class), how
# many characters it takes (longer literals are rarer, so better needles) and the literal
_Alternative = tuple[str, int, str | None]
_Needle = tuple[_Alternative, ...]
_KEPT_FLAGS = re.IGNORECASE | re.ASCII | re.UNICODE
# the classes worth searching for: digits (a class of spaces or of letters is in every text)
_CATEGORIES = {"CATEGORY_DIGIT": r"\d"}


# The characters outside ASCII that a pattern ignoring case matches to an ASCII letter (dotted
# and dotless i, long s, the Kelvin sign): a text without them holds an ASCII word ignoring case
# only where its lower case holds the word's (a test checks the list against every character).
ASCII_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


@dataclass(frozen=True)
class Needle:
    """What every match of a pattern holds: ``pattern``, and when that is one of a few words,
    the ``words`` themselves (searched as text, much faster than a pattern), lower case where
    the pattern ignores case (``folded``: then the words are ASCII)."""

    pattern: re.Pattern[str]
    words: tuple[str, ...] = ()
    folded: bool = False


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when no match of ``pattern`` can be in ``text`` (its needle is absent)."""
    found = needle(pattern)
    if found is None:
        return True
    if found.words and not found.folded:
        return any(word in text for word in found.words)
    if found.words:
        lowered = _lowered(text)
        if any(word in lowered for word in found.words):
            return True
        if text.isascii() or not any(twin in text for twin in ASCII_TWINS):
            return False
    return found.pattern.search(text) is not None


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    """``text`` in lower case, kept while the analysers of its paragraph look for their words."""
    return text.lower()


# needles by the identity of their pattern (hashing a compiled pattern hashes its program: a few
# microseconds for a large one, at every look-up); the pattern is kept, so its identity too
_KNOWN: dict[int, tuple[re.Pattern[str], Needle | None]] = {}
_MAX_KNOWN = 1024


def needle(pattern: re.Pattern[str]) -> Needle | None:
    """What every match of ``pattern`` holds (a part of it that every match passes through);
    None when there is none to give."""
    known = _KNOWN.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_KNOWN) >= _MAX_KNOWN:  # patterns made on the fly: do not keep them all
            _KNOWN.clear()
        known = _KNOWN[id(pattern)] = (pattern, _needle(pattern))
    return known[1]


def _needle(pattern: re.Pattern[str]) -> Needle | None:
    try:
        found = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a parser this module does not know: no needle, never a wrong one
        return None
    if not found:
        return None
    flags = pattern.flags & _KEPT_FLAGS
    compiled = re.compile("|".join(source for source, _, _ in found), flags)
    words = tuple(word for _, _, word in found if word is not None)
    if len(words) < len(found):
        return Needle(compiled)
    if not flags & re.IGNORECASE:
        return Needle(compiled, words)
    if all(word.isascii() for word in words):
        return Needle(compiled, tuple(word.lower() for word in words), folded=True)
    return Needle(compiled)


def _sequence(items: list[tuple[Any, Any]]) -> _Needle | None:
    """The best needle of a sequence of items, every one of which a match passes through."""
    options: list[_Needle] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            word = "".join(run)
            options.append(((re.escape(word), len(word), word),))
            run = []
        found = _item(op, av) if op is not None else None
        if found:
            options.append(found)
    if not options:
        return None
    return min(options, key=lambda n: (len(n), -min(size for _, size, _ in n)))


def _item(op: Any, av: Any) -> _Needle | None:
    """The needle of one item that every match passes through, or None."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence(list(sub))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.BRANCH:
        branches = [_sequence(list(sub)) for sub in av[1]]
        if not branches or any(b is None for b in branches):
            return None
        return tuple(dict.fromkeys(alt for b in branches if b for alt in b))
    if op is sre.IN:
        source = _char_class(av)
        return ((source, 1, None),) if source else None
    return None


def _char_class(items: list[tuple[Any, Any]]) -> str | None:
    """The source of a character class (``[...]``), or None for one this module does not
    rebuild or that is in nearly every text (a negated class, spaces, letters)."""
    parts: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            return None
    return f"[{''.join(parts)}]" if parts else None
