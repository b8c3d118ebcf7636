"""Review comments remember where an import took them from (idempotent re-import);
an export record remembers an override of open «må rettes» comments.

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
    """Add review_comment.source_key (indexed) and export_record.open_blocking_allowed."""
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_key", sa.String(length=200), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_review_comment_source_key"), ["source_key"], unique=False
        )
    with op.batch_alter_table("export_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "open_blocking_allowed", sa.Integer(), server_default="0", nullable=False
            )
        )


def downgrade() -> None:
    """Drop review_comment.source_key and export_record.open_blocking_allowed."""
    with op.batch_alter_table("export_record", schema=None) as batch_op:
        batch_op.drop_column("open_blocking_allowed")
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comment_source_key"))
        batch_op.drop_column("source_key")
