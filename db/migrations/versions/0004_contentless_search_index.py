"""Contentless search index (content_item.search_rowid, v3 FTS5 tables); NULL newest states.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.search_schema import downgrade_to_v2, fts_rowid, upgrade_to_v3

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Give every item its search rowid, then rebuild the SQLite index as v3."""
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_rowid", sa.BigInteger(), nullable=True))
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM content_item"))]
    if ids:
        conn.execute(
            sa.text("UPDATE content_item SET search_rowid = :rid WHERE id = :id"),
            [{"rid": fts_rowid(i), "id": i} for i in ids],
        )
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.alter_column("search_rowid", existing_type=sa.BigInteger(), nullable=False)
        batch_op.create_index("ix_content_item_search_rowid", ["search_rowid"], unique=True)
    upgrade_to_v3(conn)
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.alter_column("state", existing_type=sa.JSON(), nullable=True)


def downgrade() -> None:
    """Go back to the v2 index and drop the column; write NULL states out in full."""
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT 1 FROM revision WHERE state IS NULL LIMIT 1")).first():
        raise RuntimeError(
            "this library holds imported revisions stored as the current state; "
            "downgrading would need to write them out, which this migration does not do"
        )
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.alter_column("state", existing_type=sa.JSON(), nullable=False)
    downgrade_to_v2(conn)
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.drop_index("ix_content_item_search_rowid")
        batch_op.drop_column("search_rowid")
