"""A sync's progress (connecting, sending, receiving, merging) and its cancel, on a real server.

A cancelled sync must leave both sides as a killed one would: the open transaction rolls
back, and the next sync finishes the job with nothing lost and nothing applied twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from content.commands import CreateItem
from content.progress import Cancelled
from content.sync import team
from content.undo import UndoHistory
from db.models import ContentItem
from tests.conftest import PG_URL
from tests.content.sync import test_team as shared

if TYPE_CHECKING:
    from db.engine import Library

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)

server_url = shared.server_url
server = shared.server
two = shared.two


def _changes_both_ways(a: Library, server: Library, item_id: str) -> tuple[str, str]:
    """Make two local changes in ``a`` and three on the server; return a new id of each."""
    pulled = [shared.seed_item(server, title=f"Fra serveren {n}") for n in range(3)]
    made = CreateItem(values={"kind": "finding", "title": "Nytt i A"})
    UndoHistory(a.sessions, "a").run(made)
    shared.edit(a, item_id, "a", title="Fravær (A)")
    return made.entity_id, pulled[0]


def test_a_sync_reports_its_phases_with_counts(
    two: tuple[Library, Library, str], server: Library
) -> None:
    a, _b, item_id = two
    _changes_both_ways(a, server, item_id)
    seen: list[tuple[str, int, int]] = []
    team.sync(a, steps=team.SyncSteps(on_progress=lambda *p: seen.append(p)))
    phases = [p for p, _, _ in seen]
    assert phases[0] == "connecting"
    assert phases.index("sending") < phases.index("merging")
    assert [p for p in dict.fromkeys(phases) if p != "receiving"] == [
        "connecting", "sending", "merging"
    ]
    assert ("sending", 2, 2) in seen
    assert ("receiving", 3, 3) in seen
    assert seen[-1] == ("merging", 5, 5)  # each entity applied here
    assert set(phases) <= set(team.SYNC_PHASES)


@pytest.mark.parametrize(
    ("phase", "done", "pushed_already"),
    [("connecting", 0, False), ("sending", 1, False), ("receiving", 2, False),
     ("merging", 0, True), ("merging", 3, True)],
)
def test_a_cancelled_sync_leaves_both_sides_as_a_killed_one_and_the_next_finishes(
    phase: str, done: int, pushed_already: bool,
    two: tuple[Library, Library, str], server: Library,
) -> None:
    a, b, item_id = two
    made_id, pulled_id = _changes_both_ways(a, server, item_id)
    before = shared._revisions_on_server(server)
    flag = {"cancel": False}

    def on_progress(name: str, n: int, _total: int) -> None:
        if (name, n) == (phase, done):
            flag["cancel"] = True  # the user presses Cancel here; the next step stops

    steps = team.SyncSteps(on_progress=on_progress, cancelled=lambda: flag["cancel"])
    with pytest.raises(Cancelled):
        team.sync(a, steps=steps)
    assert shared._revisions_on_server(server) == before + (2 if pushed_already else 0)
    with a.read_sessions() as s:
        assert s.get(ContentItem, pulled_id) is None  # the local side took nothing
    assert team.status(a).waiting == 2  # both local changes still wait
    report = team.sync(a)
    assert report.conflicts == []
    assert shared._revisions_on_server(server) == before + 2  # each change once
    team.sync(b)
    for lib in (a, b, server):
        assert shared.item_on(lib, item_id).title == "Fravær (A)"
        assert shared.item_on(lib, made_id).title == "Nytt i A"
        assert shared.item_on(lib, pulled_id).title == "Fra serveren 0"
    assert shared.item_on(server, item_id).revision == 2
    assert team.status(a).waiting == team.status(b).waiting == 0
