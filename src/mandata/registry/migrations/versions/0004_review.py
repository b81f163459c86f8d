"""Mandate review (#19): series of recurring resolutions and their members.

Revision ID: 0004_review
Revises: 0003_text_limits
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

from mandata.registry.schema import series, series_members

revision = "0004_review"
down_revision = "0003_text_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in (series, series_members):  # 0001 creates every table of a new database
        if not inspect(bind).has_table(table.name):
            table.create(bind)


def downgrade() -> None:
    op.drop_table("series_members")
    op.drop_table("series")
