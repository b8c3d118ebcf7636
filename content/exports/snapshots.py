"""Build frozen export snapshots from the store, for a profile (participant or trainer).

Participant snapshots are built from an allow-list: only item, text and exercise blocks
that are not trainer-only. Trainer notes never enter them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from content.aggregates import item_state
from content.errors import ContentError
from content.exports.snapshot import (
    PROFILES,
    AssetSnapshot,
    BlockSnapshot,
    CitationRef,
    ExportSnapshot,
    ItemSnapshot,
    ModuleSnapshot,
    RelationRef,
    SectionSnapshot,
    SessionSnapshot,
)
from content.library import get_entity, state_at
from db.models import Asset, ContentItem, ItemRelation, Module, Section

if TYPE_CHECKING:
    from content.progress import Progress

PARTICIPANT_BLOCKS = frozenset({"item", "text", "exercise"})
_ASSET_RE = re.compile(r"asset:([0-9a-fA-F-]{36})")


class _Builder:
    def __init__(self, session: Session, profile: str, progress: Progress | None) -> None:
        if profile not in PROFILES:
            raise ContentError(f"unknown profile {profile!r}; use participant or trainer")
        self.session = session
        self.profile = profile
        self.progress = progress
        self.items: dict[str, ItemSnapshot] = {}
        self.loaded: dict[str, ContentItem] = {}
        self.used: dict[tuple[str, str], int] = {}

    def allowed(self, block_type: str, trainer_only: bool) -> bool:
        if self.profile == "trainer":
            return True
        return block_type in PARTICIPANT_BLOCKS and not trainer_only

    def preload(self, ids: set[str]) -> None:
        """Load items with their relations and citations in a few queries, not one per item."""
        todo = [i for i in ids if i]
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            q = (
                select(ContentItem)
                .where(ContentItem.id.in_(chunk))
                .options(selectinload(ContentItem.relations), selectinload(ContentItem.citations))
            )
            # The session's identity map holds objects weakly: keep them alive while building.
            self.loaded.update((obj.id, obj) for obj in self.session.scalars(q))

    def preload_modules(self, modules: list[Module]) -> None:
        """Preload every item the modules reference, and the items those relate to or cite."""
        ids = {b.item_id for m in modules for s in m.sections for b in s.blocks if b.item_id}
        self.preload(ids)
        linked: set[str] = set()
        for item_id in ids:
            obj = self.session.get(ContentItem, item_id)
            if obj is not None:
                linked.update(r.target_id for r in obj.relations)
                linked.update(c.source_id for c in obj.citations)
        self.preload(linked - ids)

    def item(self, item_id: str, revision: int | None = None) -> ItemSnapshot | None:
        key = f"{item_id}@{revision}" if revision else item_id
        if key in self.items:
            return self.items[key]
        obj = self.session.get(ContentItem, item_id)
        if obj is None or obj.deleted_at is not None:
            return None
        if revision:
            state, rev = state_at(self.session, "item", item_id, revision), revision
        else:
            state, rev = item_state(obj), obj.revision
        snap = self._item_snapshot(state, rev)
        self.items[key] = snap
        self.used[("item", item_id)] = rev
        return snap

    def _item_snapshot(self, s: dict[str, Any], rev: int) -> ItemSnapshot:
        relations = []
        for r in s.get("relations", []):
            target = self.session.get(ContentItem, r["target_id"])
            if target is not None and target.deleted_at is None:
                relations.append(RelationRef(r["type"], target.id, target.title, target.kind))
        return ItemSnapshot(
            id=s["id"],
            kind=s["kind"],
            title=s["title"],
            summary=s["summary"],
            body=s["body"],
            language=s["language"],
            status=s["status"],
            revision=rev,
            fields=dict(s["fields"]),
            tags=tuple(s["tags"]),
            audiences=tuple(s["audiences"]),
            citations=tuple(CitationRef(c["source_id"], c["locator"]) for c in s["citations"]),
            relations=tuple(relations),
        )

    def module(self, module: Module) -> ModuleSnapshot:
        self.used[("module", module.id)] = module.revision
        sections = []
        for sec in module.sections:
            blocks = [
                self.block(b) for b in sec.blocks if self.allowed(b.block_type, b.trainer_only)
            ]
            sections.append(SectionSnapshot(sec.id, sec.title, tuple(blocks)))
            if self.progress:
                self.progress.check()
        return ModuleSnapshot(
            id=module.id,
            title=module.title,
            code=module.code,
            description=module.description,
            audiences=tuple(module.audiences or []),
            objectives=tuple(module.objectives or []),
            duration_minutes=module.duration_minutes,
            revision=module.revision,
            sections=tuple(sections),
        )

    def block(self, b: Any) -> BlockSnapshot:
        item, problem = None, ""
        if b.block_type == "item":
            item = self.item(b.item_id, b.pinned_revision) if b.item_id else None
            if item is None:
                problem = f"item {b.item_id} does not exist or was deleted"
        return BlockSnapshot(
            id=b.id,
            block_type=b.block_type,
            display=b.display,
            trainer_only=b.trainer_only,
            title=b.title,
            text=b.text,
            exercise_kind=b.exercise_kind,
            minutes=b.minutes,
            item=item,
            pinned_revision=b.pinned_revision,
            problem=problem,
        )

    def related_items(self) -> tuple[ItemSnapshot, ...]:
        """Return used items plus items related to them in either direction (one step)."""
        out: dict[str, ItemSnapshot] = {i.id: i for i in self.items.values()}
        ids = list(out)
        related = [rel.target_id for snap in out.values() for rel in snap.relations]
        for chunk in _chunks(ids, 500):
            q = select(ItemRelation.source_id).where(ItemRelation.target_id.in_(chunk))
            related += [source_id for (source_id,) in self.session.execute(q)]
        self._preload_with_targets({i for i in related if i not in out})
        for item_id in related:
            if item_id not in out and (t := self.item(item_id)):
                out[t.id] = t
        return tuple(out.values())

    def _preload_with_targets(self, ids: set[str]) -> None:
        """Preload items and the targets of their relations (whose titles snapshots show)."""
        self.preload(ids)
        targets: set[str] = set()
        for item_id in ids:
            obj = self.session.get(ContentItem, item_id)
            if obj is not None:
                targets.update(r.target_id for r in obj.relations)
                targets.update(c.source_id for c in obj.citations)
        self.preload(targets - ids)

    def sources(self, items: tuple[ItemSnapshot, ...]) -> tuple[ItemSnapshot, ...]:
        out: dict[str, ItemSnapshot] = {}
        for snap in items:
            for cit in snap.citations:
                if cit.source_id not in out and (src := self.item(cit.source_id)):
                    out[src.id] = src
        return tuple(sorted(out.values(), key=_source_sort_key))

    def assets(self, items: tuple[ItemSnapshot, ...], texts: list[str]) -> dict[str, AssetSnapshot]:
        ids: set[str] = set()
        for t in [i.body for i in items] + texts:
            ids.update(m.lower() for m in _ASSET_RE.findall(t))
        out = {}
        for asset_id in ids:
            a = self.session.get(Asset, asset_id)
            if a is not None:
                out[a.id] = AssetSnapshot(a.id, a.name, a.mime, a.data)
        return out


def _chunks(seq: list[str], n: int) -> list[list[str]]:
    return [seq[i : i + n] for i in range(0, len(seq), n)]


def _source_sort_key(s: ItemSnapshot) -> tuple[str, str]:
    authors = s.fields.get("authors") or [""]
    return (str(authors[0]).lower(), s.title.lower())


def build_snapshot(
    session: Session,
    scope: str,
    target_id: str,
    *,
    profile: str = "participant",
    lang: str = "nb",
    session_number: int | None = None,
    author: str = "",
    progress: Progress | None = None,
) -> ExportSnapshot:
    """Build the snapshot of a curriculum (optionally one session) or of a module."""
    b = _Builder(session, profile, progress)
    if scope == "module":
        module = get_entity(session, "module", target_id)
        b.preload_modules([module])
        sessions: tuple[SessionSnapshot, ...] = (
            SessionSnapshot(id=module.id, title=module.title, modules=(b.module(module),)),
        )
        head: dict[str, Any] = {
            "title": module.title,
            "description": module.description,
            "audiences": tuple(module.audiences or []),
        }
    elif scope == "curriculum":
        cur = get_entity(session, "curriculum", target_id)
        b.used[("curriculum", cur.id)] = cur.revision
        sessions = _sessions(session, b, cur, session_number)
        head = {
            "title": cur.title,
            "programme": cur.programme,
            "description": cur.description,
            "audiences": tuple(cur.audiences or []),
            "edition": cur.edition,
            "edition_date": cur.edition_date,
        }
        if session_number is not None:
            scope = "session"
    else:
        raise ContentError(f"unknown export scope {scope!r}; use curriculum or module")
    items = b.related_items()
    texts = [
        blk.text for s in sessions for m in s.modules for sec in m.sections for blk in sec.blocks
    ]
    return ExportSnapshot(
        scope=scope,
        target_id=target_id,
        profile=profile,
        lang=lang,
        author=author,
        sessions=sessions,
        sources=b.sources(items),
        items=items,
        assets=b.assets(items, texts),
        used=tuple((t, i, r) for (t, i), r in b.used.items()),
        **head,
    )


def _sessions(
    session: Session, b: _Builder, cur: Any, number: int | None
) -> tuple[SessionSnapshot, ...]:
    if number is not None and not 1 <= number <= len(cur.sessions):
        raise ContentError(
            f"«{cur.title}» has {len(cur.sessions)} sessions; there is no session {number}"
        )
    wanted = [cs for n, cs in enumerate(cur.sessions, start=1) if number in (None, n)]
    module_ids = [e.module_id for cs in wanted for e in cs.entries]
    # Held in a local for the whole build: the session keeps loaded objects only weakly.
    preloaded = (
        list(
            session.scalars(
                select(Module)
                .where(Module.id.in_(module_ids))
                .options(selectinload(Module.sections).selectinload(Section.blocks))
            )
        )
        if module_ids
        else []
    )
    b.preload_modules(preloaded)
    out = []
    for n, cs in enumerate(cur.sessions, start=1):
        if number is not None and n != number:
            continue
        modules = []
        for entry in cs.entries:
            module = session.get(Module, entry.module_id)
            if module is not None and module.deleted_at is None:
                modules.append(b.module(module))
        out.append(
            SessionSnapshot(
                id=cs.id,
                title=cs.title,
                number=n,
                session_date=cs.session_date,
                start_time=cs.start_time,
                modules=tuple(modules),
            )
        )
    return tuple(out)
