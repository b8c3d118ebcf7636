"""The store as the front ends (gui/, cli/) see it: the one door to db/ and SQLAlchemy.

gui/ and cli/ never import db or sqlalchemy (an import-linter contract); what they need
of the store (the open library, its session type, its errors, upgrade and backup) is
named here, and reads go through content.queries, writes through commands. A front end
that needs a session of its own opens it here: ``reading`` (one read-only transaction) or
``writing`` (one write transaction, committed at the end, rolled back on an error).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError as StoreError

from db.engine import (
    READONLY,
    Library,
    LibraryOpenError,
    backup_sqlite,
    sqlite_path,
    to_url,
)

if TYPE_CHECKING:
    # Annotations only: importing the ORM at start-up costs time the library view saves.
    from collections.abc import Iterator
    from pathlib import Path

    from sqlalchemy import Connection  # noqa: TC004 - for annotations in gui/ and cli/
    from sqlalchemy.orm import Session  # noqa: TC004 - for annotations in gui/ and cli/

    from content.undo import UndoHistory

__all__ = [
    "READONLY",
    "Connection",
    "Library",
    "LibraryOpenError",
    "Session",
    "StoreError",
    "UpgradeReport",
    "backup_sqlite",
    "display_name",
    "read_connection",
    "reading",
    "sqlite_path",
    "to_url",
    "undo_history",
    "upgrade_library",
    "writing",
]


def display_name(url: str) -> str:
    """Return a library's name for a title bar: the file name, or the URL without password."""
    path = sqlite_path(url)
    return path.name if path else make_url(url).render_as_string(hide_password=True)


@contextmanager
def read_connection(library: Library) -> Iterator[Connection]:
    """Open a read-only Core connection to a library (no ORM import; for start-up reads)."""
    with library.engine.connect().execution_options(**{READONLY: True}) as conn:
        yield conn


@contextmanager
def reading(library: Library) -> Iterator[Session]:
    """Open a read-only session on a library; nothing it does is written."""
    with library.read_sessions() as session:
        yield session


@contextmanager
def writing(library: Library) -> Iterator[Session]:
    """Open a session in one write transaction: committed at the end, rolled back on error."""
    with library.sessions.begin() as session:
        yield session


class _LazySessions:
    """Stand in for a library's write-session factory until the first command runs.

    Making the factory imports SQLAlchemy's ORM (~0.15 s); start-up does not need it.
    """

    def __init__(self, library: Library) -> None:
        self._library = library

    def begin(self) -> Any:
        """Open a session in a transaction, as sessionmaker.begin() does."""
        return self._library.sessions.begin()

    def __call__(self) -> Any:
        """Open a session, as calling the sessionmaker does."""
        return self._library.sessions()


def undo_history(library: Library, author: str | None = None) -> UndoHistory:
    """Return the undo history of a front end on a library (the ORM loads at its first run)."""
    from content.undo import UndoHistory

    return UndoHistory(_LazySessions(library), author)  # type: ignore[arg-type]


@dataclass(frozen=True)
class UpgradeReport:
    """What upgrading a library's schema did."""

    before: str | None
    head: str
    backup_path: Path | None


def upgrade_library(url: str) -> UpgradeReport:
    """Upgrade a library to the newest schema (after a backup of a file); refuse a newer one."""
    from db import migrate
    from db.engine import make_engine, open_library

    probe = make_engine(url)
    try:
        before = migrate.current_revision(probe)
    finally:
        probe.dispose()
    lib = open_library(url, upgrade=True)  # refuses a newer library (LibraryOpenError)
    lib.dispose()
    return UpgradeReport(before, migrate.head_revision(), lib.backup_path)
