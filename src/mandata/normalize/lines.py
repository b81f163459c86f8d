"""The types of stage 2: a line of normalized text, a footnote as found, the normalized text.

A :class:`Line` keeps the page it stands on and the offsets of its characters in the raw text,
so that everything found later points back into the file that was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Line:
    """One line of normalized text.

    ``start`` is the offset of the line's first character in the raw text; ``shifts`` lists
    (index in ``text``, delta) pairs from which on ``raw offset = start + index + delta``.
    ``starts`` is what the page layout says (PDFs only): a paragraph starts at this line (True),
    the line goes on with the one before (False), or the layout does not tell (None).
    ``table_row``: the page prints the line as a row of a table (PDFs only), in print smaller
    than the body's under the paragraph that introduces it ("... for the following purposes:"):
    whatever it starts with (a section number, "Part II."), it goes on with that paragraph.
    """

    text: str
    start: int
    page: int
    shifts: tuple[tuple[int, int], ...] = ()
    footnote_refs: list[str] = field(default_factory=list)
    dropped: bool = False
    starts: bool | None = None
    table_row: bool = False

    def raw_offset(self, index: int) -> int:
        """Offset in the raw text of character ``index`` of this line."""
        delta = 0
        for at, d in self.shifts:
            if at > index:
                break
            delta = d
        return self.start + index + delta

    @property
    def blank(self) -> bool:
        return not self.text or self.text.isspace()


@dataclass
class RawFootnote:
    """A footnote as found at the foot of a page (or the end of the document)."""

    marker: str
    text: str
    page: int


@dataclass
class NormalizedText:
    """The output of :func:`normalize`: body lines and footnotes, furniture removed."""

    lines: list[Line]
    footnotes: list[RawFootnote]
    pages: int

    def text(self) -> str:
        """The body as one string (for ``--stage normalize`` and for language detection)."""
        return "\n".join(line.text for line in self.lines)
