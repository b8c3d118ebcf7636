"""The base of the three editors (item, module, curriculum): identity, revision, one autosave.

Every editor saves the same way. An edit starts a short timer (``schedule_save``); when it
runs out, or the field loses focus, or the editor is left (another tab, undo, closing the
tab or the window, opening another library), the edits not stored yet go out as one
command that expects the revision the editor last saw. Edits made while a save runs wait
for it and go out after it, from the revision it left, so fast typing never trips the
stale-write check. A save refused as stale keeps what the user typed; the subclass says
how to show that (``_save_refused``). A closed editor stays alive, hidden, until its last
save has been stored, so closing never loses an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from gui.ops import run_command
from gui.read_only import lock_inputs

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from content.changes import Changes
    from content.commands import Command
    from gui.context import AppContext

SAVE_DELAY_MS = 700


class EntityEditorPanel(QWidget):
    """An editor of one stored entity, saving its edits as they are made."""

    title_did_change = Signal(str)
    entity_type: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, entity_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity_id = entity_id or ""
        self.revision = 0
        self.stale = False
        self._saving = False
        self._resave = False
        self._after_save: list[Callable[[], None]] = []
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        ctx.team_role_did_change.connect(self._on_team_role)

    # -- identity -------------------------------------------------------------------------

    def title(self) -> str:
        """Return the tab title."""
        raise NotImplementedError

    def entity_key(self) -> str:
        """Return «type:id», the key the main window finds the editor by."""
        return f"{self.entity_type}:{self.entity_id}" if self.entity_id else ""

    # -- what a subclass provides ---------------------------------------------------------

    def _unsaved(self) -> dict[str, Any]:
        """Return the edits not stored yet (field -> value); empty when there are none."""
        raise NotImplementedError

    def _can_save(self) -> bool:
        """Tell whether the edits may be saved now (loaded, valid)."""
        return True

    def _save_command(self, values: dict[str, Any]) -> Command:
        """Return the command storing these edits from ``self.revision``."""
        raise NotImplementedError

    def _save_started(self, values: dict[str, Any]) -> None:
        """Note that these edits are on their way (e.g. say «Saving…»)."""

    def _saved(self, cmd: Command, values: dict[str, Any]) -> None:
        """Take note of a stored save (its revision is already in ``self.revision``)."""

    def _save_refused(self, exc: BaseException) -> None:
        """Show why a save failed (a stale one keeps the user's text)."""
        raise NotImplementedError

    # -- the autosave ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Tell whether the editor holds edits not stored yet."""
        return bool(self._unsaved())

    def is_saving(self) -> bool:
        """Tell whether a save is on its way to the store."""
        return self._saving

    def schedule_save(self) -> None:
        """Save after a pause in the user's edits."""
        self._save_timer.start()

    def cancel_save(self) -> None:
        """Forget a scheduled save (the form is not valid yet)."""
        self._save_timer.stop()

    def flush(self) -> None:
        """Save pending edits now (before undo, closing, leaving the editor, ...)."""
        if self._save_timer.isActive() or self.is_dirty():
            self.save_now()

    def save_now(self) -> None:
        """Store the edits made so far as one command (after a running save, if any)."""
        self._save_timer.stop()
        if self.stale or not self._can_save():
            return
        if self._saving:
            self._resave = True
            return
        values = self._unsaved()
        if not values:
            return
        cmd = self._save_command(values)
        self._saving = True
        self._save_started(values)
        run_command(self.ctx, self, cmd, initiator=self,
                    on_done=lambda _ch: self._save_done(cmd, values),
                    on_error=self._save_failed)

    def _save_done(self, cmd: Command, values: dict[str, Any]) -> None:
        self._saving = False
        self.revision = cmd.last_revision
        self._saved(cmd, values)
        if self._resave:
            self._resave = False
            self.save_now()
            if self._saving:
                return  # the queued work waits for this save as well
        pending, self._after_save = self._after_save, []
        for fn in pending:
            fn()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._resave = False
        self._after_save.clear()
        self._save_refused(exc)

    def when_saved(self, fn: Callable[[], None]) -> None:
        """Run fn once pending edits are stored (so the revision it expects is right)."""
        if self.stale:
            return
        self.flush()
        if self._saving:
            self._after_save.append(fn)
        elif self.entity_id:
            fn()

    def close_when_saved(self) -> None:
        """Save pending edits, then delete the editor once they are stored (or refused)."""
        self.flush()
        if not self._saving:
            self.deleteLater()
            return
        self._after_save.append(self.deleteLater)
        # A refused save clears the queue: the editor must go all the same.
        refused = self._save_refused

        def refused_then_close(exc: BaseException) -> None:
            refused(exc)
            self.deleteLater()

        self._save_refused = refused_then_close  # type: ignore[method-assign]

    # -- the team role ------------------------------------------------------------------

    def _role_inputs(self) -> list[QWidget]:
        """Return the widgets holding the inputs a reviewer (gransker) may not use."""
        return []

    def _role_actions(self) -> list[QAction]:
        """Return the editor's own actions that change content (their shortcuts too)."""
        return []

    def _role_unlocked(self) -> None:
        """Enable again what depends on the selection, once the role may edit."""

    def apply_role(self) -> None:
        """Lock the inputs for a role that may not edit (text stays selectable for comments).

        Called after each load and selection (an editor enables its inputs as it fills
        them) and when the role changes.
        """
        locked = not self.ctx.may_edit
        lock_inputs(self._role_inputs(), locked)
        if locked:
            for action in self._role_actions():
                action.setEnabled(False)

    def _on_team_role(self, _role: str) -> None:
        if self.ctx.may_edit:
            for action in self._role_actions():
                action.setEnabled(True)
            self._role_unlocked()
        self.apply_role()

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        """Follow what other views changed (the subclass decides what to reload)."""
