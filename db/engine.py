"""Engine set-up, library location and opening a library (with migrations)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from db.schema_version import HEAD
from db.search_schema import register_functions

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "Kursverk"
READONLY = "kursverk_readonly"


class LibraryOpenError(Exception):
    """The library cannot be opened (corrupt, newer schema, unreachable)."""


def default_library_path() -> Path:
    """Return the default library file in the user's data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library.sqlite"


def to_url(path_or_url: str | os.PathLike[str]) -> str:
    """Turn a file path or a database URL into a SQLAlchemy URL."""
    text_value = os.fspath(path_or_url)
    if "://" in text_value:
        return text_value
    return f"sqlite:///{Path(text_value).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    """Tell whether a URL names a SQLite database."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """Return the file behind a SQLite URL, or None for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (see the "begin" hook below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        # 16 KB pages for new libraries (ignored for existing ones): a 100,000-item import
        # writes a tenth less and checkpoints faster than with the 4 KB default.
        cur.execute("PRAGMA page_size=16384")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")  # 64 MB: bulk imports and index builds
        cur.execute("PRAGMA temp_store=MEMORY")  # sorts and temporary tables
        cur.close()
        register_functions(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Deferred transactions lose updates when two processes read-modify-write:
        # writers take the write lock up front. Read-only work asks for a plain BEGIN.
        if conn.get_execution_options().get(READONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            # A bulk import turns the automatic checkpoint off for its own commit (see
            # Library.checkpoint); every later write on this connection has it again.
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=1000")


def defer_checkpoint(conn: Any) -> None:
    """Let the current write transaction commit without copying the log into the file.

    For bulk writes on SQLite: call :meth:`Library.checkpoint` after the commit (closing
    the last connection does it too).
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")


def json_dumps(value: Any) -> str:
    """Return compact UTF-8 JSON for a JSON column."""
    # Compact and UTF-8: Norwegian letters as themselves, not \u00e6. orjson is ten times
    # faster (a bundle import writes 100,000s of states); what it refuses (keys that are
    # not text, integers beyond 64 bits) goes through the standard library as before.
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with the pragmas and transaction habits Kursverk needs."""
    kwargs.setdefault("json_serializer", json_dumps)
    if is_sqlite(url):
        # check_same_thread off: a connection may be handed to another thread; it is never
        # used by two threads at once.
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs
        )
        _setup_sqlite(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, **kwargs)
    except ImportError as exc:  # SQLAlchemy imports the driver here: psycopg is an extra
        raise LibraryOpenError(
            f"Cannot open the library at {_display(url)}: its database driver "
            f"({exc.name or exc}) is not installed; install Kursverk with the postgres extra "
            "(pip install -e '.[postgres]' in a checkout)"
        ) from exc


@dataclass
class Library:
    """An opened library: its URL, engine and (lazily made) session factories.

    The session factories import SQLAlchemy's ORM, about 0.15 s; making them on first use
    keeps that off the desktop app's path to its first painted library page.
    """

    url: str
    engine: Engine
    created: bool = False
    backup_path: Path | None = None

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """Return the factory of write sessions (BEGIN IMMEDIATE on SQLite)."""
        return make_sessionmakers(self.engine)[0]

    @cached_property
    def read_sessions(self) -> sessionmaker[Session]:
        """Return the factory of read-only sessions (plain BEGIN on SQLite)."""
        return make_sessionmakers(self.engine)[1]

    @property
    def is_sqlite(self) -> bool:
        """Tell whether this library lives in a SQLite file."""
        return is_sqlite(self.url)

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the library file (SQLite; else nothing).

        SQLite does this by itself when a transaction commits, in the committing thread. A
        100,000-item import leaves half a gigabyte in the log, which takes seconds to copy:
        it commits without (``defer_checkpoint``) and the app calls this afterwards, in
        the background. Readers and writers may go on meanwhile; committed data is safe in
        the log either way.
        """
        if not self.is_sqlite:
            return
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()


def make_sessionmakers(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """Return (write, read) session factories for an engine."""
    from sqlalchemy.orm import sessionmaker

    write = sessionmaker(engine, expire_on_commit=False)
    read = sessionmaker(engine.execution_options(**{READONLY: True}), expire_on_commit=False)
    return write, read


def backup_sqlite(path: Path, suffix: str = "") -> Path:
    """Copy a SQLite library (consistently, with the backup API) next to itself."""
    import sqlite3

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.backup-{stamp}{suffix}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-{stamp}{suffix}-{n}{path.suffix}")
        n += 1
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _stored_version(engine: Engine) -> str | None:
    """Return the schema version stored in the database, or None."""
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def _looks_empty(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return not (names - {"alembic_version"})


def open_library(path_or_url: str | os.PathLike[str], *, upgrade: bool = True) -> Library:
    """Open (creating or upgrading as needed) the library at a path or URL."""
    url = to_url(path_or_url)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0:
            _check_sqlite_header(path)
            _check_sqlite_schema(path)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        raise LibraryOpenError(f"Cannot open the library at {_display(url)}: {exc}") from exc
    created = False
    backup: Path | None = None
    try:
        if _stored_version(engine) == HEAD:
            pass  # current: no Alembic needed (its import alone costs ~0.2 s at start-up)
        elif _looks_empty(engine):
            from db import migrate

            migrate.create_fresh(engine)
            created = True
        else:
            from db import migrate

            backup = migrate.ensure_current(engine, url, upgrade=upgrade)
    except Exception:
        engine.dispose()
        raise
    return Library(url, engine, created=created, backup_path=backup)


def _check_sqlite_header(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise LibraryOpenError(
            f"{path} is not a Kursverk library (not a SQLite database file); it was left untouched."
        )


def _check_sqlite_schema(path: Path) -> None:
    """Refuse foreign or newer files before anything (even WAL mode) touches them."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                version = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryOpenError(
            f"{path} cannot be read as a Kursverk library ({exc}); it was left untouched."
        ) from exc
    if not (tables - {"alembic_version"}):
        return
    if version is None:
        raise LibraryOpenError(
            f"{path} is not a Kursverk library (it has tables but no schema version); "
            "it was left untouched."
        )
    if version == HEAD:
        return
    from db.migrate import known_revisions

    if version not in known_revisions():
        raise LibraryOpenError(
            f"{path} was made by a newer version of Kursverk (schema {version}); "
            "update Kursverk to open it. The file was left untouched."
        )


def _display(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
