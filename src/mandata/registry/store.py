"""The registry: parsed documents kept together and linked, on SQLite or PostgreSQL.

One :class:`Registry` with the same methods over both databases (SQLAlchemy Core). A document is
one language version of one symbol (``doc_key`` = symbol and language, or the source path when
the symbol is unknown); storing it again replaces it in one transaction, and storing the same
content again changes nothing. SQLite runs in WAL mode so that readers keep working while an
ingest writes; writers take turns, one transaction at a time, whatever process they run in.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, delete, event, insert, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from mandata.errors import MandataError
from mandata.model import Document
from mandata.registry.migrate import WRITE_LOCK, current_revision, head, lock, upgrade
from mandata.registry.schema import documents, failures
from mandata.registry.search import SearchIndex
from mandata.registry.writer import Entry, Prepared, Stored, doc_key, prepare, write_batch
from mandata.settings import redact, redact_url

__all__ = [
    "Entry",
    "Prepared",
    "Registry",
    "RegistryError",
    "Stored",
    "database_url",
    "doc_key",
    "error_line",
    "prepare",
]

DEFAULT_DB = "mandata.db"


class RegistryError(MandataError):
    """The database cannot be opened or written."""

    code = "registry"


def database_url(url: str | None = None) -> str:
    """``--db``, else ``MANDATA_DB``, else ``./mandata.db``; a plain path means SQLite."""
    url = url or os.environ.get("MANDATA_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


class Registry:
    """Documents, paragraphs, references, mandates, items and the links between them."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        backend = _backend(self.url)
        if backend not in ("sqlite", "postgresql"):
            raise RegistryError(
                f"cannot open {self.shown_url}: {backend} is not a database mandata works on "
                "(SQLite: a file path; PostgreSQL: postgresql+psycopg://user@host/database)"
            )
        try:
            self.engine = _engine(self.url)
            upgrade(self.engine)
        except SQLAlchemyError as err:
            self.engine = self._read_only(err)
        self.search_index = SearchIndex(self.engine.dialect.name)

    def _read_only(self, err: SQLAlchemyError) -> Engine:
        """The registry opened read-only, when it is a SQLite file this user may read but not
        write (nor its folder: SQLite could not even keep the WAL's index beside it) and its
        schema is current; else the error, in one line."""
        message = f"cannot open {self.shown_url}: {error_line(err)}"
        path = _sqlite_file(self.url)
        if path is None or _writable(path) or os.path.exists(f"{path}-wal"):
            raise RegistryError(message) from None
        self.engine.dispose()
        uri = f"sqlite:///file:{urllib.parse.quote(path)}?mode=ro&immutable=1&uri=true"
        engine = create_engine(uri, future=True)
        try:
            current = current_revision(engine)
        except SQLAlchemyError as again:
            raise RegistryError(f"cannot open {self.shown_url}: {error_line(again)}") from None
        if current != head():
            raise RegistryError(
                f"cannot open {self.shown_url}: read-only, and its schema ({current}) is older "
                f"than this version's ({head()}): open it once with write access to migrate it"
            )
        return engine

    @property
    def shown_url(self) -> str:
        """The registry's URL as it may be shown: without its password."""
        return redact_url(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction, one at a time across every process writing to the registry
        (two ingests of the same files then converge: the second finds what the first stored)."""
        try:
            with self.engine.begin() as conn:
                lock(conn, WRITE_LOCK, "IMMEDIATE")
                yield conn
        except SQLAlchemyError as err:
            raise RegistryError(f"cannot write to {self.shown_url}: {error_line(err)}") from None

    # -- writing -------------------------------------------------------------------------

    def refresh_statistics(self, tables: Sequence[str] = ()) -> None:
        """Let the database's planner know the tables' new sizes (ANALYZE on PostgreSQL, of
        ``tables`` or of all; ``PRAGMA optimize`` on SQLite): with the sizes of an empty
        registry it planned ``agenda`` at 100,000 documents as if every table were small, and
        the writer's lookups by key as scans of whole tables (#15)."""
        with self._write() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("ANALYZE " + ", ".join(f'"{t}"' for t in tables))
            else:
                conn.exec_driver_sql("PRAGMA optimize")

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

    def store_many(self, batch: Sequence[Entry]) -> list[Stored]:
        """Store documents (with what a worker prepared for them, if it did) in one
        transaction: all of them, or none if anything fails."""
        with self._write() as conn:
            return write_batch(conn, batch, self.search_index)

    def record_failure(self, source: str, error: str) -> None:
        """Keep the error of a file that could not be parsed (the run goes on)."""
        source, error = source.replace("\0", ""), error.replace("\0", "")
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
        return self.execute_planned(sql, {}, **params)

    def execute_planned(
        self, sql: str, planner: dict[str, str], **params: Any
    ) -> list[dict[str, Any]]:
        """:meth:`execute` with PostgreSQL planner settings for this query alone
        (``{"enable_seqscan": "off"}``...); SQLite has none."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                for name, value in planner.items():
                    conn.execute(text("SELECT set_config(:n, :v, true)"), {"n": name, "v": value})
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    def stream(self, sql: str, **params: Any) -> Iterator[dict[str, Any]]:
        """:meth:`execute`, the rows read a few hundred at a time (a server-side cursor on
        PostgreSQL) and given one by one: for queries over every document's JSON, which at
        100,000 documents would take gigabytes as one list (#15)."""
        with self.engine.connect() as conn:
            rows = conn.execution_options(stream_results=True, yield_per=200).execute(
                text(sql), params
            )
            for row in rows:
                yield dict(row._mapping)

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction, for the linking passes after an ingest."""
        with self._write() as conn:
            yield conn


def _backend(url: str) -> str:
    """The database a URL names ("sqlite", "postgresql", ...), or what it starts with."""
    try:
        return make_url(url).get_backend_name()
    except ArgumentError:
        return url.split("://", 1)[0] or url


def _sqlite_file(url: str) -> str | None:
    """The file of a SQLite registry URL (None for another database, or SQLite in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database


def _writable(path: str) -> bool:
    folder = os.path.dirname(os.path.abspath(path))
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: the others may wait for a lock
    cursor.execute("PRAGMA foreign_keys=ON")
    _set_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _set_wal(cursor: Any) -> None:
    """``PRAGMA journal_mode=WAL``, tried again while another process converts a new registry
    at the same instant: SQLite answers "database is locked" at once, without its busy handler,
    to the second of two connections that both hold a shared lock and want the exclusive one
    (the deadlock it avoids), so the busy timeout does not cover this case."""
    for attempt in range(300):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == 299:
                raise
            time.sleep(0.1)


def error_line(err: Exception) -> str:
    """The first line of a database error, any password in it hidden."""
    return redact(str(err).strip().splitlines()[0]) if str(err).strip() else type(err).__name__
