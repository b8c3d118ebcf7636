"""Read review comments: threads of an entity placed on today's text, orphans, counts.

Each anchored comment is re-anchored against the field's current text when it is read
(``content.review.anchor.reanchor``), so a list always shows where the words are now, or
that they are gone (orphaned). Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, func, select

from content.errors import ContentError
from content.review.anchor import Anchor, Placement, reanchor
from content.review.fields import read_field
from db.models import ReviewComment

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from sqlalchemy.orm import Session

    from content.exports.snapshot import BlockingComment, CommentSnapshot

BLOCKING = "ma-rettes"


@dataclass(frozen=True)
class CommentView:
    """One comment as a list shows it, placed on the current text.

    ``status`` is ``anchored`` (also when moved or its quote changed), ``orphaned``, or
    ``entity`` for a comment on the whole entity; ``exact`` is the text now at
    ``start``-``end`` (the stored quote when orphaned); ``quote`` is the stored quote.
    """

    id: str
    entity_type: str
    entity_id: str
    field: str
    status: str
    placement: str  # anchored | moved | quote_changed | orphaned | entity
    start: int
    end: int
    exact: str
    quote: str
    quote_changed: bool
    kind: str
    state: str
    text: str
    replacement: str | None
    author: str
    created_at: datetime
    edited_at: datetime | None
    resolved_by: str
    resolved_at: datetime | None
    resolution: str
    deleted: bool
    anchor_revision: int
    revision: int
    history: tuple[dict[str, Any], ...] = ()
    thread: tuple[CommentView, ...] = ()  # replies, oldest first

    @property
    def orphaned(self) -> bool:
        """Tell whether the comment lost its place in the text."""
        return self.status == "orphaned"


@dataclass(frozen=True)
class CommentCounts:
    """Comment threads of one entity: open, open blocking (må rettes), all."""

    open: int = 0
    blocking: int = 0
    total: int = 0


def list_comments(
    session: Session, entity_type: str, entity_id: str, include_resolved: bool = True
) -> list[CommentView]:
    """Return an entity's threads, each placed on the current text, in text order."""
    rows = session.scalars(
        select(ReviewComment)
        .where(ReviewComment.entity_type == entity_type, ReviewComment.entity_id == entity_id)
        .order_by(ReviewComment.created_at, ReviewComment.id)
    ).all()
    replies: dict[str, list[ReviewComment]] = {}
    for row in rows:
        if row.parent_id is not None:
            replies.setdefault(row.parent_id, []).append(row)
    texts: dict[str, str] = {}
    views = []
    for row in rows:
        if row.parent_id is not None or (not include_resolved and row.state != "open"):
            continue
        if row.deleted_at is not None and not replies.get(row.id):
            continue  # a deleted comment without replies leaves nothing to show
        thread = tuple(_view(r, None, "") for r in replies.get(row.id, []))
        views.append(_view(row, _place(session, row, texts), _text_of(texts, row), thread))
    views.sort(key=lambda v: (v.field != "", v.field, v.start, v.created_at))
    return views


def orphans(session: Session, entity_type: str, entity_id: str) -> list[CommentView]:
    """Return the open threads of an entity that lost their place (the «Uten plassering» list)."""
    return [v for v in list_comments(session, entity_type, entity_id, False) if v.orphaned]


def comment_counts(
    session: Session, entity_ids: Iterable[str] | None = None
) -> dict[str, CommentCounts]:
    """Return thread counts per entity id (threads only, not replies or deleted comments)."""
    c = ReviewComment
    is_open = func.sum((c.state == "open").cast(Integer))
    blocking = func.sum(((c.state == "open") & (c.kind == BLOCKING)).cast(Integer))
    query = (
        select(c.entity_id, is_open, blocking, func.count())
        .where(c.parent_id.is_(None), c.deleted_at.is_(None))
        .group_by(c.entity_id)
    )
    if entity_ids is not None:
        query = query.where(c.entity_id.in_(list(entity_ids)))
    return {
        eid: CommentCounts(int(o or 0), int(b or 0), int(n))
        for eid, o, b, n in session.execute(query)
    }


def open_blocking(session: Session, entity_ids: Iterable[str]) -> list[CommentView]:
    """Return the open *må rettes* threads on any of the given entities."""
    ids = list(entity_ids)
    rows = session.execute(
        select(ReviewComment.entity_type, ReviewComment.entity_id)
        .where(
            ReviewComment.entity_id.in_(ids),
            ReviewComment.kind == BLOCKING,
            ReviewComment.state == "open",
            ReviewComment.parent_id.is_(None),
            ReviewComment.deleted_at.is_(None),
        )
        .distinct()
    ).all()
    out: list[CommentView] = []
    for etype, eid in rows:
        out += [v for v in list_comments(session, etype, eid, False) if v.kind == BLOCKING]
    return out


def get_comment(session: Session, comment_id: str) -> ReviewComment | None:
    """Return a comment row by id, or by a unique prefix of 8 or more characters."""
    row = session.get(ReviewComment, comment_id)
    if row is not None or len(comment_id) < 8:
        return row
    found = session.scalars(
        select(ReviewComment).where(ReviewComment.id.startswith(comment_id)).limit(2)
    ).all()
    return found[0] if len(found) == 1 else None


def entities_within(session: Session, scope: str, target_id: str) -> list[tuple[str, str]]:
    """Return (entity type, id) of a module or curriculum and everything an export of it holds."""
    from content.exports.snapshots import build_snapshot

    snap = build_snapshot(session, scope, target_id, profile="trainer")
    return list(dict.fromkeys([(scope, target_id), *((t, i) for t, i, _r in snap.used)]))


def review_parts(
    session: Session, entities: Iterable[tuple[str, str]]
) -> tuple[tuple[CommentSnapshot, ...], tuple[BlockingComment, ...]]:
    """Return what an export needs to know of the comments on the entities it holds.

    That is the open threads as a review draft draws them, and the open *må rettes*
    threads (an export holding any is refused unless overridden).
    """
    from content.exports.snapshot import BlockingComment, CommentSnapshot
    from content.review.fields import draft_field, load_target

    wanted = dict.fromkeys(entities)
    counts = comment_counts(session, [eid for _t, eid in wanted])
    drawn: list[CommentSnapshot] = []
    blocking: list[BlockingComment] = []
    for etype, eid in wanted:
        if not counts.get(eid, CommentCounts()).open:
            continue
        try:
            title = load_target(session, etype, eid).title
        except ContentError:
            continue  # a deleted entity is not exported
        for v in list_comments(session, etype, eid, include_resolved=False):
            if v.deleted:
                continue
            drawn.append(
                CommentSnapshot(
                    v.id,
                    etype,
                    eid,
                    draft_field(v.field) if v.status == "anchored" else "",
                    max(v.start, 0),
                    max(v.end, 0),
                    v.kind,
                    v.author,
                    v.text,
                    tuple((r.author, r.text) for r in v.thread if not r.deleted),
                )
            )
            if v.kind == BLOCKING:
                blocking.append(
                    BlockingComment(v.id, etype, eid, title, v.field, v.exact, v.text, v.author)
                )
    return tuple(drawn), tuple(blocking)


# -- helpers ------------------------------------------------------------------------------


def _text_of(texts: dict[str, str], row: ReviewComment) -> str:
    return texts.get(row.field, "")


def _place(session: Session, row: ReviewComment, texts: dict[str, str]) -> Placement | None:
    """Re-anchor a comment on its field's current text (None for an entity comment)."""
    if not row.field or not row.selectors:
        return None
    if row.field not in texts:
        try:
            texts[row.field] = read_field(session, row.entity_type, row.entity_id, row.field).text
        except ContentError:  # the field or the entity is gone: the comment is orphaned
            texts[row.field] = ""
            return Placement("orphaned")
    return reanchor(Anchor.from_selectors(row.selectors), texts[row.field])


def _view(
    row: ReviewComment,
    placed: Placement | None,
    text: str,
    thread: tuple[CommentView, ...] = (),
) -> CommentView:
    quote = Anchor.from_selectors(row.selectors).exact if row.selectors else ""
    if placed is None:
        status, how, start, end, exact = "entity", "entity", -1, -1, ""
    elif placed.orphaned:
        status, how, start, end, exact = "orphaned", "orphaned", -1, -1, quote
    else:
        status, how = "anchored", placed.status
        start, end, exact = placed.start, placed.end, text[placed.start : placed.end]
    return CommentView(
        id=row.id,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        field=row.field,
        status=status,
        placement=how,
        start=start,
        end=end,
        exact=exact,
        quote=quote,
        quote_changed=how == "quote_changed",
        kind=row.kind,
        state=row.state,
        text=row.text,
        replacement=row.replacement,
        author=row.author,
        created_at=row.created_at,
        edited_at=row.edited_at,
        resolved_by=row.resolved_by,
        resolved_at=row.resolved_at,
        resolution=row.resolution,
        deleted=row.deleted_at is not None,
        anchor_revision=row.anchor_revision,
        revision=row.revision,
        history=tuple(row.history or ()),
        thread=thread,
    )
