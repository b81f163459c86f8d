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

from sqlalchemy import delete, insert, select, text
from sqlalchemy.engine import Connection

from mandata import PARSER_VERSION
from mandata.analyze.document import full_text
from mandata.model import Document
from mandata.registry import items as item_links
from mandata.registry.analyzer import terms
from mandata.registry.bulk import dict_rows, insert_rows
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
    if conn.dialect.name == "postgresql":
        conn.execute(_LZ4)
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


# For this transaction only, where the server has it: the documents' JSON (and any long
# paragraph) compressed with lz4 instead of pglz, which took a fifth of the server's CPU for the
# batch; what is stored is the same, and lz4 is faster to read back too.
_LZ4 = text(
    "SELECT set_config('default_toast_compression', 'lz4', true) FROM pg_settings "
    "WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"
)


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


_PARAGRAPH_COLUMNS = "document_id, position, pid, kind, number, action, text"


def _insert_paragraphs(conn: Connection, items: list[_Item], index: SearchIndex) -> None:
    """Every paragraph of the batch (one bulk insert, their ids read back by document and
    position: a RETURNING would make SQLite insert them one by one) and its index entry."""
    rows, entries = _paragraph_rows(items)
    if not rows:
        return
    insert_rows(conn, paragraphs.name, rows, _PARAGRAPH_COLUMNS)
    query = select(paragraphs.c.id, paragraphs.c.document_id, paragraphs.c.position).where(
        paragraphs.c.document_id.in_([i.id for i in items])
    )
    found = {(r.document_id, r.position): int(r.id) for r in conn.execute(query)}
    ids = [found[(row[0], row[1])] for row in rows]
    index.write(conn, list(zip(ids, entries, strict=True)))


def _paragraph_rows(items: list[_Item]) -> tuple[list[tuple[Any, ...]], list[str]]:
    """The paragraph rows of the batch (values of ``_PARAGRAPH_COLUMNS``) and, in the same
    order, their index entries."""
    rows, entries = [], []
    for item in items:
        for k, (p, entry) in enumerate(
            zip(item.doc.all_paragraphs(), item.ready.terms, strict=True)
        ):
            text = full_text(p, labelled=True)
            rows.append((item.id, k, p.id or f"p{k + 1}", p.kind, p.number, p.action, text))
            entries.append(entry)
    return rows, entries


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
        insert_rows(conn, table.name, *dict_rows(rows))
    for i in items:
        if i.id is not None:
            item_links.store_items(conn, i.doc, i.id)
