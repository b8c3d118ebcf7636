"""Every command: run, undo, redo, checking the store and the returned Changes each time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from content import commands as ic
from content.curricula import commands as cc
from content.library import get_state
from content.modules import commands as mc

if TYPE_CHECKING:
    from content.undo import UndoHistory
    from db.engine import Library


@dataclass
class World:
    """A small library: a source, a barrier, a measure, a module and a curriculum."""

    source: str
    barrier: str
    measure: str
    module: str
    section: str
    section2: str
    blocks: list[str]
    curriculum: str
    session1: str
    session2: str
    entry: str
    module_rev: int  # the revisions the world ends at (structural commands carry them)
    curriculum_rev: int


def _world(hist: UndoHistory) -> World:
    src = ic.CreateItem(
        values={"kind": "source", "title": "NIBR-rapport", "fields": {"authors": ["Onsager, Knut"]}}
    )
    bar = ic.CreateItem(values={"kind": "barrier", "title": "Lite kapasitet"})
    mea = ic.CreateItem(values={"kind": "measure", "title": "Styrke kompetansen"})
    for c in (src, bar, mea):
        hist.run(c)
    mod = mc.CreateModule(
        values={"title": "Vertskapskommunen", "sections": [{"title": "Del 1"}, {"title": "Del 2"}]}
    )
    hist.run(mod)
    st = _state(hist, "module", mod.entity_id)
    s1, s2 = st["sections"][0]["id"], st["sections"][1]["id"]
    add = mc.AddBlocks(
        entity_id=mod.entity_id,
        expected_revision=1,
        section_id=s1,
        blocks=[
            {"item_id": bar.entity_id},
            {"item_id": mea.entity_id, "display": "summary"},
            {
                "block_type": "exercise",
                "exercise_kind": "reflection",
                "text": "Tenk",
                "minutes": 10,
            },
        ],
    )
    hist.run(add)
    cur = cc.CreateCurriculum(
        values={
            "title": "Folkevalgtprogrammet",
            "sessions": [
                {
                    "title": "Samling 1",
                    "date": "2027-01-12",
                    "start_time": "09:00",
                    "modules": [mod.entity_id],
                },
                {"title": "Samling 2"},
            ],
        }
    )
    hist.run(cur)
    cst = _state(hist, "curriculum", cur.entity_id)
    return World(
        src.entity_id,
        bar.entity_id,
        mea.entity_id,
        mod.entity_id,
        s1,
        s2,
        add.block_ids,
        cur.entity_id,
        cst["sessions"][0]["id"],
        cst["sessions"][1]["id"],
        cst["sessions"][0]["modules"][0]["id"],
        _state(hist, "module", mod.entity_id)["revision"],
        cst["revision"],
    )


def _state(hist: UndoHistory, etype: str, eid: str) -> dict[str, Any]:
    return hist.query(lambda s: get_state(s, etype, eid))


def _strip(state: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in state.items()
        if k not in {"revision", "updated_at", "updated_by", "created_at", "created_by"}
    }


Case = tuple[str, str, Callable[[World], Any], Callable[[dict[str, Any], World], bool]]

CASES: list[Case] = [
    (
        "item",
        "measure",
        lambda w: ic.UpdateItem(
            entity_id=w.measure,
            values={"title": "Styrke kompetansen i kommunene", "tags": ["kapasitet"]},
        ),
        lambda s, w: s["title"].endswith("kommunene") and s["tags"] == ["kapasitet"],
    ),
    (
        "item",
        "measure",
        lambda w: ic.SetItemStatus(entity_id=w.measure, status="approved"),
        lambda s, w: s["status"] == "approved",
    ),
    (
        "item",
        "measure",
        lambda w: ic.RetireItem(entity_id=w.measure),
        lambda s, w: s["status"] == "retired",
    ),
    (
        "item",
        "measure",
        lambda w: ic.DeleteItem(entity_id=w.measure),
        lambda s, w: s["deleted"] is True,
    ),
    (
        "item",
        "measure",
        lambda w: ic.AddRelation(
            entity_id=w.measure, relation_type="addresses", target_id=w.barrier
        ),
        lambda s, w: (
            [(r["type"], r["target_id"]) for r in s["relations"]] == [("addresses", w.barrier)]
        ),
    ),
    (
        "item",
        "measure",
        lambda w: ic.AddCitation(entity_id=w.measure, source_id=w.source, locator="s. 12"),
        lambda s, w: (
            [(c["source_id"], c["locator"]) for c in s["citations"]] == [(w.source, "s. 12")]
        ),
    ),
    (
        "item",
        "measure",
        lambda w: ic.SetTags(entity_id=w.measure, tags=[" næring ", "næring"]),
        lambda s, w: s["tags"] == ["næring"],
    ),
    (
        "module",
        "module",
        lambda w: mc.UpdateModule(
            entity_id=w.module, values={"objectives": ["Forstå rollen"], "duration_minutes": 90}
        ),
        lambda s, w: s["objectives"] == ["Forstå rollen"] and s["duration_minutes"] == 90,
    ),
    (
        "module",
        "module",
        lambda w: mc.AddSection(
            entity_id=w.module, expected_revision=w.module_rev, title="Del 0", index=0
        ),
        lambda s, w: [x["title"] for x in s["sections"]] == ["Del 0", "Del 1", "Del 2"],
    ),
    (
        "module",
        "module",
        lambda w: mc.RenameSection(
            entity_id=w.module,
            expected_revision=w.module_rev,
            section_id=w.section,
            title="Innledning",
        ),
        lambda s, w: s["sections"][0]["title"] == "Innledning",
    ),
    (
        "module",
        "module",
        lambda w: mc.RemoveSection(
            entity_id=w.module, expected_revision=w.module_rev, section_id=w.section
        ),
        lambda s, w: [x["title"] for x in s["sections"]] == ["Del 2"],
    ),
    (
        "module",
        "module",
        lambda w: mc.MoveSection(
            entity_id=w.module, expected_revision=w.module_rev, section_id=w.section2, index=0
        ),
        lambda s, w: [x["title"] for x in s["sections"]] == ["Del 2", "Del 1"],
    ),
    (
        "module",
        "module",
        lambda w: mc.AddBlocks(
            entity_id=w.module,
            expected_revision=w.module_rev,
            section_id=w.section2,
            blocks=[{"block_type": "trainer_note", "text": "Husk pausen"}],
        ),
        lambda s, w: [b["text"] for b in s["sections"][1]["blocks"]] == ["Husk pausen"],
    ),
    (
        "module",
        "module",
        lambda w: mc.UpdateBlock(
            entity_id=w.module,
            expected_revision=w.module_rev,
            block_id=w.blocks[0],
            values={"display": "title", "minutes": 5, "pinned_revision": 1},
        ),
        lambda s, w: (
            (
                s["sections"][0]["blocks"][0]["display"],
                s["sections"][0]["blocks"][0]["pinned_revision"],
            )
            == ("title", 1)
        ),
    ),
    (
        "module",
        "module",
        lambda w: mc.MoveBlock(
            entity_id=w.module,
            expected_revision=w.module_rev,
            block_id=w.blocks[0],
            to_section_id=w.section2,
            index=0,
        ),
        lambda s, w: (
            [b["id"] for b in s["sections"][1]["blocks"]] == [w.blocks[0]]
            and len(s["sections"][0]["blocks"]) == 2
        ),
    ),
    (
        "module",
        "module",
        lambda w: mc.MoveBlock(
            entity_id=w.module, expected_revision=w.module_rev, block_id=w.blocks[2], index=0
        ),
        lambda s, w: (
            [b["id"] for b in s["sections"][0]["blocks"]] == [w.blocks[2], w.blocks[0], w.blocks[1]]
        ),
    ),
    (
        "module",
        "module",
        lambda w: mc.RemoveBlock(
            entity_id=w.module, expected_revision=w.module_rev, block_id=w.blocks[1]
        ),
        lambda s, w: [b["id"] for b in s["sections"][0]["blocks"]] == [w.blocks[0], w.blocks[2]],
    ),
    (
        "module",
        "module",
        lambda w: mc.DeleteModule(entity_id=w.module),
        lambda s, w: s["deleted"] is True,
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.UpdateCurriculum(
            entity_id=w.curriculum, values={"edition": "2027", "edition_date": "2027-01-01"}
        ),
        lambda s, w: (s["edition"], s["edition_date"]) == ("2027", "2027-01-01"),
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.AddSession(
            entity_id=w.curriculum,
            expected_revision=w.curriculum_rev,
            title="Samling 3",
            start_time="10:30",
        ),
        lambda s, w: s["sessions"][-1]["start_time"] == "10:30",
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.UpdateSession(
            entity_id=w.curriculum,
            expected_revision=w.curriculum_rev,
            session_id=w.session2,
            values={"date": "2027-03-01"},
        ),
        lambda s, w: s["sessions"][1]["date"] == "2027-03-01",
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.RemoveSession(
            entity_id=w.curriculum, expected_revision=w.curriculum_rev, session_id=w.session1
        ),
        lambda s, w: [x["title"] for x in s["sessions"]] == ["Samling 2"],
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.MoveSession(
            entity_id=w.curriculum,
            expected_revision=w.curriculum_rev,
            session_id=w.session2,
            index=0,
        ),
        lambda s, w: [x["title"] for x in s["sessions"]] == ["Samling 2", "Samling 1"],
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.AddModulesToSession(
            entity_id=w.curriculum,
            expected_revision=w.curriculum_rev,
            session_id=w.session2,
            module_ids=[w.module],
        ),
        lambda s, w: [m["module_id"] for m in s["sessions"][1]["modules"]] == [w.module],
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.MoveSessionModule(
            entity_id=w.curriculum,
            expected_revision=w.curriculum_rev,
            entry_id=w.entry,
            to_session_id=w.session2,
            index=0,
        ),
        lambda s, w: not s["sessions"][0]["modules"] and len(s["sessions"][1]["modules"]) == 1,
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.RemoveSessionModule(
            entity_id=w.curriculum, expected_revision=w.curriculum_rev, entry_id=w.entry
        ),
        lambda s, w: not s["sessions"][0]["modules"],
    ),
    (
        "curriculum",
        "curriculum",
        lambda w: cc.DeleteCurriculum(entity_id=w.curriculum),
        lambda s, w: s["deleted"] is True,
    ),
]


@pytest.mark.parametrize(
    ("etype", "attr", "make", "check"), CASES, ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(CASES)]
)
def test_command_run_undo_redo(
    store_hist: UndoHistory,
    etype: str,
    attr: str,
    make: Callable[[World], Any],
    check: Callable[[dict[str, Any], World], bool],
) -> None:
    hist = store_hist
    w = _world(hist)
    eid = getattr(w, attr)
    before = _state(hist, etype, eid)
    cmd = make(w)
    changes = hist.run(cmd)
    assert eid in changes.ids
    assert getattr(
        changes, {"item": "items", "module": "modules", "curriculum": "curricula"}[etype]
    )
    after = _state(hist, etype, eid)
    assert check(after, w)
    assert after["revision"] == before["revision"] + 1
    assert hist.status().undo == cmd.label

    undo_changes = hist.undo()
    assert undo_changes == changes
    undone = _state(hist, etype, eid)
    assert _strip(undone) == _strip(before)
    assert not check(undone, w)
    assert hist.status().redo == cmd.label

    hist.redo()
    redone = _state(hist, etype, eid)
    assert _strip(redone) == _strip(after)
    assert redone["revision"] == before["revision"] + 3


def test_create_undo_is_a_tombstone_and_redo_restores(store_hist: UndoHistory) -> None:
    cmd = ic.CreateItem(values={"kind": "finding", "title": "Nytt funn", "body": "Tekst"})
    store_hist.run(cmd)
    store_hist.undo()
    assert _state(store_hist, "item", cmd.entity_id)["deleted"] is True
    store_hist.redo()
    state = _state(store_hist, "item", cmd.entity_id)
    assert (state["deleted"], state["body"], state["revision"]) == (False, "Tekst", 3)


def test_restore_revision_and_history(store_hist: UndoHistory, store: Library) -> None:
    from content.library import history, state_at

    cmd = ic.CreateItem(values={"kind": "finding", "title": "Første"})
    store_hist.run(cmd)
    store_hist.run(ic.UpdateItem(entity_id=cmd.entity_id, values={"title": "Andre"}))
    store_hist.run(ic.RestoreItemRevision(entity_id=cmd.entity_id, revision=1))
    assert _state(store_hist, "item", cmd.entity_id)["title"] == "Første"
    with store.sessions() as s:
        revs = history(s, "item", cmd.entity_id)
        assert [r.revision for r in revs] == [3, 2, 1]
        assert revs[0].author == "tester"
        assert state_at(s, "item", cmd.entity_id, 2)["title"] == "Andre"


def test_invalid_values_name_the_field_and_store_nothing(
    store_hist: UndoHistory, store: Library
) -> None:
    from content.errors import ValidationError
    from content.library import counts

    with pytest.raises(ValidationError) as err:
        store_hist.run(
            ic.CreateItem(
                values={"kind": "indicator", "title": "Andel bedrifter", "fields": {"unit": ""}}
            )
        )
    assert "fields.unit" in str(err.value)
    assert "fields.definition" in str(err.value)
    w = _world(store_hist)
    with pytest.raises(ValidationError, match="cannot «addresses»"):
        store_hist.run(
            ic.AddRelation(entity_id=w.barrier, relation_type="addresses", target_id=w.measure)
        )
    with store.sessions() as s:
        assert counts(s)["item"] == 3
    assert store_hist.status().undo == "Create curriculum"


def test_durations_are_summed(store_hist: UndoHistory, store: Library) -> None:
    from content.library import list_curricula, list_modules

    w = _world(store_hist)
    store_hist.run(
        mc.UpdateBlock(
            entity_id=w.module,
            expected_revision=w.module_rev,
            block_id=w.blocks[0],
            values={"minutes": 20},
        )
    )
    with store.sessions() as s:
        assert [m.minutes for m in list_modules(s)] == [30]
        assert [c.minutes for c in list_curricula(s)] == [30]
