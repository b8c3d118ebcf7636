"""Fewer indexes to keep up on every item write: a big import writes them 100,000 times.

The single-column kind, status and title indexes of content_item are dropped: the
listing index (deleted_at, title, kind, status, id) covers the sorted and filtered
library list, and search finds items by search_rowid. On SQLite, item_label becomes a
WITHOUT ROWID table: its primary key is the table, one b-tree fewer per label.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 10:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_DROPPED = (("ix_content_item_kind", "kind"), ("ix_content_item_status", "status"),
            ("ix_content_item_title", "title"))


def upgrade() -> None:
    """Drop the three single-column item indexes; make item_label WITHOUT ROWID (SQLite)."""
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        for name, _ in _DROPPED:
            batch_op.drop_index(name)
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "item_label", recreate="always", table_kwargs={"sqlite_with_rowid": False}
        ):
            pass


def downgrade() -> None:
    """Put the indexes back; item_label gets its rowid again (SQLite)."""
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("item_label", recreate="always"):
            pass
    with op.batch_alter_table("content_item", schema=None) as batch_op:
        for name, column in _DROPPED:
            batch_op.create_index(name, [column], unique=False)
