"""The team library in the status bar: server, last sync, changes waiting, conflicts; Sync.

Shown only when the open library is a working copy of a team library (``team clone``).
The sync runs in the database worker; an unreachable server gives an offline note,
never a hang (the connection times out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.context import is_alive
from gui.password_dialog import PasswordAsker

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.sync.team import SyncStatus
    from gui.context import AppContext


class TeamStatus(QWidget):
    """Sync status and a Sync button for a working copy (hidden otherwise)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._notify = notify or (lambda _text: None)
        self._status: SyncStatus | None = None
        self._offline = ""
        self._busy = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.button = QPushButton(self)
        self.button.setObjectName("syncButton")
        self.button.clicked.connect(self.sync)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.setVisible(False)
        self.dialog: QDialog | None = None
        self.notes_box: QWidget | None = None
        self.asker = PasswordAsker(self)  # asks when neither libpq nor the keyring knows
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.button)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the UI language."""
        self.button.setText(self.tr("Syncing…") if self._busy else self.tr("Sync"))
        self.button.setToolTip(
            self.tr("Send your changes to the team server and fetch the others’ changes")
        )
        self._show()

    def show_conflicts(self) -> None:
        """Open the conflict view (base, mine, theirs; keep mine or take theirs)."""
        from gui.conflict_dialog import ConflictDialog

        self.dialog = ConflictDialog(self.ctx, self.window())
        self.dialog.open()

    def refresh(self) -> None:
        """Read the sync status of the open library (in the database worker)."""
        library = self.ctx.library

        def work() -> Any:
            from content.sync.team import working_copy_status

            return working_copy_status(library)

        def done(fut: Any) -> None:
            if not is_alive(self):
                return
            self._status = None if fut.exception() is not None else fut.result()
            self._show()

        self.ctx.tasks.run(work, done)

    def sync(self) -> None:
        """Sync with the team server; report what it did, or that the server is offline."""
        if self._busy:
            return
        from content.sync.credentials import set_password_prompt

        set_password_prompt(self.asker.ask)
        library, author = self.ctx.library, self.ctx.author
        self._busy = True
        self.retranslate()

        def work() -> Any:
            from content.sync.team import sync

            return sync(library, author=author)

        self.ctx.tasks.run(work, self._synced)

    def _synced(self, fut: Any) -> None:
        if not is_alive(self):
            return
        from content.changes import Changes
        from content.sync.team import OfflineError

        self._busy = False
        exc = fut.exception()
        if isinstance(exc, OfflineError):
            self._offline = self.tr("offline")
            self._notify(str(exc))
        elif exc is not None:
            self._offline = ""
            from gui import ops

            ops.show_error(self.window(), exc)
        else:
            self._offline = ""
            report = fut.result()
            self._notify(
                self.tr("Synced: %1 sent, %2 fetched, %3 merged, %4 conflicts")
                .replace("%1", str(report.pushed))
                .replace("%2", str(report.pulled))
                .replace("%3", str(report.merged))
                .replace("%4", str(len(report.conflicts)))
            )
            self.ctx.after_change(Changes(items=True, modules=True, curricula=True), self)
            if report.notes:
                self._show_notes(report.notes)
        self.retranslate()
        self.refresh()

    def _show_notes(self, notes: list[str]) -> None:
        """Show what the sync dropped or held back to keep the library valid (not modal)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Sync report"))
        box.setText(self.tr("The sync kept the library valid; it dropped or held back:"))
        box.setInformativeText("\n\n".join(notes[:8]) + ("\n…" if len(notes) > 8 else ""))
        box.setDetailedText("\n".join(notes))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notes_box = box
        box.open()

    def _show(self) -> None:
        st = self._status
        self.setVisible(st is not None)
        if st is None:
            return
        parts = [st.server.split("@")[-1]]
        if st.role:
            parts.append(st.role)
        if self._offline:
            parts.append(self._offline)
        when = self.tr("never")
        if st.last_sync:
            from datetime import datetime

            when = datetime.fromisoformat(st.last_sync).astimezone().strftime("%Y-%m-%d %H:%M")
        parts.append(self.tr("last sync %1").replace("%1", when))
        parts.append(self.tr("changes waiting: %1").replace("%1", str(st.waiting)))
        if st.conflicts:
            parts.append(self.tr("conflicts: %1").replace("%1", str(len(st.conflicts))))
        self.label.setText(" · ".join(parts))
        self.conflicts_button.setVisible(bool(st.conflicts))
        self.conflicts_button.setText(self.tr("Conflicts…"))
        self.label.setToolTip(
            "\n".join(f"{c.title} ({', '.join(p['path'] for p in c.places)})"
                      for c in st.conflicts)
        )
