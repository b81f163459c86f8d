"""Cross-language consistency: align the language versions of one document and report where
they differ (a paragraph missing, a different number, date, session, cited document, State or
organ, count of sub-paragraphs or footnotes, or verb).

Every version is compared with one reference version: the original language when the versions
say which it is and it is among them, else English, else the first given. A fact on which every
other version (three at least) differs from the reference in the same way is the reference's
own divergence (a misprint in it): one finding says so, not one per version.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from mandata.compare.actions import same_action
from mandata.compare.align import align
from mandata.compare.diff import RANK, Difference, another_text, pair_differences, same_text
from mandata.compare.units import Version, version
from mandata.errors import MandataError
from mandata.model import Document

__all__ = ["Comparison", "Difference", "compare_documents", "same_action"]


@dataclass
class PairSummary:
    """One line per pair of languages: how many paragraphs were aligned and what differs."""

    left: str
    right: str
    aligned: int
    differences: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.differences.items()))
        return f"{self.left}-{self.right}: {self.aligned} paragraphs aligned, " + (
            counts or "no difference"
        )


@dataclass
class Comparison:
    """The versions compared, the reference language, the differences and a summary per pair."""

    symbol: str | None
    reference: str
    languages: list[str]
    differences: list[Difference] = field(default_factory=list)
    pairs: list[PairSummary] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "reference": self.reference,
            "languages": self.languages,
            "summary": [
                {
                    "left": p.left,
                    "right": p.right,
                    "aligned": p.aligned,
                    "differences": dict(p.differences),
                }
                for p in self.pairs
            ],
            "differences": [d.to_dict() for d in self.differences],
        }


def _reference_version(versions: Sequence[Version], docs: Sequence[Document]) -> int:
    codes = [v.language for v in versions]
    for doc in docs:
        if doc.original_language in codes:
            return codes.index(doc.original_language)
    return codes.index("en") if "en" in codes else 0


def compare_documents(docs: Sequence[Document]) -> Comparison:
    """Compare the language versions ``docs`` of one document with the reference version."""
    if len(docs) < 2:
        raise MandataError("compare needs at least two versions")
    versions = [version(d) for d in docs]
    codes = [v.language for v in versions]
    if len(set(codes)) < len(codes):
        raise MandataError(f"two versions in the same language: {', '.join(codes)}")
    ref = versions[_reference_version(versions, docs)]
    out = Comparison(symbol=ref.symbol, reference=ref.language, languages=codes)
    for other in versions:
        if other is ref:
            continue
        pairs = align(ref.units(), other.units())
        found = pair_differences((ref.language, other.language), pairs)
        if not same_text(ref.units(), other.units(), pairs):
            found = [another_text((ref, other), pairs, found)]
        summary = PairSummary(ref.language, other.language, sum(1 for a, b in pairs if a and b))
        summary.differences.update(d.kind for d in found)
        out.differences += found
        out.pairs.append(summary)
    out.differences = reference_alone(out.differences, ref.language, len(versions) - 1)
    out.differences.sort(key=lambda d: RANK[d.severity])
    return out


# At least this many other versions must agree against the reference for a difference to be
# the reference's alone: with two, either side may be the odd one.
_QUORUM = 3


def reference_alone(found: list[Difference], reference: str, others: int) -> list[Difference]:
    """``found`` with each difference that every other version shows in the same way (same kind
    and severity, same reference paragraph, the same values on each side) given once, noted as
    the reference version's alone: "24 December 2107" in the English where the five others
    read 2017 is one misprint in the English, not five findings. The per-pair summaries keep
    their counts."""
    if others < _QUORUM:
        return found
    groups: dict[tuple[object, ...], list[Difference]] = defaultdict(list)
    for diff in found:
        if diff.left_only or diff.right_only:
            groups[_same_finding(diff)].append(diff)
    out: list[Difference] = []
    for diff in found:
        group = groups.get(_same_finding(diff), [])
        if len({d.right.language for d in group}) < others:
            out.append(diff)
        elif diff is group[0]:
            languages = ", ".join(d.right.language for d in group)
            note = f"the {reference} version alone: {languages} agree"
            out.append(replace(diff, note=f"{diff.note}; {note}" if diff.note else note))
    return out


def _same_finding(diff: Difference) -> tuple[object, ...]:
    """What makes two versions' differences from the reference the same finding."""
    return (
        diff.kind,
        diff.severity,
        diff.left.paragraph,
        tuple(diff.left_only),
        tuple(diff.right_only),
    )
