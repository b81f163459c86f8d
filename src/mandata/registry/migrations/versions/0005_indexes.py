"""Indexes the registry's queries need at a million documents (#15): the mandates by type (the
agenda items every decision names, read by ``mandates`` and the calendar), by session and type
(the reports due at a session, read by ``agenda``), the documents by type (the reports of a
session, the adopted documents).

Revision ID: 0005_indexes
Revises: 0004_review
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

revision = "0005_indexes"
down_revision = "0004_review"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_mandates_type", "mandates", ["type"]),
    ("ix_mandates_session_type", "mandates", ["session", "type"]),
    ("ix_documents_doc_type", "documents", ["doc_type"]),
)


def upgrade() -> None:
    inspector = inspect(op.get_bind())
    for name, table, columns in INDEXES:
        # a new database has them already: 0001 creates the tables of the current schema
        if name not in {i["name"] for i in inspector.get_indexes(table)}:
            op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
