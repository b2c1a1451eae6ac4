"""Imports: which source record became which deal, so importing the same file again
skips what is already here; and how another tool's stage names map onto this
pipeline's stages, remembered per source for the next import.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "importedrecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "record_id"),
    )
    op.create_index("ix_importedrecord_deal_id", "importedrecord", ["deal_id"])
    op.create_table(
        "stagealias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipeline.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pipeline_id", "source", "name"),
    )


def downgrade() -> None:
    op.drop_table("stagealias")
    op.drop_index("ix_importedrecord_deal_id", table_name="importedrecord")
    op.drop_table("importedrecord")
