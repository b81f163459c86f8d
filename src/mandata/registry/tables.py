"""The registry as four flat tables for pandas, R and spreadsheets: CSV or Parquet.

:func:`export_tables` writes ``documents``, ``paragraphs``, ``references`` and ``mandates`` (each
``<table>.csv`` or ``<table>.parquet``) into a directory, creating it if needed, and returns the
number of rows of each. A table already there is replaced, and only once it is fully written: a
failed export never leaves half a table (other files of the directory are left alone).

Every table starts with ``doc_key``, ``symbol`` and ``language``. ``doc_key`` is the registry's key
of a document ("A/RES/80/123|en", or "source:<path>" when the symbol is unknown): never empty and
unique, so join the tables on it, not on ``symbol`` and ``language`` (a document without a symbol
has none). The columns (see :data:`SCHEMAS`):

- documents: doc_key, symbol, language, doc_type, body, session, date, adopted, title,
  original_language, source, content_hash, parser_version, ingested_at, and the number of its
  paragraph_count, reference_count and mandate_count.
- paragraphs: doc_key, symbol, language, position (0-based, in document order), pid ("pp3",
  "op4"), kind (preambular, operative, body), number (as printed), phrase (the leading words as
  printed), action (their canonical key, the same in every language), modifier, text (with its
  sub-paragraphs, one per line).
- references: doc_key, symbol, language, paragraph, type, target, resolved (true when the registry
  holds a document whose symbol is the target), date.
- mandates: doc_key, symbol, language, paragraph, type (report, agenda_item, directive),
  addressee, session, periodicity, subject, title, parent, action.

Everything comes from the registry's columns, except ``original_language`` and the ``phrase`` and
``modifier`` of a paragraph, which the tables do not keep: they are read from the stored JSON of
the document. Rows are in the order the documents were stored, then in document order. The four
tables are read in one transaction (a snapshot on both databases), so they agree with each other
even while an ingest writes; and they are streamed, a batch of rows at a time, whatever the size
of the registry.

Dates (``date``, ``adopted`` and the date of a reference) are ISO 8601 text, "2025-12-01", as
stored; ``ingested_at`` is a UTC time.

CSV: UTF-8, one header line, the csv module's standard dialect (fields quoted when they hold a
comma, a quote or a line break; lines end with CRLF as RFC 4180 has it; the line breaks inside a
paragraph's text are kept as they are). An empty field is a null; booleans are "true" and "false".
There is no byte-order mark: pandas, R (``read.csv(..., encoding = "UTF-8")``, readr, data.table),
LibreOffice and Python read UTF-8 as it is, whereas a mark would end up in the name of the first
column for the readers that do not expect one (base R's ``read.csv``). Excel is the one program
that guesses a legacy code page for a CSV without the mark and garbles Arabic, Chinese and
Russian when the file is double-clicked: open it from Excel with Data > From Text/CSV, file origin
"65001: Unicode (UTF-8)".

Parquet: an explicit schema, so that the column types are the same whatever the rows, also in an
empty table or a column that is null throughout: text is ``string``, counts, positions and
sessions ``int32`` (R's integer), ``resolved`` is ``bool`` and ``ingested_at`` a
``timestamp[us, UTC]``. Written by pyarrow in row groups of :data:`BATCH_ROWS` rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import ColumnElement, Select, cast, exists, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.schema import Table

from mandata.errors import MandataError
from mandata.model import Document
from mandata.registry.schema import documents, mandates, paragraphs, references
from mandata.registry.store import Registry, RegistryError, error_line

Format = Literal["csv", "parquet"]
Values = tuple[Any, ...]

TABLES = ("documents", "paragraphs", "references", "mandates")
FORMATS: tuple[Format, ...] = ("csv", "parquet")
BATCH_ROWS = 10_000
# Documents whose stored JSON is read at a time, for the phrase and modifier of their paragraphs.
CHUNK_DOCUMENTS = 100


class ExportError(MandataError):
    """The tables cannot be written where asked."""

    code = "export"


_KEY = [("doc_key", pa.string()), ("symbol", pa.string()), ("language", pa.string())]

SCHEMAS: dict[str, Any] = {
    "documents": pa.schema(
        [
            *_KEY,
            ("doc_type", pa.string()),
            ("body", pa.string()),
            ("session", pa.int32()),
            ("date", pa.string()),
            ("adopted", pa.string()),
            ("title", pa.string()),
            ("original_language", pa.string()),
            ("source", pa.string()),
            ("content_hash", pa.string()),
            ("parser_version", pa.string()),
            ("ingested_at", pa.timestamp("us", tz="UTC")),
            ("paragraph_count", pa.int32()),
            ("reference_count", pa.int32()),
            ("mandate_count", pa.int32()),
        ]
    ),
    "paragraphs": pa.schema(
        [
            *_KEY,
            ("position", pa.int32()),
            ("pid", pa.string()),
            ("kind", pa.string()),
            ("number", pa.string()),
            ("phrase", pa.string()),
            ("action", pa.string()),
            ("modifier", pa.string()),
            ("text", pa.string()),
        ]
    ),
    "references": pa.schema(
        [
            *_KEY,
            ("paragraph", pa.string()),
            ("type", pa.string()),
            ("target", pa.string()),
            ("resolved", pa.bool_()),
            ("date", pa.string()),
        ]
    ),
    "mandates": pa.schema(
        [
            *_KEY,
            ("paragraph", pa.string()),
            ("type", pa.string()),
            ("addressee", pa.string()),
            ("session", pa.int32()),
            ("periodicity", pa.string()),
            ("subject", pa.string()),
            ("title", pa.string()),
            ("parent", pa.string()),
            ("action", pa.string()),
        ]
    ),
}
"""The columns and Parquet types of each table (the CSV header is the same names)."""


def export_tables(registry: Registry, out: Path, fmt: Format) -> dict[str, int]:
    """Write the four tables into directory ``out`` as ``fmt``; the number of rows of each."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown table format {fmt!r}: csv or parquet")
    _directory(out)
    counts: dict[str, int] = {}
    try:
        with _snapshot(registry) as conn:
            for table in TABLES:
                counts[table] = _export(_ROWS[table](conn), table, out / f"{table}.{fmt}", fmt)
    except SQLAlchemyError as err:
        raise RegistryError(f"cannot read {registry.shown_url}: {error_line(err)}") from None
    return counts


def _directory(out: Path) -> None:
    """Create ``out`` if it is missing; refuse a file."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file: the tables go into a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot create the directory {out}: {err.strerror or err}") from None


@contextmanager
def _snapshot(registry: Registry) -> Iterator[Connection]:
    """One connection that sees one state of the registry from its first read to its last."""
    with registry.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        else:  # pysqlite opens no transaction for reads: every statement would see its own state
            conn.exec_driver_sql("BEGIN")
        yield conn


def _export(rows: Iterable[Values], table: str, path: Path, fmt: Format) -> int:
    """Write one table to ``path`` (replaced only once complete); its number of rows."""
    part = path.with_name(f".{path.name}.part")
    try:
        count = _WRITERS[fmt](part, SCHEMAS[table], rows)
        part.replace(path)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from None
    finally:
        part.unlink(missing_ok=True)
    return count


# -- writing -------------------------------------------------------------------------------------


def _write_csv(path: Path, schema: Any, rows: Iterable[Values]) -> int:
    """Write the header and the rows, one at a time; the number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(schema.names)
        for row in rows:
            writer.writerow([_cell(value) for value in row])
            count += 1
    return count


def _cell(value: Any) -> Any:
    """A value as the csv module should write it (it writes None as an empty field)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def _write_parquet(path: Path, schema: Any, rows: Iterable[Values]) -> int:
    """Write the rows as row groups of :data:`BATCH_ROWS` with ``schema`` (also when there are
    none); the number of rows."""
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _batches(rows, BATCH_ROWS):
            columns = zip(*batch, strict=True)
            arrays = [
                pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)
            ]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            count += len(batch)
    return count


def _batches(rows: Iterable[Values], size: int) -> Iterator[list[Values]]:
    """The rows in lists of ``size`` (the last one shorter)."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


_WRITERS: dict[str, Callable[[Path, Any, Iterable[Values]], int]] = {
    "csv": _write_csv,
    "parquet": _write_parquet,
}


# -- reading -------------------------------------------------------------------------------------


def _document_rows(conn: Connection) -> Iterator[Values]:
    """The documents, with their original language and the number of their parts."""
    d = documents.c
    query = select(
        d.doc_key,
        d.symbol,
        d.language,
        d.doc_type,
        d.body,
        d.session,
        d.date,
        d.adopted,
        d.title,
        _json_field(conn, d.data, "original_language"),
        d.source,
        d.content_hash,
        d.parser_version,
        d.ingested_at,
        _count(paragraphs),
        _count(references),
        _count(mandates),
    ).order_by(d.id)
    for row in _stream(conn, query):
        yield tuple(_utc(v) if isinstance(v, dt.datetime) else v for v in row)


@dataclass(frozen=True)
class _Leading:
    """A document of a chunk: its doc_key, symbol and language, and the (phrase, modifier) of
    each of its paragraphs in the order the registry numbers them (``position``)."""

    keys: tuple[str, str | None, str | None]
    words: list[tuple[str | None, str | None]]


def _paragraph_rows(conn: Connection) -> Iterator[Values]:
    """The paragraphs, a chunk of documents at a time (their JSON gives phrase and modifier)."""
    after = 0
    while chunk := _document_chunk(conn, after):
        yield from _chunk_paragraphs(conn, chunk)
        after = max(chunk)


def _document_chunk(conn: Connection, after: int) -> dict[int, _Leading]:
    """The next documents after id ``after``: their key columns and the phrase and modifier of
    each of their paragraphs (their JSON is dropped once read)."""
    query = (
        select(documents.c.id, *_keys(), documents.c.data)
        .where(documents.c.id > after)
        .order_by(documents.c.id)
        .limit(CHUNK_DOCUMENTS)
    )
    return {
        row.id: _Leading((row.doc_key, row.symbol, row.language), _leading_words(row.data))
        for row in conn.execute(query)
    }


def _chunk_paragraphs(conn: Connection, chunk: dict[int, _Leading]) -> Iterator[Values]:
    """The paragraphs of the documents of ``chunk``, with their phrase and modifier."""
    p = paragraphs.c
    query = (
        select(p.document_id, p.position, p.pid, p.kind, p.number, p.action, p.text)
        .where(p.document_id.in_(list(chunk)))
        .order_by(p.document_id, p.position)
    )
    for row in _stream(conn, query):
        doc = chunk[row.document_id]
        phrase, modifier = (
            doc.words[row.position] if row.position < len(doc.words) else (None, None)
        )
        yield (
            *doc.keys,
            *(row.position, row.pid, row.kind, row.number, phrase, row.action, modifier, row.text),
        )


def _leading_words(data: str) -> list[tuple[str | None, str | None]]:
    """The phrase and modifier of every paragraph of a stored document, in the order the
    registry numbers them (``position``)."""
    doc = Document.from_dict(json.loads(data))
    return [(p.phrase, p.modifier) for p in doc.all_paragraphs()]


def _reference_rows(conn: Connection) -> Iterator[Values]:
    """The references, each resolved when a stored document has its target as symbol."""
    r = references.c
    cited = documents.alias("cited")
    query = (
        select(
            *_keys(),
            r.paragraph,
            r.type,
            r.target,
            exists().where(cited.c.symbol == r.target).label("resolved"),
            r.date,
        )
        .select_from(references.join(documents))
        .order_by(r.document_id, r.id)
    )
    for row in _stream(conn, query):
        yield tuple(row)  # resolved is a bool on SQLite too: SQLAlchemy converts its 0 and 1


def _mandate_rows(conn: Connection) -> Iterator[Values]:
    """The mandates, as the registry keeps them."""
    m = mandates.c
    query = (
        select(
            *_keys(),
            *(m.paragraph, m.type, m.addressee, m.session, m.periodicity),
            *(m.subject, m.title, m.parent, m.action),
        )
        .select_from(mandates.join(documents))
        .order_by(m.document_id, m.id)
    )
    for row in _stream(conn, query):
        yield tuple(row)


_ROWS: dict[str, Callable[[Connection], Iterator[Values]]] = {
    "documents": _document_rows,
    "paragraphs": _paragraph_rows,
    "references": _reference_rows,
    "mandates": _mandate_rows,
}


def _stream(conn: Connection, query: Select[Any]) -> Iterator[Row[Any]]:
    """The rows of ``query``, fetched a batch at a time (a server-side cursor on PostgreSQL)."""
    yield from conn.execute(query.execution_options(yield_per=BATCH_ROWS))


def _keys() -> list[ColumnElement[Any]]:
    """The columns every table starts with."""
    return [documents.c.doc_key, documents.c.symbol, documents.c.language]


def _count(table: Table) -> ColumnElement[Any]:
    """The number of rows of ``table`` that belong to the document of the row."""
    return (
        select(func.count())
        .where(table.c.document_id == documents.c.id)
        .scalar_subquery()
        .label(f"{table.name}_count")
    )


def _json_field(conn: Connection, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
    """A top-level text field of a JSON column, read by the database."""
    if conn.dialect.name == "postgresql":
        return func.json_extract_path_text(cast(column, postgresql.JSON), key).label(key)
    return func.json_extract(column, f"$.{key}").label(key)


def _utc(value: dt.datetime) -> dt.datetime:
    """A stored time as UTC (SQLite gives it back without its zone; it was written in UTC)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
