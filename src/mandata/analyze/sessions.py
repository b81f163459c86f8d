"""Sessions a paragraph names: "at its sixty-fifth session", "第六十五届会议", "دورتها الخامسة والستين".

Each language gives a pattern (``ANALYSIS["session"]``) whose group ``ord`` holds the words next
to the word for "session"; the ordinal is the longest run of those words, next to that word, that
:func:`mandata.lang.ordinals.read` knows. "At its next session" and "at its current session" are
resolved against the document's own session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mandata import lang
from mandata.lang import ordinals
from mandata.scan import lowered
from mandata.scan.needles import may_match

# "seventy-ninth and eightieth sessions": two sessions.
_CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "y", "o", "и", "или"})
_PUNCTUATION = ',.;:،؛()"“”«»'


@dataclass(frozen=True)
class SessionMention:
    """A session named in a text, with where it was found."""

    start: int
    end: int
    session: int


Patterns = tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None
]


@cache
def _patterns(code: str) -> Patterns:
    """The word for "session", the session patterns (ordinal before or after it; the one
    after only where the language has ``session_after``) and the relative sessions."""
    table = lang.get(code).analysis
    flags = re.IGNORECASE
    after = table.get("session_after")
    return (
        re.compile(table["session_word"], flags),
        re.compile(table["session"], flags),
        re.compile(table["next_session"], flags),
        re.compile(table["current_session"], flags),
        re.compile(after, flags) if after else None,
    )


@cache
def _qualifiers(code: str) -> tuple[str, ...]:
    return lang.get(code).session_qualifiers


def ordinal_value(words: str, code: str, after_keyword: bool) -> int | None:
    """The ordinal that ``words`` end with (or, ``after_keyword``, begin with)."""
    parts = _clean(words)
    found = _longest(parts if after_keyword else parts[::-1], code, after_keyword)
    return found[0] if found else None


def _clean(words: str) -> list[str]:
    return [w.strip(_PUNCTUATION) for w in words.casefold().replace("ё", "е").split()]


def _longest(parts: list[str], code: str, forward: bool) -> tuple[int, int] | None:
    """The longest ordinal at the start of ``parts`` (read backwards when not ``forward``):
    its value and how many words it takes."""
    for n in range(len(parts), 0, -1):
        span = parts[:n] if forward else parts[:n][::-1]
        key = " ".join(span)
        value = ordinals.read(key, code, loose=True)
        if value is not None:
            return value, n
    return None


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_MAX_LISTED = 8
_COMMAS = (",", "،", "、")


def _values(words: str, code: str, after: bool) -> list[int]:
    """The ordinal next to the word for "session", and the ones listed with it, joined by
    commas and a conjunction ("eighth, ninth and tenth", "الرابعة عشرة والخامسة عشرة")."""
    raw = words.split()
    parts = _clean(words)
    if not after:
        raw, parts = raw[::-1], parts[::-1]
    qualifiers = _qualifiers(code)
    while parts and parts[0].startswith(qualifiers):
        # "الدورة الاستثنائية الطارئة العاشرة", "десятая чрезвычайная специальная сессия"
        raw, parts = raw[1:], parts[1:]
    values: list[int] = []
    while parts and len(values) < _MAX_LISTED:
        found = _longest(parts, code, after)
        if found is None:
            break
        values.append(found[0])
        taken = found[1]
        # a comma ends the last word taken (read forwards) or the word before (backwards)
        comma_at = taken - 1 if after else taken
        comma = comma_at < len(raw) and raw[comma_at].endswith(_COMMAS)
        raw, parts = raw[taken:], parts[taken:]
        if parts and parts[0] in _CONJUNCTIONS:
            raw, parts = raw[1:], parts[1:]
        elif parts and after and parts[0].startswith("و") and len(parts[0]) > 2:
            parts = [parts[0][1:], *parts[1:]]
        elif not comma:
            break
    return values


def find_sessions(text: str, code: str, current: int | None = None) -> list[SessionMention]:
    """Every session named in ``text`` (in order); relative ones need ``current``."""
    word, session, nxt, now, following = _patterns(code)
    # the non-breaking hyphen the UN prints inside ordinals ("soixante‑dix-huitième") is a
    # hyphen (one character for one: the offsets stay those of the text); looked for first,
    # ``str.translate`` costs a dictionary look-up a character
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_HYPHENS)
    if not may_match(word, text) or not word.search(text):
        return []
    found: list[SessionMention] = []
    for m in lowered.finditer(session, text):
        after = m.start("ord") > m.start()  # Arabic: the ordinal follows "دورتها"
        for value in _values(m["ord"], code, after):
            found.append(SessionMention(m.start(), m.end(), value))
    if following is not None:  # Spanish: "períodos de sesiones octavo, noveno y décimo"
        for m in lowered.finditer(following, text):
            for value in _values(m["ord"], code, True):
                found.append(SessionMention(m.start(), m.end(), value))
    if current is not None:
        for pattern, offset in ((nxt, 1), (now, 0)):
            found.extend(
                SessionMention(m.start(), m.end(), current + offset)
                for m in lowered.finditer(pattern, text)
            )
    return sorted(found, key=lambda s: s.start)


_LONGEST_ORDINAL = 5  # words: "сто двадцать пятой", "الخامسة بعد المائة"
_CHINESE_ORDINAL = re.compile(r"第\s*([〇零一二三四五六七八九十百两]+)\s*[届次]")


def ordinals_in(text: str, code: str) -> frozenset[int]:
    """Every ordinal written in words in ``text``, whatever it qualifies: "the forty-fifth
    Pacific Islands Forum", "لدورة لجنة المخدرات الثامنة والخمسين", "第四十五届". A comparison uses
    them to see that a session one version names is the same one another names without the
    word for "session", or with the ordinal where :func:`find_sessions` does not look."""
    in_words, in_digits = _ordinals(text, code)
    return in_words | in_digits


def ordinals_both_ways(text: str, code: str) -> tuple[frozenset[int], frozenset[int]]:
    """:func:`ordinals_in` of ``text``, and of ``text`` with its digits made spaces (the
    ordinals it writes in words alone: a comparison's numbers in words), in one reading where
    the text holds no digit (the two texts are then one)."""
    in_words, in_digits = _ordinals(text, code)
    if _ANY_DIGIT.search(text) is None:
        return in_words | in_digits, in_words
    return in_words | in_digits, ordinals_in(_ANY_DIGIT.sub(" ", text), code)


_ANY_DIGIT = re.compile(r"\d+")
_ASCII_DIGIT = re.compile("[0-9]")  # what every language's ordinal in digits holds


def _ordinals(text: str, code: str) -> tuple[frozenset[int], frozenset[int]]:
    """The ordinals of :func:`ordinals_in`: those written in words, and those in digits ("45th",
    "45-й"; looked for only in a text that holds a digit)."""
    words = ordinals.words(code)
    if code == "zh":
        chinese = frozenset(words[m[1]] for m in _CHINESE_ORDINAL.finditer(text) if m[1] in words)
        return chinese, frozenset()
    parts = _clean(text)
    first = ordinals.first_words(code)
    digits = _ASCII_DIGIT.search(text) is not None
    found: set[int] = set()
    found_in_digits: set[int] = set()
    for i in range(len(parts)):
        if parts[i] not in first:
            value = ordinals.in_digits(parts[i], code) if digits else None  # "45th": one word
            if value is not None:
                found_in_digits.add(value)
            continue
        for n in range(min(_LONGEST_ORDINAL, len(parts) - i), 0, -1):
            value = words.get(" ".join(parts[i : i + n]))
            if value is not None:
                found.add(value)
                break
    return frozenset(found), frozenset(found_in_digits)
