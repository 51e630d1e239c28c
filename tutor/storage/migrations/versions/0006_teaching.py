"""Teaching: groups, quizzes and their parts, assignments, quiz runs, notes, imported bundles.

Also: each answer's quiz run (for quiz answers), when a class last changed (bundles merge classes
by it; existing classes take their creation time), and each device's public key (it signs the
progress bundles the device writes).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 15:47:04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imported_bundles",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("source_device_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_bundles")),
    )
    op.create_table(
        "quizzes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("time_limit_minutes", sa.Integer(), nullable=True),
        sa.Column("feedback", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "feedback IN ('per_item', 'at_end')", name=op.f("ck_quizzes_feedback_known")
        ),
        sa.CheckConstraint(
            "time_limit_minutes IS NULL OR time_limit_minutes > 0",
            name=op.f("ck_quizzes_time_limit_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quizzes")),
    )
    op.create_table(
        "learner_groups",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_learner_groups_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner_groups")),
    )
    with op.batch_alter_table("learner_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learner_groups_class_id"), ["class_id"], unique=False)

    op.create_table(
        "quiz_parts",
        sa.Column("quiz_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=255), nullable=True),
        sa.Column("skill_id", sa.String(length=255), nullable=True),
        sa.Column("draw_count", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(item_id IS NULL) <> (skill_id IS NULL)", name=op.f("ck_quiz_parts_item_or_skill")
        ),
        sa.CheckConstraint("draw_count >= 1", name=op.f("ck_quiz_parts_draw_count_positive")),
        sa.ForeignKeyConstraint(
            ["quiz_id"],
            ["quizzes.id"],
            name=op.f("fk_quiz_parts_quiz_id_quizzes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("quiz_id", "position", name=op.f("pk_quiz_parts")),
    )
    op.create_table(
        "teacher_notes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_teacher_notes_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher_notes")),
    )
    with op.batch_alter_table("teacher_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_teacher_notes_learner_id"), ["learner_id"], unique=False
        )

    op.create_table(
        "assignments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=255), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=True),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("learner_id", sa.String(length=36), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('lesson', 'skill', 'quiz')", name=op.f("ck_assignments_kind_known")
        ),
        sa.CheckConstraint(
            "(class_id IS NOT NULL) + (group_id IS NOT NULL) + (learner_id IS NOT NULL) = 1",
            name=op.f("ck_assignments_one_audience"),
        ),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_assignments_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["learner_groups.id"],
            name=op.f("fk_assignments_group_id_learner_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_assignments_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignments_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignments_learner_id"), ["learner_id"], unique=False)

    op.create_table(
        "group_memberships",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["learner_groups.id"],
            name=op.f("fk_group_memberships_group_id_learner_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_group_memberships_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "learner_id", name=op.f("pk_group_memberships")),
    )
    with op.batch_alter_table("group_memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_memberships_learner_id"), ["learner_id"], unique=False
        )

    op.create_table(
        "quiz_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assignment_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("quiz_id", sa.String(length=36), nullable=False),
        sa.Column("item_ids", sa.JSON(), nullable=False),
        sa.Column("feedback", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("deadline_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "feedback IN ('per_item', 'at_end')", name=op.f("ck_quiz_runs_feedback_known")
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_quiz_runs_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_quiz_runs_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_runs")),
        sa.UniqueConstraint(
            "assignment_id", "learner_id", name=op.f("uq_quiz_runs_assignment_id_learner_id")
        ),
    )
    with op.batch_alter_table("quiz_runs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quiz_runs_assignment_id"), ["assignment_id"], unique=False
        )

    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quiz_run_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_attempt_events_quiz_run_id"), ["quiz_run_id"], unique=False
        )

    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE classes SET updated_at = created_at")
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.alter_column(
            "updated_at",
            existing_type=sa.DateTime(),
            nullable=False,
            server_default=sa.text("CURRENT_TIMESTAMP"),
        )

    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("public_key")

    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.drop_column("updated_at")

    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attempt_events_quiz_run_id"))
        batch_op.drop_column("quiz_run_id")

    with op.batch_alter_table("quiz_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiz_runs_assignment_id"))

    op.drop_table("quiz_runs")
    with op.batch_alter_table("group_memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_memberships_learner_id"))

    op.drop_table("group_memberships")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_learner_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_group_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_class_id"))

    op.drop_table("assignments")
    with op.batch_alter_table("teacher_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teacher_notes_learner_id"))

    op.drop_table("teacher_notes")
    op.drop_table("quiz_parts")
    with op.batch_alter_table("learner_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learner_groups_class_id"))

    op.drop_table("learner_groups")
    op.drop_table("quizzes")
    op.drop_table("imported_bundles")
