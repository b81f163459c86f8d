"""Normalize a PDF by its layout: page furniture, footnotes and paragraph starts from geometry.

Reads: the text of a PDF and its :class:`~mandata.read.pdf.PdfLayout` (where each printed line
stands). Writes: the same :class:`~mandata.normalize.NormalizedText` as the text path, so both
share the segmenter, with two things text cannot know:

- *zones*: the running head and foot (the same text at the same place on several pages, a
  smaller font above the text block, page and job numbers, barcodes) are dropped; the lines
  below the footnote separator (or, without one, smaller lines at the foot that open with a
  raised marker) become footnotes, their markers read from the raised digits;
- *calls and paragraph starts*: a raised, smaller number in the body that is the marker of a
  footnote becomes the line's footnote call instead of a digit glued to a word; each body line
  says whether the page shows a paragraph starting there (``Line.starts``: a first-line indent,
  a vertical gap, the line before ending short of the margin after closing punctuation) or
  going on (``False``), or leaves it to the text rules (``None``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from mandata.normalize import Line, NormalizedText, RawFootnote, shift_after, split_lines
from mandata.normalize.furniture import FOOTNOTE_START, SEPARATOR, is_strict
from mandata.normalize.join import join_lines
from mandata.segment.blocks import NUMBERED, SUBLABEL, closes, columns
from mandata.symbols import SYMBOL

if TYPE_CHECKING:  # a PDF's layout: the PDF reader is imported when a PDF is read
    from mandata.read.pdf import PdfLayout, PdfLine

__all__ = ["hint_text_indents", "normalize_layout"]

_DIGITS = re.compile(r"\d")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u4e00-\u9fff]")
_HAN = re.compile(r"[\u3400-\u9fff]")
# Running heads and feet stand in the top and bottom bands of a page.
_BAND = 0.14
# A line set this much smaller than the body is not body text.
_SMALL = 0.95


@dataclass
class _Page:
    """The measures of one page's body text: left and right margins, line spacing."""

    left: float
    right: float | None  # None: the text is not justified
    spacing: float
    indented: bool = False  # the document indents the first line of its paragraphs
    indent: float = 0.0  # by this much (points right of the margin), where it does


def normalize_layout(text: str, layout: PdfLayout) -> NormalizedText:
    """Body lines (furniture dropped, footnote calls attached, paragraph starts hinted) and
    footnotes of a PDF, from its text and layout."""
    lines = split_lines(text)
    placed = {ln.start: ln for ln in layout.lines}  # the normalized line starts there too
    body_size = _body_size(layout.lines)
    furniture = _furniture(layout, body_size)
    notes_zone = _notes_zone(layout, furniture, body_size)
    footnotes = _footnotes([ln for ln in layout.lines if ln.start in notes_zone])
    markers = {note.marker for note in footnotes}
    body: list[Line] = []
    for line in lines:
        pdf_line = placed.get(line.start) if not line.blank else None
        if pdf_line is not None and (pdf_line.start in furniture or pdf_line.start in notes_zone):
            continue
        if pdf_line is not None and pdf_line.raised:
            _cut_calls(line, pdf_line, markers)
        body.append(line)
    _hint_starts(body, _reading(placed, layout), body_size)
    pages = max(len(layout.pages), 1)
    return NormalizedText(_tidy(body), footnotes, pages)


def _body_size(lines: tuple[PdfLine, ...]) -> float:
    """The font size most of the text is set in (weighted by characters)."""
    return _commonest_size(lines) or 10.0


def _commonest_size(lines: Iterable[PdfLine]) -> float | None:
    """The size most of ``lines``' characters are set in, to half a point (None: no line)."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _key(line: PdfLine) -> tuple[int, str]:
    """Where a line stands and what it says, page numbers aside: running heads repeat it."""
    return round(line.y), _DIGITS.sub("#", " ".join(line.text.casefold().split()))


def _spot(line: PdfLine) -> tuple[int, int]:
    """Where a line stands and its size: running heads that alternate their text keep it."""
    return round(line.y), round(line.size * 2)


def _in_band(line: PdfLine, layout: PdfLayout) -> bool:
    height = layout.pages[line.page - 1][1] if line.page <= len(layout.pages) else 792.0
    return line.y > height * (1 - _BAND) or line.y < height * _BAND


@dataclass
class _Repeats:
    """How many pages print each line text (digits aside) and each small line's spot."""

    texts: Counter[tuple[int, str]]
    spots: Counter[tuple[int, int]]
    symbols: list[tuple[int, float, str]] = field(default_factory=list)

    def symbol_repeats(self, line: PdfLine) -> bool:
        """A line after the first page that holds a symbol which the band of another page after
        the first holds where it stands (within 2 points): the document's symbol in its running
        head, whatever OCR made of the title beside it ("... the Olympic ide A/RES/78/10"). The
        first page has the masthead there, no running head."""
        found = SYMBOL.search(line.text)
        if found is None or line.page == 1:
            return False
        near = [
            page
            for page, y, symbol in self.symbols
            if page > 1 and symbol == found[0] and abs(y - line.y) <= 2
        ]
        return len(set(near)) >= 2

    def symbol_tops(self, line: PdfLine) -> bool:
        """The highest line of a page after the first that holds a symbol which the bands of two
        other pages after the first hold, wherever it stands there: the running head, set on two
        lines where its title is long (OCR reads them as one row, its baseline the upper's)."""
        found = SYMBOL.search(line.text)
        if found is None or line.page == 1:
            return False
        pages = {page for page, _, symbol in self.symbols if symbol == found[0] and page > 1}
        return len(pages - {line.page}) >= 2


def _furniture(layout: PdfLayout, body_size: float) -> set[int]:
    """Offsets of the lines that are page furniture: the page, job and barcode numbers wherever
    they stand, the running head (from the top of each page down) and the running foot (from
    the bottom up, never past a footnote)."""
    banded: dict[int, list[PdfLine]] = {}  # the lines of each page's top and bottom bands
    for ln in layout.lines:
        if _in_band(ln, layout):
            banded.setdefault(ln.page, []).append(ln)
    repeats = _Repeats(Counter(), Counter())
    for lines in banded.values():
        repeats.texts.update({_key(ln) for ln in lines})
        repeats.spots.update({_spot(ln) for ln in lines if ln.size < body_size * _SMALL})
        repeats.symbols.extend(_band_symbols(lines))
    out = {ln.start for ln in layout.lines if is_strict(ln.text)}
    for lines in banded.values():
        ordered = sorted(lines, key=lambda ln: -ln.y)
        out |= _head(ordered, repeats, body_size, out)
        out |= _foot(ordered[::-1], repeats, body_size, out)
    return out


def _band_symbols(lines: list[PdfLine]) -> list[tuple[int, float, str]]:
    """The page, place and symbol of each symbol in a page's band."""
    return [(ln.page, ln.y, found[0]) for ln in lines for found in SYMBOL.finditer(ln.text)]


def _head(ordered: list[PdfLine], repeats: _Repeats, body_size: float, known: set[int]) -> set[int]:
    """The running head: the lines at the top of the page that repeat on other pages, or a
    block of smaller lines there that holds a symbol or stands where other pages' heads do."""
    out: set[int] = set()
    block: list[PdfLine] = []
    for k, ln in enumerate(ordered):
        repeated = repeats.texts[_key(ln)] >= 2 or (k == 0 and repeats.symbol_tops(ln))
        if ln.start in known or repeated:
            out.add(ln.start)
        elif ln.size < body_size * _SMALL:
            block.append(ln)
        elif repeats.symbol_repeats(ln):
            out.add(ln.start)
        else:
            break
    if any(SYMBOL.search(ln.text) or repeats.spots[_spot(ln)] >= 2 for ln in block):
        out |= {ln.start for ln in block}
    return out


def _foot(ordered: list[PdfLine], repeats: _Repeats, body_size: float, known: set[int]) -> set[int]:
    """The running foot: the lines at the bottom of the page that repeat on other pages, up to
    the first that does not, a footnote separator or a footnote's first line."""
    out: set[int] = set()
    for k, ln in enumerate(ordered):
        if ln.start in known:
            out.add(ln.start)
            continue
        if SEPARATOR.match(ln.text) or _opens_with_call(ln):
            break
        if repeats.texts[_key(ln)] < 2 and not _detached(ordered, k, body_size):
            break
        out.add(ln.start)
    return out


def _detached(ordered: list[PdfLine], k: int, body_size: float) -> bool:
    """The lowest line of a page, smaller than the body and standing well apart from the
    lines above it (a page number printed once)."""
    line = ordered[k]
    above = ordered[k + 1] if k + 1 < len(ordered) else None
    if k != 0 or line.size >= body_size * _SMALL or above is None:
        return False
    return above.y - line.y > 2.2 * line.size


def _notes_zone(layout: PdfLayout, furniture: set[int], body_size: float) -> set[int]:
    """Offsets of footnote lines and separators: below a separator rule, or from the first
    smaller line at the foot of a page that opens with a raised marker."""
    out: set[int] = set()
    by_page: dict[int, list[PdfLine]] = {}
    for ln in layout.lines:
        if ln.start not in furniture:
            by_page.setdefault(ln.page, []).append(ln)
    for lines in by_page.values():
        rules = [ln for ln in lines if _rule(ln.text) and _note_rule(ln, lines, body_size)]
        if rules:
            top = max(r.y for r in rules)
            out |= {ln.start for ln in lines if ln.y <= top + 0.5}
            continue
        out |= _bare_notes(lines, body_size)
    return out


def _rule(text: str) -> bool:
    """The line is a rule of underscores (the notes' separator, or one the text prints)."""
    return text[:1] == "_" and SEPARATOR.match(text) is not None


def _note_rule(rule: PdfLine, lines: list[PdfLine], body_size: float) -> bool:
    """Whether a rule of underscores separates the page's footnotes: it is set in their print,
    or nothing under it is set in the body's. A rule in the body's print with a line of the
    body's print under it is the text's own (a quoted statute's note under its articles, then
    the next paragraph)."""
    if rule.size < body_size * _SMALL:
        return True
    under = [ln for ln in lines if ln.y < rule.y - 0.5 and len(ln.text) >= _MEASURED]
    return all(ln.size < body_size * _SMALL for ln in under)


_MEASURED = 20  # characters: a shorter piece's size may be a single raised or odd glyph's


def _bare_notes(lines: list[PdfLine], body_size: float) -> set[int]:
    """Notes printed without a separator: smaller lines under the body, the first of them
    opening with a raised marker or an asterisk."""
    body = [ln.y for ln in lines if ln.size >= body_size * _SMALL]
    floor = min(body) if body else None
    below = sorted(
        (ln for ln in lines if floor is None or ln.y < floor - 0.5), key=lambda ln: -ln.y
    )
    if not below or below[0].size >= body_size * _SMALL:
        return set()
    first = below[0]
    if not (_opens_with_call(first) or first.text.startswith("*") or _BRACKETED.match(first.text)):
        return set()
    return {ln.start for ln in below if ln.size < body_size * _SMALL}


# a note that prints its marker in brackets, not raised ("(2) القرار 70/1.", as Arabic does)
_BRACKETED = re.compile(r"^\(\d{1,3}\)\s")


def _opens_with_call(line: PdfLine) -> bool:
    return bool(line.raised) and line.raised[0][0] == 0


def _footnotes(lines: list[PdfLine]) -> list[RawFootnote]:
    """Footnotes from the lines of the note zones: a raised marker (or a number or asterisks
    before the text, where markers are not raised) opens a note; other lines go on with the
    note before, also across pages."""
    notes: list[RawFootnote] = []
    parts: list[list[str]] = []
    raised = any(_opens_with_call(ln) for ln in lines)
    for ln in lines:
        if SEPARATOR.match(ln.text):
            continue
        opened = _note_start(ln, raised)
        if opened is not None:
            notes.append(RawFootnote(opened[0], "", ln.page))
            parts.append([opened[1]])
        elif parts:
            parts[-1].append(ln.text)
    for note, texts in zip(notes, parts, strict=True):
        note.text = join_lines(texts)
    return notes


def _note_start(line: PdfLine, raised: bool) -> tuple[str, str] | None:
    """(marker, text) when a footnote line opens a note: by its raised marker, or where the
    document does not raise them (``raised`` False), by a number or asterisks before the text."""
    if _opens_with_call(line):
        end = line.raised[0][1]
        return line.text[:end], line.text[end:].strip()
    m = FOOTNOTE_START.match(line.text) if not raised else None
    return (m["marker"], m["text"].strip()) if m else None


def _cut_calls(line: Line, pdf_line: PdfLine, markers: set[str]) -> None:
    """Take the raised footnote markers out of a body line's text, recording them as calls."""
    for start, end in reversed(pdf_line.raised):
        marker = pdf_line.text[start:end]
        if marker not in markers and pdf_line.text[start - 1 : end + 1] in markers:
            start, end = start - 1, end + 1  # "(2)": the call in its brackets
            marker = pdf_line.text[start:end]
        if marker not in markers:
            continue
        at = _folded_index(line, start)
        if at is None or line.text[at : at + len(marker)] != marker:
            continue
        cut = at
        while cut > 0 and line.text[cut - 1] == " " and _space_after(line.text, at + len(marker)):
            cut -= 1
        removed = at + len(marker) - cut
        line.text = line.text[:cut] + line.text[at + len(marker) :]
        line.shifts = shift_after(line.shifts, cut, removed)
        line.footnote_refs.insert(0, marker)


def _space_after(text: str, at: int) -> bool:
    """The marker is followed by a space, punctuation or the end of the line."""
    return at >= len(text) or text[at] == " " or not text[at].isalnum()


def _folded_index(line: Line, raw_index: int) -> int | None:
    """The index in the folded text of the character at ``raw_index`` of the raw line."""
    target = line.start + raw_index
    candidates: list[int] = [min(raw_index, len(line.text) - 1), *range(len(line.text))]
    for at in candidates:
        if 0 <= at < len(line.text) and line.raw_offset(at) == target:
            return at
    return None


def _tidy(body: list[Line]) -> list[Line]:
    """No page break before the first text line; one blank line at most in a row (a form feed
    line is not blank here: it marks a page break for the segmenter)."""
    out: list[Line] = []
    seen_text = False
    for line in body:
        feed = line.text == "\f"
        if feed and not seen_text:
            continue
        if line.blank and not feed and out and out[-1].blank and out[-1].text != "\f":
            continue
        seen_text = seen_text or not line.blank
        out.append(line)
    return out


def _reading(placed: dict[int, PdfLine], layout: PdfLayout) -> dict[int, PdfLine]:
    """The lines as seen in their reading direction: a right-to-left line (Arabic) mirrored,
    so that its start is on the left like any other's (indents, short last lines); a line
    without a letter (a paragraph's last figures, "2003,") on a page most of whose lines read
    right to left is mirrored with them."""
    if not any(_RTL.search(line.text) for line in placed.values()):
        return placed
    lean = {start: _direction(line.text) for start, line in placed.items()}
    votes: Counter[int] = Counter()
    for start, line in placed.items():
        votes[line.page] += lean[start]
    out: dict[int, PdfLine] = {}
    for start, line in placed.items():
        letterless = lean[start] == 0 and not _LTR.search(line.text)
        if lean[start] > 0 or (letterless and votes[line.page] > 0):
            width = layout.pages[line.page - 1][0] if line.page <= len(layout.pages) else 612.0
            line = replace(line, x0=width - line.x1, x1=width - line.x0)
        out[start] = line
    return out


def _direction(text: str) -> int:
    """1 when more of the line's letters read right to left, -1 when more read left to right,
    0 when as many (none)."""
    rtl, ltr = len(_RTL.findall(text)), len(_LTR.findall(text))
    return (rtl > ltr) - (ltr > rtl)


def _hint_starts(body: list[Line], placed: dict[int, PdfLine], body_size: float) -> None:
    """Set ``starts`` on each body line from its place on the page (see the module doc)."""
    seen = [(line, placed[line.start]) for line in body if _placed(line, placed)]
    lines = [here for _, here in seen]
    pages = _page_measures(lines, body_size)
    _indent_style(pages, lines, body_size)
    _mark_tables(seen)
    previous: PdfLine | None = None
    items = False  # a lettered sub-paragraph since the last numbered paragraph
    for line, here in seen:
        page = pages.get(here.page)
        if line.table_row or _rule(here.text):
            line.starts = False  # a table's row; a rule the text prints (not the notes' rule)
        elif page is not None:
            line.starts = _starts(here, previous, page, body_size, items)
        previous = here
        items = bool(SUBLABEL.match(here.text)) or (items and not NUMBERED.match(here.text))


def _placed(line: Line, placed: dict[int, PdfLine]) -> bool:
    return not line.blank and line.text != "\f" and line.start in placed


def _mark_tables(seen: list[tuple[Line, PdfLine]]) -> None:
    """Mark the rows of tables (``Line.table_row``), and a title between two tables of one
    paragraph ("B. Office of Investment Management" between the staffing changes of A and B)."""
    # the print of the numbered paragraphs (their first lines), that of a table's introducing
    # line (a title ending with a colon is larger)
    size = _commonest_size(here for _, here in seen if NUMBERED.match(here.text))
    if size is None:
        return  # tables that numbered paragraphs introduce: none without them
    table = 0.0
    previous: PdfLine | None = None
    for line, here in seen:
        table = _table_row(here, previous, table, size)
        line.table_row = table > 0
        previous = here
    for k in range(1, len(seen) - 1):
        if seen[k - 1][0].table_row and seen[k + 1][0].table_row:
            seen[k][0].table_row = True


def _table_row(here: PdfLine, before: PdfLine | None, table: float, size: float) -> float:
    """The print size of the paragraph that introduces the table ``here`` is a row of (0: it
    is none; negative: a table may follow): a table is set smaller than its paragraph (as the
    UN sets its tables: 8.5 points under 10) under the line that introduces it with a colon,
    or under that line and the table's title ("A. Pension Administration"). Out of a table,
    only a line in ``size``, the numbered paragraphs' print, introduces one."""
    if before is None or (not table and abs(before.size - size) > size * _SAME_SIZE):
        return 0
    intro = before.text.rstrip().endswith(_COLONS)
    if table <= 0 and intro:
        table = -before.size
    if here.size <= abs(table) * _TABLE_SIZE:
        return abs(table)
    # a title in the paragraph's print under the introducing line or under a table: a table
    # may follow it ("B. Office of Investment Management" after the table of A)
    return -abs(table) if (table < 0 and intro) or table > 0 else 0


_TABLE_SIZE = 0.92  # a table's print is 8.5 or 9 points where its paragraph's is 10
_SAME_SIZE = 0.05  # the introducing line and the numbered paragraphs: the same print
_COLONS = (":", "：")


def _page_measures(lines: list[PdfLine], body_size: float) -> dict[int, _Page]:
    """Left margin, justified right margin and line spacing of each page's body text."""
    out: dict[int, _Page] = {}
    by_page: dict[int, list[PdfLine]] = {}
    for ln in lines:
        if abs(ln.size - body_size) < 0.6:
            by_page.setdefault(ln.page, []).append(ln)
    for page, own in by_page.items():
        lefts = Counter(round(ln.x0) for ln in own)
        left = min(x for x, n in lefts.items() if n >= lefts.most_common(1)[0][1] / 3)
        steps = Counter(round(a.y - b.y) for a, b in pairwise(own) if 0 < a.y - b.y < 40)
        cjk = _mostly_han(own)
        spacing = _spacing(steps, cjk) if steps else body_size * 1.2
        full = _inner(own, spacing) if cjk else own
        # how far a full line may stop short of the margin: 2 points where justification
        # stretches the spaces between words, most of a character on a Chinese page (its lines
        # break between any two characters and are not always stretched to the margin)
        short_by = round(0.9 * body_size) if cjk else 2
        right, count = _mode_near(Counter(round(ln.x1) for ln in full), short_by)
        justified = count >= 0.4 * len(full) and len(own) >= 4
        out[page] = _Page(float(left), float(right) if justified else None, spacing)
    return out


def _spacing(steps: Counter[int], cjk: bool) -> float:
    """The step from one line of a paragraph to the next: the most common step, or on a
    Chinese page the smallest of the common ones (its one-line paragraphs make the paragraph
    gap the most common step there)."""
    top = steps.most_common(1)[0]
    if not cjk:
        return float(top[0])
    return float(
        min(step for step, n in steps.items() if n >= max(2, 0.25 * top[1]) or n == top[1])
    )


def _inner(lines: list[PdfLine], spacing: float) -> list[PdfLine]:
    """The lines another line of their paragraph follows, one step below: justification sets
    them to the margin, where a paragraph's last line stops anywhere (all of them where the
    page sets paragraphs without a gap)."""
    return [a for a, b in pairwise(lines) if abs(a.y - b.y - spacing) < 1.5] or lines


def _indent_style(pages: dict[int, _Page], lines: list[PdfLine], body_size: float) -> None:
    """Mark the pages of a document whose paragraphs open with an indent: most lines after a
    paragraph gap stand right of the margin. The gap between paragraphs is the most common
    one; the wider gaps of the masthead and title (flush left) do not count against it, nor do
    numbered and lettered paragraphs (the UN sets an operative paragraph's number at the
    margin, in the indent of the preambular paragraphs above it, and "a)" of a sub-paragraph as
    often)."""
    drops: list[tuple[int, float]] = []  # the gap above a paragraph's line, its indent
    for before, here in pairwise(lines):
        page = pages.get(here.page)
        if page is None or before.page != here.page:
            continue
        if _labelled(here.text):
            continue  # a labelled paragraph sets its label in the indent or at the margin
        if page.spacing * 1.35 < before.y - here.y < page.spacing * 4:
            drops.append((round(before.y - here.y), here.x0 - page.left))
    if not drops:
        return
    usual = Counter(drop for drop, _ in drops).most_common(1)[0][0]
    indents = [x for drop, x in drops if abs(drop - usual) <= 2 and x > 0.8 * body_size]
    gaps = sum(abs(drop - usual) <= 2 for drop, _ in drops)
    if gaps >= 3 and len(indents) >= 0.8 * gaps:
        indent = Counter(round(x) for x in indents).most_common(1)[0][0]
        for page in pages.values():
            page.indented, page.indent = True, float(indent)


def _labelled(text: str) -> bool:
    """The line opens with a paragraph's number ("3.", "5 -") or a sub-paragraph's label."""
    return bool(NUMBERED.match(text) or SUBLABEL.match(text))


def _hanging(before: PdfLine, here: PdfLine) -> bool:
    """A line of a numbered item set with a hanging indent ("4. Promoting ... justice" /
    "systems in a world ..."): the line before opens with its number and goes on, this one
    has none; its indent does not start a paragraph (a numbered item does not end at a
    comma)."""
    going_on = not closes(before.text) or before.text.rstrip().endswith(",")
    return _labelled(before.text) and going_on and not NUMBERED.match(here.text)


def _mostly_han(lines: list[PdfLine]) -> bool:
    """Most of the page's characters are Chinese: its lines stop short of the margin where
    the next character, or one with the punctuation that may not open a line, does not fit."""
    han = sum(len(_HAN.findall(ln.text)) for ln in lines)
    return han > sum(len(ln.text) for ln in lines) / 2


def _mode_near(values: Counter[int], below: int = 2) -> tuple[int, int]:
    """The most common value counting its neighbours within 2 points above it and ``below``
    points under it, and that count."""
    best, best_count = 0, 0
    for value in values:
        count = sum(values.get(v, 0) for v in range(value - below, value + 3))
        if count > best_count or (count == best_count and value > best):
            best, best_count = value, count
    return best, best_count


def _starts(
    here: PdfLine, before: PdfLine | None, page: _Page, size: float, items: bool = False
) -> bool | None:
    """Whether the page shows a paragraph starting at ``here`` (None: it does not tell);
    ``items``: lettered sub-paragraphs came since the last numbered paragraph."""
    indent = 0.8 * size
    if before is None:
        return True
    if before.page != here.page:
        return _starts_page(here, before, page, size)
    drop = before.y - here.y
    if drop < -1 or drop > page.spacing * 4:
        return None  # a column or a table read out of order
    if drop <= page.spacing * 1.35 and _figure_tail(here, before, page, size):
        return False
    if drop > page.spacing * 1.35:
        # a flush-left tail of a paragraph after its sub-paragraphs goes on with it ("e) le"
        # at the margin is a sub-paragraph, no tail; without sub-paragraphs before it, a line
        # at the margin in lower case is a numbered paragraph whose number OCR garbled: "ce
        # Expresses" for "3. Expresses")
        flush = page.indented and here.x0 < page.left + 2 and not _labelled(here.text)
        tail = items and _opens_lower(here.text)
        return not (flush and (tail or _lines_lost(before, page, size)))
    short = page.right is not None and before.x1 < page.right - 1.5 * size
    if short:
        ended = closes(before.text) and not _carried_figure(before, here, page, size)
        return True if ended and not _hanging(before, here) else None
    if here.x0 > before.x0 + indent and not _short_of_indent(here, page, size):
        return None if _hanging(before, here) else True
    full = page.right is not None and before.x1 >= page.right - 1.5 * size
    return False if full and here.x0 < before.x0 + indent else None


def _carried_figure(before: PdfLine, here: PdfLine, page: _Page, size: float) -> bool:
    """Whether ``here`` opens with a figure carried over from the line before, which ends short
    of the margin only because the figure did not fit after it ("... 的MSC." / "489(103)号决议"):
    a paragraph opens with a figure only as its number."""
    figure = _FIGURE.match(here.text)
    if figure is None or NUMBERED.match(here.text) or page.right is None:
        return False
    return len(figure.group()) * size * _FIGURE_EM > page.right - before.x1


_FIGURE = re.compile(r"[0-9][0-9A-Za-z().,/-]*")
_FIGURE_EM = 0.5  # a figure's width, in ems


def _short_of_indent(here: PdfLine, page: _Page, size: float) -> bool:
    """A line that stands right of the margin by much less than the document's first-line
    indent: no paragraph's start, but a line led by a blank (a space after a footnote call
    carried to the line's start)."""
    return page.indented and here.x0 - page.left < page.indent - 0.8 * size


def _lines_lost(before: PdfLine, page: _Page, size: float) -> bool:
    """The line before a gap is a full justified line that does not close: the paragraph goes
    on past the gap, where OCR lost a line or two (tesseract drops lines of Arabic pages); a
    paragraph's last line closes, and a heading stops short of the margin."""
    full = page.right is not None and before.x1 >= page.right - 1.5 * size
    return full and not closes(before.text)


def _figure_tail(here: PdfLine, before: PdfLine, page: _Page, size: float) -> bool:
    """A line without a word ("2003," or what OCR kept of it: "03,"; a scrap of fewer than
    :data:`_SCRAP` letters, what OCR kept of a last word: "ن؛" for "الإنسان؛") right under a full
    line that does not close: the paragraph's last figures or word carried over to a line of
    their own (a paragraph opens with a word; a right-to-left page's figures are not mirrored,
    and a scrap stands where its letters were read, so the line's place does not tell)."""
    letters = sum(ch.isalpha() for ch in here.text)
    return letters < _SCRAP and _lines_lost(before, page, size)


# a line of fewer letters than this is no word that opens a paragraph, but a scrap of one
_SCRAP = 3


def _opens_lower(text: str) -> bool:
    """The line opens with a lower-case letter (it goes on with a sentence)."""
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


def _starts_page(here: PdfLine, before: PdfLine, page: _Page, size: float) -> bool | None:
    """The first line of a page: indented, it starts a paragraph; at the margin after a full
    line that does not close, it goes on with it, and so it does in a document that indents its
    paragraphs, unless it is a short line that closes nothing after a closed one (a heading:
    "I", "Annex"; a numbered paragraph after a closed one starts there too). An
    indented line in lower case after a line that does not close goes on a sub-paragraph set
    with a hanging indent ("(iv) The payment ... members of" / "the Court ...")."""
    if here.x0 > page.left + 0.8 * size:
        return None if _opens_lower(here.text) and not closes(before.text) else True
    if here.x0 >= page.left + 2:
        return None
    if NUMBERED.match(here.text) and closes(before.text):
        return True  # "5 - ترحب": a numbered paragraph sets its number at the margin
    full = page.right is not None and before.x1 >= page.right - 1.5 * size
    if full and not closes(before.text):
        return False
    # a heading closes nothing; a paragraph's last line carried over does ("... 努力，")
    short = page.right is not None and here.x1 < page.right - 6 * size
    heading = closes(before.text) and short and not closes(here.text)
    return False if page.indented and not heading else None


# Text laid out in columns by its export (``pdftotext -layout``): the margin and a first-line
# indent of a few columns to the right of it.
_MIN_LAID_OUT = 10
_INDENT_COLUMNS = (3, 12)


def hint_text_indents(lines: list[Line]) -> None:
    """Paragraph starts of a text export that keeps the page's columns: a line indented a few
    columns from the margin starts a paragraph, a line at the margin right after another goes on
    with it (``Line.starts``, as the PDF layout sets it). Text without such columns is left
    alone. Each page has its own margin (exports shift odd and even pages)."""
    # each line's indent and whether it is wide, measured once for the margins and the hints
    texts = [line.text for line in lines]
    leads = [_lead(t) if t[:1] in (" ", "\t") else 0 for t in texts]
    # wider than 40 columns (a line of a paragraph); a character takes at most two columns
    wide = [len(t) > 20 and columns(t.strip()) > 40 for t in texts]
    margins = _text_margins(lines, leads, wide)
    if not margins:
        return
    previous: int | None = None  # the indent of the line before, None after a blank line
    before = ""  # the text of the line before, across blank lines and page breaks
    for line, lead in zip(lines, leads, strict=True):
        if line.blank or line.text == "\f":
            previous = None if line.text != "\f" else previous
            continue
        margin = margins.get(line.page)
        last, before = before, line.text
        if margin is None:
            previous = None
            continue
        indented = margin + _INDENT_COLUMNS[0] <= lead <= margin + _INDENT_COLUMNS[1]
        # a line indented like the line before it is in a block indented as a whole (a quoted
        # list), or a paragraph of one line after another: the indent does not tell which; nor
        # does it for a line in lower case after one that does not close (the next page's
        # first line of a sub-paragraph set with a hanging indent: "... of" / "the Court ...")
        if indented and (previous is None or previous < lead - 1):
            if not (_opens_lower(line.text) and last and not closes(last)):
                line.starts = True
        elif abs(lead - margin) <= 1 and previous is not None and not _heading(line.text):
            line.starts = False
        previous = lead


def _text_margins(lines: list[Line], leads: list[int], wide: list[bool]) -> dict[int, int]:
    """The left margin (in columns) of each page of a text laid out in columns whose paragraphs
    open with an indent; empty for any other text. ``leads`` and ``wide``: each line's indent
    and whether it is wider than 40 columns."""
    by_page: dict[int, Counter[int]] = {}
    for line, lead, is_wide in zip(lines, leads, wide, strict=True):
        if is_wide:
            by_page.setdefault(line.page, Counter())[lead] += 1
    margins: dict[int, int] = {}
    low, high = _INDENT_COLUMNS
    for page, counts in by_page.items():
        margin, count = counts.most_common(1)[0]
        indented = sum(n for lead, n in counts.items() if margin + low <= lead <= margin + high)
        if margin >= 2 and count >= 4 and indented >= 1:
            margins[page] = margin
    laid_out = sum(counts.total() for page, counts in by_page.items() if page in margins)
    if laid_out >= _MIN_LAID_OUT:
        return margins
    if _indented_at_margin(lines, leads, wide):
        return dict.fromkeys(by_page, 0)
    return {}


def _heading(text: str) -> bool:
    """A short line that closes no sentence ("I", "Social aspects"): the layout does not tell
    whether it starts a paragraph."""
    stripped = text.strip()
    return len(stripped) < _HEADING_WIDTH and not closes(stripped)


_HEADING_WIDTH = 60


def _lead(text: str) -> int:
    """The columns before a line's first character (a tab counts as an indent of four)."""
    if text[:1] not in (" ", "\t"):  # most lines: no indent
        return 0
    head = text[: len(text) - len(text.lstrip(" \t"))]
    return len(head) + 3 * head.count("\t")


def _indented_at_margin(lines: list[Line], leads: list[int], wide: list[bool]) -> bool:
    """A text at the left edge whose paragraphs open with an indent (a tab or a few spaces, as
    word processors export them): nearly every numbered paragraph is indented, and many lines
    are not (the lines after a paragraph's first)."""
    low, high = _INDENT_COLUMNS
    # NUMBERED skips the indent itself: the stripped line and the whole one match alike
    numbered = [lead for line, lead in zip(lines, leads, strict=True) if NUMBERED.match(line.text)]
    indented = sum(1 for lead in numbered if low <= lead <= high)
    at_margin = sum(1 for lead, is_wide in zip(leads, wide, strict=True) if is_wide and not lead)
    return (
        len(numbered) >= _MIN_NUMBERED
        and indented >= len(numbered) * 0.9
        and at_margin >= sum(wide) / 3
    )


_MIN_NUMBERED = 3
