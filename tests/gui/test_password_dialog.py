"""The team server's password dialog: asked from the sync's worker thread, shown on the UI's."""

from __future__ import annotations

import os
import threading

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from gui import i18n
from gui.password_dialog import PasswordAsker, PasswordDialog
from tests.conftest import PG_URL
from tests.content.sync.test_credentials import (  # noqa: F401 - pw_url is a fixture
    SECRET,
    MemoryKeyring,
    assert_no_password_in,
    pw_url,
)


@pytest.fixture
def ring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
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


@pytest.mark.skipif(not PG_URL or not os.environ.get("KURSVERK_PG_DATA"),
                    reason="needs the throw-away PostgreSQL of .ci/pg-start")
def test_sync_button_asks_for_the_password_and_keeps_it_only_in_the_keyring(
    qtbot, tmp_path, pw_url, ring  # noqa: F811
):
    from PySide6.QtCore import QSettings, Qt, QTimer

    from content.sync import credentials, team
    from db.engine import open_library
    from gui.context import AppContext
    from gui.main_window import MainWindow
    from tests.gui.conftest import wait_idle

    credentials.set_password_prompt(lambda *_a: (SECRET, False))
    team.clone(pw_url, tmp_path / "copy.sqlite")
    credentials.set_password_prompt(None)
    i18n.install("en")
    ctx = AppContext(open_library(tmp_path / "copy.sqlite"),
                     QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     author="anne")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.team_status.isVisible, timeout=10000)
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.label.text())
        dialog.findChild(QLineEdit).setText(SECRET)
        dialog.findChild(QCheckBox).setChecked(True)
        dialog.accept()

    QTimer.singleShot(300, answer)
    qtbot.mouseClick(win.team_status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.team_status._busy, timeout=20000)
    assert len(seen) == 1
    assert credentials.login_of(pw_url) in seen[0]
    assert list(ring.store.values()) == [SECRET]
    label = win.team_status.label  # the sync went through: the role is known
    qtbot.waitUntil(lambda: "redaktør" in label.text(), timeout=10000)
    wait_idle(qtbot, ctx)
    win.close()
    ctx.close()
    i18n.install("nb")
    assert_no_password_in(tmp_path)
