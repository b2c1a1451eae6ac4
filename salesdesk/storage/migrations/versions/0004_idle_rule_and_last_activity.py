"""Stalled rules per stage, second half: a stage's idle-after days (no activity for
that long stalls a deal), and each deal's last activity kept on the deal so the
board and Today read it without a join. Existing stages get half their
stalled-after days, at least one, as a playbook without the key does.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("idle_after_days", sa.Integer(), nullable=False, server_default="7")
        )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_activity_at", sa.String(length=26), nullable=True))
    op.execute("UPDATE stage SET idle_after_days = max(1, stalled_after_days / 2)")
    # A call, meeting, email or note logged, or a follow-up done: the latest of them.
    op.execute(
        "UPDATE deal SET last_activity_at = (SELECT max(coalesce(a.done_at, a.at)) "
        "FROM activity a WHERE a.deal_id = deal.id AND (a.due_at IS NULL OR a.done_at IS NOT NULL))"
    )


def downgrade() -> None:
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_column("last_activity_at")
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_column("idle_after_days")
