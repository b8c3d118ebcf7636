"""Read-side queries over the library: lists, details, where-used, history."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from content.aggregates import ENTITY_CLASSES, state_of
from content.errors import NotFoundError
from content.i18n import language, tr
from content.items.kinds import RELATIONS
from content.modules.minutes import module_minutes
from content.words import short_datetime, sort_key, sql_sort_key
from db.models import (
    Block,
    Citation,
    ContentItem,
    Curriculum,
    CurriculumSession,
    ExportEntry,
    ExportRecord,
    ItemLabel,
    ItemRelation,
    Module,
    Revision,
    Section,
    SessionModule,
)

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ItemRow:
    """One line of the library list."""

    id: str
    kind: str
    title: str
    status: str
    revision: int
    language: str = "nb"
    updated_at: datetime | None = None


@dataclass(frozen=True)
class EntityRow:
    """One line of a module or curriculum list."""

    id: str
    title: str
    code: str
    status: str
    revision: int
    minutes: int = 0


@dataclass(frozen=True)
class RevisionRow:
    """One revision in an entity's history."""

    revision: int
    changed_at: datetime
    author: str
    action: str


@dataclass(frozen=True)
class UseRef:
    """A place where something is used."""

    entity_type: str  # module | curriculum | export | item
    id: str
    title: str
    detail: str = ""


def list_items(
    session: Session,
    kind: str | None = None,
    *,
    status: str | None = None,
    tag: str | None = None,
    audience: str | None = None,
    include_deleted: bool = False,
) -> list[ItemRow]:
    """List items sorted by title, with optional filters."""
    q = select(
        ContentItem.id,
        ContentItem.kind,
        ContentItem.title,
        ContentItem.status,
        ContentItem.revision,
        ContentItem.language,
        ContentItem.updated_at,
    )
    if not include_deleted:
        q = q.where(ContentItem.deleted_at.is_(None))
    if kind:
        q = q.where(ContentItem.kind == kind)
    if status:
        q = q.where(ContentItem.status == status)
    for facet, value in (("tag", tag), ("audience", audience)):
        if value:
            q = q.where(
                ContentItem.id.in_(
                    select(ItemLabel.item_id).where(
                        ItemLabel.facet == facet, ItemLabel.value == value
                    )
                )
            )
    q = q.order_by(text(_title_order(session, "content_item.title")), ContentItem.id)
    return [ItemRow(*r) for r in session.execute(q)]


def _title_order(session: Session, column: str) -> str:
    """Return the Norwegian ORDER BY expression for a title column in this database."""
    return sql_sort_key(column, session.get_bind().dialect.name)


def list_titles(session: Session) -> list[tuple[str, str, str]]:
    """Return (id, kind, title) of all live items, fast (no ORM objects)."""
    return [
        tuple(r)
        for r in session.execute(
            text(
                "SELECT id, kind, title FROM content_item WHERE deleted_at IS NULL "
                f"ORDER BY {_title_order(session, 'title')}, id"
            )
        )
    ]


def all_labels(session: Session, facet: str) -> list[tuple[str, int]]:
    """Return (value, count) of every tag or audience in use."""
    q = (
        select(ItemLabel.value, func.count())
        .where(ItemLabel.facet == facet)
        .group_by(ItemLabel.value)
    )
    return sorted(((v, n) for v, n in session.execute(q)), key=lambda r: sort_key(r[0]))


def list_modules(session: Session, include_deleted: bool = False) -> list[EntityRow]:
    """List modules sorted by code and title, with their minutes."""
    q = select(Module)
    if not include_deleted:
        q = q.where(Module.deleted_at.is_(None))
    rows = []
    for m in session.scalars(q):
        rows.append(EntityRow(m.id, m.title, m.code, m.status, m.revision, module_minutes(m)))
    return sorted(rows, key=lambda r: (sort_key(r.code), sort_key(r.title)))


def list_curricula(session: Session, include_deleted: bool = False) -> list[EntityRow]:
    """List curricula sorted by title, with their total minutes."""
    q = select(Curriculum)
    if not include_deleted:
        q = q.where(Curriculum.deleted_at.is_(None))
    rows = [
        EntityRow(c.id, c.title, c.edition, c.status, c.revision, curriculum_minutes(session, c))
        for c in session.scalars(q)
    ]
    return sorted(rows, key=lambda r: sort_key(r.title))


def session_minutes(session: Session, cs: CurriculumSession) -> int:
    """Return the summed minutes of a curriculum session's modules."""
    total = 0
    for entry in cs.entries:
        module = session.get(Module, entry.module_id)
        if module is not None and module.deleted_at is None:
            total += module_minutes(module)
    return total


def curriculum_minutes(session: Session, cur: Curriculum) -> int:
    """Return the summed minutes of all sessions of a curriculum."""
    return sum(session_minutes(session, s) for s in cur.sessions)


def get_entity(session: Session, entity_type: str, entity_id: str) -> Any:
    """Return an ORM entity or raise NotFoundError."""
    obj = session.get(ENTITY_CLASSES[entity_type], entity_id)
    if obj is None:
        raise NotFoundError(f"no {entity_type} with id {entity_id}")
    return obj


def get_state(session: Session, entity_type: str, entity_id: str) -> dict[str, Any]:
    """Return an entity's current state with its revision and stamps."""
    obj = get_entity(session, entity_type, entity_id)
    state = state_of(entity_type, obj)
    state.update(
        revision=obj.revision,
        created_at=obj.created_at,
        created_by=obj.created_by,
        updated_at=obj.updated_at,
        updated_by=obj.updated_by,
    )
    return state


def find_entity(session: Session, entity_id: str) -> tuple[str, Any]:
    """Find what kind of entity an id (or unique id prefix of 8+ chars) names."""
    for etype, cls in ENTITY_CLASSES.items():
        obj = session.get(cls, entity_id)
        if obj is not None:
            return etype, obj
    if len(entity_id) >= 8:
        for etype, cls in ENTITY_CLASSES.items():
            hits = list(session.scalars(select(cls).where(cls.id.like(f"{entity_id}%")).limit(2)))
            if len(hits) == 1:
                return etype, hits[0]
    raise NotFoundError(f"no item, module or curriculum has the id {entity_id}")


def history(session: Session, entity_type: str, entity_id: str) -> list[RevisionRow]:
    """Return an entity's revisions, newest first."""
    q = (
        select(Revision.revision, Revision.changed_at, Revision.author, Revision.action)
        .where(Revision.entity_type == entity_type, Revision.entity_id == entity_id)
        .order_by(Revision.revision.desc())
    )
    return [RevisionRow(*r) for r in session.execute(q)]


def state_at(session: Session, entity_type: str, entity_id: str, revision: int) -> dict[str, Any]:
    """Return an entity's state at one revision."""
    row = session.execute(
        select(Revision.state).where(
            Revision.entity_type == entity_type,
            Revision.entity_id == entity_id,
            Revision.revision == revision,
        )
    ).first()
    if row is None:
        raise NotFoundError(f"{entity_type} {entity_id} has no revision {revision}")
    if row.state is None:  # the newest revision of an imported entity: its current state
        return state_of(entity_type, session.get(ENTITY_CLASSES[entity_type], entity_id))
    return copy.deepcopy(row.state)


def item_where_used(session: Session, item_id: str) -> list[UseRef]:
    """Return the modules, curricula, items and exports that use an item."""
    refs: list[UseRef] = []
    q = (
        select(Module.id, Module.title, Block.pinned_revision, Section.title)
        .join(Section, Section.module_id == Module.id)
        .join(Block, Block.section_id == Section.id)
        .where(Block.item_id == item_id, Module.deleted_at.is_(None))
    )
    module_ids: list[str] = []
    for mid, title, pinned, sec_title in session.execute(q):
        if pinned:
            where = tr("section «{section}», pinned to revision {revision}",
                       section=sec_title, revision=pinned)
        else:
            where = tr("section «{section}»", section=sec_title)
        refs.append(UseRef("module", mid, title, where))
        module_ids.append(mid)
    for cid, ctitle in _curricula_using(session, module_ids):
        refs.append(UseRef("curriculum", cid, ctitle, tr("through a module")))
    for rel in session.scalars(select(ItemRelation).where(ItemRelation.target_id == item_id)):
        src = rel.source
        if src.deleted_at is None:
            spec = RELATIONS.get(rel.relation_type)
            name = spec.label(language()) if spec else rel.relation_type
            refs.append(UseRef("item", src.id, src.title, name))
    for cit in session.scalars(select(Citation).where(Citation.source_id == item_id)):
        if cit.item.deleted_at is None:
            refs.append(UseRef("item", cit.item.id, cit.item.title, tr("cites")))
    refs += exports_using(session, "item", item_id)
    return refs


def _curricula_using(session: Session, module_ids: list[str]) -> list[tuple[str, str]]:
    if not module_ids:
        return []
    q = (
        select(Curriculum.id, Curriculum.title)
        .distinct()
        .join(CurriculumSession, CurriculumSession.curriculum_id == Curriculum.id)
        .join(SessionModule, SessionModule.session_id == CurriculumSession.id)
        .where(SessionModule.module_id.in_(module_ids), Curriculum.deleted_at.is_(None))
    )
    return [(c, t) for c, t in session.execute(q)]


def module_where_used(session: Session, module_id: str) -> list[UseRef]:
    """Return the curricula and exports that use a module."""
    refs = [UseRef("curriculum", c, t) for c, t in _curricula_using(session, [module_id])]
    return refs + exports_using(session, "module", module_id)


def module_items(session: Session, module_id: str) -> list[UseRef]:
    """Return the items a module references, in outline order."""
    module = get_entity(session, "module", module_id)
    out = []
    for sec in module.sections:
        for b in sec.blocks:
            if b.item_id:
                item = session.get(ContentItem, b.item_id)
                title = item.title if item else "(missing)"
                where = tr("section «{section}»", section=sec.title)
                out.append(UseRef("item", b.item_id, title, where))
    return out


def exports_using(session: Session, entity_type: str, entity_id: str) -> list[UseRef]:
    """Return the recorded exports that contain an entity."""
    q = (
        select(ExportRecord, ExportEntry.revision)
        .join(ExportEntry, ExportEntry.export_id == ExportRecord.id)
        .where(ExportEntry.entity_type == entity_type, ExportEntry.entity_id == entity_id)
        .order_by(ExportRecord.created_at.desc())
    )
    return [
        UseRef(
            "export",
            rec.id,
            rec.file_name,
            tr(
                "{kind}, {profile}, revision {revision}, {when}",
                kind=tr(rec.export_kind),
                profile=tr(rec.profile),
                revision=rev,
                when=short_datetime(rec.created_at, language()),
            ),
        )
        for rec, rev in session.execute(q)
    ]


def counts(session: Session) -> dict[str, int]:
    """Return how many live items, modules and curricula the library holds."""
    return {
        etype: session.scalar(select(func.count()).select_from(cls).where(cls.deleted_at.is_(None)))
        or 0
        for etype, cls in ENTITY_CLASSES.items()
    }
