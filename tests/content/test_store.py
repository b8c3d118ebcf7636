"""The store's door: front ends open sessions only through content.store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content.commands import CreateItem
from content.library import get_state
from content.store import reading, undo_history, writing
from db.models import ContentItem

ROOT = Path(__file__).resolve().parents[2]
SESSION_CALL = re.compile(r"\b(library|lib|_library)\.(read_sessions|sessions)\b")


def test_front_ends_open_no_session_of_their_own():
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for folder in ("gui", "cli") for path in sorted((ROOT / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if SESSION_CALL.search(line)]
    assert not found, found


def _retitle(lib, item_id, title, fail=False):
    with writing(lib) as session:
        session.get(ContentItem, item_id).title = title
        if fail:
            raise RuntimeError(title)


def test_writing_commits_at_the_end_and_rolls_back_on_error(lib):
    history = undo_history(lib, "tester")
    cmd = CreateItem(values={"kind": "finding", "title": "Tidlig dialog"})
    history.run(cmd)
    _retitle(lib, cmd.entity_id, "Endret")
    with pytest.raises(RuntimeError):
        _retitle(lib, cmd.entity_id, "Aldri lagret", fail=True)
    with reading(lib) as session:
        assert get_state(session, "item", cmd.entity_id)["title"] == "Endret"
