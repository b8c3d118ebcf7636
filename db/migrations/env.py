"""Alembic environment for Kursverk (batch mode so SQLite can ALTER)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from db.models import Base
from db.search_schema import is_search_table

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the derived search index out of autogenerate."""
    return not (type_ == "table" and name is not None and is_search_table(name))


def run_migrations() -> None:
    """Run migrations on the given connection, or on the configured URL."""
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as connection:
        _run(connection)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
