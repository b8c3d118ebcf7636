"""Alembic wiring: create a fresh library, or back up and upgrade an older one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.change_feed import install_change_feed
from db.engine import LibraryOpenError, backup_sqlite, sqlite_path
from db.models import Base
from db.search_schema import create_search_index

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """Return an Alembic config pointing at db/migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """Return the newest migration this version of Kursverk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Return every migration id this version of Kursverk knows."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Return the migration a database is at, or None when unstamped."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def create_fresh(engine: Engine) -> None:
    """Create every table of a new library and stamp it at head."""
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        create_search_index(conn)
        install_change_feed(conn)
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")


def ensure_current(engine: Engine, url: str, *, upgrade: bool = True) -> Path | None:
    """Refuse a newer library; back up and upgrade an older one. Returns the backup path."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    known = known_revisions()
    if current is None:
        raise LibraryOpenError(
            "This database is not a Kursverk library (it has tables but no schema version); "
            "it was left untouched."
        )
    if current not in known:
        raise LibraryOpenError(
            f"This library was made by a newer version of Kursverk (schema {current}); "
            "update Kursverk to open it. The file was left untouched."
        )
    if not upgrade:
        raise LibraryOpenError(f"The library needs an upgrade from schema {current} to {head}.")
    backup = None
    path = sqlite_path(url)
    if path is not None:
        engine.dispose()
        backup = backup_sqlite(path, suffix=f"-before-{head}")
    upgrade_engine(engine)
    return backup


def upgrade_engine(engine: Engine) -> None:
    """Run all pending migrations on an engine.

    On SQLite, batch mode copies a table to change a column, and dropping the old copy
    would cascade-delete its children: foreign keys are off while migrating (the pragma
    only works outside a transaction) and checked before the commit instead.
    """
    with engine.connect() as conn:
        driver = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if driver is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise LibraryOpenError(
                            f"The upgrade would break {len(broken)} references "
                            f"(first in table {broken[0][0]}); the library was left as it was."
                        )
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")
