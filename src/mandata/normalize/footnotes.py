"""Footnote markers: find where the text calls each footnote, and take the marker out of it.

PDF extraction prints a footnote's marker as a bare number beside the word that calls it, often
fused to it ("organizations,1", "Outcome, 1  sports"). A footnote found at the foot of page P is
called on page P, after the previous footnote's call: the first plausible number there is its marker.
A number after a word that announces a number ("resolution 60", "paragraph 3", "of 1 December") is
not a marker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from mandata import patterns
from mandata.normalize.fold import shift_after
from mandata.normalize.lines import Line, RawFootnote

_NOT_BEFORE_MARKER = frozenset(
    [
        "resolution",
        "resolutions",
        "decision",
        "decisions",
        "paragraph",
        "paragraphs",
        "para",
        "article",
        "articles",
        "rule",
        "rules",
        "item",
        "items",
        "chapter",
        "chapters",
        "annex",
        "section",
        "sections",
        "no",
        "no.",
        "vol",
        "vol.",
        "page",
        "pages",
        "part",
        "goal",
        "goals",
        "target",
        "targets",
        "principle",
        "principles",
        "of",
        "on",
        "from",
        "to",
        "and",
        "by",
        "in",
        "the",
        "at",
        "until",
        "since",
        "before",
        "after",
        "between",
        "than",
        "about",
        "over",
        "under",
        "per",
        "cent",
        "nos",
        "numbers",
        "number",
        "figure",
        "table",
        "box",
        "protocol",
        "de",
        "du",
        "des",
        "del",
        "la",
        "le",
        "el",
        "y",
        "et",
        "en",
        "al",
        "à",
        "и",
        "в",
        "от",
        "по",
        "до",
        "с",
        "на",
        "года",
    ]
)


# A marker glued to the number it follows (a superscript extracted as a digit): after a year,
# "2024²" printed "20242", a five-digit year, the digits past the year are the call; after a
# resolution number, "77/19¹" printed "77/191", only when the note's call is nowhere else.
_YEAR = r"(?<![\d,.])(?:19|20)\d\d"
_CITATION = r"(?<![\d/])\d{1,3}/\d{1,3}"


@lru_cache(maxsize=512)
def _glued(marker: str, number: str) -> re.Pattern[str]:
    return patterns.compile(
        rf"(?P<pre>{number})(?P<gap>)(?P<m>{re.escape(marker)})(?=\s|$|[,.;:،؛，。；：)])",
        small=0,  # per marker: kept in the pattern cache (see _candidates)
    )


def _first(
    lines: list[Line], pattern: re.Pattern[str], cursor: tuple[int, int], stop: int
) -> tuple[int, re.Match[str]] | None:
    """The first match of ``pattern`` from ``cursor`` on, before line ``stop``."""
    for idx in range(cursor[0], stop):
        m = pattern.search(lines[idx].text, cursor[1] if idx == cursor[0] else 0)
        if m:
            return idx, m
    return None


_CLOSING = frozenset(",.;:،؛，。；：")
# Chinese runs on after a call ("决议2和"), but a number before a counter or a unit is a number
# ("12月", "第2段"), as is one after "第" (ordinal) or a joining word
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_COUNTER = r"[年月日号届次条段项个名亿万千百]"
_CJK_BEFORE_NUMBER = ("第", "年", "月", "至", "和", "、", "及", "或", "约", "共")


@lru_cache(maxsize=512)
def _line_start(marker: str) -> re.Pattern[str]:
    # the line may open with a space or two (an indent the text export kept)
    return patterns.compile(
        rf"(?P<pre>[ \t\xa0]{{0,2}})(?P<gap>)(?P<m>{re.escape(marker)})(?=\s|$|[,.;:،؛，。；：])",
        small=0,  # per marker: kept in the pattern cache (see _candidates)
    )


# a line that opens with a paragraph number ("20.  Urges States ...", "1." alone), not a
# wrapped call
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.(?:\s+[^\W\d_]|\s*$)")


def _wrapped_call(lines: list[Line], idx: int, marker: str, months: frozenset[str]) -> bool:
    """A call that the line width sent to the start of the next line ("its outcome document"
    then "3,"): the line before ends a word that announces no number."""
    start = _line_start(marker).match(lines[idx].text)
    if not start or _PARAGRAPH_NUMBER.match(lines[idx].text.lstrip()):
        return False
    before = next((lines[k].text for k in range(idx - 1, -1, -1) if lines[k].text.strip()), "")
    words = before.split()
    if not words or not (words[-1][-1].isalpha() or words[-1][-1] in '”’»)"'):
        return False
    after = lines[idx].text[start.end() :].split()
    if after and after[0].strip(",.;:").casefold() in months:
        return False
    return words[-1].strip('"”’»),.;:').casefold() not in _NOT_BEFORE_MARKER


# markers are few ("1"-"300", "*", "a"), but they come from the text: a pattern per marker,
# whose classes of Chinese characters and punctuation take the compiler 1-6 ms to make; kept in
# the pattern cache, a new process loads it instead of compiling it
@lru_cache(maxsize=512)
def _candidates(marker: str) -> re.Pattern[str]:
    after = (
        ""
        if marker.endswith(("/", ")"))
        else rf"(?=\s|$|[,.;:،؛，。；：]|{_CJK.pattern}(?<!{_CJK_COUNTER}))"
    )
    # after a number: across a space ("horizon 2030 1,"), or fused when the marker is bracketed
    # ("2030(1)", as Arabic prints them)
    digit = r"\d" if marker.startswith("(") else r"\d(?=\s)"
    return patterns.compile(
        rf"(?P<pre>[^\W\d_][\"”’»)]?|[,.;:،؛，。；：][\"”’»]?|[\"”’»)]|{digit})(?P<gap>\s{{0,2}})"
        rf"(?P<m>{re.escape(marker)}){after}",
        small=0,  # per marker: kept in the pattern cache (see _candidates)
    )


class _Wording(NamedTuple):
    """What of the document's language tells a call from a number: its month names (a number
    before one is a day) and its decimal sign."""

    months: frozenset[str]
    decimal_sign: str


# a plain number before a decimal sign: not a part of a symbol ("77/19") nor a longer number
_WHOLE_PART = re.compile(r"(?:^|[\s(])\d{1,3}$")


def _fraction(text: str, m: re.Match[str]) -> bool:
    """The digit after a decimal sign that follows a plain number, before a word in lower case
    or a unit ("1.5 degrees", "1,5 °C"): a fraction's, not a call; before a capital or at the
    end ("Agenda 21.6 The ...") it may still be one."""
    after = text[m.end("m") :].lstrip()
    return (
        bool(_WHOLE_PART.search(text[: m.start("pre")])) and bool(after) and not after[0].isupper()
    )


def _whole_part(text: str, m: re.Match[str], decimal_sign: str) -> bool:
    """The marker's digits followed by the decimal sign and a digit ("some 3.8 per cent"): the
    whole part of a number, not a call."""
    end = m.end("m")
    return (
        bool(decimal_sign)
        and text[end : end + 1] == decimal_sign
        and text[end + 1 : end + 2].isdigit()
    )


def attach_markers(
    lines: list[Line],
    footnotes: list[RawFootnote],
    months: frozenset[str] = frozenset(),
    decimal_sign: str = "",
) -> None:
    """Record each footnote's marker on the line that calls it, and cut it from the text.

    ``months`` are the month names of the document's language: a number before one is a day;
    ``decimal_sign`` its decimal sign: a digit after it in a number is a fraction's.
    """
    wording = _Wording(months, decimal_sign)
    cursor: tuple[int, int] = (0, 0)
    pages = _page_ranges(lines)
    calls: dict[int, tuple[int, int]] = {}
    for k, note in enumerate(footnotes):
        lo, hi = pages.get(note.page, (0, 0))
        if lo >= hi:
            continue
        if cursor[0] < lo:
            cursor = (lo, 0)
        if _lone_marker(lines, note, cursor[0], hi):
            continue
        found = _find(lines, note, cursor, hi, wording)
        if found is None:
            found = _on_page_before(lines, note, pages, cursor, wording)
        if found is None:
            calls[k] = (-1, -1)
            continue
        cursor = calls[k] = _cut(lines, found, note.marker)
    _glued_to_citations(lines, footnotes, calls, pages)


def _cut(lines: list[Line], found: tuple[int, re.Match[str]], marker: str) -> tuple[int, int]:
    """Cut the call ``found`` from its line and record it there; where it stood."""
    idx, m = found
    line = lines[idx]
    cut_from = m.start("gap") if m["gap"] else m.start("m")
    removed = m.end("m") - cut_from
    line.text = line.text[:cut_from] + line.text[m.end("m") :]
    line.shifts = shift_after(line.shifts, cut_from, removed)
    line.footnote_refs.append(marker)
    return idx, cut_from


def _glued_to_citations(
    lines: list[Line],
    footnotes: list[RawFootnote],
    calls: dict[int, tuple[int, int]],
    pages: dict[int, tuple[int, int]],
) -> None:
    """The calls not found, looked for glued to a resolution number ("77/19¹" printed
    "77/191") between the calls of the notes right before and right after (both found): taken
    when there is one such, or when several, the one no resolution number can be ("76/832").
    The first note's call is looked for from the start of the page before its own, the last
    one's to the end of its page: there, only a number no resolution can be is taken."""
    for k, at in calls.items():
        before, after = calls.get(k - 1, (-1, -1)), calls.get(k + 1, (-1, -1))
        page, open_ended = footnotes[k].page, False
        if k == 0 and before[0] < 0:
            before, open_ended = (pages.get(page - 1, pages.get(page, (-1, -1)))[0], 0), True
        if k == len(footnotes) - 1 and after[0] < 0 and page in pages:
            after, open_ended = (pages[page][1] - 1, len(lines[pages[page][1] - 1].text)), True
        if at[0] >= 0 or before[0] < 0 or after[0] < 0:
            continue
        pattern = _glued(footnotes[k].marker, _CITATION)
        hits = [
            (idx, m)
            for idx in range(before[0], min(after[0] + 1, len(lines)))
            for m in pattern.finditer(lines[idx].text, before[1] if idx == before[0] else 0)
            if idx < after[0] or m.end() <= after[1]
        ]
        if len(hits) > 1 or open_ended:  # "70/262" and "76/832": the one no resolution can be
            hits = [(idx, m) for idx, m in hits if _beyond_resolutions(m)]
        if len(hits) == 1:
            idx, _ = hits[0]
            _cut(lines, hits[0], footnotes[k].marker)
            order = {n.marker: j for j, n in enumerate(footnotes)}
            lines[idx].footnote_refs.sort(key=lambda r: order.get(r, 0))


# the Assembly has never adopted this many resolutions in a session (about 350 at most)
_MOST_RESOLUTIONS = 360


def _beyond_resolutions(m: re.Match[str]) -> bool:
    """Whether a number with the glued marker ("76/832") is beyond any session's resolutions:
    then the marker is no part of it."""
    number = m["pre"].split("/")[-1] + m["m"]
    return number.isdigit() and int(number) >= _MOST_RESOLUTIONS


def _on_page_before(
    lines: list[Line],
    note: RawFootnote,
    pages: dict[int, tuple[int, int]],
    cursor: tuple[int, int],
    wording: _Wording,
) -> tuple[int, re.Match[str]] | None:
    """The call of a note that a text export printed after the page's foot (after the job and
    page numbers, so on the next page): looked for on the page before, after the last call."""
    lo, hi = pages.get(note.page - 1, (0, 0))
    if lo >= hi:
        return None
    start = cursor if lo <= cursor[0] < hi else (lo, 0)
    return _find(lines, note, start, hi, wording)


def _plausible(text: str, m: re.Match[str], wording: _Wording) -> bool:
    """Fused to punctuation ("2023,4") but not to a decimal sign in a number ("1.5 degrees"),
    or after a word that does not announce a number and before a word that is no month
    ("1 December" is a date)."""
    months = wording.months
    if not m["gap"] and m["pre"] == wording.decimal_sign and _fraction(text, m):
        return False
    if _whole_part(text, m, wording.decimal_sign):
        return False
    if not m["gap"] and not m["pre"][0].isalnum():
        return True
    if not m["gap"] and m["pre"][0].isalpha() and text[m.end("m") : m.end("m") + 1] in _CLOSING:
        return True  # fused to a word and closing its clause: "до 2030 года1,"
    if _CJK.match(m["pre"]):
        return not m["pre"].endswith(_CJK_BEFORE_NUMBER)  # "第2" is a number, "决议2" a call
    after = text[m.end("m") :].split()
    if after and after[0].strip(",.;:").casefold() in months:
        return False
    words = [w.strip('"”’»),.;:').casefold() for w in text[: m.end("pre")].split()]
    word = words[-1]
    if word.isdigit():
        if len(word) == 4:
            return True  # a year: "on 21 May 2024, 7"
        at_end = not text[m.end("m") :].strip()
        return at_end and len(words) > 1 and words[-2] not in _NOT_BEFORE_MARKER  # "Agenda 21, 6"
    if word in _YEAR_WORDS and text[m.end("m") : m.end("m") + 1] in _CLOSING:
        return True  # "до 2030 года 5," (a year's word and a clause's end)
    return word not in _NOT_BEFORE_MARKER


# the word after a year ("2030 года"): the number after it, closing a clause, is a call
_YEAR_WORDS = frozenset({"года"})


def _page_ranges(lines: list[Line]) -> dict[int, tuple[int, int]]:
    """page -> [first, last + 1) line indices (pages only grow along the lines)."""
    ranges: dict[int, tuple[int, int]] = {}
    for idx, line in enumerate(lines):
        lo, _ = ranges.get(line.page, (idx, idx))
        ranges[line.page] = (lo, idx + 1)
    return ranges


def _lone_marker(lines: list[Line], note: RawFootnote, start: int, stop: int) -> bool:
    """A marker that PDF extraction put on a line of its own (a superscript): blank that line
    and give the call to the text line before it."""
    for idx in range(start, stop):
        line = lines[idx]
        if line.text.strip() == note.marker:
            before = next((k for k in range(idx - 1, -1, -1) if not lines[k].blank), None)
            if before is None:
                return False
            line.text, line.dropped = "", True
            lines[before].footnote_refs.append(note.marker)
            return True
    return False


def _find(
    lines: list[Line],
    note: RawFootnote,
    cursor: tuple[int, int],
    stop: int,
    wording: _Wording,
) -> tuple[int, re.Match[str]] | None:
    pattern = _candidates(note.marker)
    year = _glued(note.marker, _YEAR) if note.marker.isdigit() else None
    for idx in range(cursor[0], stop):
        line = lines[idx]
        if note.marker not in line.text:
            continue
        start = cursor[1] if idx == cursor[0] else 0
        glued = year.search(line.text, start) if year else None
        if start == 0 and _wrapped_call(lines, idx, note.marker, wording.months):
            return idx, _line_start(note.marker).match(line.text)  # type: ignore[return-value]
        for m in pattern.finditer(line.text, start):
            if glued and glued.start() < m.start():
                break
            if _plausible(line.text, m, wording):
                return idx, m
        if glued:
            return idx, glued
    return None
