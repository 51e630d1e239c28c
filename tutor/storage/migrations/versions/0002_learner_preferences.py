"""Per-learner preferences: interface language and text size.

A shared laptop serves learners who read different languages and need different text sizes;
both follow the learner, not the laptop. Existing learners keep the laptop's defaults (NULL).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("learners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("text_scale", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_learners_text_scale_range"),
            "text_scale IS NULL OR text_scale BETWEEN 100 AND 200",
        )


def downgrade() -> None:
    with op.batch_alter_table("learners", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_learners_text_scale_range"), type_="check")
        batch_op.drop_column("text_scale")
        batch_op.drop_column("language")
