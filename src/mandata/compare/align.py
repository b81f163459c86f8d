"""Align the paragraphs of two versions, in order, by what they say.

The whole document is one sequence, parts included: where the parser cut one version into parts
differently (a letter's last paragraph read as the annex's first), its paragraphs still pair.

A global alignment (Needleman-Wunsch) whose match score is the share of language-independent
facts two paragraphs agree on; a pair that agrees on nothing costs more than leaving both
unmatched, so a paragraph one version lacks stays alone instead of shifting every pair after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from mandata.compare.actions import same_action
from mandata.compare.units import Facts, Unit

GAP = 0.0
FLOOR = 0.25  # below this share of agreeing facts, two paragraphs are not a pair
PART_DISCOUNT = 0.8


def similarity(a: Facts, b: Facts) -> float:
    """The share (0..1) of the facts present in either paragraph on which both agree; the
    paragraph number counts as one fact among others, since a version may be renumbered."""
    if a == b:
        return 1.0
    agree, count = (1.0 if a.kind == b.kind else 0.0), 1
    if a.number or b.number:
        agree, count = agree + (a.number == b.number), count + 1
    if a.action or b.action:
        agree, count = agree + same_action(a.action, b.action), count + 1
    for x, y in (
        (a.references, b.references),
        (a.dates, b.dates),
        (a.sessions, b.sessions),
        (a.entities, b.entities),
        (a.numbers, b.numbers),
    ):
        if x or y:
            agree, count = agree + len(x & y) / len(x | y), count + 1
    if a.subparagraphs or b.subparagraphs:
        agree, count = agree + (a.subparagraphs == b.subparagraphs), count + 1
    return agree / count


def _pair(a: Unit, b: Unit) -> float:
    """The score of pairing two paragraphs: their similarity, less when the parser put them in
    different parts (one version's letter read as its annex), less the floor."""
    return similarity(a.facts, b.facts) * (1.0 if a.part == b.part else PART_DISCOUNT) - FLOOR


def align(left: Sequence[Unit], right: Sequence[Unit]) -> list[tuple[Unit | None, Unit | None]]:
    """The pairs of ``left`` and ``right`` in order; ``None`` where a paragraph has no match.
    Two versions of one paragraph each (short texts, a translator's segments) are that one
    paragraph, paired whatever their facts say."""
    n, m = len(left), len(right)
    if n == m == 1:
        return [(left[0], right[0])]
    pair = [[_pair(a, b) for b in right] for a in left]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, above, gains = score[i], score[i - 1], pair[i - 1]
        for j in range(1, m + 1):
            row[j] = max(above[j - 1] + gains[j - 1], above[j] + GAP, row[j - 1] + GAP)
    return [
        (left[a] if a is not None else None, right[b] if b is not None else None)
        for a, b in _trace(score, pair)
    ]


def _trace(
    score: list[list[float]], pair: list[list[float]]
) -> list[tuple[int | None, int | None]]:
    i, j = len(score) - 1, len(score[0]) - 1
    steps: list[tuple[int | None, int | None]] = []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(score[i][j] - (score[i - 1][j - 1] + pair[i - 1][j - 1])) < 1e-9:
            steps.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i > 0 and (j == 0 or abs(score[i][j] - (score[i - 1][j] + GAP)) < 1e-9):
            steps.append((i - 1, None))
            i -= 1
        else:
            steps.append((None, j - 1))
            j -= 1
    return steps[::-1]
