"""The validation report of a module or curriculum: what would embarrass a trainer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from content.i18n import tr
from content.library import get_entity
from db.models import ContentItem, Module, Revision, SyncConflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Problem:
    """One line of a validation report, pointing at the entity (and block) at fault."""

    severity: str  # error | warning
    message: str
    entity_type: str  # item | module | curriculum
    entity_id: str
    block_id: str = ""
    module_id: str = ""
    field: str = ""
    code: str = ""  # what kind of problem, e.g. an accessibility fault's image_alt


def validate_module(session: Session, module_id: str) -> list[Problem]:
    """Check a module: dangling, deleted or retired references, unsourced findings, ..."""
    module = get_entity(session, "module", module_id)
    out = _module_problems(session, module)
    return out + _sync_conflicts(session, _module_ids(module), module.id)


def _module_ids(module: Module) -> set[str]:
    return {module.id} | {
        b.item_id for sec in module.sections for b in sec.blocks if b.item_id is not None
    }


def _sync_conflicts(session: Session, ids: set[str], module_id: str = "") -> list[Problem]:
    """Warn of entities in the report whose sync conflict is not resolved (team library)."""
    rows = session.execute(
        select(SyncConflict.entity_type, SyncConflict.entity_id, SyncConflict.title)
        .where(SyncConflict.entity_id.in_(sorted(ids)))
        .order_by(SyncConflict.title)
    ).all()
    return [
        Problem(
            "warning",
            tr(
                "«{title}» has a sync conflict that is not resolved yet (both versions are "
                "kept; see team conflicts).",
                title=title,
            ),
            etype,
            eid,
            module_id=module_id,
        )
        for etype, eid, title in rows
    ]


def _module_problems(session: Session, module: Module) -> list[Problem]:
    out: list[Problem] = []
    name = f"«{module.title}»"
    if not module.objectives:
        out.append(
            Problem(
                "warning",
                tr("Module {name} has no learning objectives.", name=name),
                "module",
                module.id,
                module_id=module.id,
            )
        )
    if not module.sections:
        out.append(
            Problem(
                "error",
                tr("Module {name} has no sections.", name=name),
                "module",
                module.id,
                module_id=module.id,
            )
        )
    for sec in module.sections:
        if not sec.blocks:
            out.append(
                Problem(
                    "warning",
                    tr("Section «{section}» of {name} is empty.", section=sec.title, name=name),
                    "module",
                    module.id,
                    module_id=module.id,
                )
            )
        for block in sec.blocks:
            if block.block_type == "item":
                out += _block_problems(session, module, block)
    return out


def _block_problems(session: Session, module: Module, block: object) -> list[Problem]:
    item_id = block.item_id  # type: ignore[attr-defined]
    block_id = block.id  # type: ignore[attr-defined]
    pinned = block.pinned_revision  # type: ignore[attr-defined]
    item = session.get(ContentItem, item_id) if item_id else None

    def p(sev: str, msg: str, etype: str = "item", eid: str = item_id or "") -> Problem:
        return Problem(sev, msg, etype, eid, block_id=block_id, module_id=module.id)

    if item is None:
        return [
            p(
                "error",
                tr(
                    "A block in module «{module}» refers to an item that does not exist ({item}).",
                    module=module.title,
                    item=item_id,
                ),
                "module",
                module.id,
            )
        ]
    out = []
    if item.deleted_at is not None:
        out.append(
            p(
                "error",
                tr(
                    "«{title}» in module «{module}» has been deleted.",
                    title=item.title,
                    module=module.title,
                ),
            )
        )
    elif item.status == "retired":
        out.append(
            p(
                "error",
                tr(
                    "«{title}» in module «{module}» is retired.",
                    title=item.title,
                    module=module.title,
                ),
            )
        )
    if item.kind == "finding" and not item.citations:
        out.append(
            p(
                "warning",
                tr(
                    "Finding «{title}» in module «{module}» cites no source.",
                    title=item.title,
                    module=module.title,
                ),
            )
        )
    if pinned is not None:
        if not session.scalar(
            select(func.count())
            .select_from(Revision)
            .where(
                Revision.entity_type == "item",
                Revision.entity_id == item.id,
                Revision.revision == pinned,
            )
        ):
            out.append(
                p(
                    "error",
                    tr(
                        "«{title}» in module «{module}» is pinned to revision {pinned}, "
                        "which does not exist.",
                        title=item.title,
                        module=module.title,
                        pinned=pinned,
                    ),
                )
            )
        elif pinned < item.revision:
            out.append(
                p(
                    "warning",
                    tr(
                        "«{title}» in module «{module}» is pinned to revision {pinned}; "
                        "revision {latest} is the latest.",
                        title=item.title,
                        module=module.title,
                        pinned=pinned,
                        latest=item.revision,
                    ),
                )
            )
    for cit in item.citations:
        src = session.get(ContentItem, cit.source_id)
        if src is None or src.deleted_at is not None:
            out.append(
                p("error", tr("«{title}» cites a source that does not exist.", title=item.title))
            )
    return out


def validate_curriculum(session: Session, curriculum_id: str) -> list[Problem]:
    """Check a curriculum and every module in it."""
    cur = get_entity(session, "curriculum", curriculum_id)
    out: list[Problem] = []
    name = f"«{cur.title}»"
    if not cur.sessions:
        out.append(
            Problem(
                "error", tr("Curriculum {name} has no sessions.", name=name), "curriculum", cur.id
            )
        )
    seen: set[str] = set()
    ids = {cur.id}
    for cs in cur.sessions:
        if not cs.entries:
            out.append(
                Problem(
                    "warning",
                    tr(
                        "Session «{session}» of {name} has no modules.", session=cs.title, name=name
                    ),
                    "curriculum",
                    cur.id,
                )
            )
        for entry in cs.entries:
            module = session.get(Module, entry.module_id)
            if module is None or module.deleted_at is not None:
                out.append(
                    Problem(
                        "error",
                        tr(
                            "Session «{session}» of {name} refers to a module that does not "
                            "exist or was deleted.",
                            session=cs.title,
                            name=name,
                        ),
                        "curriculum",
                        cur.id,
                    )
                )
                continue
            if module.id not in seen:
                seen.add(module.id)
                out += _module_problems(session, module)
                ids |= _module_ids(module)
    return out + _sync_conflicts(session, ids)


def accessibility_problems(session: Session, scope: str, target_id: str) -> list[Problem]:
    """Return what keeps a PDF/UA export of a module or curriculum from being accessible.

    Warnings: they do not stop other exports, but a UA export refuses them unless the user
    overrides (exporters.job). The rule lives in content.accessibility.
    """
    from content.accessibility import accessibility_faults
    from content.exports.snapshots import build_snapshot

    snapshot = build_snapshot(session, scope, target_id, profile="trainer")
    return [
        Problem(
            "warning",
            tr("Accessibility: {fault}", fault=f.message),
            f.entity_type,
            f.entity_id,
            block_id=f.block_id,
            module_id=f.module_id,
            field=f.field,
            code=f.code,
        )
        for f in accessibility_faults(snapshot)
    ]


def has_errors(problems: list[Problem]) -> bool:
    """Tell whether a report holds any error (warnings alone pass)."""
    return any(p.severity == "error" for p in problems)


def export_blockers(session: Session, scope: str, target_id: str) -> list[Problem]:
    """Return the errors of the check report that keep a module or curriculum from export."""
    check = validate_module if scope == "module" else validate_curriculum
    return [p for p in check(session, target_id) if p.severity == "error"]
