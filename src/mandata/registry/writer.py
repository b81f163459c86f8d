"""Writing a batch of parsed documents into the registry in a few statements.

A batch (one transaction) is written table by table, not document by document: one statement
for the sources of the whole batch, one to find the versions already stored, one to remove the
ones replaced, one for the new document rows, one for all their paragraphs, one for their index
entries, and one each for references, mandates and draft links. On PostgreSQL that saves the
round trips that made storing cost more than parsing; on SQLite it changes little.

What is decided per document stays as before: the same file again, or the same version read from
another file (a PDF and its text), is "unchanged"; a changed file replaces its version.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import TextClause

from mandata import PARSER_VERSION
from mandata.analyze.document import full_text
from mandata.model import Document
from mandata.registry import items as item_links
from mandata.registry.analyzer import terms
from mandata.registry.schema import (
    documents,
    drafts,
    failures,
    mandates,
    paragraphs,
    references,
    sources,
)
from mandata.registry.search import SearchIndex, clean_terms, index_entry


@dataclass(frozen=True)
class Stored:
    """What storing one document did: "added", "replaced" or "unchanged"."""

    doc_key: str
    outcome: str


@dataclass(frozen=True)
class Prepared:
    """What a parsing worker computes for the writer: the document's JSON and the search index
    entry of each of its paragraphs, in the registry's dialect (so the one writer does not)."""

    data: str
    terms: list[str]


def prepare(doc: Document, data: dict[str, Any] | None = None, dialect: str = "sqlite") -> Prepared:
    """The JSON and the paragraph index entries of a document (run in the parsing worker);
    ``data`` is ``doc.to_dict()`` when the caller has it already, ``dialect`` the registry's
    database (``sqlite`` or ``postgresql``)."""
    texts = [full_text(p, labelled=True) for p in doc.all_paragraphs()]
    return Prepared(
        json.dumps(data if data is not None else doc.to_dict(), ensure_ascii=False),
        [index_entry(clean_terms(terms(t, doc.language)), dialect) for t in texts],
    )


def doc_key(doc: Document, source: str) -> str:
    """The identity of a stored version: symbol and language, or the source without a symbol."""
    if doc.symbol:
        return f"{doc.symbol}|{doc.language or ''}"
    return f"source:{source}"


@dataclass
class _Item:
    doc: Document
    source: str
    content_hash: str
    ready: Prepared
    key: str
    outcome: str = "added"
    id: int | None = None


Entry = tuple[Document, str, str] | tuple[Document, str, str, Prepared]


def write_batch(conn: Connection, batch: Sequence[Entry], index: SearchIndex) -> list[Stored]:
    """Store ``batch`` (documents with their source, content hash and, if a worker made it,
    what it prepared) through ``conn``; one outcome per entry, in order."""
    items = [_item(entry, conn.dialect.name) for entry in batch]
    _remember_sources(conn, items)
    replaced = _decide(conn, items)
    if replaced:
        index.delete_documents(conn, replaced)
        conn.execute(delete(documents).where(documents.c.id.in_(replaced)))
    new = [i for i in items if i.outcome != "unchanged"]
    if new:
        _insert_documents(conn, new)
        _insert_paragraphs(conn, new, index)
        _insert_links(conn, new)
    conn.execute(delete(failures).where(failures.c.source.in_({i.source for i in items})))
    return [Stored(i.key, i.outcome) for i in items]


def _item(entry: Entry, dialect: str) -> _Item:
    doc, source, content_hash = entry[0], entry[1], entry[2]
    ready = entry[3] if len(entry) > 3 else prepare(doc, dialect=dialect)
    return _Item(doc, source, content_hash, ready, doc_key(doc, source))


def _remember_sources(conn: Connection, items: list[_Item]) -> None:
    """Note the files read, so that the next run skips them while they are unchanged."""
    latest = {i.source: i for i in items}
    conn.execute(delete(sources).where(sources.c.source.in_(latest)))
    rows = [
        {
            "source": i.source,
            "content_hash": i.content_hash,
            "parser_version": PARSER_VERSION,
            "doc_key": i.key,
        }
        for i in latest.values()
    ]
    conn.execute(insert(sources), rows)


def _decide(conn: Connection, items: list[_Item]) -> list[int]:
    """Set each item's outcome against what is stored (and what comes earlier in the batch);
    returns the ids of the stored versions to replace."""
    query = select(
        documents.c.id,
        documents.c.doc_key,
        documents.c.source,
        documents.c.content_hash,
        documents.c.parser_version,
    ).where(documents.c.doc_key.in_({i.key for i in items}))
    current: dict[str, tuple[int | None, str, str, str]] = {
        r.doc_key: (r.id, r.source, r.content_hash, r.parser_version) for r in conn.execute(query)
    }
    replaced: list[int] = []
    pending: dict[str, _Item] = {}
    for item in items:
        held = current.get(item.key)
        same = held is not None and (held[2] == item.content_hash or held[1] != item.source)
        if same and held is not None and held[3] == PARSER_VERSION:
            item.outcome = "unchanged"  # the same file, or the same version from another file
            continue
        if held is not None:
            item.outcome = "replaced"
            if held[0] is not None:
                replaced.append(held[0])
        if item.key in pending:  # written earlier in this batch: only the last one stays
            pending[item.key].outcome = "unchanged"
        pending[item.key] = item
        current[item.key] = (None, item.source, item.content_hash, PARSER_VERSION)
    return replaced


def _insert_documents(conn: Connection, items: list[_Item]) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "doc_key": i.key,
            "symbol": i.doc.symbol,
            "language": i.doc.language,
            "source": i.source,
            "content_hash": i.content_hash,
            "parser_version": PARSER_VERSION,
            "doc_type": i.doc.doc_type,
            "body": i.doc.body,
            "session": i.doc.session,
            "date": i.doc.date,
            "adopted": i.doc.adopted,
            "title": i.doc.title,
            "data": i.ready.data,
            "ingested_at": now,
        }
        for i in items
    ]
    query = insert(documents).returning(documents.c.id, sort_by_parameter_order=True)
    for item, doc_id in zip(items, conn.execute(query, rows).scalars().all(), strict=True):
        item.id = int(doc_id)


def _insert_paragraphs(conn: Connection, items: list[_Item], index: SearchIndex) -> None:
    """Every paragraph of the batch and its index entry (on PostgreSQL in one statement of
    arrays, their ids read back by document and position)."""
    rows, entries = [], []
    for item in items:
        for k, (p, entry) in enumerate(
            zip(item.doc.all_paragraphs(), item.ready.terms, strict=True)
        ):
            rows.append(
                {
                    "document_id": item.id,
                    "position": k,
                    "pid": p.id or f"p{k + 1}",
                    "kind": p.kind,
                    "number": p.number,
                    "action": p.action,
                    "text": full_text(p, labelled=True),
                }
            )
            entries.append(entry)
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        statement, arrays = _unnest(paragraphs, rows, returning="id, document_id, position")
        found = {(r[1], r[2]): int(r[0]) for r in conn.execute(statement, arrays)}
        ids = [found[(r["document_id"], r["position"])] for r in rows]
    else:
        query = insert(paragraphs).returning(paragraphs.c.id, sort_by_parameter_order=True)
        ids = [int(x) for x in conn.execute(query, rows).scalars().all()]
    index.write(conn, list(zip(ids, entries, strict=True)))


_INTEGERS = frozenset({"document_id", "session", "position"})


def _unnest(
    table: Table, rows: list[dict[str, Any]], returning: str = ""
) -> tuple[TextClause, dict[str, list[Any]]]:
    """A PostgreSQL INSERT of ``rows`` (dicts with the same keys) as one array per column, and
    its parameters: one statement, the same text for every batch, so the server prepares it
    once, instead of one statement per row."""
    columns = list(rows[0])
    arrays = ", ".join(
        f"CAST(:{c} AS {'integer' if c in _INTEGERS else 'text'}[])" for c in columns
    )
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) SELECT * FROM unnest({arrays})'
    statement = text(f"{sql} RETURNING {returning}" if returning else sql)
    return statement, {c: [r[c] for r in rows] for c in columns}


def _insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys): on PostgreSQL with :func:`_unnest`."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    conn.execute(*_unnest(table, rows))


def _insert_links(conn: Connection, items: list[_Item]) -> None:
    """References, mandates, draft links and agenda items of the batch."""
    refs = [
        {
            "document_id": i.id,
            "paragraph": r.paragraph,
            "type": r.type,
            "target": r.target,
            "date": r.date,
        }
        for i in items
        for r in i.doc.references
    ]
    asks = [{"document_id": i.id, **vars(m)} for i in items for m in i.doc.mandates]
    links = [
        {"draft": d, "resolution": i.doc.symbol, "method": "drafts_line", "document_id": i.id}
        for i in items
        if i.doc.symbol
        for d in dict.fromkeys(i.doc.drafts)
    ]
    for table, rows in ((references, refs), (mandates, asks), (drafts, links)):
        if rows:
            _insert_rows(conn, table, rows)
    for i in items:
        if i.id is not None:
            item_links.store_items(conn, i.doc, i.id)
