"""Each rule in its one home, checked where a user meets it (issue 10; issue 14, point 5).

These tests are the guards against the mutations named in issue 10: a raised module-minutes
limit, an item allowed to relate to itself, an undo without its revision check, and
structural commands that act on whatever the newest state is.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from content import commands as ic
from content.bundle import BundleError, export_bundle, import_bundle, schema
from content.curricula import commands as cc
from content.errors import StaleWriteError, ValidationError
from content.exports.snapshot import BlockSnapshot, ModuleSnapshot, SectionSnapshot
from content.library import get_state, list_modules
from content.modules import commands as mc
from content.modules.minutes import MAX_MODULE_MINUTES, module_minutes
from content.undo import UndoHistory
from db.engine import Library, open_library
from tests.builders import new_item, new_module

if TYPE_CHECKING:
    from pathlib import Path

# -- helpers ----------------------------------------------------------------------------------


def _state(hist: UndoHistory, etype: str, eid: str) -> dict[str, Any]:
    return hist.query(lambda s: get_state(s, etype, eid))


def _module(hist: UndoHistory, **values: Any) -> str:
    return new_module(hist, **values)


def _item(hist: UndoHistory, kind: str = "measure", title: str = "Styrke kompetansen") -> str:
    return new_item(hist, kind, title)


def _count(hist: UndoHistory, etype: str) -> int:
    from content.library import counts

    return int(hist.query(counts)[etype])


def _problems(err: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return dict(err.value.problems)


def _rewrite(path: Path, target: Path, member: str, change: Callable[[Any], None]) -> None:
    """Copy a bundle with one JSON member edited, the manifest's digests fixed."""
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    data = json.loads(members[member])
    change(data)
    members[member] = json.dumps(data, ensure_ascii=False).encode()
    manifest = json.loads(members["manifest.json"])
    for m in manifest["members"]:
        m["sha256"] = hashlib.sha256(members[m["name"]]).hexdigest()
        m["size"] = len(members[m["name"]])
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, raw in members.items():
            zf.writestr(name, raw)


def _export(lib: Library, path: Path) -> Path:
    with lib.sessions.begin() as s:
        export_bundle(s, path)
    return path


def _refused_import(lib: Library, path: Path) -> str:
    """Import a bundle that must be refused; return the message, checking nothing was written."""
    with lib.sessions.begin() as s:
        before = {m.id for m in list_modules(s, include_deleted=True)}
    with pytest.raises(BundleError) as err, lib.sessions.begin() as s:
        import_bundle(s, path)
    with lib.sessions.begin() as s:
        assert {m.id for m in list_modules(s, include_deleted=True)} == before
    return str(err.value)


@pytest.fixture
def other_lib(tmp_path: Path) -> Any:
    library = open_library(tmp_path / "other.sqlite")
    yield library
    library.dispose()


# -- module minutes: 0..1440 -------------------------------------------------------------------


def test_module_duration_of_1440_is_accepted_and_1441_refused(hist: UndoHistory) -> None:
    mid = _module(hist, duration_minutes=1440)
    assert _state(hist, "module", mid)["duration_minutes"] == 1440
    with pytest.raises(ValidationError) as err:
        _module(hist, title="For lang", duration_minutes=1441)
    assert "1440" in _problems(err)["duration_minutes"]
    with pytest.raises(ValidationError):
        hist.run(mc.UpdateModule(entity_id=mid, values={"duration_minutes": 1441}))
    assert _state(hist, "module", mid)["duration_minutes"] == 1440
    assert _count(hist, "module") == 1


def test_block_minutes_above_1440_are_refused(hist: UndoHistory) -> None:
    mid = _module(hist, sections=[{"title": "Del 1", "blocks": [{"minutes": 1440}]}])
    state = _state(hist, "module", mid)
    block = state["sections"][0]["blocks"][0]["id"]
    with pytest.raises(ValidationError) as err:
        hist.run(
            mc.UpdateBlock(
                entity_id=mid,
                expected_revision=state["revision"],
                block_id=block,
                values={"minutes": 1441},
            )
        )
    assert "sections[0].blocks[0].minutes" in _problems(err)
    assert _state(hist, "module", mid)["sections"][0]["blocks"][0]["minutes"] == 1440


def test_blocks_may_not_add_up_to_more_than_a_day(hist: UndoHistory) -> None:
    blocks = [{"minutes": 1000}, {"minutes": 441}]
    with pytest.raises(ValidationError) as err:
        _module(hist, sections=[{"title": "Del 1", "blocks": blocks}])
    assert "1441" in _problems(err)["sections"]
    blocks[1]["minutes"] = 440
    mid = _module(hist, sections=[{"title": "Del 1", "blocks": blocks}])
    assert _state(hist, "module", mid)["revision"] == 1


def test_minutes_are_summed_alike_for_state_row_and_snapshot(hist: UndoHistory) -> None:
    blocks = [{"minutes": 10}, {"block_type": "text", "text": "x"}, {"minutes": 25}]
    mid = _module(
        hist, sections=[{"title": "A", "blocks": blocks[:2]}, {"title": "B", "blocks": blocks[2:]}]
    )
    state = _state(hist, "module", mid)
    snap = ModuleSnapshot(
        id=mid,
        title="V",
        sections=(
            SectionSnapshot("a", "A", (BlockSnapshot("1", "text", minutes=10),)),
            SectionSnapshot("b", "B", (BlockSnapshot("2", "text", minutes=25),)),
        ),
    )
    row = hist.query(list_modules)[0]
    assert module_minutes(state) == row.minutes == snap.minutes == 35
    assert module_minutes({**state, "duration_minutes": 90}) == 90


def test_bundle_schema_uses_the_module_limit() -> None:
    assert schema()["$defs"]["block"]["properties"]["minutes"]["maximum"] == MAX_MODULE_MINUTES


def test_import_of_a_million_minute_module_names_module_and_field(
    hist: UndoHistory, lib: Library, other_lib: Library, tmp_path: Path
) -> None:
    _module(hist, title="Maraton", code="M-1", duration_minutes=90)
    bad = tmp_path / "bad.kvb"
    _rewrite(
        _export(lib, tmp_path / "ok.kvb"),
        bad,
        "modules/0000.json",
        lambda mods: mods[0].update(duration_minutes=1_000_000),
    )
    message = _refused_import(other_lib, bad)
    assert "modules/0000.json, field [0].duration_minutes" in message
    assert "«Maraton»" in message
    assert "1440" in message


# -- module codes are unique -------------------------------------------------------------------


def test_duplicate_module_code_is_refused_by_create_and_rename(hist: UndoHistory) -> None:
    first = _module(hist, title="Vertskap", code="VK-1")
    second = _module(hist, title="Næringsutvikling", code="NU-1")
    with pytest.raises(ValidationError) as err:
        _module(hist, title="Kopi", code="vk-1 ")
    message = _problems(err)["code"]
    assert "«Kopi»" in message
    assert "«Vertskap»" in message
    assert "vk-1" in message
    with pytest.raises(ValidationError) as err:
        hist.run(mc.UpdateModule(entity_id=second, values={"code": "VK-1"}))
    assert "«Næringsutvikling»" in str(err.value)
    assert "«Vertskap»" in str(err.value)
    assert _state(hist, "module", second)["code"] == "NU-1"
    assert _count(hist, "module") == 2
    # a deleted module's code is free again; restoring it then clashes
    hist.run(mc.DeleteModule(entity_id=first))
    hist.run(mc.UpdateModule(entity_id=second, values={"code": "VK-1"}))
    with pytest.raises(ValidationError, match="«Vertskap» has the code «VK-1»"):
        hist.run(mc.RestoreModule(entity_id=first))
    # modules without a code never clash
    _module(hist, title="Uten kode A")
    _module(hist, title="Uten kode B")


def test_import_refuses_duplicate_codes_in_the_bundle_and_against_the_library(
    hist: UndoHistory, lib: Library, other_lib: Library, tmp_path: Path
) -> None:
    _module(hist, title="Vertskap", code="VK-1")
    _module(hist, title="Næringsutvikling", code="NU-1")
    ok = _export(lib, tmp_path / "ok.kvb")

    def same_code(mods: list[dict[str, Any]]) -> None:
        for m in mods:
            m["code"] = "VK-1"

    twice = tmp_path / "twice.kvb"
    _rewrite(ok, twice, "modules/0000.json", same_code)
    message = _refused_import(other_lib, twice)
    assert "field [1].code" in message or "field [0].code" in message
    assert "«Vertskap»" in message
    assert "«Næringsutvikling»" in message

    local = UndoHistory(other_lib.sessions, "tester")
    _module(local, title="Lokal modul", code="NU-1")
    message = _refused_import(other_lib, ok)
    assert "«Næringsutvikling» has the code «NU-1», which module «Lokal modul»" in message


# -- relations ---------------------------------------------------------------------------------


def test_an_item_cannot_relate_to_itself(hist: UndoHistory) -> None:
    item = _item(hist)
    with pytest.raises(ValidationError, match="cannot relate to itself"):
        hist.run(ic.AddRelation(entity_id=item, relation_type="related", target_id=item))
    state = _state(hist, "item", item)
    assert (state["relations"], state["revision"]) == ([], 1)


def test_import_refuses_an_item_relating_to_itself(
    hist: UndoHistory, lib: Library, other_lib: Library, tmp_path: Path
) -> None:
    item = _item(hist)
    bad = tmp_path / "bad.kvb"

    def self_relation(items: list[dict[str, Any]]) -> None:
        items[0]["relations"].append(
            {"id": "rel-self", "type": "related", "target_id": item, "note": ""}
        )

    _rewrite(_export(lib, tmp_path / "ok.kvb"), bad, "items/0000.json", self_relation)
    message = _refused_import(other_lib, bad)
    assert "items/0000.json, field [0].relations[0].type: an item cannot relate" in message


# -- undo checks the revision ------------------------------------------------------------------


def test_undo_is_refused_when_the_item_changed_elsewhere(lib: Library) -> None:
    mine, theirs = UndoHistory(lib.sessions, "kari"), UndoHistory(lib.sessions, "ola")
    item = _item(mine)
    mine.run(ic.UpdateItem(entity_id=item, values={"title": "Karis tittel"}))
    theirs.run(ic.UpdateItem(entity_id=item, values={"title": "Olas tittel"}))
    with pytest.raises(StaleWriteError, match="changed elsewhere"):
        mine.undo()
    state = _state(mine, "item", item)
    assert (state["title"], state["revision"]) == ("Olas tittel", 3)
    assert mine.status().undo == "Edit item"


def test_undo_of_a_move_is_refused_when_the_module_changed_elsewhere(lib: Library) -> None:
    mine, theirs = UndoHistory(lib.sessions, "kari"), UndoHistory(lib.sessions, "ola")
    mid = _module(mine, sections=[{"title": "A"}, {"title": "B"}])
    sec_b = _state(mine, "module", mid)["sections"][1]["id"]
    mine.run(mc.MoveSection(entity_id=mid, expected_revision=1, section_id=sec_b, index=0))
    theirs.run(mc.AddSection(entity_id=mid, expected_revision=2, title="C"))
    with pytest.raises(StaleWriteError):
        mine.undo()
    titles = [s["title"] for s in _state(mine, "module", mid)["sections"]]
    assert titles == ["B", "A", "C"]


# -- structural commands carry their revision --------------------------------------------------


def _outline(hist: UndoHistory) -> dict[str, Any]:
    """Return ids of a module (two sections, three blocks) and a curriculum (two sessions)."""
    mid = _module(
        hist,
        code="VK-1",
        sections=[
            {"title": "A", "blocks": [{"text": "1"}, {"text": "2"}]},
            {"title": "B", "blocks": [{"text": "3"}]},
        ],
    )
    other = _module(hist, title="Næring", code="NU-1")
    cur = cc.CreateCurriculum(
        values={"title": "Program", "sessions": [{"title": "S1", "modules": [mid]}, {}]}
    )
    hist.run(cur)
    m, c = _state(hist, "module", mid), _state(hist, "curriculum", cur.entity_id)
    return {
        "module": mid,
        "other": other,
        "secs": [s["id"] for s in m["sections"]],
        "blocks": [b["id"] for s in m["sections"] for b in s["blocks"]],
        "curriculum": cur.entity_id,
        "sessions": [s["id"] for s in c["sessions"]],
        "entry": c["sessions"][0]["modules"][0]["id"],
    }


Make = Callable[[dict[str, Any], int], Any]
WINDOWS: list[tuple[str, Make, Make]] = [
    (
        "module",
        lambda o, r: mc.MoveBlock(
            entity_id=o["module"], expected_revision=r, block_id=o["blocks"][0], index=1
        ),
        lambda o, r: mc.MoveBlock(
            entity_id=o["module"], expected_revision=r, block_id=o["blocks"][2], index=0
        ),
    ),
    (
        "module",
        lambda o, r: mc.AddSection(entity_id=o["module"], expected_revision=r, title="Ny"),
        lambda o, r: mc.RemoveBlock(
            entity_id=o["module"], expected_revision=r, block_id=o["blocks"][1]
        ),
    ),
    (
        "module",
        lambda o, r: mc.AddBlocks(
            entity_id=o["module"],
            expected_revision=r,
            section_id=o["secs"][1],
            blocks=[{"text": "4"}],
        ),
        lambda o, r: mc.MoveSection(
            entity_id=o["module"], expected_revision=r, section_id=o["secs"][1], index=0
        ),
    ),
    (
        "module",
        lambda o, r: mc.RemoveSection(
            entity_id=o["module"], expected_revision=r, section_id=o["secs"][0]
        ),
        lambda o, r: mc.AddBlocks(
            entity_id=o["module"],
            expected_revision=r,
            section_id=o["secs"][0],
            blocks=[{"text": "5"}],
        ),
    ),
    (
        "curriculum",
        lambda o, r: cc.AddModulesToSession(
            entity_id=o["curriculum"],
            expected_revision=r,
            session_id=o["sessions"][1],
            module_ids=[o["other"]],
        ),
        lambda o, r: cc.MoveSessionModule(
            entity_id=o["curriculum"],
            expected_revision=r,
            entry_id=o["entry"],
            to_session_id=o["sessions"][1],
            index=0,
        ),
    ),
    (
        "curriculum",
        lambda o, r: cc.RemoveSessionModule(
            entity_id=o["curriculum"], expected_revision=r, entry_id=o["entry"]
        ),
        lambda o, r: cc.MoveSession(
            entity_id=o["curriculum"], expected_revision=r, session_id=o["sessions"][1], index=0
        ),
    ),
    (
        "curriculum",
        lambda o, r: cc.AddSession(entity_id=o["curriculum"], expected_revision=r, title="S3"),
        lambda o, r: cc.RemoveSession(
            entity_id=o["curriculum"], expected_revision=r, session_id=o["sessions"][0]
        ),
    ),
]


@pytest.mark.parametrize(
    ("etype", "first", "second"), WINDOWS, ids=[f"{w[0]}-{i}" for i, w in enumerate(WINDOWS)]
)
def test_second_window_working_from_the_same_revision_is_refused(
    lib: Library, etype: str, first: Make, second: Make
) -> None:
    one, two = UndoHistory(lib.sessions, "kari"), UndoHistory(lib.sessions, "ola")
    o = _outline(one)
    eid = o[etype]
    shown = _state(one, etype, eid)["revision"]  # both windows show this revision
    cmd_one, cmd_two = first(o, shown), second(o, shown)
    one.run(cmd_one)
    after = _state(one, etype, eid)
    with pytest.raises(StaleWriteError, match=rf"now revision {shown + 1}.*from revision {shown}"):
        two.run(cmd_two)
    assert _state(two, etype, eid) == after
    assert two.status().undo is None


STRUCTURAL = [
    mc.AddSection,
    mc.RenameSection,
    mc.RemoveSection,
    mc.MoveSection,
    mc.AddBlocks,
    mc.UpdateBlock,
    mc.MoveBlock,
    mc.RemoveBlock,
    cc.AddSession,
    cc.UpdateSession,
    cc.RemoveSession,
    cc.MoveSession,
    cc.AddModulesToSession,
    cc.MoveSessionModule,
    cc.RemoveSessionModule,
]


@pytest.mark.parametrize("cls", STRUCTURAL, ids=lambda c: c.__name__)
def test_structural_command_without_its_revision_is_refused(hist: UndoHistory, cls: Any) -> None:
    o = _outline(hist)
    eid = o["module"] if cls.entity_type == "module" else o["curriculum"]
    before = _state(hist, cls.entity_type, eid)
    with pytest.raises(ValueError, match="must carry the revision it started from"):
        hist.run(cls(entity_id=eid))
    assert _state(hist, cls.entity_type, eid) == before
