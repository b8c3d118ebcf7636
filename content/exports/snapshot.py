"""Frozen snapshots: the plain data exporters render (built by content.exports.snapshots).

Nothing here imports the database: exporters import this module only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from content.modules.minutes import minutes_in_blocks, module_minutes

if TYPE_CHECKING:
    from datetime import date

PROFILES = ("participant", "trainer")


@dataclass(frozen=True)
class CitationRef:
    """A citation of a source item with a page locator."""

    source_id: str
    locator: str = ""


@dataclass(frozen=True)
class RelationRef:
    """A relation from an item to another, with the target's title for display."""

    relation_type: str
    target_id: str
    target_title: str
    target_kind: str


@dataclass(frozen=True)
class ItemSnapshot:
    """An item at one revision."""

    id: str
    kind: str
    title: str
    summary: str = ""
    body: str = ""
    language: str = "nb"
    status: str = "approved"
    revision: int = 1
    fields: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    citations: tuple[CitationRef, ...] = ()
    relations: tuple[RelationRef, ...] = ()


@dataclass(frozen=True)
class BlockSnapshot:
    """One block of a section, as the chosen profile may see it.

    block_type: item | text | exercise | trainer_note. ``item`` is set for item blocks;
    ``problem`` says why an item block could not be resolved (missing, deleted).
    """

    id: str
    block_type: str
    display: str = "full"  # full | summary | title
    trainer_only: bool = False
    title: str = ""
    text: str = ""
    exercise_kind: str = ""  # reflection | group_task | case_discussion
    minutes: int = 0
    item: ItemSnapshot | None = None
    pinned_revision: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class SectionSnapshot:
    """A section of a module."""

    id: str
    title: str
    blocks: tuple[BlockSnapshot, ...] = ()


@dataclass(frozen=True)
class ModuleSnapshot:
    """A module at one revision."""

    id: str
    title: str
    code: str = ""
    description: str = ""
    audiences: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    duration_minutes: int = 0
    revision: int = 1
    sections: tuple[SectionSnapshot, ...] = ()

    @property
    def block_minutes(self) -> int:
        """Return the sum of the minutes of the module's blocks."""
        return minutes_in_blocks(self)

    @property
    def minutes(self) -> int:
        """Return the module's duration: its own, or the sum of its blocks."""
        return module_minutes(self)


@dataclass(frozen=True)
class SessionSnapshot:
    """A curriculum session (samling)."""

    id: str
    title: str
    number: int = 1
    session_date: date | None = None
    start_time: str = ""  # "HH:MM" or ""
    modules: tuple[ModuleSnapshot, ...] = ()


@dataclass(frozen=True)
class AssetSnapshot:
    """An image from the library."""

    id: str
    name: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class CommentSnapshot:
    """An open review comment as a review draft shows it (never printed in other exports)."""

    id: str
    entity_type: str
    entity_id: str
    field: str = ""
    start: int = 0
    end: int = 0
    kind: str = "kommentar"
    author: str = ""
    text: str = ""
    replies: tuple[tuple[str, str], ...] = ()  # (author, text)

    def thread_text(self) -> str:
        """Return the comment and its replies as one popup text."""
        lines = [f"[{self.kind}] {self.text}"]
        lines += [f"{who}: {text}" for who, text in self.replies]
        return "\n".join(lines)


@dataclass(frozen=True)
class BlockingComment:
    """An open *må rettes* comment in what is exported (such an export needs an override)."""

    id: str
    entity_type: str
    entity_id: str
    title: str  # the entity's title
    field: str = ""
    quote: str = ""
    text: str = ""
    author: str = ""

    def describe(self) -> str:
        """Return one line naming the place, the quoted words, the comment and its author."""
        place = f"{self.entity_type} «{self.title}»"
        if self.field:
            place += f", {self.field}"
        if self.quote:
            quote = self.quote if len(self.quote) <= 40 else self.quote[:39] + "…"
            place += f" «{quote}»"
        who = f" ({self.author})" if self.author else ""
        return f"{place}: {self.text}{who}"


@dataclass(frozen=True)
class ExportSnapshot:
    """Everything one export renders: a curriculum, a session or a module, for a profile.

    ``sources`` holds every source item cited by the content (for the bibliography);
    ``items`` holds every item the content references or relates to, by id (for the KS
    products: criteria, models, examples, indicators); ``used`` lists
    (entity_type, id, revision) for the export manifest.
    """

    scope: str  # curriculum | session | module
    target_id: str
    title: str
    profile: str = "participant"
    lang: str = "nb"
    programme: str = ""
    description: str = ""
    audiences: tuple[str, ...] = ()
    edition: str = ""
    edition_date: date | None = None
    author: str = ""
    sessions: tuple[SessionSnapshot, ...] = ()
    sources: tuple[ItemSnapshot, ...] = ()
    items: tuple[ItemSnapshot, ...] = ()
    comments: tuple[CommentSnapshot, ...] = ()  # review drafts only
    open_blocking: tuple[BlockingComment, ...] = ()  # open «må rettes» in what is exported
    assets: dict[str, AssetSnapshot] = field(default_factory=dict)
    used: tuple[tuple[str, str, int], ...] = ()

    def modules(self) -> list[ModuleSnapshot]:
        """Return every module in order."""
        return [m for s in self.sessions for m in s.modules]

    def items_of_kind(self, kind: str) -> list[ItemSnapshot]:
        """Return the snapshot's items of one kind, in first-use order."""
        return [i for i in self.items if i.kind == kind]
