"""Follow-up cadence per stage: how many days after a call the next step falls due
(the log-a-call dialog pre-fills it). Existing stages get a quarter of their
stalled-after days, at least one, as a playbook without the key does.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("follow_up_days", sa.Integer(), nullable=False, server_default="3")
        )
    op.execute("UPDATE stage SET follow_up_days = max(1, stalled_after_days / 4)")


def downgrade() -> None:
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_column("follow_up_days")
