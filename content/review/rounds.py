"""Review rounds: a designer asks named reviewers to review a module or curriculum by a date.

A round remembers the revision of every entity under review when it started (the
snapshot a «what changed since the round started» diff starts from), its instructions,
and each reviewer's status (invited, started, done). Closing a round is refused while
*må rettes* comments on what it covers are open, unless the designer overrides it; the
override (how many were open) is recorded. Each change is an undoable command in the
protocol of ``content.undo.UndoHistory``, like the comment commands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import select

from content.changes import Changes
from content.errors import NotFoundError, ValidationError
from content.i18n import one_of, tr
from content.review.fields import load_target
from content.review.row_command import RowCommand, row_columns, row_state
from db.models import ReviewComment, ReviewRound, new_id, utcnow

if TYPE_CHECKING:
    from datetime import date, datetime

    from sqlalchemy.orm import Session

    from content.exports.snapshot import BlockingComment

STATUSES = ("invited", "started", "done")
TARGET_TYPES = ("module", "curriculum")
MAX_REVIEWERS = 50
State = dict[str, Any]
_COLUMNS = row_columns(ReviewRound)
round_state = row_state


@dataclass
class RoundCommand(RowCommand):
    """Base of the commands on one review round (``entity_id`` is the round's id)."""

    entity_type: ClassVar[str] = "round"
    label: ClassVar[str] = "Edit review round"
    model: ClassVar[Any] = ReviewRound

    def changes(self) -> Changes:
        """Return what this command touches: review data (like comments)."""
        return Changes(annotations=True, ids=frozenset({self.entity_id}))

    def missing_message(self) -> str:
        """Say that the round is gone."""
        return tr("review round {id} does not exist", id=self.entity_id[:8])

    def stale_message(self, row: Any, expected: int) -> str:
        """Say that the round was changed elsewhere."""
        return tr("review round «{name}» was changed elsewhere; nothing was overwritten.",
                  name=row.name)

    def _open(self, state: State | None) -> State:
        if state is None:
            raise NotFoundError(tr("review round {id} does not exist", id=self.entity_id[:8]))
        if state["state"] != "open":
            raise ValidationError(
                [("state", tr("the round is closed"))], tr("round «{name}»", name=state["name"])
            )
        return state


@dataclass
class CreateRound(RoundCommand):
    """Start a round: named reviewers, a due date, instructions, the revisions under review."""

    label: ClassVar[str] = "Start review round"
    target_type: str = "module"
    target_id: str = ""
    name: str = ""
    reviewers: list[str] = field(default_factory=list)
    due_date: date | None = None
    instructions: str = ""

    def __post_init__(self) -> None:
        """Give the new round its id up front."""
        self.entity_id = self.entity_id or new_id()

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Validate the target, name and reviewers; record the revisions under review."""
        if self.target_type not in TARGET_TYPES:
            raise ValidationError([("target", one_of(TARGET_TYPES))], tr("review round"))
        obj = load_target(session, self.target_type, self.target_id)
        where = tr("review round on {what} «{title}»", what=self.target_type, title=obj.title)
        names = [n.strip() for n in self.reviewers]
        problems: list[tuple[str, str]] = []
        if not self.name.strip():
            problems.append(("name", tr("the round needs a name")))
        if not names or any(not n for n in names):
            problems.append(("reviewers", tr("name at least one reviewer (no empty names)")))
        elif len(set(names)) != len(names):
            problems.append(("reviewers", tr("a reviewer is named twice")))
        elif len(names) > MAX_REVIEWERS:
            problems.append(("reviewers", tr("more than {n} reviewers", n=MAX_REVIEWERS)))
        if problems:
            raise ValidationError(problems, where)
        now = utcnow()
        return {
            "id": self.entity_id,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "name": self.name.strip(),
            "instructions": self.instructions,
            "due_date": self.due_date,
            "reviewers": [{"name": n, "status": "invited", "at": now.isoformat()} for n in names],
            "revisions": under_review(session, self.target_type, self.target_id),
            "started_at": now,
            "started_by": author,
            "state": "open",
            "closed_at": None,
            "closed_by": "",
            "close_override": 0,
            "close_note": "",
        }


def under_review(session: Session, target_type: str, target_id: str) -> dict[str, int]:
    """Return ``"type:id" -> revision`` of everything a round on the target covers now."""
    from content.exports.snapshots import build_snapshot

    snap = build_snapshot(session, target_type, target_id, profile="trainer")
    obj = load_target(session, target_type, target_id)
    out = {f"{target_type}:{target_id}": int(obj.revision)}
    out.update({f"{t}:{i}": int(r) for t, i, r in snap.used})
    return out


@dataclass
class SetReviewerStatus(RoundCommand):
    """Mark a reviewer invited, started or done."""

    label: ClassVar[str] = "Set reviewer status"
    reviewer_may_run: ClassVar[bool] = True
    reviewer: str = ""
    status: str = "started"

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse an unknown reviewer or status, or a closed round."""
        state = self._open(state)
        where = tr("round «{name}»", name=state["name"])
        if self.status not in STATUSES:
            raise ValidationError([("status", one_of(STATUSES))], where)
        names = [r["name"] for r in state["reviewers"]]
        if self.reviewer not in names:
            raise ValidationError(
                [
                    (
                        "reviewer",
                        tr(
                            "not a reviewer of this round; they are {names}", names=", ".join(names)
                        ),
                    )
                ],
                where,
            )
        for r in state["reviewers"]:
            if r["name"] == self.reviewer:
                r.update(status=self.status, at=utcnow().isoformat())
        return state


class RoundBlocked(ValidationError):
    """Closing refused: blocking comments are open (the list is in ``comments``)."""

    def __init__(self, where: str, comments: list[BlockingComment]) -> None:
        lines = "; ".join(c.describe() for c in comments[:20])
        super().__init__(
            [
                (
                    "open må rettes",
                    tr(
                        "{n} open «må rettes» comments: {lines}",
                        n=len(comments),
                        lines=lines,
                    ),
                )
            ],
            where,
        )
        self.comments = comments


@dataclass
class CloseRound(RoundCommand):
    """Close a round; refused while blocking comments are open unless overridden."""

    label: ClassVar[str] = "Close review round"
    allow_open_blocking: bool = False
    note: str = ""

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Check the open *må rettes* comments; record who closed it and any override."""
        state = self._open(state)
        blocking = open_blocking_in(session, state)
        if blocking and not self.allow_open_blocking:
            raise RoundBlocked(tr("round «{name}»", name=state["name"]), blocking)
        state.update(
            state="closed",
            closed_at=utcnow(),
            closed_by=author,
            close_override=len(blocking),
            close_note=self.note,
        )
        return state


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewerView:
    """A reviewer of a round and how far they are (started once they comment)."""

    name: str
    status: str
    comments: int


@dataclass(frozen=True)
class RoundView:
    """One round as a list shows it."""

    id: str
    name: str
    target_type: str
    target_id: str
    target_title: str
    state: str
    due_date: date | None
    instructions: str
    started_at: datetime
    started_by: str
    closed_at: datetime | None
    closed_by: str
    close_override: int
    close_note: str
    reviewers: tuple[ReviewerView, ...]
    comments: int
    open_blocking: int


def round_entities(state: State) -> list[tuple[str, str]]:
    """Return (type, id) of everything a round covers (as recorded when it started)."""
    out = []
    for key in state["revisions"]:
        etype, _sep, eid = key.partition(":")
        out.append((etype, eid))
    return out


def open_blocking_in(session: Session, state: State) -> list[BlockingComment]:
    """Return the open *må rettes* threads on what a round covers."""
    from content.review.queries import review_parts

    return list(review_parts(session, round_entities(state))[1])


def round_comments(session: Session, state: State) -> list[ReviewComment]:
    """Return the comment threads (not replies) on a round's entities made during it."""
    ids = [eid for _t, eid in round_entities(state)]
    query = select(ReviewComment).where(
        ReviewComment.entity_id.in_(ids),
        ReviewComment.parent_id.is_(None),
        ReviewComment.created_at >= state["started_at"],
    )
    if state["closed_at"] is not None:
        query = query.where(ReviewComment.created_at <= state["closed_at"])
    return list(session.scalars(query.order_by(ReviewComment.created_at)))


def list_rounds(session: Session, target_id: str | None = None) -> list[RoundView]:
    """Return the rounds (of one module or curriculum, or all), newest first."""
    query = select(ReviewRound).order_by(ReviewRound.started_at.desc())
    if target_id is not None:
        query = query.where(ReviewRound.target_id == target_id)
    return [round_view(session, row) for row in session.scalars(query)]


def get_round(session: Session, round_id: str) -> ReviewRound:
    """Return a round by id or unique prefix (8+ characters)."""
    row = session.get(ReviewRound, round_id)
    if row is None and len(round_id) >= 8:
        found = session.scalars(
            select(ReviewRound).where(ReviewRound.id.startswith(round_id)).limit(2)
        ).all()
        row = found[0] if len(found) == 1 else None
    if row is None:
        raise NotFoundError(tr("review round {id} does not exist", id=round_id))
    return row


def round_view(session: Session, row: ReviewRound) -> RoundView:
    """Return a round with its reviewers' progress and comment counts."""
    state = round_state(row)
    comments = round_comments(session, state)
    by_author: dict[str, int] = {}
    for c in comments:
        by_author[c.author] = by_author.get(c.author, 0) + 1
    reviewers = []
    for r in state["reviewers"]:
        n = by_author.get(r["name"], 0)
        status = "started" if r["status"] == "invited" and n else r["status"]
        reviewers.append(ReviewerView(r["name"], status, n))
    try:
        title = load_target(session, row.target_type, row.target_id).title
    except (NotFoundError, ValidationError):
        title = row.target_id
    return RoundView(
        id=row.id,
        name=row.name,
        target_type=row.target_type,
        target_id=row.target_id,
        target_title=title,
        state=row.state,
        due_date=row.due_date,
        instructions=row.instructions,
        started_at=row.started_at,
        started_by=row.started_by,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        close_override=row.close_override,
        close_note=row.close_note,
        reviewers=tuple(reviewers),
        comments=len(comments),
        open_blocking=len(open_blocking_in(session, state)),
    )
