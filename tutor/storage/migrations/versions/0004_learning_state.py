"""Learning state: mastery decisions, lessons seen, the activity a learner is in the middle of.

Adds each attempt's context (practice, placement, review, quiz), the engine's mastery status per
skill and whether the placement check set it, the pack's practice target, the lessons a learner
opened, and each learner's current activity (resumed after a crash).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 14:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("installed_packs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("practice_target", sa.Double(), nullable=True))

    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("context", sa.String(length=20), server_default="practice", nullable=False)
        )
        batch_op.create_check_constraint(
            "context_known", "context IN ('practice', 'placement', 'review', 'quiz')"
        )

    with op.batch_alter_table("mastery_states", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), server_default="not_started", nullable=False)
        )
        batch_op.add_column(
            sa.Column("placed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_check_constraint(
            "status_known",
            "status IN ('not_started', 'learning', 'struggling', 'mastered', 'review_due')",
        )

    op.create_table(
        "lesson_views",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("lesson_id", sa.String(length=255), nullable=False),
        sa.Column("viewed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_lesson_views_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("learner_id", "lesson_id", name=op.f("pk_lesson_views")),
    )
    op.create_table(
        "current_activities",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("skill_id", sa.String(length=255), nullable=True),
        sa.Column("item_id", sa.String(length=255), nullable=True),
        sa.Column("lesson_id", sa.String(length=255), nullable=True),
        sa.Column("why", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('lesson', 'practice', 'placement')",
            name=op.f("ck_current_activities_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_current_activities_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("learner_id", name=op.f("pk_current_activities")),
    )


def downgrade() -> None:
    op.drop_table("current_activities")
    op.drop_table("lesson_views")
    with op.batch_alter_table("mastery_states", schema=None) as batch_op:
        batch_op.drop_constraint("status_known", type_="check")
        batch_op.drop_column("placed")
        batch_op.drop_column("status")
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.drop_constraint("context_known", type_="check")
        batch_op.drop_column("context")
    with op.batch_alter_table("installed_packs", schema=None) as batch_op:
        batch_op.drop_column("practice_target")
