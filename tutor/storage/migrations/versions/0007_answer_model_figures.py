"""What the student model said at each answer: its P(right) just before, its skill estimate after;
and an index for a learner's last answers on one skill.

Existing answers get NULL; the teacher's needs-help view fills in the figures it needs the first
time it reads a learner (tutor.teaching.dashboard).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 16:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expected", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("estimate_after", sa.Double(), nullable=True))
        batch_op.create_check_constraint(
            "model_figures_range",
            "(expected IS NULL OR expected BETWEEN 0 AND 1) AND "
            "(estimate_after IS NULL OR estimate_after BETWEEN 0 AND 1)",
        )
        batch_op.create_index(
            "ix_attempt_events_learner_id_skill_id_answered_at",
            ["learner_id", "skill_id", "answered_at", "sequence"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.drop_index("ix_attempt_events_learner_id_skill_id_answered_at")
        batch_op.drop_constraint("ck_attempt_events_model_figures_range", type_="check")
        batch_op.drop_column("estimate_after")
        batch_op.drop_column("expected")
