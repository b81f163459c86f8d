"""Mandate review (#19): recorded votes from a roll-call dataset.

Revision ID: 0008_votes
Revises: 0007_facts
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

from mandata.registry.schema import votes

revision = "0008_votes"
down_revision = "0007_facts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if not inspect(bind).has_table(votes.name):  # 0001 creates every table of a new database
        votes.create(bind)


def downgrade() -> None:
    op.drop_table("votes")
