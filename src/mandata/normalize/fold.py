"""Character folding of one line, and raw text split into folded lines.

Per line: Arabic-Indic and Eastern Arabic-Indic digits, and superscript digits (footnote calls in
text from word processors), to ASCII; NFKC of Arabic presentation forms and of full-width ASCII
(but not of the full-width Chinese sentence punctuation ，；：！？, which is Chinese typography);
bidi controls, tatweel, Arabic short vowels (tashkeel: the language tables are written without
them), zero-width characters and soft hyphens removed; no-break and ideographic spaces to plain
spaces; the hyphen and the non-breaking hyphen to "-"; markdown remnants (``**bold**``, a leading
``- `` list dash) removed. Each folded line keeps the shifts that map its characters back to
offsets in the raw text. :func:`fold_characters` folds the characters alone (the UN's XML).
"""

from __future__ import annotations

import re
import unicodedata

from mandata.normalize.lines import Line

_DROP = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u061c\u0640\ufeff\u00ad"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
)
_SPACES = frozenset("\u00a0\u202f\u2007\u2009\u200a\u3000\u2002\u2003\u2004\u2005\u2006")
_KEEP_FULLWIDTH = frozenset("，；：！？")
# One character for another: the digits to ASCII, the hyphen and the non-breaking hyphen (the
# French versions write "soixante\u2011dix\u2011neuvième") to "-".
_DIGITS = (
    {chr(0x0660 + i): str(i) for i in range(10)}
    | {chr(0x06F0 + i): str(i) for i in range(10)}
    | {chr(0x2070 + i): str(i) for i in (0, 4, 5, 6, 7, 8, 9)}
    | {"\u00b9": "1", "\u00b2": "2", "\u00b3": "3"}
    | {"\u2010": "-", "\u2011": "-"}
)
_NEEDS_FOLD = re.compile(
    "["
    + re.escape("".join(_DROP | _SPACES | set(_DIGITS)))
    + "\ufb50-\ufdff\ufe70-\ufefe\uff01-\uff5e]"
)
_MARKDOWN_DASH = re.compile(r"^\s*-\s+(?=\S)|^\s*-\s*$")
_BOLD = re.compile(r"\*\*[^\s*](?:[^*]*[^\s*])?\*\*")


def fold(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Fold the characters of one line; returns the new text and its offset shifts."""
    if text.isascii() or not _NEEDS_FOLD.search(text):
        if "*" not in text and "-" not in text[:4]:
            return text, ()
        return _strip_markdown(text, ())
    return _strip_markdown(text.translate(_TABLE), _shifts(text))


def _shifts(text: str) -> tuple[tuple[int, int], ...]:
    """The offset shifts of ``text`` folded: a point after each character that folds to none
    or to several (the others fold one for one and shift nothing)."""
    shifts: list[tuple[int, int]] = []
    grown = 0  # how much longer the folded text is so far than the raw one
    for m in _RESIZED.finditer(text):
        grown += _GROWTH[m.group()]
        out_len = m.end() + grown
        shifts.append((out_len, m.end() - out_len))
    return _compact(shifts)


def fold_characters(text: str) -> str:
    """The characters of ``text`` folded as :func:`fold` folds a line, without its markdown
    stripping and offsets: for text that comes already structured (the UN's XML), so that it
    reads as the text path's lines do (no short vowels, ASCII digits, plain spaces...)."""
    if text.isascii() or not _NEEDS_FOLD.search(text):
        return text
    return text.translate(_TABLE)


def _fold_char(ch: str) -> str:
    """One character folded ("" when dropped)."""
    if ch in _DROP:
        return ""
    if ch in _SPACES:
        return " "
    digit = _DIGITS.get(ch)
    if digit is not None:
        return digit
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
        return unicodedata.normalize("NFKC", ch)
    if 0xFF01 <= code <= 0xFF5E and ch not in _KEEP_FULLWIDTH:
        return chr(code - 0xFEE0)
    return ch


# :func:`_fold_char` of every character it changes, for ``str.translate``; and the change of
# length of those that fold to none or to several characters, found by :data:`_RESIZED`.
_CHANGED = [
    *_DROP,
    *_SPACES,
    *_DIGITS,
    *map(chr, range(0xFB50, 0xFE00)),
    *map(chr, range(0xFE70, 0xFEFF)),
    *map(chr, range(0xFF01, 0xFF5F)),
]
_TABLE = {ord(ch): _fold_char(ch) for ch in _CHANGED if _fold_char(ch) != ch}
_GROWTH = {ch: len(_fold_char(ch)) - 1 for ch in _CHANGED if len(_fold_char(ch)) != 1}
_RESIZED = re.compile("[" + re.escape("".join(sorted(_GROWTH))) + "]")


def _compact(shifts: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Keep only the points where the delta changes (several drops in a row make one point)."""
    out: list[tuple[int, int]] = []
    for at, d in shifts:
        if out and out[-1][0] == at:
            out[-1] = (at, d)
        elif not out or out[-1][1] != d:
            out.append((at, d))
    return tuple(out)


def _strip_markdown(
    text: str, shifts: tuple[tuple[int, int], ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove a leading list dash and the ``**`` around bold words, recording the shifts."""
    m = _MARKDOWN_DASH.search(text)
    if m:
        text, shifts = _cut(text, shifts, m.start(), m.end())
    while m := _BOLD.search(text):
        text, shifts = _cut(text, shifts, m.end() - 2, m.end())
        text, shifts = _cut(text, shifts, m.start(), m.start() + 2)
    return text, shifts


def _cut(
    text: str, shifts: tuple[tuple[int, int], ...], start: int, end: int
) -> tuple[str, tuple[tuple[int, int], ...]]:
    return text[:start] + text[end:], shift_after(shifts, start, end - start)


def shift_after(
    shifts: tuple[tuple[int, int], ...], at: int, removed: int
) -> tuple[tuple[int, int], ...]:
    """Shifts after ``removed`` characters were cut at index ``at`` of the folded text."""
    moved = [(a - removed if a > at else a, d + removed if a > at else d) for a, d in shifts]
    before = [d for a, d in moved if a <= at]
    base = before[-1] if before else 0
    moved.append((at, base + removed))
    moved.sort()
    return _compact(moved)


def split_lines(raw: str) -> list[Line]:
    """Split raw text into folded lines, numbering pages at form feeds."""
    lines: list[Line] = []
    page = 1
    pos = 0
    # a line with nothing to fold (none in the whole text, or an ASCII line), no bold mark and
    # no dash near its start (a markdown list's) is its own folding, without shifts: what
    # fold() gives it, without calling it for each line
    clean = raw.isascii() or not _NEEDS_FOLD.search(raw)
    for chunk in raw.split("\n"):
        if (
            (clean or chunk.isascii())
            and "*" not in chunk
            and "-" not in chunk[:4]
            and "\f" not in chunk
        ):
            lines.append(Line(chunk, pos, page))
            pos += len(chunk) + 1
            continue
        if "\f" not in chunk:
            text, shifts = fold(chunk)
            lines.append(Line(text, pos, page, shifts))
            pos += len(chunk) + 1
            continue
        segments = chunk.split("\f")
        offset = pos
        for k, seg in enumerate(segments):
            if k:
                page += 1
                lines.append(Line("\f", offset - 1, page))
            text, shifts = fold(seg.rstrip("\r"))
            lines.append(Line(text, offset, page, shifts))
            offset += len(seg) + 1
        pos += len(chunk) + 1
    return lines
