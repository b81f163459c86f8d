"""What the queries need at hundreds of thousands of documents (#15).

- ``ix_item_mentions_session``: ``agenda N`` reads only the items ordered for sessions N-3 to N
  (and their history), found by the session of their mentions.
- ``ix_mandates_document_type`` (document, type, paragraph): how each of those mentions put its
  item on the agenda (the mandate of its paragraph), one index probe each; without it PostgreSQL
  combined the document index with every agenda-item mandate of the registry for each mention
  (30 s for ``agenda 79`` at 100,000 documents).
- On PostgreSQL, the search index (``paragraph_search``) partitioned by ranges of
  ``PARTITION_SIZE`` paragraph ids, each partition with its own GIN index. A GIN index scan
  reads every entry of the words searched before any row is returned, so a frequent word cost
  time in proportion to the whole registry even when only the first ``SEARCH_POOL`` matches
  are ranked; with partitions, the scan stops in the first partitions that hold enough matches
  (a LIMIT over an Append in the order of the ranges), and what a search costs no longer grows
  with the registry. New partitions are made by the writer as paragraph ids reach them
  (:mod:`mandata.registry.search`). SQLite's FTS5 reads its matches in rowid order and stops by
  itself: its index is unchanged.

Revision ID: 0006_scale
Revises: 0005_indexes
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect, text

from mandata.registry import search

revision = "0006_scale"
down_revision = "0005_indexes"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_item_mentions_session", "item_mentions", ["session"]),
    ("ix_mandates_document_type", "mandates", ["document_id", "type", "paragraph"]),
)


def upgrade() -> None:
    bind = op.get_bind()
    inspector = inspect(bind)
    for name, table, columns in INDEXES:
        # a new database has them already: 0001 creates the tables of the current schema
        if name not in {i["name"] for i in inspector.get_indexes(table)}:
            op.create_index(name, table, columns)
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_paragraph_search_terms")
    op.execute("ALTER TABLE paragraph_search RENAME TO paragraph_search_0005")
    op.execute(
        "ALTER TABLE paragraph_search_0005 RENAME CONSTRAINT paragraph_search_pkey "
        "TO paragraph_search_0005_pkey"
    )
    op.execute(
        "CREATE TABLE paragraph_search ("
        "paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE, "
        "terms tsvector NOT NULL) PARTITION BY RANGE (paragraph_id)"
    )
    op.execute("CREATE INDEX ix_paragraph_search_terms ON paragraph_search USING gin(terms)")
    size = search.PARTITION_SIZE  # the writer's ranges, which it extends
    top = bind.execute(text("SELECT MAX(paragraph_id) FROM paragraph_search_0005")).scalar()
    for k in range(0, (top or 0) // size + 1):
        op.execute(
            f"CREATE TABLE paragraph_search_p{k} PARTITION OF paragraph_search FOR VALUES "
            f"FROM ({k * size}) TO ({(k + 1) * size})"
        )
    op.execute("INSERT INTO paragraph_search SELECT paragraph_id, terms FROM paragraph_search_0005")
    op.execute("DROP TABLE paragraph_search_0005")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE paragraph_search RENAME TO paragraph_search_0006")
        op.execute("ALTER INDEX ix_paragraph_search_terms RENAME TO ix_paragraph_search_0006")
        op.execute(
            "ALTER TABLE paragraph_search_0006 RENAME CONSTRAINT paragraph_search_pkey "
            "TO paragraph_search_0006_pkey"
        )
        op.execute(
            "CREATE TABLE paragraph_search ("
            "paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE, "
            "terms tsvector NOT NULL)"
        )
        op.execute(
            "INSERT INTO paragraph_search SELECT paragraph_id, terms FROM paragraph_search_0006"
        )
        op.execute("DROP TABLE paragraph_search_0006")
        op.execute("CREATE INDEX ix_paragraph_search_terms ON paragraph_search USING gin(terms)")
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
