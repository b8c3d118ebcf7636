"""The application context passed to every window and panel (no singletons)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from content.store import Library, read_connection, reading, undo_history
from gui.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.changes import Changes
    from content.store import Session


def is_alive(obj: QObject) -> bool:
    """Tell whether a Qt object's C++ side still exists (a closed tab's widget does not)."""
    import shiboken6

    return bool(shiboken6.isValid(obj))


class AppContext(QObject):
    """Library, undo history, task runner and settings for one open library."""

    operation_did_execute = Signal(object, object)  # (Changes, initiator)
    library_did_open = Signal()
    undo_status_did_change = Signal()
    team_role_did_change = Signal(str)  # the user's role in the team library ("" when none)

    def __init__(self, library: Library, settings: QSettings, author: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.history = undo_history(library, author)
        self.tasks = TaskRunner()
        self.team_role = ""  # as the working copy knows it (gui/team_status.py reads it)

    @property
    def may_edit(self) -> bool:
        """Tell whether the user may change content here (a gransker may only comment)."""
        from content.sync.roles import may_edit_content

        return may_edit_content(self.team_role)

    def set_team_role(self, role: str) -> None:
        """Note the user's role in the team library; editors and actions follow it."""
        if role != self.team_role:
            self.team_role = role
            self.team_role_did_change.emit(role)

    @property
    def author(self) -> str:
        """Return the name changes are stamped with."""
        return self.history.author

    def read(self, fn: Callable[[Session], Any]) -> Any:
        """Run a read-only query synchronously (only for quick ones on the UI thread)."""
        with reading(self.library) as session:
            return fn(session)

    def read_async(
        self,
        fn: Callable[[Session], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        core: bool = False,
    ) -> None:
        """Run a read-only query in the DB worker and hand its result to on_done.

        With an ``owner``, nothing is delivered once that widget has been deleted. With
        ``core``, fn gets a plain Core connection instead of a Session: no ORM import, which
        keeps the first library page off the ORM's import time at start-up.
        """

        def work() -> Any:
            if core:
                with read_connection(self.library) as conn:
                    return fn(conn)  # type: ignore[arg-type]
            with reading(self.library) as session:
                return fn(session)

        def done(fut: Any) -> None:
            if owner is not None and not is_alive(owner):
                return
            exc = fut.exception()
            if exc is None:
                on_done(fut.result())
            elif on_error is not None:
                on_error(exc)

        self.tasks.run(work, done)

    def after_change(self, changes: Changes, initiator: object | None) -> None:
        """Tell every view what an operation changed."""
        self.operation_did_execute.emit(changes, initiator)
        self.undo_status_did_change.emit()

    def switch_library(self, library: Library) -> None:
        """Use another library (after File > Open)."""
        old = self.library
        self.library = library
        self.history = undo_history(library, self.history.author)
        old.dispose()
        self.library_did_open.emit()
        self.undo_status_did_change.emit()

    def close(self) -> None:
        """Finish pending work and close the library."""
        self.tasks.shutdown()
        self.library.dispose()
