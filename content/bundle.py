"""Export and import kursverk-bundle zips: a manifest plus JSON members (docs/bundle-format.md).

Export writes ``*.part`` and then replaces the target. Import reads and checks the whole
archive in memory first (nothing is ever extracted to disk), then writes in bulk within the
caller's transaction: the caller commits, and any exception means nothing was written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from content import search_index
from content.aggregates import state_of
from content.bundle_safety import (
    DEFAULT_LIMITS,
    BundleError,
    Limits,
    ReadBudget,
    SchemaCompiler,
    check_archive,
    loads_strict,
    read_member,
)
from content.changes import Changes
from content.curriculum_commands import _validate_curriculum
from content.errors import ValidationError
from content.kinds import relation_problem, validate_item_values
from content.module_commands import _validate_module
from db.models import (
    Asset,
    Block,
    Citation,
    ContentItem,
    Curriculum,
    CurriculumSession,
    ItemLabel,
    ItemRelation,
    Module,
    Revision,
    Section,
    SessionModule,
)

if TYPE_CHECKING:
    from content.progress import Progress

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BundleError",
    "BundleStats",
    "ImportReport",
    "export_bundle",
    "import_bundle",
    "read_manifest",
]

FORMAT_NAME = "kursverk-bundle"
FORMAT_VERSION = 1
APP_VERSION = "0.1.0"
CHUNK_ENTITIES = 1000
CHUNK_BYTES = 16 * 1024 * 1024
FOLDERS = {"item": "items", "module": "modules", "curriculum": "curricula"}
ENTITY_TYPES = tuple(FOLDERS)
MANIFEST = "manifest.json"
ASSET_INDEX = "assets/index.json"
_MEMBER_RE = re.compile(r"^(?:(items|modules|curricula)/\d{4,6}\.json|assets/[0-9a-f]{64}\.bin)$")
_ASSET_REF = re.compile(r"asset:([A-Za-z0-9][A-Za-z0-9_.:-]{0,35})")


@dataclass
class BundleStats:
    """What an export wrote."""

    items: int = 0
    modules: int = 0
    curricula: int = 0
    revisions: int = 0
    assets: int = 0
    members: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import did, per entity type (item, module, curriculum, asset)."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    revisions_added: int = 0
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, bucket: str, entity_type: str, n: int = 1) -> None:
        """Add n to one bucket's count for an entity type."""
        counts: dict[str, int] = getattr(self, bucket)
        counts[entity_type] = counts.get(entity_type, 0) + n

    def changes(self) -> Changes:
        """Return what the import touched, for views to redraw."""
        touched = {**self.added, **self.updated}
        return Changes(
            items=bool(touched.get("item")),
            modules=bool(touched.get("module")),
            curricula=bool(touched.get("curriculum")),
        )


@cache
def schema() -> dict[str, Any]:
    """Return the bundle JSON Schema (shipped as package data)."""
    text = resources.files("content").joinpath("bundle_schema.json").read_text("utf-8")
    return dict(json.loads(text))


@cache
def _compiler() -> SchemaCompiler:
    return SchemaCompiler(schema())


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _progress_start(progress: Progress | None, total: int, label: str) -> None:
    if progress is not None:
        progress.start(total, label)


def _progress_step(progress: Progress | None, n: int = 1) -> None:
    if progress is not None:
        progress.step(n=n)


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
            "created_at": _iso(datetime.now(UTC)),
            "counts": {
                "items": s.items,
                "modules": s.modules,
                "curricula": s.curricula,
                "revisions": s.revisions,
                "assets": s.assets,
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
    _progress_start(progress, sum(len(v) for v in ids.values()), "Exporting")
    for etype in ENTITY_TYPES:
        chunk: list[bytes] = []
        size, number = 0, 0
        for entity in _entities(session, etype, ids[etype]):
            data = json.dumps(entity, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            if chunk and (len(chunk) >= CHUNK_ENTITIES or size + len(data) > CHUNK_BYTES):
                _write_chunk(writer, etype, number, chunk)
                chunk, size, number = [], 0, number + 1
            chunk.append(data)
            size += len(data) + 2
            setattr(writer.stats, FOLDERS[etype], getattr(writer.stats, FOLDERS[etype]) + 1)
            writer.stats.revisions += len(entity["history"])
            _progress_step(progress)
        if chunk:
            _write_chunk(writer, etype, number, chunk)


def _write_chunk(writer: _Writer, etype: str, number: int, chunk: list[bytes]) -> None:
    data = b"[\n" + b",\n".join(chunk) + b"\n]\n"
    writer.write(f"{FOLDERS[etype]}/{number:04d}.json", data, len(chunk))


_LOADERS: dict[str, Any] = {
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


def _entities(session: Session, etype: str, ids: list[str]) -> Iterator[dict[str, Any]]:
    """Yield full entities (state, stamps, history) in id order, a batch at a time."""
    cls, options = _LOADERS[etype]
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        history = _histories(session, etype, batch)
        # A private session on the same connection keeps the caller's identity map small.
        with Session(bind=session.connection()) as private:
            objs = {
                o.id: o
                for o in private.scalars(select(cls).where(cls.id.in_(batch)).options(*options))
            }
            for entity_id in batch:
                yield _entity(etype, objs[entity_id], history.get(entity_id, []))


_STAMP_KEYS = frozenset(
    ("revision", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "history")
)


def _entity(etype: str, obj: Any, history: list[dict[str, Any]]) -> dict[str, Any]:
    entity = state_of(etype, obj)
    for h in history:
        if h["state"] == entity:
            h["state"] = None  # "same as the current state": halves most bundles
    entity.update(
        revision=obj.revision,
        created_at=_iso(obj.created_at),
        created_by=obj.created_by,
        updated_at=_iso(obj.updated_at),
        updated_by=obj.updated_by,
        deleted_at=_iso(obj.deleted_at),
        history=history,
    )
    return entity


def _histories(session: Session, etype: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
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
                "changed_at": _iso(r.changed_at),
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
                "created_at": _iso(asset.created_at),
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

_ENTITY_CLASSES: dict[str, Any] = {"item": ContentItem, "module": Module, "curriculum": Curriculum}


def _batches(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def all_ids(session: Session) -> dict[str, list[str]]:
    """Return the ids of every item, module and curriculum (tombstones included)."""
    return {
        etype: list(session.scalars(select(cls.id).order_by(cls.id)))
        for etype, cls in _ENTITY_CLASSES.items()
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
    for batch in _batches(ids):
        found.update(v for v in session.scalars(query.where(column.in_(batch))) if v)
    return found


def _existing(session: Session, etype: str, ids: set[str]) -> set[str]:
    cls = _ENTITY_CLASSES[etype]
    found: set[str] = set()
    for batch in _batches(ids):
        found.update(session.scalars(select(cls.id).where(cls.id.in_(batch))))
    return found


def _require_existing(session: Session, wanted: dict[str, set[str]]) -> None:
    for etype, ids in wanted.items():
        missing = ids - _existing(session, etype, ids)
        if missing:
            raise BundleError(f"cannot export: no {etype} with id {sorted(missing)[0]}")


def dangling_references(session: Session, ids: dict[str, list[str]]) -> list[str]:
    """Return warnings for references (in the exported entities) to ids that no longer exist."""
    checks = (
        ("item", ItemRelation.source_id, ItemRelation.target_id, ContentItem, "relation target"),
        ("item", Citation.item_id, Citation.source_id, ContentItem, "cited source"),
        ("module", Section.module_id, Block.item_id, ContentItem, "item block"),
        (
            "curriculum",
            CurriculumSession.curriculum_id,
            SessionModule.module_id,
            Module,
            "session module",
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
                warnings.append(
                    f"{etype} {owner_id}: {what} {ref_id} no longer exists; "
                    "the bundle cannot be imported into a library without it"
                )
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
        for batch in _batches(ids[etype]):
            for row in session.execute(query.where(column.in_(batch))):
                for value in row:
                    found.update(_ASSET_REF.findall(value or ""))
    return found


# ======================================================================================
# Reading and checking a bundle (nothing is written)
# ======================================================================================


@dataclass(slots=True)
class _Entry:
    """One entity read from a member, with where it came from."""

    member: str
    index: int
    data: dict[str, Any]

    def where(self, field_path: str) -> str:
        """Name the member and field for a message."""
        path = f"[{self.index}].{field_path}" if field_path else f"[{self.index}]"
        return f"bundle member {self.member}, field {path}"


@dataclass
class _Parsed:
    """A fully read bundle."""

    manifest: dict[str, Any]
    entities: dict[str, list[_Entry]]
    assets: list[_Entry]
    blobs: dict[str, bytes]


class _Problems:
    """Collect problems and raise them together."""

    LIMIT = 200

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, message: str) -> None:
        """Record one problem."""
        self.items.append(message)

    def raise_if_any(self, lead: str = "the bundle was not imported") -> None:
        """Raise a BundleError naming every problem (the first ones in the message)."""
        if not self.items:
            return
        shown = self.items[:20]
        more = len(self.items) - len(shown)
        text = "\n".join(shown) + (f"\n... and {more} more problems" if more else "")
        raise BundleError(f"{lead}:\n{text}", self.items[: self.LIMIT])


def _open_zip(path: str | os.PathLike[str]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(f"{os.fspath(path)} is not a readable bundle (zip): {exc}") from None


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Return a bundle's manifest after the archive and manifest checks."""
    with _open_zip(path) as zf:
        infos = check_archive(zf)
        return _read_manifest(zf, infos, ReadBudget(DEFAULT_LIMITS))


def _read_manifest(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], budget: ReadBudget
) -> dict[str, Any]:
    by_name = {i.filename: i for i in infos}
    if MANIFEST not in by_name:
        raise BundleError("not a Kursverk bundle: manifest.json is missing")
    manifest = loads_strict(read_member(zf, by_name[MANIFEST], budget), MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise BundleError(f"not a Kursverk bundle: manifest.json, field format is {found!r}")
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleError(
            f"this bundle was made by a newer Kursverk (bundle format version {version}; "
            f"this Kursverk reads version {FORMAT_VERSION}); update Kursverk to import it"
        )
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise BundleError(
            f"bundle member manifest.json, field format_version: unknown ({version!r})"
        )
    problems = _Problems()
    _check_schema(
        "manifest", manifest, lambda f: f"bundle member manifest.json, field {f}", problems
    )
    problems.raise_if_any("the bundle's manifest is invalid")
    _check_member_list(manifest, by_name)
    return manifest


def _check_schema(def_name: str, value: Any, where: Any, problems: _Problems) -> None:
    errors: list[tuple[str, str]] = []
    _compiler().checker(def_name)(value, "", errors)
    for path, message in errors:
        problems.add(f"{where(path)}: {message}")


def _check_member_list(manifest: dict[str, Any], by_name: dict[str, zipfile.ZipInfo]) -> None:
    listed = [m["name"] for m in manifest["members"]]
    if len(set(listed)) != len(listed):
        raise BundleError("bundle member manifest.json, field members: a member is listed twice")
    for name in by_name:
        if name != MANIFEST and name not in listed:
            raise BundleError(f"bundle member {name!a}: unknown member (not in the manifest)")
    for name in listed:
        if name != ASSET_INDEX and not _MEMBER_RE.match(name):
            raise BundleError(f"bundle member {name!a}: unknown member name")
        if name not in by_name:
            raise BundleError(f"bundle member {name!a}: listed in the manifest but missing")


def _read_bundle(
    path: str | os.PathLike[str], limits: Limits, progress: Progress | None
) -> _Parsed:
    """Read and check the whole archive into memory."""
    with _open_zip(path) as zf:
        infos = check_archive(zf, limits)
        budget = ReadBudget(limits)
        manifest = _read_manifest(zf, infos, budget)
        by_name = {i.filename: i for i in infos}
        parsed = _Parsed(manifest, {t: [] for t in ENTITY_TYPES}, [], {})
        problems = _Problems()
        _progress_start(progress, len(manifest["members"]), "Reading the bundle")
        for listed in manifest["members"]:
            data = read_member(zf, by_name[listed["name"]], budget)
            _read_one(parsed, listed, data, limits, problems)
            _progress_step(progress)
    _check_counts(parsed, problems)
    problems.raise_if_any()
    return parsed


_ETYPE_OF_FOLDER = {folder: etype for etype, folder in FOLDERS.items()}


def _read_one(
    parsed: _Parsed, listed: dict[str, Any], data: bytes, limits: Limits, problems: _Problems
) -> None:
    name = listed["name"]
    if hashlib.sha256(data).hexdigest() != listed["sha256"]:
        problems.add(f"bundle member {name}: content does not match its sha256 in the manifest")
        return
    if name.endswith(".bin"):
        parsed.blobs[name[len("assets/") : -len(".bin")]] = data
        return
    value = loads_strict(data, name, limits, schema_bounded=name != ASSET_INDEX)
    if not isinstance(value, list):
        problems.add(f"bundle member {name}: must be a JSON list")
        return
    if len(value) != listed["count"]:
        problems.add(
            f"bundle member {name}: holds {len(value)} entries, the manifest says {listed['count']}"
        )
    def_name = "asset" if name == ASSET_INDEX else _ETYPE_OF_FOLDER[name.split("/")[0]]
    target = parsed.assets if name == ASSET_INDEX else parsed.entities[def_name]
    for index, entity in enumerate(value):
        entry = _Entry(name, index, entity)
        before = len(problems.items)
        _check_schema(def_name, entity, entry.where, problems)
        if len(problems.items) == before:
            if def_name != "asset":
                _fill_history(entity)
            target.append(entry)


def _fill_history(entity: dict[str, Any]) -> None:
    """Replace history states written as null by the entity's current state."""
    current = None
    for h in entity["history"]:
        if h["state"] is None:
            current = current or {k: v for k, v in entity.items() if k not in _STAMP_KEYS}
            h["state"] = current


def _check_counts(parsed: _Parsed, problems: _Problems) -> None:
    counts = parsed.manifest["counts"]
    actual = {
        "items": len(parsed.entities["item"]),
        "modules": len(parsed.entities["module"]),
        "curricula": len(parsed.entities["curriculum"]),
        "revisions": sum(len(e.data["history"]) for v in parsed.entities.values() for e in v),
        "assets": len(parsed.assets),
    }
    if problems.items:
        return  # invalid entities were left out; their problems say more than counts
    for key, n in actual.items():
        if counts[key] != n:
            problems.add(
                f"bundle member manifest.json, field counts.{key}: says {counts[key]}, "
                f"the bundle holds {n}"
            )


# -- domain rules and references ----------------------------------------------------------


def _known(session: Session, etype: str, ids: set[str]) -> dict[str, str]:
    """Return {id: kind} (items) or {id: id} of stored entities among ids."""
    cls = _ENTITY_CLASSES[etype]
    col = cls.kind if etype == "item" else cls.id
    found: dict[str, str] = {}
    for batch in _batches(ids):
        found.update(
            {r[0]: r[1] for r in session.execute(select(cls.id, col).where(cls.id.in_(batch)))}
        )
    return found


def _check_domain(session: Session, parsed: _Parsed) -> None:
    """Check ids, domain rules and references of every entity; raise on any problem."""
    problems = _Problems()
    _check_unique_ids(parsed, problems)
    kinds = {e.data["id"]: e.data["kind"] for e in parsed.entities["item"]}
    modules = {e.data["id"] for e in parsed.entities["module"]}
    refs_items = {r["target_id"] for e in parsed.entities["item"] for r in e.data["relations"]}
    refs_items |= {c["source_id"] for e in parsed.entities["item"] for c in e.data["citations"]}
    refs_items |= {
        b["item_id"]
        for e in parsed.entities["module"]
        for s in e.data["sections"]
        for b in s["blocks"]
        if b["item_id"]
    }
    refs_modules = {
        m["module_id"]
        for e in parsed.entities["curriculum"]
        for s in e.data["sessions"]
        for m in s["modules"]
    }
    kinds = {**_known(session, "item", refs_items - set(kinds)), **kinds}
    modules |= set(_known(session, "module", refs_modules - modules))
    for entry in parsed.entities["item"]:
        _check_item(entry, kinds, problems)
    for entry in parsed.entities["module"]:
        _check_module(entry, kinds, problems)
    for entry in parsed.entities["curriculum"]:
        _check_curriculum(entry, modules, problems)
    for etype in ENTITY_TYPES:
        for entry in parsed.entities[etype]:
            _check_stamps(entry, problems)
    _check_assets(parsed, problems)
    problems.raise_if_any()


def _check_unique_ids(parsed: _Parsed, problems: _Problems) -> None:
    for etype, entries in parsed.entities.items():
        seen: dict[str, _Entry] = {}
        for entry in entries:
            if entry.data["id"] in seen:
                problems.add(
                    f"{entry.where('id')}: the {etype} id {entry.data['id']} "
                    f"appears twice in the bundle"
                )
            seen[entry.data["id"]] = entry
    children: dict[str, str] = {}
    for etype, entries in parsed.entities.items():
        for entry in entries:
            for path, child_id in _child_ids(etype, entry.data):
                if child_id in children:
                    problems.add(f"{entry.where(path)}: id {child_id} is used twice in the bundle")
                children[child_id] = path


def _child_ids(etype: str, data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    if etype == "item":
        yield from ((f"relations[{i}].id", r["id"]) for i, r in enumerate(data["relations"]))
        yield from ((f"citations[{i}].id", c["id"]) for i, c in enumerate(data["citations"]))
        return
    outer, inner = ("sections", "blocks") if etype == "module" else ("sessions", "modules")
    for i, sec in enumerate(data[outer]):
        yield f"{outer}[{i}].id", sec["id"]
        for j, child in enumerate(sec[inner]):
            yield f"{outer}[{i}].{inner}[{j}].id", child["id"]


def _check_item(entry: _Entry, kinds: dict[str, str], problems: _Problems) -> None:
    d = entry.data
    for field_name, message in validate_item_values(
        d["kind"], d["title"], d["fields"], language=d["language"], status=d["status"]
    ):
        problems.add(f"{entry.where(field_name)}: {message}")
    for i, rel in enumerate(d["relations"]):
        target_kind = kinds.get(rel["target_id"])
        if target_kind is None:
            problems.add(
                f"{entry.where(f'relations[{i}].target_id')}: item {rel['target_id']} "
                "is neither in the bundle nor in the library"
            )
        elif problem := relation_problem(rel["type"], d["kind"], target_kind):
            problems.add(f"{entry.where(f'relations[{i}].type')}: {problem}")
    for i, cit in enumerate(d["citations"]):
        source_kind = kinds.get(cit["source_id"])
        if source_kind is None:
            problems.add(
                f"{entry.where(f'citations[{i}].source_id')}: item {cit['source_id']} "
                "is neither in the bundle nor in the library"
            )
        elif source_kind != "source":
            problems.add(
                f"{entry.where(f'citations[{i}].source_id')}: {cit['source_id']} "
                "is not a source item"
            )


def _check_module(entry: _Entry, kinds: dict[str, str], problems: _Problems) -> None:
    _rule_problems(entry, _validate_module, problems)
    for i, sec in enumerate(entry.data["sections"]):
        for j, block in enumerate(sec["blocks"]):
            if block["item_id"] and block["item_id"] not in kinds:
                problems.add(
                    f"{entry.where(f'sections[{i}].blocks[{j}].item_id')}: item "
                    f"{block['item_id']} is neither in the bundle nor in the library"
                )


def _check_curriculum(entry: _Entry, modules: set[str], problems: _Problems) -> None:
    _rule_problems(entry, _validate_curriculum, problems)
    for i, ses in enumerate(entry.data["sessions"]):
        for j, placed in enumerate(ses["modules"]):
            if placed["module_id"] not in modules:
                problems.add(
                    f"{entry.where(f'sessions[{i}].modules[{j}].module_id')}: module "
                    f"{placed['module_id']} is neither in the bundle nor in the library"
                )


def _rule_problems(entry: _Entry, rule: Any, problems: _Problems) -> None:
    try:
        rule(entry.data)
    except ValidationError as exc:
        for field_name, message in exc.problems:
            problems.add(f"{entry.where(field_name)}: {message}")


def _check_stamps(entry: _Entry, problems: _Problems) -> None:
    d = entry.data
    if d["deleted"] != (d["deleted_at"] is not None):
        problems.add(f"{entry.where('deleted_at')}: must be set exactly when deleted is true")
    numbers = [h["revision"] for h in d["history"]]
    if numbers != sorted(set(numbers)) or (numbers and numbers[-1] > d["revision"]):
        problems.add(
            f"{entry.where('history')}: revisions must be unique, ascending and "
            f"not above revision {d['revision']}"
        )


def _check_assets(parsed: _Parsed, problems: _Problems) -> None:
    seen: set[str] = set()
    for entry in parsed.assets:
        a = entry.data
        blob = parsed.blobs.get(a["sha256"])
        if a["id"] in seen:
            problems.add(f"{entry.where('id')}: asset {a['id']} appears twice")
        seen.add(a["id"])
        if blob is None:
            problems.add(f"{entry.where('sha256')}: member assets/{a['sha256']}.bin is missing")
        elif len(blob) != a["size"]:
            problems.add(f"{entry.where('size')}: does not match the asset's data")
    used = {a.data["sha256"] for a in parsed.assets}
    for digest in set(parsed.blobs) - used:
        problems.add(f"bundle member assets/{digest}.bin: no asset in assets/index.json uses it")


# ======================================================================================
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
    session.flush()
    parsed = _read_bundle(path, limits, progress)
    _check_domain(session, parsed)
    report = ImportReport()
    plan = {etype: _plan(session, etype, parsed.entities[etype], report) for etype in ENTITY_TYPES}
    _check_child_owners(session, plan)
    assets = _plan_assets(session, parsed, report)
    _progress_start(progress, len(ENTITY_TYPES) + 2, "Writing")
    for etype in ENTITY_TYPES:
        report.revisions_added += _write(session, etype, plan[etype])
        _progress_step(progress)
    if assets:
        bulk_insert(session, Asset.__table__, assets)
    _reindex(session, plan["item"])
    _progress_step(progress)
    report.warnings += _asset_warnings(session, parsed)
    session.expire_all()
    return report


@dataclass
class _Plan:
    """What to write for one entity type."""

    new: list[dict[str, Any]] = field(default_factory=list)
    # (entity, the local revision it fast-forwards from)
    newer: list[tuple[dict[str, Any], int]] = field(default_factory=list)


def _plan(session: Session, etype: str, entries: list[_Entry], report: ImportReport) -> _Plan:
    """Sort entities into new, fast-forward, unchanged and conflicting."""
    plan = _Plan()
    by_id = {e.data["id"]: e.data for e in entries}
    cls = _ENTITY_CLASSES[etype]
    local: dict[str, int] = {}
    for batch in _batches(by_id):
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
    for entity in _entities(session, etype, sorted(ids)):
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
    histories = _histories(session, etype, sorted(ids))
    for entity_id in sorted(ids):
        theirs, rev = by_id[entity_id], local[entity_id]
        mine = next((h for h in histories.get(entity_id, []) if h["revision"] == rev), None)
        base = next((h for h in theirs["history"] if h["revision"] == rev), None)
        if rev == 0 or (mine is not None and mine == base):
            plan.newer.append((theirs, rev))
            report.count("updated", etype)
        else:
            report.conflicts.append(_conflict(etype, theirs, rev, "diverged"))
            report.count("skipped", etype)


def _without_history(entity: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entity.items() if k != "history"}


def _conflict(etype: str, theirs: dict[str, Any], local_revision: int, why: str) -> str:
    head = f"{etype} «{theirs['title']}» ({theirs['id']})"
    if why == "newer":
        return (
            f"{head}: the library has revision {local_revision}, newer than the bundle's "
            f"revision {theirs['revision']}; the library's version was kept"
        )
    return (
        f"{head}: changed both in the library (revision {local_revision}) and in the "
        f"bundle (revision {theirs['revision']}); the library's version was kept"
    )


def _plan_assets(session: Session, parsed: _Parsed, report: ImportReport) -> list[dict[str, Any]]:
    ids = {e.data["id"] for e in parsed.assets}
    local: dict[str, str] = {}
    for batch in _batches(ids):
        local.update(
            session.execute(select(Asset.id, Asset.sha256).where(Asset.id.in_(batch))).all()
        )
    rows = []
    for entry in parsed.assets:
        a = entry.data
        if a["id"] not in local:
            rows.append(
                {
                    "id": a["id"],
                    "name": a["name"],
                    "mime": a["mime"],
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
            report.conflicts.append(
                f"asset «{a['name']}» ({a['id']}): the library has different "
                "data under this id; the library's was kept"
            )
            report.count("skipped", "asset")
    return rows


def _asset_warnings(session: Session, parsed: _Parsed) -> list[str]:
    """Warn about images the imported texts use that the library does not have."""
    wanted: set[str] = set()
    for etype, entries in parsed.entities.items():
        for entry in entries:
            text = (
                json.dumps(entry.data, ensure_ascii=False)
                if etype != "item"
                else (entry.data["body"] + entry.data["summary"])
            )
            if "asset:" in text:
                wanted.update(_ASSET_REF.findall(text))
    present = set()
    for batch in _batches(wanted):
        present.update(session.scalars(select(Asset.id).where(Asset.id.in_(batch))))
    return [f"image asset:{a} is used but is not in the library" for a in sorted(wanted - present)]


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


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


def _check_child_owners(session: Session, plan: dict[str, _Plan]) -> None:
    """Refuse child ids (relations, blocks, ...) that belong to another entity here."""
    problems = _Problems()
    for etype, p in plan.items():
        owner_of = {
            child_id: (data["id"], path)
            for data in [*p.new, *(d for d, _ in p.newer)]
            for path, child_id in _child_ids(etype, data)
        }
        for id_col, owner_col, via in _CHILD_OWNERS[etype]:
            query = select(id_col, owner_col)
            if via is not None:
                query = query.join(via)
            for batch in _batches(owner_of):
                for child_id, owner in session.execute(query.where(id_col.in_(batch))):
                    if owner != owner_of[child_id][0]:
                        problems.add(
                            f"{etype} {owner_of[child_id][0]}, field "
                            f"{owner_of[child_id][1]}: id {child_id} already belongs to "
                            f"another {etype} in the library"
                        )
    problems.raise_if_any()


# -- bulk writing ---------------------------------------------------------------------------


def _write(session: Session, etype: str, plan: _Plan) -> int:
    """Write new and fast-forwarded entities with Core executemany; return revisions added."""
    updated = [data for data, _ in plan.newer]
    if updated:
        ids = [d["id"] for d in updated]
        _delete_children(session, etype, ids)
        session.execute(update(_ENTITY_CLASSES[etype]), [_ROWS[etype](d) for d in updated])
    if plan.new:
        bulk_insert(session, _ENTITY_CLASSES[etype].__table__, [_ROWS[etype](d) for d in plan.new])
    everything = plan.new + updated
    for table, rows in _CHILD_ROWS[etype](everything):
        bulk_insert(session, table, rows)
    since = {d["id"]: 0 for d in plan.new} | {d["id"]: rev for d, rev in plan.newer}
    revisions = [
        {
            "entity_type": etype,
            "entity_id": d["id"],
            "revision": h["revision"],
            "state": h["state"],
            "changed_at": _dt(h["changed_at"]),
            "author": h["author"],
            "action": h["action"],
        }
        for d in everything
        for h in d["history"]
        if h["revision"] > since[d["id"]]
    ]
    bulk_insert(session, Revision.__table__, revisions)
    return len(revisions)


_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows with one DBAPI executemany, converting values with the columns' own types.

    Core's executemany spends most of its time building parameters row by row; here each
    column's bind processor is looked up once. Other paramstyles fall back to Core.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    marker = _MARKERS.get(dialect.paramstyle)
    if marker is None:
        session.execute(insert(table), rows)
        return
    names = list(rows[0])
    procs = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([marker] * len(names))})"
    )
    pairs = list(zip(names, procs))
    for start in range(0, len(rows), 20_000):
        params = [
            tuple(p(r[n]) if p is not None else r[n] for n, p in pairs)
            for r in rows[start : start + 20_000]
        ]
        conn.exec_driver_sql(sql, params)


def _delete_children(session: Session, etype: str, ids: list[str]) -> None:
    for batch in _batches(ids):
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


def _stamps(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d["id"],
        "revision": d["revision"],
        "created_at": _dt(d["created_at"]),
        "created_by": d["created_by"],
        "updated_at": _dt(d["updated_at"]),
        "updated_by": d["updated_by"],
        "deleted_at": _dt(d["deleted_at"]),
        "language": d["language"],
        "status": d["status"],
        "title": d["title"],
        "audiences": d["audiences"],
        "starter": d["starter"],
    }


def _item_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **_stamps(d),
        "kind": d["kind"],
        "summary": d["summary"],
        "body": d["body"],
        "fields": d["fields"],
        "tags": d["tags"],
    }


def _module_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **_stamps(d),
        "code": d["code"],
        "description": d["description"],
        "objectives": d["objectives"],
        "duration_minutes": d["duration_minutes"],
    }


def _curriculum_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **_stamps(d),
        "programme": d["programme"],
        "description": d["description"],
        "edition": d["edition"],
        "edition_date": _date(d["edition_date"]),
    }


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_ROWS = {"item": _item_row, "module": _module_row, "curriculum": _curriculum_row}


def _item_children(entities: list[dict[str, Any]]) -> list[tuple[Any, list[dict[str, Any]]]]:
    relations, citations, labels = [], [], []
    for d in entities:
        relations += [
            {
                "id": r["id"],
                "source_id": d["id"],
                "target_id": r["target_id"],
                "relation_type": r["type"],
                "note": r["note"],
                "position": i,
            }
            for i, r in enumerate(d["relations"])
        ]
        citations += [
            {
                "id": c["id"],
                "item_id": d["id"],
                "source_id": c["source_id"],
                "locator": c["locator"],
                "position": i,
            }
            for i, c in enumerate(d["citations"])
        ]
        labels += [
            {"item_id": d["id"], "facet": "tag", "value": t} for t in dict.fromkeys(d["tags"])
        ]
        labels += [
            {"item_id": d["id"], "facet": "audience", "value": a}
            for a in dict.fromkeys(d["audiences"])
        ]
    return [
        (ItemRelation.__table__, relations),
        (Citation.__table__, citations),
        (ItemLabel.__table__, labels),
    ]


def _module_children(entities: list[dict[str, Any]]) -> list[tuple[Any, list[dict[str, Any]]]]:
    sections, blocks = [], []
    for d in entities:
        for i, s in enumerate(d["sections"]):
            sections.append(
                {"id": s["id"], "module_id": d["id"], "position": i, "title": s["title"]}
            )
            blocks += [
                {**b, "section_id": s["id"], "position": j} for j, b in enumerate(s["blocks"])
            ]
    return [(Section.__table__, sections), (Block.__table__, blocks)]


def _curriculum_children(
    entities: list[dict[str, Any]],
) -> list[tuple[Any, list[dict[str, Any]]]]:
    sessions, entries = [], []
    for d in entities:
        for i, s in enumerate(d["sessions"]):
            sessions.append(
                {
                    "id": s["id"],
                    "curriculum_id": d["id"],
                    "position": i,
                    "title": s["title"],
                    "session_date": _date(s["date"]),
                    "start_time": s["start_time"],
                }
            )
            entries += [
                {"id": m["id"], "session_id": s["id"], "module_id": m["module_id"], "position": j}
                for j, m in enumerate(s["modules"])
            ]
    return [(CurriculumSession.__table__, sessions), (SessionModule.__table__, entries)]


_CHILD_ROWS = {
    "item": _item_children,
    "module": _module_children,
    "curriculum": _curriculum_children,
}

REINDEX_ONE_BY_ONE = 2000


def _reindex(session: Session, plan: _Plan) -> None:
    """Rebuild the search index once after a big import; index a few items directly."""
    items = plan.new + [d for d, _ in plan.newer]
    if not items:
        return
    if len(items) > REINDEX_ONE_BY_ONE:
        search_index.rebuild(session)
        return
    search_index.remove_items(session, [d["id"] for d in items])
    search_index.insert_rows(
        session,
        [
            {
                "item_id": d["id"],
                "title": d["title"],
                "summary": d["summary"],
                "body": d["body"],
                "tags": " ".join(d["tags"] + d["audiences"]),
            }
            for d in items
            if not d["deleted"]
        ],
    )
