"""Concurrent writers lose nothing; stale writes are refused, never applied."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from content.commands import CreateItem, UpdateItem
from content.errors import StaleWriteError
from content.undo import UndoHistory
from db.models import ContentItem, Revision

if TYPE_CHECKING:
    from db.engine import Library

ROOT = Path(__file__).resolve().parents[2]

WORKER = textwrap.dedent("""
    import sys
    from db.engine import open_library
    from db.models import ContentItem
    from content.commands import UpdateItem
    from content.undo import UndoHistory
    from content.errors import StaleWriteError

    url, item_id, rounds, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    lib = open_library(url)
    hist = UndoHistory(lib.sessions, "worker")
    done = 0
    while done < rounds:
        if mode == "raw":
            # read-modify-write in one transaction: must not lose updates
            with lib.sessions.begin() as s:
                item = s.get(ContentItem, item_id)
                item.fields = {"context": str(int(item.fields.get("context") or 0) + 1)}
            done += 1
        else:
            # the app's path: optimistic check against the revision read just before
            with lib.read_sessions() as s:
                item = s.get(ContentItem, item_id)
                rev, value = item.revision, int(item.fields.get("context") or 0)
            try:
                hist.run(UpdateItem(entity_id=item_id, expected_revision=rev,
                                    values={"fields": {"context": str(value + 1)}}))
                done += 1
            except StaleWriteError:
                pass  # somebody else won this round: re-read and try again
    lib.dispose()
""")


def _spawn(url: str, item_id: str, rounds: int, mode: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, url, item_id, str(rounds), mode],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )


def _item(hist: UndoHistory) -> str:
    cmd = CreateItem(values={"kind": "finding", "title": "Teller", "fields": {"context": "0"}})
    hist.run(cmd)
    return cmd.entity_id


@pytest.mark.parametrize("mode", ["raw", "command"])
def test_concurrent_writers_from_several_processes_lose_nothing(
    store: Library, store_hist: UndoHistory, mode: str
) -> None:
    if mode == "raw" and not store.is_sqlite:
        pytest.skip("plain read-modify-write without a row lock is SQLite's write-lock test")
    item_id = _item(store_hist)
    procs, rounds = 4, 15
    workers = [_spawn(store.url, item_id, rounds, mode) for _ in range(procs)]
    for w in workers:
        _, err = w.communicate(timeout=240)
        assert w.returncode == 0, err.decode()
    with store.sessions() as s:
        item = s.get(ContentItem, item_id)
        assert item.fields["context"] == str(procs * rounds)
        if mode == "command":
            revs = s.query(Revision).filter_by(entity_id=item_id).count()
            assert item.revision == 1 + procs * rounds == revs


def test_stale_write_is_refused_and_not_applied(store: Library, store_hist: UndoHistory) -> None:
    item_id = _item(store_hist)
    other = UndoHistory(store.sessions, "someone else")
    other.run(UpdateItem(entity_id=item_id, expected_revision=1, values={"title": "Nyere tittel"}))
    with pytest.raises(StaleWriteError, match="changed elsewhere"):
        store_hist.run(
            UpdateItem(entity_id=item_id, expected_revision=1, values={"title": "Min tittel"})
        )
    with store.sessions() as s:
        item = s.get(ContentItem, item_id)
        assert (item.title, item.revision) == ("Nyere tittel", 2)
    assert store_hist.status().undo == "Create item"


def test_undo_is_refused_when_someone_else_changed_the_item(
    store: Library, store_hist: UndoHistory
) -> None:
    item_id = _item(store_hist)
    store_hist.run(UpdateItem(entity_id=item_id, expected_revision=1, values={"title": "Mitt"}))
    UndoHistory(store.sessions, "other").run(
        UpdateItem(entity_id=item_id, expected_revision=2, values={"title": "Deres"})
    )
    with pytest.raises(StaleWriteError):
        store_hist.undo()
    with store.sessions() as s:
        assert s.get(ContentItem, item_id).title == "Deres"
