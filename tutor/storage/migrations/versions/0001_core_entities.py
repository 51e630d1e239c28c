"""Core entities: devices, learners, classes, teachers, settings, content, attempts, mastery.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 11:53:58.567289
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "classes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classes")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("school_name", sa.String(length=200), nullable=False),
        sa.Column("is_this_device", sa.Boolean(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "last_sequence >= 0", name=op.f("ck_devices_last_sequence_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "installed_packs",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("signing_key_id", sa.String(length=100), nullable=True),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("installed_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installed_packs")),
    )
    op.create_table(
        "learners",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("avatar", sa.String(length=40), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("picture_password_hash", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learners")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "teacher_accounts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "role IN ('teacher', 'admin')", name=op.f("ck_teacher_accounts_role_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher_accounts")),
        sa.UniqueConstraint("username", name=op.f("uq_teacher_accounts_username")),
    )
    op.create_table(
        "attempt_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=255), nullable=False),
        sa.Column("skill_id", sa.String(length=255), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("hints_used", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "duration_ms >= 0", name=op.f("ck_attempt_events_duration_not_negative")
        ),
        sa.CheckConstraint("hints_used >= 0", name=op.f("ck_attempt_events_hints_not_negative")),
        sa.CheckConstraint("score >= 0 AND score <= 1", name=op.f("ck_attempt_events_score_range")),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["devices.id"],
            name=op.f("fk_attempt_events_device_id_devices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_attempt_events_learner_id_learners"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempt_events")),
        sa.UniqueConstraint(
            "device_id", "sequence", name=op.f("uq_attempt_events_device_id_sequence")
        ),
    )
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attempt_events_learner_id_answered_at", ["learner_id", "answered_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attempt_events_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "class_memberships",
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_class_memberships_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_class_memberships_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("class_id", "learner_id", name=op.f("pk_class_memberships")),
    )
    with op.batch_alter_table("class_memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_class_memberships_learner_id"), ["learner_id"], unique=False
        )

    op.create_table(
        "mastery_states",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("skill_id", sa.String(length=255), nullable=False),
        sa.Column("probability", sa.Double(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "correct >= 0 AND correct <= attempts", name=op.f("ck_mastery_states_counts_consistent")
        ),
        sa.CheckConstraint(
            "probability >= 0 AND probability <= 1",
            name=op.f("ck_mastery_states_probability_range"),
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_mastery_states_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("learner_id", "skill_id", name=op.f("pk_mastery_states")),
    )
    op.create_table(
        "media_references",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_packs.id"],
            name=op.f("fk_media_references_pack_id_installed_packs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_references")),
        sa.UniqueConstraint(
            "owner_id", "file_name", name=op.f("uq_media_references_owner_id_file_name")
        ),
    )
    with op.batch_alter_table("media_references", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_media_references_pack_id"), ["pack_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_media_references_sha256"), ["sha256"], unique=False)

    op.create_table(
        "skills",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_packs.id"],
            name=op.f("fk_skills_pack_id_installed_packs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skills")),
    )
    with op.batch_alter_table("skills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skills_pack_id"), ["pack_id"], unique=False)

    op.create_table(
        "items",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("skill_id", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("difficulty_prior", sa.Double(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_packs.id"],
            name=op.f("fk_items_pack_id_installed_packs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skills.id"], name=op.f("fk_items_skill_id_skills"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_items_pack_id"), ["pack_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "lessons",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("skill_id", sa.String(length=255), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_packs.id"],
            name=op.f("fk_lessons_pack_id_installed_packs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skills.id"],
            name=op.f("fk_lessons_skill_id_skills"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
    )
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lessons_pack_id"), ["pack_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lessons_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "skill_prerequisites",
        sa.Column("skill_id", sa.String(length=255), nullable=False),
        sa.Column("prerequisite_id", sa.String(length=255), nullable=False),
        sa.CheckConstraint(
            "skill_id <> prerequisite_id", name=op.f("ck_skill_prerequisites_not_own_prerequisite")
        ),
        sa.ForeignKeyConstraint(
            ["prerequisite_id"],
            ["skills.id"],
            name=op.f("fk_skill_prerequisites_prerequisite_id_skills"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skills.id"],
            name=op.f("fk_skill_prerequisites_skill_id_skills"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("skill_id", "prerequisite_id", name=op.f("pk_skill_prerequisites")),
    )


def downgrade() -> None:
    op.drop_table("skill_prerequisites")
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lessons_skill_id"))
        batch_op.drop_index(batch_op.f("ix_lessons_pack_id"))

    op.drop_table("lessons")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_items_skill_id"))
        batch_op.drop_index(batch_op.f("ix_items_pack_id"))

    op.drop_table("items")
    with op.batch_alter_table("skills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skills_pack_id"))

    op.drop_table("skills")
    with op.batch_alter_table("media_references", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_references_sha256"))
        batch_op.drop_index(batch_op.f("ix_media_references_pack_id"))

    op.drop_table("media_references")
    op.drop_table("mastery_states")
    with op.batch_alter_table("class_memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_class_memberships_learner_id"))

    op.drop_table("class_memberships")
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attempt_events_skill_id"))
        batch_op.drop_index("ix_attempt_events_learner_id_answered_at")

    op.drop_table("attempt_events")
    op.drop_table("teacher_accounts")
    op.drop_table("settings")
    op.drop_table("learners")
    op.drop_table("installed_packs")
    op.drop_table("devices")
    op.drop_table("classes")
