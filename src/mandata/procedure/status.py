"""The status of a mandate: a report due at a session is fulfilled, pending or overdue.

A procedure question answered over the registry's facts: the mandates stored, the documents of
each session that may be the reports, and the session in progress today (rule 1,
:mod:`mandata.procedure.calendar`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mandata.procedure.calendar import session_on
from mandata.registry.queries import norm_title
from mandata.registry.store import Registry

__all__ = ["mandates"]


def mandates(
    registry: Registry,
    session: int | None = None,
    addressee: str | None = None,
    type: str | None = None,
    current_session: int | None = None,
) -> list[dict[str, Any]]:
    """Mandates, each with its source document and paragraph, the same mandate in several
    language versions listed once (the English version's wording first), and, for a report
    due at a session, its ``status``: "fulfilled" when the registry holds a report of that
    session on the subject (a document of the session whose title is the resolution's or its
    item's), else "overdue" when the session is past (``current_session``, by default the
    session in progress today) and "pending" when not. Other mandates have no status."""
    clauses, params = ["1=1"], {}
    for name, value in (("session", session), ("addressee", addressee), ("type", type)):
        if value is not None:
            clauses.append(f"m.{name} = :{name}")
            params[name] = value
    rows = registry.execute(
        "SELECT m.type, m.addressee, m.session, m.periodicity, m.subject, m.title, m.parent, "
        "m.action, "
        "m.paragraph, d.id AS document_id, d.symbol, d.language, d.title AS document_title, "
        "d.doc_type "
        "FROM mandates m JOIN documents d ON d.id = m.document_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY d.symbol, m.paragraph, d.language",
        **params,
    )
    reports = _reports_by_session(registry)
    items = _item_titles(registry)
    current = current_session if current_session is not None else session_on(dt.date.today())
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: r["language"] != "en"):
        key = (
            row["symbol"] or id(row),
            row["paragraph"],
            row["type"],
            row["addressee"],
            row["session"],
        )
        if key in seen:
            if row["language"] not in seen[key]["languages"]:
                seen[key]["languages"].append(row["language"])
            continue
        seen[key] = {
            "type": row["type"],
            "addressee": row["addressee"],
            "session": row["session"],
            "periodicity": row["periodicity"],
            "subject": row["subject"],
            "title": row["title"],
            "parent": row["parent"],
            "action": row["action"],
            "source": {
                "symbol": row["symbol"],
                "paragraph": row["paragraph"],
                "document": row["document_id"],
                "doc_type": row["doc_type"],
            },
            "languages": [row["language"]],
            "status": _status(row, reports, current, items.get(row["symbol"], set())),
        }
    return sorted(seen.values(), key=lambda m: (m["session"] or 0, m["source"]["symbol"] or ""))


def _reports_by_session(registry: Registry) -> dict[int, set[str]]:
    """Normalized titles of the documents that may be reports, by session."""
    rows = registry.execute(
        "SELECT session, title FROM documents WHERE session IS NOT NULL AND title IS NOT NULL "
        "AND doc_type NOT IN ('resolution', 'decision', 'draft_resolution', 'draft_decision')"
    )
    out: dict[int, set[str]] = {}
    for r in rows:
        out.setdefault(int(r["session"]), set()).add(norm_title(r["title"]))
    return out


def _item_titles(registry: Registry) -> dict[str, set[str]]:
    """symbol -> normalized titles of the items (and their parents) its decisions name: a
    report is titled like the item it is considered under."""
    rows = registry.execute(
        "SELECT d.symbol, m.title, m.parent FROM mandates m JOIN documents d "
        "ON d.id = m.document_id WHERE m.type = 'agenda_item' AND d.symbol IS NOT NULL"
    )
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["symbol"], set()).update(
            norm_title(t) for t in (r["title"], r["parent"]) if t
        )
    return out


def _status(
    row: dict[str, Any], reports: dict[int, set[str]], current: int, items: set[str]
) -> str | None:
    if (
        row["type"] != "report"
        or row["session"] is None
        or row["doc_type"]
        not in (
            "resolution",
            "decision",
        )
    ):
        return None
    subjects = {
        norm_title(t) for t in (row["document_title"], row["title"], row["parent"]) if t
    } | items
    if subjects & reports.get(int(row["session"]), set()):
        return "fulfilled"
    return "overdue" if row["session"] < current else "pending"
