"""Import a checked bundle: plan against the library, then bulk-write in one transaction."""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, delete, select, update

from content import aggregates
from content.bundle.common import (
    ASSET_REF,
    ASSET_REFS,
    COMMENTS,
    ENTITY_TYPES,
    SLIM,
    ImportReport,
    progress_start,
    progress_step,
)
from content.bundle.domain import check_domain, child_ids, is_empty
from content.bundle.export import (
    ENTITY_CLASSES,
    entity_rows,
    history_rows,
    in_batches,
)
from content.bundle.read import (
    CURRENT,
    Entry,
    Parsed,
    ReadProblems,
    read_bundle,
    read_items,
)
from content.bundle.rows import (
    CHILD_ROWS,
    ENTITY_ROWS,
    Step,
    bulk_insert,
    inserter,
    item_labels,
)
from content.bundle.safety import (
    DEFAULT_LIMITS,
    BundleError,
    Limits,
)
from content.errors import ValidationError
from content.i18n import tr
from content.items.assets import check_image
from content.search import index as search_index
from db.engine import defer_checkpoint
from db.models import (
    Asset,
    Block,
    Citation,
    ContentItem,
    CurriculumSession,
    ItemLabel,
    ItemRelation,
    Revision,
    Section,
    SessionModule,
)

# The mapped classes' tables, typed as the Table objects they are.
ASSET_TABLE = cast("Table", Asset.__table__)
REVISION_TABLE = cast("Table", Revision.__table__)
ITEM_TABLE = cast("Table", ContentItem.__table__)
LABEL_TABLE = cast("Table", ItemLabel.__table__)

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator

    from sqlalchemy.engine import Dialect
    from sqlalchemy.orm import Session

    from content.progress import Progress


# Import
# ======================================================================================


def import_bundle(
    session: Session,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportReport:
    """Import a bundle in the caller's transaction; on any exception nothing is written."""
    from content.sync.roles import check_role

    check_role(session)  # a reviewer's working copy takes no content from a bundle
    with _gc_paused():
        return _import(session, path, progress, limits)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of objects are made.

    An import makes few cycles, but the collector would walk everything alive again and
    again as parsed JSON piles up: 4.5 s of a 100,000-item import.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(
    session: Session, path: str | os.PathLike[str], progress: Progress | None, limits: Limits
) -> ImportReport:
    session.flush()
    # Items the library does not hold are kept as slim records until they are written,
    # member by member (_write_new_items): memory stays far below the bundle's size.
    parsed = read_bundle(path, limits, progress, partial(_stored_items, session))
    check_rules = check_domain(session, parsed)
    report = ImportReport()
    plan = {etype: _plan(session, etype, parsed.entities[etype], report) for etype in ENTITY_TYPES}
    _check_child_owners(session, plan)
    assets = _plan_assets(session, parsed, report)
    check_rules()
    progress_start(progress, len(ENTITY_TYPES) + 2, tr("Writing"))
    dialect = session.get_bind().dialect
    items = plan["item"]
    whole = [d for d in items.new if SLIM not in d] + [d for d, _ in items.newer]
    slim = {d["id"] for d in items.new if SLIM in d}
    big = len(whole) + len(slim) > REINDEX_ONE_BY_ONE
    if big and dialect.name == "sqlite":
        # The commit leaves the write-ahead log for Library.checkpoint to copy (seconds
        # for a big import; the app does it in the background).
        defer_checkpoint(session.connection())
    # A few items are indexed one by one (their old index rows read before writing);
    # after a big import the whole index is built again from the library.
    indexed = [] if big else search_index.old_rows(session, [d["id"] for d, _ in items.newer])
    index_rows = None if big else search_index.index_rows(whole)
    if slim:
        report.revisions_added += _write_new_items(
            session, path, parsed.manifest, slim, limits, index_rows
        )
    progress_step(progress)
    for etype in ENTITY_TYPES:
        steps, revisions = _prepare(dialect, etype, plan[etype])
        for step in steps:
            step(session)
        report.revisions_added += revisions
        progress_step(progress)
    if assets:
        bulk_insert(session, ASSET_TABLE, assets)
    progress_step(progress)
    if big:
        search_index.rebuild(session)
    elif index_rows:
        search_index.replace(session, indexed, index_rows)
    report.warnings += _asset_warnings(session, parsed)
    if parsed.comments is not None:
        _merge_comments(session, parsed.comments, report)
    session.expire_all()
    return report


def _merge_comments(session: Session, data: bytes, report: ImportReport) -> None:
    """Merge the bundle's review comments (a problem refuses the whole import)."""
    from content.review.comments_file import CommentsFileError, merge_comments, parse_comments

    name = tr("bundle member {member}", member=COMMENTS)
    try:
        merged = merge_comments(session, parse_comments(data, name), name)
    except CommentsFileError as exc:
        raise BundleError(str(exc)) from exc
    report.count("added", "comment", merged.added)
    report.count("updated", "comment", merged.updated)
    report.count("unchanged", "comment", merged.unchanged)


def _stored_items(session: Session, ids: list[str]) -> set[str]:
    """Return which of these item ids the library holds."""
    if is_empty(session, ContentItem.__table__):
        return set()
    found: set[str] = set()
    for batch in in_batches(ids):
        found.update(session.scalars(select(ContentItem.id).where(ContentItem.id.in_(batch))))
    return found


def _write_new_items(
    session: Session,
    path: str | os.PathLike[str],
    manifest: dict[str, Any],
    ids: set[str],
    limits: Limits,
    index_rows: list[dict[str, Any]] | None,
) -> int:
    """Write the new items read_bundle kept slim, one member at a time.

    Their rows, labels and revisions go in as each member is read again; relations and
    citations, which may point to items of later members, are written afterwards from
    the slim records (_prepare). Adds their search index rows to ``index_rows`` unless
    None. Returns the number of revisions written.
    """
    dialect = session.get_bind().dialect

    def prepare(value: list[dict[str, Any]]) -> tuple[list[Step], int, list[dict[str, Any]]]:
        """Build a member's rows (in the reading thread: no database here)."""
        new = [d for d in value if d["id"] in ids]
        revisions = _revision_rows("item", new, {})
        steps = [
            inserter(dialect, ITEM_TABLE, [ENTITY_ROWS["item"](d) for d in new]),
            inserter(dialect, LABEL_TABLE, item_labels(new)),
            inserter(dialect, REVISION_TABLE, revisions),
        ]
        return steps, len(revisions), [] if index_rows is None else search_index.index_rows(new)

    written = 0
    for steps, revisions, indexed in read_items(path, manifest, limits, prepare):
        for step in steps:
            step(session)
        written += revisions
        if index_rows is not None:
            index_rows += indexed
    return written


@dataclass
class _Plan:
    """What to write for one entity type."""

    new: list[dict[str, Any]] = field(default_factory=list)
    # (entity, the local revision it fast-forwards from)
    newer: list[tuple[dict[str, Any], int]] = field(default_factory=list)


def _plan(session: Session, etype: str, entries: list[Entry], report: ImportReport) -> _Plan:
    """Sort entities into new, fast-forward, unchanged and conflicting."""
    plan = _Plan()
    by_id = {e.data["id"]: e.data for e in entries}
    cls = ENTITY_CLASSES[etype]
    local: dict[str, int] = {}
    for batch in in_batches(by_id) if not is_empty(session, cls.__table__) else ():
        local.update(session.execute(select(cls.id, cls.revision).where(cls.id.in_(batch))).all())
    same = [i for i, rev in local.items() if rev == by_id[i]["revision"]]
    ahead = [i for i, rev in local.items() if rev < by_id[i]["revision"]]
    for entity_id, data in by_id.items():
        if entity_id not in local:
            plan.new.append(data)
            report.count("added", etype)
        elif local[entity_id] > data["revision"]:
            report.conflicts.append(_conflict(etype, data, local[entity_id], "newer"))
            report.count("skipped", etype)
    _plan_same(session, etype, same, by_id, report)
    _plan_ahead(session, etype, ahead, by_id, local, plan, report)
    return plan


def _plan_same(
    session: Session, etype: str, ids: list[str], by_id: dict[str, Any], report: ImportReport
) -> None:
    for entity in entity_rows(session, etype, sorted(ids)):
        theirs = by_id[entity["id"]]
        if _without_history(entity) == _without_history(theirs):
            report.count("unchanged", etype)
        else:
            report.conflicts.append(_conflict(etype, theirs, entity["revision"], "diverged"))
            report.count("skipped", etype)


def _plan_ahead(
    session: Session,
    etype: str,
    ids: list[str],
    by_id: dict[str, Any],
    local: dict[str, int],
    plan: _Plan,
    report: ImportReport,
) -> None:
    histories = history_rows(session, etype, sorted(ids))
    for entity_id in sorted(ids):
        theirs, rev = by_id[entity_id], local[entity_id]
        mine = next((h for h in histories.get(entity_id, []) if h["revision"] == rev), None)
        if mine is not None and mine["state"] is None:  # stored as "the current state"
            obj = session.get(ENTITY_CLASSES[etype], entity_id)
            mine["state"] = aggregates.state_of(etype, obj)
        base = next((h for h in theirs["history"] if h["revision"] == rev), None)
        if rev == 0 or (mine is not None and mine == base):
            plan.newer.append((theirs, rev))
            report.count("updated", etype)
        else:
            report.conflicts.append(_conflict(etype, theirs, rev, "diverged"))
            report.count("skipped", etype)


def _without_history(entity: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entity.items() if k != "history"}


# How a conflict names the entity, per entity type (the words differ in Norwegian).
ENTITY_HEADS = {
    "item": "item «{title}» ({id})",
    "module": "module «{title}» ({id})",
    "curriculum": "curriculum «{title}» ({id})",
}


def _conflict(etype: str, theirs: dict[str, Any], local_revision: int, why: str) -> str:
    head = tr(ENTITY_HEADS[etype], title=theirs["title"], id=theirs["id"])
    if why == "newer":
        return tr(
            "{head}: the library has revision {local}, newer than the bundle’s revision "
            "{bundle}; the library’s version was kept",
            head=head, local=local_revision, bundle=theirs["revision"],
        )
    return tr(
        "{head}: changed both in the library (revision {local}) and in the bundle "
        "(revision {bundle}); the library’s version was kept",
        head=head, local=local_revision, bundle=theirs["revision"],
    )


def _plan_assets(session: Session, parsed: Parsed, report: ImportReport) -> list[dict[str, Any]]:
    ids = {e.data["id"] for e in parsed.assets}
    local: dict[str, str] = {}
    for batch in in_batches(ids):
        local.update(
            session.execute(select(Asset.id, Asset.sha256).where(Asset.id.in_(batch))).all()
        )
    rows = []
    for entry in parsed.assets:
        a = entry.data
        if a["id"] not in local:
            try:  # the same check as an image a user adds
                mime = check_image(a["name"], parsed.blobs[a["sha256"]])
            except ValidationError as exc:
                report.warnings.append(tr(
                    "image «{name}» ({id}) was not imported: {reason}",
                    name=a["name"], id=a["id"], reason=exc,
                ))
                report.count("skipped", "asset")
                continue
            rows.append(
                {
                    "id": a["id"],
                    "name": a["name"],
                    "mime": mime,
                    "sha256": a["sha256"],
                    "data": parsed.blobs[a["sha256"]],
                    "created_at": _dt(a["created_at"]),
                    "created_by": a["created_by"],
                }
            )
            report.count("added", "asset")
        elif local[a["id"]] == a["sha256"]:
            report.count("unchanged", "asset")
        else:
            report.conflicts.append(tr(
                "asset «{name}» ({id}): the library has different data under this id; the "
                "library’s was kept",
                name=a["name"], id=a["id"],
            ))
            report.count("skipped", "asset")
    return rows


def _asset_warnings(session: Session, parsed: Parsed) -> list[str]:
    """Warn about images the imported texts use that the library does not have."""
    wanted: set[str] = set()
    for etype, entries in parsed.entities.items():
        for entry in entries:
            if SLIM in entry.data:
                wanted.update(entry.data.get(ASSET_REFS, ()))
                continue
            text = (
                json.dumps(entry.data, ensure_ascii=False)
                if etype != "item"
                else (entry.data["body"] + entry.data["summary"])
            )
            if "asset:" in text:
                wanted.update(ASSET_REF.findall(text))
    present: set[str] = set()
    for batch in in_batches(wanted):
        present.update(session.scalars(select(Asset.id).where(Asset.id.in_(batch))))
    return [
        tr("image asset:{id} is used but is not in the library", id=a)
        for a in sorted(wanted - present)
    ]


@lru_cache(maxsize=65_536)
def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _with_datetimes(row: dict[str, Any]) -> dict[str, Any]:
    """Give a row datetimes for its timestamps (for ORM updates, which want them)."""
    return {**row, **{k: _dt(row[k]) for k in ("created_at", "updated_at", "deleted_at")}}


_CHILD_OWNERS: dict[str, list[tuple[Any, Any, Any]]] = {
    # (child id column, owner column, join to reach the owner) per entity type
    "item": [
        (ItemRelation.id, ItemRelation.source_id, None),
        (Citation.id, Citation.item_id, None),
    ],
    "module": [(Section.id, Section.module_id, None), (Block.id, Section.module_id, Section)],
    "curriculum": [
        (CurriculumSession.id, CurriculumSession.curriculum_id, None),
        (SessionModule.id, CurriculumSession.curriculum_id, CurriculumSession),
    ],
}


# A child id that belongs to another entity, per entity type.
OWNED_ELSEWHERE = {
    "item": "item {owner}, field {field}: id {id} already belongs to another item in the "
    "library",
    "module": "module {owner}, field {field}: id {id} already belongs to another module in "
    "the library",
    "curriculum": "curriculum {owner}, field {field}: id {id} already belongs to another "
    "curriculum in the library",
}


def _check_child_owners(session: Session, plan: dict[str, _Plan]) -> None:
    """Refuse child ids (relations, blocks, ...) that belong to another entity here."""
    problems = ReadProblems()
    for etype, p in plan.items():
        owner_of = {
            child_id: (data["id"], path)
            for data in [*p.new, *(d for d, _ in p.newer)]
            for path, child_id in child_ids(etype, data)
        }
        for id_col, owner_col, via in _CHILD_OWNERS[etype]:
            if is_empty(session, id_col.table):
                continue  # nothing to collide with (a first import: 100,000s of lookups)
            query = select(id_col, owner_col)
            if via is not None:
                query = query.join(via)
            for batch in in_batches(owner_of):
                for child_id, owner in session.execute(query.where(id_col.in_(batch))):
                    if owner != owner_of[child_id][0]:
                        owner_id, path = owner_of[child_id]
                        problems.add(tr(
                            OWNED_ELSEWHERE[etype], owner=owner_id, field=path, id=child_id
                        ))
    problems.raise_if_any()


# -- bulk writing ---------------------------------------------------------------------------




def _prepare(dialect: Dialect, etype: str, plan: _Plan) -> tuple[list[Step], int]:
    """Build every row for new and fast-forwarded entities; return the writing steps.

    Building the rows is the Python half of writing and touches no database, so it can
    run while the search index is built (see _import); the steps then write with one
    DBAPI executemany per table. Also returns the number of revisions added.
    """
    steps: list[Step] = []
    updated = [data for data, _ in plan.newer]
    if updated:
        entity_rows = [_with_datetimes(ENTITY_ROWS[etype](d)) for d in updated]

        def fast_forward(session: Session) -> None:
            _keep_newest_states(session, etype, plan.newer)
            delete_children(session, etype, [d["id"] for d in updated])
            session.execute(update(ENTITY_CLASSES[etype]), entity_rows)

        steps.append(fast_forward)
    new = [d for d in plan.new if SLIM not in d]  # slim ones are written already
    if new:
        table = ENTITY_CLASSES[etype].__table__
        steps.append(inserter(dialect, table, [ENTITY_ROWS[etype](d) for d in new]))
    for table, rows in CHILD_ROWS[etype](plan.new + updated):
        steps.append(inserter(dialect, table, rows))
    revisions = _revision_rows(etype, new + updated, {d["id"]: rev for d, rev in plan.newer})
    steps.append(inserter(dialect, REVISION_TABLE, revisions))
    return steps, len(revisions)


def _revision_rows(
    etype: str, entities: list[dict[str, Any]], since: dict[str, int]
) -> list[dict[str, Any]]:
    """Return the revision rows of whole entities newer than ``since`` (default 0)."""
    return [
        {
            "entity_type": etype,
            "entity_id": d["id"],
            "revision": h["revision"],
            "state": None if CURRENT in h else h["state"],
            "changed_at": h["changed_at"],
            "author": h["author"],
            "action": h["action"],
        }
        for d in entities
        for h in d["history"]
        if h["revision"] > since.get(d["id"], 0)
    ]


def _keep_newest_states(
    session: Session, etype: str, newer: list[tuple[dict[str, Any], int]]
) -> None:
    """Write out the local newest states (stored as NULL) of entities about to move on.

    The plan checked that the bundle's state at that revision equals the local one.
    """
    keep_newest_states(
        session,
        [
            {"etype": etype, "eid": d["id"], "rev": rev, "state": h["state"]}
            for d, rev in newer
            for h in d["history"]
            if h["revision"] == rev
        ],
    )


def keep_newest_states(session: Session, rows: list[dict[str, Any]]) -> None:
    """Store states for newest revisions kept as NULL ("the current state"), in one go.

    Each row names ``etype``, ``eid``, ``rev`` and the ``state`` the entity has at that
    revision; a revision whose state is stored already is left alone.
    """
    if rows:
        t = REVISION_TABLE.c
        session.connection().execute(
            update(REVISION_TABLE)
            .where(
                t.entity_type == bindparam("etype"),
                t.entity_id == bindparam("eid"),
                t.revision == bindparam("rev"),
                t.state.is_(None),
            )
            .values(state=bindparam("state", type_=t.state.type)),
            rows,
        )


def delete_children(session: Session, etype: str, ids: list[str]) -> None:
    """Delete the children (and labels) of entities of one type, to be written anew."""
    for batch in in_batches(ids):
        if etype == "item":
            session.execute(delete(ItemRelation).where(ItemRelation.source_id.in_(batch)))
            session.execute(delete(Citation).where(Citation.item_id.in_(batch)))
            session.execute(delete(ItemLabel).where(ItemLabel.item_id.in_(batch)))
        elif etype == "module":
            sections = select(Section.id).where(Section.module_id.in_(batch))
            session.execute(delete(Block).where(Block.section_id.in_(sections)))
            session.execute(delete(Section).where(Section.module_id.in_(batch)))
        else:
            sessions = select(CurriculumSession.id).where(
                CurriculumSession.curriculum_id.in_(batch)
            )
            session.execute(delete(SessionModule).where(SessionModule.session_id.in_(sessions)))
            session.execute(
                delete(CurriculumSession).where(CurriculumSession.curriculum_id.in_(batch))
            )


REINDEX_ONE_BY_ONE = 2000
