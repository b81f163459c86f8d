"""The indexes of migration 0005: an older registry gets them when it is opened, and the
queries of ``agenda`` and ``mandates`` use them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from mandata.registry import migrate
from mandata.registry.store import Registry

NEW = {"ix_mandates_type", "ix_mandates_session_type", "ix_documents_doc_type"}


def _indexes(engine: object) -> set[str]:
    inspector = inspect(engine)
    return {i["name"] for t in ("mandates", "documents") for i in inspector.get_indexes(t)}


def test_an_older_registry_gets_the_indexes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_provenance")
        for name in NEW:  # as 0001 left a registry before #15
            connection.exec_driver_sql(f"DROP INDEX {name}")
    assert not NEW & _indexes(engine)
    with Registry(url) as registry:
        assert _indexes(registry.engine) >= NEW
        assert registry.execute("SELECT version_num FROM alembic_version") == [
            {"version_num": migrate.head()}
        ]


def _plan(registry: Registry, sql: str, **params: object) -> str:
    rows = registry.execute(f"EXPLAIN QUERY PLAN {sql}", **params)
    return " ".join(str(r["detail"]) for r in rows)


def test_the_agenda_and_mandates_queries_use_them(tmp_path: Path) -> None:
    with Registry(f"sqlite:///{tmp_path / 'new.db'}") as registry:
        titles = _plan(
            registry,
            "SELECT d.symbol, m.title, m.parent FROM mandates m JOIN documents d "
            "ON d.id = m.document_id WHERE m.type = 'agenda_item' AND d.symbol IS NOT NULL",
        )
        due = _plan(
            registry,
            "SELECT m.document_id FROM mandates m WHERE m.type = 'report' AND m.session = :s",
            s=79,
        )
    assert "ix_mandates_type" in titles
    assert "ix_mandates_session_type" in due
