"""Bundle export and import: exact round trips, selections, conflicts, invalid entities."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import uuid
import zipfile
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, insert, select, text

from content.bundle import BundleError, export_bundle, import_bundle, read_manifest
from content.bundle import check as bundle_check
from content.bundle import export as bundle_export
from content.bundle import rows as bundle_rows
from content.bundle import write as bundle_write
from content.commands import AddCitation, AddRelation, CreateItem, DeleteItem, UpdateItem
from content.curricula.commands import AddModulesToSession, AddSession, CreateCurriculum
from content.library import state_at
from content.modules.commands import CreateModule
from content.search import index as search_index
from content.search.query import search
from content.undo import UndoHistory
from db.engine import Library, open_library
from db.models import Asset, Base, Revision
from tests.exporters.conftest import png_bytes

if TYPE_CHECKING:
    from pathlib import Path

PG_URL = os.environ.get("KURSVERK_TEST_PG_URL")
SAMI = "áčđŋšŧž ÁČĐŊŠŦŽ æøå ÆØÅ"


# -- libraries on SQLite and (when configured) PostgreSQL ---------------------------------


MAP_PNG = png_bytes(40, 24)
UNUSED_PNG = png_bytes(8, 8, (0, 0, 0))

def _pg_library(name: str) -> tuple[Library, Any]:
    schema = f"t_{name}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)  # type: ignore[arg-type]
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"  # type: ignore[operator]
    lib = open_library(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")

    def drop() -> None:
        lib.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return lib, drop


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def make_library(request, tmp_path):
    """Return a factory of fresh, empty libraries on the parametrized database."""
    cleanups = []

    def make(name: str) -> Library:
        if request.param == "postgres":
            if not PG_URL:
                pytest.skip("KURSVERK_TEST_PG_URL is not set")
            lib, drop = _pg_library(name)
            cleanups.append(drop)
            return lib
        lib = open_library(tmp_path / f"{name}.sqlite")
        cleanups.append(lib.dispose)
        return lib

    yield make
    for cleanup in reversed(cleanups):
        cleanup()


# -- helpers --------------------------------------------------------------------------------


def populate(lib: Library) -> dict[str, str]:
    """Fill a library with linked content; return some ids."""
    h = UndoHistory(lib.sessions, author="designer")
    src = CreateItem(
        values={
            "kind": "source",
            "title": f"NIBR-rapport {SAMI}",
            "fields": {"year": 2023, "publisher": "NIBR"},
        }
    )
    bar = CreateItem(
        values={
            "kind": "barrier",
            "title": "Mangel på kapasitet",
            "body": f"Sámi: {SAMI}\n\n![kart](asset:map-1)",
        }
    )
    mea = CreateItem(
        values={
            "kind": "measure",
            "title": "Interkommunalt samarbeid",
            "tags": ["samarbeid", "kapasitet"],
            "audiences": ["folkevalgte"],
        }
    )
    lone = CreateItem(values={"kind": "question", "title": "Hvem eier vertskapet?"})
    gone = CreateItem(values={"kind": "finding", "title": "Slettet funn"})
    for cmd in (src, bar, mea, lone, gone):
        h.run(cmd)
    h.run(
        AddRelation(
            entity_id=mea.entity_id,
            relation_type="addresses",
            target_id=bar.entity_id,
            note="særlig i små kommuner",
        )
    )
    h.run(AddCitation(entity_id=mea.entity_id, source_id=src.entity_id, locator="s. 12–14"))
    h.run(UpdateItem(entity_id=mea.entity_id, values={"summary": "Kort om samarbeid"}))
    h.run(DeleteItem(entity_id=gone.entity_id))
    mod = CreateModule(
        values={
            "title": "Vertskap",
            "code": "M1",
            "sections": [
                {
                    "title": "Del 1",
                    "blocks": [
                        {"item_id": mea.entity_id, "display": "summary"},
                        {"block_type": "text", "text": "Fri tekst ŋ"},
                    ],
                },
                {
                    "title": "Del 2",
                    "blocks": [
                        {
                            "block_type": "exercise",
                            "exercise_kind": "reflection",
                            "text": "Diskuter",
                            "minutes": 15,
                        }
                    ],
                },
            ],
        }
    )
    h.run(mod)
    cur = CreateCurriculum(values={"title": "Folkevalgtprogrammet", "edition": "2025"})
    h.run(cur)
    ses = AddSession(
        entity_id=cur.entity_id,
        expected_revision=cur.last_revision,
        title="Samling 1",
        session_date="2025-03-01",
        start_time="09:00",
    )
    h.run(ses)
    h.run(
        AddModulesToSession(
            entity_id=cur.entity_id,
            expected_revision=ses.last_revision,
            session_id=ses.session_id,
            module_ids=[mod.entity_id],
        )
    )
    with lib.sessions.begin() as s:
        s.add(
            Asset(
                id="map-1",
                name="kart.png",
                mime="image/png",
                sha256=hashlib.sha256(MAP_PNG).hexdigest(),
                data=MAP_PNG,
                created_by="designer",
            )
        )
        s.add(
            Asset(
                id="unused",
                name="x.png",
                mime="image/png",
                sha256=hashlib.sha256(UNUSED_PNG).hexdigest(),
                data=UNUSED_PNG,
            )
        )
    return {
        "source": src.entity_id,
        "barrier": bar.entity_id,
        "measure": mea.entity_id,
        "lone": lone.entity_id,
        "gone": gone.entity_id,
        "module": mod.entity_id,
        "curriculum": cur.entity_id,
    }


def table_rows(lib: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of every table (revision ids left out), in a stable order."""
    out = {}
    with lib.read_sessions() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.c if not (table.name == "revision" and c.name == "id")]
            rows = s.execute(select(*cols)).all()
            if table.name == "revision":  # NULL states mean "the current state"
                rows = [(*r[:3], r[3] or state_at(s, *r[:3]), *r[4:]) for r in rows]
            out[table.name] = sorted((tuple(map(_plain, r)) for r in rows), key=repr)
        out["item_fts"] = search_index.indexed_ids(s)
    return out


def _plain(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def content_rows(lib: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Return the rows that define content (not library meta, nor a server's change feed).

    The change feed numbers a server's own commits: an import commits the same revisions
    in another order than the commands that first made them.
    """
    rows = table_rows(lib)
    skip = ("library_meta", "alembic_version", "change_log")
    return {k: v for k, v in rows.items() if k not in skip}


def rewrite(path: Path, target: Path, change: Any) -> None:
    """Copy a bundle, letting change(members) edit the parsed members; fix the manifest."""
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    manifest = json.loads(members["manifest.json"])
    for m in manifest["members"]:
        data = members[m["name"]]
        m["sha256"] = hashlib.sha256(data).hexdigest()
        m["size"] = len(data)
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def edit_items(change: Any) -> Any:
    def apply(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0000.json"])
        change(items)
        members["items/0000.json"] = json.dumps(items, ensure_ascii=False).encode()

    return apply


# -- round trips ------------------------------------------------------------------------------


def test_round_trip_is_exact(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    populate(a)
    with a.read_sessions() as s:
        stats = export_bundle(s, tmp_path / "all.kvb")
    assert (stats.items, stats.modules, stats.curricula, stats.assets) == (5, 1, 1, 2)
    assert not (tmp_path / "all.kvb.part").exists()
    with b.sessions.begin() as s:
        report = import_bundle(s, tmp_path / "all.kvb")
    assert report.added == {"item": 5, "module": 1, "curriculum": 1, "asset": 2}
    assert report.conflicts == []
    assert content_rows(a) == content_rows(b)


def test_manifest_describes_the_bundle(make_library, tmp_path):
    a = make_library("a")
    populate(a)
    with a.read_sessions() as s:
        export_bundle(s, tmp_path / "all.kvb")
    manifest = read_manifest(tmp_path / "all.kvb")
    assert manifest["format"] == "kursverk-bundle"
    assert manifest["format_version"] == 2
    assert manifest["counts"]["items"] == 5
    assert manifest["selection"]["whole_library"] is True
    assert manifest["created_at"].endswith("+00:00")


def test_reimport_is_a_no_op(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    populate(a)
    with a.read_sessions() as s:
        export_bundle(s, tmp_path / "all.kvb")
    with b.sessions.begin() as s:
        import_bundle(s, tmp_path / "all.kvb")
    before = table_rows(b)
    with b.sessions.begin() as s:
        report = import_bundle(s, tmp_path / "all.kvb")
    assert report.added == {}
    assert report.unchanged == {"item": 5, "module": 1, "curriculum": 1, "asset": 2}
    assert report.revisions_added == 0
    assert table_rows(b) == before


def test_selection_includes_what_it_references(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with a.read_sessions() as s:
        stats = export_bundle(s, tmp_path / "cur.kvb", curriculum_ids=[ids["curriculum"]])
    # curriculum -> module -> measure -> (barrier via relation, source via citation)
    assert (stats.items, stats.modules, stats.curricula) == (3, 1, 1)
    assert stats.assets == 1  # map-1 is used by the barrier's body; "unused" is not
    with b.sessions.begin() as s:
        report = import_bundle(s, tmp_path / "cur.kvb")
    assert report.added == {"item": 3, "module": 1, "curriculum": 1, "asset": 1}
    with b.read_sessions() as s:
        titles = set(s.scalars(text("SELECT title FROM content_item")))
    assert "Mangel på kapasitet" in titles
    assert "Hvem eier vertskapet?" not in titles


def test_selection_of_one_item_follows_relations(make_library, tmp_path):
    a = make_library("a")
    ids = populate(a)
    with a.read_sessions() as s:
        stats = export_bundle(s, tmp_path / "one.kvb", item_ids=[ids["measure"]])
        lone = export_bundle(s, tmp_path / "lone.kvb", item_ids=[ids["lone"]])
    assert stats.items == 3
    assert lone.items == 1
    assert lone.modules == 0


def test_unknown_selected_id_is_refused(make_library, tmp_path):
    a = make_library("a")
    populate(a)
    with a.read_sessions() as s, pytest.raises(BundleError, match="no item with id nope"):
        export_bundle(s, tmp_path / "x.kvb", item_ids=["nope"])
    assert not list(tmp_path.glob("x.kvb*"))


# -- conflicts --------------------------------------------------------------------------------


def _export(lib: Library, path: Path) -> Path:
    with lib.read_sessions() as s:
        export_bundle(s, path)
    return path


def test_newer_local_revision_is_not_overwritten(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    bundle_path = _export(a, tmp_path / "all.kvb")
    with b.sessions.begin() as s:
        import_bundle(s, bundle_path)
    UndoHistory(b.sessions, author="other").run(
        UpdateItem(entity_id=ids["barrier"], values={"title": "Lokal endring"})
    )
    with b.sessions.begin() as s:
        report = import_bundle(s, bundle_path)
    assert report.skipped == {"item": 1}
    assert "newer than the bundle" in report.conflicts[0]
    with b.read_sessions() as s:
        title = s.scalar(
            text("SELECT title FROM content_item WHERE id = :i"), {"i": ids["barrier"]}
        )
    assert title == "Lokal endring"


def test_newer_bundle_revision_fast_forwards(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "v1.kvb"))
    UndoHistory(a.sessions, author="designer").run(
        UpdateItem(entity_id=ids["measure"], values={"title": "Nytt navn", "tags": ["ny"]})
    )
    with b.sessions.begin() as s:
        report = import_bundle(s, _export(a, tmp_path / "v2.kvb"))
    assert report.updated == {"item": 1}
    assert report.revisions_added == 1
    assert content_rows(a) == content_rows(b)


def test_diverged_entity_is_a_conflict(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "v1.kvb"))
    UndoHistory(a.sessions, author="a").run(
        UpdateItem(entity_id=ids["lone"], values={"title": "Fra A"})
    )
    UndoHistory(b.sessions, author="b").run(
        UpdateItem(entity_id=ids["lone"], values={"title": "Fra B"})
    )
    before = table_rows(b)
    with b.sessions.begin() as s:
        report = import_bundle(s, _export(a, tmp_path / "v2.kvb"))
    assert report.skipped == {"item": 1}
    assert "changed both" in report.conflicts[0]
    assert table_rows(b) == before


# -- invalid bundles leave the library unchanged ------------------------------------------------


def _import_fails(lib: Library, path: Path, match: str) -> BundleError:
    before = table_rows(lib)
    with pytest.raises(BundleError, match=match) as info, lib.sessions.begin() as s:
        import_bundle(s, path)
    assert table_rows(lib) == before
    return info.value


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (
            lambda items: items[0].update(title=""),
            r"items/0000\.json, field \[0\]\.title: required",
        ),
        (
            lambda items: items[1].update(language="de"),
            r"items/0000\.json, field \[1\]\.language: must be one of",
        ),
        (lambda items: items[2].pop("body"), r"field \[2\]\.body: required"),
        (lambda items: items[0].update(colour="red"), r"field \[0\]\.colour: unknown field"),
        (lambda items: items[0]["fields"].update(year="many"), r"fields\.year"),
        (
            lambda items: items[0].update(deleted_at="yesterday"),
            r"field \[0\]\.deleted_at: has an invalid format",
        ),
        (
            lambda items: items[0].update(updated_at="2024-13-40T25:61:00+00:00"),
            r"field \[0\]\.updated_at: 2024-13-40T25:61:00\+00:00 is not a real date and time",
        ),
        (
            lambda items: items[0]["history"][0].update(changed_at="2024-02-30T10:00:00Z"),
            r"field \[0\]\.history\[0\]\.changed_at: .* is not a real date",
        ),
    ],
)
def test_invalid_item_names_member_and_field(make_library, tmp_path, change, match):
    a, b = make_library("a"), make_library("b")
    populate(a)
    populate(b)
    rewrite(_export(a, tmp_path / "ok.kvb"), tmp_path / "bad.kvb", edit_items(change))
    _import_fails(b, tmp_path / "bad.kvb", match)


def test_relation_kind_rules_are_checked(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    populate(a)

    def wrong(items: list[dict[str, Any]]) -> None:
        measure = next(i for i in items if i["relations"])
        measure["relations"][0]["type"] = "instance_of"

    rewrite(_export(a, tmp_path / "ok.kvb"), tmp_path / "bad.kvb", edit_items(wrong))
    _import_fails(b, tmp_path / "bad.kvb", r"relations\[0\]\.type: a measure cannot")


def test_reference_to_unknown_id_is_refused(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    populate(a)

    def dangling(items: list[dict[str, Any]]) -> None:
        measure = next(i for i in items if i["citations"])
        measure["citations"][0]["source_id"] = "no-such-source"

    rewrite(_export(a, tmp_path / "ok.kvb"), tmp_path / "bad.kvb", edit_items(dangling))
    error = _import_fails(b, tmp_path / "bad.kvb", "neither in the bundle nor in the library")
    assert "citations[0].source_id" in str(error)


def test_reference_to_item_already_in_library_is_fine(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "all.kvb"))

    def only_measure(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0000.json"])
        items = [i for i in items if i["id"] == ids["measure"]]
        items[0]["id"] = str(uuid.uuid4())
        for child in items[0]["relations"] + items[0]["citations"]:
            child["id"] = str(uuid.uuid4())
        for h in items[0]["history"]:
            h["state"] = None
        members["items/0000.json"] = json.dumps(items).encode()
        for name in ("modules/0000.json", "curricula/0000.json", "assets/index.json"):
            members.pop(name)
        for name in [n for n in members if n.endswith(".bin")]:
            members.pop(name)
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = [m for m in manifest["members"] if m["name"] in members]
        manifest["members"][0]["count"] = 1
        manifest["counts"] = {
            "items": 1,
            "modules": 0,
            "curricula": 0,
            "revisions": len(items[0]["history"]),
            "assets": 0,
        }
        members["manifest.json"] = json.dumps(manifest).encode()

    rewrite(tmp_path / "all.kvb", tmp_path / "copy.kvb", only_measure)
    with b.sessions.begin() as s:
        report = import_bundle(s, tmp_path / "copy.kvb")
    assert report.added == {"item": 1}


def test_child_id_owned_by_another_entity_is_refused(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "all.kvb"))

    def steal(items: list[dict[str, Any]]) -> None:
        measure = next(i for i in items if i["id"] == ids["measure"])
        measure["id"] = str(uuid.uuid4())  # a new item reusing the relation's id

    rewrite(tmp_path / "all.kvb", tmp_path / "steal.kvb", edit_items(steal))
    _import_fails(b, tmp_path / "steal.kvb", "already belongs to another item")


def test_import_writes_no_files(make_library, tmp_path, monkeypatch):
    a, b = make_library("a"), make_library("b")
    populate(a)
    path = _export(a, tmp_path / "all.kvb")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    before = sorted(p.name for p in tmp_path.iterdir())
    with b.sessions.begin() as s:
        import_bundle(s, path)
    after = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in after if not n.startswith("b.sqlite")] == [
        n for n in before if not n.startswith("b.sqlite")
    ]
    assert list(work.iterdir()) == []


def test_revision_history_travels(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "all.kvb"))
    with b.read_sessions() as s:
        revs = s.scalar(
            select(func.count()).select_from(Revision).where(Revision.entity_id == ids["measure"])
        )
    assert revs == 4  # create, relation, citation, update


def test_newest_imported_state_is_kept_once_and_written_out_on_edit(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "all.kvb"))
    item = ids["barrier"]
    with b.read_sessions() as s:
        newest = s.execute(
            select(Revision.revision, Revision.state).where(Revision.entity_id == item)
            .order_by(Revision.revision.desc())
        ).first()
    assert newest.state is None  # "the current state": no second copy of the texts
    with a.read_sessions() as s:
        imported = state_at(s, "item", item, newest.revision)
    UndoHistory(b.sessions, author="other").run(
        UpdateItem(entity_id=item, values={"title": "Lokal endring", "body": "Ny tekst"})
    )
    with b.read_sessions() as s:
        assert state_at(s, "item", item, newest.revision) == imported
        assert state_at(s, "item", item, newest.revision + 1)["title"] == "Lokal endring"
        assert s.scalar(
            select(func.count()).select_from(Revision)
            .where(Revision.entity_id == item, Revision.state.is_(None))
        ) == 0


def test_search_index_is_rebuilt_for_many_items(make_library, tmp_path, monkeypatch):
    a, b = make_library("a"), make_library("b")
    populate(a)
    monkeypatch.setattr(bundle_write, "REINDEX_ONE_BY_ONE", 1)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "all.kvb"))
    assert content_rows(a)["item_fts"] == content_rows(b)["item_fts"]


def test_stats_warn_about_references_that_no_longer_exist(make_library, tmp_path):
    a = make_library("a")
    ids = populate(a)
    with a.sessions.begin() as s:
        s.execute(
            text("UPDATE item_relation SET target_id = 'vanished' WHERE source_id = :i"),
            {"i": ids["measure"]},
        )
    with a.read_sessions() as s:
        stats = export_bundle(s, tmp_path / "all.kvb")
    assert any("vanished" in w for w in stats.warnings)


# -- property: random libraries round-trip exactly ----------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzæøåÆØÅáčđŋšŧžÁČĐŊŠŦŽ -.,!?«»–"
texts = st.text(alphabet=LETTERS, min_size=1, max_size=40).filter(lambda t: t.strip())
KINDS = ("finding", "barrier", "measure", "question", "archetype", "source")


@st.composite
def libraries(draw: Any) -> dict[str, Any]:
    items = draw(
        st.lists(
            st.tuples(st.sampled_from(KINDS), texts, texts, st.lists(texts, max_size=3)),
            min_size=1,
            max_size=6,
        )
    )
    n = len(items)
    relations = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), texts), max_size=4)
    )
    citations = draw(st.lists(st.tuples(st.integers(0, n - 1), texts), max_size=3))
    modules = draw(
        st.lists(
            st.tuples(
                texts,
                st.lists(
                    st.lists(st.one_of(st.integers(0, n - 1), texts), max_size=3),
                    min_size=1,
                    max_size=3,
                ),
            ),
            max_size=3,
        )
    )
    curricula = draw(
        st.lists(
            st.tuples(texts, st.lists(st.lists(st.integers(0, 10), max_size=3), max_size=3)),
            max_size=2,
        )
    )
    edits = draw(st.lists(st.tuples(st.integers(0, n - 1), texts), max_size=3))
    deletes = draw(st.lists(st.integers(0, n - 1), max_size=2))
    return {
        "items": items,
        "relations": relations,
        "citations": citations,
        "modules": modules,
        "curricula": curricula,
        "edits": edits,
        "deletes": deletes,
    }


def build(lib: Library, spec: dict[str, Any]) -> None:
    h = UndoHistory(lib.sessions, author="prop")
    ids = []
    for kind, title, body, tags in spec["items"]:
        cmd = CreateItem(
            values={"kind": kind, "title": title, "body": body, "tags": tags, "language": "se"}
        )
        h.run(cmd)
        ids.append(cmd.entity_id)
    for src, dst, note in spec["relations"]:
        if src != dst:
            _try(h, AddRelation(entity_id=ids[src], target_id=ids[dst], note=note))
    sources = [i for i, it in zip(ids, spec["items"]) if it[0] == "source"]
    for item, locator in spec["citations"]:
        if sources:
            _try(h, AddCitation(entity_id=ids[item], source_id=sources[0], locator=locator))
    module_ids = []
    for title, sections in spec["modules"]:
        blocks = [
            [
                {"item_id": ids[b]} if isinstance(b, int) else {"block_type": "text", "text": b}
                for b in sec
            ]
            for sec in sections
        ]
        cmd = CreateModule(
            values={
                "title": title,
                "sections": [{"title": f"Del {i}", "blocks": bl} for i, bl in enumerate(blocks)],
            }
        )
        h.run(cmd)
        module_ids.append(cmd.entity_id)
    for title, sessions in spec["curricula"]:
        cur = CreateCurriculum(values={"title": title})
        h.run(cur)
        rev = cur.last_revision
        for entries in sessions:
            ses = AddSession(entity_id=cur.entity_id, expected_revision=rev, title=title)
            h.run(ses)
            rev = ses.last_revision
            picked = [module_ids[e % len(module_ids)] for e in entries] if module_ids else []
            if picked:
                add = AddModulesToSession(
                    entity_id=cur.entity_id,
                    expected_revision=rev,
                    session_id=ses.session_id,
                    module_ids=picked,
                )
                h.run(add)
                rev = add.last_revision
    for index, summary in spec["edits"]:
        h.run(UpdateItem(entity_id=ids[index], values={"summary": summary}))
    for index in dict.fromkeys(spec["deletes"]):
        _try(h, DeleteItem(entity_id=ids[index]))


def _try(h: UndoHistory, cmd: Any) -> None:
    with contextlib.suppress(Exception):
        h.run(cmd)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=libraries())
def test_random_libraries_round_trip_exactly(tmp_path_factory, spec):
    folder = tmp_path_factory.mktemp("prop")
    a, b = open_library(folder / "a.sqlite"), open_library(folder / "b.sqlite")
    try:
        build(a, spec)
        path = _export(a, folder / "all.kvb")
        with b.sessions.begin() as s:
            import_bundle(s, path)
        assert content_rows(a) == content_rows(b)
        rows = content_rows(b)
        with b.sessions.begin() as s:
            report = import_bundle(s, path)
        assert report.added == {}
        assert report.conflicts == []
        assert content_rows(b) == rows
    finally:
        a.dispose()
        b.dispose()


def test_export_of_empty_library(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    with a.read_sessions() as s:
        stats = export_bundle(s, tmp_path / "empty.kvb")
    assert stats.items == 0
    with b.sessions.begin() as s:
        report = import_bundle(s, tmp_path / "empty.kvb")
    assert report.added == {}


def test_bundle_is_a_plain_zip(make_library, tmp_path):
    a = make_library("a")
    populate(a)
    data = _export(a, tmp_path / "all.kvb").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
    assert names[-1] == "manifest.json"
    assert "items/0000.json" in names
    assert "assets/index.json" in names


def test_asset_row_is_copied_exactly(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    populate(a)
    with b.sessions.begin() as s:
        s.execute(
            insert(Asset.__table__),
            [
                {
                    "id": "map-1",
                    "name": "annet.png",
                    "mime": "image/png",
                    "sha256": "f" * 64,
                    "data": b"other",
                }
            ],
        )
    with b.sessions.begin() as s:
        report = import_bundle(s, _export(a, tmp_path / "all.kvb"))
    assert report.skipped == {"asset": 1}
    assert "asset «kart.png» (map-1)" in report.conflicts[0]


# -- big bundles: half of the members checked in a worker process ------------------------------


def test_big_bundle_is_checked_in_two_processes(make_library, tmp_path, monkeypatch):
    a, b = make_library("a"), make_library("b")
    populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)  # one item per member
    bundle_path = _export(a, tmp_path / "all.kvb")
    monkeypatch.setattr(bundle_check, "PARALLEL_FROM_BYTES", 0)
    started = []
    real_results = bundle_check.MemberChecker.results

    def results(self: bundle_check.MemberChecker) -> Any:
        found = real_results(self)
        started.append((sorted(self.remote), found))
        return found

    monkeypatch.setattr(bundle_check.MemberChecker, "results", results)
    with b.sessions.begin() as s:
        report = import_bundle(s, bundle_path)
    remote, found = started[0]
    assert "items/0004.json" in remote
    assert "items/0000.json" not in remote
    assert found is not None
    assert set(found) == set(remote)
    assert report.added["item"] == 5
    assert content_rows(a) == content_rows(b)


def test_worker_checked_update_of_stored_items_is_written_whole(
    make_library, tmp_path, monkeypatch
):
    """The worker sends slim records of the members it checks; an item the library
    already holds is read whole again here, so its update is planned and written fully."""
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)  # one item per member
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "v1.kvb"))
    changed = 0
    for entity_id in ids.values():  # every item changes, those the worker checks too
        with contextlib.suppress(Exception):  # (ids also names modules and curricula)
            UndoHistory(a.sessions, author="designer").run(
                UpdateItem(entity_id=entity_id, values={"tags": ["oppdatert"]})
            )
            changed += 1
    UndoHistory(a.sessions, author="designer").run(
        CreateItem(values={"kind": "finding", "title": "Nytt funn om fjellbeite"})
    )
    monkeypatch.setattr(bundle_check, "PARALLEL_FROM_BYTES", 0)
    checked_remotely = []
    real_results = bundle_check.MemberChecker.results

    def results(self: bundle_check.MemberChecker) -> Any:
        found = real_results(self)
        checked_remotely.extend(self.slims)
        return found

    monkeypatch.setattr(bundle_check.MemberChecker, "results", results)
    with b.sessions.begin() as s:
        report = import_bundle(s, _export(a, tmp_path / "v2.kvb"))
    assert checked_remotely  # some item members came back slim from the worker
    assert report.added["item"] == 1
    assert changed >= 3
    assert report.updated["item"] == changed
    assert content_rows(a) == content_rows(b)


def test_problems_found_by_the_worker_name_member_and_field(make_library, tmp_path, monkeypatch):
    a, b = make_library("a"), make_library("b")
    populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)
    good = _export(a, tmp_path / "all.kvb")

    def bad_title(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0004.json"])
        items[0]["title"] = 5
        members["items/0004.json"] = json.dumps(items, ensure_ascii=False).encode()

    rewrite(good, tmp_path / "bad.kvb", bad_title)
    monkeypatch.setattr(bundle_check, "PARALLEL_FROM_BYTES", 0)
    _import_fails(b, tmp_path / "bad.kvb", r"items/0004\.json, field \[0\]\.title: must be a text")


def test_big_import_into_a_used_library_indexes_like_a_rebuild(
    make_library, tmp_path, monkeypatch, index_terms
):
    """The index a big import builds holds stored, replaced and new items rightly."""
    a, b = make_library("a"), make_library("b")
    if not b.is_sqlite:
        pytest.skip("compares SQLite's index tables")
    ids = populate(a)
    with b.sessions.begin() as s:
        import_bundle(s, _export(a, tmp_path / "v1.kvb"))
    UndoHistory(b.sessions, author="other").run(
        CreateItem(values={"kind": "finding", "title": "Bare lokalt funn om fjellbeite"})
    )
    UndoHistory(a.sessions, author="designer").run(
        UpdateItem(entity_id=ids["measure"], values={"title": "Nytt tiltaksnavn", "tags": ["ny"]})
    )
    monkeypatch.setattr(bundle_write, "REINDEX_ONE_BY_ONE", 0)  # the big-import path
    with b.sessions.begin() as s:
        report = import_bundle(s, _export(a, tmp_path / "v2.kvb"))
    assert report.updated == {"item": 1}
    built = index_terms(b)
    terms = {r[0] for r in built["item_fts_head"]}
    assert {"tiltaksnavn", "fjellbeite"} <= terms
    with b.sessions.begin() as s:
        search_index.rebuild(s)
    assert index_terms(b) == built


def test_a_broken_reference_on_the_big_import_path_changes_nothing(
    make_library, tmp_path, monkeypatch, index_terms
):
    """Cross-entity rules are checked before anything is written on the big-import path
    too (new items kept slim, written member by member): the problem is told as it is,
    and the library and its index are as they were."""
    a, b = make_library("a"), make_library("b")
    populate(a)
    UndoHistory(b.sessions, author="other").run(
        CreateItem(values={"kind": "finding", "title": "Bare lokalt funn om fjellbeite"})
    )
    terms = index_terms if b.is_sqlite else (lambda _lib: {})  # SQLite's index tables
    before = terms(b)

    def dangling(items: list[dict[str, Any]]) -> None:
        with_rel = next(i for i in items if i["relations"])
        with_rel["relations"][0]["target_id"] = "finnes-ikke"

    rewrite(_export(a, tmp_path / "ok.kvb"), tmp_path / "bad.kvb", edit_items(dangling))
    monkeypatch.setattr(bundle_write, "REINDEX_ONE_BY_ONE", 0)  # the big-import path
    _import_fails(b, tmp_path / "bad.kvb", r"target_id: item finnes-ikke is neither")
    assert terms(b) == before  # every table too (_import_fails)
    with b.read_sessions() as s:
        assert [h.title for h in search(s, "fjellbeite")] == ["Bare lokalt funn om fjellbeite"]


def test_references_to_entities_only_in_the_library_are_resolved_there(make_library, tmp_path):
    """A bundle may leave out what it refers to when the library has it: kinds of stored
    items still decide the relation rules, and stored modules may be placed."""
    a, b = make_library("a"), make_library("b")
    ids = populate(a)
    full = _export(a, tmp_path / "full.kvb")
    with b.sessions.begin() as s:
        import_bundle(s, full)
    UndoHistory(a.sessions, author="designer").run(
        UpdateItem(entity_id=ids["measure"], values={"title": "Nytt tiltaksnavn"})
    )

    def only_the_measure(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0000.json"])
        kept = [i for i in items if i["id"] == ids["measure"]]
        members["items/0000.json"] = json.dumps(kept, ensure_ascii=False).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["counts"]["items"] = 1
        manifest["counts"]["revisions"] -= sum(
            len(i["history"]) for i in items if i["id"] != ids["measure"]
        )
        for m in manifest["members"]:
            if m["name"] == "items/0000.json":
                m["count"] = 1
        members["manifest.json"] = json.dumps(manifest).encode()

    rewrite(_export(a, tmp_path / "v2.kvb"), tmp_path / "lean.kvb", only_the_measure)
    with b.sessions.begin() as s:
        report = import_bundle(s, tmp_path / "lean.kvb")
    assert report.updated == {"item": 1}

    def wrong_kind(members: dict[str, bytes]) -> None:
        only_the_measure(members)
        items = json.loads(members["items/0000.json"])
        items[0]["relations"][0]["target_id"] = ids["source"]  # stored, but a source
        members["items/0000.json"] = json.dumps(items, ensure_ascii=False).encode()

    rewrite(_export(a, tmp_path / "v2.kvb"), tmp_path / "wrong.kvb", wrong_kind)
    _import_fails(
        b, tmp_path / "wrong.kvb", r"relations\[0\]\.type: a measure cannot .addresses. a source"
    )


def test_kind_rules_are_checked_by_the_worker_too(make_library, tmp_path, monkeypatch):
    a, b = make_library("a"), make_library("b")
    populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)
    good = _export(a, tmp_path / "all.kvb")

    def bad_status(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0004.json"])
        items[0]["fields"]["year"] = "many"
        members["items/0004.json"] = json.dumps(items, ensure_ascii=False).encode()

    rewrite(good, tmp_path / "bad.kvb", bad_status)
    monkeypatch.setattr(bundle_check, "PARALLEL_FROM_BYTES", 0)
    _import_fails(b, tmp_path / "bad.kvb", r"items/0004\.json, field \[0\]\.fields\.year")


@pytest.mark.parametrize("worker_runs", [True, False])
def test_malformed_json_in_a_member_parsed_by_the_worker_is_refused(
    make_library, tmp_path, monkeypatch, worker_runs
):
    """This process parses the worker's members without the strict checks (the worker
    makes them on the same bytes); when the worker cannot run they are made here."""
    a, b = make_library("a"), make_library("b")
    populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)
    good = _export(a, tmp_path / "all.kvb")

    def duplicate_key(members: dict[str, bytes]) -> None:
        text = members["items/0004.json"].decode()
        text = text.replace('"title":', '"title":"Skjult","title":', 1)
        members["items/0004.json"] = text.encode()

    rewrite(good, tmp_path / "dup.kvb", duplicate_key)
    monkeypatch.setattr(bundle_check, "PARALLEL_FROM_BYTES", 0)
    if not worker_runs:
        monkeypatch.setattr(bundle_check.MemberChecker, "results", lambda self: None)
    _import_fails(b, tmp_path / "dup.kvb", r"items/0004\.json: .*duplicate key 'title'")


def test_duplicate_ids_in_a_bundle_are_refused(make_library, tmp_path):
    a, b = make_library("a"), make_library("b")
    populate(a)
    good = _export(a, tmp_path / "ok.kvb")

    def same_item_id(items: list[dict[str, Any]]) -> None:
        items[1]["id"] = items[0]["id"]

    rewrite(good, tmp_path / "dup.kvb", edit_items(same_item_id))
    _import_fails(b, tmp_path / "dup.kvb", r"items/0000\.json, field \[1\]\.id: the item .* twice")

    def same_child_id(items: list[dict[str, Any]]) -> None:
        with_rel = next(i for i in items if i["relations"])
        with_cit = next(i for i in items if i["citations"])
        with_cit["citations"][0]["id"] = with_rel["relations"][0]["id"]

    rewrite(good, tmp_path / "dup2.kvb", edit_items(same_child_id))
    _import_fails(b, tmp_path / "dup2.kvb", r"citations\[0\]\.id: id .* is used twice")


@pytest.mark.parametrize(
    "value",
    ["2024-04-28T20:21:00+00:00", "2024-04-28T20:21:00.123456+00:00", "2024-04-28T22:21:00+02:00",
     "2024-04-28T20:21:00Z", "1999-12-31T23:59:59-05:00"],
)
def test_timestamps_are_stored_as_sqlalchemy_stores_them(value):
    from datetime import datetime

    from sqlalchemy.dialects import sqlite

    from db.models import Revision

    dialect = sqlite.dialect()
    proc = Revision.__table__.c.changed_at.type.dialect_impl(dialect).bind_processor(dialect)
    expected = proc(datetime.fromisoformat(value))
    assert bundle_rows.stored_time(proc, True, value) == expected
    assert bundle_rows.stored_time(proc, True, datetime.fromisoformat(value)) == expected


def test_a_script_without_main_guard_keeps_the_worker(make_library, tmp_path, monkeypatch):
    # The worker must not re-run the caller's script (multiprocessing's spawn did, so a
    # script without `if __name__ == "__main__"` lost the worker and checked everything
    # in one process, twice as slow).
    import subprocess
    import sys
    from pathlib import Path

    a = make_library("a")
    populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)
    bundle_path = _export(a, tmp_path / "all.kvb")
    script = tmp_path / "import_script.py"
    script.write_text(
        "from content.bundle import check, import_bundle\n"
        "from db.engine import open_library\n"
        "check.PARALLEL_FROM_BYTES = 0\n"
        "real = check.MemberChecker.results\n"
        "def results(self):\n"
        "    found = real(self)\n"
        "    print('worker answered' if found is not None else 'worker lost', flush=True)\n"
        "    return found\n"
        "check.MemberChecker.results = results\n"
        f"lib = open_library({str(tmp_path / 'b.sqlite')!r})\n"
        "with lib.sessions.begin() as s:\n"
        f"    report = import_bundle(s, {str(bundle_path)!r})\n"
        "print('items', report.added['item'])\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(root)}, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["worker answered", "items 5"]
