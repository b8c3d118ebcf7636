"""The read side the front ends use: rows, filters, order and views (content.queries)."""

from __future__ import annotations

import pytest

from content import queries
from content.commands import AddRelation, CreateItem, DeleteItem
from content.module_commands import CreateModule


@pytest.fixture
def ids(lib, hist):
    made = {}
    for kind, title, status, tags in [
        ("finding", "Bedrifter ønsker én dør inn", "approved", ["vertskap"]),
        ("barrier", "Lav kapasitet i små kommuner", "draft", ["kapasitet"]),
        ("measure", "Næringsvennlig saksbehandling", "approved", ["vertskap"]),
        ("finding", "Gammel påstand", "retired", []),
    ]:
        cmd = CreateItem(values={"kind": kind, "title": title, "status": status, "tags": tags})
        hist.run(cmd)
        made[title] = cmd.entity_id
    gone = CreateItem(values={"kind": "finding", "title": "Slettet funn"})
    hist.run(gone)
    hist.run(DeleteItem(entity_id=gone.entity_id, expected_revision=1))
    made["Slettet funn"] = gone.entity_id
    mod = CreateModule(values={"title": "Vertskapsmodul", "code": "VM-1"})
    hist.run(mod)
    made["Vertskapsmodul"] = mod.entity_id
    return made


def _browse(lib, **query):
    q = queries.LibraryQuery(**query)
    with lib.read_sessions() as s:
        return [(r[1], r[2], r[3]) for r in queries.fetch_rows(s, q, 0, 100)]


def test_browse_lists_live_items_by_title(lib, ids):
    rows = _browse(lib)
    assert [title for _k, title, _s in rows] == [
        "Bedrifter ønsker én dør inn",
        "Gammel påstand",
        "Lav kapasitet i små kommuner",
        "Næringsvennlig saksbehandling",
    ]  # the deleted item is not listed


def test_browse_filters_and_sorts(lib, ids):
    assert _browse(lib, kind="finding", status="approved") == [
        ("finding", "Bedrifter ønsker én dør inn", "approved")
    ]
    assert [t for _k, t, _s in _browse(lib, tag="vertskap", descending=True)] == [
        "Næringsvennlig saksbehandling",
        "Bedrifter ønsker én dør inn",
    ]


def test_search_rows_take_the_same_filters(lib, ids):
    assert _browse(lib, text="kapasitet") == [
        ("barrier", "Lav kapasitet i små kommuner", "draft")
    ]
    assert _browse(lib, text="kapasitet", kind="finding") == []


def test_titles_of_items_and_modules_leave_unknown_ids_out(lib, ids):
    wanted = {ids["Gammel påstand"], ids["Vertskapsmodul"], "no-such-id"}
    with lib.read_sessions() as s:
        assert queries.titles_of(s, wanted) == {
            ids["Gammel påstand"]: "Gammel påstand",
            ids["Vertskapsmodul"]: "Vertskapsmodul",
        }


def test_navigator_counts_live_items_by_kind(lib, ids):
    with lib.read_sessions() as s:
        nav = queries.load_navigator(s)
    assert nav["counts"] == {"finding": 2, "barrier": 1, "measure": 1}
    assert [m.title for m in nav["modules"]] == ["Vertskapsmodul"]


def test_item_view_names_what_an_item_points_to(lib, hist, ids):
    finding, barrier = ids["Bedrifter ønsker én dør inn"], ids["Lav kapasitet i små kommuner"]
    with lib.read_sessions() as s:
        state = queries.load_item(s, finding)["state"]
    hist.run(AddRelation(entity_id=finding, expected_revision=state["revision"],
                         target_id=barrier))
    with lib.read_sessions() as s:
        view = queries.load_item(s, finding)
    assert view["titles"] == {barrier: "Lav kapasitet i små kommuner"}
    assert [h.revision for h in view["history"]][:2] == [2, 1]


def test_picker_targets_without_text_exclude_the_item_itself(lib, ids):
    me = ids["Bedrifter ønsker én dør inn"]
    with lib.read_sessions() as s:
        rows = queries.find_targets(s, "", ["finding", "measure"], exclude=me)
    assert [title for _i, _k, title in rows] == [
        "Gammel påstand",
        "Næringsvennlig saksbehandling",
    ]
