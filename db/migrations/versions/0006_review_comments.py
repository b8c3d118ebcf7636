"""Review comments: one table, anchored to a text field by W3C selectors (issue 11).

Nothing existing changes: an older library gets an empty review_comment table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 04:44:19.310470
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the review_comment table and its indexes."""
    op.create_table(
        "review_comment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity_type", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("selectors", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("anchor_revision", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("replacement", sa.Text(), nullable=True),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("edited_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=120), nullable=False),
        sa.Column("resolved_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["review_comment.id"],
            name=op.f("fk_review_comment_parent_id_review_comment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comment")),
    )
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_review_comment_entity", ["entity_type", "entity_id", "state"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_comment_parent_id"), ["parent_id"], unique=False
        )


def downgrade() -> None:
    """Drop the review_comment table."""
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comment_parent_id"))
        batch_op.drop_index("ix_review_comment_entity")

    op.drop_table("review_comment")
