"""Every edit is an undoable command: one gesture, one transaction, one undo step.

Each command touches one aggregate (an item, a module or a curriculum). The first run
records the state before and after; undo restores the before-state and redo the
after-state, each as a new revision, and each refuses to run over a newer revision.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from content import aggregates
from content.changes import Changes
from content.errors import NotFoundError, StaleWriteError, ValidationError
from content.i18n import one_of, the, tr
from content.items.kinds import STATUSES, relation_problem, validate_item_values
from db.models import ContentItem, new_id

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.orm import Session

State = dict[str, Any]


@dataclass
class Command:
    """Base of all commands on one aggregate."""

    entity_type: ClassVar[str] = "item"
    label: ClassVar[str] = "Edit"
    # Structural commands (add, move or remove a part) must say which revision they
    # started from: positions and ids mean nothing against a newer outline.
    needs_revision: ClassVar[bool] = False
    # A reviewer (gransker) of a team library may run it: comments, their review status.
    reviewer_may_run: ClassVar[bool] = False
    entity_id: str = ""
    expected_revision: int | None = None
    before: State | None = field(default=None, repr=False)
    after: State | None = field(default=None, repr=False)
    after_revision: int = 0
    before_revision: int = 0
    last_revision: int = 0

    # -- the protocol UndoHistory uses ---------------------------------------------

    def apply(self, session: Session, author: str = "", expected: int | None = None) -> Changes:
        """Run (first time) or redo the command; ``expected`` is the revision a redo expects."""
        obj = self._load(session, allow_missing=self.before is None and self.after is None)
        if self.after is None:
            if self.needs_revision and self.expected_revision is None:
                raise ValueError(
                    f"{type(self).__name__} must carry the revision it started from "
                    "(expected_revision)"
                )
            if obj is not None:
                self._check_revision(obj, self.expected_revision)
                self.before = aggregates.state_of(self.entity_type, obj)
                self.before_revision = obj.revision
            obj = self._first_run(session, obj, author)
            self.after = aggregates.state_of(self.entity_type, obj)
        else:
            if obj is None:
                obj = aggregates.new_entity(self.entity_type, self.after, author)
                session.add(obj)
            else:
                self._check_revision(
                    obj, self.before_revision if expected is None else expected, undoing=True
                )
            aggregates.apply_state(session, self.entity_type, obj, copy.deepcopy(self.after))
        self.after_revision = aggregates.record_revision(
            session, self.entity_type, obj, author, self.label
        )
        self.last_revision = self.after_revision
        return self.changes()

    def revert(self, session: Session, author: str = "", expected: int | None = None) -> Changes:
        """Undo the command; ``expected`` is the revision the entity must be at."""
        obj = self._load(session)
        assert obj is not None
        self._check_revision(
            obj, self.after_revision if expected is None else expected, undoing=True
        )
        if self.before is None:
            state = copy.deepcopy(self.after or {})
            state["deleted"] = True
        else:
            state = copy.deepcopy(self.before)
        aggregates.apply_state(session, self.entity_type, obj, state)
        self.before_revision = aggregates.record_revision(
            session, self.entity_type, obj, author, f"Undo {self.label}"
        )
        self.last_revision = self.before_revision
        return self.changes()

    def revisions(self) -> dict[str, int]:
        """Return the revision this command last left each entity it touched at."""
        return {self.entity_id: self.last_revision}

    def expect_revisions(self, known: Mapping[str, int]) -> None:
        """Learn the revisions the undo history last wrote (for commands on two entities)."""

    def changes(self) -> Changes:
        """Return what this command touches."""
        return Changes(
            items=self.entity_type == "item",
            modules=self.entity_type == "module",
            curricula=self.entity_type == "curriculum",
            ids=frozenset({self.entity_id}),
        )

    # -- for subclasses ----------------------------------------------------------

    def _first_run(self, session: Session, obj: Any, author: str) -> Any:
        """Build the new state, validate it, and store it (creating the entity if new)."""
        state = copy.deepcopy(self.before) if self.before is not None else None
        new_state = self.mutate(session, state)
        self.validate(session, new_state)
        if obj is None:
            obj = aggregates.new_entity(self.entity_type, new_state, author)
            session.add(obj)
        aggregates.apply_state(session, self.entity_type, obj, new_state)
        return obj

    def validate(self, session: Session, state: State) -> None:
        """Raise ValidationError when the new state breaks a rule (each aggregate's own)."""

    def mutate(self, session: Session, state: State | None) -> State:
        """Return the new state from the old one (None when creating)."""
        raise NotImplementedError

    def _load(self, session: Session, allow_missing: bool = False) -> Any:
        cls = aggregates.ENTITY_CLASSES[self.entity_type]
        # FOR UPDATE locks the row on PostgreSQL (SQLite already holds the write lock).
        obj = session.get(cls, self.entity_id, with_for_update=True) if self.entity_id else None
        if obj is None and not allow_missing:
            raise NotFoundError(f"{self.entity_type} {self.entity_id} does not exist")
        return obj

    def _check_revision(self, obj: Any, expected: int | None, undoing: bool = False) -> None:
        if expected is not None and obj.revision != expected:
            msg = (
                "«{title}» was changed elsewhere (now revision {now}, this undo or redo "
                "started from revision {expected}); nothing was overwritten."
                if undoing
                else "«{title}» was changed elsewhere (now revision {now}, this save started from "
                "revision {expected}); nothing was overwritten."
            )
            raise StaleWriteError(tr(msg, title=obj.title, now=obj.revision, expected=expected))


def _need(state: State | None) -> State:
    if state is None:
        raise NotFoundError("the entity does not exist")
    return state


def _not_deleted(state: State, what: str = "entity") -> None:
    if state.get("deleted"):
        raise ValidationError(
            [("deleted", tr("{the_what} is deleted; restore it first", the_what=the(what)))],
            state.get("title", ""),
        )


class ChangeValues:
    """Mixin: change some top-level values of an aggregate (the update commands)."""

    editable: ClassVar[tuple[str, ...]] = ()
    what: ClassVar[str] = "entity"
    values: State

    def mutate(self, session: Session, state: State | None) -> State:
        """Apply the changed values; refuse fields that cannot be edited this way."""
        state = _need(state)
        _not_deleted(state, self.what)
        for key, value in self.values.items():
            if key not in self.editable:
                raise ValidationError([(key, tr("cannot be edited"))], state["title"])
            state[key] = copy.deepcopy(value)
        return state


class Tombstone:
    """Mixin: set or clear an aggregate's tombstone (delete and restore commands)."""

    deleted: ClassVar[bool] = True

    def mutate(self, session: Session, state: State | None) -> State:
        """Mark the entity deleted, or clear the mark."""
        state = _need(state)
        state["deleted"] = self.deleted
        return state


# ======================================================================================
# Items
# ======================================================================================

ITEM_EDITABLE = ("title", "summary", "body", "language", "status", "fields", "tags", "audiences")


def validate_item(session: Session, state: State) -> None:
    """Raise ValidationError naming each field of an item state that breaks a rule."""
    problems = validate_item_values(
        state["kind"],
        state["title"],
        state.get("fields") or {},
        language=state["language"],
        status=state["status"],
    )
    for i, rel in enumerate(state.get("relations") or []):
        problem = _relation_problem(session, state, rel)
        if problem:
            problems.append((f"relations[{i}]", problem))
    for i, cit in enumerate(state.get("citations") or []):
        src = session.get(ContentItem, cit["source_id"])
        if src is None or src.kind != "source":
            problems.append(
                (f"citations[{i}]", tr("{source} is not a source item", source=cit["source_id"]))
            )
    if problems:
        raise ValidationError(problems, f"{state['kind']} «{state['title']}»")


def _relation_problem(session: Session, state: State, rel: State) -> str | None:
    target_id = rel["target_id"]
    if target_id == state["id"]:
        target_kind = state["kind"]
    else:
        target = session.get(ContentItem, target_id)
        if target is None or target.deleted_at is not None:
            return tr("target {target} does not exist", target=target_id)
        target_kind = target.kind
    return relation_problem(
        rel["type"], state["kind"], target_kind, source_id=state["id"], target_id=target_id
    )


@dataclass
class ItemCommand(Command):
    """A command on one item."""

    entity_type: ClassVar[str] = "item"

    def validate(self, session: Session, state: State) -> None:
        """Check the item's values, relations and citations."""
        validate_item(session, state)


@dataclass
class CreateItem(ItemCommand):
    """Create an item from values (kind and title required)."""

    label: ClassVar[str] = "Create item"
    values: State = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Give the new item its id up front, so callers know it."""
        self.entity_id = self.entity_id or self.values.get("id") or new_id()

    def mutate(self, session: Session, state: State | None) -> State:
        """Build the new item's state."""
        v = self.values
        return {
            "id": self.entity_id,
            "kind": v.get("kind", ""),
            "title": v.get("title", ""),
            "summary": v.get("summary", ""),
            "body": v.get("body", ""),
            "language": v.get("language", "nb"),
            "status": v.get("status", "draft"),
            "fields": dict(v.get("fields") or {}),
            "tags": list(v.get("tags") or []),
            "audiences": list(v.get("audiences") or []),
            "starter": bool(v.get("starter")),
            "deleted": False,
            "relations": [{"id": new_id(), "note": "", **r} for r in v.get("relations") or []],
            "citations": [{"id": new_id(), "locator": "", **c} for c in v.get("citations") or []],
        }


@dataclass
class UpdateItem(ChangeValues, ItemCommand):
    """Change some of an item's values (title, summary, body, fields, tags, ...)."""

    label: ClassVar[str] = "Edit item"
    values: State = field(default_factory=dict)

    editable: ClassVar[tuple[str, ...]] = ITEM_EDITABLE
    what: ClassVar[str] = "item"


@dataclass
class SetItemStatus(ItemCommand):
    """Set an item's status (draft, in review, approved, retired)."""

    label: ClassVar[str] = "Set status"
    status: str = "draft"

    def mutate(self, session: Session, state: State | None) -> State:
        """Change the status."""
        state = _need(state)
        if self.status not in STATUSES:
            raise ValidationError([("status", one_of(STATUSES))])
        state["status"] = self.status
        return state


@dataclass
class RetireItem(SetItemStatus):
    """Retire an item: kept for history, flagged wherever it is still used."""

    label: ClassVar[str] = "Retire item"
    status: str = "retired"


@dataclass
class DeleteItem(Tombstone, ItemCommand):
    """Delete an item (a tombstone until purged)."""

    label: ClassVar[str] = "Delete item"


@dataclass
class RestoreItem(Tombstone, ItemCommand):
    """Restore a deleted item."""

    label: ClassVar[str] = "Restore item"
    deleted: ClassVar[bool] = False


@dataclass
class AddRelation(ItemCommand):
    """Relate this item to another with a typed relation."""

    label: ClassVar[str] = "Add relation"
    relation_type: str = "related"
    target_id: str = ""
    note: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Append the relation."""
        state = _need(state)
        for rel in state["relations"]:
            if rel["type"] == self.relation_type and rel["target_id"] == self.target_id:
                raise ValidationError(
                    [("relations", tr("this relation exists already"))], state["title"]
                )
        state["relations"].append(
            {
                "id": new_id(),
                "type": self.relation_type,
                "target_id": self.target_id,
                "note": self.note,
            }
        )
        return state


@dataclass
class RemoveRelation(ItemCommand):
    """Remove one relation (by its id)."""

    label: ClassVar[str] = "Remove relation"
    relation_id: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Drop the relation."""
        state = _need(state)
        state["relations"] = [r for r in state["relations"] if r["id"] != self.relation_id]
        return state


@dataclass
class AddCitation(ItemCommand):
    """Cite a source item, with an optional page locator."""

    label: ClassVar[str] = "Add citation"
    source_id: str = ""
    locator: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Append the citation."""
        state = _need(state)
        state["citations"].append(
            {"id": new_id(), "source_id": self.source_id, "locator": self.locator}
        )
        return state


@dataclass
class RemoveCitation(ItemCommand):
    """Remove one citation (by its id)."""

    label: ClassVar[str] = "Remove citation"
    citation_id: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Drop the citation."""
        state = _need(state)
        state["citations"] = [c for c in state["citations"] if c["id"] != self.citation_id]
        return state


@dataclass
class SetTags(ItemCommand):
    """Replace an item's tags."""

    label: ClassVar[str] = "Set tags"
    tags: list[str] = field(default_factory=list)

    def mutate(self, session: Session, state: State | None) -> State:
        """Set the tags (trimmed, without duplicates)."""
        state = _need(state)
        state["tags"] = list(dict.fromkeys(t.strip() for t in self.tags if t.strip()))
        return state


@dataclass
class RestoreItemRevision(ItemCommand):
    """Bring back an item's content as it was at an older revision."""

    label: ClassVar[str] = "Restore revision"
    revision: int = 0

    def mutate(self, session: Session, state: State | None) -> State:
        """Take the old revision's state."""
        from content.library import state_at

        _need(state)
        old = state_at(session, "item", self.entity_id, self.revision)
        old["deleted"] = False
        return old
