"""Provenance of fetched files: where each stored file came from (``mandata fetch``).

Revision ID: 0002_provenance
Revises: 0001
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

from mandata.registry.schema import provenance

revision = "0002_provenance"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if not inspect(bind).has_table("provenance"):  # 0001 creates every table of a new database
        provenance.create(bind)


def downgrade() -> None:
    op.drop_table("provenance")
