"""Writing a batch of parsed documents into the registry in a few statements.

A batch (one transaction) is written table by table, not document by document: one statement
for the sources of the whole batch, one to find the versions already stored, one to remove the
ones replaced, one for the new document rows, one bulk insert for all their paragraphs (a COPY
on PostgreSQL, an executemany on SQLite: see :mod:`mandata.registry.bulk`) and one to read their
ids back, one for their index entries, and one each for references, mandates and draft links.

The parsing worker has made every row already (:class:`Prepared`, see :func:`prepare`): the
writer, the one process every document goes through, only writes.

What is decided per document stays as before: the same file again, or the same version read from
another file (a PDF and its text), is "unchanged"; a changed file replaces its version.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeVar, cast

from sqlalchemy import delete, insert, select, text
from sqlalchemy.engine import Connection

from mandata import PARSER_VERSION
from mandata.analyze.document import full_text
from mandata.analyze.openings import fixed_opening
from mandata.model import Document, Mandate
from mandata.registry import items as item_links
from mandata.registry.bulk import insert_rows
from mandata.registry.schema import (
    bounded_key,
    documents,
    drafts,
    failures,
    mandates,
    paragraphs,
    references,
    sources,
)
from mandata.registry.search import SearchIndex, clean_terms, index_entry
from mandata.registry.tokens import terms


@dataclass(frozen=True)
class Stored:
    """What storing one document did: "added", "replaced" or "unchanged"."""

    doc_key: str
    outcome: str


Row = tuple[Any, ...]


@dataclass(frozen=True)
class Prepared:
    """Everything the writer stores for one document, made from it in the parsing worker (in
    the registry's dialect), so that the one writer only writes: the ``documents`` row's own
    columns with the JSON, the paragraph rows, each paragraph's index entry, the references,
    mandates and drafts, and the agenda items the decisions name.

    Plain tuples of strings and numbers: the worker sends this instead of the Document, which
    took ten times longer to unpickle on the writer's side."""

    document: Row  # the values of DOCUMENT_COLUMNS
    paragraphs: list[Row]  # position, pid, kind, number, action, text, opens_session, opens_on
    terms: list[str]  # the index entry of each paragraph
    references: list[Row]  # paragraph, type, target, date
    mandates: list[Row]  # the values of MANDATE_COLUMNS
    drafts: list[str]
    agenda: list[item_links.Keyed]  # the agenda items named, with their keys

    @property
    def symbol(self) -> str | None:
        return cast("str | None", self.document[0])

    @property
    def language(self) -> str | None:
        return cast("str | None", self.document[1])


DOCUMENT_COLUMNS = "symbol, language, doc_type, body, session, date, adopted, title, data"
MANDATE_COLUMNS = ", ".join(f.name for f in fields(Mandate))


def prepare(doc: Document, data: dict[str, Any] | None = None, dialect: str = "sqlite") -> Prepared:
    """What the writer stores for ``doc`` (run in the parsing worker); ``data`` is
    ``doc.to_dict()`` when the caller has it already, ``dialect`` the registry's database
    (``sqlite`` or ``postgresql``)."""
    paragraphs = _with_facts(
        _valid(
            [
                (k, p.id or f"p{k + 1}", p.kind, p.number, p.action, full_text(p, labelled=True))
                for k, p in enumerate(doc.all_paragraphs())
            ]
        ),
        doc,
    )
    data_json = _json(data if data is not None else doc.to_dict())
    head = (doc.symbol, doc.language, doc.doc_type, doc.body, doc.session, doc.date)
    return Prepared(
        document=_valid([(*head, doc.adopted, doc.title, data_json)])[0],
        paragraphs=paragraphs,
        terms=[index_entry(clean_terms(terms(p[5], doc.language)), dialect) for p in paragraphs],
        references=_valid([(r.paragraph, r.type, r.target, r.date) for r in doc.references]),
        mandates=_valid([tuple(getattr(m, f.name) for f in fields(Mandate)) for m in doc.mandates]),
        drafts=[d.replace("\0", "") for d in dict.fromkeys(doc.drafts)],
        agenda=item_links.keyed(_valid(item_links.mentions(doc)), doc.language),
    )


def _with_facts(rows: list[Row], doc: Document) -> list[Row]:
    """The paragraph rows with the facts stored beside their text: the session whose opening the
    paragraph fixes and the date (:func:`~mandata.analyze.openings.fixed_opening`), read here once
    instead of on every question."""
    out = []
    for row in rows:
        fixed = fixed_opening(row[5], row[4], doc.language, doc.session)
        out.append((*row, *((fixed[0], fixed[1].isoformat()) if fixed else (None, None))))
    return out


_R = TypeVar("_R", bound=tuple[Any, ...])


def _valid(rows: list[_R]) -> list[_R]:
    """The rows with every NUL character taken out of their strings: PostgreSQL's text cannot
    hold one (SQLite's can; both databases store the same values)."""
    if not any("\0" in v for row in rows for v in row if isinstance(v, str)):
        return rows
    return [
        cast(_R, tuple(v.replace("\0", "") if isinstance(v, str) else v for v in row))
        for row in rows
    ]


def _json(data: dict[str, Any]) -> str:
    """The document as JSON, without NUL characters in its strings (see :func:`_valid`)."""
    dumped = json.dumps(data, ensure_ascii=False)
    if "\\u0000" not in dumped:
        return dumped
    return json.dumps(_without_nul(data), ensure_ascii=False)


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\0", "")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def doc_key(doc: Document, source: str) -> str:
    """The identity of a stored version: symbol and language, or the source without a symbol."""
    return _key(doc.symbol, doc.language, source)


def _key(symbol: str | None, language: str | None, source: str) -> str:
    if symbol:
        return bounded_key(f"{symbol}|{language or ''}")
    return bounded_key(f"source:{source}")


@dataclass
class _Item:
    source: str
    content_hash: str
    ready: Prepared
    key: str
    outcome: str = "added"
    id: int | None = None


Entry = tuple[Document | Prepared, str, str]
"""A document (or what a worker prepared of it), its source and its content hash."""


def write_batch(conn: Connection, batch: Sequence[Entry], index: SearchIndex) -> list[Stored]:
    """Store ``batch`` (documents, or what workers prepared of them, with their source and
    content hash) through ``conn``; one outcome per entry, in order."""
    items = [_item(entry, conn.dialect.name) for entry in batch]
    if not items:  # nothing to write (an INSERT of no rows would insert one of NULLs)
        return []
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
    done, source, content_hash = entry
    ready = done if isinstance(done, Prepared) else prepare(done, dialect=dialect)
    return _Item(source, content_hash, ready, _key(ready.symbol, ready.language, source))


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
    names = DOCUMENT_COLUMNS.split(", ")
    rows = [
        {
            "doc_key": i.key,
            "source": i.source,
            "content_hash": i.content_hash,
            "parser_version": PARSER_VERSION,
            "ingested_at": now,
            **dict(zip(names, i.ready.document, strict=True)),
        }
        for i in items
    ]
    query = insert(documents).returning(documents.c.id, sort_by_parameter_order=True)
    for item, doc_id in zip(items, conn.execute(query, rows).scalars().all(), strict=True):
        item.id = int(doc_id)


_PARAGRAPH_COLUMNS = (
    "document_id, position, pid, kind, number, action, text, opens_session, opens_on"
)


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


def _paragraph_rows(items: list[_Item]) -> tuple[list[Row], list[str]]:
    """The paragraph rows of the batch (values of ``_PARAGRAPH_COLUMNS``) and, in the same
    order, their index entries."""
    rows = [(i.id, *p) for i in items for p in i.ready.paragraphs]
    return rows, [entry for i in items for entry in i.ready.terms]


def _insert_links(conn: Connection, items: list[_Item]) -> None:
    """References, mandates, draft links and agenda items of the batch."""
    refs = [(i.id, *r) for i in items for r in i.ready.references]
    insert_rows(conn, references.name, refs, "document_id, paragraph, type, target, date")
    asks = [(i.id, *m) for i in items for m in i.ready.mandates]
    insert_rows(conn, mandates.name, asks, f"document_id, {MANDATE_COLUMNS}")
    links = [
        (d, i.ready.symbol, "drafts_line", i.id)
        for i in items
        if i.ready.symbol
        for d in i.ready.drafts
    ]
    insert_rows(conn, drafts.name, links, "draft, resolution, method, document_id")
    found = [(i.id, i.ready.language, m) for i in items if i.id is not None for m in i.ready.agenda]
    item_links.store_items(conn, found)
