"""The store as the front ends (gui/, cli/) see it: the one door to db/ and SQLAlchemy.

gui/ and cli/ never import db or sqlalchemy (an import-linter contract); what they need
of the store (the open library, its session type, its errors, upgrade and backup) is
named here, and reads go through content.queries, writes through commands.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    "sqlite_path",
    "to_url",
    "upgrade_library",
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
