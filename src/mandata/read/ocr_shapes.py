"""The shapes of read/hocr.py's words, lines and pages as the OCR repairs read them.

Typed here as protocols, so that the repair modules (read/ocr_marks.py, read/ocr_sizes.py) need
not import read/hocr.py, which imports them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["Row", "Scan", "Word"]


class Word(Protocol):
    """A word of read/hocr.py."""

    text: str
    box: tuple[int, int, int, int]
    raised: bool


class Row(Protocol):
    """A line of read/hocr.py."""

    box: tuple[int, int, int, int]
    baseline: float
    size: float

    @property
    def words(self) -> Sequence[Word]: ...


class Scan(Protocol):
    """A page of read/hocr.py."""

    @property
    def rows(self) -> Sequence[Row]: ...
