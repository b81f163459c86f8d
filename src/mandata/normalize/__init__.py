"""Stage 2, normalize: raw text -> clean lines, page furniture and footnotes set apart, offsets kept.

Reads: a :class:`~mandata.read.RawText` (pages separated by form feeds, or by the page furniture
that PDF extraction leaves in plain text). Writes: :class:`NormalizedText`, whose lines carry the
page they come from and the mapping back to offsets in the raw text.

The modules: :mod:`~mandata.normalize.lines` (the types), :mod:`~mandata.normalize.fold`
(character folding, raw text split into lines), :mod:`~mandata.normalize.furniture` (running
heads and feet, page and job numbers, footnote areas) and :mod:`~mandata.normalize.footnotes`
(where the body calls each footnote). A PDF read with its page layout is normalized by
:mod:`mandata.layout` instead, into the same types.
"""

from __future__ import annotations

from mandata.normalize.fold import fold, shift_after, split_lines
from mandata.normalize.furniture import drop_furniture
from mandata.normalize.lines import Line, NormalizedText, RawFootnote

__all__ = [
    "Line",
    "NormalizedText",
    "RawFootnote",
    "fold",
    "normalize",
    "shift_after",
    "split_lines",
]


def normalize(raw: str, title_hint: str | None = None) -> NormalizedText:
    """Fold characters, drop page furniture, set footnotes apart."""
    lines = split_lines(raw)
    body, footnotes, pages = drop_furniture(lines, title_hint)
    return NormalizedText(body, footnotes, pages)
