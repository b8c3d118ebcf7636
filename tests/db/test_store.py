"""The store: migrations, refusal of foreign or newer files, backups, pragmas, UTC."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC
from typing import TYPE_CHECKING

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from content.commands import CreateItem
from content.search.query import search, type_ahead
from db.engine import Library, LibraryOpenError, open_library
from db.migrate import alembic_config, current_revision, head_revision, upgrade_engine
from db.models import ContentItem

if TYPE_CHECKING:
    from pathlib import Path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_library_is_at_head_without_drift(store: Library) -> None:
    from db.schema_version import HEAD

    assert current_revision(store.engine) == head_revision() == HEAD
    command.check(alembic_config(store.url))  # raises if models and migrations differ


def test_migrations_from_empty_to_head_match_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    upgrade_engine(create_engine(url))
    command.check(alembic_config(url))
    tables = set(inspect(create_engine(url)).get_table_names())
    assert {"content_item", "module_block", "revision", "item_fts"} <= tables


def test_postgres_migrations_from_empty(store: Library) -> None:
    if store.is_sqlite:
        pytest.skip("covered by the SQLite test above")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    upgrade_engine(store.engine)
    command.check(alembic_config(store.url))


def test_newer_library_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_library(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = _sha(path)
    with pytest.raises(LibraryOpenError, match="newer version of Kursverk"):
        open_library(path)
    assert _sha(path) == before
    assert not list(tmp_path.glob("*backup*"))


def test_file_that_is_not_a_library_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not a database" * 10)
    before = _sha(path)
    with pytest.raises(LibraryOpenError, match="not a Kursverk library"):
        open_library(path)
    assert _sha(path) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    before = _sha(path)
    with pytest.raises(LibraryOpenError, match="not a Kursverk library"):
        open_library(path)
    assert _sha(path) == before


def test_older_library_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO content_item (id, kind, title, summary, body, language, status,"
                " fields, tags, audiences, starter, revision, created_at, created_by,"
                " updated_at, updated_by)"
                " VALUES ('a', 'finding', 'Gammelt funn', '', 'Om vertskapskommuner', 'nb',"
                " 'draft', '{}', '[]', '[]',"
                " 0, 1, '2026-01-01 00:00:00', '', '2026-01-01 00:00:00', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO item_fts (item_id, title, summary, body, tags, folded) "
                "VALUES ('a', 'Gammelt funn', '', 'Om vertskapskommuner', '', 'gammelt funn ')"
            )
        )
    engine.dispose()
    lib = open_library(path)
    try:
        assert current_revision(lib.engine) == head_revision()
        assert lib.backup_path is not None
        assert lib.backup_path.exists()
        with sqlite3.connect(lib.backup_path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert conn.execute("SELECT title FROM content_item").fetchone() == ("Gammelt funn",)
        with lib.sessions() as s:
            assert s.get(ContentItem, "a").title == "Gammelt funn"
            # the search index was rebuilt in the newest layout (migrations 0003 and 0004)
            assert [h.title for h in search(s, "gammel")] == ["Gammelt funn"]
            assert [h.title for h in search(s, "vertskap", kinds=["finding"])] == ["Gammelt funn"]
            assert [h.title for h in type_ahead(s, "gam")] == ["Gammelt funn"]
            # a labelled item still finds its labels in the WITHOUT ROWID table (0005)
            s.execute(text("INSERT INTO item_label VALUES ('a', 'tag', 'reiseliv')"))
            assert [h.title for h in search(s, "funn", tags=["reiseliv"])] == ["Gammelt funn"]
    finally:
        lib.dispose()
    fresh = open_library(tmp_path / "fresh.sqlite")
    fresh.dispose()
    assert _schema(path) == _schema(tmp_path / "fresh.sqlite")


def _schema(path: Path) -> dict[str, str]:
    """Return a library's indexes (their SQL, spacing normalised) and its WITHOUT ROWID
    tables (column order may differ: SQLite appends columns a migration adds)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'item_fts%'"
        ).fetchall()
    out = {}
    for kind, name, sql in rows:
        if kind == "index":
            out[name] = " ".join(sql.replace('"', "").replace("(", " ( ").split())
        elif kind == "table":
            out[name] = "WITHOUT ROWID" if sql.rstrip().endswith("WITHOUT ROWID") else "rowid"
    return out


def test_sqlite_pragmas_and_write_lock(lib: Library) -> None:
    with lib.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_times_are_utc_aware(store: Library, store_hist) -> None:
    cmd = CreateItem(values={"kind": "finding", "title": "Tid"})
    store_hist.run(cmd)
    with store.sessions() as s:
        item = s.get(ContentItem, cmd.entity_id)
        assert item.updated_at.tzinfo is not None
        assert item.updated_at.utcoffset() == UTC.utcoffset(None)
        assert item.updated_by == "tester"


def test_item_listing_reads_the_listing_index_alone(tmp_path: Path) -> None:
    """`list items` sorts live items by title and shows kind, status and revision: the
    listing index covers all of it (reading the rows would follow every long body)."""
    from content.queries import item_lines

    lib = open_library(tmp_path / "lib.sqlite")
    with lib.engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id, kind, status, revision, title FROM content_item "
            "WHERE deleted_at IS NULL ORDER BY title"
        ).all()
        assert any("COVERING INDEX ix_content_item_listing" in row[-1] for row in plan)
        assert item_lines(conn) == []
    lib.dispose()
