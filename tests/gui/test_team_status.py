"""The status bar of a working copy: server, last sync, changes waiting, conflicts; Sync."""

from __future__ import annotations

import os
import re
import socket
import uuid

import pytest

from tests.conftest import PG_URL
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)


@pytest.fixture
def team_window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from content.commands import CreateItem
    from content.sync import team
    from content.undo import UndoHistory
    from db.engine import open_library
    from gui import i18n
    from gui.context import AppContext
    from gui.main_window import MainWindow

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"kv_gui_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    team.init_server(url)
    server = open_library(url)
    made = CreateItem(values={"kind": "finding", "title": "Fravær"})
    UndoHistory(server.sessions, "seed").run(made)
    team.clone(url, tmp_path / "copy.sqlite")
    # English: the compiled bokmål file is cached per user, shared by every checkout.
    i18n.install("en")
    ctx = AppContext(open_library(tmp_path / "copy.sqlite"),
                     QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     author="kari")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.team_status.isVisible, timeout=10000)
    yield win, ctx, server, made.entity_id
    wait_idle(qtbot, ctx)
    ctx.close()
    i18n.install("nb")
    server.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for role in ("redaktor", "gransker", "administrator"):
            conn.execute(text(f'DROP ROLE IF EXISTS "kv_{name}_{role}"'))
    admin.dispose()


def test_the_status_bar_shows_changes_waiting_and_the_sync_button_sends_them(
    team_window, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from content.changes import Changes
    from content.commands import UpdateItem
    from db.models import ContentItem

    win, ctx, server, item_id = team_window
    assert "changes waiting: 0" in win.team_status.label.text()
    # the date as the UI language writes it (English here: «6 Dec 2026 14:19»), not ISO
    assert re.search(r"last sync \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d ·",
                     win.team_status.label.text())
    assert win.team_status.button.text() == "Sync"
    ctx.history.run(UpdateItem(entity_id=item_id, expected_revision=1, values={"title": "Ny"}))
    ctx.after_change(Changes(items=True), None)
    label = win.team_status.label
    qtbot.waitUntil(lambda: "changes waiting: 1" in label.text(), timeout=10000)
    if shot := os.environ.get("KURSVERK_SCREENSHOT"):
        win.resize(1100, 700)
        win.grab().save(shot)
    qtbot.mouseClick(win.team_status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changes waiting: 0" in label.text(), timeout=20000)
    assert "Synced: 1 sent" in win.statusBar().currentMessage()
    with server.read_sessions() as s:
        got = s.get(ContentItem, item_id)
        assert got is not None
        assert got.title == "Ny"


def test_an_unreachable_server_shows_offline_and_keeps_the_changes(
    team_window, qtbot, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from sqlalchemy import text

    win, ctx, _server, _item = team_window
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        with ctx.library.sessions.begin() as s:
            s.execute(text("UPDATE library_meta SET value = :v WHERE key = 'team.server'"),
                      {"v": f"postgresql+psycopg://x@127.0.0.1:{silent.getsockname()[1]}/x"})
        monkeypatch.setenv("KURSVERK_CONNECT_TIMEOUT", "1")
        qtbot.mouseClick(win.team_status.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "offline" in win.team_status.label.text(), timeout=15000)
    finally:
        silent.close()
    assert "offline" in win.statusBar().currentMessage()


def test_a_plain_library_shows_no_team_status(window, qtbot, ctx) -> None:
    wait_idle(qtbot, ctx)
    assert not window.team_status.isVisible()


def test_a_conflict_is_shown_side_by_side_and_resolved_in_the_gui(
    team_window, qtbot, tmp_path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit

    from content.commands import UpdateItem
    from content.sync import team
    from content.undo import UndoHistory
    from db.engine import open_library
    from db.models import ContentItem

    win, ctx, server, item_id = team_window
    url = server.url
    other = tmp_path / "other.sqlite"
    team.clone(url, other)
    lib = open_library(other)
    UndoHistory(lib.sessions, "ola").run(
        UpdateItem(entity_id=item_id, expected_revision=1, values={"summary": "Deres tekst"})
    )
    team.sync(lib)
    lib.dispose()
    ctx.history.run(
        UpdateItem(entity_id=item_id, expected_revision=1, values={"summary": "Min tekst"})
    )
    qtbot.mouseClick(win.team_status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(win.team_status.conflicts_button.isVisible, timeout=20000)
    qtbot.mouseClick(win.team_status.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = win.team_status.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    texts = {v.objectName(): v.toPlainText() for v in dialog.findChildren(QPlainTextEdit)}
    assert texts["conflict_mine"] == "Min tekst"
    assert texts["conflict_theirs"] == "Deres tekst"
    if shot := os.environ.get("KURSVERK_SCREENSHOT"):
        dialog.grab().save(shot.replace(".png", "-conflict.png"))
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10000)
    qtbot.waitUntil(lambda: not win.team_status.conflicts_button.isVisible(), timeout=10000)
    with ctx.library.read_sessions() as s:
        got = s.get(ContentItem, item_id)
        assert got is not None
        assert got.summary == "Deres tekst"
    dialog.close()
