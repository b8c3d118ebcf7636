"""Add a small FTS5 table for cheap ranking (SQLite) and a covering index for the list.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:50:00
"""

from __future__ import annotations

from alembic import op

from db.search_schema import add_head_index_v2, drop_head_index_v2

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create and fill the ranking table; add the covering index of the library list."""
    add_head_index_v2(op.get_bind())
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_content_item_listing", ["deleted_at", "title", "kind", "status", "id"]
        )


def downgrade() -> None:
    """Drop the ranking table and the listing index."""
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.drop_index("ix_content_item_listing")
    drop_head_index_v2(op.get_bind())
