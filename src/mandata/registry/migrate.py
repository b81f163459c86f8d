"""Bring a database to the current schema, safely, when the registry opens it.

Alembic runs the scripts in ``migrations/versions`` inside one transaction on the registry's own
connection; a database already at the head is left untouched. Processes that open a new or older
database at the same time take turns: the migration runs under a lock (an advisory lock on
PostgreSQL, an exclusive transaction on SQLite) and the revision is read again once it is held,
so that only the first migrates and the others find the schema current.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

_SCRIPTS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head() -> str:
    """The newest schema revision this version of mandata knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


MIGRATION_LOCK = 0x6D616E6461746101  # PostgreSQL advisory lock keys: "mandata" and a number
WRITE_LOCK = 0x6D616E6461746102


def lock(connection: Connection, key: int, sqlite_mode: str) -> None:
    """Begin the transaction of ``connection`` holding the registry-wide lock ``key``: an
    advisory transaction lock on PostgreSQL, ``BEGIN sqlite_mode`` (IMMEDIATE: one writer at a
    time; EXCLUSIVE: readers wait too) on SQLite; either waits for the holder to finish."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    elif connection.dialect.name == "sqlite" and not _driver_in_transaction(connection):
        connection.exec_driver_sql(f"BEGIN {sqlite_mode}")


def _driver_in_transaction(connection: Connection) -> bool:
    """Whether sqlite3 has begun a transaction already (it does not before the first write in
    its default mode, which the registry uses; a BEGIN inside one would be an error)."""
    return bool(getattr(connection.connection.dbapi_connection, "in_transaction", False))


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest revision (nothing to do when it is there already)."""
    if current_revision(engine) == head():
        return
    with engine.begin() as connection:
        lock(connection, MIGRATION_LOCK, "EXCLUSIVE")
        if MigrationContext.configure(connection).get_current_revision() == head():
            return  # another process migrated it while this one waited
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
