"""Whole-entity state as plain dicts: for revision history, undo, and bundles.

An aggregate is an item (with its relations and citations), a module (with its sections
and blocks) or a curriculum (with its sessions and their module entries). ``*_state``
reads one into JSON-safe data; ``apply_*_state`` makes the stored entity equal to a state.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, insert, select, update

from content.search import index as search_index
from db.models import (
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
    utcnow,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from sqlalchemy.orm import Session

ENTITY_CLASSES: dict[str, type[ContentItem] | type[Module] | type[Curriculum]] = {
    "item": ContentItem,
    "module": Module,
    "curriculum": Curriculum,
}
T = TypeVar("T")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# -- items -----------------------------------------------------------------------------


def item_state(item: ContentItem) -> dict[str, Any]:
    """Return an item's full state (without revision bookkeeping)."""
    return {
        "id": item.id,
        "kind": item.kind,
        "title": item.title,
        "summary": item.summary,
        "body": item.body,
        "language": item.language,
        "status": item.status,
        "fields": dict(item.fields or {}),
        "tags": list(item.tags or []),
        "audiences": list(item.audiences or []),
        "starter": bool(item.starter),
        "deleted": item.deleted_at is not None,
        "relations": [
            {"id": r.id, "type": r.relation_type, "target_id": r.target_id, "note": r.note}
            for r in item.relations
        ],
        "citations": [
            {"id": c.id, "source_id": c.source_id, "locator": c.locator} for c in item.citations
        ],
    }


def apply_item_state(session: Session, item: ContentItem, state: dict[str, Any]) -> None:
    """Make a stored item equal to a state (relations, citations, labels, search index)."""
    indexed = search_index.old_rows(session, [item.id])
    for key in ("kind", "title", "summary", "body", "language", "status"):
        setattr(item, key, state[key])
    item.fields = dict(state.get("fields") or {})
    item.tags = list(state.get("tags") or [])
    item.audiences = list(state.get("audiences") or [])
    item.starter = bool(state.get("starter", False))
    _set_deleted(item, bool(state.get("deleted")))
    _sync(
        item.relations,
        state.get("relations") or [],
        lambda s: ItemRelation(id=s["id"]),
        _update_relation,
    )
    _sync(
        item.citations,
        state.get("citations") or [],
        lambda s: Citation(id=s["id"]),
        _update_citation,
    )
    session.flush()
    write_labels(session, item.id, item.tags, item.audiences, replace=True)
    new = [] if item.deleted_at is not None else [
        search_index.row_of(
            item.id, item.kind, item.status, item.title, item.summary, item.body, item.tags,
            item.audiences,
        )
    ]
    search_index.replace(session, indexed, new)


def _update_relation(rel: ItemRelation, s: dict[str, Any], pos: int) -> None:
    rel.relation_type, rel.target_id = s["type"], s["target_id"]
    rel.note, rel.position = s.get("note", ""), pos


def _update_citation(cit: Citation, s: dict[str, Any], pos: int) -> None:
    cit.source_id, cit.locator, cit.position = s["source_id"], s.get("locator", ""), pos


def write_labels(
    session: Session,
    item_id: str,
    tags: Sequence[str],
    audiences: Sequence[str],
    *,
    replace: bool,
) -> None:
    """Write the derived tag/audience index rows of an item."""
    if replace:
        session.execute(delete(ItemLabel).where(ItemLabel.item_id == item_id))
    rows = [{"item_id": item_id, "facet": "tag", "value": t} for t in dict.fromkeys(tags)]
    rows += [
        {"item_id": item_id, "facet": "audience", "value": a} for a in dict.fromkeys(audiences)
    ]
    if rows:
        session.execute(insert(ItemLabel), rows)


# -- modules ---------------------------------------------------------------------------

_MODULE_KEYS = ("code", "title", "description", "duration_minutes", "language", "status")
BLOCK_KEYS = (
    "block_type",
    "item_id",
    "pinned_revision",
    "display",
    "trainer_only",
    "title",
    "text",
    "exercise_kind",
    "minutes",
)


def module_state(module: Module) -> dict[str, Any]:
    """Return a module's full state with its sections and blocks."""
    return {
        "id": module.id,
        **{k: getattr(module, k) for k in _MODULE_KEYS},
        "audiences": list(module.audiences or []),
        "objectives": list(module.objectives or []),
        "starter": bool(module.starter),
        "deleted": module.deleted_at is not None,
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "blocks": [
                    {"id": b.id, **{k: getattr(b, k) for k in BLOCK_KEYS}} for b in s.blocks
                ],
            }
            for s in module.sections
        ],
    }


def apply_module_state(session: Session, module: Module, state: dict[str, Any]) -> None:
    """Make a stored module equal to a state (blocks may move between sections)."""
    for key in _MODULE_KEYS:
        setattr(module, key, state[key])
    module.audiences = list(state.get("audiences") or [])
    module.objectives = list(state.get("objectives") or [])
    module.starter = bool(state.get("starter", False))
    _set_deleted(module, bool(state.get("deleted")))
    blocks = {b.id: b for s in module.sections for b in s.blocks}

    def update_section(sec: Section, s: dict[str, Any], pos: int) -> None:
        sec.title, sec.position = s.get("title", ""), pos
        wanted = s.get("blocks") or []
        kept = []
        for i, bs in enumerate(wanted):
            block = blocks.pop(bs["id"], None) or Block(id=bs["id"])
            for key in BLOCK_KEYS:
                if key in bs:
                    setattr(block, key, bs[key])
            block.position = i
            kept.append(block)
        sec.blocks[:] = kept

    _sync(
        module.sections, state.get("sections") or [], lambda s: Section(id=s["id"]), update_section
    )
    for orphan in blocks.values():
        if orphan.section is not None and orphan in orphan.section.blocks:
            orphan.section.blocks.remove(orphan)
    session.flush()


# -- curricula -------------------------------------------------------------------------

_CURRICULUM_KEYS = ("title", "programme", "description", "edition", "language", "status")


def curriculum_state(cur: Curriculum) -> dict[str, Any]:
    """Return a curriculum's full state with its sessions and module entries."""
    return {
        "id": cur.id,
        **{k: getattr(cur, k) for k in _CURRICULUM_KEYS},
        "edition_date": _iso(cur.edition_date),
        "audiences": list(cur.audiences or []),
        "starter": bool(cur.starter),
        "deleted": cur.deleted_at is not None,
        "sessions": [
            {
                "id": s.id,
                "title": s.title,
                "date": _iso(s.session_date),
                "start_time": s.start_time,
                "modules": [{"id": e.id, "module_id": e.module_id} for e in s.entries],
            }
            for s in cur.sessions
        ],
    }


def apply_curriculum_state(session: Session, cur: Curriculum, state: dict[str, Any]) -> None:
    """Make a stored curriculum equal to a state."""
    for key in _CURRICULUM_KEYS:
        setattr(cur, key, state[key])
    cur.edition_date = _date(state.get("edition_date"))
    cur.audiences = list(state.get("audiences") or [])
    cur.starter = bool(state.get("starter", False))
    _set_deleted(cur, bool(state.get("deleted")))
    entries = {e.id: e for s in cur.sessions for e in s.entries}

    def update_session(cs: CurriculumSession, s: dict[str, Any], pos: int) -> None:
        cs.title, cs.position = s.get("title", ""), pos
        cs.session_date, cs.start_time = _date(s.get("date")), s.get("start_time") or ""
        kept = []
        for i, es in enumerate(s.get("modules") or []):
            entry = entries.pop(es["id"], None) or SessionModule(id=es["id"])
            entry.module_id, entry.position = es["module_id"], i
            kept.append(entry)
        cs.entries[:] = kept

    _sync(
        cur.sessions,
        state.get("sessions") or [],
        lambda s: CurriculumSession(id=s["id"]),
        update_session,
    )
    for orphan in entries.values():
        if orphan.session is not None and orphan in orphan.session.entries:
            orphan.session.entries.remove(orphan)
    session.flush()


# -- generic ---------------------------------------------------------------------------

STATE_FUNCS: dict[str, tuple[Callable[[Any], dict[str, Any]], Callable[..., None]]] = {
    "item": (item_state, apply_item_state),
    "module": (module_state, apply_module_state),
    "curriculum": (curriculum_state, apply_curriculum_state),
}


def state_of(entity_type: str, obj: Any) -> dict[str, Any]:
    """Return the state of any aggregate."""
    return STATE_FUNCS[entity_type][0](obj)


def apply_state(session: Session, entity_type: str, obj: Any, state: dict[str, Any]) -> None:
    """Make any stored aggregate equal to a state."""
    keep_newest_state(session, entity_type, obj)
    STATE_FUNCS[entity_type][1](session, obj, state)


def keep_newest_state(session: Session, entity_type: str, obj: Any) -> None:
    """Write out the state of an entity's newest revision before the entity changes.

    A bulk import stores that state as NULL, "the entity's current state", instead of a
    second copy of every text; it has to be kept in full once the entity moves on.
    """
    if not obj.revision:
        return
    with session.no_autoflush:
        newest = session.execute(
            select(Revision.id).where(
                Revision.entity_type == entity_type,
                Revision.entity_id == obj.id,
                Revision.revision == obj.revision,
                Revision.state.is_(None),
            )
        ).scalar()
    if newest is not None:
        session.execute(
            update(Revision).where(Revision.id == newest).values(state=state_of(entity_type, obj))
        )


def new_entity(entity_type: str, state: dict[str, Any], author: str) -> Any:
    """Create an empty ORM object for an aggregate state (not yet filled)."""
    cls = ENTITY_CLASSES[entity_type]
    now = utcnow()
    base: dict[str, Any] = {
        "id": state["id"],
        "title": state.get("title", ""),
        "revision": 0,
        "created_at": now,
        "created_by": author,
        "updated_at": now,
        "updated_by": author,
    }
    if entity_type == "item":
        base["kind"] = state["kind"]
    return cls(**base)


def record_revision(session: Session, entity_type: str, obj: Any, author: str, action: str) -> int:
    """Bump an entity's revision, stamp time and author, and keep its new state."""
    obj.revision = (obj.revision or 0) + 1
    obj.updated_at = utcnow()
    obj.updated_by = author
    session.flush()
    session.add(
        Revision(
            entity_type=entity_type,
            entity_id=obj.id,
            revision=obj.revision,
            state=state_of(entity_type, obj),
            changed_at=obj.updated_at,
            author=author,
            action=action,
        )
    )
    return int(obj.revision)


def _set_deleted(obj: Any, deleted: bool) -> None:
    if deleted and obj.deleted_at is None:
        obj.deleted_at = utcnow()
    elif not deleted:
        obj.deleted_at = None


def _sync(
    current: list[T],
    states: list[dict[str, Any]],
    factory: Callable[[dict[str, Any]], T],
    update: Callable[[T, dict[str, Any], int], None],
) -> None:
    """Make an ordered child collection match a list of states, keeping ids."""
    by_id = {getattr(c, "id"): c for c in current}  # noqa: B009
    ordered = []
    for pos, s in enumerate(states):
        child = by_id.pop(s["id"], None) or factory(s)
        update(child, s, pos)
        ordered.append(child)
    current[:] = ordered
