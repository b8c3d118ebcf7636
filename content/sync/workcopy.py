"""What a working copy remembers of its team server, and its sync status.

A working copy keeps, in ``library_meta``: its server's URL (without password), its tag in the
server's revision history, the last change-feed number it has seen, when it last synced, and
the role the server gave its user (``content.sync.roles``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from content.sync.conflicts import ConflictRow, conflicts
from content.sync.local import (
    META_SEQ,
    META_SERVER,
    META_SYNCED,
    local_changes,
)
from content.sync.roles import META_ROLE
from content.sync.server import TeamError, server_display
from db.engine import Library, open_library, sqlite_path, to_url
from db.models import LibraryMeta

if TYPE_CHECKING:
    from sqlalchemy.orm import Session



def meta(session: Session, key: str) -> str | None:
    """Return what the working copy remembers under a key (None: nothing)."""
    row = session.get(LibraryMeta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    """Remember a value under a key (in the caller's transaction)."""
    session.merge(LibraryMeta(key=key, value=value))


def open_working_copy(path_or_url: str | None) -> Library:
    """Open an existing working copy (never creates one; see ``clone``)."""
    from content.opening import resolve_location

    url = to_url(resolve_location(path_or_url))
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise TeamError(
            f"{path} does not exist; make a working copy with `team clone URL --db FILE`."
        )
    return open_library(url)


def server_of(local: Library) -> str:
    """Return the server a working copy syncs with (TeamError when it is none)."""
    with local.read_sessions() as s:
        url = meta(s, META_SERVER)
    if not url:
        raise TeamError(
            "This library is not a working copy of a team library; "
            "make one with `team clone URL --db FILE`."
        )
    return url


@dataclass(frozen=True)
class SyncStatus:
    """A working copy's sync state (no server needed)."""

    server: str
    last_seq: int
    last_sync: str
    waiting: int
    conflicts: list[ConflictRow]
    role: str = ""  # as the last sync found it (redaktør, gransker, administrator)


def working_copy_status(local: Library) -> SyncStatus | None:
    """Return a library's sync status, or None when it is no working copy (for the GUI)."""
    with local.read_sessions() as s:
        if not meta(s, META_SERVER):
            return None
    return status(local)


def status(local: Library) -> SyncStatus:
    """Return the server, last sync, local changes waiting and conflicts of a working copy."""
    url = server_of(local)
    with local.read_sessions() as s:
        waiting = len(local_changes(s))
        last_seq = int(meta(s, META_SEQ) or 0)
        last_sync = meta(s, META_SYNCED) or ""
        role = meta(s, META_ROLE) or ""
    return SyncStatus(
        server_display(url), last_seq, last_sync, waiting, conflicts(local), role
    )
