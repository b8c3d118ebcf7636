"""Team library: the change feed (change_log, filled by a trigger on PostgreSQL) and a
working copy's sync bookkeeping (sync_base, sync_conflict). Issue 13.

Nothing existing changes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types
from db.change_feed import install_change_feed

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create change_log, sync_base and sync_conflict; install the feed's trigger."""
    op.create_table(
        "change_log",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("entity_type", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("changed_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    op.create_table(
        "sync_base",
        sa.Column("entity_type", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("base_state", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("entity_type", "entity_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("entity_type", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("entity_type", "entity_id", name=op.f("pk_sync_conflict")),
    )
    install_change_feed(op.get_bind())


def downgrade() -> None:
    """Drop the feed's trigger and the three tables."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS revision_change_log ON revision")
        bind.exec_driver_sql("DROP FUNCTION IF EXISTS kursverk_change_log()")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS review_comment_change_log ON review_comment")
        bind.exec_driver_sql("DROP FUNCTION IF EXISTS kursverk_comment_log()")
    op.drop_table("sync_conflict")
    op.drop_table("sync_base")
    op.drop_table("change_log")
