"""Undo history in the model layer (no Qt): each command one transaction, one step."""

from __future__ import annotations

import getpass
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from content.changes import Changes

T = TypeVar("T")

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session, sessionmaker

    from content.commands import Command


def check_role(session: Session, cmd: Command) -> None:
    """Refuse a command the working copy's team role does not allow (content.sync.roles)."""
    from content.sync.roles import check_role as role_rule

    role_rule(session, cmd)


def default_author() -> str:
    """Return the operating-system user name as the default author."""
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


@dataclass(frozen=True)
class UndoStatus:
    """What Undo and Redo would do now (for menu labels)."""

    undo: str | None
    redo: str | None


class UndoHistory:
    """Run commands in their own transactions and keep undo and redo stacks."""

    def __init__(
        self, sessions: sessionmaker[Session], author: str | None = None, limit: int = 200
    ) -> None:
        self._sessions = sessions
        self.author = author or default_author()
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._limit = limit
        self._lock = threading.Lock()
        # The revision this history last wrote per entity: undo/redo expect exactly it,
        # so an edit from elsewhere (another window or process) is never overwritten.
        # A command may touch two entities (accepting a suggestion edits a field too).
        self._known: dict[str, int] = {}

    def run(self, cmd: Command) -> Changes:
        """Apply a new command; on error nothing is stored and the stacks are unchanged."""
        with self._lock:
            with self._sessions.begin() as session:
                check_role(session, cmd)
                changes = cmd.apply(session, self.author)
            self._known.update(cmd.revisions())
            self._undo.append(cmd)
            del self._undo[: -self._limit]
            self._redo.clear()
            return changes

    def undo(self) -> Changes:
        """Undo the last command (refused if the entity changed since)."""
        with self._lock:
            if not self._undo:
                return Changes()
            cmd = self._undo[-1]
            cmd.expect_revisions(self._known)
            with self._sessions.begin() as session:
                check_role(session, cmd)
                changes = cmd.revert(session, self.author, self._known.get(cmd.entity_id))
            self._known.update(cmd.revisions())
            self._redo.append(self._undo.pop())
            return changes

    def redo(self) -> Changes:
        """Redo the last undone command."""
        with self._lock:
            if not self._redo:
                return Changes()
            cmd = self._redo[-1]
            cmd.expect_revisions(self._known)
            with self._sessions.begin() as session:
                check_role(session, cmd)
                changes = cmd.apply(session, self.author, self._known.get(cmd.entity_id))
            self._known.update(cmd.revisions())
            self._undo.append(self._redo.pop())
            return changes

    def status(self) -> UndoStatus:
        """Return the labels of what Undo and Redo would do."""
        return UndoStatus(
            undo=self._undo[-1].label if self._undo else None,
            redo=self._redo[-1].label if self._redo else None,
        )

    def clear(self) -> None:
        """Forget all steps (after opening another library)."""
        with self._lock:
            self._undo.clear()
            self._redo.clear()
            self._known.clear()

    def query(self, fn: Callable[[Session], T]) -> T:
        """Run a read-only function with a session."""
        with self._sessions.begin() as session:
            return fn(session)
