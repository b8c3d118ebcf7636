"""Commands that build modules: sections and blocks, all undoable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import select

from content.aggregates import BLOCK_KEYS
from content.commands import ChangeValues, Command, State, Tombstone, _need
from content.errors import NotFoundError, ValidationError
from content.i18n import one_of, tr
from content.items.kinds import AUDIENCES, BLOCK_TYPES, DISPLAYS, EXERCISE_KINDS, STATUSES
from content.modules.minutes import module_minutes_problems
from db.models import ContentItem, Module, new_id

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

MODULE_EDITABLE = (
    "code",
    "title",
    "description",
    "audiences",
    "objectives",
    "duration_minutes",
    "language",
    "status",
)
# What a block holds, less what makes it the block it is (its type and its item).
BLOCK_EDITABLE = tuple(k for k in BLOCK_KEYS if k not in ("block_type", "item_id"))


def validate_module(state: State, before: State | None = None) -> None:
    """Raise ValidationError naming each field of a module state that breaks a rule.

    ``before`` is the state an edit started from (see module_minutes_problems).
    """
    problems: list[tuple[str, str]] = []
    if not state["title"].strip():
        problems.append(("title", tr("required")))
    if state["status"] not in STATUSES:
        problems.append(("status", one_of(STATUSES)))
    for a in state["audiences"]:
        if a not in AUDIENCES:
            problems.append(("audiences", f"unknown audience {a!r}"))
    for si, sec in enumerate(state["sections"]):
        for bi, b in enumerate(sec["blocks"]):
            where = f"sections[{si}].blocks[{bi}]"
            problems += [(f"{where}.{f}", m) for f, m in block_problems(b)]
    problems += module_minutes_problems(state, before)
    if problems:
        raise ValidationError(problems, f"module «{state['title']}»")


def block_problems(b: State) -> list[tuple[str, str]]:
    """Return (field, problem) pairs for one block (its minutes: module_minutes_problems)."""
    problems = []
    if b["block_type"] not in BLOCK_TYPES:
        problems.append(("block_type", one_of(BLOCK_TYPES)))
    if b["block_type"] == "item" and not b.get("item_id"):
        problems.append(("item_id", tr("an item block needs an item")))
    if b.get("display", "full") not in DISPLAYS:
        problems.append(("display", one_of(DISPLAYS)))
    if b["block_type"] == "exercise" and b.get("exercise_kind") not in EXERCISE_KINDS:
        problems.append(("exercise_kind", one_of(EXERCISE_KINDS)))
    return problems


def _code_key(code: str) -> str:
    return code.strip().casefold()


def code_clash(session: Session, state: State) -> str | None:
    """Return why a module's code is taken by another live module, or None."""
    key = _code_key(state.get("code") or "")
    if not key or state.get("deleted"):
        return None
    rows = session.execute(
        select(Module.id, Module.code, Module.title).where(
            Module.id != state["id"], Module.deleted_at.is_(None), Module.code != ""
        )
    )
    for _id, code, title in rows:
        if _code_key(code) == key:
            return tr(
                "module «{title}» has the code «{code}», which module «{other}» already has",
                title=state["title"],
                code=state["code"],
                other=title,
            )
    return None


def duplicate_codes(modules: Sequence[State], stored: Sequence[State]) -> list[tuple[int, str]]:
    """Return (index, problem) for each module whose code an earlier one already has.

    ``modules`` are new states (e.g. a bundle's); ``stored`` are the other live modules
    (``id``, ``code``, ``title``) they must not clash with. Codes compare without case.
    """
    seen: dict[str, State] = {}
    for m in stored:
        if _code_key(m["code"]):
            seen.setdefault(_code_key(m["code"]), m)
    out = []
    for i, m in enumerate(modules):
        key = _code_key(m.get("code") or "")
        if not key or m.get("deleted"):
            continue
        other = seen.get(key)
        if other is not None and other["id"] != m["id"]:
            out.append(
                (
                    i,
                    tr(
                        "module «{title}» has the code «{code}», which module «{other}» "
                        "already has",
                        title=m["title"],
                        code=m["code"],
                        other=other["title"],
                    ),
                )
            )
        seen.setdefault(key, m)
    return out


def check_module(session: Session, state: State, before: State | None) -> None:
    """Raise ValidationError when a module state (changed from ``before``) breaks a rule.

    Its values and minutes (``validate_module``), and its code, when it changed or the
    module came back, must be its own (``code_clash``).
    """
    validate_module(state, before)
    was = before or {}
    if (
        was.get("code") != state["code"] or was.get("deleted", True) != state["deleted"]
    ) and (clash := code_clash(session, state)):
        raise ValidationError([("code", clash)], f"module «{state['title']}»")


def stored_codes(session: Session, exclude: set[str]) -> list[State]:
    """Return ``id``, ``code`` and ``title`` of live modules with a code (not in exclude)."""
    rows = session.execute(
        select(Module.id, Module.code, Module.title).where(
            Module.deleted_at.is_(None), Module.code != ""
        )
    )
    return [{"id": i, "code": c, "title": t} for i, c, t in rows if i not in exclude]


def new_block(spec: State) -> State:
    """Return a full block state from a partial spec."""
    return {
        "id": spec.get("id") or new_id(),
        "block_type": spec.get("block_type", "item" if spec.get("item_id") else "text"),
        "item_id": spec.get("item_id"),
        "pinned_revision": spec.get("pinned_revision"),
        "display": spec.get("display", "full"),
        "trainer_only": bool(spec.get("trainer_only", False)),
        "title": spec.get("title", ""),
        "text": spec.get("text", ""),
        "exercise_kind": spec.get("exercise_kind", ""),
        "minutes": spec.get("minutes", 0),
    }


@dataclass
class ModuleCommand(Command):
    """A command on one module (validated after the change)."""

    entity_type: ClassVar[str] = "module"

    def validate(self, session: Session, state: State) -> None:
        """Check the module's values and minutes, and that its code is its own."""
        check_module(session, state, self.before)

    def _section(self, state: State, section_id: str) -> State:
        sections: list[State] = state["sections"]
        for sec in sections:
            if sec["id"] == section_id:
                return sec
        raise NotFoundError(f"section {section_id} is not in module «{state['title']}»")

    def _find_block(self, state: State, block_id: str) -> tuple[State, int]:
        for sec in state["sections"]:
            for i, b in enumerate(sec["blocks"]):
                if b["id"] == block_id:
                    return sec, i
        raise NotFoundError(f"block {block_id} is not in module «{state['title']}»")


@dataclass
class CreateModule(ModuleCommand):
    """Create a module (with one empty section unless sections are given)."""

    label: ClassVar[str] = "Create module"
    values: State = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Give the new module its id up front."""
        self.entity_id = self.entity_id or self.values.get("id") or new_id()

    def mutate(self, session: Session, state: State | None) -> State:
        """Build the new module's state."""
        v = self.values
        sections = v.get("sections")
        if sections is None:
            sections = [{"title": v.get("first_section", "Del 1")}]
        return {
            "id": self.entity_id,
            "code": v.get("code", ""),
            "title": v.get("title", ""),
            "description": v.get("description", ""),
            "audiences": list(v.get("audiences") or []),
            "objectives": list(v.get("objectives") or []),
            "duration_minutes": v.get("duration_minutes", 0),
            "language": v.get("language", "nb"),
            "status": v.get("status", "draft"),
            "starter": bool(v.get("starter")),
            "deleted": False,
            "sections": [
                {
                    "id": s.get("id") or new_id(),
                    "title": s.get("title", ""),
                    "blocks": [new_block(b) for b in s.get("blocks") or []],
                }
                for s in sections
            ],
        }


@dataclass
class UpdateModule(ChangeValues, ModuleCommand):
    """Change a module's own values (title, code, objectives, audiences, ...)."""

    label: ClassVar[str] = "Edit module"
    values: State = field(default_factory=dict)

    editable: ClassVar[tuple[str, ...]] = MODULE_EDITABLE
    what: ClassVar[str] = "module"


@dataclass
class DeleteModule(Tombstone, ModuleCommand):
    """Delete a module (tombstone)."""

    label: ClassVar[str] = "Delete module"


@dataclass
class RestoreModule(Tombstone, ModuleCommand):
    """Restore a deleted module."""

    label: ClassVar[str] = "Restore module"
    deleted: ClassVar[bool] = False


@dataclass
class AddSection(ModuleCommand):
    """Add a section at an index (end by default)."""

    label: ClassVar[str] = "Add section"
    needs_revision: ClassVar[bool] = True
    title: str = ""
    index: int | None = None
    section_id: str = field(default_factory=new_id)

    def mutate(self, session: Session, state: State | None) -> State:
        """Insert the section."""
        state = _need(state)
        idx = len(state["sections"]) if self.index is None else self.index
        state["sections"].insert(idx, {"id": self.section_id, "title": self.title, "blocks": []})
        return state


@dataclass
class RenameSection(ModuleCommand):
    """Rename a section."""

    label: ClassVar[str] = "Rename section"
    needs_revision: ClassVar[bool] = True
    section_id: str = ""
    title: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Set the title."""
        state = _need(state)
        self._section(state, self.section_id)["title"] = self.title
        return state


@dataclass
class RemoveSection(ModuleCommand):
    """Remove a section and its blocks."""

    label: ClassVar[str] = "Remove section"
    needs_revision: ClassVar[bool] = True
    section_id: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Drop the section."""
        state = _need(state)
        self._section(state, self.section_id)
        state["sections"] = [s for s in state["sections"] if s["id"] != self.section_id]
        return state


@dataclass
class MoveSection(ModuleCommand):
    """Move a section to a new index."""

    label: ClassVar[str] = "Move section"
    needs_revision: ClassVar[bool] = True
    section_id: str = ""
    index: int = 0

    def mutate(self, session: Session, state: State | None) -> State:
        """Reorder the sections."""
        state = _need(state)
        sec = self._section(state, self.section_id)
        state["sections"].remove(sec)
        state["sections"].insert(max(0, min(self.index, len(state["sections"]))), sec)
        return state


@dataclass
class AddBlocks(ModuleCommand):
    """Insert blocks (items, text, exercises, notes) into a section: one undo step."""

    label: ClassVar[str] = "Add blocks"
    needs_revision: ClassVar[bool] = True
    section_id: str = ""
    index: int | None = None
    blocks: list[State] = field(default_factory=list)
    block_ids: list[str] = field(default_factory=list)

    def mutate(self, session: Session, state: State | None) -> State:
        """Insert the blocks."""
        state = _need(state)
        sec = self._section(state, self.section_id)
        new = [new_block(b) for b in self.blocks]
        for b in new:
            if b["block_type"] == "item":
                item = session.get(ContentItem, b["item_id"])
                if item is None or item.deleted_at is not None:
                    raise ValidationError(
                        [("item_id", f"item {b['item_id']} does not exist")], state["title"]
                    )
        self.block_ids = [b["id"] for b in new]
        idx = len(sec["blocks"]) if self.index is None else self.index
        sec["blocks"][idx:idx] = new
        return state


@dataclass
class UpdateBlock(ModuleCommand):
    """Change a block's options (display, pin, trainer-only, text, minutes, ...)."""

    label: ClassVar[str] = "Edit block"
    needs_revision: ClassVar[bool] = True
    block_id: str = ""
    values: State = field(default_factory=dict)

    def mutate(self, session: Session, state: State | None) -> State:
        """Apply the changed values."""
        state = _need(state)
        sec, i = self._find_block(state, self.block_id)
        for key, value in self.values.items():
            if key not in BLOCK_EDITABLE:
                raise ValidationError([(key, tr("cannot be edited"))], state["title"])
            sec["blocks"][i][key] = value
        return state


@dataclass
class MoveBlock(ModuleCommand):
    """Move a block within its section or to another section."""

    label: ClassVar[str] = "Move block"
    needs_revision: ClassVar[bool] = True
    block_id: str = ""
    to_section_id: str = ""
    index: int = 0

    def mutate(self, session: Session, state: State | None) -> State:
        """Reorder the blocks."""
        state = _need(state)
        sec, i = self._find_block(state, self.block_id)
        block = sec["blocks"].pop(i)
        target = self._section(state, self.to_section_id or sec["id"])
        target["blocks"].insert(max(0, min(self.index, len(target["blocks"]))), block)
        return state


@dataclass
class RemoveBlock(ModuleCommand):
    """Remove a block."""

    label: ClassVar[str] = "Remove block"
    needs_revision: ClassVar[bool] = True
    block_id: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Drop the block."""
        state = _need(state)
        sec, i = self._find_block(state, self.block_id)
        del sec["blocks"][i]
        return state
