"""The team server's password, asked for when neither libpq nor the keyring has it.

``PasswordAsker.ask`` is the GUI's password prompt (``content.sync.credentials``): the sync
runs in the database worker, so the dialog is shown on the UI thread while the worker
waits. «Remember in the keyring» is offered only where the system has a keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """Ask for a login's password on a team server."""

    def __init__(
        self, server: str, login: str, again: bool, can_remember: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team server password"))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        text = self.tr("The team server %1 wants the password of %2.")
        self.label = QLabel(text.replace("%1", server).replace("%2", login), self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.refused = QLabel(self.tr("The server refused that password. Try again."), self)
        self.refused.setVisible(again)
        layout.addWidget(self.refused)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember in the keyring"), self)
        self.remember.setEnabled(can_remember)
        self.remember.setToolTip(
            self.tr("Kursverk keeps the password in the system keyring, never in a file")
            if can_remember
            else self.tr("This computer has no system keyring; the password is used once")
        )
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def answer(self) -> tuple[str, bool] | None:
        """Return (password, remember), or None when cancelled or left empty."""
        if self.result() != QDialog.DialogCode.Accepted or not self.password.text():
            return None
        return self.password.text(), self.remember.isChecked()


class PasswordAsker(QObject):
    """The GUI's password prompt: callable from any thread, shows the dialog on the UI's."""

    _asked = Signal(str, str, bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._answer: tuple[str, bool] | None = None
        self._asked.connect(self._show, Qt.ConnectionType.BlockingQueuedConnection)

    def ask(self, server: str, login: str, again: bool) -> tuple[str, bool] | None:
        """Ask for the password and wait for the answer (the password prompt)."""
        self._answer = None
        if QThread.currentThread() is self.thread():
            self._show(server, login, again)
        else:
            self._asked.emit(server, login, again)
        return self._answer

    @Slot(str, str, bool)
    def _show(self, server: str, login: str, again: bool) -> None:
        from content.sync.credentials import keyring_available

        dialog = PasswordDialog(
            server, login, again, keyring_available(), self._window.window()
        )
        dialog.exec()
        self._answer = dialog.answer()
        dialog.deleteLater()
