"""The team server's password dialog: asked from the sync's worker thread, shown on the UI's."""

from __future__ import annotations

import threading

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from gui import i18n
from gui.password_dialog import PasswordAsker, PasswordDialog
from tests.content.sync.test_credentials import MemoryKeyring


@pytest.fixture
def ring():
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(before)


def test_dialog_speaks_bokmal_and_offers_the_keyring_only_where_one_exists(qtbot, tmp_path):
    i18n.install("nb")
    dialog = PasswordDialog("anne@db.example.no/kurs", "anne", True, False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "anne" in dialog.label.text()
    assert dialog.label.text().startswith("Teamserveren")
    assert dialog.remember.text() == "Husk i nøkkelringen"
    assert not dialog.remember.isEnabled()
    assert "ingen nøkkelring" in dialog.remember.toolTip()
    assert dialog.refused.isVisibleTo(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.grab().save(str(tmp_path / "password.png"))
    dialog.reject()
    assert dialog.answer() is None


def _answer_when_shown(password: str, remember: bool) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PasswordDialog)
    dialog.findChild(QLineEdit).setText(password)
    box = dialog.findChild(QCheckBox)
    assert box.isEnabled()
    box.setChecked(remember)
    dialog.accept()


def test_asked_from_a_worker_thread_the_dialog_answers_on_the_ui_thread(qtbot, ring):
    i18n.install("nb")
    parent = QWidget()
    qtbot.addWidget(parent)
    asker = PasswordAsker(parent)
    answers = []

    def worker():
        answers.append(asker.ask("db.example.no/kurs", "anne", False))

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, lambda: _answer_when_shown("hemmelig", True))
    thread = threading.Thread(target=worker)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    assert answers == [("hemmelig", True)]


def test_headless_machine_disables_remembering(qtbot):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        asker = PasswordAsker(parent)
        from PySide6.QtCore import QTimer

        def answer():
            dialog = QApplication.activeModalWidget()
            assert not dialog.findChild(QCheckBox).isEnabled()
            dialog.findChild(QLineEdit).setText("x")
            dialog.accept()

        QTimer.singleShot(100, answer)
        assert asker.ask("db", "anne", False) == ("x", False)
    finally:
        keyring.set_keyring(before)
