"""Fill a new, empty library with the shipped starter content."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.engine import Library

BUNDLE_PATH = Path(__file__).with_name("starter-library.kvb")


def load_starter(library: Library) -> None:
    """Import the shipped starter bundle into a new library in one transaction.

    Without the bundle file (an install that left package data out) the starter is built
    through the commands instead, which gives the same entities with the same ids.
    """
    if BUNDLE_PATH.is_file():
        from content.bundle import import_bundle

        with library.sessions.begin() as session:
            import_bundle(session, BUNDLE_PATH)
        return
    from content.starter.build import AUTHOR, build_into
    from content.undo import UndoHistory

    build_into(UndoHistory(library.sessions, AUTHOR))
