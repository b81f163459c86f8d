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

from mandata.read.ocr_shapes import Row, Scan

__all__ = ["steady_sizes"]

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
