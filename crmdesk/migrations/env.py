"""Alembic environment: always runs on a connection handed in by crmdesk.db."""

from __future__ import annotations

from alembic import context

from crmdesk.models import Base
from crmdesk.models.customer import include_in_schema_comparison

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run migrations on the connection crmdesk.db passed in ``config.attributes``."""
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line, for making new revisions
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
        # The FTS5 search index is made by 0001 by hand; the models do not describe it.
        include_object=include_in_schema_comparison,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
