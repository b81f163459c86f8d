"""Steady font sizes for the Latin and Cyrillic lines tesseract reads.

Tesseract's ``x_size`` is estimated per block, not per line: on one page of a Russian resolution
printed in one size it gave lines of the body 24.8, 27.4 and 35 to 40 pixels. The layout reads
a line smaller than the body as furniture or a footnote, so the first lines of a page read 24.8
went with the running head above them (a paragraph lost). The letters tell the size better: the
height of a word made only of x-height letters ("и", "организации", "come") is the font's
x-height, the same on every line of one size. :func:`steady_sizes` sets the size of a line
whose ``x_size`` is far (a fifth) from its x-height's, at the scale tesseract gives the
document's lines on the whole (the median ratio of ``x_size`` to x-height), at the body's size
when it is within 9% of it, as a text layer's lines of one font are. Word boxes measure the
x-height only to a pixel or two, too coarse to tell an 8-point running head from the body,
so a size near the letters' stays tesseract's (but for the snap to the body: tesseract's sizes of
the body's lines spread 7% either side of it, the running head's in 8 points stood 10-15% under).
"""

from __future__ import annotations

from statistics import median

from mandata import lang
from mandata.read.ocr_shapes import Row, Scan

__all__ = ["steady_arabic_sizes", "steady_sizes"]

# letters that stand between the baseline and the x-height, without ascender, descender, dot
# or accent, in Latin and Cyrillic
_X_LETTERS = frozenset("acemnorsuvwxz" + "авгежзиклмнопстхчшъыьэюя")
_BODY_NEAR = 0.09  # a line within this share of the body's size is set at the body's size
# tesseract's size is kept unless it is this far from the letters' (its block errors were 25-35%;
# a running head in 8 points over a body in 10 read 8% under the body by both measures)
_OFF = 0.2
_MIN_WORDS = 2  # x-height words a line needs to be measured (one short word is too few)


def _alphabetic(row: Row) -> bool:
    """Most of the row's letters are Latin or Cyrillic (Arabic and Chinese lines have sizes of
    their own: read/hocr.py)."""
    letters = [c for w in row.words for c in w.text if c.isalpha()]
    ours = sum(c.isascii() or "\u00c0" <= c <= "\u04ff" for c in letters)
    return 2 * ours > len(letters)


def _x_height(row: Row) -> float | None:
    """The median height of the row's words made only of x-height letters (None: none, or a
    line in another script)."""
    if not _alphabetic(row):
        return None
    heights = [
        w.box[3] - w.box[1] for w in row.words if w.text and set(w.text.casefold()) <= _X_LETTERS
    ]
    return median(heights) if len(heights) >= _MIN_WORDS else None


def _inner(scan: Scan) -> list[Row]:
    """The rows of a page but its highest and its lowest: the running head and foot, set in
    sizes of their own that the layout tells them by (a title in 8 points whose letters' boxes
    measured as high as the body's)."""
    ordered = sorted(scan.rows, key=lambda row: row.box[1])
    return ordered[1:-1]


def steady_sizes(scans: list[Scan]) -> None:
    """Set the size of each line that has x-height words from its x-height (see the module)."""
    measured = [(row, x) for scan in scans for row in _inner(scan) if (x := _x_height(row))]
    if len(measured) < 3:
        return
    scale = median(row.size / x for row, x in measured if x > 0)
    sizes = {id(row): scale * x for row, x in measured}
    body = median(sizes.values())
    for row, _ in measured:
        size = (
            sizes[id(row)] if abs(row.size - sizes[id(row)]) > _OFF * sizes[id(row)] else row.size
        )
        row.size = body if abs(size - body) <= _BODY_NEAR * body else size


# Arabic lines: tesseract's x_size strays by half (body lines of one size read 22 to 66 pixels on
# one page of a resolution in Amiri, the running head 39 and 48, the notes 34). The height of the
# tall letters' stroke over the baseline (alef, lam: 31 to 33 pixels on those body lines, 26 on
# the notes, 25 to 27 on the running head) is steady; where tesseract's baseline strays too, it
# strays with it (36 where tesseract read a size of 25), so a line within 15% of the body's
# height is set at the body's size: the notes and running heads stand 16-22% under it.
_ARABIC_NEAR = 0.15
# a height out of this range of the body's is no measure (tesseract put the baseline of a
# line read again in a strip above its letters' tops): the line keeps tesseract's size
_ARABIC_RANGE = (0.5, 1.6)
_ARABIC_SHARE = 0.5  # a line whose letters are Arabic at least this share is measured


def _arabic(row: Row) -> bool:
    letters = [c for w in row.words for c in w.text if c.isalpha()]
    ours = sum("\u0600" <= c <= "\u06ff" for c in letters)
    return ours > _ARABIC_SHARE * len(letters) if letters else False


def _ascent(row: Row, tall: frozenset[str], above: frozenset[str]) -> float | None:
    """The median height over the row's baseline of the tops of its words that hold a tall
    letter and no mark above it (None: no such word, or no Arabic line)."""
    if not _arabic(row):
        return None
    heights = [
        row.baseline - w.box[1]
        for w in row.words
        if not tall.isdisjoint(w.text) and above.isdisjoint(w.text)
    ]
    return median(heights) if heights else None


def steady_arabic_sizes(scans: list[Scan]) -> None:
    """Set the size of each Arabic line that has a word with a tall letter from the height of
    those letters: the body's size (tesseract's median on the lines of the body's height) within
    :data:`_ARABIC_NEAR` of it, in proportion elsewhere."""
    data = lang.get("ar")
    tall, above = frozenset(data.ocr_tall_letters), frozenset(data.ocr_marks_above)
    measured = [(row, a) for scan in scans for row in scan.rows if (a := _ascent(row, tall, above))]
    if len(measured) < 3:
        return
    ascent = median(a for _, a in measured)
    body = median(row.size for row, a in measured if abs(a - ascent) <= _ARABIC_NEAR * ascent)
    for row, a in measured:
        if abs(a - ascent) <= _ARABIC_NEAR * ascent:
            row.size = body
        elif _ARABIC_RANGE[0] * ascent <= a <= _ARABIC_RANGE[1] * ascent:
            row.size = body * a / ascent
