"""The first schema: documents, paragraphs, references, mandates, draft links, items, failures,
and the search index (FTS5 on SQLite, tsvector with a GIN index on PostgreSQL).

Revision ID: 0001
"""

from __future__ import annotations

from alembic import op

from mandata.registry.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE paragraph_search USING fts5("
            "terms, tokenize = \"unicode61 remove_diacritics 0 tokenchars '/.-_:'\")"
        )
    else:
        op.execute(
            "CREATE TABLE paragraph_search ("
            "paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE, "
            "terms tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_paragraph_search_terms ON paragraph_search USING gin(terms)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS paragraph_search")
    metadata.drop_all(op.get_bind())
