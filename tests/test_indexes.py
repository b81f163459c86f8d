"""The indexes of migrations 0005 and 0006: an older registry gets them when it is opened, and
the queries of ``agenda`` and ``mandates`` use them; 0006 partitions PostgreSQL's search index
with the paragraphs already indexed in it, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from conftest import EXAMPLES
from mandata.registry import ingest as ingest_module
from mandata.registry import migrate, queries, search
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry
from test_registry import pg_database

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


def test_the_agenda_reads_the_items_of_its_sessions_by_index(tmp_path: Path) -> None:
    with Registry(f"sqlite:///{tmp_path / 'new.db'}") as registry:
        window = _plan(
            registry,
            "SELECT w.item_id FROM item_mentions w WHERE w.session BETWEEN :a AND :b",
            a=76,
            b=79,
        )
    assert "ix_item_mentions_session" in window


SEARCHES = ("resolution", "United Nations", "Secretary-General", "décide", "asamblea general")


def _hits(registry: Registry) -> list[list[tuple[str, int | None]]]:
    return [
        [(h.paragraph, h.document) for h in queries.search(registry, q, limit=50)] for q in SEARCHES
    ]


def _partitions(registry: Registry) -> list[str]:
    rows = registry.execute(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "WHERE i.inhparent = 'paragraph_search'::regclass ORDER BY c.relname"
    )
    return [r["relname"] for r in rows]


def test_postgresql_search_index_partitioned_with_its_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A registry at 0005 (one search table) is brought to 0006 with its paragraphs in
    partitions by ranges of ids, finding the same hits; new paragraphs past the last range get a
    partition of their own; the downgrade gives the one table back with every row."""
    monkeypatch.setattr(search, "PARTITION_SIZE", 20)  # several partitions from the examples
    with pg_database() as url:
        with Registry(url) as registry:
            ingest([EXAMPLES / "en", EXAMPLES / "fr"], registry)
            before = _hits(registry)
            first = _partitions(registry)
            rows = registry.execute("SELECT COUNT(*) AS n FROM paragraph_search")[0]["n"]
            top = registry.execute("SELECT MAX(paragraph_id) AS n FROM paragraph_search")[0]["n"]
        assert len(first) == top // 20 + 1 > 2 and all(before[:4]), first
        engine = create_engine(url)
        with engine.begin() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005_indexes")
        engine.dispose()
        with Registry(url) as registry:  # at 0005: one table; opened, it is partitioned again
            assert registry.execute("SELECT COUNT(*) AS n FROM paragraph_search")[0]["n"] == rows
            assert _partitions(registry) == first
            assert _hits(registry) == before
            ingest([EXAMPLES], registry)  # more paragraphs: the writer makes their partitions
            more = _partitions(registry)
            top = registry.execute("SELECT MAX(paragraph_id) AS n FROM paragraph_search")[0]["n"]
            assert len(more) == top // 20 + 1 > len(first)
            assert all(_hits(registry))


def test_the_downgrade_keeps_the_search_rows() -> None:
    with pg_database() as url:
        with Registry(url) as registry:
            ingest([EXAMPLES / "es"], registry)
            before = _hits(registry)
        assert before[-1]
        engine = create_engine(url)
        with engine.begin() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005_indexes")
            kind = connection.exec_driver_sql(
                "SELECT relkind FROM pg_class WHERE relname = 'paragraph_search'"
            ).scalar()
            assert kind == "r"  # an ordinary table again
        engine.dispose()
        with Registry(url) as registry:
            assert _hits(registry) == before


def test_an_ingest_refreshes_the_writers_statistics_as_it_grows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The run itself analyzes the tables the writer looks rows up in each time the documents it
    wrote double (here from 2, every batch one document), besides the whole registry at its
    end: a server whose autovacuum is off or behind would otherwise plan those lookups by key
    as scans of tables it takes for empty, whatever their size."""
    monkeypatch.setattr(ingest_module._Statistics, "FIRST", 2)
    with pg_database() as url, Registry(url) as registry:
        summary = ingest([EXAMPLES], registry, batch_size=1)
        counts = {
            r["relname"]: r["analyze_count"] + r["autoanalyze_count"]
            for r in registry.execute(
                "SELECT relname, analyze_count, autoanalyze_count FROM pg_stat_user_tables"
            )
        }
    doublings = len([n for n in (2, 4, 8, 16, 32, 64) if n <= summary.added])
    assert summary.added >= 8 and doublings >= 3
    for table in ingest_module.WRITER_TABLES:  # each doubling, and once at the end
        assert counts[table] >= doublings + 1, (table, counts)
    assert counts["mandates"] <= 2  # the others at the end only (or by the server itself)


def test_the_statistics_are_due_each_time_the_documents_double() -> None:
    statistics = ingest_module._Statistics()
    due = [n for n in range(0, 9_000, 50) if statistics.due(n)]
    assert due == [1_000, 2_000, 4_000, 8_000]
