"""The provisional agenda a session must hold by rule 13 (c), from the registry.

Rule 13 (c): "The provisional agenda of a regular session shall include ... (c) All items the
inclusion of which has been ordered by the General Assembly at a previous session." Each decision
"to include in the provisional agenda of its Nth session the (sub-)item entitled ..." is such an
order. The same item ordered by several documents or language versions is one entry with all its
bases (items have an identity across languages: :mod:`mandata.registry.items`); only adopted
resolutions and decisions order anything, drafts and letters only propose; sub-items are
grouped under the item they go under; the reports due at the session from the same resolutions
are attached. An item ordered for session S at session S - 2 comes back every two years: where
that rhythm brings an item back to the session but no resolution in the registry orders it, the
entry is flagged ``expected``.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from mandata.lang import LANGUAGES
from mandata.procedure.same_item import REFERENCE_ORDER, Mention, same_items
from mandata.registry.items import item_key
from mandata.registry.series import PERIODS, Groups
from mandata.registry.store import Registry

# Only what the Assembly adopted orders anything: drafts and letters propose.
ADOPTED = "('resolution', 'decision')"


@dataclass
class AgendaEntry:
    """One item of a provisional agenda: its title and parent item as shown (in the language
    asked for where a version words them), and as each language version words them."""

    title: str
    titles: dict[str, str] = field(default_factory=dict)
    parent: str | None = None
    parents: dict[str, str] = field(default_factory=dict)
    basis: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    periodicity: str | None = None
    expected: bool = False
    proposed: bool = False
    language: str | None = None  # the language of ``title``
    parent_language: str | None = None  # the language of ``parent``
    group: str = ""  # the item it goes under (itself when it is no sub-item), for grouping

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "language": self.language,
            "titles": self.titles,
            "parent": self.parent,
            "parent_language": self.parent_language,
            "parents": self.parents,
            "basis": self.basis,
            "reports": self.reports,
            "periodicity": self.periodicity,
            "expected": self.expected,
            "proposed": self.proposed,
        }

    def show_in(self, language: str | None) -> None:
        """Show the title (and the parent item's) as ``language``'s version words them, else
        English's, else the first version's."""
        order = [c for c in (language, "en", *LANGUAGES) if c]
        code = next((c for c in order if c in self.titles), None)
        if code is not None:
            self.title, self.language = self.titles[code], code
        parent = next((c for c in (code, *order) if c in self.parents), None)
        self.parent = self.parents[parent] if parent else None
        self.parent_language = parent


def provisional_agenda(
    registry: Registry, session: int, proposed: bool = False, language: str | None = None
) -> list[AgendaEntry]:
    """The entries of the provisional agenda of ``session``, grouped by parent item, each item
    once whatever the language versions that order it, its title in ``language`` where a
    version words it (else English). With ``proposed``, also the items that only drafts and
    requests (not adopted) put on it, flagged ``proposed``."""
    entries = _entries(registry, session, adopted=True)
    if proposed:
        ordered = {item_key(t, code) for e in entries for code, t in e.titles.items()}
        for entry in _entries(registry, session, adopted=False):
            keys = {item_key(t, code) for code, t in entry.titles.items()}
            if not entry.expected and not keys & ordered:
                entry.proposed = True
                entry.periodicity = None  # a draft's gap of sessions is no rhythm yet
                entries.append(entry)
    for entry in entries:
        entry.show_in(language)
    return _grouped(entries)


def _grouped(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """The entries with their :attr:`AgendaEntry.group`, items in the order of their titles,
    each sub-item after its item. A sub-item goes under the item whose title is its parent's in
    any language (its parent named alike in every version, or the item itself ordered)."""
    groups = Groups()
    for e in entries:
        names = e.parents if e.parents else e.titles
        keys = [item_key(t, code) for code, t in names.items()] or [item_key(e.title, None)]
        for k in keys[1:]:
            groups.join(k, keys[0])
        e.group = keys[0]
    heads: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: e.parent is not None):
        heads.setdefault(groups.find(e.group), e.parent or e.title)
    for e in entries:
        e.group = groups.find(e.group)
    return sorted(
        entries,
        key=lambda e: (
            _sort_key(heads[e.group]),
            e.group,
            e.parent is not None,
            _sort_key(e.title),
        ),
    )


def _sort_key(title: str) -> str:
    """A title as the agenda orders it: case and accents aside ("Création" before "Crimes")."""
    decomposed = unicodedata.normalize("NFKD", title.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _entries(registry: Registry, session: int, adopted: bool) -> list[AgendaEntry]:
    """The entries that adopted documents (or, with ``adopted`` false, the others) order."""
    which = "IN" if adopted else "NOT IN"
    # only the items ordered for this session or for one of the three before it can be on its
    # agenda (ordered for it, or brought back by a rhythm of one to three sessions): their whole
    # history is read, not every item's (index ix_item_mentions_session, migration 0006)
    window = "SELECT w.item_id FROM item_mentions w WHERE w.session BETWEEN :first AND :session"
    first = session - max(PERIODS)
    mentions = registry.execute(
        "SELECT m.id AS mention_id, m.item_id, m.session, m.paragraph, m.title, m.parent, "
        "m.language, d.symbol, d.session AS decided_at, d.id AS document_id, d.doc_type, "
        "(SELECT MAX(a.action) FROM mandates a WHERE a.document_id = m.document_id "
        "AND a.paragraph = m.paragraph AND a.type = 'agenda_item') AS how FROM item_mentions m "
        "JOIN documents d ON d.id = m.document_id "
        f"WHERE d.doc_type {which} {ADOPTED} AND m.item_id IN ({window}) "
        "ORDER BY d.symbol, m.language, m.id",
        first=first,
        session=session,
    )
    same = same_items(_versions(registry, window, first, session))
    by_item: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in mentions:
        if row["mention_id"] in same:  # one item, paragraph and session, whatever the version
            row["item_id"], row["paragraph"], row["session"] = same[row["mention_id"]]
        by_item[row["item_id"]].append(row)
    reports = _reports(registry, session, which)
    entries = []
    for rows in by_item.values():
        entry = _entry(rows, session, reports)
        if entry is not None and not (entry.expected and not adopted):
            entries.append(entry)
    return entries


def _versions(registry: Registry, window: str, first: int, session: int) -> list[Mention]:
    """Every mention of every language version of the documents that name an item of the
    window: what :func:`~mandata.procedure.same_item.same_items` pairs."""
    return registry.execute(
        "SELECT m.id, m.item_id, m.paragraph, m.session, m.language, d.symbol FROM item_mentions m "
        "JOIN documents d ON d.id = m.document_id WHERE d.symbol IN (SELECT v.symbol FROM "
        "item_mentions n JOIN documents v ON v.id = n.document_id "
        f"WHERE n.item_id IN ({window}))",
        first=first,
        session=session,
    )


def _entry(
    rows: list[dict[str, Any]], session: int, reports: dict[int, list[dict[str, Any]]]
) -> AgendaEntry | None:
    here = [r for r in rows if r["session"] == session]
    period = _periodicity(rows)
    expected = False
    if not here:
        last = max((r["session"] for r in rows if r["session"]), default=None)
        step = next((k for k, name in PERIODS.items() if name == period), None)
        if last is None or step is None or last + step != session:
            return None
        here, expected = [r for r in rows if r["session"] == last], True
    # each language's words from the latest document that orders the item
    latest = sorted(here, key=lambda r: (-(r["decided_at"] or 0), r["symbol"] or ""))
    entry = AgendaEntry(title=latest[0]["title"], periodicity=period, expected=expected)
    for r in latest:
        if r["language"] and r["language"] not in entry.titles:
            entry.titles[r["language"]] = r["title"]
            if r["parent"]:
                entry.parents[r["language"]] = r["parent"]
    if not _is_sub_item(entry):
        entry.parents = {}
    seen: set[tuple[Any, Any]] = set()
    # one basis for the versions of one paragraph: the reference version's (English first)
    for r in sorted(here, key=lambda r: (r["symbol"] or "", _rank(r["language"]))):
        if (r["symbol"], r["paragraph"]) not in seen:
            seen.add((r["symbol"], r["paragraph"]))
            entry.basis.append(
                {
                    "symbol": r["symbol"],
                    "paragraph": r["paragraph"],
                    "document": r["document_id"],
                    "doc_type": r["doc_type"],
                    "how": "deferred" if r["how"] == "defer" else "included",
                    "decided_at": r["decided_at"],
                }
            )
    if not expected:
        docs = {r["document_id"] for r in here}
        entry.reports = _dedupe([rep for d in docs for rep in reports.get(d, [])])
    return entry


def _is_sub_item(entry: AgendaEntry) -> bool:
    """Whether the item goes under another: as most of its versions read it (a version that
    takes the item it goes under for its title, or misses it, is outvoted), the reference
    version deciding a tie."""
    under, alone = len(entry.parents), len(entry.titles) - len(entry.parents)
    reference = min(entry.titles, key=_rank, default=None)
    return under > alone or (under == alone and reference in entry.parents)


def _rank(language: str | None) -> int:
    """Where a version comes in :data:`REFERENCE_ORDER` (English first)."""
    return REFERENCE_ORDER.index(language) if language in REFERENCE_ORDER else len(REFERENCE_ORDER)


def _periodicity(rows: list[dict[str, Any]]) -> str | None:
    """From the gap between the session that decided and the session ordered (79 -> 81:
    biennial), the latest decision first."""
    gaps = sorted(
        ((r["decided_at"], r["session"]) for r in rows if r["decided_at"] and r["session"]),
        reverse=True,
    )
    for decided, ordered in gaps:
        if ordered > decided:
            return PERIODS.get(ordered - decided)
    return None


def _reports(registry: Registry, session: int, which: str) -> dict[int, list[dict[str, Any]]]:
    rows = registry.execute(
        "SELECT m.document_id, m.addressee, m.periodicity, m.paragraph, d.symbol, d.language "
        "FROM mandates m "
        "JOIN documents d ON d.id = m.document_id WHERE m.type = 'report' AND m.session = :session "
        f"AND d.doc_type {which} {ADOPTED}",
        session=session,
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["document_id"]].append(
            {
                "addressee": r["addressee"],
                "symbol": r["symbol"],
                "paragraph": r["paragraph"],
                "document": r["document_id"],
                "language": r["language"],
            }
        )
    return out


def _dedupe(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each report once: of the language versions of a document, the reports the reference
    version reads (English first; its paragraph numbers), not one for each version."""
    best: dict[str, int] = {}
    for r in reports:
        best[r["symbol"]] = min(best.get(r["symbol"], len(REFERENCE_ORDER)), _rank(r["language"]))
    seen, out = set(), []
    for r in reports:
        key = (r["symbol"], r["paragraph"], r["addressee"])
        if key not in seen and _rank(r["language"]) == best[r["symbol"]]:
            seen.add(key)
            out.append({k: v for k, v in r.items() if k != "language"})
    return out


def render(session: int, entries: list[AgendaEntry]) -> str:
    """The agenda as a person reads it: numbered items, lettered sub-items, bases in brackets."""
    lines = [f"Provisional agenda of the session {session} (rule 13 (c), from the registry)", ""]
    groups: dict[str, list[AgendaEntry]] = defaultdict(list)
    for e in entries:
        groups[e.group or item_key(e.parent or e.title, None)].append(e)
    number = 0
    for group in groups.values():
        subs = [e for e in group if e.parent]
        own: list[AgendaEntry | None] = [e for e in group if not e.parent] or [None]
        for head in own:  # an item ordered itself, or the one its sub-items name
            number += 1
            name = head.title if head else subs[0].parent
            lines.append(f"{number}. {name}{_basis(head, session) if head else ''}")
        for letter, e in zip("abcdefghijklmnopqrstuvwxyz", subs, strict=False):
            lines.append(f"    ({letter}) {e.title}{_basis(e, session)}")
    return "\n".join(lines)


def _basis(e: AgendaEntry, session: int) -> str:
    basis = "; ".join(_basis_name(b) for b in e.basis)
    flags = [e.periodicity] if e.periodicity else []
    if e.expected:
        flags.append("expected by its periodicity, no resolution found")
    if e.basis and all(b.get("decided_at") == session for b in e.basis):
        flags.append("included at the session itself, not by an earlier one")
    if e.proposed:
        flags.append("proposed by a draft or request, not adopted in the registry")
    if e.reports:
        flags.append(f"{len(e.reports)} report(s) due")
    return f" [{basis}]" + (f" ({'; '.join(flags)})" if flags else "")


def _basis_name(b: dict[str, Any]) -> str:
    """ "decision 78/541, op4 (deferred)", "A/RES/79/10, op5": what ordered the item."""
    symbol = b["symbol"] or ""
    name = f"decision {symbol[6:]}" if symbol.startswith("A/DEC/") else symbol
    how = " (deferred)" if b.get("how") == "deferred" else ""
    return f"{name}, {b['paragraph']}{how}"
