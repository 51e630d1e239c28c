"""Trusted publisher keys; skills and items retired by a pack update.

A pack update that drops a skill or item marks it retired instead of deleting it, so the
attempts that name it keep their meaning.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:49:44.770844
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_keys",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_trusted_keys")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("skills", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("skills", schema=None) as batch_op:
        batch_op.drop_column("retired_at")

    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("retired_at")

    op.drop_table("trusted_keys")
