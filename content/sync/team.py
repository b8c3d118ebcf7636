"""Team library: set up the server, clone a working copy, and sync the two.

The server is a PostgreSQL library whose ``change_log`` (filled by a trigger, see
``db.change_feed``) numbers every committed revision. A working copy is a SQLite library
that remembers its server (without password: ``content.sync.credentials`` finds it) and
the last feed number it has seen (``content.sync.workcopy``), and for every entity the base
state both sides last agreed on (``sync_base``); conflicts are kept and resolved in
``content.sync.conflicts``, a clone is made by ``content.sync.clone``.

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

from content.library import state_at
from content.progress import Cancelled
from content.sync.batch import (
    Write,
    marked_revisions,
    stored_revisions,
    sync_bases,
    write_states,
)
from content.sync.clone import CloneReport, clone
from content.sync.conflicts import ConflictRow, conflicts, resolve
from content.sync.local import (
    COMMENT,
    META_CLONE,
    META_MARK,
    META_SEQ,
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
)
from content.sync.validate import Vetted, describe, gone_in_pull, prefetch, rule_places, vet
from content.sync.workcopy import (
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
from db.engine import Library, LibraryOpenError
from db.models import Asset, ChangeLog, SyncBase, SyncConflict

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session


_MARK = re.compile(r"\(([0-9a-f]+):(\d+)\)$")

State = dict[str, Any]
Key = tuple[str, str]


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
        steps.exchange(keys, changes)
        _pushed_before(s, stored, changes, local, tag)
        prefetch(s, [(k[0], c.mine) for k, c in changes.items()])
        step = _Step(s, report, author, tag, (local, {
            k: bool(c.mine.get("deleted")) for k, c in changes.items()}))
        for key in keys:
            outcome = step.server(key, stored.get(key), changes.get(key))
            if outcome is not None:
                outcomes.append(outcome)
            if fault:
                fault("server-entity")
            steps.entity(key in changes)
        write_states(s, step.writes)
        pulled_assets = _send_assets(local, s, local_assets, report)
        if fault:
            fault("server")
        new_seq = int(s.execute(select(func.max(ChangeLog.seq))).scalar() or last_seq)
        steps.phase("merging", 0, len(outcomes))  # the last chance to cancel before the commit
    if fault:
        fault("between")
    with local.sessions.begin() as s:
        _apply_locally(s, outcomes, author, fault, steps)
        _store_assets(s, pulled_assets)
        set_meta(s, META_SEQ, str(new_seq))
        if not step.held:  # (else the old mark: what waits is found again)
            set_meta(s, META_MARK, str(mark))
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


class _Step:
    """The server transaction's decisions, entity by entity; the writes wait in ``writes``."""

    def __init__(
        self, s: Session, report: SyncReport, author: str, tag: str,
        here: tuple[Library, dict[Key, bool | None]],
    ) -> None:
        self.s, self.report, self.author, self.tag = s, report, author, tag
        # the working copy, and what this sync sends (True: deletes; None: holds back)
        self.local, self.pending = here
        self.writes: list[Write] = []
        self.held = False  # a new entity waits here: the next sync must look at it again

    def _write(self, key: Key, obj: Any, theirs: State | None, state: State, who: str,
               action: str) -> int:
        w = Write(key[0], key[1], obj, state, who, action, theirs)
        self.writes.append(w)
        return w.revision

    def _here(self, key: Key) -> State | None:
        with self.local.read_sessions() as ls:
            obj = ls.get(entity_class(key[0]), key[1])
            return entity_state(key[0], obj) if obj is not None else None

    def server(self, key: Key, obj: Any, mine: LocalChange | None) -> _Outcome | None:
        """Decide what the server does with one entity (pull, push, merge or conflict)."""
        s, report, author, pending = self.s, self.report, self.author, self.pending
        etype, entity_id = key
        theirs = entity_state(etype, obj) if obj is not None else None
        if mine is None:  # changed on the server only: pull
            if theirs is None:
                return None
            report.pulled += 1
            who = obj.author if etype == COMMENT else obj.updated_by
            if fix := gone_in_pull(s, etype, theirs, pending, lambda: self._here(key)):
                report.notes += fix.notes  # references to what this sync deletes: dropped
                rev = self._write(key, obj, theirs, fix.state, author, "Sync: drop references")
                return _Outcome(key, fix.state, rev, author=author)
            return _Outcome(key, theirs, obj.revision, author=who)
        mark = f" ({self.tag}:{mine.revision})"
        if theirs is None or obj.revision == mine.server_revision:  # new, or at base: push
            checked = vet(s, etype, mine.mine, mine.base, pending)
            if theirs is None and checked.problems:  # breaks a rule against the server: waits
                report.notes.append(describe(etype, mine.mine, checked.problems) + "; not sent")
                pending[key] = None  # what refers to it waits too (see vet)
                self.held = True
                return None
            if not checked.problems:  # (else a conflict, below: the merge with theirs is mine)
                report.notes += checked.notes
                rev = obj.revision if theirs is not None else 0
                if checked.state != theirs:
                    report.pushed += 1
                    rev = self._write(key, obj, theirs, checked.state, mine.author or author,
                                      "Sync: push" + mark)
                pushed = checked.state if checked.notes else None
                return _Outcome(key, pushed, rev, expected_local=mine.revision)
        assert theirs is not None  # a new entity with problems waited above
        result = merge_states(etype, mine.base, mine.mine, theirs)
        checked = vet(s, etype, result.state, mine.base, pending) if result.clean else \
            Vetted(result.state)
        report.notes += checked.notes
        result.state = checked.state
        if checked.problems:  # the merge breaks a rule: a conflict with the reason; mine stays
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
            # The merge names both parents: the server's revision and (in the mark) the local.
            rev = self._write(key, obj, theirs, result.state, author,
                              f"Sync: merge with r{obj.revision}{mark}")
        elif result.state != mine.mine:
            report.pulled += 1
        return _Outcome(key, result.state, rev, expected_local=mine.revision)


@dataclass(frozen=True)
class _RevisionOnly:
    """A stored entity read as its revision alone (its state is not needed)."""

    revision: int


def _apply_locally(
    s: Session,
    outcomes: list[_Outcome],
    author: str,
    fault: Callable[[str], None] | None,
    steps: SyncSteps,
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
    for n, o in enumerate(outcomes, 1):
        base = _local_step(s, o, stored.get(o.key), bases.get(o.key), author, writes)
        if base is not None:
            new_bases.append(base)
        if fault:
            fault("local-entity")
        steps.phase("merging", n, len(outcomes))
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
