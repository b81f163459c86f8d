"""No length limits on what documents say: every VARCHAR(n) column that holds a value read from a
document (symbols, references, paragraph numbers, item keys ...) becomes TEXT, and the B-tree
indexes on symbols and reference targets become hash indexes (a B-tree entry cannot exceed 2,704
bytes on PostgreSQL; a hash index takes any length and serves the equality look-ups these are
for). SQLite enforces no VARCHAR length and has no hash indexes: nothing to do there.

Revision ID: 0003_text_limits
Revises: 0002_provenance
"""

from __future__ import annotations

from alembic import op

revision = "0003_text_limits"
down_revision = "0002_provenance"
branch_labels = None
depends_on = None

COLUMNS = {
    "documents": ("doc_key", "symbol", "doc_type", "body", "date", "adopted"),
    "paragraphs": ("pid", "kind", "number", "action"),
    "references": ("paragraph", "type", "target", "date"),
    "mandates": ("paragraph", "type", "addressee", "periodicity", "action"),
    "draft_links": ("draft", "resolution", "method"),
    "items": ("key",),
    "item_mentions": ("paragraph",),
    "sources": ("doc_key",),
}
HASHED = {
    "ix_documents_symbol": ("documents", "symbol"),
    "ix_references_target": ("references", "target"),
    "ix_draft_links_resolution": ("draft_links", "resolution"),
    "ix_draft_links_draft": ("draft_links", "draft"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in HASHED:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')
    for table, columns in COLUMNS.items():
        changes = ", ".join(f'ALTER COLUMN "{c}" TYPE TEXT' for c in columns)
        op.execute(f'ALTER TABLE "{table}" {changes}')
    for name, (table, column) in HASHED.items():
        op.execute(f'CREATE INDEX "{name}" ON "{table}" USING hash ("{column}")')


def downgrade() -> None:
    """Nothing to undo that older versions need: TEXT holds what VARCHAR(n) held."""
