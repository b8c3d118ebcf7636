"""Team library: clone — copy the server's tables into a new working copy in bulk.

The server is read in one REPEATABLE READ snapshot, table by table through a server-side
cursor, each value already in the text SQLite stores (timestamps, dates, JSON), and
written with one executemany per chunk in one local transaction; the search index is
then built from ``content_item`` in one statement and every entity's base is its cloned
revision (``sync_base``, filled by SQL). Nothing goes through a bundle or the ORM's
objects, so a 100,000-item library clones in seconds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, Table, func, insert, literal, select

from content import aggregates
from content.bundle.common import progress_start, progress_step
from content.sync.local import (
    COMMENT,
    META_CLONE,
    META_MARK,
    META_SEQ,
    META_SERVER,
    META_SYNCED,
    entity_state,
)
from content.sync.roles import META_ROLE
from content.sync.server import TeamError, connect_server, without_password
from db import team_roles
from db.engine import defer_checkpoint, open_library
from db.models import (
    Asset,
    Base,
    Block,
    ChangeLog,
    Citation,
    ContentItem,
    Curriculum,
    CurriculumSession,
    ItemLabel,
    ItemRelation,
    LibraryMeta,
    Module,
    ReviewComment,
    Revision,
    Section,
    SessionModule,
    SyncBase,
)
from db.search_schema import fill_sqlite_index
from db.types import UTCDateTime

if TYPE_CHECKING:
    import os

    from sqlalchemy import Connection

    from content.progress import Progress

_CHUNK = 5_000  # rows fetched from the server and written here at a time


def _copied_tables() -> list[Table]:
    """Return the tables a working copy takes from its server, parents first.

    What a bundle of the whole library carries: the entities with their children and
    labels, their revisions, the images and the review comments.
    """
    wanted = {
        cls.__tablename__
        for cls in (
            ContentItem, ItemLabel, ItemRelation, Citation, Module, Section, Block, Curriculum,
            CurriculumSession, SessionModule, Revision, Asset, ReviewComment,
        )
    }
    return [t for t in Base.metadata.sorted_tables if t.name in wanted]


def _as_stored(column: Any) -> str:
    """Return the server's SQL for a column's value as SQLite stores it (see db.types)."""
    name = f'"{column.name}"'
    if isinstance(column.type, UTCDateTime):
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(column.type, Date):
        return f"to_char({name}, 'YYYY-MM-DD')"
    if isinstance(column.type, JSON):
        return f"{name}::text"
    return name


def _copy_table(server: Connection, local: Connection, table: Table) -> int:
    """Copy one table's rows from the server (streamed) into the working copy."""
    columns = list(table.columns)
    order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
    if table.name == ReviewComment.__tablename__:
        order = "created_at, id"  # a reply after the comment it answers
    select_sql = (
        f"SELECT {', '.join(_as_stored(c) for c in columns)} FROM \"{table.name}\" "
        f"ORDER BY {order}"
    )
    names = ", ".join(f'"{c.name}"' for c in columns)
    insert_sql = (
        f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    )
    raw_server: Any = server.connection.driver_connection
    raw_local: Any = local.connection.driver_connection
    count = 0
    with raw_server.cursor(name=f"kv_clone_{table.name}") as cur:
        cur.itersize = _CHUNK
        cur.execute(select_sql)
        while rows := cur.fetchmany(_CHUNK):
            raw_local.executemany(insert_sql, rows)
            count += len(rows)
    return count


def _base_everything(local: Connection) -> int:
    """Make every cloned revision the base (comments keep their state); count entities."""
    count = 0
    for etype, cls in aggregates.ENTITY_CLASSES.items():
        table = cls.__table__
        count += local.execute(
            insert(SyncBase).from_select(
                ["entity_type", "entity_id", "server_revision", "local_revision"],
                select(
                    literal(etype, SyncBase.entity_type.type),
                    table.c.id,
                    table.c.revision,
                    table.c.revision,
                ),
            )
        ).rowcount
    from sqlalchemy.orm import Session

    with Session(bind=local) as s:
        rows = [
            {
                "entity_type": COMMENT,
                "entity_id": c.id,
                "server_revision": c.revision,
                "local_revision": c.revision,
                "base_state": entity_state(COMMENT, c),
            }
            for c in s.scalars(select(ReviewComment))
        ]
    if rows:
        local.execute(insert(SyncBase), rows)
    return count


@dataclass(frozen=True)
class CloneReport:
    """What a clone made."""

    path: Path
    entities: int
    last_seq: int


def clone(url: str, path: str | os.PathLike[str], progress: Progress | None = None) -> CloneReport:
    """Make a new working copy (a SQLite file) of a team library."""
    target = Path(path).expanduser()
    if target.exists() and target.stat().st_size > 0:
        raise TeamError(f"{target} exists already; a working copy is made in a new file.")
    tables = _copied_tables()
    server = connect_server(url)
    try:
        snapshot = server.engine.execution_options(isolation_level="REPEATABLE READ")
        local = open_library(target)
        try:
            with snapshot.begin() as sconn, local.engine.begin() as lconn:
                last_seq = int(sconn.execute(select(func.max(ChangeLog.seq))).scalar() or 0)
                role = team_roles.ROLE_LABELS.get(team_roles.current_role(sconn) or "", "")
                defer_checkpoint(lconn)
                lconn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                progress_start(progress, len(tables) + 2, "Cloning")
                for table in tables:
                    _copy_table(sconn, lconn, table)
                    progress_step(progress)
                fill_sqlite_index(lconn)
                progress_step(progress)
                count = _base_everything(lconn)
                now = datetime.now(UTC).isoformat(timespec="seconds")
                for key, value in (
                    (META_SERVER, without_password(server.url)),
                    (META_CLONE, uuid.uuid4().hex[:12]),
                    (META_SEQ, str(last_seq)),
                    (META_MARK, str(lconn.execute(select(func.max(Revision.id))).scalar() or 0)),
                    (META_SYNCED, now),
                    (META_ROLE, role),  # known before the first sync (content.sync.roles)
                ):
                    lconn.execute(insert(LibraryMeta).prefix_with("OR REPLACE"),
                                  {"key": key, "value": value})
                progress_step(progress)
            local.checkpoint()
        except BaseException:
            local.dispose()
            target.unlink(missing_ok=True)
            for extra in ("-wal", "-shm"):
                target.with_name(target.name + extra).unlink(missing_ok=True)
            raise
        local.dispose()
    finally:
        server.dispose()
    return CloneReport(target, count, last_seq)
