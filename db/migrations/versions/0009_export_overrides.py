"""Export manifest: what the user overrode (e.g. a PDF/UA export with accessibility faults).

Existing export records get an empty text: nothing was overridden.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 12:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add export_record.overrides."""
    with op.batch_alter_table("export_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("overrides", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    """Drop export_record.overrides."""
    with op.batch_alter_table("export_record", schema=None) as batch_op:
        batch_op.drop_column("overrides")
