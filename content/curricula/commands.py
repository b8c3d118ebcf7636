"""Commands that build curricula: sessions (samlinger) and their modules, all undoable."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from content.commands import ChangeValues, Command, State, Tombstone, _need
from content.errors import NotFoundError, ValidationError
from content.i18n import one_of, tr
from content.items.kinds import AUDIENCES, STATUSES
from db.models import Module, new_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CURRICULUM_EDITABLE = (
    "title",
    "programme",
    "description",
    "audiences",
    "edition",
    "edition_date",
    "language",
    "status",
)
SESSION_EDITABLE = ("title", "date", "start_time")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def validate_curriculum(state: State) -> None:
    """Raise ValidationError naming each field of a curriculum state that breaks a rule."""
    problems: list[tuple[str, str]] = []
    if not state["title"].strip():
        problems.append(("title", tr("required")))
    if state["status"] not in STATUSES:
        problems.append(("status", one_of(STATUSES)))
    for a in state["audiences"]:
        if a not in AUDIENCES:
            problems.append(("audiences", f"unknown audience {a!r}"))
    problems += _date_problem("edition_date", state.get("edition_date"))
    for i, s in enumerate(state["sessions"]):
        problems += _date_problem(f"sessions[{i}].date", s.get("date"))
        if s.get("start_time") and not _TIME_RE.match(s["start_time"]):
            problems.append((f"sessions[{i}].start_time", tr("must be a time as HH:MM")))
    if problems:
        raise ValidationError(problems, f"curriculum «{state['title']}»")


def _date_problem(field_name: str, value: Any) -> list[tuple[str, str]]:
    if not value:
        return []
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return [(field_name, tr("must be a date as YYYY-MM-DD"))]
    return []


@dataclass
class CurriculumCommand(Command):
    """A command on one curriculum (validated after the change)."""

    entity_type: ClassVar[str] = "curriculum"

    def validate(self, session: Session, state: State) -> None:
        """Check the curriculum's values, dates and times."""
        validate_curriculum(state)

    def _session(self, state: State, session_id: str) -> State:
        sessions: list[State] = state["sessions"]
        for s in sessions:
            if s["id"] == session_id:
                return s
        raise NotFoundError(f"session {session_id} is not in curriculum «{state['title']}»")

    def _find_entry(self, state: State, entry_id: str) -> tuple[State, int]:
        for s in state["sessions"]:
            for i, e in enumerate(s["modules"]):
                if e["id"] == entry_id:
                    return s, i
        raise NotFoundError(f"entry {entry_id} is not in curriculum «{state['title']}»")


@dataclass
class CreateCurriculum(CurriculumCommand):
    """Create a curriculum (optionally with sessions)."""

    label: ClassVar[str] = "Create curriculum"
    values: State = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Give the new curriculum its id up front."""
        self.entity_id = self.entity_id or self.values.get("id") or new_id()

    def mutate(self, session: Session, state: State | None) -> State:
        """Build the new curriculum's state."""
        v = self.values
        return {
            "id": self.entity_id,
            "title": v.get("title", ""),
            "programme": v.get("programme", ""),
            "description": v.get("description", ""),
            "audiences": list(v.get("audiences") or []),
            "edition": v.get("edition", ""),
            "edition_date": v.get("edition_date"),
            "language": v.get("language", "nb"),
            "status": v.get("status", "draft"),
            "starter": bool(v.get("starter")),
            "deleted": False,
            "sessions": [
                {
                    "id": s.get("id") or new_id(),
                    "title": s.get("title", ""),
                    "date": s.get("date"),
                    "start_time": s.get("start_time", ""),
                    "modules": [{"id": new_id(), "module_id": m} for m in s.get("modules") or []],
                }
                for s in v.get("sessions") or []
            ],
        }


@dataclass
class UpdateCurriculum(ChangeValues, CurriculumCommand):
    """Change a curriculum's own values."""

    label: ClassVar[str] = "Edit curriculum"
    values: State = field(default_factory=dict)

    editable: ClassVar[tuple[str, ...]] = CURRICULUM_EDITABLE
    what: ClassVar[str] = "curriculum"


@dataclass
class DeleteCurriculum(Tombstone, CurriculumCommand):
    """Delete a curriculum (tombstone)."""

    label: ClassVar[str] = "Delete curriculum"


@dataclass
class RestoreCurriculum(Tombstone, CurriculumCommand):
    """Restore a deleted curriculum."""

    label: ClassVar[str] = "Restore curriculum"
    deleted: ClassVar[bool] = False


@dataclass
class AddSession(CurriculumCommand):
    """Add a session (samling) at an index."""

    label: ClassVar[str] = "Add session"
    needs_revision: ClassVar[bool] = True
    title: str = ""
    session_date: str | None = None
    start_time: str = ""
    index: int | None = None
    session_id: str = field(default_factory=new_id)

    def mutate(self, session: Session, state: State | None) -> State:
        """Insert the session."""
        state = _need(state)
        idx = len(state["sessions"]) if self.index is None else self.index
        state["sessions"].insert(
            idx,
            {
                "id": self.session_id,
                "title": self.title,
                "date": self.session_date,
                "start_time": self.start_time,
                "modules": [],
            },
        )
        return state


@dataclass
class UpdateSession(CurriculumCommand):
    """Change a session's title, date or start time."""

    label: ClassVar[str] = "Edit session"
    needs_revision: ClassVar[bool] = True
    session_id: str = ""
    values: State = field(default_factory=dict)

    def mutate(self, session: Session, state: State | None) -> State:
        """Apply the changed values."""
        state = _need(state)
        target = self._session(state, self.session_id)
        for key, value in self.values.items():
            if key not in SESSION_EDITABLE:
                raise ValidationError([(key, tr("cannot be edited"))], state["title"])
            target[key] = value
        return state


@dataclass
class RemoveSession(CurriculumCommand):
    """Remove a session."""

    label: ClassVar[str] = "Remove session"
    needs_revision: ClassVar[bool] = True
    session_id: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Drop the session."""
        state = _need(state)
        self._session(state, self.session_id)
        state["sessions"] = [s for s in state["sessions"] if s["id"] != self.session_id]
        return state


@dataclass
class MoveSession(CurriculumCommand):
    """Move a session to a new index."""

    label: ClassVar[str] = "Move session"
    needs_revision: ClassVar[bool] = True
    session_id: str = ""
    index: int = 0

    def mutate(self, session: Session, state: State | None) -> State:
        """Reorder sessions."""
        state = _need(state)
        s = self._session(state, self.session_id)
        state["sessions"].remove(s)
        state["sessions"].insert(max(0, min(self.index, len(state["sessions"]))), s)
        return state


@dataclass
class AddModulesToSession(CurriculumCommand):
    """Put modules into a session at an index: one undo step."""

    label: ClassVar[str] = "Add modules"
    needs_revision: ClassVar[bool] = True
    session_id: str = ""
    module_ids: list[str] = field(default_factory=list)
    index: int | None = None
    entry_ids: list[str] = field(default_factory=list)

    def mutate(self, session: Session, state: State | None) -> State:
        """Insert the module entries."""
        state = _need(state)
        target = self._session(state, self.session_id)
        for mid in self.module_ids:
            module = session.get(Module, mid)
            if module is None or module.deleted_at is not None:
                raise ValidationError(
                    [("module_id", f"module {mid} does not exist")], state["title"]
                )
        entries = [{"id": new_id(), "module_id": m} for m in self.module_ids]
        self.entry_ids = [e["id"] for e in entries]
        idx = len(target["modules"]) if self.index is None else self.index
        target["modules"][idx:idx] = entries
        return state


@dataclass
class MoveSessionModule(CurriculumCommand):
    """Move a module entry within its session or to another session."""

    label: ClassVar[str] = "Move module"
    needs_revision: ClassVar[bool] = True
    entry_id: str = ""
    to_session_id: str = ""
    index: int = 0

    def mutate(self, session: Session, state: State | None) -> State:
        """Reorder the entries."""
        state = _need(state)
        src, i = self._find_entry(state, self.entry_id)
        entry = src["modules"].pop(i)
        target = self._session(state, self.to_session_id or src["id"])
        target["modules"].insert(max(0, min(self.index, len(target["modules"]))), entry)
        return state


@dataclass
class RemoveSessionModule(CurriculumCommand):
    """Take a module out of a session."""

    label: ClassVar[str] = "Remove module"
    needs_revision: ClassVar[bool] = True
    entry_id: str = ""

    def mutate(self, session: Session, state: State | None) -> State:
        """Drop the entry."""
        state = _need(state)
        src, i = self._find_entry(state, self.entry_id)
        del src["modules"][i]
        return state
