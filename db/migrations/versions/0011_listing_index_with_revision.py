"""The library listing index also holds the revision: listing never reads an item's row.

content_item keeps the revision after the body, so reading it for a listing followed
every long item's overflow pages: `list items` on 100,000 items spent three quarters of
its query there. With the revision in ix_content_item_listing the listing reads the
index alone.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 12:35:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_NAME = "ix_content_item_listing"
_BEFORE = ["deleted_at", "title", "kind", "status", "id"]


def upgrade() -> None:
    """Rebuild the listing index with the revision as its last column."""
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.drop_index(_NAME)
        batch_op.create_index(_NAME, [*_BEFORE, "revision"], unique=False)


def downgrade() -> None:
    """Go back to the listing index without the revision."""
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        batch_op.drop_index(_NAME)
        batch_op.create_index(_NAME, _BEFORE, unique=False)
