"""Sync in the status bar: its phase and progress, a Cancel that stops it cleanly, no freeze.

The sync is held at its first entity (a test hook on ``SyncSteps.entity``) so the test can
look at the status bar, use the window, and press Cancel mid-sync; then a second sync
finishes the job and the working copy, the server and another copy agree.
"""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests.conftest import PG_URL
from tests.gui import test_team_status as shared
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)

team_window = shared.team_window


def _titles(lib) -> dict[str, str]:
    from db.models import ContentItem

    with lib.read_sessions() as s:
        return dict(s.execute(select(ContentItem.id, ContentItem.title)).all())


def _revisions(server) -> int:
    from db.models import Revision

    with server.read_sessions() as s:
        return int(s.execute(select(func.count()).select_from(Revision)).scalar() or 0)


def _hold_the_sync(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Make the next sync stop after its first entity until ``release`` is set."""
    from content.sync import team

    reached, release = threading.Event(), threading.Event()
    entity = team.SyncSteps.entity

    def held(self, sent: bool) -> None:
        entity(self, sent)
        reached.set()
        release.wait(30)

    monkeypatch.setattr(team.SyncSteps, "entity", held)
    return reached, release


def _changes_both_ways(ctx, server, item_id: str) -> str:
    """Make three changes here and one on the server; return the server's new item."""
    from content.commands import CreateItem, UpdateItem
    from content.undo import UndoHistory

    fresh = CreateItem(values={"kind": "finding", "title": "Fra serveren"})
    UndoHistory(server.sessions, "ola").run(fresh)  # to be received
    ctx.history.run(UpdateItem(entity_id=item_id, expected_revision=1, values={"title": "Ny"}))
    for n in range(2):
        ctx.history.run(CreateItem(values={"kind": "finding", "title": f"Nytt {n}"}))
    return fresh.entity_id


def _shoot(win, qtbot, name: str) -> None:
    if shot := os.environ.get("KURSVERK_SCREENSHOT"):
        for width in (1100, 860):
            win.resize(width, 700)
            qtbot.wait(150)
            win.statusBar().grab().save(shot.replace(".png", f"-{name}-{width}.png"))


def test_sync_shows_progress_and_cancel_stops_it_cleanly_then_the_next_finishes(
    team_window, qtbot, tmp_path, monkeypatch
) -> None:
    from content.sync import team
    from db.engine import open_library
    from db.models import ContentItem

    win, ctx, server, item_id = team_window
    status = win.team_status
    other_path = tmp_path / "other.sqlite"
    team.clone(server.url, other_path)  # another copy, to agree with at the end
    fresh_id = _changes_both_ways(ctx, server, item_id)
    before = _revisions(server)

    reached, release = _hold_the_sync(monkeypatch)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    qtbot.waitUntil(lambda: status.phase_label.text() == "Sending 1 of 3…", timeout=5000)
    shown = [w.isVisible() for w in (status.phase_label, status.progress_bar,
                                     status.cancel_button, status.button)]
    assert shown == [True, True, True, False]
    assert (status.progress_bar.value(), status.progress_bar.maximum()) == (1, 3)
    # The window keeps working: a read in the database worker answers during the sync.
    got: list[str] = []
    ctx.read_async(lambda s: s.get(ContentItem, item_id).title, got.append)
    qtbot.waitUntil(lambda: got == ["Ny"], timeout=5000)
    _shoot(win, qtbot, "sync-progress")
    qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert (status.phase_label.text(), status.cancel_button.isEnabled()) == ("Cancelling…", False)
    _shoot(win, qtbot, "sync-cancelling")
    release.set()
    qtbot.waitUntil(lambda: not status.is_busy(), timeout=20000)
    assert "Sync cancelled" in win.statusBar().currentMessage()
    assert (status.button.isVisible(), status.cancel_button.isVisible()) == (True, False)
    # As if killed before the server's commit: nothing sent, nothing received.
    assert _revisions(server) == before
    assert fresh_id not in _titles(ctx.library)
    assert _titles(server)[item_id] == "Fravær"
    qtbot.waitUntil(lambda: "changes waiting: 3" in status.label.text(), timeout=10000)

    monkeypatch.undo()
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changes waiting: 0" in status.label.text(), timeout=20000)
    assert "Synced: 3 sent, 1 fetched" in win.statusBar().currentMessage()
    assert _revisions(server) == before + 3  # each change once
    other = open_library(other_path)
    try:
        team.sync(other)
        mine, theirs, on_server = _titles(ctx.library), _titles(other), _titles(server)
    finally:
        other.dispose()
    assert mine == theirs == on_server
    assert (mine[item_id], mine[fresh_id]) == ("Ny", "Fra serveren")
    wait_idle(qtbot, ctx)
