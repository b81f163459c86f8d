"""Inserting many rows at once, the cheapest way each database has.

The writer's big tables (paragraphs, their index entries, references, mandates) take thousands of
rows per batch. SQLite gets one ``executemany`` of a plain statement (SQLAlchemy's compiled
insert costs more in Python than SQLite spends storing the rows); PostgreSQL gets one COPY: the
rows streamed as text, with no statement to parse or plan and no arrays to build in Python and
take apart on the server, less work on both sides than an INSERT of arrays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

import psycopg
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def insert_rows(conn: Connection, table: str, rows: Sequence[Sequence[Any]], columns: str) -> None:
    """Insert ``rows`` (tuples of values for ``columns``, comma-separated names) into ``table``
    in the transaction of ``conn``."""
    if not rows:
        return
    names = ", ".join(f'"{c.strip()}"' for c in columns.split(","))
    if conn.dialect.name == "postgresql":
        _copy(conn, f'COPY "{table}" ({names}) FROM STDIN', rows)
    else:
        marks = ", ".join("?" * len(rows[0]))
        conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(rows))


def _copy(conn: Connection, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Run a COPY FROM STDIN of ``rows`` through the psycopg connection under ``conn``, in its
    transaction; a database error is raised as SQLAlchemy's, as a statement's would be (so that
    the registry reports it in one line)."""
    cursor = cast(psycopg.Cursor[Any], conn.connection.cursor())
    try:
        with cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as err:
        raise DBAPIError.instance(sql, None, err, psycopg.Error) from err
    finally:
        cursor.close()
