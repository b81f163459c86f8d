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

from mandata.normalize import Line, RawFootnote, shift_after

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


@lru_cache(maxsize=512)  # markers are few ("1"-"300", "*", "a"), but they come from the text
def _candidates(marker: str) -> re.Pattern[str]:
    after = "" if marker.endswith(("/", ")")) else r"(?=\s|$|[,.;:،؛，。；：])"
    return re.compile(
        rf"(?P<pre>[^\W\d_][\"”’»)]?|[,.;:،؛，。；：][\"”’»]?|[\"”’»)])(?P<gap>\s{{0,2}})"
        rf"(?P<m>{re.escape(marker)}){after}"
    )


def attach_markers(
    lines: list[Line], footnotes: list[RawFootnote], months: frozenset[str] = frozenset()
) -> None:
    """Record each footnote's marker on the line that calls it, and cut it from the text.

    ``months`` are the month names of the document's language: a number before one is a day.
    """
    cursor: tuple[int, int] = (0, 0)
    pages = _page_ranges(lines)
    for note in footnotes:
        lo, hi = pages.get(note.page, (0, 0))
        if lo >= hi:
            continue
        if cursor[0] < lo:
            cursor = (lo, 0)
        if _lone_marker(lines, note, cursor[0], hi):
            continue
        found = _find(lines, note, cursor, hi, months)
        if found is None:
            found = _on_page_before(lines, note, pages, cursor, months)
        if found is None:
            continue
        idx, m = found
        line = lines[idx]
        cut_from = m.start("gap") if m["gap"] else m.start("m")
        removed = m.end("m") - cut_from
        line.text = line.text[:cut_from] + line.text[m.end("m") :]
        line.shifts = shift_after(line.shifts, cut_from, removed)
        line.footnote_refs.append(note.marker)
        cursor = (idx, cut_from)


def _on_page_before(
    lines: list[Line],
    note: RawFootnote,
    pages: dict[int, tuple[int, int]],
    cursor: tuple[int, int],
    months: frozenset[str],
) -> tuple[int, re.Match[str]] | None:
    """The call of a note that a text export printed after the page's foot (after the job and
    page numbers, so on the next page): looked for on the page before, after the last call."""
    lo, hi = pages.get(note.page - 1, (0, 0))
    if lo >= hi:
        return None
    start = cursor if lo <= cursor[0] < hi else (lo, 0)
    return _find(lines, note, start, hi, months)


def _plausible(text: str, m: re.Match[str], months: frozenset[str]) -> bool:
    """Fused to punctuation ("2023,4"), or after a word that does not announce a number and
    before a word that is no month ("1 December" is a date)."""
    if not m["gap"] and not m["pre"][0].isalnum():
        return True
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
    return word not in _NOT_BEFORE_MARKER


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
    months: frozenset[str],
) -> tuple[int, re.Match[str]] | None:
    pattern = _candidates(note.marker)
    for idx in range(cursor[0], stop):
        line = lines[idx]
        if note.marker not in line.text:
            continue
        start = cursor[1] if idx == cursor[0] else 0
        for m in pattern.finditer(line.text, start):
            if _plausible(line.text, m, months):
                return idx, m
    return None
