"""Review rounds: a round on a module or curriculum, its reviewers and revisions under review.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 12:15:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the review_round table."""
    op.create_table(
        "review_round",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("reviewers", sa.JSON(), nullable=False),
        sa.Column("revisions", sa.JSON(), nullable=False),
        sa.Column("started_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("closed_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=120), nullable=False),
        sa.Column("close_override", sa.Integer(), nullable=False),
        sa.Column("close_note", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_round")),
    )
    with op.batch_alter_table("review_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_round_target_id"), ["target_id"], unique=False
        )


def downgrade() -> None:
    """Drop the review_round table."""
    with op.batch_alter_table("review_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_round_target_id"))
    op.drop_table("review_round")
