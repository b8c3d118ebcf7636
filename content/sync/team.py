"""Team library: set up the server, clone a working copy, and sync the two.

The server is a PostgreSQL library whose ``change_log`` (filled by a trigger, see
``db.change_feed``) numbers every committed revision. A working copy is a SQLite library
that remembers its server (without password: libpq finds it in pgpass, the service file
or the environment), the last feed number it has seen, and for every entity the base
state both sides last agreed on (``sync_base``).

A sync:

1. reads the local changes (entities whose revision moved past their base, or new);
2. in one server transaction (holding the feed's lock, every row concerned locked by one
   ``SELECT … FOR UPDATE`` per type, their revisions the expected ones): reads what
   changed on the server since the last sync, pushes each local change whose server
   revision is still the base, merges (``content.sync.merge``) where both sides changed,
   and leaves a conflicting entity unchanged on the server; the writes go out together,
   a few statements per table (``content.sync.batch``), and one entity found moved on
   refuses them all;
3. in one local transaction: applies what came from the server and the merges (in bulk
   too), moves every base forward, stores conflicts (both versions), and the feed number.

Killed anywhere, the next sync finishes the job: before the server commit nothing
happened; after it, the local side still sees its old base and merges against the
server's state, which already holds its own change, so nothing is applied twice.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from content.errors import NotFoundError
from content.library import state_at
from content.sync.batch import (
    Write,
    marked_revisions,
    stored_revisions,
    sync_bases,
    write_states,
)
from content.sync.clone import CloneReport, clone
from content.sync.local import (
    COMMENT,
    META_CLONE,
    META_MARK,
    META_ROLE,
    META_SEQ,
    META_SERVER,
    META_SYNCED,
    LocalChange,
    asset_rows,
    copy_assets,
    entity_class,
    entity_state,
    local_changes,
    parents_first,
    preload,
    revision_mark,
    title_of,
    write_state,
)
from content.sync.merge import merge_states
from content.sync.server import (
    CONNECT_TIMEOUT,
    OfflineError,
    TeamError,
    connect_server,
    init_server,
    is_denied,
    list_members,
    server_display,
    set_member,
)
from content.undo import default_author
from db import team_roles
from db.change_feed import FEED_LOCK
from db.engine import (
    Library,
    LibraryOpenError,
    open_library,
    sqlite_path,
    to_url,
)
from db.models import (
    Asset,
    ChangeLog,
    LibraryMeta,
    SyncBase,
    SyncConflict,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session


_MARK = re.compile(r"\(([0-9a-f]+):(\d+)\)$")

State = dict[str, Any]
Key = tuple[str, str]


# -- local bookkeeping ------------------------------------------------------------------------


def _meta(session: Session, key: str) -> str | None:
    row = session.get(LibraryMeta, key)
    return row.value if row else None


def _set_meta(session: Session, key: str, value: str) -> None:
    session.merge(LibraryMeta(key=key, value=value))


def open_working_copy(path_or_url: str | None) -> Library:
    """Open an existing working copy (never creates one; see ``clone``)."""
    from content.opening import resolve_location

    url = to_url(resolve_location(path_or_url))
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise TeamError(
            f"{path} does not exist; make a working copy with `team clone URL --db FILE`."
        )
    return open_library(url)


def server_of(local: Library) -> str:
    """Return the server a working copy syncs with (TeamError when it is none)."""
    with local.read_sessions() as s:
        url = _meta(s, META_SERVER)
    if not url:
        raise TeamError(
            "This library is not a working copy of a team library; "
            "make one with `team clone URL --db FILE`."
        )
    return url


# -- sync -----------------------------------------------------------------------------------


@dataclass
class _Outcome:
    """What the local transaction must do for one entity."""

    key: Key
    local_state: State | None  # None: the local state stays as it is
    server_revision: int
    base_state: State | None = None  # the server's state, when local changes still wait
    expected_local: int | None = None  # the local revision read before (None: pulled)
    conflict: tuple[State, State, State, list[dict[str, Any]]] | None = None
    author: str = ""  # who made a pulled change on the server


@dataclass
class SyncReport:
    """What one sync did."""

    server: str
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    assets: int = 0  # images copied either way
    role: str = ""  # the user's role on the server
    conflicts: list[str] = field(default_factory=list)
    last_seq: int = 0


def sync(
    local: Library,
    *,
    author: str | None = None,
    fault: Callable[[str], None] | None = None,
) -> SyncReport:
    """Push local changes and pull remote ones, merging where both sides changed.

    ``fault`` is called at the named steps ("server-entity" after each entity on the
    server, "server" before the server commit, "between" after it, "local-entity" after
    each entity here, "local" before the local commit); tests raise there to kill a sync.
    """
    author = author or default_author()
    url = server_of(local)
    server = connect_server(url)
    try:
        return _sync(local, server, author, fault)
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_timeout
            raise TeamError(
                "The team server is busy with another sync; try again in a moment. "
                "Nothing was lost; your changes stay in this library."
            ) from exc
        raise OfflineError(
            f"The connection to the team server {server_display(url)} broke during the sync "
            f"({str(exc.orig or exc).strip().splitlines()[0]}). Nothing was lost: sync again "
            "when the server can be reached; it finishes the job."
        ) from exc
    except ProgrammingError as exc:
        if not is_denied(exc):
            raise
        with server.engine.connect() as conn:
            role = team_roles.current_role(conn)
        label = team_roles.ROLE_LABELS.get(role or "", "no role")
        raise TeamError(
            f"The team server refused your changes: your role there is {label}, which may "
            "not edit content. Nothing was sent; your changes stay in this library."
        ) from exc
    finally:
        server.dispose()


def _sync(
    local: Library, server: Library, author: str, fault: Callable[[str], None] | None
) -> SyncReport:
    report = SyncReport(server_display(server.url))
    with server.engine.connect() as conn:
        report.role = team_roles.ROLE_LABELS.get(team_roles.current_role(conn) or "", "")
    with local.read_sessions() as s:
        last_seq = int(_meta(s, META_SEQ) or 0)
        tag = _meta(s, META_CLONE) or "0"
        blocked = set(s.execute(select(SyncConflict.entity_type, SyncConflict.entity_id)).all())
        mark = revision_mark(s)  # what local_changes saw (a read transaction: one snapshot)
        changes = {k: v for k, v in local_changes(s).items() if k not in blocked}
        local_assets = set(s.scalars(select(Asset.id)))
    outcomes: list[_Outcome] = []
    with server.sessions.begin() as s:
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK})
        remote = s.execute(
            select(ChangeLog.entity_type, ChangeLog.entity_id)
            .where(ChangeLog.seq > last_seq)
            .distinct()
        ).all()
        keys = list(changes) + [
            (t, i) for t, i in remote if (t, i) not in changes and (t, i) not in blocked
        ]
        stored = preload(s, keys)  # the rows locked: their revisions are the expected ones
        keys = parents_first(s, keys, changes)
        _pushed_before(s, stored, changes, local, tag)
        writes: list[Write] = []
        for key in keys:
            outcome = _server_step(key, stored.get(key), changes.get(key), author, report, tag,
                                   writes)
            if outcome is not None:
                outcomes.append(outcome)
            if fault:
                fault("server-entity")
        write_states(s, writes)
        server_assets = set(s.scalars(select(Asset.id)))
        with local.read_sessions() as ls:
            copy_assets(ls, s, local_assets - server_assets)
        pulled_assets = asset_rows(s, server_assets - local_assets)
        report.assets = len(local_assets ^ server_assets)
        if fault:
            fault("server")
        new_seq = int(s.execute(select(func.max(ChangeLog.seq))).scalar() or last_seq)
    if fault:
        fault("between")
    with local.sessions.begin() as s:
        _apply_locally(s, outcomes, author, fault)
        have = set(s.scalars(select(Asset.id)))
        rows = [r for r in pulled_assets if r["id"] not in have]
        if rows:
            s.execute(insert(Asset), rows)
        _set_meta(s, META_SEQ, str(new_seq))
        _set_meta(s, META_MARK, str(mark))
        _set_meta(s, META_SYNCED, datetime.now(UTC).isoformat(timespec="seconds"))
        _set_meta(s, META_ROLE, report.role)
        if fault:
            fault("local")
    report.last_seq = new_seq
    return report


def _pushed_before(
    s: Session, stored: dict[Key, Any], changes: dict[Key, LocalChange], local: Library, tag: str
) -> None:
    """Move bases forward to what an earlier, interrupted sync already sent from here.

    Each revision a sync writes on the server names the working copy and the local
    revision it holds (``(tag:N)`` in its action). When the local side never learnt of
    that write (killed after the server's commit), local revision N is the right base:
    the server's state then held exactly it (a push) or it merged with the others' (a
    merge), so nothing is merged, or applied, twice.
    """
    moved = {
        key: mine.server_revision or 0
        for key, mine in changes.items()
        if key in stored and stored[key].revision != mine.server_revision
    }
    if not moved:
        return
    marked = marked_revisions(s, moved, tag)
    if not marked:
        return
    with local.read_sessions() as ls:
        for key, (_, action) in marked.items():
            found = _MARK.search(action)
            if found is not None and found.group(1) == tag:
                changes[key].base = state_at(ls, key[0], key[1], int(found.group(2)))


def _server_step(
    key: Key,
    obj: Any,
    mine: LocalChange | None,
    author: str,
    report: SyncReport,
    tag: str,
    writes: list[Write],
) -> _Outcome | None:
    """Decide what the server does with one entity; add its write (if any) to ``writes``."""
    etype, entity_id = key
    mark = f" ({tag}:{mine.revision})" if mine is not None else ""
    theirs = entity_state(etype, obj) if obj is not None else None

    def write(state: State, who: str, action: str) -> int:
        w = Write(etype, entity_id, obj, state, who, action, theirs)
        writes.append(w)
        return w.revision

    if mine is None:  # changed on the server only: pull
        if obj is None:
            return None
        report.pulled += 1
        who = obj.author if etype == COMMENT else obj.updated_by
        return _Outcome(key, theirs, obj.revision, author=who)
    if obj is None or theirs is None:  # new here (or gone there): push
        report.pushed += 1
        rev = write(mine.mine, mine.author or author, "Sync: push" + mark)
        return _Outcome(key, None, rev, expected_local=mine.revision)
    if obj.revision == mine.server_revision:  # the server is still at the base: push
        rev = obj.revision
        if mine.mine != theirs:
            report.pushed += 1
            rev = write(mine.mine, mine.author or author, "Sync: push" + mark)
        return _Outcome(key, None, rev, expected_local=mine.revision)
    result = merge_states(etype, mine.base, mine.mine, theirs)
    if not result.clean:
        report.conflicts.append(f"{etype} «{title_of(mine.mine)}» ({entity_id})")
        places = [
            {"path": c.path, "base": c.base, "mine": c.mine, "theirs": c.theirs}
            for c in result.conflicts
        ]
        return _Outcome(
            key,
            result.state,
            obj.revision,
            base_state=theirs,
            expected_local=mine.revision,
            conflict=(mine.base or {}, mine.mine, theirs, places),
        )
    rev = obj.revision
    if result.state != theirs:
        report.merged += 1
        # The merge names both parents: the server's revision and (in the mark) the local one.
        rev = write(result.state, author, f"Sync: merge with r{obj.revision}{mark}")
    elif result.state != mine.mine:
        report.pulled += 1
    return _Outcome(key, result.state, rev, expected_local=mine.revision)


@dataclass(frozen=True)
class _RevisionOnly:
    """A stored entity read as its revision alone (its state is not needed)."""

    revision: int


def _apply_locally(
    s: Session, outcomes: list[_Outcome], author: str, fault: Callable[[str], None] | None
) -> None:
    """Apply what the server decided, in the local transaction: states, bases, conflicts."""
    keys = [o.key for o in outcomes]
    # Whole entities where a state is written here; of the others (pushed ones: only the
    # base moves) the revision is enough.
    stored = preload(
        s, [o.key for o in outcomes if o.local_state is not None or o.key[0] == COMMENT],
        lock=False,
    )
    for key, revision in stored_revisions(
        s, [o.key for o in outcomes if o.local_state is None and o.key[0] != COMMENT]
    ).items():
        stored[key] = _RevisionOnly(revision)
    bases = sync_bases(s, keys)
    writes: list[Write] = []
    new_bases: list[dict[str, Any]] = []
    for o in outcomes:
        base = _local_step(s, o, stored.get(o.key), bases.get(o.key), author, writes)
        if base is not None:
            new_bases.append(base)
        if fault:
            fault("local-entity")
    write_states(s, writes)
    if new_bases:
        s.execute(insert(SyncBase).prefix_with("OR REPLACE"), new_bases)


def _local_step(
    s: Session,
    o: _Outcome,
    obj: Any,
    base: tuple[int, int, bool] | None,
    author: str,
    writes: list[Write],
) -> dict[str, Any] | None:
    """Decide what the working copy does with one entity; return its new base row.

    An entity (not a comment) to change is added to ``writes``; a comment is written here.
    """
    etype, entity_id = o.key
    if o.expected_local is not None:
        if obj is None or obj.revision != o.expected_local:
            return None  # edited here meanwhile: the next sync merges it
    elif obj is not None and (
        base is None or base[1] != obj.revision or (base[2] and etype != COMMENT)
    ):
        return None  # changed here meanwhile: the next sync merges it
    local_revision = obj.revision if obj is not None else 0
    current = entity_state(etype, obj) if obj is not None and o.local_state is not None else None
    if o.local_state is not None and (obj is None or current != o.local_state):
        action = (
            f"Sync: merge of r{o.expected_local} with server r{o.server_revision}"
            if o.expected_local is not None
            else f"Sync: pull of server r{o.server_revision}"
        )
        if etype == COMMENT:
            write_state(s, etype, obj, o.local_state, o.author or author, action)
            obj = s.get(entity_class(etype), entity_id)
        else:
            w = Write(etype, entity_id, obj, o.local_state, o.author or author, action, current)
            writes.append(w)
            local_revision = w.revision
    base_state = copy.deepcopy(o.base_state)
    if etype == COMMENT:
        assert obj is not None
        if o.conflict is None:
            # A comment keeps the server's counter (its commands check it) and its base.
            obj.revision = o.server_revision
            base_state = entity_state(etype, obj)
        local_revision = obj.revision
    if o.conflict is not None:
        b, m, t, places = o.conflict
        s.merge(
            SyncConflict(
                entity_type=etype,
                entity_id=entity_id,
                title=title_of(m),
                server_revision=o.server_revision,
                base=b,
                mine=m,
                theirs=t,
                places=places,
            )
        )
    return {
        "entity_type": etype,
        "entity_id": entity_id,
        "server_revision": o.server_revision,
        "local_revision": local_revision,
        "base_state": base_state,
    }


# -- status and conflicts ------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    """One entity in conflict, with the places both sides changed differently."""

    entity_type: str
    entity_id: str
    title: str
    places: list[dict[str, Any]]


@dataclass(frozen=True)
class SyncStatus:
    """A working copy's sync state (no server needed)."""

    server: str
    last_seq: int
    last_sync: str
    waiting: int
    conflicts: list[ConflictRow]
    role: str = ""  # as the last sync found it (redaktør, gransker, administrator)


def working_copy_status(local: Library) -> SyncStatus | None:
    """Return a library's sync status, or None when it is no working copy (for the GUI)."""
    with local.read_sessions() as s:
        if not _meta(s, META_SERVER):
            return None
    return status(local)


def conflicts(local: Library) -> list[ConflictRow]:
    """Return the entities in conflict after a sync, oldest first."""
    with local.read_sessions() as s:
        rows = s.scalars(select(SyncConflict).order_by(SyncConflict.created_at)).all()
        return [
            ConflictRow(r.entity_type, r.entity_id, r.title, list(r.places or [])) for r in rows
        ]


def status(local: Library) -> SyncStatus:
    """Return the server, last sync, local changes waiting and conflicts of a working copy."""
    url = server_of(local)
    with local.read_sessions() as s:
        waiting = len(local_changes(s))
        last_seq = int(_meta(s, META_SEQ) or 0)
        last_sync = _meta(s, META_SYNCED) or ""
        role = _meta(s, META_ROLE) or ""
    return SyncStatus(
        server_display(url), last_seq, last_sync, waiting, conflicts(local), role
    )


def resolve(local: Library, entity_id: str, take: str, author: str | None = None) -> str:
    """Resolve a conflict: take "mine", "theirs", or keep the "current" (hand-edited) state.

    The clean parts of the merge stay either way; the result is pushed at the next sync.
    Returns the entity's title.
    """
    if take not in ("mine", "theirs", "current"):
        raise TeamError(f"resolve takes mine, theirs or current, not {take!r}")
    author = author or default_author()
    with local.sessions.begin() as s:
        matches = s.scalars(
            select(SyncConflict).where(SyncConflict.entity_id.startswith(entity_id.strip()))
        ).all()
        if len(matches) != 1:
            raise NotFoundError(
                f"no conflict for {entity_id}" if not matches else f"{entity_id} is ambiguous"
            )
        c = matches[0]
        obj: Any = s.get(entity_class(c.entity_type), c.entity_id)
        if take == "current" and c.entity_type == COMMENT:  # a comment is dirty by counter
            write_state(s, COMMENT, obj, entity_state(COMMENT, obj), author, "")
        elif take != "current":
            state = merge_states(c.entity_type, c.base, c.mine, c.theirs, prefer=take).state
            write_state(s, c.entity_type, obj, state, author, f"Resolve sync conflict ({take})")
            obj = s.get(entity_class(c.entity_type), c.entity_id)
        assert obj is not None
        base = s.get(SyncBase, (c.entity_type, c.entity_id))
        if base is None:
            base = SyncBase(entity_type=c.entity_type, entity_id=c.entity_id)
            s.add(base)
        base.server_revision = c.server_revision
        base.base_state = copy.deepcopy(c.theirs)
        base.local_revision = obj.revision
        title = c.title
        s.delete(c)
    return title


__all__ = [
    "CONNECT_TIMEOUT",
    "CloneReport",
    "ConflictRow",
    "LibraryOpenError",
    "OfflineError",
    "SyncReport",
    "SyncStatus",
    "TeamError",
    "clone",
    "conflicts",
    "connect_server",
    "init_server",
    "list_members",
    "open_working_copy",
    "resolve",
    "server_of",
    "set_member",
    "status",
    "sync",
    "working_copy_status",
]
