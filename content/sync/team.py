"""Team library: set up the server, clone a working copy, and sync the two.

The server is a PostgreSQL library whose ``change_log`` (filled by a trigger, see
``db.change_feed``) numbers every committed revision. A working copy is a SQLite library
that remembers its server (without password: ``content.sync.credentials`` finds it) and
the last feed number it has seen (``content.sync.workcopy``), and for every entity the base
state both sides last agreed on (``sync_base``); conflicts are kept and resolved in
``content.sync.conflicts``.

A sync:

1. reads the local changes (entities whose revision moved past their base, or new);
2. in one server transaction (holding the feed's lock, rows locked ``FOR UPDATE``):
   reads what changed on the server since the last sync, pushes each local change
   whose server revision is still the base, merges (``content.sync.merge``) where both
   sides changed, and leaves a conflicting entity unchanged on the server;
3. in one local transaction: applies what came from the server and the merges, moves
   every base forward, stores conflicts (both versions), and the feed number.

Killed anywhere, the next sync finishes the job: before the server commit nothing
happened; after it, the local side still sees its old base and merges against the
server's state, which already holds its own change, so nothing is applied twice.
"""

from __future__ import annotations

import copy
import re
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from content import aggregates
from content.library import state_at
from content.progress import Cancelled
from content.sync.conflicts import ConflictRow, conflicts, resolve
from content.sync.local import (
    COMMENT,
    LocalChange,
    asset_rows,
    copy_assets,
    entity_class,
    entity_state,
    local_changes,
    parents_first,
    preload,
    title_of,
    write_state,
)
from content.sync.merge import merge_states
from content.sync.roles import META_ROLE
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
    without_password,
)
from content.sync.validate import Vetted, describe, gone_in_pull, prefetch, rule_places, vet
from content.sync.workcopy import (
    META_CLONE,
    META_SEQ,
    META_SERVER,
    META_SYNCED,
    SyncStatus,
    meta,
    open_working_copy,
    server_of,
    set_meta,
    status,
    working_copy_status,
)
from content.undo import default_author
from db import team_roles
from db.change_feed import FEED_LOCK
from db.engine import Library, LibraryOpenError, open_library
from db.models import Asset, ChangeLog, Revision, SyncBase, SyncConflict

if TYPE_CHECKING:
    import os
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from content.progress import Progress

_MARK = re.compile(r"\(([0-9a-f]+):(\d+)\)$")

State = dict[str, Any]
Key = tuple[str, str]


# -- local bookkeeping ------------------------------------------------------------------------


@dataclass(frozen=True)
class CloneReport:
    """What a clone made."""

    path: Path
    entities: int
    last_seq: int


def clone(url: str, path: str | os.PathLike[str], progress: Progress | None = None) -> CloneReport:
    """Make a new working copy (a SQLite file) of a team library."""
    from content.bundle import export_bundle, import_bundle

    target = Path(path).expanduser()
    if target.exists() and target.stat().st_size > 0:
        raise TeamError(f"{target} exists already; a working copy is made in a new file.")
    server = connect_server(url)
    try:
        with tempfile.TemporaryDirectory(prefix="kursverk-clone-") as tmp:
            bundle_path = Path(tmp) / "team.kvb"
            snapshot = server.engine.execution_options(isolation_level="REPEATABLE READ")
            from sqlalchemy.orm import Session as OrmSession

            with OrmSession(snapshot) as s, s.begin():
                last_seq = int(s.execute(select(func.max(ChangeLog.seq))).scalar() or 0)
                export_bundle(s, bundle_path, progress=progress)
            with server.engine.connect() as conn:
                role = team_roles.ROLE_LABELS.get(team_roles.current_role(conn) or "", "")
            local = open_library(target)
            try:
                with local.sessions.begin() as s:
                    import_bundle(s, bundle_path, progress=progress)
                    count = _base_everything(s)
                    set_meta(s, META_SERVER, without_password(server.url))
                    set_meta(s, META_CLONE, uuid.uuid4().hex[:12])
                    set_meta(s, META_SEQ, str(last_seq))
                    set_meta(s, META_ROLE, role)
                    set_meta(s, META_SYNCED, datetime.now(UTC).isoformat(timespec="seconds"))
                local.checkpoint()
            except BaseException:
                local.dispose()
                target.unlink(missing_ok=True)
                raise
            local.dispose()
    finally:
        server.dispose()
    return CloneReport(target, count, last_seq)


def _base_everything(session: Session) -> int:
    rows = []
    for etype in aggregates.ENTITY_CLASSES:
        cls = entity_class(etype)
        rows += [
            {"entity_type": etype, "entity_id": i, "server_revision": r, "local_revision": r}
            for i, r in session.execute(select(cls.id, cls.revision))
        ]
    if rows:
        session.execute(insert(SyncBase), rows)
    return len(rows)


# -- sync -----------------------------------------------------------------------------------

# The phases a sync reports, in order: "connecting" (to the server), "sending" and
# "receiving" (each entity pushed to or read from the server, in its one transaction),
# "merging" (what came back applied to the working copy, in its one transaction).
SYNC_PHASES = ("connecting", "sending", "receiving", "merging")


@dataclass
class SyncSteps:
    """A sync's progress callback and cancel check, called at its phase boundaries.

    ``on_progress(phase, done, total)`` is called from the thread running the sync. When
    ``cancelled()`` turns true the sync raises ``Cancelled`` at its next step: an open
    transaction rolls back, exactly as if the sync had been killed there, and the next
    sync finishes the job.
    """

    on_progress: Callable[[str, int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    _sent: int = 0
    _received: int = 0
    _to_send: int = 0
    _to_receive: int = 0

    def phase(self, name: str, done: int = 0, total: int = 0) -> None:
        """Report a phase (and how far it is); raise Cancelled when the user cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("sync cancelled")
        if self.on_progress is not None:
            self.on_progress(name, done, total)

    def exchange(self, keys: list[Key], changes: dict[Key, LocalChange]) -> None:
        """Count what the server transaction sends (local changes) and receives (the rest)."""
        self._to_send = sum(1 for k in keys if k in changes)
        self._to_receive = len(keys) - self._to_send
        self.phase("sending" if self._to_send else "receiving", 0,
                   self._to_send or self._to_receive)

    def entity(self, sent: bool) -> None:
        """Report one entity sent to, or received from, the server."""
        if sent:
            self._sent += 1
            self.phase("sending", self._sent, self._to_send)
        else:
            self._received += 1
            self.phase("receiving", self._received, self._to_receive)


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
    notes: list[str] = field(default_factory=list)  # references dropped, entities held back


def sync(
    local: Library,
    *,
    author: str | None = None,
    fault: Callable[[str], None] | None = None,
    steps: SyncSteps | None = None,
) -> SyncReport:
    """Push local changes and pull remote ones, merging where both sides changed.

    ``fault`` is called at the named steps ("server-entity" after each entity on the
    server, "server" before the server commit, "between" after it, "local-entity" after
    each entity here, "local" before the local commit); tests raise there to kill a sync.
    ``steps`` reports the phases (``SYNC_PHASES``) and lets the caller cancel.
    """
    author = author or default_author()
    steps = steps or SyncSteps()
    url = server_of(local)
    steps.phase("connecting")
    server = connect_server(url)
    try:
        return _sync(local, server, author, fault, steps)
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
        _remember_role(local, team_roles.ROLE_LABELS.get(role or "", ""))
        raise TeamError(
            f"The team server refused your changes: your role there is {label}, which may "
            "not edit content. Nothing was sent; your changes stay in this library."
        ) from exc
    finally:
        server.dispose()


def _remember_role(local: Library, role: str) -> None:
    """Store the user's role on the server in the working copy (read by ``content.sync.roles``)."""
    with local.sessions.begin() as s:
        set_meta(s, META_ROLE, role)


def _sync(
    local: Library,
    server: Library,
    author: str,
    fault: Callable[[str], None] | None,
    steps: SyncSteps,
) -> SyncReport:
    report = SyncReport(server_display(server.url))
    with server.engine.connect() as conn:
        report.role = team_roles.ROLE_LABELS.get(team_roles.current_role(conn) or "", "")
    with local.read_sessions() as s:
        last_seq = int(meta(s, META_SEQ) or 0)
        tag = meta(s, META_CLONE) or "0"
        blocked = set(s.execute(select(SyncConflict.entity_type, SyncConflict.entity_id)).all())
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
        preload(s, keys)
        keys = parents_first(s, keys, changes)
        steps.exchange(keys, changes)
        pending: dict[Key, bool | None] = {
            k: bool(c.mine.get("deleted")) for k, c in changes.items()
        }
        prefetch(s, [(k[0], c.mine) for k, c in changes.items()])
        for key in keys:
            outcome = _server_step(s, key, changes.get(key), author, report, (local, tag), pending)
            if outcome is not None:
                outcomes.append(outcome)
            if fault:
                fault("server-entity")
            steps.entity(key in changes)
        pulled_assets = _send_assets(local, s, local_assets, report)
        if fault:
            fault("server")
        new_seq = int(s.execute(select(func.max(ChangeLog.seq))).scalar() or last_seq)
        steps.phase("merging", 0, len(outcomes))  # the last chance to cancel before the commit
    if fault:
        fault("between")
    with local.sessions.begin() as s:
        preload(s, [o.key for o in outcomes], lock=False)
        for n, outcome in enumerate(outcomes, 1):
            _local_step(s, outcome, author)
            if fault:
                fault("local-entity")
            steps.phase("merging", n, len(outcomes))
        _store_assets(s, pulled_assets)
        set_meta(s, META_SEQ, str(new_seq))
        set_meta(s, META_SYNCED, datetime.now(UTC).isoformat(timespec="seconds"))
        set_meta(s, META_ROLE, report.role)
        if fault:
            fault("local")
    report.last_seq = new_seq
    return report


def _send_assets(
    local: Library, s: Session, local_assets: set[str], report: SyncReport
) -> list[dict[str, Any]]:
    """Copy this copy's new images to the server; return the server's images it lacks."""
    server_assets = set(s.scalars(select(Asset.id)))
    with local.read_sessions() as ls:
        copy_assets(ls, s, local_assets - server_assets)
    report.assets = len(local_assets ^ server_assets)
    return asset_rows(s, server_assets - local_assets)


def _store_assets(s: Session, rows: list[dict[str, Any]]) -> None:
    """Store the images pulled from the server that this copy does not have yet."""
    have = set(s.scalars(select(Asset.id)))
    rows = [r for r in rows if r["id"] not in have]
    if rows:
        s.execute(insert(Asset), rows)


def _pushed_before(s: Session, key: Key, mine: LocalChange, local: Library, tag: str) -> None:
    """Move the base forward to what an earlier, interrupted sync already sent from here.

    Each revision a sync writes on the server names the working copy and the local
    revision it holds (``(tag:N)`` in its action). When the local side never learnt of
    that write (killed after the server's commit), local revision N is the right base:
    the server's state then held exactly it (a push) or it merged with the others' (a
    merge), so nothing is merged, or applied, twice.
    """
    actions = s.scalars(
        select(Revision.action)
        .where(
            Revision.entity_type == key[0],
            Revision.entity_id == key[1],
            Revision.revision > (mine.server_revision or 0),
            Revision.action.like(f"% ({tag}:%)"),
        )
        .order_by(Revision.revision.desc())
        .limit(1)
    ).all()
    found = _MARK.search(actions[0]) if actions else None
    if found is None or found.group(1) != tag:
        return
    with local.read_sessions() as ls:
        mine.base = state_at(ls, key[0], key[1], int(found.group(2)))


def _here_state(local: Library, key: Key) -> State | None:
    with local.read_sessions() as ls:
        obj = ls.get(entity_class(key[0]), key[1])
        return entity_state(key[0], obj) if obj is not None else None


def _server_step(
    s: Session,
    key: Key,
    mine: LocalChange | None,
    author: str,
    report: SyncReport,
    here: tuple[Library, str],
    pending: dict[Key, bool | None],
) -> _Outcome | None:
    etype, entity_id = key
    mark = f" ({here[1]}:{mine.revision})" if mine is not None else ""
    obj: Any = s.get(entity_class(etype), entity_id)  # loaded and locked by preload
    theirs = entity_state(etype, obj) if obj is not None else None
    if mine is None:  # changed on the server only: pull
        if theirs is None:
            return None
        report.pulled += 1
        who = obj.author if etype == COMMENT else obj.updated_by
        if fix := gone_in_pull(s, etype, theirs, pending, lambda: _here_state(here[0], key)):
            report.notes += fix.notes  # references to what this sync deletes: dropped
            rev = write_state(s, etype, obj, fix.state, author, "Sync: drop references")
            return _Outcome(key, fix.state, rev, author=author)
        return _Outcome(key, theirs, obj.revision, author=who)
    if theirs is None or obj.revision == mine.server_revision:  # new, or server at base: push
        checked = vet(s, etype, mine.mine, mine.base, pending)
        if theirs is None and checked.problems:  # breaks a rule against the server: waits
            report.notes.append(describe(etype, mine.mine, checked.problems) + "; not sent")
            pending[key] = None  # what refers to it waits too (see vet)
            return None
        if not checked.problems:  # (else a conflict, below: the merge with theirs is mine)
            report.notes += checked.notes
            rev = obj.revision if obj is not None else 0
            if checked.state != theirs:
                report.pushed += 1
                rev = write_state(
                    s, etype, obj, checked.state, mine.author or author, "Sync: push" + mark
                )
            pushed = checked.state if checked.notes else None
            return _Outcome(key, pushed, rev, expected_local=mine.revision)
    assert theirs is not None  # a new entity with problems waited above
    _pushed_before(s, key, mine, *here)
    result = merge_states(etype, mine.base, mine.mine, theirs)
    checked = Vetted(result.state)
    if result.clean:
        checked = vet(s, etype, result.state, mine.base, pending)
    report.notes += checked.notes
    result.state = checked.state
    if checked.problems:  # the merge breaks a rule: a conflict with the reason; mine stays here
        report.conflicts.append(describe(etype, mine.mine, checked.problems))
        places = rule_places(checked.problems, mine.base, mine.mine, theirs)
        result.state = mine.mine
    elif not result.clean:
        report.conflicts.append(f"{etype} «{title_of(mine.mine)}» ({entity_id})")
        places = [
            {"path": c.path, "base": c.base, "mine": c.mine, "theirs": c.theirs}
            for c in result.conflicts
        ]
    if checked.problems or not result.clean:
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
        action = f"Sync: merge with r{obj.revision}{mark}"
        rev = write_state(s, etype, obj, result.state, author, action)
    elif result.state != mine.mine:
        report.pulled += 1
    return _Outcome(key, result.state, rev, expected_local=mine.revision)


def _local_step(s: Session, o: _Outcome, author: str) -> None:
    etype, entity_id = o.key
    obj: Any = s.get(entity_class(etype), entity_id)
    base = s.get(SyncBase, (etype, entity_id))
    if o.expected_local is not None:
        if obj is None or obj.revision != o.expected_local:
            return  # edited here meanwhile: the next sync merges it
    elif obj is not None and (
        base is None
        or base.local_revision != obj.revision
        or (base.base_state is not None and etype != COMMENT)
    ):
        return  # changed here meanwhile: the next sync merges it
    if o.local_state is not None and (obj is None or entity_state(etype, obj) != o.local_state):
        action = (
            f"Sync: merge of r{o.expected_local} with server r{o.server_revision}"
            if o.expected_local is not None
            else f"Sync: pull of server r{o.server_revision}"
        )
        write_state(s, etype, obj, o.local_state, o.author or author, action)
        obj = s.get(entity_class(etype), entity_id)
    assert obj is not None
    if base is None:
        base = SyncBase(entity_type=etype, entity_id=entity_id)
        s.add(base)
    base.server_revision = o.server_revision
    base.base_state = copy.deepcopy(o.base_state)
    if etype == COMMENT and o.conflict is None:
        # A comment keeps the server's counter (its commands check it) and its base.
        obj.revision = o.server_revision
        base.base_state = entity_state(etype, obj)
    base.local_revision = obj.revision
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


# -- status and conflicts ------------------------------------------------------------------


__all__ = [
    "CONNECT_TIMEOUT",
    "SYNC_PHASES",
    "CloneReport",
    "ConflictRow",
    "LibraryOpenError",
    "OfflineError",
    "SyncReport",
    "SyncStatus",
    "SyncSteps",
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
