"""Team library: many entity states written, or their revisions and bases read, at once.

A sync moves hundreds of entities at once; made one by one through the ORM (load, apply,
flush, revision row, labels, search index) that is about ten statements each. Here every
table is written with one executemany per entity type, the way the bundle import's
fast-forward writes (``content.bundle.write``): newest states kept, children deleted and
inserted again, entity rows updated against their expected revision, revision rows, labels
and the search index. Review comments, single rows with their own counter, still go one
by one (``content.sync.local.write_state``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, and_, bindparam, select, update

from content import aggregates
from content.bundle.rows import CHILD_ROWS, ENTITY_ROWS, bulk_insert
from content.bundle.write import REVISION_TABLE, delete_children, keep_newest_states
from content.search import index as search_index
from content.sync.local import BATCH, COMMENT, entity_state, write_state
from content.sync.server import TeamError
from db.models import Revision, SyncBase, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

State = dict[str, Any]
Key = tuple[str, str]


class StaleError(TeamError):
    """An entity changed between reading its revision and writing it: nothing is written."""


@dataclass
class Write:
    """One entity to make equal to a state as a new revision."""

    etype: str
    entity_id: str
    obj: Any  # the stored entity, loaded with its children (None: a new one)
    state: State
    author: str
    action: str
    current: State | None = None  # the stored entity's state, when the caller has it

    @property
    def revision(self) -> int:
        """Return the revision this write makes."""
        return (self.obj.revision if self.obj is not None else 0) + 1


def write_states(session: Session, writes: list[Write]) -> None:
    """Make many entities (new or stored) equal to states, each as a new revision.

    A stored entity is written only at the revision it was loaded with: when any one has
    moved on meanwhile, StaleError is raised and the caller's transaction writes nothing.
    """
    for etype in aggregates.ENTITY_CLASSES:
        mine = [w for w in writes if w.etype == etype]
        if mine:
            _write_type(session, etype, mine)
    for w in writes:
        if w.etype == COMMENT:
            write_state(session, COMMENT, w.obj, w.state, w.author, w.action)


def _entity(w: Write, now: Any) -> State:
    """Return the entity as a bundle holds it (state and stamps) for the row builders."""
    obj = w.obj
    deleted = bool(w.state.get("deleted"))
    if deleted and obj is not None and obj.deleted_at is not None:
        deleted_at = obj.deleted_at
    else:
        deleted_at = now if deleted else None
    return {
        **w.state,  # read, never changed: the rows copy what they keep
        "revision": w.revision,
        "created_at": obj.created_at if obj is not None else now,
        "created_by": obj.created_by if obj is not None else w.author,
        "updated_at": now,
        "updated_by": w.author,
        "deleted_at": deleted_at,
    }


def _write_type(session: Session, etype: str, writes: list[Write]) -> None:
    table = cast("Table", aggregates.ENTITY_CLASSES[etype].__table__)
    now = utcnow()
    stored = [w for w in writes if w.obj is not None]
    entities = [_entity(w, now) for w in writes]
    keep_newest_states(
        session,
        [
            {
                "etype": etype,
                "eid": w.entity_id,
                "rev": w.obj.revision,
                "state": w.current if w.current is not None else entity_state(etype, w.obj),
            }
            for w in stored
        ],
    )
    indexed = search_index.old_rows(session, [w.entity_id for w in stored]) if (
        etype == "item"
    ) else []
    delete_children(session, etype, [w.entity_id for w in stored])
    rows = [ENTITY_ROWS[etype](d) for d in entities]
    updates = [
        {**row, "b_id": row["id"], "b_expected": w.obj.revision}
        for row, w in zip(rows, writes, strict=True)
        if w.obj is not None
    ]
    if updates:
        stmt = update(table).where(
            table.c.id == bindparam("b_id"), table.c.revision == bindparam("b_expected")
        )
        conn = session.connection()
        done = conn.execute(stmt, [{k: v for k, v in u.items() if k != "id"} for u in updates])
        if done.rowcount != len(updates):
            if conn.dialect.name == "sqlite":  # the working copy's side
                raise StaleError(
                    "An entity in this library changed while the sync was applying the "
                    "server's changes; nothing was applied here. Sync again: it finishes "
                    "the job."
                )
            raise StaleError(
                "Another change reached the team server while this sync was writing; "
                "nothing was sent. Sync again."
            )
    bulk_insert(session, table, [row for row, w in zip(rows, writes, strict=True) if w.obj is None])
    for child_table, child_rows in CHILD_ROWS[etype](entities):
        bulk_insert(session, child_table, child_rows)
    bulk_insert(
        session,
        REVISION_TABLE,
        [
            {
                "entity_type": etype,
                "entity_id": w.entity_id,
                "revision": w.revision,
                "state": w.state,
                "changed_at": now,
                "author": w.author,
                "action": w.action,
            }
            for w in writes
        ],
    )
    if etype == "item":
        search_index.replace(session, indexed, search_index.index_rows([w.state for w in writes]))


# -- reading many bases at once --------------------------------------------------------------


def stored_revisions(session: Session, keys: list[Key]) -> dict[Key, int]:
    """Return the revisions of these entities (not comments) as stored; missing ones left out."""
    found: dict[Key, int] = {}
    for etype, cls in aggregates.ENTITY_CLASSES.items():
        ids = sorted(i for t, i in keys if t == etype)
        for start in range(0, len(ids), BATCH):
            q = select(cls.id, cls.revision).where(cls.id.in_(ids[start : start + BATCH]))
            found.update({(etype, i): r for i, r in session.execute(q)})
    return found


def sync_bases(session: Session, keys: list[Key]) -> dict[Key, tuple[int, int, bool]]:
    """Return (server revision, local revision, has a base state) of these entities' bases."""
    found: dict[Key, tuple[int, int, bool]] = {}
    by_type: dict[str, list[str]] = {}
    for etype, entity_id in keys:
        by_type.setdefault(etype, []).append(entity_id)
    for etype, ids in by_type.items():
        ids.sort()
        for start in range(0, len(ids), BATCH):
            q = select(
                SyncBase.entity_id,
                SyncBase.server_revision,
                SyncBase.local_revision,
                SyncBase.base_state.is_not(None),
            ).where(
                and_(SyncBase.entity_type == etype,
                     SyncBase.entity_id.in_(ids[start : start + BATCH]))
            )
            for entity_id, server_rev, local_rev, has_state in session.execute(q):
                found[(etype, entity_id)] = (server_rev, local_rev, bool(has_state))
    return found


def marked_revisions(
    session: Session, since: dict[Key, int], tag: str
) -> dict[Key, tuple[int, str]]:
    """Return, for each entity, the newest server revision after ``since`` this copy wrote.

    Each revision a sync writes names the working copy (``(tag:N)`` in its action); the
    result maps an entity to (that revision, its action).
    """
    found: dict[Key, tuple[int, str]] = {}
    by_type: dict[str, list[str]] = {}
    for etype, entity_id in since:
        by_type.setdefault(etype, []).append(entity_id)
    for etype, ids in by_type.items():
        ids.sort()
        for start in range(0, len(ids), BATCH):
            q = select(Revision.entity_id, Revision.revision, Revision.action).where(
                Revision.entity_type == etype,
                Revision.entity_id.in_(ids[start : start + BATCH]),
                Revision.action.like(f"% ({tag}:%)"),
            )
            for entity_id, revision, action in session.execute(q):
                key = (etype, entity_id)
                if revision > since[key] and revision > found.get(key, (0, ""))[0]:
                    found[key] = (revision, action)
    return found
