"""Align the paragraphs of two versions, in order, by what they say.

The whole document is one sequence, parts included: where the parser cut one version into parts
differently (a letter's last paragraph read as the annex's first), its paragraphs still pair.

A global alignment (Needleman-Wunsch) whose match score is the share of language-independent
facts two paragraphs agree on, their lengths one of them (translations of one paragraph have
lengths in about the ratio of the two whole versions); a pair that agrees on nothing costs more
than leaving both unmatched, so a paragraph one version lacks stays alone instead of shifting
every pair after it.

One paragraph of a version may be two or three of the other (a sub-paragraph the markup of one
language gives its own paragraph, a paragraph split in two): such a run is aligned as one
paragraph (:func:`mandata.compare.units.merged`) when it agrees with the other version's
paragraph better than its first piece alone does, so that a fact its second piece states is not
read as missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from mandata.compare.actions import same_action
from mandata.compare.units import Facts, Unit, merged

GAP = 0.0
FLOOR = 0.25  # below this share of agreeing facts, two paragraphs are not a pair
PART_DISCOUNT = 0.8
MERGE_COST = 0.1  # for each paragraph more than one that a side of a pair takes
MAX_PIECES = 4
ABSORB_GAIN = 0.05  # how much better a pair must agree to take a paragraph left alone
SLACK = 30  # characters: how much two short paragraphs' lengths may differ by chance
BAND = 25  # paragraphs off the diagonal (beyond the difference of the counts) searched
# the steps of the alignment: paragraphs taken from each side (0: a paragraph alone)
STEPS = ((1, 1), (1, 0), (0, 1), *((1, k) for k in range(2, MAX_PIECES + 1)))
STEPS += tuple((k, 1) for k in range(2, MAX_PIECES + 1))


def similarity(a: Facts, b: Facts, ratio: float | None = None) -> float:
    """The share (0..1) of the facts present in either paragraph on which both agree; the
    paragraph number counts as one fact among others, since a version may be renumbered.
    With ``ratio`` (the length of the second version over the first's), the agreement of the
    two paragraphs' lengths counts as one more fact."""
    if a == b:
        return 1.0
    agree, count = (1.0 if a.kind == b.kind else 0.0), 1
    if not (a.length and b.length):  # a paragraph without its text: its place says
        return (agree + (a.number == b.number)) / 2
    if ratio is not None:
        agree, count = agree + _lengths(a.length * ratio, b.length, min(1.0, ratio)), count + 1
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
        agree, count = agree + _same_blocks(a, b), count + 1
    return agree / count


def _same_blocks(a: Facts, b: Facts) -> bool:
    """Whether two paragraphs (or runs) have as many sub-paragraphs, counting each paragraph of
    a run after its first as one: "(ii) ... (iii) ..." read as one paragraph with a
    sub-paragraph is the run "(ii) ...", "(iii) ..." of another version."""
    return a.subparagraphs == b.subparagraphs or (
        a.subparagraphs + a.pieces == b.subparagraphs + b.pieces
    )


def _lengths(x: float, y: float, scale: float) -> float:
    """How well two lengths agree (1: equal), short ones forgiven more."""
    slack = SLACK * scale
    return (min(x, y) + slack) / (max(x, y) + slack)


def length_ratio(left: Sequence[Unit], right: Sequence[Unit]) -> float:
    """The length of the right version over the left's (Chinese about a third of English)."""
    a, b = sum(u.facts.length for u in left), sum(u.facts.length for u in right)
    return b / a if a and b else 1.0


def _pair(a: Unit, b: Unit, ratio: float) -> float:
    """The score of pairing two paragraphs (or runs of them): their similarity, less when the
    parser put them in different parts (one version's letter read as its annex), less the
    floor, less the cost of each paragraph more than one a side takes."""
    extra = a.facts.pieces + b.facts.pieces - 2
    discount = 1.0 if a.part == b.part else PART_DISCOUNT
    return similarity(a.facts, b.facts, ratio) * discount - FLOOR - MERGE_COST * extra


def align(left: Sequence[Unit], right: Sequence[Unit]) -> list[tuple[Unit | None, Unit | None]]:
    """The pairs of ``left`` and ``right`` in order; ``None`` where a paragraph has no match.
    A side of a pair may be a run of two or three paragraphs read as one. Two versions of one
    paragraph each (short texts, a translator's segments) are that one paragraph, paired
    whatever their facts say."""
    n, m = len(left), len(right)
    if n == m == 1:
        return [(left[0], right[0])]
    ratio = length_ratio(left, right)
    band = abs(n - m) + BAND
    runs_left, runs_right = _runs(left), _runs(right)
    score: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(n + 1):
        for j in _columns(i, n, m, band):
            if i == j == 0:
                continue
            best: tuple[float, int, int, float] | None = None
            for di, dj in STEPS:
                before = score.get((i - di, j - dj))
                if before is None:
                    continue
                gain = GAP
                if di and dj:
                    gain = _pair(runs_left[(i, di)], runs_right[(j, dj)], ratio)
                if best is None or before + gain > best[0] + 1e-9:
                    best = (before + gain, di, dj, gain)
            if best is not None:
                score[(i, j)] = best[0]
                back[(i, j)] = best[1:]
    return _absorbed(_trace(back, runs_left, runs_right, (n, m)), ratio)


Pairs = list[tuple[Unit | None, Unit | None]]


def _absorbed(pairs: Pairs, ratio: float) -> Pairs:
    """``pairs`` where paragraphs left alone next to a pair join that pair's side when the
    pair then agrees clearly better (a list of more than :data:`MAX_PIECES` lines that one
    version's markup gives as many paragraphs and another's as one paragraph with its
    sub-paragraphs): a paragraph a version really lacks makes the pair's lengths and facts
    agree less, and stays alone."""
    out = list(pairs)
    i = 0
    while i < len(out):
        a, b = out[i]
        if a is not None and b is not None:
            for forward in (True, False):
                taken = _best_run(out, i, forward, ratio)
                if taken:
                    out[i] = taken[1]
                    lo, hi = (i + 1, i + 1 + taken[0]) if forward else (i - taken[0], i)
                    del out[lo:hi]
                    i = lo if not forward else i
                    break
        i += 1
    return out


def _best_run(
    pairs: Pairs, i: int, forward: bool, ratio: float
) -> tuple[int, tuple[Unit, Unit]] | None:
    """How many of the paragraphs left alone just after (or before) pair ``i``, all of one
    side, its side should take, and the pair that makes: the run that agrees best, if clearly
    better than the pair alone."""
    a, b = pairs[i]
    assert a is not None and b is not None
    step = 1 if forward else -1
    alone: list[Unit] = []
    side: int | None = None
    j = i + step
    while 0 <= j < len(pairs):
        x, y = pairs[j]
        this = 0 if y is None else 1 if x is None else None
        if this is None or side not in (None, this):
            break
        side = this
        unit = x if x is not None else y
        assert unit is not None
        alone.append(unit)
        j += step
    best, found = similarity(a.facts, b.facts, ratio) + ABSORB_GAIN, None
    for k in range(1, len(alone) + 1):
        run = alone[:k] if forward else alone[:k][::-1]
        own = a if side == 0 else b
        joined = merged([own, *run] if forward else [*run, own])
        pair = (joined, b) if side == 0 else (a, joined)
        score = similarity(pair[0].facts, pair[1].facts, ratio)
        if score > best:
            best, found = score, (k, pair)
    return found


def _runs(units: Sequence[Unit]) -> dict[tuple[int, int], Unit]:
    """(end, length) -> the run of ``length`` paragraphs ending before ``end``, read as one."""
    return {
        (end, k): merged(units[end - k : end])
        for k in range(1, MAX_PIECES + 1)
        for end in range(k, len(units) + 1)
    }


def _columns(i: int, n: int, m: int, band: int) -> range:
    """The columns of row ``i`` within ``band`` of the diagonal (long documents stay cheap)."""
    centre = round(i * m / n) if n else 0
    return range(max(0, centre - band), min(m, centre + band) + 1)


def _trace(
    back: dict[tuple[int, int], tuple[int, int, float]],
    left: dict[tuple[int, int], Unit],
    right: dict[tuple[int, int], Unit],
    end: tuple[int, int],
) -> list[tuple[Unit | None, Unit | None]]:
    """The pairs, first to last, from the steps ``back`` recorded (runs by end and length)."""
    i, j = end
    steps: list[tuple[Unit | None, Unit | None]] = []
    while i > 0 or j > 0:
        di, dj, _ = back[(i, j)]
        steps.append((left[(i, di)] if di else None, right[(j, dj)] if dj else None))
        i, j = i - di, j - dj
    return steps[::-1]
