"""Alembic environment: runs on the connection Tutor hands over, inside Tutor's transaction.

Tutor's migrator (tutor.storage.migrate) opens the connection, begins one transaction, runs every
pending migration, checks foreign keys and commits, so an upgrade happens completely or not at all.
"""

from alembic import context

from tutor.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Tutor's migrations run through tutor.storage.migrate (or `tutor db upgrade`), "
        "which provides the database connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
