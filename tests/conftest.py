"""Shared fixtures: fresh libraries on SQLite (and PostgreSQL when a server is given)."""

from __future__ import annotations

import os
import shutil
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

from content.undo import UndoHistory
from db.engine import Library, open_library

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

PG_URL = os.environ.get("KURSVERK_TEST_PG_URL", "")


@pytest.fixture(autouse=True)
def content_language() -> Iterator[None]:
    """Give every test the content messages' default language back when it ends.

    The GUI switches content messages to bokmål; without this a later test matching an
    English message failed or passed by test order.
    """
    from content.i18n import language, set_language

    before = language()
    yield
    set_language(before)


@pytest.fixture(scope="session")
def library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build an empty library once per run; tests copy it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    lib = open_library(path)
    lib.dispose()
    return path


@pytest.fixture
def lib(library_template: Path, tmp_path: Path) -> Iterator[Library]:
    """Return a fresh, empty SQLite library in a file."""
    target = tmp_path / "library.sqlite"
    shutil.copy(library_template, target)
    library = open_library(target)
    yield library
    library.dispose()


@pytest.fixture
def hist(lib: Library) -> UndoHistory:
    """Return an undo history on the fresh library."""
    return UndoHistory(lib.sessions, "tester")


def _pg_database() -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"kv_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """Return a fresh library on SQLite and, when KURSVERK_TEST_PG_URL is set, PostgreSQL."""
    if request.param == "sqlite":
        library = open_library(tmp_path / "store.sqlite")
        yield library
        library.dispose()
        return
    if not PG_URL:
        pytest.skip("KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)")
    gen = _pg_database()
    url = next(gen)
    library = open_library(url)
    try:
        yield library
    finally:
        library.dispose()
        next(gen, None)


@pytest.fixture
def store_hist(store: Library) -> UndoHistory:
    """Return an undo history on the parametrized store."""
    return UndoHistory(store.sessions, "tester")


def _index_terms(lib: Library) -> dict[str, list[tuple[object, ...]]]:
    """Return every term both SQLite index tables hold, with document counts, and row sizes."""
    from sqlalchemy import text

    with lib.read_sessions() as s:
        out = {}
        for table in ("item_fts", "item_fts_head"):
            s.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} "
                           f"USING fts5vocab(main, {table}, 'row')"))
            out[table] = [tuple(r) for r in s.execute(text(f"SELECT * FROM temp.v_{table}"))]
        out["sizes"] = [tuple(r) for r in s.execute(text(
            "SELECT d.id, d.sz, h.sz FROM item_fts_docsize d JOIN item_fts_head_docsize h "
            "USING (id) ORDER BY d.id"))]
        return out


@pytest.fixture
def index_terms() -> Callable[[Library], dict[str, list[tuple[object, ...]]]]:
    """Return the function that reads a library's SQLite search index term by term."""
    return _index_terms
