"""Two language versions side by side: their paragraphs aligned row by row, each row with the
differences found between its two paragraphs (for the web UI's side-by-side page)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mandata.compare.align import align
from mandata.compare.diff import RANK, Difference, pair_differences
from mandata.compare.units import Unit, version
from mandata.model import Document


@dataclass
class Row:
    """One aligned row: a paragraph of each version (None where one version has none) and what
    differs between them, most severe first."""

    left: Unit | None
    right: Unit | None
    differences: list[Difference] = field(default_factory=list)

    @property
    def severity(self) -> str | None:
        """The highest severity of the row's differences, or None when it has none."""
        return self.differences[0].severity if self.differences else None


def side_by_side(left: Document, right: Document) -> list[Row]:
    """``left`` and ``right`` aligned paragraph by paragraph, with their differences."""
    a, b = version(left), version(right)
    pairs = align(a.units(), b.units())
    rows = [Row(x, y) for x, y in pairs]
    where = {
        (x.id if x else None, y.id if y else None): row
        for (x, y), row in zip(pairs, rows, strict=True)
    }
    for diff in pair_differences((a.language, b.language), pairs):
        row = where.get((diff.left.paragraph, diff.right.paragraph))
        if row is not None:
            row.differences.append(diff)
    for row in rows:
        row.differences.sort(key=lambda d: RANK[d.severity])
    return rows
