"""The registry: parsed documents kept together and linked, on SQLite or PostgreSQL.

One :class:`Registry` with the same methods over both databases (SQLAlchemy Core). A document is
one language version of one symbol (``doc_key`` = symbol and language, or the source path when
the symbol is unknown); storing it again replaces it in one transaction, and storing the same
content again changes nothing. SQLite runs in WAL mode so that readers keep working while an
ingest writes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, delete, event, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from mandata import PARSER_VERSION
from mandata.analyze.document import full_text
from mandata.errors import MandataError
from mandata.model import Document
from mandata.registry import items as item_links
from mandata.registry.analyzer import terms
from mandata.registry.migrate import upgrade
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

DEFAULT_DB = "mandata.db"


class RegistryError(MandataError):
    """The database cannot be opened or written."""

    code = "registry"


def database_url(url: str | None = None) -> str:
    """``--db``, else ``MANDATA_DB``, else ``./mandata.db``; a plain path means SQLite."""
    url = url or os.environ.get("MANDATA_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


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
    if doc.symbol:
        return f"{doc.symbol}|{doc.language or ''}"
    return f"source:{source}"


class Registry:
    """Documents, paragraphs, references, mandates, items and the links between them."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        try:
            self.engine = _engine(self.url)
            upgrade(self.engine)
        except SQLAlchemyError as err:
            raise RegistryError(f"cannot open {self.url}: {_first_line(err)}") from None
        self.search_index = SearchIndex(self.engine.dialect.name)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as err:
            raise RegistryError(f"cannot write to {self.url}: {_first_line(err)}") from None

    # -- writing -------------------------------------------------------------------------

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """source -> (content hash, parser version) of every stored document."""
        query = select(documents.c.source, documents.c.content_hash, documents.c.parser_version)
        with self.engine.connect() as conn:
            return {
                row.source: (row.content_hash, row.parser_version) for row in conn.execute(query)
            }

    def store(self, doc: Document, source: str, content_hash: str) -> Stored:
        """Store one document (see :meth:`store_many`)."""
        return self.store_many([(doc, source, content_hash)])[0]

    def store_many(
        self, batch: Iterable[tuple[Document, str, str] | tuple[Document, str, str, Prepared]]
    ) -> list[Stored]:
        """Store documents (with what a worker prepared for them, if it did) in one
        transaction: all of them, or none if anything fails."""
        out: list[Stored] = []
        with self._write() as conn:
            for item in batch:
                doc, source, content_hash = item[0], item[1], item[2]
                ready = item[3] if len(item) > 3 else None
                out.append(self._store(conn, doc, source, content_hash, ready))
                conn.execute(delete(failures).where(failures.c.source == source))
        return out

    def _store(
        self,
        conn: Connection,
        doc: Document,
        source: str,
        content_hash: str,
        ready: Prepared | None = None,
    ) -> Stored:
        key = doc_key(doc, source)
        _remember_source(conn, source, content_hash, key)
        old = conn.execute(
            select(
                documents.c.id,
                documents.c.source,
                documents.c.content_hash,
                documents.c.parser_version,
            ).where(documents.c.doc_key == key)
        ).first()
        current = old is not None and old.parser_version == PARSER_VERSION
        if (
            current
            and old is not None
            and (old.content_hash == content_hash or old.source != source)
        ):
            # the same file again, or the same version read from another file (PDF and text)
            return Stored(key, "unchanged")
        if old is not None:
            self.search_index.delete_document(conn, old.id)
            conn.execute(delete(documents).where(documents.c.id == old.id))

        ready = ready or prepare(doc, dialect=self.engine.dialect.name)
        doc_id = self._insert_document(conn, doc, key, source, content_hash, ready.data)
        self._insert_parts(conn, doc, doc_id, ready.terms)
        item_links.store_items(conn, doc, doc_id)
        return Stored(key, "replaced" if old is not None else "added")

    def _insert_document(
        self, conn: Connection, doc: Document, key: str, source: str, content_hash: str, data: str
    ) -> int:
        values = {
            "doc_key": key,
            "symbol": doc.symbol,
            "language": doc.language,
            "source": source,
            "content_hash": content_hash,
            "parser_version": PARSER_VERSION,
            "doc_type": doc.doc_type,
            "body": doc.body,
            "session": doc.session,
            "date": doc.date,
            "adopted": doc.adopted,
            "title": doc.title,
            "data": data,
            "ingested_at": dt.datetime.now(dt.UTC),
        }
        result = conn.execute(insert(documents).values(**values).returning(documents.c.id))
        return int(result.scalar_one())

    def _insert_parts(
        self, conn: Connection, doc: Document, doc_id: int, paragraph_terms: list[str]
    ) -> None:
        rows = [
            {
                "document_id": doc_id,
                "position": k,
                "pid": p.id or f"p{k + 1}",
                "kind": p.kind,
                "number": p.number,
                "action": p.action,
                "text": full_text(p, labelled=True),
            }
            for k, p in enumerate(doc.all_paragraphs())
        ]
        if rows:
            ids = _insert_paragraphs(conn, doc_id, rows)
            self.search_index.write(conn, list(zip(ids, paragraph_terms, strict=True)))
        refs = [
            {
                "document_id": doc_id,
                "paragraph": r.paragraph,
                "type": r.type,
                "target": r.target,
                "date": r.date,
            }
            for r in doc.references
        ]
        if refs:
            conn.execute(insert(references), refs)
        asks = [{"document_id": doc_id, **{k: v for k, v in vars(m).items()}} for m in doc.mandates]
        if asks:
            conn.execute(insert(mandates), asks)
        links = [
            {"draft": d, "resolution": doc.symbol, "method": "drafts_line", "document_id": doc_id}
            for d in dict.fromkeys(doc.drafts)
            if doc.symbol
        ]
        if links:
            conn.execute(insert(drafts), links)

    def record_failure(self, source: str, error: str) -> None:
        """Keep the error of a file that could not be parsed (the run goes on)."""
        with self._write() as conn:
            conn.execute(delete(failures).where(failures.c.source == source))
            conn.execute(
                insert(failures).values(source=source, error=error, at=dt.datetime.now(dt.UTC))
            )

    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [
                dict(r._mapping) for r in conn.execute(select(failures.c.source, failures.c.error))
            ]

    def execute(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """A read-only query, for the query methods of :mod:`mandata.registry.queries`."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction, for the linking passes after an ingest."""
        with self._write() as conn:
            yield conn


_PG_PARAGRAPHS = text(
    "INSERT INTO paragraphs (document_id, position, pid, kind, number, action, text) "
    "SELECT :doc, * FROM unnest(CAST(:position AS integer[]), CAST(:pid AS text[]), "
    "CAST(:kind AS text[]), CAST(:number AS text[]), CAST(:action AS text[]), "
    "CAST(:text AS text[])) RETURNING id, position"
)


def _insert_paragraphs(conn: Connection, doc_id: int, rows: list[dict[str, Any]]) -> list[int]:
    """Insert a document's paragraphs; their ids in ``rows`` order. On PostgreSQL one
    statement of arrays: the same text for every document, so the server prepares it once."""
    if conn.dialect.name != "postgresql":
        query = insert(paragraphs).returning(paragraphs.c.id, sort_by_parameter_order=True)
        return list(conn.execute(query, rows).scalars().all())
    columns = ("position", "pid", "kind", "number", "action", "text")
    arrays = {c: [r[c] for r in rows] for c in columns}
    result = conn.execute(_PG_PARAGRAPHS, {"doc": doc_id, **arrays})
    by_position = {row[1]: row[0] for row in result}
    return [int(by_position[r["position"]]) for r in rows]


def _remember_source(conn: Connection, source: str, content_hash: str, key: str) -> None:
    """Note that a file was read, so that the next run skips it while it is unchanged."""
    conn.execute(delete(sources).where(sources.c.source == source))
    conn.execute(
        insert(sources).values(
            source=source, content_hash=content_hash, parser_version=PARSER_VERSION, doc_key=key
        )
    )


def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
