"""Review comments remember where an import took them from (idempotent re-import).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 12:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add review_comment.source_key and its index."""
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_key", sa.String(length=200), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_review_comment_source_key"), ["source_key"], unique=False
        )


def downgrade() -> None:
    """Drop review_comment.source_key."""
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comment_source_key"))
        batch_op.drop_column("source_key")
