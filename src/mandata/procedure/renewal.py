"""What changed from one resolution of a series to the next (``mandata diff OLD NEW``).

The paragraphs of the two texts are aligned in order (preamble, then operative part): a
paragraph of the new text is the renewal of the old one it is most
like (the share of words they have in common, at least ``THRESHOLD``), no two pairs crossing;
a paragraph left alone was added or removed, unless it is one removed and added elsewhere
(alike at ``MOVED`` or more): "moved". A pair whose words differ is "changed", its words
marked ("=" kept, "-" removed, "+" added). The UN's six language versions of a resolution number
their paragraphs alike (``pp3``, ``op5``): the alignment found in one language is given as pairs
of paragraph ids, which the other languages can be checked against (:func:`same_alignment`).

The mandates of the aligned paragraphs are compared too: a mandate of a new paragraph with the
same type, addressee, due (counted from the resolution's session) and periodicity as one of its
old paragraph is "renewed"; with the same type but another addressee or due, "changed"; one
without a counterpart is "created", an old one left alone "ended".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from mandata.analyze.document import full_text
from mandata.model import Document, Mandate, Paragraph

THRESHOLD = 0.5
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": None})


def tokens(text: str) -> list[str]:
    """Words and punctuation (the hyphens a typesetter varies read as one); each character of
    Chinese text is a token."""
    out: list[str] = []
    for t in _TOKEN.findall(text.translate(_HYPHENS)):
        out.extend(list(t) if _CJK.search(t) else [t])
    return out


@dataclass
class ParagraphChange:
    """One aligned (or unaligned) paragraph."""

    status: str  # "unchanged", "changed", "moved", "added", "removed"
    kind: str
    old: str | None
    new: str | None
    old_number: str | None = None
    new_number: str | None = None
    similarity: float = 0.0
    words: list[tuple[str, str]] = field(default_factory=list)
    old_position: int | None = None  # 0-based, over all the resolution's paragraphs
    new_position: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "kind": self.kind,
            "old": self.old,
            "new": self.new,
            "old_number": self.old_number,
            "new_number": self.new_number,
            "similarity": round(self.similarity, 3),
            "old_position": self.old_position,
            "new_position": self.new_position,
            "words": [list(w) for w in self.words],
        }


def _paragraphs(doc: Document, kind: str) -> list[Paragraph]:
    return [
        p for r in doc.resolutions for p in (r.preamble if kind == "preambular" else r.operative)
    ]


def align(old: list[list[str]], new: list[list[str]]) -> list[tuple[int | None, int | None, float]]:
    """Pairs (old index, new index, similarity) in order, maximizing the total similarity of
    the pairs at or above ``THRESHOLD``; unpaired paragraphs with None on the other side."""
    return align_scores(similarities(old, new))


def similarities(old: list[list[str]], new: list[list[str]]) -> list[list[float]]:
    """The similarity of every old paragraph (rows) to every new one (columns)."""
    return [[_similarity(a, b) for b in new] for a in old]


def align_scores(sim: list[list[float]]) -> list[tuple[int | None, int | None, float]]:
    """:func:`align` over a matrix of similarities (one language's, or several languages'
    mean: :mod:`mandata.procedure.versions`)."""
    n, m = len(sim), len(sim[0]) if sim else 0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = best[i + 1][j + 1] + sim[i][j] if sim[i][j] >= THRESHOLD else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    out: list[tuple[int | None, int | None, float]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= THRESHOLD and best[i][j] == best[i + 1][j + 1] + sim[i][j]:
            out.append((i, j, sim[i][j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append((i, None, 0.0))
            i += 1
        else:
            out.append((None, j, 0.0))
            j += 1
    out += [(k, None, 0.0) for k in range(i, n)] + [(None, k, 0.0) for k in range(j, m)]
    return out


def _similarity(a: list[str], b: list[str]) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < THRESHOLD or matcher.quick_ratio() < THRESHOLD:
        return 0.0
    return matcher.ratio()


def word_diff(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    """The words of ``b`` against ``a``: ("=", kept), ("-", removed), ("+", added)."""
    out: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", _join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", _join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", _join(b[j1:j2])))
    return out


def _join(words: list[str]) -> str:
    text = ""
    for w in words:
        glue = not text or _CJK.match(w) or re.match(r"[^\w(“«„]", w) or text[-1] in "(“«„/-’'"
        text += w if glue else " " + w
    return text


Pairs = list[tuple[int | None, int | None, float]]


def compare_paragraphs(
    old: Document, new: Document, forced: Pairs | None = None
) -> list[ParagraphChange]:
    """Every paragraph of the two texts, aligned, preamble then operative part; ``forced``
    gives the alignment (by positions over all the paragraphs, as another language found it)."""
    a = _paragraphs(old, "preambular") + _paragraphs(old, "operative")
    b = _paragraphs(new, "preambular") + _paragraphs(new, "operative")
    ta, tb = [tokens(full_text(p)) for p in a], [tokens(full_text(p)) for p in b]
    # one sequence: a paragraph that one text's markup counts among the other kind still pairs
    pairs = forced if forced is not None else moves(align(ta, tb), similarities(ta, tb))
    changes = [_change(a, b, ta, tb, i, j, score) for i, j, score in pairs]
    for change, (_, _, score) in zip(changes, pairs, strict=True):
        if score < 0:  # a move (see moves)
            change.status = "moved"
    return changes


MOVED = 0.8  # a removed paragraph this like an added one elsewhere was moved there


def moves(pairs: Pairs, sim: list[list[float]]) -> Pairs:
    """An added paragraph that is a removed one moved elsewhere (and perhaps reworded) is one
    pair, where the added one stands: the best match first, each paragraph once (``sim``: the
    paragraphs' similarities, :func:`similarities`)."""
    removed = [i for i, j, _ in pairs if j is None and i is not None]
    added = [j for i, j, _ in pairs if i is None and j is not None]
    scores = sorted(((sim[i][j], i, j) for i in removed for j in added), reverse=True)
    moved: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for score, r, a in scores:
        if score >= MOVED and r not in used and a not in moved:
            moved[a] = (r, score)
            used.add(r)
    out: Pairs = []
    for i, j, score in pairs:
        if j is None and i in used:
            continue
        if i is None and j is not None and j in moved:
            out.append((moved[j][0], j, -moved[j][1]))  # negative: marks a move
        else:
            out.append((i, j, score))
    return out


def _change(
    a: list[Paragraph],
    b: list[Paragraph],
    ta: list[list[str]],
    tb: list[list[str]],
    i: int | None,
    j: int | None,
    score: float,
) -> ParagraphChange:
    pa, pb = (a[i] if i is not None else None), (b[j] if j is not None else None)
    shown = pb if pb is not None else pa
    change = ParagraphChange(
        status="added" if pa is None else "removed" if pb is None else "changed",
        kind=shown.kind if shown is not None else "operative",
        old=pa.id if pa else None,
        new=pb.id if pb else None,
        old_number=pa.number if pa else None,
        new_number=pb.number if pb else None,
        similarity=score,
        old_position=i,
        new_position=j,
    )
    if i is not None and j is not None:
        change.words = word_diff(ta[i], tb[j])
        change.similarity = _similarity(ta[i], tb[j])
        if ta[i] == tb[j]:
            change.status = "unchanged"
    elif i is not None:
        change.words = [("-", _join(ta[i]))]
    elif j is not None:
        change.words = [("+", _join(tb[j]))]
    return change


def fits(pairs: Pairs, old: Document, new: Document) -> bool:
    """Whether an alignment found in another language fits these two texts (the same number
    of paragraphs on each side)."""
    n = sum(len(_paragraphs(old, k)) for k in ("preambular", "operative"))
    m = sum(len(_paragraphs(new, k)) for k in ("preambular", "operative"))
    olds = sorted(i for i, _, _ in pairs if i is not None)
    news = sorted(j for _, j, _ in pairs if j is not None)
    return olds == list(range(n)) and news == list(range(m))


def _due(m: Mandate, doc: Document) -> int | None:
    return m.session - doc.session if m.session is not None and doc.session else None


def _mandate_dict(m: Mandate) -> dict[str, Any]:
    keys = ("type", "addressee", "session", "periodicity", "title", "parent", "action", "paragraph")
    return {k: getattr(m, k) for k in keys}


def compare_mandates(
    old: Document, new: Document, pairs: list[ParagraphChange]
) -> list[dict[str, Any]]:
    """The new text's mandates against the old one's: created, renewed, changed, ended."""
    renewal = {p.new: p.old for p in pairs if p.new and p.old}
    left = list(old.mandates)
    out: list[dict[str, Any]] = []
    for m in new.mandates:
        source = renewal.get(m.paragraph or "")
        same = [o for o in left if o.paragraph == source and o.type == m.type] if source else []
        match = next((o for o in same if _same(o, old, m, new)), same[0] if same else None)
        if match is None:
            out.append({"status": "created", "old": None, "new": _mandate_dict(m)})
            continue
        left.remove(match)
        changes = _changes(match, old, m, new)
        status = "changed" if changes else "renewed"
        entry = {"status": status, "old": _mandate_dict(match), "new": _mandate_dict(m)}
        entry["changes"] = changes
        out.append(entry)
    out += [{"status": "ended", "old": _mandate_dict(o), "new": None} for o in left]
    return out


def _same(o: Mandate, old: Document, m: Mandate, new: Document) -> bool:
    return not _changes(o, old, m, new)


def _changes(o: Mandate, old: Document, m: Mandate, new: Document) -> dict[str, list[Any]]:
    """What differs between an old mandate and its renewal: the addressee, the due session
    (relative to each resolution's session), the periodicity, the item's title."""
    out: dict[str, list[Any]] = {}
    if o.addressee != m.addressee:
        out["addressee"] = [o.addressee, m.addressee]
    if _due(o, old) != _due(m, new):
        out["session"] = [o.session, m.session]
    if o.periodicity != m.periodicity:
        out["periodicity"] = [o.periodicity, m.periodicity]
    if o.type == "agenda_item" and (o.title or "").casefold() != (m.title or "").casefold():
        out["title"] = [o.title, m.title]
    return out


def diff_documents(old: Document, new: Document, forced: Pairs | None = None) -> dict[str, Any]:
    """The JSON form of ``mandata diff``: the two texts, their paragraphs aligned (as
    ``forced`` says, when given), the changed words marked, and their mandates compared."""
    pairs = compare_paragraphs(old, new, forced)
    statuses = ("unchanged", "changed", "moved", "added", "removed")
    counts = {s: sum(p.status == s for p in pairs) for s in statuses}
    return {
        "old": _head(old),
        "new": _head(new),
        "language": new.language,
        "summary": counts,
        "paragraphs": [p.to_dict() for p in pairs],
        "mandates": compare_mandates(old, new, pairs),
    }


def _head(doc: Document) -> dict[str, Any]:
    return {
        "symbol": doc.symbol,
        "session": doc.session,
        "date": doc.adopted or doc.date,
        "title": doc.title,
        "language": doc.language,
    }


def pairs_of(result: dict[str, Any]) -> Pairs:
    """A diff's alignment, to apply to another language (:func:`diff_documents` ``forced``)."""
    return [
        (p["old_position"], p["new_position"], -1.0 if p["status"] == "moved" else 0.0)
        for p in result["paragraphs"]
    ]


def alignment(result: dict[str, Any]) -> list[tuple[int | None, int | None]]:
    """The pairs of paragraph positions of a diff (its alignment, language aside: a language
    whose markup counts a paragraph as operative where another counts it preambular aligns
    the same paragraphs)."""
    return [(p["old_position"], p["new_position"]) for p in result["paragraphs"]]


def same_alignment(results: dict[str, dict[str, Any]]) -> dict[str, bool]:
    """For each language's diff, whether its alignment is the first language's."""
    if not results:
        return {}
    first = alignment(next(iter(results.values())))
    return {code: alignment(r) == first for code, r in results.items()}
