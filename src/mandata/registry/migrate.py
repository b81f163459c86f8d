"""Bring a database to the current schema, safely, when the registry opens it.

Alembic runs the scripts in ``migrations/versions`` inside one transaction on the registry's own
connection; a database already at the head is left untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

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


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest revision (nothing to do when it is there already)."""
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head():
        return
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
