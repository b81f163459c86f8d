"""The organ of a cited resolution or decision, from the words around its number (issue 21.6).

"59/50" is a General Assembly resolution only when nothing says otherwise: "Human Rights Council
resolution 24/14", "résolution 24/14 du Conseil des droits de l'homme", "قرار مجلس حقوق الإنسان
24/14", "人权理事会第24/14号决议" name another organ, right before the citation word (or between
it and the number, as Arabic writes it) or right after the number (after its date, joined by a
genitive: "of the", "du", "del", the Russian genitive). The organs and their names are language
data (``ANALYSIS["organ_<key>"]``); a date that no General Assembly session fits ("resolution
5/14 of 2 March 2022") settles that the organ is another, named or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mandata import lang
from mandata.scan.dates import all_dates

# the organs a language table names, most specific first (the General Assembly last: "United
# Nations Environment Assembly" holds "Assembly")
ORGANS = ("hrc", "ecosoc", "unea", "other", "ga")
_BEFORE = 90  # how far before a number its organ may stand
_AFTER = 90
_GAP_BEFORE = 3  # letters allowed between an organ and its citation word ("'s")
_GAP_AFTER = 8
_GAP_ITS = 5  # letters between an organ and the possessive that refers to it ("dans sa")  # letters allowed between a number (and its date) and its organ ("of the")


@dataclass(frozen=True)
class Organ:
    """An organ named beside a citation: its ``key`` (``ORGANS``), its name as printed and
    whether it stands ``before`` the number (attached to the citation word) or after it."""

    key: str
    name: str
    before: bool


@cache
def _patterns(code: str) -> dict[str, re.Pattern[str]]:
    table = lang.get(code).analysis
    return {key: re.compile(table[f"organ_{key}"]) for key in ORGANS}


def organ_near(
    text: str, start: int, end: int, code: str, words: list[re.Pattern[str]], lo: int, hi: int
) -> Organ | None:
    """The organ named at the citation ``text[start:end]``: before it (not before ``lo``, the
    previous citation's end) or after it (not after ``hi``, the next citation's start).
    ``words`` are the citation words (resolution, decision), which may stand between."""
    found = _before(text, start, code, words, max(lo, start - _BEFORE))
    return found or _after(text, end, code, min(hi, end + _AFTER))


def _before(
    text: str, start: int, code: str, words: list[re.Pattern[str]], lo: int
) -> Organ | None:
    window = text[lo:start]
    best: tuple[int, Organ] | None = None
    spans: list[tuple[int, int, str]] = []
    for key, pattern in _patterns(code).items():
        for m in pattern.finditer(window):
            spans.append((m.start(), m.end(), key))
            if best is None or m.end() > best[0]:
                best = (m.end(), Organ(key, m.group(0), True))
    if best is None:
        return None
    best = _subject_of_its(window, spans, best, code)
    gap = window[best[0] :]
    for word in words:
        gap = word.sub(" ", gap)
    return best[1] if _letters(_undated(gap, code)) <= _GAP_BEFORE else None


def _subject_of_its(
    window: str, spans: list[tuple[int, int, str]], best: tuple[int, Organ], code: str
) -> tuple[int, Organ]:
    """The organ the Assembly's possessive refers to when another organ stands right before it
    ("the Human Rights Council in its resolution 39/2": the Council's)."""
    possessive = lang.get(code).analysis["organ_ga_possessive"]
    if best[1].key != "ga" or not re.fullmatch(possessive, best[1].name):
        return best  # another organ's, or the Assembly named ("大会", "General Assembly")
    start = best[0] - len(best[1].name)
    before = [
        (end, key)
        for s, end, key in spans
        if key != "ga"
        and end <= start
        and _letters(window[end:start]) <= _GAP_ITS
        and not re.search(r"[,;:،؛，；：]", window[end:start])  # "the Council, and its"
    ]
    if not before:
        return best
    end, key = max(before)
    return best[0], Organ(key, window[end - 1 : best[0]], True)


def organ_after(
    text: str, end: int, code: str, hi: int, then: re.Pattern[str] | None = None
) -> Organ | None:
    """The organ named right after the citation ending at ``end`` (not after ``hi``): that of
    the next item of a list, whose words before are the previous item's; not across a comma,
    after which the words are those of the list's next item ("第61/185号决议，以及经济及社会理事会
    ..."); not one followed by ``then`` (a citation word: "... 54/7 and Human Rights Council
    resolutions 6/30", the organ of the next list)."""
    return _after(text, end, code, min(hi, end + _AFTER), r"[,;:،؛，；：、]", then)


def _after(
    text: str,
    end: int,
    code: str,
    hi: int,
    stops: str = r"[;:؛；：]",
    then: re.Pattern[str] | None = None,
) -> Organ | None:
    window = text[end:hi]
    best: tuple[int, Organ, bool] | None = None
    for key, pattern in _patterns(code).items():
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            opens_next = then is not None and bool(then.match(window[m.end() :].lstrip()))
            best = (m.start(), Organ(key, m.group(0), False), opens_next)
    if best is None or best[2]:
        return None  # none, or the organ of the citation that follows it
    gap = window[: best[0]]
    if re.search(stops, _undated(gap, code)):
        return None
    return best[1] if _letters(_undated(gap, code)) <= _GAP_AFTER else None


def _undated(text: str, code: str) -> str:
    for m, _ in reversed(all_dates(text, code)):
        text = text[: m.start()] + " " + text[m.end() :]
    return text


def _letters(text: str) -> int:
    """Letters of the words between an organ and its citation, those that count: the Chinese
    ordinal and particle (第, 的, 号) and the number sign do not."""
    text = re.sub(r"\b(?:No|no|n\.º|núm|رقم)\b|[第的号№]", " ", text)
    return len(re.sub(r"[\W\d_]+", "", text))
