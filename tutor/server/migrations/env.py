"""Alembic environment for the server's tables: runs on the connection tutor.server.store hands
over, inside its transaction (on PostgreSQL the whole upgrade is one transaction)."""

from alembic import context

from tutor.server.schema import ServerBase

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("The server's migrations run through tutor.server.store.")

context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
