"""The read side the front ends use: rows, filters, order and views (content.queries)."""

from __future__ import annotations

import pytest

from content import queries
from content.commands import AddRelation, CreateItem, DeleteItem, UpdateItem
from content.curricula.commands import AddModulesToSession, AddSession, CreateCurriculum
from content.errors import NotFoundError
from content.modules.commands import AddBlocks, CreateModule, DeleteModule


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
    assert nav.counts == {"finding": 2, "barrier": 1, "measure": 1}
    assert [(m.code, m.title) for m in nav.modules] == [("VM-1", "Vertskapsmodul")]
    assert nav.curricula == []


def test_item_view_names_what_an_item_points_to(lib, hist, ids):
    finding, barrier = ids["Bedrifter ønsker én dør inn"], ids["Lav kapasitet i små kommuner"]
    with lib.read_sessions() as s:
        state = queries.load_item(s, finding).state
    hist.run(AddRelation(entity_id=finding, expected_revision=state["revision"],
                         target_id=barrier))
    with lib.read_sessions() as s:
        view = queries.load_item(s, finding)
    assert view.state["title"] == "Bedrifter ønsker én dør inn"
    assert view.titles == {barrier: "Lav kapasitet i små kommuner"}
    assert [h.revision for h in view.history][:2] == [2, 1]


def test_picker_targets_without_text_exclude_the_item_itself(lib, ids):
    me = ids["Bedrifter ønsker én dør inn"]
    with lib.read_sessions() as s:
        rows = queries.find_targets(s, "", ["finding", "measure"], exclude=me)
    assert [title for _i, _k, title in rows] == [
        "Gammel påstand",
        "Næringsvennlig saksbehandling",
    ]


def test_picker_targets_with_text_search_the_given_kinds(lib, ids):
    with lib.read_sessions() as s:
        rows = queries.find_targets(s, "vertskap saksbehandling", ["measure"])
        assert [(k, t) for _i, k, t in rows] == [("measure", "Næringsvennlig saksbehandling")]
        me = ids["Næringsvennlig saksbehandling"]
        assert queries.find_targets(s, "saksbehandling", ["measure"], exclude=me) == []


def _relate(lib, hist, source, target):
    with lib.read_sessions() as s:
        rev = queries.load_item(s, source).state["revision"]
    hist.run(AddRelation(entity_id=source, expected_revision=rev, target_id=target))


def _module_with_blocks(lib, hist, item_ids, title="Vertskap i praksis"):
    mod = CreateModule(values={"title": title, "code": "VP-2", "sections": [{"title": "Del 1"}]})
    hist.run(mod)
    with lib.read_sessions() as s:
        section = queries.load_module_view(s, mod.entity_id).state["sections"][0]["id"]
    blocks = [{"item_id": i} for i in item_ids]
    blocks.append({"block_type": "exercise", "exercise_kind": "reflection", "text": "Tenk",
                   "minutes": 25})
    hist.run(AddBlocks(entity_id=mod.entity_id, expected_revision=1, section_id=section,
                       blocks=blocks))
    return mod.entity_id


def test_inspector_shows_relations_where_used_and_history(lib, hist, ids):
    finding, barrier = ids["Bedrifter ønsker én dør inn"], ids["Lav kapasitet i små kommuner"]
    _relate(lib, hist, finding, barrier)
    _module_with_blocks(lib, hist, [finding])
    with lib.read_sessions() as s:
        view = queries.load_inspector(s, finding)
        target = queries.load_inspector(s, barrier)
    assert view.title == "Bedrifter ønsker én dør inn"
    assert [r["target_id"] for r in view.relations] == [barrier]
    assert view.titles == {barrier: "Lav kapasitet i små kommuner"}
    assert [(u.entity_type, u.title) for u in view.used] == [("module", "Vertskap i praksis")]
    assert [h.revision for h in view.history] == [2, 1]  # newest first
    # the barrier has no relations of its own, but is used by the finding that points to it
    assert target.relations == []
    assert target.titles == {}
    assert [(u.entity_type, u.id, u.detail) for u in target.used] == [
        ("item", finding, "is related to")
    ]


def test_where_used_names_the_item_and_its_modules(lib, hist, ids):
    finding = ids["Bedrifter ønsker én dør inn"]
    _module_with_blocks(lib, hist, [finding])
    with lib.read_sessions() as s:
        used = queries.load_where_used(s, finding)
        assert used.title == "Bedrifter ønsker én dør inn"
        assert [(u.entity_type, u.title) for u in used.refs] == [
            ("module", "Vertskap i praksis")
        ]
        assert queries.load_where_used(s, ids["Gammel påstand"]).refs == []
        with pytest.raises(NotFoundError):
            queries.load_where_used(s, "no-such-id")


def test_module_view_carries_the_referenced_items(lib, hist, ids):
    finding, measure = ids["Bedrifter ønsker én dør inn"], ids["Næringsvennlig saksbehandling"]
    mid = _module_with_blocks(lib, hist, [measure, finding])
    with lib.read_sessions() as s:
        view = queries.load_module_view(s, mid)
    assert view.revision == 2
    blocks = view.state["sections"][0]["blocks"]
    assert [b.get("item_id") for b in blocks] == [measure, finding, None]
    assert set(view.items) == {measure, finding}
    info = view.items[measure]
    assert (info.kind, info.title, info.status, info.revision, info.deleted) == (
        "measure", "Næringsvennlig saksbehandling", "approved", 1, False)


def test_curriculum_view_lists_live_modules_and_used_deleted_ones(lib, hist, ids):
    mid = _module_with_blocks(lib, hist, [ids["Bedrifter ønsker én dør inn"]])
    gone = CreateModule(values={"title": "Utgått modul", "code": "UM-9"})
    hist.run(gone)
    cur = CreateCurriculum(values={"title": "Folkevalgtprogrammet"})
    hist.run(cur)
    ses = AddSession(entity_id=cur.entity_id, expected_revision=1, title="Samling 1")
    hist.run(ses)
    hist.run(AddModulesToSession(entity_id=cur.entity_id, expected_revision=2,
                                 session_id=ses.session_id,
                                 module_ids=[mid, gone.entity_id]))
    hist.run(DeleteModule(entity_id=gone.entity_id, expected_revision=1))
    with lib.read_sessions() as s:
        view = queries.load_curriculum_view(s, cur.entity_id)
    # ordered by code, then title; the deleted module stays because the session uses it
    assert [(m.code, m.title, m.deleted) for m in view.modules.values()] == [
        ("UM-9", "Utgått modul", True),
        ("VM-1", "Vertskapsmodul", False),
        ("VP-2", "Vertskap i praksis", False),
    ]
    session = view.state["sessions"][0]
    assert view.modules[mid].minutes == 25
    assert view.session_minutes(session) == 25  # the deleted module does not count


def test_pinned_update_shows_the_pin_beside_the_newest_state(lib, hist, ids):
    finding = ids["Bedrifter ønsker én dør inn"]
    hist.run(UpdateItem(entity_id=finding, expected_revision=1,
                        values={"title": "Bedrifter vil ha én dør inn"}))
    with lib.read_sessions() as s:
        upd = queries.load_pinned_update(s, finding, 1)
    assert upd.pinned["title"] == "Bedrifter ønsker én dør inn"
    assert upd.latest["title"] == "Bedrifter vil ha én dør inn"
    assert upd.latest_revision == 2


def test_entity_ref_by_id_or_unique_prefix(lib, ids):
    mid = ids["Vertskapsmodul"]
    with lib.read_sessions() as s:
        assert queries.find_entity_ref(s, mid) == queries.EntityRef(
            "module", mid, "Vertskapsmodul", 1)
        assert queries.find_entity_ref(s, mid[:12]).id == mid
        with pytest.raises(NotFoundError):
            queries.find_entity_ref(s, "0000000000000")


def test_where_used_details_speak_the_users_language(lib, hist, ids):
    from content import i18n

    finding = ids["Bedrifter ønsker én dør inn"]
    _module_with_blocks(lib, hist, [finding])
    i18n.set_language("nn")
    try:
        with lib.read_sessions() as s:
            used = queries.load_where_used(s, finding)
    finally:
        i18n.set_language("en")
    details = [u.detail for u in used.refs if u.entity_type == "module"]
    assert details
    assert all(d.startswith("seksjon «") for d in details), details
