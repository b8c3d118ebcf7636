"""Conflicts a sync left in a working copy: listing them, and resolving one.

A conflict keeps base, mine and theirs (``SyncConflict``); resolving writes the chosen state
as a new local revision and moves the entity's base to the server state it was compared
with, so the next sync pushes the result.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from content.errors import NotFoundError
from content.sync.local import COMMENT, entity_class, entity_state, title_of, write_state
from content.sync.merge import merge_states
from content.sync.server import TeamError
from content.undo import default_author
from db.models import SyncBase, SyncConflict

if TYPE_CHECKING:
    from db.engine import Library


@dataclass(frozen=True)
class ConflictRow:
    """One entity in conflict, with the places both sides changed differently."""

    entity_type: str
    entity_id: str
    title: str
    places: list[dict[str, Any]]


def conflicts(local: Library) -> list[ConflictRow]:
    """Return the entities in conflict after a sync, oldest first."""
    with local.read_sessions() as s:
        rows = s.scalars(select(SyncConflict).order_by(SyncConflict.created_at)).all()
        return [
            ConflictRow(r.entity_type, r.entity_id, r.title, list(r.places or [])) for r in rows
        ]


def resolve(local: Library, entity_id: str, take: str, author: str | None = None) -> str:
    """Resolve a conflict: take "mine", "theirs", or keep the "current" (hand-edited) state.

    The clean parts of the merge stay either way; the result is pushed at the next sync.
    Returns the entity's title as resolved.
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
            if any("reason" in p for p in c.places or []):  # a merge that breaks a rule
                state = copy.deepcopy(c.mine if take == "mine" else c.theirs)
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
        title = title_of(entity_state(c.entity_type, obj))  # as resolved
        s.delete(c)
    return title
