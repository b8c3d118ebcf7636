"""Team library against a real PostgreSQL server: init, clone, sync, merge, faults.

Skipped only when KURSVERK_TEST_PG_URL is unset (bash .ci/run and tools/test.sh start a
throw-away server).
"""

from __future__ import annotations

import socket
import time
import uuid
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from cli.main import main
from content.commands import CreateItem, DeleteItem, UpdateItem
from content.library import state_at
from content.modules.commands import CreateModule, MoveBlock, UpdateBlock
from content.sync import team
from content.undo import UndoHistory
from db.engine import Library, open_library
from db.models import ChangeLog, ContentItem, Module, Revision
from tests.conftest import PG_URL

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)


LOGINS = ("kari", "ola", "anne")


@pytest.fixture
def server_url() -> Iterator[str]:
    """Return the URL of a new, empty database set up as a team library."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"kv_team_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        team.init_server(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for login in LOGINS:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}_{name}"'))
            for role in ("redaktor", "gransker", "administrator"):
                conn.execute(text(f'DROP ROLE IF EXISTS "kv_{name}_{role}"'))
        admin.dispose()


@pytest.fixture
def server(server_url: str) -> Iterator[Library]:
    """Return the team server opened as a library (for seeding and checking)."""
    lib = open_library(server_url)
    yield lib
    lib.dispose()


BODY = "Første avsnitt om fravær.\n\nAndre avsnitt om tiltak.\n\nTredje avsnitt om oppfølging."


def seed_item(server: Library, **values: Any) -> str:
    cmd = CreateItem(values={"kind": "finding", "title": "Fravær", "body": BODY, **values})
    UndoHistory(server.sessions, "seed").run(cmd)
    return cmd.entity_id


def clone(server_url: str, tmp_path: Path, name: str) -> Library:
    path = tmp_path / f"{name}.sqlite"
    team.clone(server_url, path)
    return open_library(path)


def item_on(lib: Library, item_id: str) -> ContentItem:
    with lib.read_sessions() as s:
        obj = s.get(ContentItem, item_id)
        assert obj is not None
        return obj


def edit(lib: Library, item_id: str, author: str, **values: Any) -> None:
    rev = item_on(lib, item_id).revision
    UndoHistory(lib.sessions, author).run(
        UpdateItem(entity_id=item_id, expected_revision=rev, values=values)
    )


@pytest.fixture
def two(server: Library, server_url: str, tmp_path: Path) -> Iterator[tuple[Library, Library, str]]:
    """Return two working copies of a server holding one item, and the item's id."""
    item_id = seed_item(server)
    a, b = clone(server_url, tmp_path, "a"), clone(server_url, tmp_path, "b")
    yield a, b, item_id
    a.dispose()
    b.dispose()


def test_clone_holds_the_server_library_and_remembers_it(two: tuple[Library, Library, str],
                                                         server_url: str) -> None:
    a, _, item_id = two
    assert item_on(a, item_id).body == BODY
    st = team.status(a)
    assert (st.waiting, st.conflicts) == (0, [])
    assert make_url(server_url).database in st.server
    report = team.sync(a)
    assert (report.pushed, report.pulled, report.merged) == (0, 0, 0)


def test_every_committed_change_on_the_server_enters_the_change_feed(
    server: Library, server_url: str
) -> None:
    item_id = seed_item(server)
    edit(server, item_id, "kari", title="Fravær i Bodø")
    with server.read_sessions() as s:
        rows = s.execute(
            select(ChangeLog.seq, ChangeLog.revision, ChangeLog.author)
            .where(ChangeLog.entity_id == item_id).order_by(ChangeLog.seq)
        ).all()
    assert [(r.revision, r.author) for r in rows] == [(1, "seed"), (2, "kari")]
    assert rows[0].seq < rows[1].seq


def test_edits_to_different_fields_on_two_copies_are_both_kept(
    two: tuple[Library, Library, str], server: Library
) -> None:
    a, b, item_id = two
    edit(a, item_id, "a", title="Fravær i Bodø")
    edit(b, item_id, "b", status="approved", tags=["helse"])
    assert team.sync(a).pushed == 1
    report = team.sync(b)
    assert (report.merged, report.conflicts) == (1, [])
    team.sync(a)
    for lib in (a, b, server):
        got = item_on(lib, item_id)
        assert (got.title, got.status, got.tags) == ("Fravær i Bodø", "approved", ["helse"])
    assert team.status(a).waiting == team.status(b).waiting == 0


def test_same_text_field_in_different_paragraphs_merges(
    two: tuple[Library, Library, str], server: Library
) -> None:
    a, b, item_id = two
    edit(a, item_id, "a", body=BODY.replace("Første avsnitt", "Første, omskrevne avsnitt"))
    edit(b, item_id, "b", body=BODY.replace("om oppfølging", "om tett oppfølging"))
    team.sync(a)
    assert team.sync(b).conflicts == []
    team.sync(a)
    for lib in (a, b, server):
        body = item_on(lib, item_id).body
        assert "Første, omskrevne avsnitt" in body
        assert "om tett oppfølging" in body


def test_resolving_a_title_conflict_names_the_title_as_resolved(
    two: tuple[Library, Library, str],
) -> None:
    a, b, item_id = two
    edit(a, item_id, "a", title="Fravær i skolen")
    edit(b, item_id, "b", title="Fravær på jobb")
    team.sync(a)
    assert len(team.sync(b).conflicts) == 1
    assert team.resolve(b, item_id, "theirs") == "Fravær i skolen"
    assert item_on(b, item_id).title == "Fravær i skolen"


def test_same_words_changed_on_both_sides_is_a_conflict_keeping_both(
    two: tuple[Library, Library, str], server: Library
) -> None:
    a, b, item_id = two
    theirs = BODY.replace("om tiltak", "om gode tiltak")
    mine = BODY.replace("om tiltak", "om nye tiltak")
    edit(a, item_id, "a", body=theirs)
    edit(b, item_id, "b", body=mine, title="Fravær (b)")
    team.sync(a)
    report = team.sync(b)
    assert len(report.conflicts) == 1
    # b keeps its text; the server keeps a's; the conflict holds both.
    assert item_on(b, item_id).body == mine
    assert item_on(server, item_id).body == theirs
    (row,) = team.conflicts(b)
    assert [(p["path"], p["mine"], p["theirs"]) for p in row.places] == [("body", mine, theirs)]
    # a conflicted entity is not pushed by later syncs until it is resolved
    team.sync(b)
    assert item_on(server, item_id).body == theirs
    assert team.status(b).waiting == 1
    # take theirs: the clean part of the merge (b's title) stays and goes to the server
    team.resolve(b, item_id[:10], "theirs")
    assert team.conflicts(b) == []
    team.sync(b)
    team.sync(a)
    for lib in (a, b, server):
        got = item_on(lib, item_id)
        assert (got.body, got.title) == (theirs, "Fravær (b)")


def test_resolving_with_mine_sends_mine(two: tuple[Library, Library, str], server: Library) -> None:
    a, b, item_id = two
    edit(a, item_id, "a", summary="A")
    edit(b, item_id, "b", summary="B")
    team.sync(a)
    team.sync(b)
    team.resolve(b, item_id, "mine")
    team.sync(b)
    assert item_on(server, item_id).summary == "B"
    team.sync(a)
    assert item_on(a, item_id).summary == "B"


def test_delete_on_one_copy_and_edit_on_the_other_is_a_conflict(
    two: tuple[Library, Library, str], server: Library
) -> None:
    a, b, item_id = two
    rev = item_on(a, item_id).revision
    UndoHistory(a.sessions, "a").run(DeleteItem(entity_id=item_id, expected_revision=rev))
    edit(b, item_id, "b", body="Helt ny tekst.")
    team.sync(a)
    assert item_on(server, item_id).deleted_at is not None
    report = team.sync(b)
    assert len(report.conflicts) == 1
    (row,) = team.conflicts(b)
    assert [p["path"] for p in row.places] == ["deleted"]
    kept = item_on(b, item_id)
    assert (kept.deleted_at, kept.body) == (None, "Helt ny tekst.")  # the edit is not lost
    assert row.places[0]["theirs"]["deleted"] is True


def test_block_moved_on_one_copy_and_edited_on_the_other(
    server: Library, server_url: str, tmp_path: Path
) -> None:
    create = CreateModule(values={"title": "Modul", "sections": [
        {"id": "s1", "title": "Del 1", "blocks": [
            {"id": "b1", "block_type": "text", "text": "en"},
            {"id": "b2", "block_type": "text", "text": "to"},
        ]},
        {"id": "s2", "title": "Del 2", "blocks": []},
    ]})
    UndoHistory(server.sessions, "seed").run(create)
    mid = create.entity_id
    a, b = clone(server_url, tmp_path, "a"), clone(server_url, tmp_path, "b")
    try:
        UndoHistory(a.sessions, "a").run(
            MoveBlock(entity_id=mid, expected_revision=1, block_id="b1", to_section_id="s2")
        )
        UndoHistory(b.sessions, "b").run(
            UpdateBlock(entity_id=mid, expected_revision=1, block_id="b1",
                        values={"text": "en, endret"})
        )
        team.sync(a)
        assert team.sync(b).conflicts == []
        team.sync(a)
        for lib in (a, b, server):
            with lib.read_sessions() as s:
                mod = s.get(Module, mid)
                assert mod is not None
                got = [(sec.id, [(bl.id, bl.text) for bl in sec.blocks]) for sec in mod.sections]
            assert got == [("s1", [("b2", "to")]), ("s2", [("b1", "en, endret")])]
    finally:
        a.dispose()
        b.dispose()


def test_new_items_travel_both_ways(two: tuple[Library, Library, str], server: Library) -> None:
    a, b, _ = two
    made = CreateItem(values={"kind": "finding", "title": "Nytt funn fra A"})
    UndoHistory(a.sessions, "a").run(made)
    assert team.status(a).waiting == 1
    assert team.sync(a).pushed == 1
    assert team.sync(b).pulled == 1
    assert item_on(b, made.entity_id).title == "Nytt funn fra A"
    assert item_on(server, made.entity_id).created_by == "a"
    assert item_on(b, made.entity_id).updated_by == "a"  # not the name of whoever synced
    assert team.status(b).waiting == 0


def _revisions_on_server(server: Library) -> int:
    with server.read_sessions() as s:
        return int(s.execute(select(func.count()).select_from(Revision)).scalar() or 0)


@pytest.mark.parametrize("point", ["server", "between", "local"])
def test_a_sync_killed_midway_is_finished_by_the_next_with_nothing_twice(
    point: str, two: tuple[Library, Library, str], server: Library
) -> None:
    a, b, item_id = two
    other = seed_item(server, title="Endret på serveren")  # a change to pull
    made = CreateItem(values={"kind": "finding", "title": "Nytt i A"})
    UndoHistory(a.sessions, "a").run(made)
    edit(a, item_id, "a", title="Fravær (A)")
    before = _revisions_on_server(server)

    def kill(at: str) -> None:
        if at == point:
            raise KeyboardInterrupt(at)

    with pytest.raises(KeyboardInterrupt):
        team.sync(a, fault=kill)
    pushed_already = point != "server"
    assert _revisions_on_server(server) == before + (2 if pushed_already else 0)
    with a.read_sessions() as s:
        assert s.get(ContentItem, other) is None  # the local side took nothing yet
    team.sync(a)
    # every change once: one new revision for the edit, one for the new item
    assert _revisions_on_server(server) == before + 2
    assert item_on(server, item_id).title == "Fravær (A)"
    assert item_on(server, item_id).revision == 2
    assert item_on(a, other).title == "Endret på serveren"
    assert team.status(a).waiting == 0
    assert team.sync(a).pushed == 0
    team.sync(b)
    assert item_on(b, made.entity_id).title == "Nytt i A"
    assert item_on(b, item_id).title == "Fravær (A)"


def test_a_sync_with_nothing_to_do_is_quick(two: tuple[Library, Library, str]) -> None:
    a, _, _ = two
    team.sync(a)
    started = time.perf_counter()
    report = team.sync(a)
    elapsed = time.perf_counter() - started
    assert (report.pushed, report.pulled) == (0, 0)
    print(f"no-op sync: {elapsed * 1000:.0f} ms")


def test_an_unreachable_server_is_reported_offline_without_hanging(
    two: tuple[Library, Library, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _, item_id = two
    edit(a, item_id, "a", title="Offline-endring")
    silent = socket.socket()  # accepts connections but never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    port = silent.getsockname()[1]
    monkeypatch.setenv("KURSVERK_CONNECT_TIMEOUT", "1")
    try:
        with a.sessions.begin() as s:
            s.execute(text("UPDATE library_meta SET value = :v WHERE key = 'team.server'"),
                      {"v": f"postgresql+psycopg://postgres@127.0.0.1:{port}/x"})
        started = time.perf_counter()
        with pytest.raises(team.OfflineError, match="offline"):
            team.sync(a)
        assert time.perf_counter() - started < 10
    finally:
        silent.close()
    assert item_on(a, item_id).title == "Offline-endring"
    assert team.status(a).waiting == 1


def test_a_server_with_a_newer_schema_is_refused(
    two: tuple[Library, Library, str], server: Library
) -> None:
    a, _, _ = two
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(team.TeamError, match="newer schema"):
        team.sync(a)


def test_the_command_line_clones_syncs_and_lists_conflicts(
    server: Library, server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item_id = seed_item(server)
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert main(["team", "clone", server_url, "--db", str(a)]) == 0
    assert main(["--db", str(b), "team", "clone", server_url]) == 0
    for path, summary in ((a, "fra A"), (b, "fra B")):
        lib = open_library(path)
        edit(lib, item_id, "x", summary=summary)
        lib.dispose()
    assert main(["--db", str(a), "sync"]) == 0
    capsys.readouterr()
    assert main(["--db", str(b), "sync"]) == 1
    captured = capsys.readouterr()
    assert "0 merged, 1 conflict." in captured.out
    assert "Fravær" in captured.err
    assert main(["--db", str(b), "team", "conflicts"]) == 0
    listing = capsys.readouterr().out
    assert "summary:" in listing
    assert "fra B" in listing
    assert "fra A" in listing
    assert main(["--db", str(b), "sync", "--status"]) == 0
    assert "Conflicts:       1" in capsys.readouterr().out
    assert main(["--db", str(b), "team", "resolve", item_id, "--theirs"]) == 0
    assert main(["--db", str(b), "sync"]) == 0
    assert main(["--db", str(tmp_path / "none.sqlite"), "sync"]) == 1
    assert "team clone" in capsys.readouterr().err


def test_base_of_an_entity_is_its_synced_state(two: tuple[Library, Library, str]) -> None:
    a, _, item_id = two
    edit(a, item_id, "a", title="Ny")
    team.sync(a)
    with a.read_sessions() as s:
        obj = s.get(ContentItem, item_id)
        assert obj is not None
        assert state_at(s, "item", item_id, obj.revision)["title"] == "Ny"


def test_images_travel_with_the_text_that_uses_them(
    two: tuple[Library, Library, str], server: Library
) -> None:
    import io

    from PIL import Image

    from content.items.assets import add_asset, asset_data

    a, b, item_id = two
    buf = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(buf, "PNG")
    with a.sessions.begin() as s:
        asset_id = add_asset(s, "rød.png", buf.getvalue(), "a")
    edit(a, item_id, "a", body=f"![Rød](asset:{asset_id})")
    team.sync(a)
    team.sync(b)
    with b.read_sessions() as s:
        got = asset_data(s, asset_id)
    assert got is not None
    assert got[1] == buf.getvalue()
    assert item_on(b, item_id).body == f"![Rød](asset:{asset_id})"
    team.sync(b)  # nothing copied twice
    with server.read_sessions() as s:
        assert asset_data(s, asset_id) is not None


def _as(url: str, login: str) -> str:
    database = make_url(url).database
    return make_url(url).set(username=f"{login}_{database}").render_as_string(
        hide_password=False
    )


def test_a_reviewer_cannot_write_content_with_raw_sql_but_may_comment(
    server: Library, server_url: str
) -> None:
    item_id = seed_item(server)
    database = make_url(server_url).database
    team.set_member(server_url, f"kari_{database}", "gransker")
    team.set_member(server_url, f"ola_{database}", "redaktør")
    assert dict(team.list_members(server_url)) == {
        f"kari_{database}": "gransker", f"ola_{database}": "redaktør"
    }
    kari = create_engine(_as(server_url, "kari"))
    ola = create_engine(_as(server_url, "ola"))
    try:
        with kari.connect() as conn:  # reading is allowed
            assert conn.execute(text("SELECT count(*) FROM content_item")).scalar() == 1
        for sql in (
            "UPDATE content_item SET title = 'hacked'",
            "DELETE FROM revision",
            "INSERT INTO change_log (entity_type, entity_id, revision, author, changed_at) "
            "VALUES ('item', 'x', 1, 'kari', now())",
        ):
            with pytest.raises(Exception, match="permission denied"), kari.begin() as conn:
                conn.execute(text(sql))
        comment = (
            "INSERT INTO review_comment (id, entity_type, entity_id, field, anchor_revision, "
            "kind, text, author, created_at, state, resolved_by, resolution, history, "
            "revision, deleted_by) VALUES (:id, 'item', :item, '', 1, 'kommentar', 'Bra', "
            ":author, now(), 'open', '', '', '[]', 1, '')"
        )
        with kari.begin() as conn:  # her own comment
            conn.execute(text(comment), {"id": "c1", "item": item_id, "author": f"kari_{database}"})
        with pytest.raises(Exception, match="row-level security"), kari.begin() as conn:
            conn.execute(text(comment), {"id": "c2", "item": item_id, "author": "someone"})
        with ola.begin() as conn:  # an editor's comment, and an edit
            conn.execute(text(comment), {"id": "c3", "item": item_id, "author": "ola"})
            conn.execute(text("UPDATE content_item SET summary = 'ok'"))
        with kari.begin() as conn:  # her own status only
            conn.execute(text("UPDATE review_comment SET state = 'resolved'"))
        with server.engine.connect() as conn:
            states = dict(conn.execute(text("SELECT id, state FROM review_comment")).all())
        assert states == {"c1": "resolved", "c3": "open"}
    finally:
        kari.dispose()
        ola.dispose()
    with server.read_sessions() as s:
        got = s.get(ContentItem, item_id)
        assert got is not None
        assert (got.title, got.summary) == ("Fravær", "ok")


def test_a_reviewer_syncing_edits_gets_a_clear_refusal_and_keeps_them(
    server: Library, server_url: str, tmp_path: Path
) -> None:
    item_id = seed_item(server)
    database = make_url(server_url).database
    team.set_member(server_url, f"anne_{database}", "redaktør")
    path = tmp_path / "anne.sqlite"
    team.clone(_as(server_url, "anne"), path)
    anne = open_library(path)
    try:
        edit(anne, item_id, "anne", title="Endret av gransker")  # still an editor here
        team.set_member(server_url, f"anne_{database}", "gransker")
        with pytest.raises(team.TeamError, match="gransker"):
            team.sync(anne)
        assert item_on(anne, item_id).title == "Endret av gransker"
        assert team.status(anne).waiting == 1
        assert team.status(anne).role == "gransker"  # learnt from the refusal
    finally:
        anne.dispose()
    assert item_on(server, item_id).title == "Fravær"


def test_only_an_administrator_changes_members(server_url: str) -> None:
    database = make_url(server_url).database
    team.set_member(server_url, f"ola_{database}", "redaktor")
    with pytest.raises(team.TeamError, match="only an administrator"):
        team.set_member(_as(server_url, "ola"), f"kari_{database}", "redaktor")
    team.set_member(server_url, f"ola_{database}", "administrator")
    team.set_member(_as(server_url, "ola"), f"kari_{database}", "gransker")
    team.set_member(_as(server_url, "ola"), f"kari_{database}", None)
    assert dict(team.list_members(server_url)) == {f"ola_{database}": "administrator"}


def test_an_editor_syncs_through_the_server_roles(
    server: Library, server_url: str, tmp_path: Path
) -> None:
    item_id = seed_item(server)
    database = make_url(server_url).database
    team.set_member(server_url, f"ola_{database}", "redaktør")
    path = tmp_path / "ola.sqlite"
    team.clone(_as(server_url, "ola"), path)
    ola = open_library(path)
    try:
        edit(ola, item_id, "ola", title="Endret av redaktør")
        report = team.sync(ola)
        assert (report.pushed, report.role) == (1, "redaktør")
        assert team.status(ola).role == "redaktør"
    finally:
        ola.dispose()
    assert item_on(server, item_id).title == "Endret av redaktør"
    with server.read_sessions() as s:
        authors = s.scalars(select(ChangeLog.author).order_by(ChangeLog.seq)).all()
    assert authors == ["seed", "ola"]


def test_twenty_kills_at_random_points_lose_nothing_and_apply_nothing_twice(
    two: tuple[Library, Library, str], server: Library
) -> None:
    import random

    rng = random.Random(13)
    a, b, first = two
    ids = [first] + [seed_item(server, title=f"Sak {n}") for n in range(4)]
    team.sync(a)
    team.sync(b)
    body = {i: item_on(a, i).body for i in ids}
    title = {i: item_on(a, i).title for i in ids}
    killed = 0
    for round_ in range(20):
        # A appends a line to a body (applied twice, it would show twice); B retitles.
        i, j = rng.choice(ids), rng.choice(ids)
        body[i] += f"\nlinje {round_}"
        edit(a, i, "a", body=item_on(a, i).body + f"\nlinje {round_}")
        title[j] = f"Tittel {round_}"
        edit(b, j, "b", title=title[j])
        team.sync(b)
        calls: list[str] = []
        target = rng.randint(1, 8)

        def kill(at: str, calls: list[str] = calls, target: int = target) -> None:
            calls.append(at)
            if len(calls) == target:
                raise KeyboardInterrupt(at)

        try:
            team.sync(a, fault=kill)
        except KeyboardInterrupt:
            killed += 1
    assert killed >= 15
    team.sync(a)
    team.sync(b)
    for lib in (a, b, server):
        for i in ids:
            got = item_on(lib, i)
            assert (got.body, got.title) == (body[i], title[i])
    for lib in (a, b):
        st = team.status(lib)
        assert (st.waiting, st.conflicts) == (0, [])


def test_the_check_report_warns_of_an_unresolved_conflict(
    server: Library, server_url: str, tmp_path: Path
) -> None:
    from content.validation import validate_module

    item_id = seed_item(server)
    create = CreateModule(values={"title": "Modul", "objectives": ["Mål"], "sections": [
        {"title": "Del 1", "blocks": [{"block_type": "item", "item_id": item_id}]},
    ]})
    UndoHistory(server.sessions, "seed").run(create)
    a, b = clone(server_url, tmp_path, "a"), clone(server_url, tmp_path, "b")
    try:
        edit(a, item_id, "a", summary="A")
        edit(b, item_id, "b", summary="B")
        team.sync(a)
        team.sync(b)
        with b.read_sessions() as s:
            warnings = [p.message for p in validate_module(s, create.entity_id)]
        assert any("Fravær" in w and "sync conflict" in w for w in warnings)
        team.resolve(b, item_id, "mine")
        with b.read_sessions() as s:
            assert not any("sync conflict" in p.message
                           for p in validate_module(s, create.entity_id))
    finally:
        a.dispose()
        b.dispose()


def test_comment_threads_from_both_copies_meet_and_merge(
    two: tuple[Library, Library, str], server: Library
) -> None:
    from content.review.commands import AddComment, EditComment, ReplyComment, ResolveComment
    from db.models import ReviewComment

    a, b, item_id = two
    ha, hb = UndoHistory(a.sessions, "anne"), UndoHistory(b.sessions, "ola")
    first = AddComment(target_id=item_id, text="Kilde mangler?", author="anne")
    ha.run(first)
    second = AddComment(target_id=item_id, text="Godt avsnitt.", author="ola")
    hb.run(second)
    team.sync(a)
    team.sync(b)
    team.sync(a)
    reply = ReplyComment(parent_id=second.entity_id, text="Enig.", author="anne")
    ha.run(reply)
    # the same comment: its author edits the text, the other copy resolves the thread
    def rev(lib: Library) -> int:
        with lib.read_sessions() as s:
            row = s.get(ReviewComment, second.entity_id)
            assert row is not None
            return row.revision

    hb.run(EditComment(entity_id=second.entity_id, expected_revision=rev(b),
                       text="Godt avsnitt, tydelig.", by="ola"))
    ha.run(ResolveComment(entity_id=second.entity_id, expected_revision=rev(a), by="anne"))
    team.sync(a)
    report = team.sync(b)
    assert report.conflicts == []
    team.sync(a)
    for lib in (a, b, server):
        with lib.read_sessions() as s:
            rows = {r.id: r for r in s.scalars(select(ReviewComment))}
        assert set(rows) == {first.entity_id, second.entity_id, reply.entity_id}
        assert rows[reply.entity_id].parent_id == second.entity_id
        head = rows[second.entity_id]
        assert (head.text, head.state, head.resolved_by) == (
            "Godt avsnitt, tydelig.", "resolved", "anne"
        )
        assert len(head.history) >= 2  # both sides' events kept
    assert team.status(a).waiting == team.status(b).waiting == 0


def test_a_sync_waiting_too_long_for_another_says_the_server_is_busy(
    two: tuple[Library, Library, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from content.sync import server
    from db.change_feed import FEED_LOCK

    a, _, item_id = two
    edit(a, item_id, "a", title="Venter")
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 300)
    url = team.server_of(a)
    holder = create_engine(url)
    try:
        with holder.begin() as conn:  # another writer holds the feed's lock
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK})
            with pytest.raises(team.TeamError, match="busy"):
                team.sync(a)
    finally:
        holder.dispose()
    assert team.sync(a).pushed == 1
