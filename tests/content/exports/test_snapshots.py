"""Export snapshots: the participant allow-list, pinned revisions, manifest data."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from content import commands as ic
from content.curricula import commands as cc
from content.errors import ContentError
from content.exports.records import outdated_exports, record_export
from content.exports.snapshots import build_snapshot
from content.library import get_state, item_where_used
from content.modules import commands as mc

if TYPE_CHECKING:
    from content.undo import UndoHistory
    from db.engine import Library


@pytest.fixture
def course(hist: UndoHistory) -> dict[str, str]:
    src = ic.CreateItem(values={"kind": "source", "title": "NIBR-rapport"})
    finding = ic.CreateItem(values={"kind": "finding", "title": "Tidlig dialog",
                                    "body": "Første versjon.", "citations": []})
    indicator = ic.CreateItem(values={"kind": "indicator", "title": "Etableringer",
                                      "fields": {"unit": "antall", "definition": "Nye firma"}})
    for c in (src, finding, indicator):
        hist.run(c)
    hist.run(ic.AddCitation(entity_id=finding.entity_id, source_id=src.entity_id,
                            locator="s. 4"))
    hist.run(ic.UpdateItem(entity_id=finding.entity_id, values={"body": "Andre versjon."}))
    mod = mc.CreateModule(values={"title": "Modul", "sections": [{"title": "Del", "blocks": [
        {"item_id": finding.entity_id, "pinned_revision": 2},
        {"block_type": "text", "text": "Felles tekst for alle."},
        {"block_type": "exercise", "exercise_kind": "reflection", "text": "Tenk selv.",
         "minutes": 10},
        {"block_type": "trainer_note", "text": "Hemmelig råd til kursleder."},
        {"block_type": "text", "text": "Bare for kursleder.", "trainer_only": True},
    ]}]})
    hist.run(mod)
    hist.run(ic.AddRelation(entity_id=indicator.entity_id, relation_type="related",
                            target_id=finding.entity_id))
    cur = cc.CreateCurriculum(values={"title": "Program", "sessions": [
        {"title": "Samling 1", "start_time": "09:00", "modules": [mod.entity_id]},
        {"title": "Samling 2", "modules": [mod.entity_id]}]})
    hist.run(cur)
    return {"source": src.entity_id, "finding": finding.entity_id, "module": mod.entity_id,
            "curriculum": cur.entity_id, "indicator": indicator.entity_id}


def _texts(snap) -> list[str]:
    return [b.text for m in snap.modules() for s in m.sections for b in s.blocks]


def test_participant_snapshot_has_no_trainer_text(lib: Library, course: dict[str, str]) -> None:
    with lib.read_sessions() as s:
        snap = build_snapshot(s, "curriculum", course["curriculum"], profile="participant")
        trainer = build_snapshot(s, "curriculum", course["curriculum"], profile="trainer")
    assert "Hemmelig råd til kursleder." not in _texts(snap)
    assert "Bare for kursleder." not in _texts(snap)
    assert "Hemmelig råd til kursleder." in _texts(trainer)
    assert "Bare for kursleder." in _texts(trainer)


def test_pinned_block_shows_the_pinned_revision(lib: Library, course: dict[str, str]) -> None:
    with lib.read_sessions() as s:
        snap = build_snapshot(s, "module", course["module"])
    item = snap.modules()[0].sections[0].blocks[0].item
    assert item is not None
    assert (item.body, item.revision) == ("Første versjon.", 2)
    assert ("item", course["finding"], 2) in snap.used


def test_sources_related_items_and_sessions(lib: Library, course: dict[str, str]) -> None:
    with lib.read_sessions() as s:
        snap = build_snapshot(s, "curriculum", course["curriculum"], lang="nn")
        one = build_snapshot(s, "curriculum", course["curriculum"], session_number=2)
        with pytest.raises(ContentError, match="no session 3"):
            build_snapshot(s, "curriculum", course["curriculum"], session_number=3)
    assert [src.title for src in snap.sources] == ["NIBR-rapport"]
    assert [i.title for i in snap.items_of_kind("indicator")] == ["Etableringer"]
    assert [x.title for x in snap.sessions] == ["Samling 1", "Samling 2"]
    assert (one.scope, [x.number for x in one.sessions]) == ("session", [2])
    assert snap.lang == "nn"


def test_deleted_item_becomes_a_problem_not_a_crash(hist: UndoHistory, lib: Library,
                                                    course: dict[str, str]) -> None:
    hist.run(ic.DeleteItem(entity_id=course["finding"]))
    with lib.read_sessions() as s:
        snap = build_snapshot(s, "module", course["module"])
    block = snap.modules()[0].sections[0].blocks[0]
    assert block.item is None
    assert "does not exist" in block.problem


def test_export_manifest_answers_which_exports_are_outdated(
    hist: UndoHistory, lib: Library, course: dict[str, str]
) -> None:
    with lib.sessions.begin() as s:
        snap = build_snapshot(s, "curriculum", course["curriculum"])
        record_export(s, snap, "handbook", "handbok.pdf", "0" * 64, "tester")
    hist.run(ic.UpdateItem(entity_id=course["indicator"], values={"title": "Nye bedrifter"}))
    with lib.read_sessions() as s:
        outdated = outdated_exports(s, course["indicator"])
        assert [(r.file_name, used, latest) for r, used, latest in outdated] == [
            ("handbok.pdf", 2, 3)]
        assert outdated_exports(s, course["source"]) == []
        uses = item_where_used(s, course["finding"])
        assert {u.entity_type for u in uses} >= {"module", "curriculum", "export", "item"}
        assert get_state(s, "item", course["indicator"])["revision"] == 3
