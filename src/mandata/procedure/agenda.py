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

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from mandata.registry.items import item_key
from mandata.registry.series import PERIODS
from mandata.registry.store import Registry

# Only what the Assembly adopted orders anything: drafts and letters propose.
ADOPTED = "('resolution', 'decision')"


@dataclass
class AgendaEntry:
    """One item of a provisional agenda."""

    title: str
    titles: dict[str, str] = field(default_factory=dict)
    parent: str | None = None
    basis: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    periodicity: str | None = None
    expected: bool = False
    proposed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "titles": self.titles,
            "parent": self.parent,
            "basis": self.basis,
            "reports": self.reports,
            "periodicity": self.periodicity,
            "expected": self.expected,
            "proposed": self.proposed,
        }


def provisional_agenda(
    registry: Registry, session: int, proposed: bool = False
) -> list[AgendaEntry]:
    """The entries of the provisional agenda of ``session``, grouped by parent item. With
    ``proposed``, also the items that only drafts and requests (not adopted) put on it, flagged
    ``proposed``."""
    entries = _entries(registry, session, adopted=True)
    if proposed:
        ordered = {item_key(e.title, None) for e in entries} | {
            item_key(t, code) for e in entries for code, t in e.titles.items()
        }
        for entry in _entries(registry, session, adopted=False):
            if not entry.expected and item_key(entry.title, None) not in ordered:
                entry.proposed = True
                entry.periodicity = None  # a draft's gap of sessions is no rhythm yet
                entries.append(entry)
    return sorted(
        entries, key=lambda e: ((e.parent or e.title).casefold(), e.parent is not None, e.title)
    )


def _entries(registry: Registry, session: int, adopted: bool) -> list[AgendaEntry]:
    """The entries that adopted documents (or, with ``adopted`` false, the others) order."""
    which = "IN" if adopted else "NOT IN"
    # only the items ordered for this session or for one of the three before it can be on its
    # agenda (ordered for it, or brought back by a rhythm of one to three sessions): their whole
    # history is read, not every item's (index ix_item_mentions_session, migration 0006)
    mentions = registry.execute(
        "SELECT m.item_id, m.session, m.paragraph, m.title, m.parent, m.language, d.symbol, "
        "d.session AS decided_at, d.id AS document_id, d.doc_type, "
        "(SELECT MAX(a.action) FROM mandates a WHERE a.document_id = m.document_id "
        "AND a.paragraph = m.paragraph AND a.type = 'agenda_item') AS how FROM item_mentions m "
        "JOIN documents d ON d.id = m.document_id "
        f"WHERE d.doc_type {which} {ADOPTED} AND m.item_id IN (SELECT w.item_id FROM "
        "item_mentions w WHERE w.session BETWEEN :first AND :session) "
        "ORDER BY d.symbol, m.language",
        first=session - max(PERIODS),
        session=session,
    )
    by_item: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in mentions:
        by_item[row["item_id"]].append(row)
    reports = _reports(registry, session, which)
    entries = []
    for rows in by_item.values():
        entry = _entry(rows, session, reports)
        if entry is not None and not (entry.expected and not adopted):
            entries.append(entry)
    return entries


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
    first = sorted(here, key=lambda r: (r["language"] != "en", r["language"] or ""))[0]
    entry = AgendaEntry(
        title=first["title"], parent=first["parent"], periodicity=period, expected=expected
    )
    entry.titles = {r["language"]: r["title"] for r in here if r["language"]}
    seen: set[tuple[Any, Any]] = set()
    for r in here:
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
        "SELECT m.document_id, m.addressee, m.periodicity, m.paragraph, d.symbol FROM mandates m "
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
            }
        )
    return out


def _dedupe(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for r in reports:
        key = (r["symbol"], r["paragraph"], r["addressee"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def render(session: int, entries: list[AgendaEntry]) -> str:
    """The agenda as a person reads it: numbered items, lettered sub-items, bases in brackets."""
    lines = [f"Provisional agenda of the session {session} (rule 13 (c), from the registry)", ""]
    groups: dict[str, list[AgendaEntry]] = defaultdict(list)
    order: list[str] = []
    for e in entries:
        head = e.parent or e.title
        key = item_key(head, None)
        if key not in groups:
            order.append(key)
        groups[key].append(e)
    for number, key in enumerate(order, start=1):
        group = groups[key]
        head = group[0].parent or group[0].title
        subs = [e for e in group if e.parent]
        own = [e for e in group if not e.parent]
        lines.append(f"{number}. {head}{_basis(own[0], session) if own else ''}")
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
