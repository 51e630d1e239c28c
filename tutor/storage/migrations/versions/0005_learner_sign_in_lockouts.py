"""Learner sign-in lock-outs: wrong PIN or picture-password attempts in a row, per learner.

Stored so that restarting the app does not reset the growing wait after wrong attempts
(tutor.learner_secrets). Existing learners start with no row: no wrong attempts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_lockouts",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_failed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "failed_attempts >= 0",
            name=op.f("ck_sign_in_lockouts_failed_attempts_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name=op.f("fk_sign_in_lockouts_learner_id_learners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("learner_id", name=op.f("pk_sign_in_lockouts")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_lockouts")
