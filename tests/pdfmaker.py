"""Print test documents as PDFs laid out like the UN's: our own texts, set with fpdf2.

A document is a masthead, paragraphs and footnotes. Pages carry a running head (from page 2 on),
a running foot with the page and job numbers, and footnotes at the foot of the page that calls
them, under a separator rule, their markers raised and smaller, as are the calls in the text.
Paragraphs are justified, their first line indented (a number sits in the indent), with a gap
between paragraphs. A right-to-left document (Arabic) is set flush right; its lines are stored
either so that text extraction gives them in logical order, or as most old writers do, so that
it gives them backwards (``stored="backwards"``).

Fonts: DejaVu Sans (Latin, Cyrillic, Arabic) and WenQuanYi Zen Hei (Chinese), Debian's
``fonts-dejavu-core`` and ``fonts-wqy-zenhei``; :func:`font_for` is None when the font is missing,
and the tests skip, saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

FONTS = {
    "latin": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "zh": Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
}
WIDTH, HEIGHT = 612.0, 792.0
LEFT, RIGHT = 123.5, 487.5
TOP, BOTTOM = 80.0, 720.0  # baselines of the first and (at most) the last body line, from the top
BODY, SMALL, CALL = 10.0, 8.5, 6.5
LEADING, GAP, INDENT = 12.0, 6.0, 24.0
_CALL = re.compile(r"\^(\S+?)\^")  # "Nations^1^ was adopted": a footnote call


def font_for(language: str) -> Path | None:
    """The font file for a language, if it is installed."""
    path = FONTS["zh" if language == "zh" else "latin"]
    return path if path.exists() else None


@dataclass
class Para:
    """A paragraph: its text (calls written ``^1^``), its number, and whether its first line is
    indented (the UN's paragraphs are; a heading or a continued tail is not)."""

    text: str
    number: str | None = None
    indent: bool = True
    centred: bool = False
    before: float = 0.0  # extra space above it (the wider gaps of a masthead's title lines)


@dataclass
class Doc:
    """What to print."""

    language: str
    masthead: list[str]
    paragraphs: list[Para]
    footnotes: dict[str, str] = field(default_factory=dict)
    head: str = ""
    job: str = "25-01234"
    rtl: bool = False
    stored: str = "logical"  # or "backwards": how extraction will return right-to-left lines


@dataclass
class _Word:
    text: str
    call: bool = False
    glued: bool = False  # no space before it (a call, or what follows a call in one word)


class _Printer:
    """Sets a :class:`Doc` page by page."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.set_auto_page_break(False)
        font = font_for(doc.language)
        assert font is not None, "font missing"
        self.pdf.add_font("body", fname=str(font))
        self.y = TOP
        self.page = 0
        self.notes: list[str] = []  # markers called on the current page
        self.pages: list[list[str]] = []

    def run(self) -> FPDF:
        self._new_page()
        for line in self.doc.masthead:
            self._plain(line, BODY if self.y > TOP else 14.0)
        self.y += GAP * 2
        for para in self.doc.paragraphs:
            self._paragraph(para)
        self._finish_page()
        return self.pdf

    # --- pages -----------------------------------------------------------------------------

    def _new_page(self) -> None:
        self.pdf.add_page()
        self.page += 1
        self.y = TOP
        self.notes = []
        if self.page > 1 and self.doc.head:
            self._text_at(LEFT - 60, 55.0, self.doc.head, SMALL)

    def _finish_page(self) -> None:
        foot = f"{self.page} {self.doc.job}" if self.page > 1 else f"{self.doc.job} (E)"
        self._text_at(LEFT - 60, 760.0, foot, SMALL)
        if self.notes:
            y = BOTTOM + 8 - self._notes_height(self.notes)
            self._text_at(LEFT - 24, y, "__________________", 8.0)
            for marker in self.notes:
                y += SMALL * 1.25
                self._text_at(LEFT - 6, y - 3, marker, CALL)
                self._text_at(LEFT, y, self.doc.footnotes[marker], SMALL)

    def _notes_height(self, markers: list[str]) -> float:
        return SMALL * 1.25 * (len(markers) + 1) + 4

    def _room(self, calls: list[str]) -> bool:
        """Whether one more line (and the notes it calls) fits on the page."""
        notes = [*self.notes, *calls]
        limit = BOTTOM - (self._notes_height(notes) if notes else 0)
        return self.y + LEADING <= limit

    # --- text ------------------------------------------------------------------------------

    def _text_at(self, x: float, y: float, text: str, size: float) -> None:
        self.pdf.set_font("body", size=size)
        self.pdf.text(x, y, text)

    def _plain(self, text: str, size: float) -> None:
        if self.doc.rtl:
            stored = text if self.doc.stored == "backwards" else visual(text)
            self.pdf.set_font("body", size=size)
            self._text_at(RIGHT - self.pdf.get_string_width(stored), self.y, stored, size)
        else:
            self._text_at(LEFT, self.y, text, size)
        self.y += size * 1.3

    def _paragraph(self, para: Para) -> None:
        self.y += para.before
        words = [
            _Word(part, call=k % 2 == 1, glued=k > 0)
            for chunk in para.text.split()
            for k, part in enumerate(_CALL.split(chunk))
            if part
        ]
        first = True
        while words:
            width = RIGHT - LEFT - (INDENT if first and para.indent else 0)
            line, words = self._fill(words, width)
            calls = [w.text for w in line if w.call]
            if not self._room(calls):
                self._finish_page()
                self._new_page()
            self.notes.extend(calls)
            self._line(line, para, first, last=not words)
            first = False
        self.y += GAP

    def _width(self, word: _Word) -> float:
        self.pdf.set_font("body", size=CALL if word.call else BODY)
        return float(self.pdf.get_string_width(word.text))

    def _fill(self, words: list[_Word], width: float) -> tuple[list[_Word], list[_Word]]:
        """As many words as fit in ``width`` (at least one), and the rest."""
        space = self._width(_Word(" "))
        used, k = 0.0, 0
        while k < len(words):
            w = self._width(words[k]) + (space if k and not words[k].glued else 0)
            if k and used + w > width:
                break
            used += w
            k += 1
        return words[:k], words[k:]

    def _line(self, line: list[_Word], para: Para, first: bool, last: bool) -> None:
        indent = INDENT if first and para.indent else 0
        if first and para.number and not self.doc.rtl:  # Arabic prints "١ -" in the text
            self._text_at(LEFT + indent - 20, self.y, para.number, BODY)
        if self.doc.rtl:
            self._rtl_line(line, indent)
        else:
            self._ltr_line(line, indent, para.centred, justify=not last)
        self.y += LEADING

    def _ltr_line(self, line: list[_Word], indent: float, centred: bool, justify: bool) -> None:
        space = self._width(_Word(" "))
        widths = [self._width(w) for w in line]
        gaps = sum(1 for w in line[1:] if not w.glued)
        natural = sum(widths) + space * gaps
        span = RIGHT - LEFT - indent
        extra = (span - natural) / gaps if justify and gaps else 0.0
        x = LEFT + indent + ((span - natural) / 2 if centred else 0)
        for k, (word, w) in enumerate(zip(line, widths, strict=True)):
            if k and not word.glued:
                x += space + extra
            y = self.y - 3.5 if word.call else self.y
            self._text_at(x, y, word.text, CALL if word.call else BODY)
            x += w

    def _rtl_line(self, line: list[_Word], indent: float) -> None:
        text = "".join((w.text if w.glued else f" {w.text}") for w in line).strip()
        stored = text if self.doc.stored == "backwards" else visual(text)
        self.pdf.set_font("body", size=BODY)
        x = RIGHT - indent - self.pdf.get_string_width(stored)
        self._text_at(x, self.y, stored, BODY)


_DIGITS = re.compile(r"^[\d\u0660-\u0669/.,\-]+$")
_MIRROR = str.maketrans("()«»", ")(»«")


def visual(line: str) -> str:
    """A right-to-left line as it is seen, left to right: words in reverse order, letters of
    each Arabic word reversed, numbers kept as they read."""
    return " ".join(
        w if _DIGITS.match(w) else w[::-1].translate(_MIRROR) for w in reversed(line.split())
    )


def make_pdf(doc: Doc, path: Path) -> Path:
    """Print ``doc`` into ``path``."""
    _Printer(doc).run().output(str(path))
    return path
