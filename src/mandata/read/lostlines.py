"""Lines tesseract's page analysis skipped, found in the page's image and read again.

On Arabic pages tesseract's page analysis now and then takes two lines of a paragraph for one:
the line box spans both, and only one of them is read; the other is lost without a trace in
the hOCR. A paragraph then misses a line, and the gap it leaves (two line pitches between the
lines either side) reads as a paragraph break. Its baseline is still in the image: an Arabic
line's joining strokes make the row of its baseline the darkest of the line, far darker than the
rows of dots and vowel marks around it. :func:`recover` looks for such a baseline in every gap
of more than 1.6 pitches between a line and the next one below it, and reads the strip around
it as one line (tesseract's ``--psm 7``), which puts the lost line back in its place.

Only gaps are looked into, so a page whose lines were all read costs nothing but the ink count
of its gaps; a rule (a footnote separator, the masthead's) is one long unbroken stroke, which
no line of text is, and is never read as a line.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from itertools import pairwise

from mandata.read.hocr import Row, Word, rows

__all__ = ["PageImage", "recover"]

_DARK = bytes(1 if v < 140 else 0 for v in range(256))
_RUN = re.compile(b"\x01+")
_GAP = 1.6  # pitches between two lines read one above the other: a line may be lost between
_EDGE = 0.6  # pitches: how close to the lines either side a lost baseline may stand
_CONTRAST = 3  # a baseline row holds this many times the ink of the rows around it, at least
_INK = 0.2  # inches of ink on a lost line's baseline, at least (one short word)
_STROKE = 0.5  # inches: an unbroken stroke this long is a rule, never a line's baseline
_ABOVE, _BELOW = 0.8, 0.35  # pitches of the strip read above and below a lost baseline
_MARGIN = 12  # pixels of white put round the strip
_CONFIDENCE = 40  # mean word confidence of a line read again, at least
_LETTER = re.compile(r"[^\W\d_]")
_MARKS = "\u200e\u200f\u061c"  # direction marks tesseract may read as a word of their own


class PageImage:
    """A grey PGM page: its size and its rows of pixels made 1 (dark) or 0."""

    margin = _MARGIN  # pixels of white round a crop

    def __init__(self, pgm: bytes) -> None:
        _magic, size, _depth, self.data = pgm.split(b"\n", 3)
        self.width, self.height = (int(v) for v in size.split())

    def row(self, y: int) -> bytes:
        return self.data[y * self.width : (y + 1) * self.width].translate(_DARK)

    def crop(self, left: int, top: int, right: int, bottom: int) -> bytes:
        """The strip as a PGM of its own, with a white margin round it."""
        width = right - left + 2 * _MARGIN
        white = b"\xff" * width
        body = [
            b"\xff" * _MARGIN
            + self.data[y * self.width + left : y * self.width + right]
            + b"\xff" * _MARGIN
            for y in range(top, bottom)
        ]
        pixels = b"".join([white] * _MARGIN + body + [white] * _MARGIN)
        return b"P5\n%d %d\n255\n" % (width, bottom - top + 2 * _MARGIN) + pixels


def recover(pgm: bytes, found: list[Row], dpi: float, read: Callable[[bytes], str]) -> list[Row]:
    """The lines tesseract read on a page (``found``, in its reading order) with those it lost
    put back after the line above them; ``read`` reads a strip of the page as one line (hOCR)."""
    pitch = _pitch(found)
    if pitch is None:
        return found
    image = PageImage(pgm)
    out: list[Row] = []
    for row in found:
        out.append(row)
        below = _next_below(row, found, pitch)
        if below is None or below.baseline - row.baseline < _GAP * pitch:
            continue
        for y in _lost_baselines(image, row, below, pitch, dpi):
            if any(abs(y - other.baseline) < pitch / 2 for other in found):
                continue  # a line read, its box short of the column's width ("2023")
            line = _read_strip(image, y, row, below, pitch, read)
            if line is not None:
                out.append(line)
    return out


def _pitch(found: list[Row]) -> float | None:
    """The page's line pitch: the distance between two baselines one above the other inside a
    paragraph. The lower quartile of all: the steps between paragraphs and to the page's foot
    are longer, and may be half of them on a short page."""
    baselines = sorted(row.baseline for row in found)
    sizes = sorted(row.size for row in found) or [0.0]
    floor = sizes[len(sizes) // 2] / 2
    steps = [b - a for a, b in pairwise(baselines) if b - a > floor]
    return statistics.quantiles(steps, n=4)[0] if len(steps) >= 3 else None


def _next_below(row: Row, found: list[Row], pitch: float) -> Row | None:
    """The nearest line under ``row`` that stands in the same column (the boxes overlap)."""
    below = [
        other
        for other in found
        if other.baseline > row.baseline + pitch / 3
        and min(other.box[2], row.box[2]) > max(other.box[0], row.box[0])
    ]
    return min(below, key=lambda other: other.baseline, default=None)


def _lost_baselines(image: PageImage, row: Row, below: Row, pitch: float, dpi: float) -> list[int]:
    """The rows of pixels between two lines that are the baseline of a line: far darker than
    the rows around them, with ink enough for a word and no stroke as long as a rule."""
    top = int(row.baseline + _EDGE * pitch)
    bottom = min(int(below.baseline - _EDGE * pitch), image.height - 1)
    if bottom <= top:
        return []
    low = max(0, int(row.baseline))
    ink = {y: image.row(y).count(1) for y in range(low, min(int(below.baseline), image.height))}
    found: list[int] = []
    for y in sorted(range(top, bottom + 1), key=lambda k: -ink[k]):
        if ink[y] < _INK * dpi or any(abs(y - f) < pitch for f in found):
            continue
        around = sorted(ink.get(k, 0) for k in range(int(y - pitch / 2), int(y + pitch / 2)))
        if ink[y] < _CONTRAST * around[len(around) // 2]:
            continue
        if max((len(m) for m in _RUN.findall(image.row(y))), default=0) >= _STROKE * dpi:
            continue
        found.append(y)
    return sorted(found)


def _read_strip(
    image: PageImage, y: int, row: Row, below: Row, pitch: float, read: Callable[[bytes], str]
) -> Row | None:
    """The line whose baseline is row ``y``, read as one line: the strip from the first to the
    last ink of its baseline (a paragraph's short last line stands at one side; the rest of the
    column holds only the dots and tails of the lines either side, which tesseract would read as
    "1" or "0"). None when what is read there is no text (no letter, or a low confidence)."""
    ink = [m.span() for m in _RUN.finditer(image.row(y))]
    inside = [(a, b) for a, b in ink if min(row.box[0], below.box[0]) - pitch <= a]
    inside = [(a, b) for a, b in inside if b <= max(row.box[2], below.box[2]) + pitch]
    if not inside:
        return None
    left = max(0, inside[0][0] - int(pitch / 2))
    right = min(image.width, inside[-1][1] + int(pitch / 2))
    top = max(0, int(y - _ABOVE * pitch))
    bottom = min(image.height, int(y + _BELOW * pitch))
    lines = rows(read(image.crop(left, top, right, bottom)))
    words = [w for line in lines for w in line.words if w.text.strip(_MARKS)]
    chars = sum(len(w.text) for w in words)
    if not words or not any(_LETTER.search(w.text) for w in words):
        return None
    if sum(w.conf * len(w.text) for w in words) / max(chars, 1) < _CONFIDENCE:
        return None
    dx, dy = left - _MARGIN, top - _MARGIN
    moved = [
        Word(
            w.text,
            (w.box[0] + dx, w.box[1] + dy, w.box[2] + dx, w.box[3] + dy),
            w.conf,
            w.raised,
            w.glued,
        )
        for w in words
    ]
    box = (
        min(w.box[0] for w in moved),
        min(w.box[1] for w in moved),
        max(w.box[2] for w in moved),
        max(w.box[3] for w in moved),
    )
    return Row(box, lines[0].baseline + dy, lines[0].size, moved)
