"""The registry's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Text has no length limit: a column of what documents say (symbols, references, titles) is TEXT,
and looked up through a hash index on PostgreSQL, whose B-tree entries cannot exceed 2,704 bytes
(migration 0003 brought older databases there). Columns the program itself fills (languages,
hashes, versions) keep their fixed sizes.

The search index is not here: it is a per-database structure (an FTS5 table on SQLite, a tsvector
table on PostgreSQL) created by the migrations and written by :mod:`mandata.registry.search`.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import (
    Boolean,
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

_MAX_KEY = 600  # characters: at most 2,400 bytes, under a B-tree entry's 2,704 on PostgreSQL


def bounded_key(key: str) -> str:
    """``key`` as a unique column stores it: unchanged up to 600 characters; a longer one (a
    symbol, path or title of absurd length) keeps its first 535 characters and the SHA-256 of
    the whole, so that it stays unique and fits the unique index of either database."""
    if len(key) <= _MAX_KEY:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{key[: _MAX_KEY - len(digest) - 1]}#{digest}"


documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_key", Text, nullable=False, unique=True),
    Column("symbol", Text),
    Column("language", String(2)),
    Column("source", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("parser_version", String(20), nullable=False),
    Column("doc_type", Text, nullable=False, index=True),
    Column("body", Text),
    Column("session", Integer, index=True),
    Column("date", Text),
    Column("adopted", Text),
    Column("title", Text),
    Column("data", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_documents_symbol", "symbol", postgresql_using="hash"),
)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("pid", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("number", Text),
    Column("action", Text),
    Column("text", Text, nullable=False),
    # Facts read once when the document is prepared (mandata.analyze.openings): the session whose
    # opening this paragraph fixes, and the date (ISO); NULL for every other paragraph.
    Column("opens_session", Integer),
    Column("opens_on", Text),
    Index("ix_paragraphs_document", "document_id"),
    Index("ix_paragraphs_action", "action"),
)

references = Table(
    "references",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("paragraph", Text),
    Column("type", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("date", Text),
    Index("ix_references_target", "target", postgresql_using="hash"),
    Index("ix_references_document", "document_id"),
)

mandates = Table(
    "mandates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("paragraph", Text),
    Column("type", Text, nullable=False),
    Column("addressee", Text),
    Column("session", Integer),
    Column("periodicity", Text),
    Column("subject", Text),
    Column("title", Text),
    Column("parent", Text),
    Column("action", Text),
    Index("ix_mandates_session", "session"),
    Index("ix_mandates_document", "document_id"),
    Index("ix_mandates_type", "type"),  # the agenda items of every decision (0005)
    Index("ix_mandates_session_type", "session", "type"),  # the reports due at a session (0005)
    # how a decision put an item on the agenda (agenda's mentions, one probe each; 0006)
    Index("ix_mandates_document_type", "document_id", "type", "paragraph"),
)

# A link from a draft to the resolution it became: named by a stored version of the resolution
# ("[without reference to a Main Committee (A/64/L.45 and Add.1)]", ``document_id`` that version,
# so that replacing it replaces its links), or found by title (``document_id`` null).
drafts = Table(
    "draft_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("draft", Text, nullable=False),
    Column("resolution", Text, nullable=False),
    Column("method", Text, nullable=False),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE")),
    Index("ix_draft_links_resolution", "resolution", postgresql_using="hash"),
    Index("ix_draft_links_draft", "draft", postgresql_using="hash"),
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
    Column("key", Text, nullable=False, unique=True),
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
    Column("paragraph", Text),
    Column("title", Text),
    Column("language", String(2)),
    Column("parent", Text),
    Index("ix_item_mentions_item", "item_id"),
    Index("ix_item_mentions_document", "document_id"),
    Index("ix_item_mentions_session", "session"),  # the items of an agenda's sessions (0006)
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("parser_version", String(20), nullable=False),
    Column("doc_key", Text, nullable=False),
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

# Series of recurring resolutions (migration 0004, #19): rebuilt from the documents after each
# ingest by :func:`mandata.registry.series.build_series`. A member is a stored resolution or one
# known only because a stored member recalls it as its predecessor (``stored`` false).
series = Table(
    "series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("periodicity", String(20)),
    Column("length", Integer, nullable=False),
    Column("first_session", Integer),
    Column("last_session", Integer),
)

series_members = Table(
    "series_members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("series_id", ForeignKey("series.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("symbol", Text, nullable=False),  # no length limit on what documents say (0003)
    Column("session", Integer),
    Column("date", String(10)),
    Column("title", Text),
    Column("stored", Boolean, nullable=False),
    Column("basis", String(20), nullable=False),
    Index("ix_series_members_symbol", "symbol"),
    Index("ix_series_members_series", "series_id"),
)

# Recorded votes known from a roll-call dataset (migration 0008, #19): one row a roll call, for
# resolutions the registry may not hold (the older members of a series). ``part`` is None for
# the vote on the whole text, "amendment" or "paragraph" for a vote on a part of it. The votes
# and sponsors of a stored resolution stay in its document (``vote``, ``sponsors``).
votes = Table(
    "votes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("symbol", Text, nullable=False),
    Column("session", Integer),
    Column("date", String(10)),
    Column("roll_call", Integer),
    Column("part", String(20)),
    Column("important", Boolean),
    Column("title", Text),
    Column("issues", Text),
    Column("source", String(100), nullable=False),
    Index("ix_votes_symbol", "symbol"),
)
