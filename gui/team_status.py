"""The team library in the status bar: server, last sync, changes waiting, conflicts; Sync.

Shown only when the open library is a working copy of a team library (``team clone``).
The sync runs in a worker beside the database worker, so the editors keep loading and
saving while it runs (the working copy is SQLite in WAL mode: readers never wait, and a
save waits only for the sync's short local transaction). While it runs, the status bar
shows its phase (connecting, sending N of M, receiving N of M, merging) with a progress
bar and a Cancel button. A cancelled sync stops at its next step: the open transaction
rolls back, as if the sync had been killed there, and the next sync finishes the job.
An unreachable server gives an offline note, never a hang (the connection times out).
The user's role, as the working copy knows it, goes to ``AppContext.set_team_role``.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

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
        # Written by the sync's thread, read by the timer: (phase, done, total).
        self._phase: tuple[str, int, int] = ("connecting", 0, 0)
        self._cancel = threading.Event()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel(self)
        self.button = QPushButton(self)
        self.button.setObjectName("syncButton")
        self.button.clicked.connect(self.sync)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.setVisible(False)
        self.phase_label = QLabel(self)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setFixedWidth(110)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelSyncButton")
        self.cancel_button.clicked.connect(self.cancel)
        # as compact as the Sync button it stands in for; spare room goes to the phase
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.dialog: QDialog | None = None
        self.notes_box: QWidget | None = None
        self.asker = PasswordAsker(self)  # asks when neither libpq nor the keyring knows
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.button)
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._show_phase)
        self._show_busy()
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the UI language."""
        self.button.setText(self.tr("Sync"))
        self.button.setAccessibleName(self.tr("Sync"))
        self.button.setToolTip(
            self.tr("Send your changes to the team server and fetch the others’ changes")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel_button.setToolTip(
            self.tr("Stop the sync; nothing is lost, and the next sync finishes the job")
        )
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.conflicts_button.setAccessibleName(self.tr("Conflicts…"))
        # wide enough for the longest count, so the bar does not jump as the text changes
        widest = self.tr("Receiving %1 of %2…").replace("%1", "9999").replace("%2", "9999")
        self.phase_label.setMinimumWidth(self.phase_label.fontMetrics().horizontalAdvance(widest))
        if self._busy:
            self._show_phase()
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
            self.ctx.set_team_role(self._status.role if self._status else "")
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
        self._cancel.clear()
        self._phase = ("connecting", 0, 0)
        self._show_busy()
        self._poll.start()

        def on_progress(phase: str, done: int, total: int) -> None:
            self._phase = (phase, done, total)  # one assignment: the timer reads it whole

        def work() -> Any:
            from content.sync.team import SyncSteps, sync

            steps = SyncSteps(on_progress=on_progress, cancelled=self._cancel.is_set)
            return sync(library, author=author, steps=steps)

        # Not in the database worker: editors keep loading and saving during the sync.
        self.ctx.tasks.run(work, self._synced, uses_db=False)

    def cancel(self) -> None:
        """Stop the running sync at its next step (what is open rolls back)."""
        if not self._busy:
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self._show_phase()

    def is_busy(self) -> bool:
        """Tell whether a sync is running."""
        return self._busy

    def _show_busy(self) -> None:
        """Show the progress and Cancel while a sync runs, the status and Sync otherwise.

        The phase takes the status text's place: both would not fit a narrow window.
        """
        for w in (self.phase_label, self.progress_bar, self.cancel_button):
            w.setVisible(self._busy)
        self.cancel_button.setEnabled(self._busy)
        self.button.setVisible(not self._busy)
        self.label.setVisible(not self._busy)
        if self._busy:
            self._show_phase()

    def _show_phase(self) -> None:
        phase, done, total = self._phase
        if self._cancel.is_set():
            text = self.tr("Cancelling…")
        elif phase == "sending":
            text = self.tr("Sending %1 of %2…")
        elif phase == "receiving":
            text = self.tr("Receiving %1 of %2…")
        elif phase == "merging":
            text = self.tr("Merging %1 of %2…") if total else self.tr("Merging…")
        else:
            text = self.tr("Connecting to the server…")
        self.phase_label.setText(text.replace("%1", str(done)).replace("%2", str(total)))
        self.progress_bar.setRange(0, total)  # 0 of 0: a busy bar while the count is unknown
        self.progress_bar.setValue(done)

    def _synced(self, fut: Any) -> None:
        if not is_alive(self):
            return
        from content.changes import Changes
        from content.progress import Cancelled
        from content.sync.team import OfflineError

        self._busy = False
        self._poll.stop()
        self._show_busy()
        exc = fut.exception()
        if isinstance(exc, Cancelled):
            self._notify(
                self.tr("Sync cancelled. Nothing was lost; the next sync finishes the job.")
            )  # the working copy is as it was: its transaction rolled back
        elif isinstance(exc, OfflineError):
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

            from content.words import short_datetime
            from gui.i18n import current_language

            when = short_datetime(datetime.fromisoformat(st.last_sync).astimezone(),
                                  current_language())
        parts.append(self.tr("last sync %1").replace("%1", when))
        parts.append(self.tr("changes waiting: %1").replace("%1", str(st.waiting)))
        if st.conflicts:
            parts.append(self.tr("conflicts: %1").replace("%1", str(len(st.conflicts))))
        self.label.setText(" · ".join(parts))
        self.conflicts_button.setVisible(bool(st.conflicts))
        self.conflicts_button.setText(self.tr("Conflicts…"))
        from gui.conflict_dialog import place_label

        self.label.setToolTip(
            "\n".join(f"{c.title} ({', '.join(place_label(p['path']) for p in c.places)})"
                      for c in st.conflicts)
        )
