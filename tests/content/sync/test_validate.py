"""Merged states obey the app's rules: two working copies and a real PostgreSQL server.

A reference one side added to what the other side deleted is dropped with a note; a
merged state that breaks a rule (an empty title, a taken module code) is a conflict with
its reason, both versions kept and the server unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from cli.main import main
from content.commands import AddRelation, DeleteItem
from content.curricula.commands import AddModulesToSession
from content.library import get_entity
from content.modules.commands import AddBlocks, DeleteModule, UpdateModule
from content.sync import team
from content.sync.local import entity_state
from content.undo import UndoHistory
from tests.builders import new_curriculum, new_item, new_module, run
from tests.conftest import PG_URL
from tests.content.sync.test_team import clone, edit, server, server_url  # noqa: F401

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.engine import Library

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)


def state(lib: Library, etype: str, entity_id: str) -> dict[str, Any]:
    with lib.read_sessions() as s:
        return entity_state(etype, get_entity(s, etype, entity_id))


def revision(lib: Library, etype: str, entity_id: str) -> int:
    return int(state_row(lib, etype, entity_id).revision)


def state_row(lib: Library, etype: str, entity_id: str) -> Any:
    with lib.read_sessions() as s:
        return get_entity(s, etype, entity_id)


@pytest.fixture
def pair(server: Library, server_url: str, tmp_path: Path  # noqa: F811
         ) -> Iterator[tuple[Library, Library, dict[str, str]]]:
    """Two working copies (Anne's, Ola's) of a library with items, modules, a curriculum."""
    h = UndoHistory(server.sessions, "seed")
    ids = {
        "a": new_item(h, "finding", "Fravær"),
        "x": new_item(h, "finding", "Sykefravær i små kommuner"),
        "m": new_module(h, "Ledelse", code="LED1"),
        "m2": new_module(h, "Oppfølging", code="OPP1"),
        "t": new_item(h, "finding", "Ledelse og praksis"),
    }
    ids["c"] = new_curriculum(h, "Program", sessions=[{"title": "Samling 1"}])
    anne, ola = clone(server_url, tmp_path, "anne"), clone(server_url, tmp_path, "ola")
    yield anne, ola, ids
    anne.dispose()
    ola.dispose()


def delete(lib: Library, etype: str, entity_id: str) -> None:
    cmd = DeleteItem if etype == "item" else DeleteModule
    run(UndoHistory(lib.sessions, "ola"), cmd(entity_id=entity_id))


def test_relation_to_an_item_deleted_on_the_other_side_is_dropped_with_a_note(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, ids = pair
    run(UndoHistory(anne.sessions, "anne"), AddRelation(entity_id=ids["a"], target_id=ids["x"]))
    delete(ola, "item", ids["x"])
    team.sync(ola)
    report = team.sync(anne)
    assert report.conflicts == []
    assert len(report.notes) == 1
    assert "«Fravær»" in report.notes[0]
    assert "«Sykefravær i små kommuner»" in report.notes[0]
    assert "relations[0]" in report.notes[0]
    assert ids["x"] in report.notes[0]
    assert state(server, "item", ids["a"])["relations"] == []
    assert state(anne, "item", ids["a"])["relations"] == []
    assert team.status(anne).waiting == 0
    team.sync(ola)
    assert state(ola, "item", ids["a"])["relations"] == []


def test_a_pulled_relation_to_what_this_sync_deletes_is_dropped(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, ids = pair
    run(UndoHistory(anne.sessions, "anne"), AddRelation(entity_id=ids["a"], target_id=ids["x"]))
    team.sync(anne)  # the relation is on the server now
    delete(ola, "item", ids["x"])
    report = team.sync(ola)  # pushes the deletion, pulls Anne's relation
    assert any("relations[0]" in n and ids["x"] in n for n in report.notes)
    assert state(server, "item", ids["a"])["relations"] == []
    assert state(ola, "item", ids["a"])["relations"] == []
    assert state(server, "item", ids["x"])["deleted"] is True
    team.sync(anne)
    assert state(anne, "item", ids["a"])["relations"] == []
    assert team.status(anne).waiting == 0


def test_a_block_of_an_item_deleted_on_the_other_side_is_dropped(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, ids = pair
    section = state(anne, "module", ids["m"])["sections"][0]["id"]
    run(UndoHistory(anne.sessions, "anne"), AddBlocks(
        entity_id=ids["m"], expected_revision=revision(anne, "module", ids["m"]),
        section_id=section, blocks=[{"item_id": ids["a"]}, {"item_id": ids["x"]}],
    ))
    delete(ola, "item", ids["x"])
    team.sync(ola)
    report = team.sync(anne)
    assert [n for n in report.notes if "sections[0].blocks[1].item_id" in n]
    blocks = state(server, "module", ids["m"])["sections"][0]["blocks"]
    assert [b["item_id"] for b in blocks] == [ids["a"]]
    assert state(anne, "module", ids["m"]) == state(server, "module", ids["m"])


def test_a_session_entry_of_a_module_deleted_on_the_other_side_is_dropped(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, ids = pair
    ses = state(anne, "curriculum", ids["c"])["sessions"][0]["id"]
    run(UndoHistory(anne.sessions, "anne"), AddModulesToSession(
        entity_id=ids["c"], expected_revision=revision(anne, "curriculum", ids["c"]),
        session_id=ses, module_ids=[ids["m"], ids["m2"]],
    ))
    delete(ola, "module", ids["m2"])
    team.sync(ola)
    report = team.sync(anne)
    assert [n for n in report.notes if "sessions[0].modules[1]" in n and ids["m2"] in n]
    entries = state(server, "curriculum", ids["c"])["sessions"][0]["modules"]
    assert [e["module_id"] for e in entries] == [ids["m"]]


def test_a_title_emptied_by_the_merge_is_a_conflict_with_its_reason(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, ids = pair
    edit(anne, ids["t"], "anne", title=" praksis")
    edit(ola, ids["t"], "ola", title="Ledelse og ")
    team.sync(ola)
    report = team.sync(anne)
    assert len(report.conflicts) == 1
    assert "title" in report.conflicts[0]
    assert state(server, "item", ids["t"])["title"] == "Ledelse og "  # server unchanged
    assert state(anne, "item", ids["t"])["title"] == " praksis"  # mine kept here
    (row,) = team.conflicts(anne)
    (place,) = row.places
    assert place["path"] == "title"
    assert place["reason"] == "required"
    assert (place["mine"], place["theirs"]) == (" praksis", "Ledelse og ")
    team.resolve(anne, ids["t"], "theirs")
    assert state(anne, "item", ids["t"])["title"] == "Ledelse og "
    team.sync(anne)
    assert team.status(anne).conflicts == []


def test_a_module_code_taken_meanwhile_is_a_conflict_and_the_cli_names_it(
    pair: tuple[Library, Library, dict[str, str]], server: Library,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    anne, ola, ids = pair
    for lib, key in ((anne, "m"), (ola, "m2")):
        run(UndoHistory(lib.sessions, "x"), UpdateModule(
            entity_id=ids[key], expected_revision=revision(lib, "module", ids[key]),
            values={"code": "NY1"},
        ))
    team.sync(ola)
    report = team.sync(anne)
    assert len(report.conflicts) == 1
    assert "NY1" in report.conflicts[0]
    assert state(server, "module", ids["m"])["code"] == "LED1"
    assert state(server, "module", ids["m2"])["code"] == "NY1"
    capsys.readouterr()
    assert main(["--db", anne.url.removeprefix("sqlite:///"), "team", "conflicts"]) == 0
    shown = capsys.readouterr().out
    assert "already has" in shown
    assert "«Oppfølging»" in shown
    team.resolve(anne, ids["m"], "mine")  # mine still clashes: the next sync says so again
    again = team.sync(anne)
    assert len(again.conflicts) == 1
    assert state(server, "module", ids["m"])["code"] == "LED1"


def test_a_new_module_with_a_taken_code_waits_with_a_note(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, _ids = pair
    new_module(UndoHistory(ola.sessions, "ola"), "Olas modul", code="NY2")
    team.sync(ola)
    new_id = new_module(UndoHistory(anne.sessions, "anne"), "Ny modul", code="ny2")
    ses = state(anne, "curriculum", _ids["c"])["sessions"][0]["id"]
    run(UndoHistory(anne.sessions, "anne"), AddModulesToSession(
        entity_id=_ids["c"], expected_revision=revision(anne, "curriculum", _ids["c"]),
        session_id=ses, module_ids=[new_id],
    ))
    report = team.sync(anne)
    assert [n for n in report.notes if "«Ny modul»" in n and "not sent" in n]
    with server.read_sessions() as s:
        assert s.get(type(state_row(anne, "module", new_id)), new_id) is None
    # the curriculum that uses it is not sent either: a conflict that says why
    assert len(report.conflicts) == 1
    assert "waits to be sent" in report.conflicts[0]
    assert state(server, "curriculum", _ids["c"])["sessions"][0]["modules"] == []
    assert team.status(anne).waiting == 2  # the module, and the curriculum in conflict
    run(UndoHistory(anne.sessions, "anne"), UpdateModule(
        entity_id=new_id, expected_revision=revision(anne, "module", new_id),
        values={"code": "NY3"},
    ))
    team.resolve(anne, _ids["c"], "mine")
    report = team.sync(anne)
    assert (report.notes, report.conflicts) == ([], [])
    entries = state(server, "curriculum", _ids["c"])["sessions"][0]["modules"]
    assert [e["module_id"] for e in entries] == [new_id]
    assert team.status(anne).waiting == 0


def test_new_items_relating_to_each_other_are_sent_whole_in_one_sync(
    pair: tuple[Library, Library, dict[str, str]], server: Library  # noqa: F811
) -> None:
    anne, ola, ids = pair
    h = UndoHistory(anne.sessions, "anne")
    first = new_item(h, "finding", "Ny først")
    second = new_item(h, "finding", "Ny etter")
    run(h, AddRelation(entity_id=first, target_id=second))
    run(h, AddRelation(entity_id=second, target_id=first))
    run(h, AddRelation(entity_id=ids["a"], target_id=second))
    report = team.sync(anne)
    assert (report.notes, report.conflicts) == ([], [])
    for item, target in ((first, second), (second, first), (ids["a"], second)):
        assert [r["target_id"] for r in state(server, "item", item)["relations"]] == [target]
    team.sync(ola)
    assert [r["target_id"] for r in state(ola, "item", first)["relations"]] == [second]
