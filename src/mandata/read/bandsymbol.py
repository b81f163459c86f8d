"""The document's symbol and job number in a page's bands, read again in the packs of their
script.

The UN's Arabic pages print the symbol ("A/RES/78/268") in Latin letters in the masthead and in
every running head; the Arabic pack reads it as digits and scraps ("85 |21"), so the running
head repeats nothing from page to page that the layout could know it by, and it is read as a
line of the text (a paragraph broken at the page's top, a paragraph number lost under it). Read
in the language's pack and English's together (the language's ``ocr_band_pack``), one line at a
time, tesseract gives the symbol. The foot's job number ("23-24514") loses digits the same way
("23-4"); read in the English pack alone (the line holds no Arabic), it comes out whole. A line
of a band is replaced only when that reading holds a symbol (a job number) the first did not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mandata.read.hocr import Row, Word, rows
from mandata.read.lostlines import PageImage
from mandata.symbols import SYMBOL

__all__ = ["reread_band"]

_BAND = 0.12  # the top of a page that holds the masthead or the running head
_FOOT = 0.08  # the bottom of a page that holds the running foot
_JOB = re.compile(r"\b\d{2}-\d{5}\b")
_LETTER = re.compile(r"[^\W\d_]")
_MARGIN = 10  # pixels round a line's box
_MARKS = "\u200e\u200f\u061c"


def reread_band(
    pgm: bytes, found: list[Row], head: Callable[[bytes], str], foot: Callable[[bytes], str]
) -> list[Row]:
    """The lines of a page with those of its top band that may hold the symbol read again by
    ``head`` and the letterless ones of its foot by ``foot`` (one line of hOCR each)."""
    image = PageImage(pgm)
    out = []
    for row in found:
        text = " ".join(w.text for w in row.words)
        if row.box[3] < _BAND * image.height and not SYMBOL.search(text):
            row = _again(image, row, head, SYMBOL) or row
        elif row.box[1] > (1 - _FOOT) * image.height and not _LETTER.search(text):
            row = row if _JOB.search(text) else _again(image, row, foot, _JOB) or row
        out.append(row)
    return out


def _again(
    image: PageImage, row: Row, read: Callable[[bytes], str], wanted: re.Pattern[str]
) -> Row | None:
    """``row`` read again; None when what ``wanted`` finds does not come of it."""
    left, top = max(0, row.box[0] - _MARGIN), max(0, row.box[1] - _MARGIN)
    right = min(image.width, row.box[2] + _MARGIN)
    bottom = min(image.height, row.box[3] + _MARGIN)
    lines = rows(read(image.crop(left, top, right, bottom)))
    words = [w for line in lines for w in line.words if w.text.strip(_MARKS)]
    for w in words:
        w.text = w.text.strip(_MARKS)
    if not wanted.search(" ".join(w.text for w in words)):
        return None
    dx, dy = left - image.margin, top - image.margin
    moved = [
        Word(w.text, (w.box[0] + dx, w.box[1] + dy, w.box[2] + dx, w.box[3] + dy), w.conf)
        for w in words
    ]
    return Row(row.box, row.baseline, row.size, moved)
