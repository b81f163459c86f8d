"""The language versions of one agenda item: the mentions of it in the six versions of one text.

An item's identity (:func:`mandata.registry.items.item_key`) is the set of organizations and
States its title names, the same in every language; a title that names none ("Operational
activities for development") is its own identity, in its own language, so that the six versions
of one resolution paragraph would give six items. They are one: the versions of a document share
its symbol, and the k-th item a paragraph names in one version is the k-th it names in another.
Here the mentions of every version are paired with those of a reference version of the same
document (English where it is held), and every item a version names is mapped to the reference
item it stands for where that is unambiguous: the item then keeps one identity across documents
(the French title of a text held only in French joins the item its French title names in a text
held in both).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, NamedTuple

from mandata.lang import LANGUAGES

# The version whose items the others are mapped to: English where held, then in this order.
REFERENCE_ORDER = ("en", "fr", "es", "ru", "ar", "zh")

Mention = dict[str, Any]
"""A row of ``item_mentions`` with its document's symbol: id, item_id, paragraph, session,
language, symbol."""


class Same(NamedTuple):
    """What a mention stands for: the reference version's item, the paragraph of the reference
    version that names it (a version may number its paragraphs otherwise) and the session it
    orders the item for (a version may name another: the reference's is taken)."""

    item: int
    paragraph: str | None
    session: int | None


def same_items(mentions: list[Mention]) -> dict[int, Same]:
    """For each mention (by its id) that stands for another version's mention, the item,
    paragraph and session it is the same as (the reference version's); mentions not in the map
    keep their own. The mentions must include every mention of each document they come from (all its
    versions)."""
    aligned: dict[int, Mention] = {}
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    for versions in _by_document(mentions).values():
        reference = _reference(versions)
        for code, rows in versions.items():
            if code == reference:
                continue
            for mine, theirs in pair_mentions(versions[reference], rows):
                aligned[mine["id"]] = theirs
                votes[mine["item_id"]][theirs["item_id"]] += 1
    # an item that always stands for one other reference item is that item wherever it is
    # named (one that is also its own reference item somewhere stays itself)
    mapped = {
        item: other for item, c in votes.items() if len(c) == 1 and (other := next(iter(c))) != item
    }
    out = {}
    for m in mentions:
        theirs = aligned.get(m["id"], m)
        same = Same(_follow(int(theirs["item_id"]), mapped), theirs["paragraph"], theirs["session"])
        if same != (m["item_id"], m["paragraph"], m["session"]):
            out[m["id"]] = same
    return out


def _by_document(mentions: list[Mention]) -> dict[str, dict[str, list[Mention]]]:
    """The mentions of each symbol held in more than one language, by language, in the order
    the versions name them."""
    out: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in sorted(mentions, key=lambda m: m["id"]):
        if m["symbol"] and m["language"] in LANGUAGES:
            out[m["symbol"]][m["language"]].append(m)
    return {s: dict(v) for s, v in out.items() if len(v) > 1}


def _reference(versions: dict[str, list[Mention]]) -> str:
    """The version the others are paired with: the first of :data:`REFERENCE_ORDER` held."""
    return next(code for code in REFERENCE_ORDER if code in versions)


def pair_mentions(reference: list[Mention], other: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(other's mention, reference's mention) pairs naming the same item: the k-th item a
    paragraph names in one version is the k-th it names in the other, where both name as many
    items in it (else the k-th it orders for a session is the k-th for the same session: a
    version that reads one more item in a paragraph, its parent item named alone, leaves the
    others paired); when the paragraphs' numbers differ (a version numbers its paragraphs
    otherwise) but both versions name as many items in all, the k-th of the document is the
    k-th."""
    mine, theirs = _by_paragraph(other), _by_paragraph(reference)
    if set(mine) != set(theirs) and len(other) == len(reference):
        return list(zip(other, reference, strict=True))
    pairs: list[tuple[Mention, Mention]] = []
    for paragraph, rows in mine.items():
        there = theirs.get(paragraph, [])
        if len(rows) == len(there):
            pairs.extend(zip(rows, there, strict=True))
            continue
        for session, named in _by_session(rows).items():
            alike = _by_session(there).get(session, [])
            if session is not None and len(named) == len(alike):
                pairs.extend(zip(named, alike, strict=True))
    return pairs


def _by_paragraph(rows: list[Mention]) -> dict[Any, list[Mention]]:
    out: dict[Any, list[Mention]] = defaultdict(list)
    for r in rows:
        out[r["paragraph"]].append(r)
    return out


def _by_session(rows: list[Mention]) -> dict[Any, list[Mention]]:
    out: dict[Any, list[Mention]] = defaultdict(list)
    for r in rows:
        out[r.get("session")].append(r)
    return out


def _follow(item: int, mapped: dict[int, int]) -> int:
    """The item ``item`` stands for, through a chain of mappings (a French item mapped to an
    English one), at most as many steps as there are languages."""
    for _ in LANGUAGES:
        nxt = mapped.get(item)
        if nxt is None or nxt == item:
            break
        item = nxt
    return item
