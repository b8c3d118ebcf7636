"""Team library: the working copy's side of a sync — its rows as states.

What changed locally since the base (entities and review comments), entity states read and
written with a revision, parents before children, assets copied once. Used by
``content.sync.team`` inside its two transactions.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, insert, or_, select

from content import aggregates
from content.library import state_at
from db.engine import json_dumps
from db.models import Asset, LibraryMeta, ReviewComment, Revision, SyncBase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

State = dict[str, Any]
Key = tuple[str, str]

BATCH = 500  # ids in one IN (...) list

# What a working copy remembers in library_meta.
META_SERVER, META_SEQ, META_SYNCED = "team.server", "team.last_seq", "team.last_sync"
META_CLONE = "team.clone"  # this working copy's tag in the server's revision history
# The newest local revision row the last sync had seen (every entity change writes one):
# entities changed since have revision rows above it, so a sync need not scan them all.
META_MARK = "team.revision_mark"


@dataclass
class LocalChange:
    """A local change as read before the server transaction."""

    revision: int
    mine: State
    base: State | None
    server_revision: int | None
    author: str = ""  # who made the local change (its revisions on the server name them)


def asset_rows(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    """Return whole asset rows (images are never edited: an id is its bytes)."""
    table = Asset.__table__
    rows: list[dict[str, Any]] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), 200):
        batch = wanted[start : start + 200]
        found = session.execute(select(table).where(table.c.id.in_(batch)))
        rows += [dict(r._mapping) for r in found]
    return rows


def copy_assets(source: Session, target: Session, ids: set[str]) -> None:
    """Copy the assets one side lacks into the other."""
    rows = asset_rows(source, ids)
    if rows:
        target.execute(insert(Asset), rows)


def revision_mark(session: Session) -> int:
    """Return the id of the newest revision row (0 when there is none)."""
    return int(session.execute(select(func.max(Revision.id))).scalar() or 0)


def local_changes(session: Session) -> dict[Key, LocalChange]:
    """Return the entities changed locally since their base (or new), with their states.

    Only entities with a revision newer than the last sync's mark, or with local changes
    still to push after a conflict, are looked at: a sync with nothing to do reads no
    100,000-row join.
    """
    from content.bundle.export import LOADERS

    meta = session.get(LibraryMeta, META_MARK)
    since = int(meta.value) if meta is not None and meta.value else None
    touched: dict[str, set[str]] = {}
    if since is not None:  # revision rows by id (a range of the primary key), pending bases
        for recent in (
            select(Revision.entity_type, Revision.entity_id).where(Revision.id > since),
            select(SyncBase.entity_type, SyncBase.entity_id).where(
                SyncBase.base_state.is_not(None)
            ),
        ):
            for kind, entity_id in session.execute(recent):
                touched.setdefault(kind, set()).add(entity_id)
    found: dict[Key, LocalChange] = {}
    for etype in aggregates.ENTITY_CLASSES:
        cls, options = LOADERS[etype]
        q = (
            select(cls, SyncBase)
            .options(*options)
            .outerjoin(
                SyncBase, and_(SyncBase.entity_type == etype, SyncBase.entity_id == cls.id)
            )
            .where(
                or_(
                    SyncBase.entity_id.is_(None),
                    SyncBase.local_revision != cls.revision,
                    SyncBase.base_state.is_not(None),
                )
            )
        )
        if since is None:
            rows = list(session.execute(q).all())
        else:
            ids = sorted(touched.get(etype, ()))
            rows = [
                row
                for start in range(0, len(ids), BATCH)
                for row in session.execute(q.where(cls.id.in_(ids[start : start + BATCH])))
            ]
        # The bases held by local revisions, read in a few queries (not one per entity).
        wanted = {
            obj.id: base.local_revision
            for obj, base in rows
            if base is not None and base.base_state is None
        }
        held = revision_states(session, etype, wanted)
        for obj, base in rows:
            if base is None:
                base_state, server_rev = None, None
            elif base.base_state is not None:
                base_state, server_rev = copy.deepcopy(base.base_state), base.server_revision
            else:
                if obj.id not in held:  # no such revision: say so as state_at does
                    state_at(session, etype, obj.id, base.local_revision)
                stored = held[obj.id]
                base_state = (
                    copy.deepcopy(stored) if stored is not None
                    else aggregates.state_of(etype, obj)  # the current state (an import's)
                )
                server_rev = base.server_revision
            found[(etype, obj.id)] = LocalChange(
                obj.revision, aggregates.state_of(etype, obj), base_state, server_rev,
                obj.updated_by,
            )
    found.update(_local_comment_changes(session))
    return found


def revision_states(
    session: Session, etype: str, wanted: dict[str, int]
) -> dict[str, State | None]:
    """Return the stored states of entities of one type at the given revisions.

    None stands for "the entity's current state" (an imported newest revision); an entity
    without that revision is left out.
    """
    found: dict[str, State | None] = {}
    ids = sorted(wanted)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        q = select(Revision.entity_id, Revision.revision, Revision.state).where(
            Revision.entity_type == etype,
            Revision.entity_id.in_(batch),
            Revision.revision.in_(sorted({wanted[i] for i in batch})),
        )
        for entity_id, revision, state in session.execute(q):
            if wanted[entity_id] == revision:
                found[entity_id] = state
    return found



def parents_first(s: Session, keys: list[Key], changes: dict[Key, LocalChange]) -> list[Key]:
    """Put review comments last, oldest first: a reply never comes before its parent."""

    def created(key: Key) -> str:
        if key in changes:
            return str(changes[key].mine.get("created_at") or "")
        row = s.get(ReviewComment, key[1])
        return row.created_at.isoformat() if row is not None and row.created_at else ""

    comments = sorted((k for k in keys if k[0] == COMMENT), key=created)
    return [k for k in keys if k[0] != COMMENT] + comments


def title_of(state: State) -> str:
    """Return a state's title (a comment's first words) for messages."""
    if "title" in state:
        return str(state["title"])
    return " ".join(str(state.get("text", "")).split())[:60]


def preload(session: Session, keys: list[Key], *, lock: bool = True) -> dict[Key, Any]:
    """Load (and lock) many entities in a few queries, with their children.

    Returns the stored ones by key (a key not returned has no entity here).
    """
    from content.bundle.export import LOADERS

    found: dict[Key, Any] = {}
    for etype in aggregates.ENTITY_CLASSES:
        cls, options = LOADERS[etype]
        ids = sorted(i for t, i in keys if t == etype)
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            q = select(cls).where(cls.id.in_(batch)).options(*options)
            for obj in session.scalars(q.with_for_update(of=cls) if lock else q):
                found[(etype, obj.id)] = obj
    ids = sorted(i for t, i in keys if t == COMMENT)
    for start in range(0, len(ids), BATCH):
        q = select(ReviewComment).where(ReviewComment.id.in_(ids[start : start + BATCH]))
        for row in session.scalars(q.with_for_update() if lock else q):
            found[(COMMENT, row.id)] = row
    return found


def entity_class(etype: str) -> Any:
    """Return an entity's ORM class (typed loosely: the aggregates share their columns)."""
    return ReviewComment if etype == COMMENT else aggregates.ENTITY_CLASSES[etype]


def entity_state(etype: str, obj: Any) -> State:
    """Return the state of a stored entity or review comment."""
    return _comment_state(obj) if etype == COMMENT else aggregates.state_of(etype, obj)


# -- review comments: rows with their own revision counter, synced like entities ----------

COMMENT = "comment"
_COMMENT_TIMES = ("created_at", "edited_at", "resolved_at", "deleted_at")


def _comment_state(row: ReviewComment) -> State:
    """Return a comment as JSON-safe data (times as ISO text, history entries as JSON)."""
    from content.review.commands import comment_state

    state = comment_state(row)
    for key in _COMMENT_TIMES:
        state[key] = state[key].isoformat() if state[key] is not None else None
    state["history"] = [json_dumps(h) for h in state.get("history") or []]
    state["deleted"] = row.deleted_at is not None
    return state


def _write_comment(session: Session, row: Any, state: State) -> int:
    """Make a stored comment (or a new one) equal to a state; bump its revision."""
    if row is None:
        row = ReviewComment(id=state["id"], revision=0)
        session.add(row)
    for key, value in state.items():
        if key in ("deleted", "id"):
            continue
        stored = value
        if key in _COMMENT_TIMES:
            stored = datetime.fromisoformat(value) if value else None
        elif key == "history":
            stored = [json.loads(h) for h in value]
        setattr(row, key, copy.deepcopy(stored))
    if state.get("deleted") and row.deleted_at is None:
        row.deleted_at = datetime.now(UTC)
    row.revision = (row.revision or 0) + 1
    session.flush()
    return int(row.revision)


def _local_comment_changes(session: Session) -> dict[Key, LocalChange]:
    q = (
        select(ReviewComment, SyncBase)
        .outerjoin(
            SyncBase,
            and_(SyncBase.entity_type == COMMENT, SyncBase.entity_id == ReviewComment.id),
        )
        .where(
            or_(SyncBase.entity_id.is_(None), SyncBase.local_revision != ReviewComment.revision)
        )
    )
    return {
        (COMMENT, row.id): LocalChange(
            row.revision,
            _comment_state(row),
            copy.deepcopy(base.base_state) if base is not None else None,
            base.server_revision if base is not None else None,
            row.author,
        )
        for row, base in session.execute(q).all()
    }


def write_state(
    session: Session, etype: str, obj: Any, state: State, author: str, action: str
) -> int:
    """Make an entity (new or stored) equal to a state as a new revision."""
    if etype == COMMENT:
        return _write_comment(session, obj, state)
    if obj is None:
        obj = aggregates.new_entity(etype, state, author)
        session.add(obj)
    aggregates.apply_state(session, etype, obj, copy.deepcopy(state))
    return aggregates.record_revision(session, etype, obj, author, action)
