"""Team library: clone and sync move many entities at once and still land exactly.

Clone copies the server's tables in bulk and sync writes hundreds of states in a few
statements (content/sync/clone.py, batch.py); these tests check what batching could break:
a clone equal to its server row for row, a push refused as a whole when one entity among
hundreds is stale, and a pull of many edits, deletes and comments landing exactly.
Skipped only when KURSVERK_TEST_PG_URL is unset.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import delete, func, select

from content import aggregates
from content.commands import AddCitation, AddRelation, CreateItem, DeleteItem, SetTags, UpdateItem
from content.curricula.commands import AddModulesToSession, AddSession, CreateCurriculum
from content.library import state_at
from content.modules.commands import CreateModule, MoveBlock
from content.review.commands import AddComment, EditComment, ReplyComment
from content.search import index as search_index
from content.sync import team
from content.sync.local import COMMENT, entity_state
from content.undo import UndoHistory
from db.models import (
    Asset,
    ChangeLog,
    ContentItem,
    ItemLabel,
    Module,
    ReviewComment,
    Revision,
)
from tests.conftest import PG_URL
from tests.content.sync.test_team import clone, server, server_url  # noqa: F401

if TYPE_CHECKING:
    from pathlib import Path

    from db.engine import Library

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)


def _snapshot(lib: Library, *, stamps: bool) -> dict[str, Any]:
    """Return everything a copy holds that sync or clone must carry, comparable."""
    out: dict[str, Any] = {}
    with lib.read_sessions() as s:
        for etype, cls in aggregates.ENTITY_CLASSES.items():
            for obj in s.scalars(select(cls)):
                state = aggregates.state_of(etype, obj)
                # the newest revision holds exactly the entity (a bulk write too)
                assert state_at(s, etype, obj.id, obj.revision) == state, (etype, obj.id)
                extra = (
                    (obj.revision, obj.created_at, obj.created_by, obj.updated_at,
                     obj.updated_by, obj.deleted_at)
                    if stamps else ()
                )
                out[f"{etype} {obj.id}"] = (state, *extra)
        out["comments"] = {
            c.id: entity_state(COMMENT, c) for c in s.scalars(select(ReviewComment))
        }
        out["assets"] = {a.id: (a.name, a.sha256, a.data) for a in s.scalars(select(Asset))}
        out["labels"] = set(s.execute(select(ItemLabel.item_id, ItemLabel.facet,
                                             ItemLabel.value)).all())
        out["indexed"] = search_index.indexed_ids(s)
        if stamps:
            out["revisions"] = {
                (r.entity_type, r.entity_id, r.revision): (
                    r.author, r.action, r.changed_at,
                    state_at(s, r.entity_type, r.entity_id, r.revision),
                )
                for r in s.scalars(select(Revision))
            }
    return out


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (3, 2), "blue").save(buf, "PNG")
    return buf.getvalue()


def _revision(lib: Library, cls: Any, entity_id: str) -> int:
    with lib.read_sessions() as s:
        obj = s.get(cls, entity_id)
        assert obj is not None
        return int(obj.revision)


def test_a_clone_holds_exactly_what_the_server_holds(
    server: Library, server_url: str, tmp_path: Path  # noqa: F811
) -> None:
    from content.items.assets import add_asset

    h = UndoHistory(server.sessions, "seed")
    made = [
        CreateItem(values={"kind": "source" if n == 2 else "finding", "title": f"Funn {n}",
                           "tags": ["helse", f"t{n}"], "audiences": ["ledere"],
                           "body": f"Tekst {n} om æøå."})
        for n in range(6)
    ]
    for cmd in made:
        h.run(cmd)
    ids = [c.entity_id for c in made]
    h.run(AddRelation(entity_id=ids[0], target_id=ids[1], note="se også"))
    h.run(AddCitation(entity_id=ids[0], source_id=ids[2], locator="s. 4"))
    h.run(UpdateItem(entity_id=ids[3], values={"summary": "Endret."}))
    h.run(DeleteItem(entity_id=ids[4]))
    module = CreateModule(values={"title": "Modul", "sections": [
        {"id": "s1", "title": "Del 1", "blocks": [
            {"id": "b1", "block_type": "item", "item_id": ids[0]},
            {"id": "b2", "block_type": "text", "text": "to", "trainer_only": True},
        ]},
    ]})
    h.run(module)
    cur = CreateCurriculum(values={"title": "Program", "edition_date": "2026-03-01"})
    h.run(cur)
    h.run(AddSession(entity_id=cur.entity_id, expected_revision=1, session_id="m1",
                     title="Samling 1", session_date="2026-04-02", start_time="09:00"))
    h.run(AddModulesToSession(entity_id=cur.entity_id, expected_revision=2, session_id="m1",
                              module_ids=[module.entity_id]))
    first = AddComment(target_id=ids[0], text="Kilde?", author="anne")
    h.run(first)
    h.run(ReplyComment(parent_id=first.entity_id, text="Ja.", author="ola"))
    with server.sessions.begin() as s:
        add_asset(s, "blå.png", _png(), "seed")

    a = clone(server_url, tmp_path, "a")
    try:
        assert _snapshot(a, stamps=True) == _snapshot(server, stamps=True)
        assert len(_snapshot(a, stamps=False)["indexed"]) == 5  # the deleted one is not
        st = team.status(a)
        assert (st.waiting, st.conflicts) == (0, [])  # comments have their base too
        report = team.sync(a)
        assert (report.pushed, report.pulled, report.merged, report.assets) == (0, 0, 0, 0)
        with a.read_sessions() as s:
            assert s.connection().exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        a.dispose()


def _create_items(lib: Library, count: int) -> list[str]:
    h = UndoHistory(lib.sessions, "a")
    cmds = [CreateItem(values={"kind": "finding", "title": f"Sak {n}", "body": f"Tekst {n}."})
            for n in range(count)]
    for cmd in cmds:
        h.run(cmd)
    return [c.entity_id for c in cmds]


def _feed_length(lib: Library) -> int:
    with lib.read_sessions() as s:
        return int(s.execute(select(func.count()).select_from(ChangeLog)).scalar() or 0)


def test_a_push_with_one_stale_entity_among_500_is_refused_as_a_whole(
    server: Library, server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    a = clone(server_url, tmp_path, "a")
    try:
        ids = _create_items(a, 500)
        assert team.sync(a).pushed == 500
        h = UndoHistory(a.sessions, "a")
        for i in ids:
            h.run(UpdateItem(entity_id=i, values={"summary": "Fra A."}))
        stale = ids[250]
        UndoHistory(server.sessions, "kari").run(
            UpdateItem(entity_id=stale, values={"title": "Endret på serveren"})
        )
        feed = _feed_length(server)

        real = team.preload

        def stale_read(session: Any, keys: Any, **kw: Any) -> Any:
            """Read the server as it was before kari's edit, for one entity."""
            from sqlalchemy.orm.attributes import set_committed_value

            found = real(session, keys, **kw)
            if ("item", stale) in found:
                set_committed_value(found[("item", stale)], "revision", 1)
            return found

        monkeypatch.setattr(team, "preload", stale_read)
        with pytest.raises(team.TeamError, match="nothing was sent"):
            team.sync(a)
        monkeypatch.undo()
        with server.read_sessions() as s:
            summaries = set(s.scalars(select(ContentItem.summary).where(ContentItem.id.in_(ids))))
        assert summaries == {""}  # not one of the 500 was applied
        assert _feed_length(server) == feed
        assert item_title(server, stale) == "Endret på serveren"
        assert team.status(a).waiting == 500

        report = team.sync(a)
        assert (report.pushed, report.merged, report.conflicts) == (499, 1, [])
        with server.read_sessions() as s:
            summaries = set(s.scalars(select(ContentItem.summary).where(ContentItem.id.in_(ids))))
        assert summaries == {"Fra A."}
        assert item_title(server, stale) == item_title(a, stale) == "Endret på serveren"
        assert team.status(a).waiting == 0
    finally:
        a.dispose()


def item_title(lib: Library, item_id: str) -> str:
    with lib.read_sessions() as s:
        obj = s.get(ContentItem, item_id)
        assert obj is not None
        return obj.title


def test_a_pull_of_many_edits_deletes_and_comments_lands_exactly(
    server: Library, server_url: str, tmp_path: Path  # noqa: F811
) -> None:
    from content.items.assets import add_asset

    a, b = clone(server_url, tmp_path, "a"), clone(server_url, tmp_path, "b")
    try:
        ids = _create_items(a, 300)
        h = UndoHistory(a.sessions, "a")
        module = CreateModule(values={"title": "Modul", "sections": [
            {"id": "s1", "title": "Del 1", "blocks": [
                {"id": "b1", "block_type": "item", "item_id": ids[0]},
                {"id": "b2", "block_type": "text", "text": "to"},
            ]},
            {"id": "s2", "title": "Del 2", "blocks": []},
        ]})
        h.run(module)
        team.sync(a)
        assert team.sync(b).pulled == 301  # the new ones, written in bulk here too
        assert _snapshot(b, stamps=False) == _snapshot(a, stamps=False)

        for n, i in enumerate(ids[:150]):
            h.run(UpdateItem(entity_id=i, values={"body": f"Ny tekst {n}.", "status": "approved"}))
        for i in ids[150:180]:
            h.run(DeleteItem(entity_id=i))
        for i in ids[180:200]:
            h.run(SetTags(entity_id=i, tags=["nytt", "merke"]))
        h.run(AddRelation(entity_id=ids[0], target_id=ids[1]))
        source = CreateItem(values={"kind": "source", "title": "Rapport"})
        h.run(source)
        h.run(AddCitation(entity_id=ids[0], source_id=source.entity_id, locator="s. 9"))
        h.run(MoveBlock(entity_id=module.entity_id,
                        expected_revision=_revision(a, Module, module.entity_id),
                        block_id="b2", to_section_id="s2"))
        comments = [AddComment(target_id=i, text=f"Kommentar til {i[:4]}", author="anne")
                    for i in ids[:40]]
        for c in comments:
            h.run(c)
        replies = [ReplyComment(parent_id=c.entity_id, text="Svar.", author="anne")
                   for c in comments[:10]]
        for r in replies:
            h.run(r)
        with a.sessions.begin() as s:
            asset_id = add_asset(s, "blå.png", _png(), "a")
        team.sync(a)
        report = team.sync(b)
        assert report.conflicts == []
        assert report.pulled == 150 + 30 + 20 + 1 + 1 + 50  # items, source, module, comments
        assert report.assets == 1
        team.sync(a)
        want = _snapshot(a, stamps=False)
        assert _snapshot(b, stamps=False) == want
        assert _snapshot(server, stamps=False) == want
        assert asset_id in want["assets"]
        with b.read_sessions() as s:
            assert s.get(ContentItem, ids[160]).deleted_at is not None  # type: ignore[union-attr]
        for lib in (a, b):
            assert team.status(lib).waiting == 0
        # a comment edited on B after the pull goes back as one change
        with b.read_sessions() as s:
            rev = s.get(ReviewComment, comments[0].entity_id).revision  # type: ignore[union-attr]
        UndoHistory(b.sessions, "anne").run(
            EditComment(entity_id=comments[0].entity_id, expected_revision=rev,
                        text="Kommentar, presisert.", by="anne")
        )
        assert team.sync(b).pushed == 1
        team.sync(a)
        assert _snapshot(a, stamps=False) == _snapshot(b, stamps=False)
    finally:
        a.dispose()
        b.dispose()


def test_an_edit_made_while_a_sync_runs_goes_at_the_next_sync(
    server: Library, server_url: str, tmp_path: Path  # noqa: F811
) -> None:
    a = clone(server_url, tmp_path, "a")
    try:
        first, second = _create_items(a, 2)
        team.sync(a)
        UndoHistory(a.sessions, "a").run(UpdateItem(entity_id=first, values={"summary": "En."}))

        def meanwhile(at: str) -> None:
            if at == "between":  # after the server's commit, before the local transaction
                UndoHistory(a.sessions, "a").run(
                    UpdateItem(entity_id=second, values={"summary": "To."})
                )

        assert team.sync(a, fault=meanwhile).pushed == 1
        assert team.status(a).waiting == 1
        assert team.sync(a).pushed == 1
        with server.read_sessions() as s:
            got = dict(s.execute(select(ContentItem.id, ContentItem.summary)
                                 .where(ContentItem.id.in_([first, second]))).all())
        assert got == {first: "En.", second: "To."}
        assert team.status(a).waiting == 0
    finally:
        a.dispose()


def test_a_working_copy_without_a_revision_mark_still_finds_its_changes(
    server: Library, server_url: str, tmp_path: Path  # noqa: F811
) -> None:
    from db.models import LibraryMeta

    a = clone(server_url, tmp_path, "a")
    try:
        first, second = _create_items(a, 2)
        team.sync(a)
        UndoHistory(a.sessions, "a").run(UpdateItem(entity_id=first, values={"summary": "En."}))
        with a.sessions.begin() as s:  # as a copy cloned before the mark was kept
            s.execute(delete(LibraryMeta).where(LibraryMeta.key == "team.revision_mark"))
        assert team.status(a).waiting == 1
        assert team.sync(a).pushed == 1
        UndoHistory(a.sessions, "a").run(UpdateItem(entity_id=second, values={"summary": "To."}))
        assert team.status(a).waiting == 1  # with the mark the sync kept
        assert team.sync(a).pushed == 1
        assert item_summary(server, first) == "En."
        assert item_summary(server, second) == "To."
    finally:
        a.dispose()


def item_summary(lib: Library, item_id: str) -> str:
    with lib.read_sessions() as s:
        obj = s.get(ContentItem, item_id)
        assert obj is not None
        return obj.summary
