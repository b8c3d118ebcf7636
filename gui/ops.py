"""The one door through which widgets change data: commands, undo and redo, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from content.changes import Changes
from content.errors import ContentError, StaleWriteError, ValidationError
from gui.context import AppContext, is_alive

if TYPE_CHECKING:
    from concurrent.futures import Future

    from content.commands import Command

OnDone = Callable[[Changes], None]
OnError = Callable[[BaseException], None]


def run_command(
    ctx: AppContext,
    parent: QWidget | None,
    cmd: Command,
    initiator: object | None = None,
    on_done: OnDone | None = None,
    on_error: OnError | None = None,
) -> None:
    """Run a command in the DB worker, then notify views (or show why it failed)."""
    _run(ctx, parent, lambda: ctx.history.run(cmd), initiator, on_done, on_error)


def undo(ctx: AppContext, parent: QWidget | None) -> None:
    """Undo the last step."""
    _run(ctx, parent, ctx.history.undo, None, None, None)


def redo(ctx: AppContext, parent: QWidget | None) -> None:
    """Redo the last undone step."""
    _run(ctx, parent, ctx.history.redo, None, None, None)


def _run(
    ctx: AppContext,
    parent: QWidget | None,
    fn: Callable[[], Changes],
    initiator: object | None,
    on_done: OnDone | None,
    on_error: OnError | None,
) -> None:
    def done(fut: Future[Any]) -> None:
        exc = fut.exception()
        gone = parent is not None and not is_alive(parent)  # its tab was closed meanwhile
        if exc is not None:
            if gone:
                ctx.undo_status_did_change.emit()
                return
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)
            ctx.undo_status_did_change.emit()
            return
        changes: Changes = fut.result()
        ctx.after_change(changes, initiator)
        if on_done is not None and not gone:
            on_done(changes)

    ctx.tasks.run(fn, done)


def error_text(exc: BaseException) -> str:
    """Return a user-facing text for an error."""
    if isinstance(exc, ValidationError):
        lines = [f"• {field}: {msg}" for field, msg in exc.problems]
        head = exc.entity or ""
        return "\n".join([head, *lines]) if head else "\n".join(lines)
    if isinstance(exc, ContentError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error in a message box (stale writes get their own title)."""
    title = (
        QCoreApplication.translate("ops", "Changed elsewhere")
        if isinstance(exc, StaleWriteError)
        else QCoreApplication.translate("ops", "Could not complete the action")
    )
    QMessageBox.warning(parent, title, error_text(exc))
