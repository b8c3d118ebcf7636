"""The undoable command on one review row kept whole as its state: a comment, a round.

Comments and review rounds are single rows (no outline, no revision history table), so their
commands keep the row's columns as the before and after state and count the row's own
``revision``: undo and redo refuse to run over a change made elsewhere. Subclasses name the
model, say how they change the state (``change_state``) and word their messages.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from content.commands import Command
from content.errors import NotFoundError, StaleWriteError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from content.changes import Changes

State = dict[str, Any]


def row_columns(model: Any) -> tuple[str, ...]:
    """Return the columns a row's state holds: all but its revision counter."""
    return tuple(c.name for c in model.__table__.columns if c.name != "revision")


def row_state(row: Any) -> State:
    """Return a review row's full state (without its revision counter)."""
    return {name: copy.deepcopy(getattr(row, name)) for name in row_columns(type(row))}


@dataclass
class RowCommand(Command):
    """Base of the commands on one review row (``entity_id`` is the row's id)."""

    model: ClassVar[Any]

    def apply(self, session: Session, author: str = "", expected: int | None = None) -> Changes:
        """Run (first time) or redo the command."""
        row = session.get(self.model, self.entity_id) if self.entity_id else None
        if self.after is None:
            if row is not None:
                self.before = row_state(row)
                self.before_revision = row.revision
                self._check(row, self.expected_revision)
            self.after = self.change_state(session, copy.deepcopy(self.before), author)
        elif row is not None:
            self._check(row, self.before_revision if expected is None else expected)
        row = self._write(session, row, self.after)
        self.after_revision = self.last_revision = row.revision
        return self.changes()

    def revert(self, session: Session, author: str = "", expected: int | None = None) -> Changes:
        """Undo the command (refused when the row changed since)."""
        row = session.get(self.model, self.entity_id)
        if row is None:
            raise NotFoundError(self.missing_message())
        self._check(row, self.after_revision if expected is None else expected)
        if self.before is None:
            self.drop(session, row)
            self.before_revision = self.last_revision = 0
        else:
            row = self._write(session, row, self.before)
            self.before_revision = self.last_revision = row.revision
        return self.changes()

    # -- what subclasses say ----------------------------------------------------------

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Return the row's new state from the old one (None when adding)."""
        raise NotImplementedError

    def missing_message(self) -> str:
        """Say that the row is gone."""
        raise NotImplementedError

    def stale_message(self, row: Any, expected: int) -> str:
        """Say that the row was changed elsewhere."""
        raise NotImplementedError

    def drop(self, session: Session, row: Any) -> None:
        """Remove the row (undoing its creation)."""
        session.delete(row)
        session.flush()

    # -- helpers -----------------------------------------------------------------------

    def _check(self, row: Any, expected: int | None) -> None:
        if expected is not None and row.revision != expected:
            raise StaleWriteError(self.stale_message(row, expected))

    def _check_revision(self, obj: Any, expected: int | None, undoing: bool = False) -> None:
        self._check(obj, expected)

    def _write(self, session: Session, row: Any, state: State) -> Any:
        if row is None:
            row = self.model(id=state["id"], revision=0)
            session.add(row)
        for name in row_columns(self.model):
            setattr(row, name, copy.deepcopy(state[name]))
        row.revision = (row.revision or 0) + 1
        session.flush()
        return row
