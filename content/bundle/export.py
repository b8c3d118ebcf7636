"""Write bundles: a selection and everything it references, with full history."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from content.aggregates import state_of
from content.bundle.common import (
    APP_VERSION,
    ASSET_INDEX,
    ASSET_REF,
    CHUNK_BYTES,
    CHUNK_ENTITIES,
    COMMENTS,
    ENTITY_TYPES,
    FOLDERS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    BundleStats,
    iso,
    progress_start,
    progress_step,
)
from content.bundle.safety import (
    DEFAULT_LIMITS,
    BundleError,
)
from content.i18n import tr
from db.models import (
    Asset,
    Block,
    Citation,
    ContentItem,
    Curriculum,
    CurriculumSession,
    ItemRelation,
    Module,
    Revision,
    Section,
    SessionModule,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from content.progress import Progress


# ======================================================================================
# Export
# ======================================================================================


def export_bundle(
    session: Session,
    path: str | os.PathLike[str],
    *,
    item_ids: Iterable[str] | None = None,
    module_ids: Iterable[str] | None = None,
    curriculum_ids: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> BundleStats:
    """Write a bundle of the whole library, or of a selection and all it references."""
    target = Path(path)
    whole = item_ids is None and module_ids is None and curriculum_ids is None
    selection = {
        "whole_library": whole,
        "item_ids": sorted(item_ids or []),
        "module_ids": sorted(module_ids or []),
        "curriculum_ids": sorted(curriculum_ids or []),
    }
    stats = BundleStats()
    ids = all_ids(session) if whole else closure(session, selection)
    stats.warnings += dangling_references(session, ids)
    part = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            writer = _Writer(zf, stats)
            _export_entities(session, writer, ids, progress)
            _export_assets(session, writer, ids, whole)
            _export_comments(session, writer, ids, whole)
            writer.finish(selection)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    stats.bytes = target.stat().st_size
    return stats


class _Writer:
    """Write members and remember what the manifest must list."""

    def __init__(self, zf: zipfile.ZipFile, stats: BundleStats) -> None:
        self.zf, self.stats = zf, stats
        self.members: list[dict[str, Any]] = []

    def write(self, name: str, data: bytes, count: int) -> None:
        """Write one member; store it when deflate would make it look like a zip bomb."""
        method = zipfile.ZIP_DEFLATED
        if len(data) > DEFAULT_LIMITS.ratio_floor:
            packed = len(zlib.compress(data, 1))
            if len(data) > DEFAULT_LIMITS.max_ratio // 2 * packed:
                method = zipfile.ZIP_STORED
        self.zf.writestr(_zipinfo(name), data, compress_type=method, compresslevel=1)
        digest = hashlib.sha256(data).hexdigest()
        self.members.append({"name": name, "sha256": digest, "size": len(data), "count": count})

    def finish(self, selection: dict[str, Any]) -> None:
        """Write the manifest last (it lists every other member)."""
        s = self.stats
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app_version": APP_VERSION,
            "created_at": iso(datetime.now(UTC)),
            "counts": {
                "items": s.items,
                "modules": s.modules,
                "curricula": s.curricula,
                "revisions": s.revisions,
                "assets": s.assets,
                "comments": s.comments,
            },
            "selection": selection,
            "members": self.members,
        }
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        self.zf.writestr(_zipinfo(MANIFEST), data, compress_type=zipfile.ZIP_DEFLATED)
        s.members = len(self.members) + 1


def _zipinfo(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.external_attr = 0o100644 << 16
    return info


def _export_entities(
    session: Session, writer: _Writer, ids: dict[str, list[str]], progress: Progress | None
) -> None:
    progress_start(progress, sum(len(v) for v in ids.values()), tr("Exporting"))
    for etype in ENTITY_TYPES:
        chunk: list[bytes] = []
        size, number = 0, 0
        for entity in entity_rows(session, etype, ids[etype]):
            data = json.dumps(entity, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            if chunk and (len(chunk) >= CHUNK_ENTITIES or size + len(data) > CHUNK_BYTES):
                _write_chunk(writer, etype, number, chunk)
                chunk, size, number = [], 0, number + 1
            chunk.append(data)
            size += len(data) + 2
            setattr(writer.stats, FOLDERS[etype], getattr(writer.stats, FOLDERS[etype]) + 1)
            writer.stats.revisions += len(entity["history"])
            progress_step(progress)
        if chunk:
            _write_chunk(writer, etype, number, chunk)


def _write_chunk(writer: _Writer, etype: str, number: int, chunk: list[bytes]) -> None:
    data = b"[\n" + b",\n".join(chunk) + b"\n]\n"
    writer.write(f"{FOLDERS[etype]}/{number:04d}.json", data, len(chunk))


LOADERS: dict[str, Any] = {
    "item": (
        ContentItem,
        (selectinload(ContentItem.relations), selectinload(ContentItem.citations)),
    ),
    "module": (Module, (selectinload(Module.sections).selectinload(Section.blocks),)),
    "curriculum": (
        Curriculum,
        (selectinload(Curriculum.sessions).selectinload(CurriculumSession.entries),),
    ),
}


def entity_rows(session: Session, etype: str, ids: list[str]) -> Iterator[dict[str, Any]]:
    """Yield full entities (state, stamps, history) in id order, a batch at a time."""
    cls, options = LOADERS[etype]
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        history = history_rows(session, etype, batch)
        # A private session on the same connection keeps the caller's identity map small.
        with Session(bind=session.connection()) as private:
            objs = {
                o.id: o
                for o in private.scalars(select(cls).where(cls.id.in_(batch)).options(*options))
            }
            for entity_id in batch:
                yield _entity(etype, objs[entity_id], history.get(entity_id, []))


STAMP_KEYS = frozenset(
    ("revision", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "history")
)


def _entity(etype: str, obj: Any, history: list[dict[str, Any]]) -> dict[str, Any]:
    entity = state_of(etype, obj)
    for h in history:
        if h["state"] == entity:
            h["state"] = None  # "same as the current state": halves most bundles
    entity.update(
        revision=obj.revision,
        created_at=iso(obj.created_at),
        created_by=obj.created_by,
        updated_at=iso(obj.updated_at),
        updated_by=obj.updated_by,
        deleted_at=iso(obj.deleted_at),
        history=history,
    )
    return entity


def history_rows(session: Session, etype: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Return the revision history of entities of one type, by entity id."""
    q = (
        select(
            Revision.entity_id,
            Revision.revision,
            Revision.changed_at,
            Revision.author,
            Revision.action,
            Revision.state,
        )
        .where(Revision.entity_type == etype, Revision.entity_id.in_(ids))
        .order_by(Revision.entity_id, Revision.revision)
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for r in session.execute(q):
        out.setdefault(r.entity_id, []).append(
            {
                "revision": r.revision,
                "changed_at": iso(r.changed_at),
                "author": r.author,
                "action": r.action,
                "state": r.state,
            }
        )
    return out


def _export_assets(
    session: Session, writer: _Writer, ids: dict[str, list[str]], whole: bool
) -> None:
    wanted = None if whole else asset_ids(session, ids)
    q = select(Asset).order_by(Asset.id)
    if wanted is not None:
        q = q.where(Asset.id.in_(sorted(wanted)))
    index, written = [], set()
    for asset in session.scalars(q):
        digest = hashlib.sha256(asset.data).hexdigest()
        index.append(
            {
                "id": asset.id,
                "name": asset.name,
                "mime": asset.mime,
                "sha256": digest,
                "size": len(asset.data),
                "created_at": iso(asset.created_at),
                "created_by": asset.created_by,
            }
        )
        if digest not in written:
            writer.write(f"assets/{digest}.bin", asset.data, 1)
            written.add(digest)
    if index:
        data = json.dumps(index, ensure_ascii=False, indent=1).encode("utf-8")
        writer.write(ASSET_INDEX, data, len(index))
    writer.stats.assets = len(index)


# -- what to export ---------------------------------------------------------------------

ENTITY_CLASSES: dict[str, Any] = {"item": ContentItem, "module": Module, "curriculum": Curriculum}


def _export_comments(
    session: Session, writer: _Writer, ids: dict[str, list[str]], whole: bool
) -> None:
    """Write the review comments on the exported entities (none: no member)."""
    from content.review.comments_file import comments_document

    wanted = None if whole else [(t, i) for t in ENTITY_TYPES for i in ids.get(t, [])]
    doc = comments_document(session, wanted)
    if not doc["total"]:
        return
    writer.stats.comments = doc["total"]
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    writer.write(COMMENTS, data, doc["total"])


def in_batches(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    """Yield the distinct values sorted, in lists of at most ``size``."""
    ordered = sorted(set(values))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def all_ids(session: Session) -> dict[str, list[str]]:
    """Return the ids of every item, module and curriculum (tombstones included)."""
    return {
        etype: list(session.scalars(select(cls.id).order_by(cls.id)))
        for etype, cls in ENTITY_CLASSES.items()
    }


def closure(session: Session, selection: dict[str, Any]) -> dict[str, list[str]]:
    """Return the selected ids plus everything they reference, transitively."""
    wanted = {
        "item": set(selection["item_ids"]),
        "module": set(selection["module_ids"]),
        "curriculum": set(selection["curriculum_ids"]),
    }
    _require_existing(session, wanted)
    wanted["module"] |= _lookup(
        session,
        select(SessionModule.module_id).join(CurriculumSession),
        CurriculumSession.curriculum_id,
        wanted["curriculum"],
    )
    wanted["item"] |= _lookup(
        session,
        select(Block.item_id).join(Section).where(Block.item_id.is_not(None)),
        Section.module_id,
        wanted["module"],
    )
    frontier = set(wanted["item"])
    while frontier:
        found = _lookup(
            session, select(ItemRelation.target_id), ItemRelation.source_id, frontier
        ) | _lookup(session, select(Citation.source_id), Citation.item_id, frontier)
        frontier = _existing(session, "item", found - wanted["item"])
        wanted["item"] |= frontier
    return {etype: sorted(_existing(session, etype, ids)) for etype, ids in wanted.items()}


def _lookup(session: Session, query: Any, column: Any, ids: set[str]) -> set[str]:
    """Run a one-column query for rows whose ``column`` is in ids (in batches)."""
    found: set[str] = set()
    for batch in in_batches(ids):
        found.update(v for v in session.scalars(query.where(column.in_(batch))) if v)
    return found


def _existing(session: Session, etype: str, ids: set[str]) -> set[str]:
    cls = ENTITY_CLASSES[etype]
    found: set[str] = set()
    for batch in in_batches(ids):
        found.update(session.scalars(select(cls.id).where(cls.id.in_(batch))))
    return found


# An id asked for that the library does not hold, per entity type.
NO_SUCH_ENTITY = {
    "item": "cannot export: no item with id {id}",
    "module": "cannot export: no module with id {id}",
    "curriculum": "cannot export: no curriculum with id {id}",
}


def _require_existing(session: Session, wanted: dict[str, set[str]]) -> None:
    for etype, ids in wanted.items():
        missing = ids - _existing(session, etype, ids)
        if missing:
            raise BundleError(tr(NO_SUCH_ENTITY[etype], id=sorted(missing)[0]))


# A reference to an entity that no longer exists, per kind of reference.
DANGLING = (
    "item {owner}: relation target {ref} no longer exists; the bundle cannot be imported "
    "into a library without it",
    "item {owner}: cited source {ref} no longer exists; the bundle cannot be imported into "
    "a library without it",
    "module {owner}: item block {ref} no longer exists; the bundle cannot be imported into "
    "a library without it",
    "curriculum {owner}: session module {ref} no longer exists; the bundle cannot be "
    "imported into a library without it",
)


def dangling_references(session: Session, ids: dict[str, list[str]]) -> list[str]:
    """Return warnings for references (in the exported entities) to ids that no longer exist."""
    checks = (
        ("item", ItemRelation.source_id, ItemRelation.target_id, ContentItem, DANGLING[0]),
        ("item", Citation.item_id, Citation.source_id, ContentItem, DANGLING[1]),
        ("module", Section.module_id, Block.item_id, ContentItem, DANGLING[2]),
        (
            "curriculum",
            CurriculumSession.curriculum_id,
            SessionModule.module_id,
            Module,
            DANGLING[3],
        ),
    )
    warnings = []
    for etype, owner, ref, cls, what in checks:
        q = select(owner, ref).select_from(ref.table).outerjoin(cls, cls.id == ref)
        if owner.table is not ref.table:
            q = q.join(owner.table)
        q = q.where(cls.id.is_(None), ref.is_not(None))
        wanted = set(ids[etype])
        for owner_id, ref_id in session.execute(q):
            if owner_id in wanted:
                warnings.append(tr(what, owner=owner_id, ref=ref_id))
    return warnings


def asset_ids(session: Session, ids: dict[str, list[str]]) -> set[str]:
    """Return the ids of assets referenced (asset:ID) from the selected texts."""
    texts = (
        ("item", select(ContentItem.body, ContentItem.summary), ContentItem.id),
        ("module", select(Module.description, Module.description), Module.id),
        ("module", select(Block.text, Block.title).join(Section), Section.module_id),
        ("curriculum", select(Curriculum.description, Curriculum.title), Curriculum.id),
    )
    found: set[str] = set()
    for etype, query, column in texts:
        for batch in in_batches(ids[etype]):
            for row in session.execute(query.where(column.in_(batch))):
                for value in row:
                    found.update(ASSET_REF.findall(value or ""))
    return found


# ======================================================================================
