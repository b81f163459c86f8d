"""One alignment of two resolutions for all their language versions (``mandata diff``, #19).

Aligned in each language on its own, the paragraphs of two resolutions pair alike as long as
the pairs are clear; a paragraph whose successor is half rewritten ("Endorses the decision of
the Committee to grant the status of observer to" one organization, then to another) is near
the threshold, and one language's words put it over where another's leave it under. The six
versions are one text: the UN numbers their paragraphs alike (``pp3``, ``op5``). So the
alignment is found once, over the paragraph numbering of a reference version (English when
held): the similarity of two paragraphs is the mean of their similarities in every version
that has both (found by number), and the other versions take that alignment through the same
numbering. A version whose numbering differs (a paragraph its markup splits or joins) keeps an
alignment of its own, and says so.
"""

from __future__ import annotations

from typing import Any

from mandata.analyze.document import full_text
from mandata.model import Document, Paragraph
from mandata.procedure.renewal import (
    Pairs,
    align_scores,
    alignment,
    diff_documents,
    moves,
    pairs_of,
    similarities,
    tokens,
)

Versions = dict[str, tuple[Document, Document]]


def paragraphs(doc: Document) -> list[Paragraph]:
    """The paragraphs in the order a diff aligns them: the preambles, then the operative parts."""
    return [p for r in doc.resolutions for p in r.preamble] + [
        p for r in doc.resolutions for p in r.operative
    ]


def shared_alignment(versions: Versions, reference: str) -> Pairs:
    """The alignment of the reference version's paragraphs (by position), on the mean of
    every version's similarities."""
    ref_old, ref_new = (paragraphs(d) for d in versions[reference])
    total = [[0.0] * len(ref_new) for _ in ref_old]
    count = [[0] * len(ref_new) for _ in ref_old]
    for old, new in versions.values():
        a, b = paragraphs(old), paragraphs(new)
        sim = similarities([tokens(full_text(p)) for p in a], [tokens(full_text(p)) for p in b])
        rows, cols = _positions(ref_old, a), _positions(ref_new, b)
        for i, r in enumerate(rows):
            for j, c in enumerate(cols):
                if r is not None and c is not None:
                    total[i][j] += sim[r][c]
                    count[i][j] += 1
    mean = [
        [t / n if n else 0.0 for t, n in zip(tr, nr, strict=True)]
        for tr, nr in zip(total, count, strict=True)
    ]
    return moves(align_scores(mean), mean)


def _key(p: Paragraph) -> str:
    """What identifies a paragraph across the versions: an operative paragraph's printed
    number (a version whose markup splits a paragraph numbers the rest alike still), else the
    paragraph's id (``pp3``)."""
    return f"op:{p.number}" if p.kind == "operative" and p.number else p.id


def _keys(ps: list[Paragraph]) -> list[str]:
    keys = [_key(p) for p in ps]
    return keys if len(set(keys)) == len(keys) else [p.id for p in ps]


def _positions(reference: list[Paragraph], mine: list[Paragraph]) -> list[int | None]:
    """For each reference paragraph, the position of the same paragraph in another version
    (None where it has none)."""
    where = {k: n for n, k in enumerate(_keys(mine))}
    return [where.get(k) for k in _keys(reference)]


def translate(pairs: Pairs, versions: Versions, reference: str, code: str) -> Pairs | None:
    """The reference alignment in version ``code``'s positions: the same positions when the
    paragraphs stand alike (:func:`_same_places`), else each paragraph found by its number; a
    paragraph only this version has (the second half of one its markup split) stays
    alone, after the one before it. None when the version lacks a paragraph of the reference
    or orders them otherwise."""
    ref_old, ref_new = (paragraphs(d) for d in versions[reference])
    old, new = (paragraphs(d) for d in versions[code])
    if _same_places(ref_old, old) and _same_places(ref_new, new):
        return pairs
    to_old, to_new = _positions(ref_old, old), _positions(ref_new, new)
    for found in (to_old, to_new):
        if None in found or found != sorted(found):  # type: ignore[type-var]
            return None
    out: Pairs = [
        (
            to_old[i] if i is not None else None,
            to_new[j] if j is not None else None,
            score,
        )
        for i, j, score in pairs
    ]
    for k in sorted(set(range(len(old))) - set(to_old)):
        out.insert(_after(out, 0, k), (k, None, 0.0))
    for k in sorted(set(range(len(new))) - set(to_new)):
        out.insert(_after(out, 1, k), (None, k, 0.0))
    return out


def _same_places(reference: list[Paragraph], mine: list[Paragraph]) -> bool:
    """As many paragraphs, and those numbered in both numbered alike (one version's markup may
    count an unnumbered paragraph among the other kind, ``pp34`` here and ``op1`` there, or
    leave a paragraph's number in its text)."""
    if len(reference) != len(mine):
        return False
    numbered = [(_key(a), _key(b)) for a, b in zip(reference, mine, strict=True)]
    return all(a == b for a, b in numbered if a.startswith("op:") and b.startswith("op:"))


def _after(pairs: Pairs, side: int, k: int) -> int:
    """Where a paragraph at position ``k`` of one side goes: after the pair that holds the
    paragraph before it on that side."""
    before = [n for n, pair in enumerate(pairs) if pair[side] is not None and pair[side] < k]  # type: ignore[operator]
    return before[-1] + 1 if before else 0


def diff_versions(versions: Versions, reference: str) -> dict[str, dict[str, Any]]:
    """Each version's diff, aligned alike (:func:`shared_alignment`) where the numbering
    allows; each with ``aligned_by`` ("all": the versions' similarities together, else the
    version's own code) and ``own_alignment_agrees`` (whether the version aligned on its own
    words alone would pair the same paragraphs)."""
    shared = shared_alignment(versions, reference)
    out: dict[str, dict[str, Any]] = {}
    for code, (old, new) in versions.items():
        own = diff_documents(old, new)
        forced = translate(shared, versions, reference, code)
        result = diff_documents(old, new, forced) if forced is not None else own
        result["aligned_by"] = "all" if forced is not None else code
        result["own_alignment_agrees"] = alignment(own) == alignment(result)
        out[code] = result
    return out


def agreement(
    results: dict[str, dict[str, Any]], versions: Versions, reference: str
) -> dict[str, bool]:
    """For each version, whether its diff pairs the same paragraphs as the reference's (the
    reference's alignment through the paragraph numbers, :func:`translate`)."""
    first = pairs_of(results[reference])
    out = {}
    for code, result in results.items():
        mapped = translate(first, versions, reference, code)
        out[code] = mapped is not None and [p[:2] for p in mapped] == alignment(result)
    return out
