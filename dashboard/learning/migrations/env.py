"""Alembic's environment for the learning store: the store hands it the connection it holds, inside
the transaction that also takes the write lock (`store.Store.migrate`), so two app instances opening
an old store at once migrate it once."""

from alembic import context

context.configure(connection=context.config.attributes["connection"], render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
