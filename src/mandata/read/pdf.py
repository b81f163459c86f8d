"""Read the text layer of a PDF with PDFium (pypdfium2), line by printed line, with its geometry.

Each page's text comes out as PDFium lays it out; PDFium's line breaks are not always the printed
lines (it joins two lines at a hyphen it takes for a soft one, and breaks a line after a raised
footnote call), so its lines are cut and joined again by where their characters stand: one
:class:`PdfLine` per printed line, with its left and right edges, baseline and font size, and the
runs of raised, smaller digits in it (footnote calls). The geometry costs a few PDFium calls per
line (the first and last characters, and the first character of each run of digits), never one
per character. Pages are joined with a form feed, lines with a newline, and a blank line stands
where the page leaves a paragraph's worth of space, as text exports do. Pages without a usable
text layer (scans, or a layer that measures as garbage: read/quality.py) are read by OCR
(read/ocr.py) when the mode allows it, and their lines take the place of the layer's; the layout
says which pages were OCRed and with what confidence.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
import warnings
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

import mandata.read.ocr as ocr_reader
from mandata.errors import EncryptedDocument, MandataWarning, NoTextLayer, UnreadableDocument
from mandata.read.quality import SHORT, measure
from mandata.read.visual import logical_line, logical_order, looks_reversed, mirrored

__all__ = ["PdfLayout", "PdfLine", "read_pdf"]

# PDFium marks some hyphens (those it takes for soft hyphens at a line end, but also the hyphen
# of "Secretary-General" in UN PDFs) with the noncharacter U+FFFE, and soft hyphens it keeps
# with U+0002; the page shows a hyphen.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_HYPHEN_MARK = re.compile("[\ufffe\x02](?=\\S)")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_RTL_LETTER = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_CALL = re.compile(r"[0-9]+|\*{1,3}")
_CALL_CHARS = frozenset("0123456789*")
# A footnote call is set smaller than its line and raised above its baseline.
_SMALLER = 0.85
_RAISED = 0.18
# A blank line is written where the space above a line exceeds this many line heights.
_GAP = 1.45


@dataclass(frozen=True, slots=True)
class PdfLine:
    """One printed line of a page, where it stands, and its raised footnote calls.

    Coordinates are PDF points from the page's bottom left: ``x0`` and ``x1`` the left and right
    edges of its first and last characters, ``y`` its baseline; ``size`` its font size. ``start``
    is the offset of ``text`` in the document's text; ``raised`` the ``[start, end)`` ranges of
    ``text`` set smaller and higher than the line (footnote calls).
    """

    text: str
    page: int
    start: int
    x0: float
    x1: float
    y: float
    size: float
    raised: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PdfLayout:
    """The printed lines of a PDF, in PDFium's order, and each page's (width, height);
    ``ocr_pages`` the pages (1-based) read by OCR, ``ocr_confidence`` the mean confidence of
    their words (0-100, weighted by characters; None when no page was OCRed)."""

    lines: tuple[PdfLine, ...]
    pages: tuple[tuple[float, float], ...]
    ocr_pages: tuple[int, ...] = ()
    ocr_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class _Glyph:
    """One character of a right-to-left line where the page shows it: pen position, and font
    size for digits and asterisks (a raised call), else 0; ``at`` its index in the page text
    (-1: a mark or space put back where PDFium did not give one)."""

    x: float
    y: float
    size: float
    char: str
    at: int = -1


@dataclass(slots=True)
class _Piece:
    """A run of one PDFium line that stands on one printed line (before offsets are known);
    ``glyphs`` its characters with their places, on pages with right-to-left text."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    raised: list[tuple[int, int]]
    glyphs: list[_Glyph] | None = None


class _Chars:
    """Geometry of single characters of one text page (text index -> PDFium's char index)."""

    def __init__(self, textpage: pdfium.PdfTextPage, text: str) -> None:
        self.raw = textpage.raw
        self.text = text
        self._astral = _ASTRAL.search(text) is not None
        self._a, self._b = ctypes.c_double(), ctypes.c_double()
        self._pa, self._pb = ctypes.byref(self._a), ctypes.byref(self._b)
        self._origin = pdfium_c.FPDFText_GetCharOrigin
        self._size = pdfium_c.FPDFText_GetFontSize
        self._same = not self._astral and self._identity()
        # a right-to-left page: more Arabic letters than Latin ones
        self.rtl = _RTL_LETTER.search(text) is not None and len(_RTL_LETTER.findall(text)) > len(
            _LATIN_LETTER.findall(text)
        )
        # runs of digits or asterisks, each a possible footnote call
        self.runs = [m.span() for m in _CALL.finditer(text)]

    def _identity(self) -> bool:
        """Whether text index and char index coincide (PDFium inserted and left out nothing),
        as they do on most pages: then no call is needed to translate them."""
        n = len(self.text)
        if n == 0 or pdfium_c.FPDFText_CountChars(self.raw) != n:
            return False
        probes = (0, n // 2, n - 1)
        return all(pdfium_c.FPDFText_GetCharIndexFromTextIndex(self.raw, k) == k for k in probes)

    def index(self, at: int) -> int:
        """PDFium's char index of character ``at`` of the page text."""
        if self._same:
            return at
        units = at + len(_ASTRAL.findall(self.text, 0, at)) if self._astral else at
        return int(pdfium_c.FPDFText_GetCharIndexFromTextIndex(self.raw, units))

    def origin(self, at: int) -> tuple[float, float]:
        """Pen position (x, baseline y) of character ``at``."""
        self._origin(self.raw, at if self._same else self.index(at), self._pa, self._pb)
        return self._a.value, self._b.value

    def size(self, at: int) -> float:
        """Font size of character ``at``."""
        return float(self._size(self.raw, at if self._same else self.index(at)))

    def right(self, at: int) -> float | None:
        """The right edge of character ``at``'s box (None when PDFium has none)."""
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        k = at if self._same else self.index(at)
        refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        if not pdfium_c.FPDFText_GetCharBox(self.raw, k, *refs):
            return None
        return right.value if right.value > left.value else None

    def glyphs(self, start: int, end: int) -> list[_Glyph]:
        """The characters ``[start, end)`` where the page shows them, without those PDFium
        made up (the spaces it adds where a right-to-left run turns): one PDFium call or three
        per character, on right-to-left pages only."""
        out: list[_Glyph] = []
        for at in range(start, end):
            k = at if self._same else self.index(at)
            if (
                self.text[at].isspace()
                and pdfium_c.FPDFText_IsGenerated(self.raw, k) == 1
                and not self._between_latin(at)
            ):
                continue
            self._origin(self.raw, k, self._pa, self._pb)
            char = _clean(self.text[at])
            size = float(self._size(self.raw, k)) if char in _CALL_CHARS else 0.0
            out.append(_Glyph(self._a.value, self._b.value, size, char, at))
        return out

    def _between_latin(self, at: int) -> bool:
        """A space PDFium put between two words of a left-to-right run (a footnote that cites
        an English title in an Arabic document): it stands where the page leaves the gap
        between them, unlike those it adds where a right-to-left run turns."""
        text = self.text
        return 0 < at < len(text) - 1 and bool(
            _LATIN_WORD_END.match(text[at - 1]) and _LATIN_WORD_END.match(text[at + 1])
        )


# a character that ends or opens a word of a left-to-right run: a Latin letter, a digit, the
# punctuation around them ("Fund," "(Rome")
_LATIN_WORD_END = re.compile(r"[A-Za-z0-9\u00c0-\u024f.,;:()\u2019'\"\u201c\u201d-]")


def _open(data: bytes, label: str) -> pdfium.PdfDocument:
    """Open a PDF from memory, translating PDFium's load errors into mandata errors."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedDocument(f"{label}: encrypted (password-protected) PDF") from err
        raise UnreadableDocument(f"{label}: damaged or truncated PDF ({err})") from err
    except Exception as err:  # ctypes or memory errors: still the user's file
        raise UnreadableDocument(f"{label}: damaged PDF ({type(err).__name__})") from err


def _page_pieces(pdf: pdfium.PdfDocument, index: int) -> tuple[list[_Piece], tuple[float, float]]:
    """The printed lines of one page and its size; page and text page are closed before
    returning."""
    page = pdf[index]
    try:
        size = (float(page.get_width()), float(page.get_height()))
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_range()
            chars = _Chars(textpage, text)
            pieces = _merge(_pieces(chars))
            if chars.rtl:
                _rtl_lines(pieces)
        finally:
            textpage.close()
    finally:
        page.close()
    return pieces, size


def _pieces(chars: _Chars) -> list[_Piece]:
    """PDFium's lines, cut where a joined hyphen hides a line break, measured."""
    out: list[_Piece] = []
    pos = 0
    text = chars.text
    hyphens = "\ufffe" in text or "\x02" in text
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        spans = _cut_at_hyphens(chars, pos, end) if hyphens else [(pos, end)]
        for a, b in spans:
            piece = _measure(chars, a, b)
            if piece is not None:
                out.extend(_rows(piece) if piece.glyphs else [piece])
        pos = m.end() if m else end
    return out


def _cut_at_hyphens(chars: _Chars, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``[start, end)`` after each PDFium hyphen mark whose next character stands lower
    (PDFium joined two printed lines there)."""
    spans: list[tuple[int, int]] = []
    at = start
    for m in _HYPHEN_MARK.finditer(chars.text, start, end):
        k = m.start()
        if abs(chars.origin(k)[1] - chars.origin(k + 1)[1]) > 2.0:
            spans.append((at, k + 1))
            at = k + 1
    spans.append((at, end))
    return spans


def _measure(chars: _Chars, start: int, end: int) -> _Piece | None:
    """The geometry of the text ``[start, end)`` of one printed line; None when blank."""
    text = chars.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    first_size, last_size = chars.size(start), chars.size(end - 1)
    size = max(first_size, last_size)
    (x_first, y_first), (x_last, y_last) = chars.origin(start), chars.origin(end - 1)
    # the baseline of the line's main text: a line may open with a raised marker (a footnote)
    y = y_last if first_size < last_size * _SMALLER else y_first
    # pen positions: the left of the first and last glyphs (right to left, the last is leftmost);
    # the right edge is the last glyph's pen position and half an em, near enough for margins
    x0 = min(x_first, x_last)
    x1 = max(x_first + 0.5 * first_size, x_last + 0.5 * last_size)
    piece = _Piece(_clean(text[start:end]), x0, x1, y, size, [])
    if chars.rtl:  # PDFium's order of a right-to-left line is not always the page's
        piece.glyphs = chars.glyphs(start, end)
        if piece.glyphs:  # the baseline most of its letters stand on (marks stand higher)
            piece.y = Counter(round(g.y, 1) for g in piece.glyphs).most_common(1)[0][0]
            piece.x0 = min(g.x for g in piece.glyphs)
            piece.x1 = _right_edge(chars, piece.glyphs, size)
        return piece
    piece.raised = _raised(chars, start, end, piece)
    return piece


def _right_edge(chars: _Chars, glyphs: list[_Glyph], size: float) -> float:
    """Where a right-to-left line starts: the right of its rightmost letter's box (a pen
    position and half an em misses it by up to half an em, as much as an indent), or that
    near guess where PDFium gives no box."""
    last = max((g for g in glyphs if not g.char.isspace()), key=lambda g: g.x, default=None)
    if last is None:
        return max(g.x for g in glyphs) + 0.5 * size
    right = chars.right(last.at) if last.at >= 0 else None
    return right if right is not None and right >= last.x else last.x + 0.5 * size


def _clean(text: str) -> str:
    """PDFium's hyphen marks as the hyphens they print."""
    if "\ufffe" in text or "\x02" in text:
        text = text.replace("\ufffe", "-").replace("\x02", "-")
    return text


def _raised(chars: _Chars, start: int, end: int, piece: _Piece) -> list[tuple[int, int]]:
    """Runs of digits (or asterisks) set smaller than the line and above its baseline; a run
    may begin in the line's own size ("77/19" then a raised "1"), so its last character is
    looked at first, and the raised part is followed back from there (three characters at
    most)."""
    found: list[tuple[int, int]] = []
    runs = chars.runs
    k = bisect_left(runs, (start, start))
    while k < len(runs) and runs[k][1] <= end:
        run_start, run_end = runs[k]
        k += 1
        last = run_end - 1
        if not _is_raised(chars, last, piece):
            continue
        first = last
        while first > max(run_start, last - 2) and _is_raised(chars, first - 1, piece):
            first -= 1
        found.append((first - start, run_end - start))
    return found


def _is_raised(chars: _Chars, at: int, piece: _Piece) -> bool:
    """Character ``at`` is smaller than the line and stands above its baseline."""
    if chars.size(at) >= piece.size * _SMALLER:
        return False
    return chars.origin(at)[1] - piece.y > _RAISED * piece.size


def _merge(pieces: list[_Piece]) -> list[_Piece]:
    """Join pieces that stand on one printed line (PDFium breaks a line after a raised call)."""
    out: list[_Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and _same_line(last, piece):
            _append(last, piece)
        elif last is not None and _carried_call(last, piece):
            last.raised.append((len(last.text), len(last.text) + len(piece.text)))
            last.text += piece.text
        else:
            out.append(piece)
    return out


def _carried_call(a: _Piece, b: _Piece) -> bool:
    """``b`` is a footnote call alone on the line under ``a``, at its left: the call of
    ``a``'s last word, carried over when the line broke before it (a call set apart from its
    word by a quote or a bracket); it is read at the end of ``a``."""
    if a.glyphs is not None or b.glyphs is not None or not _CALL.fullmatch(b.text):
        return False
    below = 0 < a.y - b.y < a.size
    return below and b.size < a.size * _SMALLER and b.x0 < a.x0 + a.size


def _same_line(a: _Piece, b: _Piece) -> bool:
    """``b`` continues ``a`` to its right (to its left, right to left), on the same baseline
    (or one of them raised)."""
    main, other = (a, b) if a.size >= b.size else (b, a)
    rise = other.y - main.y
    if a.glyphs is not None and b.glyphs is not None:
        # right to left, PDFium may give a line's runs in any order: side by side or within
        near = max(b.x0 - a.x1, a.x0 - b.x1) < 4 * main.size
    else:
        # a right edge is the last pen position and half an em: after a comma or a raised call
        # ("corresponda7," / "8,") the next run may start half an em left of it
        gap = b.x0 - a.x1
        near = -0.6 * main.size <= gap < 4 * main.size
    return near and -0.3 * main.size <= rise <= 0.6 * main.size


def _rtl_lines(pieces: list[_Piece]) -> None:
    """Each printed line that holds right-to-left letters, read from where its characters
    stand: PDFium gives such a line in an order of its own (a run turned round where a raised
    call or a left-to-right run interrupts it, brackets as their glyphs show, the two letters
    of a lam-alef ligature swapped), the page shows the truth. The characters are put left to
    right as shown and read back in logical order (read/visual.py); raised digits are calls."""
    for piece in pieces:
        if not piece.glyphs:
            continue
        # a space set raised with a call stands over the word before it
        rise = _RAISED * piece.size
        glyphs, marks = _unmarked(
            [g for g in piece.glyphs if g.char != " " or g.y - piece.y <= rise]
        )
        # characters at one place (a ligature) keep the order of PDFium's reading direction
        forward = sum(b.x > a.x for a, b in pairwise(glyphs))
        sign = 1 if forward > len(glyphs) // 2 else -1
        ranked = sorted(range(len(glyphs)), key=lambda k: (glyphs[k].x, -sign * k))
        visual = _spaced(_calls_after_words([glyphs[k] for k in ranked], piece), piece.size)
        order = logical_order("".join(g.char for g in visual))
        logical = _marked([visual[k] for k in order], marks)
        text = _paired("".join(mirrored(g.char) for g in logical))
        lead = len(text) - len(text.lstrip())
        piece.text = " ".join(text.split()) if "  " in text.strip() else text.strip()
        piece.raised = (
            _raised_glyphs(logical[lead:], piece) if piece.text == text[lead:].rstrip() else []
        )


def _rows(piece: _Piece) -> list[_Piece]:
    """A right-to-left piece cut into the printed lines its glyphs stand on (PDFium may join
    two lines into one); baselines less than half a line apart (a raised call) are one."""
    glyphs = piece.glyphs or []
    if not glyphs or max(g.y for g in glyphs) - min(g.y for g in glyphs) <= _ROW * piece.size:
        return [piece]
    rows: dict[float, list[_Glyph]] = {}
    for g in glyphs:
        row = next((y for y in rows if abs(y - g.y) <= _ROW * piece.size), g.y)
        rows.setdefault(row, []).append(g)
    out = []
    for y in sorted(rows, key=lambda y: -y):
        own = rows[y]
        base = Counter(round(g.y, 1) for g in own).most_common(1)[0][0]
        x0, x1 = min(g.x for g in own), max(g.x for g in own) + 0.5 * piece.size
        out.append(_Piece("".join(g.char for g in own), x0, x1, base, piece.size, [], own))
    return out


# Glyphs whose baselines are less than this many ems apart stand on one line.
_ROW = 0.6


def _unmarked(glyphs: list[_Glyph]) -> tuple[list[_Glyph], dict[int, str]]:
    """The glyphs without their combining marks (Arabic vowels, shadda), which PDFium gives
    apart from their letters, and without the spaces it puts around them; the marks by the id
    of the letter nearest to them."""
    kinds = [unicodedata.category(g.char) == "Mn" for g in glyphs]
    bases: list[_Glyph] = []
    loose: list[_Glyph] = []
    for k, g in enumerate(glyphs):
        if kinds[k]:
            loose.append(g)
        elif g.char != " " or not _stray_space(glyphs, kinds, k):
            bases.append(g)
    marks: dict[int, str] = {}
    for mark in loose:  # each mark with the letter nearest to it
        base = min(bases, key=lambda b: abs(b.x - mark.x), default=None)
        if base is not None:
            marks[id(base)] = marks.get(id(base), "") + mark.char
    return bases, marks


def _stray_space(glyphs: list[_Glyph], kinds: list[bool], k: int) -> bool:
    """A space PDFium puts around a run of marks: before a mark, or after one that stands far
    from it (a space after a word's last vowel, "مسرحاً ", stays)."""
    if k + 1 < len(glyphs) and kinds[k + 1]:
        return True
    if k == 0 or not kinds[k - 1]:
        return False
    return abs(glyphs[k - 1].x - glyphs[k].x) > 2 * max(glyphs[k - 1].size, 8.0)


def _marked(logical: list[_Glyph], marks: dict[int, str]) -> list[_Glyph]:
    """The marks put back after their letters."""
    if not marks:
        return logical
    out: list[_Glyph] = []
    for g in logical:
        out.append(g)
        out.extend(_Glyph(g.x, g.y, 0.0, m) for m in marks.get(id(g), ""))
    return out


def _spaced(visual: list[_Glyph], size: float) -> list[_Glyph]:
    """A space where two characters next to each other on the line stand far apart (two
    columns of a masthead, "الأمم المتحدة" and "A/RES/78/109", with no space character)."""
    out: list[_Glyph] = []
    for g in visual:
        if out and g.x - out[-1].x > _COLUMN_GAP * size and not (g.char + out[-1].char).isspace():
            out.append(_Glyph(out[-1].x, g.y, 0.0, " "))
        out.append(g)
    return out


# Two characters this many ems apart on a line are not in one word or next to each other.
_COLUMN_GAP = 1.3
_BRACKET = re.compile(r"[()\[\]]")
_OPENING = {"(": "(", ")": "(", "[": "[", "]": "["}
_CLOSING = {"(": ")", ")": ")", "[": "]", "]": "]"}
_AFTER_CLOSING = frozenset(" .,;:،؛")


def _paired(text: str) -> str:
    """Brackets by where they stand, where a font gives one glyph (and one character) to
    both brackets of a mirrored pair: after a space and before a word a bracket opens, after a
    word and before a space or a comma it closes ("(jus cogens(", ")9( A/CONF...")."""
    if not _BRACKET.search(text):
        return text
    chars = list(text)
    for m in _BRACKET.finditer(text):
        k = m.start()
        open_left = k == 0 or text[k - 1] == " "
        open_right = k + 1 == len(text) or text[k + 1] in _AFTER_CLOSING
        if open_left and not open_right:
            chars[k] = _OPENING[text[k]]
        elif open_right and not open_left:
            chars[k] = _CLOSING[text[k]]
    return "".join(chars)


def _calls_after_words(visual: list[_Glyph], line: _Piece) -> list[_Glyph]:
    """A raised call that stands over the end of an Arabic word (its glyphs overlap the
    word's last letter) put after the word, on its left."""
    k = 0
    while k < len(visual):
        if not _is_raised_glyph(visual[k], line):
            k += 1
            continue
        end = k
        while end < len(visual) and _is_raised_glyph(visual[end], line):
            end += 1
        start = k
        while start > 0 and _RTL_LETTER.match(visual[start - 1].char):
            start -= 1
        if start < k and end < len(visual) and _RTL_LETTER.match(visual[end].char):
            visual = visual[:start] + visual[k:end] + visual[start:k] + visual[end:]
        k = end
    return visual


def _is_raised_glyph(g: _Glyph, line: _Piece) -> bool:
    return 0 < g.size < line.size * _SMALLER and g.y - line.y > _RAISED * line.size


def _raised_glyphs(glyphs: list[_Glyph], line: _Piece) -> list[tuple[int, int]]:
    """Runs of raised, smaller digits among the (logical) characters of a line."""
    spans: list[tuple[int, int]] = []
    for k, g in enumerate(glyphs):
        if not _is_raised_glyph(g, line):
            continue
        if spans and spans[-1][1] == k:
            spans[-1] = (spans[-1][0], k + 1)
        else:
            spans.append((k, k + 1))
    return spans


def _is_call(piece: _Piece, line: _Piece) -> bool:
    """A piece that is a footnote call of ``line``: digits, smaller and raised."""
    smaller = piece.size < line.size * _SMALLER
    return smaller and piece.y - line.y > _RAISED * line.size and bool(_CALL.fullmatch(piece.text))


def _append(a: _Piece, b: _Piece) -> None:
    """Put ``b`` at the end of ``a``, with a space where the page leaves one."""
    if a.glyphs is not None and b.glyphs is not None:  # put in order by _rtl_lines
        a.glyphs.extend(b.glyphs)
        if a.size < b.size * _SMALLER:
            a.y, a.size = b.y, b.size
        a.text = a.text + " " + b.text
        a.x0, a.x1 = min(a.x0, b.x0), max(a.x1, b.x1)
        return
    gap = b.x0 - a.x1
    sep = "" if b.text[:1].isspace() or gap < 0.15 * max(a.size, b.size) else " "
    shift = len(a.text) + len(sep)
    if _is_call(a, b) and not a.raised:  # a line that opens with its marker: a footnote
        a.raised.append((0, len(a.text)))
    a.raised.extend((s + shift, e + shift) for s, e in b.raised)
    if _is_call(b, a) and not b.raised:
        a.raised.append((shift, shift + len(b.text)))
    if a.size < b.size * _SMALLER:  # keep the baseline and size of the line's main text
        a.y, a.size = b.y, b.size
    a.text = a.text + sep + b.text
    a.x1 = max(a.x1, b.x1)


def _layout(
    pages: list[tuple[list[_Piece], tuple[float, float]]],
) -> tuple[str, PdfLayout]:
    """The document's text and its lines with their offsets in it."""
    parts: list[str] = []
    lines: list[PdfLine] = []
    pos = 0
    for number, (pieces, _) in enumerate(pages, start=1):
        if number > 1:
            parts.append("\f")
            pos += 1
        previous: _Piece | None = None
        for piece in pieces:
            if previous is not None:
                blank = _blank_between(previous, piece)
                parts.append("\n\n" if blank else "\n")
                pos += 2 if blank else 1
            lines.append(
                PdfLine(
                    piece.text,
                    number,
                    pos,
                    piece.x0,
                    piece.x1,
                    piece.y,
                    piece.size,
                    tuple(piece.raised),
                )
            )
            parts.append(piece.text)
            pos += len(piece.text)
            previous = piece
    return "".join(parts), PdfLayout(tuple(lines), tuple(size for _, size in pages))


def _blank_between(a: _Piece, b: _Piece) -> bool:
    """A gap of more than a line and a half between two lines that follow on the page."""
    drop = a.y - b.y
    return drop > _GAP * max(a.size, b.size) * 1.2


def _logical_order(
    pages: list[tuple[list[_Piece], tuple[float, float]]], ocred: frozenset[int] = frozenset()
) -> None:
    """Turn the lines of a PDF whose Arabic text layer is in visual order (read/visual.py);
    OCRed pages (``ocred``, 0-based) are in logical order already."""
    layer = [pieces for k, (pieces, _) in enumerate(pages) if k not in ocred]
    texts = [piece.text for pieces in layer for piece in pieces]
    if not _RTL_LETTER.search("\n".join(texts)) or not looks_reversed(texts):
        return
    for pieces in layer:
        for piece in pieces:
            turned = logical_line(piece.text)
            if turned != piece.text:
                n = len(piece.text)
                piece.raised = sorted((n - end, n - start) for start, end in piece.raised)
                piece.text = turned


def read_pdf(
    data: bytes, label: str, ocr: str = "auto", language: str | None = None
) -> tuple[str, int, PdfLayout]:
    """Return the text of a PDF (pages joined by ``"\\f"``), its page count and its layout.

    ``ocr`` says which pages are read by OCR: "auto" those without a usable text layer,
    "always" every page, "never" none; ``language`` the language to OCR in (None: found from
    the text). Raises :class:`EncryptedDocument` for password-protected files,
    :class:`NoTextLayer` when no page has text (and OCR is off or not installed),
    :class:`UnreadableDocument` for damaged files and scans with no recognisable text.
    """
    pdf = _open(data, label)
    try:
        count = len(pdf)
        pages = [_page_pieces(pdf, i) for i in range(count)]
        ocred = _ocr(pdf, pages, _to_ocr(pdf, pages, ocr, label), language, label)
    except pdfium.PdfiumError as err:
        raise UnreadableDocument(f"{label}: damaged PDF page ({err})") from err
    finally:
        pdf.close()
    if not any(pieces for pieces, _ in pages):
        if ocred:
            raise UnreadableDocument(
                f"{label}: no recognisable text on the {len(ocred)} scanned page"
                f"{'s' if len(ocred) > 1 else ''} (OCR read nothing)"
            )
        if ocr == "never":
            raise NoTextLayer(
                f"{label}: the PDF has no text layer (a scan?); read it with --ocr auto"
            )
        raise NoTextLayer(
            f"{label}: the PDF has no text layer and no scanned image for OCR to read (blank pages?)"
        )
    _logical_order(pages, frozenset(ocred))
    text, layout = _layout(pages)
    if ocred:
        layout = _with_ocr(layout, ocred)
    return text, count, layout


def _to_ocr(
    pdf: pdfium.PdfDocument,
    pages: list[tuple[list[_Piece], tuple[float, float]]],
    mode: str,
    label: str,
) -> list[int]:
    """The pages (0-based) to OCR: every one ("always"), none ("never"), or ("auto") those
    whose text layer is not usable: garbage by the measures of read/quality.py, or too short
    on a page that shows an image (a scan with a stamp or a page number as its only text)."""
    if mode == "never":
        wanted: list[int] = []
    elif mode == "always":
        wanted = list(range(len(pages)))
    else:
        wanted = [k for k, (pieces, _) in enumerate(pages) if _scanned(pdf, k, pieces)]
    if wanted and not ocr_reader.tesseract_available():
        if not any(pieces for pieces, _ in pages):
            raise NoTextLayer(
                f"{label}: the PDF has no text layer (a scan?) and tesseract is not installed"
                " to read it by OCR (scripts/install_ocr.sh installs it)"
            )
        warnings.warn(
            f"{label}: {len(wanted)} page(s) look scanned; tesseract is not installed to read"
            " them by OCR, their text layer is used",
            MandataWarning,
            stacklevel=4,
        )
        return []
    return wanted


def _scanned(pdf: pdfium.PdfDocument, index: int, pieces: list[_Piece]) -> bool:
    """Page ``index`` needs OCR: its text is garbage, or short on a page with an image."""
    quality = measure("\n".join(piece.text for piece in pieces))
    if quality.chars >= SHORT:
        return not quality.usable
    return _has_image(pdf, index)


def _has_image(pdf: pdfium.PdfDocument, index: int) -> bool:
    """The page shows an image that covers a tenth of it or more."""
    page = pdf[index]
    try:
        area = float(page.get_width()) * float(page.get_height())
        box = [ctypes.c_float() for _ in range(4)]
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            pdfium_c.FPDFPageObj_GetBounds(obj.raw, *(ctypes.byref(v) for v in box))
            left, bottom, right, top = (v.value for v in box)
            if (right - left) * (top - bottom) >= 0.1 * area:
                return True
    finally:
        page.close()
    return False


def _ocr(
    pdf: pdfium.PdfDocument,
    pages: list[tuple[list[_Piece], tuple[float, float]]],
    wanted: list[int],
    language: str | None,
    label: str,
) -> dict[int, ocr_reader.OcrPage]:
    """OCR the ``wanted`` pages and put their lines in place of their text layer's."""
    if not wanted:
        return {}
    if language is None:
        language = _layer_language(pages, wanted)
    done = ocr_reader.ocr_pages(pdf, wanted, language, label)
    for index, page in done.items():
        pieces = [
            _Piece(line.text, line.x0, line.x1, line.y, line.size, list(line.raised))
            for line in page.lines
        ]
        pages[index] = (pieces, pages[index][1])
    return done


def _layer_language(
    pages: list[tuple[list[_Piece], tuple[float, float]]], wanted: list[int]
) -> str | None:
    """The language of the pages that keep their text layer, when there are some."""
    from mandata.langid import detect_language

    skip = set(wanted)
    text = "\n".join(p.text for k, (pieces, _) in enumerate(pages) if k not in skip for p in pieces)
    return detect_language(text[:5000]) if len(text.strip()) >= 200 else None


def _with_ocr(layout: PdfLayout, ocred: dict[int, ocr_reader.OcrPage]) -> PdfLayout:
    """The layout with the OCRed pages (1-based) and their confidence."""
    chars = sum(page.chars for page in ocred.values())
    confidence = sum(p.confidence * p.chars for p in ocred.values()) / chars if chars else 0.0
    return PdfLayout(
        layout.lines, layout.pages, tuple(sorted(k + 1 for k in ocred)), round(confidence, 1)
    )
