"""The registry's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

The search index is not here: it is a per-database structure (an FTS5 table on SQLite, a tsvector
table on PostgreSQL) created by the migrations and written by :mod:`mandata.registry.search`.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_key", String(600), nullable=False, unique=True),
    Column("symbol", String(200), index=True),
    Column("language", String(2)),
    Column("source", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("parser_version", String(20), nullable=False),
    Column("doc_type", String(30), nullable=False, index=True),
    Column("body", String(20)),
    Column("session", Integer, index=True),
    Column("date", String(10)),
    Column("adopted", String(10)),
    Column("title", Text),
    Column("data", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("pid", String(40), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("number", String(12)),
    Column("action", String(40)),
    Column("text", Text, nullable=False),
    Index("ix_paragraphs_document", "document_id"),
    Index("ix_paragraphs_action", "action"),
)

references = Table(
    "references",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("paragraph", String(40)),
    Column("type", String(30), nullable=False),
    Column("target", String(200), nullable=False),
    Column("date", String(10)),
    Index("ix_references_target", "target"),
    Index("ix_references_document", "document_id"),
)

mandates = Table(
    "mandates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("paragraph", String(40)),
    Column("type", String(20), nullable=False),
    Column("addressee", String(120)),
    Column("session", Integer),
    Column("periodicity", String(20)),
    Column("subject", Text),
    Column("title", Text),
    Column("parent", Text),
    Column("action", String(40)),
    Index("ix_mandates_session", "session"),
    Index("ix_mandates_document", "document_id"),
    Index("ix_mandates_type", "type"),  # the agenda items of every decision (0005)
    Index("ix_mandates_session_type", "session", "type"),  # the reports due at a session (0005)
)

# A link from a draft to the resolution it became: named by a stored version of the resolution
# ("[without reference to a Main Committee (A/64/L.45 and Add.1)]", ``document_id`` that version,
# so that replacing it replaces its links), or found by title (``document_id`` null).
drafts = Table(
    "draft_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("draft", String(200), nullable=False),
    Column("resolution", String(200), nullable=False),
    Column("method", String(20), nullable=False),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE")),
    Index("ix_draft_links_resolution", "resolution"),
    Index("ix_draft_links_draft", "draft"),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False, unique=True),
    Column("error", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("language", String(2)),
)

item_mentions = Table(
    "item_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("session", Integer),
    Column("paragraph", String(40)),
    Column("title", Text),
    Column("language", String(2)),
    Column("parent", Text),
    Index("ix_item_mentions_item", "item_id"),
    Index("ix_item_mentions_document", "document_id"),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("parser_version", String(20), nullable=False),
    Column("doc_key", String(600), nullable=False),
)

# Where a stored file came from, as `mandata fetch` recorded it: keyed by the file's SHA-256 (the
# documents' content_hash), the service, the addresses asked and reached, when, the answer, and
# the Digital Library's record of the document as JSON (migration 0002).
provenance = Table(
    "provenance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("symbol", String(200)),
    Column("language", String(2)),
    Column("format", String(10)),
    Column("service", String(20), nullable=False),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    Column("http_status", Integer, nullable=False),
    Column("content_type", String(200)),
    Column("size", Integer),
    Column("undl_record", Text),
)
