"""The round report as frozen data (no database): what exporters/round_report.py renders.

Built by content.review.round_report; like content.exports.snapshot, exporters may import
this module and nothing that reaches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date, datetime

KINDS = ("ma-rettes", "endringsforslag", "sporsmal", "kommentar")


@dataclass(frozen=True)
class ReviewerLine:
    """A reviewer of a round and how far they are."""

    name: str
    status: str  # invited | started | done
    comments: int


@dataclass(frozen=True)
class RoundFacts:
    """A round's facts as a report prints them."""

    id: str
    name: str
    target_type: str
    target_title: str
    state: str
    due_date: date | None
    instructions: str
    started_at: datetime
    started_by: str
    closed_at: datetime | None = None
    closed_by: str = ""
    close_override: int = 0
    close_note: str = ""
    reviewers: tuple[ReviewerLine, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ReportComment:
    """One comment thread in a round report."""

    id: str
    kind: str
    state: str
    author: str
    created_at: datetime
    quote: str  # the words it is on, as they are now (the stored quote when orphaned)
    placement: str  # anchored | moved | quote_changed | orphaned | entity
    text: str
    replacement: str | None
    resolution: str
    replies: tuple[tuple[str, str], ...] = ()  # (author, text)


@dataclass(frozen=True)
class ReportPlace:
    """The comments on one entity's field (or on the whole entity: field empty)."""

    entity_type: str
    entity_id: str
    title: str
    field: str
    comments: tuple[ReportComment, ...]


@dataclass(frozen=True)
class FieldChange:
    """What changed in one text field: diff operations (-1 deleted, 0 same, 1 inserted)."""

    field: str
    ops: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class EntityChange:
    """An entity changed since the round started, from which revision to which."""

    entity_type: str
    entity_id: str
    title: str
    from_revision: int
    to_revision: int
    fields: tuple[FieldChange, ...]
    deleted: bool = False


@dataclass(frozen=True)
class RoundReport:
    """Everything a round report shows."""

    round: RoundFacts
    generated_at: datetime
    places: tuple[ReportPlace, ...]
    changes: tuple[EntityChange, ...]
    by_kind: dict[str, int]
    by_state: dict[str, int]
    open_blocking: int

    @property
    def total(self) -> int:
        """Return how many comment threads the round has."""
        return sum(len(p.comments) for p in self.places)
