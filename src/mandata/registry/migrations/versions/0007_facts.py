"""Facts stored once (#16): the session whose opening a paragraph fixes, and the date
(``paragraphs.opens_session``, ``opens_on``), read when a document is prepared instead of on
every ``check``. A registry made before gets them here, from the paragraphs it holds (only those
that decide are read).

Revision ID: 0007_facts
Revises: 0006_scale
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import inspect

from mandata.analyze.openings import fixed_opening

revision = "0007_facts"
down_revision = "0006_scale"
branch_labels = None
depends_on = None

COLUMNS = (("opens_session", sa.Integer()), ("opens_on", sa.Text()))


def upgrade() -> None:
    bind = op.get_bind()
    present = {c["name"] for c in inspect(bind).get_columns("paragraphs")}
    if all(name in present for name, _ in COLUMNS):
        return  # a new database: 0001 creates the tables of the current schema
    for name, kind in COLUMNS:
        op.add_column("paragraphs", sa.Column(name, kind, nullable=True))
    _fill(bind)


def _fill(bind: sa.engine.Connection) -> None:
    """The facts of the paragraphs already stored, from their stored full text."""
    rows = bind.execute(
        sa.text(
            "SELECT p.id, p.text, p.action, d.language, d.session FROM paragraphs p "
            "JOIN documents d ON d.id = p.document_id WHERE p.action = 'decide'"
        )
    )
    found = []
    for row in rows:
        fixed = fixed_opening(row.text, row.action, row.language, row.session)
        if fixed is not None:
            found.append({"id": row.id, "s": fixed[0], "on": fixed[1].isoformat()})
    if found:
        bind.execute(
            sa.text("UPDATE paragraphs SET opens_session = :s, opens_on = :on WHERE id = :id"),
            found,
        )


def downgrade() -> None:
    for name, _ in reversed(COLUMNS):
        op.drop_column("paragraphs", name)
