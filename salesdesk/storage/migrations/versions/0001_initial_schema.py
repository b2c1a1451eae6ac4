"""Initial schema: pipelines, stages, deals, activities, history, checklists, objections.

Frozen copy of the tables as first released: migrations never import the models,
which keep changing.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "lostreason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("text"),
    )
    op.create_table(
        "objectionentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("objectionentry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objectionentry_category"), ["category"], unique=False)

    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_name"), ["name"], unique=False)

    op.create_table(
        "pipeline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("playbook_id", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("stalled_after_days", sa.Integer(), nullable=False),
        sa.Column("end_kind", sa.String(), nullable=True),
        sa.CheckConstraint(
            "end_kind IS NULL OR end_kind IN ('won', 'lost')", name="stage_end_kind"
        ),
        sa.CheckConstraint("probability BETWEEN 0 AND 100", name="stage_probability_range"),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipeline.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pipeline_id", "key"),
    )
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_pipeline_id"), ["pipeline_id"], unique=False)

    op.create_table(
        "deal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("value_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("lost_reason", sa.String(), nullable=True),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("stage_entered_at", sa.String(length=26), nullable=False),
        sa.Column("closed_at", sa.String(length=26), nullable=True),
        sa.Column("next_follow_up_at", sa.String(length=26), nullable=True),
        sa.CheckConstraint("status IN ('open', 'won', 'lost')", name="deal_status"),
        sa.CheckConstraint("value_minor >= 0", name="deal_value_nonnegative"),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipeline.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deal_board", ["pipeline_id", "status", "stage_id", "position"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deal_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deal_next_follow_up_at"), ["next_follow_up_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deal_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deal_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "exitcriterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("weight BETWEEN 0 AND 100", name="criterion_weight_range"),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exitcriterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exitcriterion_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "stagequestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stagequestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stagequestion_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("due_at", sa.String(length=26), nullable=True),
        sa.Column("done_at", sa.String(length=26), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.CheckConstraint(
            "kind IN ('call', 'meeting', 'email', 'note', 'task')", name="activity_kind"
        ),
        sa.CheckConstraint("duration_minutes >= 0", name="activity_duration_nonnegative"),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_deal_at", ["deal_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_due_at"), ["due_at"], unique=False)

    op.create_table(
        "dealanswer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["stagequestion.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("deal_id", "question_id"),
    )
    with op.batch_alter_table("dealanswer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dealanswer_deal_id"), ["deal_id"], unique=False)

    op.create_table(
        "dealcriterion",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["criterion_id"], ["exitcriterion.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("deal_id", "criterion_id"),
    )
    op.create_table(
        "dealobjection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("library_id", sa.Integer(), nullable=True),
        sa.Column("stage_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("answer_given", sa.String(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("raised_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["library_id"], ["objectionentry.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dealobjection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dealobjection_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dealobjection_library_id"), ["library_id"], unique=False
        )

    op.create_table(
        "stagechange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["from_stage_id"],
            ["stage.id"],
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"],
            ["stage.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stagechange", schema=None) as batch_op:
        batch_op.create_index("ix_stagechange_deal_at", ["deal_id", "at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stagechange_to_stage_id"), ["to_stage_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("stagechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stagechange_to_stage_id"))
        batch_op.drop_index("ix_stagechange_deal_at")

    op.drop_table("stagechange")
    with op.batch_alter_table("dealobjection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dealobjection_library_id"))
        batch_op.drop_index(batch_op.f("ix_dealobjection_deal_id"))

    op.drop_table("dealobjection")
    op.drop_table("dealcriterion")
    with op.batch_alter_table("dealanswer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dealanswer_deal_id"))

    op.drop_table("dealanswer")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_due_at"))
        batch_op.drop_index("ix_activity_deal_at")

    op.drop_table("activity")
    with op.batch_alter_table("stagequestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stagequestion_stage_id"))

    op.drop_table("stagequestion")
    with op.batch_alter_table("exitcriterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exitcriterion_stage_id"))

    op.drop_table("exitcriterion")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_stage_id"))
        batch_op.drop_index(batch_op.f("ix_deal_organization_id"))
        batch_op.drop_index(batch_op.f("ix_deal_next_follow_up_at"))
        batch_op.drop_index(batch_op.f("ix_deal_contact_id"))
        batch_op.drop_index("ix_deal_board")

    op.drop_table("deal")
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_pipeline_id"))

    op.drop_table("stage")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_organization_id"))

    op.drop_table("contact")
    op.drop_table("setting")
    op.drop_table("pipeline")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_name"))

    op.drop_table("organization")
    with op.batch_alter_table("objectionentry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objectionentry_category"))

    op.drop_table("objectionentry")
    op.drop_table("lostreason")
