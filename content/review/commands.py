"""Review comment commands: add, reply, edit, delete, resolve, reopen, accept, reject.

Each is an undoable command in the same protocol as the content commands (run through
``content.undo.UndoHistory``: one transaction, one undo step). A comment command's
``entity_id`` is the comment's id and its revision counter the comment's own ``revision``,
so undo and redo refuse to run over a change made elsewhere. Accepting a suggestion
applies its replacement through the ordinary field-edit command of the item, module or
curriculum, and resolves the comment, in one step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import select

from content.changes import Changes
from content.errors import NotFoundError, StaleWriteError, ValidationError
from content.i18n import one_of, tr
from content.review.anchor import Anchor, AnchorError, locate, make_anchor, reanchor
from content.review.fields import FieldText, edit_command, load_target, read_field
from content.review.row_command import RowCommand, row_columns, row_state
from db.models import ReviewComment, new_id, utcnow

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.orm import Session

    from content.commands import Command

COMMENT_KINDS = ("kommentar", "sporsmal", "endringsforslag", "ma-rettes")
BLOCKING = "ma-rettes"
SUGGESTION = "endringsforslag"
MAX_TEXT = 20_000
State = dict[str, Any]
_COLUMNS = row_columns(ReviewComment)
comment_state = row_state


def _event(state: State, who: str, event: str, note: str = "") -> None:
    """Append an entry to the thread's history (who did what, when)."""
    entry = {"at": utcnow().isoformat(), "by": who, "event": event}
    if note:
        entry["note"] = note
    state["history"] = [*(state.get("history") or []), entry]


def _where(state: State) -> str:
    return tr("comment {id}", id=state["id"][:8])


@dataclass
class CommentCommand(RowCommand):
    """Base of the commands on one review comment (``entity_id`` is the comment's id)."""

    entity_type: ClassVar[str] = "comment"
    label: ClassVar[str] = "Edit comment"
    model: ClassVar[Any] = ReviewComment
    reviewer_may_run: ClassVar[bool] = True

    def changes(self) -> Changes:
        """Return what this command touches: annotations of one entity."""
        state = self.after or self.before or {}
        return Changes(
            annotations=True, ids=frozenset({self.entity_id, state.get("entity_id", "")})
        )

    def missing_message(self) -> str:
        """Say that the comment is gone."""
        return tr("comment {id} does not exist", id=self.entity_id)

    def stale_message(self, row: Any, expected: int) -> str:
        """Say that the comment was changed elsewhere."""
        return tr(
            "comment {id} was changed elsewhere (now revision {now}, this undo or "
            "redo started from revision {expected}); nothing was overwritten.",
            id=row.id[:8],
            now=row.revision,
            expected=expected,
        )

    def drop(self, session: Session, row: Any) -> None:
        """Remove the comment (undoing its adding), never one with replies."""
        replies = session.scalar(select(ReviewComment.id).where(ReviewComment.parent_id == row.id))
        if replies is not None:
            raise ValidationError(
                [("replies", tr("the comment has replies now; delete it instead"))],
                _where(comment_state(row)),
            )
        session.delete(row)
        session.flush()

    def _need(self, state: State | None) -> State:
        if state is None:
            raise NotFoundError(tr("comment {id} does not exist", id=self.entity_id))
        if state["deleted_at"] is not None:
            raise ValidationError([("deleted", tr("the comment is deleted"))], _where(state))
        return state


def _text_problem(text: str, required: bool = True) -> str | None:
    if required and not text.strip():
        return tr("the comment text is empty")
    if len(text) > MAX_TEXT:
        return tr("the comment text is longer than {n} characters", n=MAX_TEXT)
    return None


# -- add and reply ------------------------------------------------------------------------


@dataclass
class AddComment(CommentCommand):
    """Add a comment on an entity, or on a range of one of its text fields.

    Give the range as ``start``/``end`` (the quote and context come from the current
    text) or as ``quote`` (with ``prefix``/``suffix`` when it occurs more than once).
    """

    label: ClassVar[str] = "Add comment"
    target_type: str = "item"
    target_id: str = ""
    field: str = ""
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    prefix: str = ""
    suffix: str = ""
    text: str = ""
    kind: str = "kommentar"
    replacement: str | None = None
    author: str = ""
    source_key: str | None = None  # where an import took it from (annotation id or hash)

    def __post_init__(self) -> None:
        """Give the new comment its id up front, so callers know it."""
        self.entity_id = self.entity_id or new_id()

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Validate the target, field, range, kind and text; build the new comment."""
        obj = load_target(session, self.target_type, self.target_id)
        where = f"{self.target_type} «{obj.title}»"
        selectors, revision = None, int(obj.revision)
        if self.field:
            target = read_field(session, self.target_type, self.target_id, self.field)
            where = tr("{where}, field {field}", where=where, field=self.field)
            selectors = self._anchor(target, where).selectors()
        elif self.start is not None or self.quote is not None:
            raise ValidationError([("field", tr("a range needs a field"))], where)
        self._check_values(where)
        return _new_state(
            self.entity_id,
            self.target_type,
            self.target_id,
            field=self.field,
            selectors=selectors,
            anchor_revision=revision,
            kind=self.kind,
            text=self.text,
            replacement=self.replacement,
            author=self.author or author,
            source_key=self.source_key,
        )

    def _anchor(self, target: FieldText, where: str) -> Anchor:
        try:
            if self.quote is not None:
                found = locate(target.text, self.quote, self.prefix, self.suffix)
                if self.start is not None and (found.start, found.end) != (self.start, self.end):
                    raise AnchorError(
                        f"the quote is at {found.start}-{found.end}, not {self.start}-{self.end}"
                    )
                return found
            if self.start is None or self.end is None:
                raise AnchorError("give a range (start and end) or a quote")
            return make_anchor(target.text, self.start, self.end)
        except AnchorError as exc:
            what = "quote" if self.quote is not None else "range"
            raise ValidationError([(what, str(exc))], where) from exc

    def _check_values(self, where: str) -> None:
        problems: list[tuple[str, str]] = []
        if self.kind not in COMMENT_KINDS:
            problems.append(("type", one_of(COMMENT_KINDS)))
        if self.kind == SUGGESTION and self.replacement is None:
            problems.append(("replacement", tr("a suggestion needs its replacement text")))
        if self.kind != SUGGESTION and self.replacement is not None:
            problems.append(("replacement", tr("only a suggestion carries replacement text")))
        if self.kind == SUGGESTION and not self.field:
            problems.append(("field", tr("a suggestion needs a range of a text field")))
        if problem := _text_problem(self.text, required=self.kind != SUGGESTION):
            problems.append(("text", problem))
        if problems:
            raise ValidationError(problems, where)


def _new_state(comment_id: str, entity_type: str, entity_id: str, **values: Any) -> State:
    state: State = {name: None for name in _COLUMNS}
    state.update(
        id=comment_id,
        entity_type=entity_type,
        entity_id=entity_id,
        field="",
        anchor_revision=0,
        kind="kommentar",
        created_at=utcnow(),
        state="open",
        resolved_by="",
        resolution="",
        history=[],
        deleted_by="",
    )
    state.update(values)
    return state


def _root(session: Session, comment_id: str) -> ReviewComment:
    row = session.get(ReviewComment, comment_id)
    if row is None:
        raise NotFoundError(tr("comment {id} does not exist", id=comment_id))
    while row.parent_id is not None:
        parent = session.get(ReviewComment, row.parent_id)
        assert parent is not None
        row = parent
    return row


@dataclass
class ReplyComment(CommentCommand):
    """Reply to a comment (a reply to a reply joins the same thread)."""

    label: ClassVar[str] = "Reply to comment"
    parent_id: str = ""
    text: str = ""
    author: str = ""
    source_key: str | None = None

    def __post_init__(self) -> None:
        """Give the reply its id up front."""
        self.entity_id = self.entity_id or new_id()

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse a reply to a deleted comment or thread; build the reply."""
        parent = session.get(ReviewComment, self.parent_id)
        if parent is None:
            raise NotFoundError(tr("comment {id} does not exist", id=self.parent_id))
        root = _root(session, self.parent_id)
        for row in {parent.id: parent, root.id: root}.values():
            if row.deleted_at is not None:
                raise ValidationError(
                    [("deleted", tr("the comment is deleted; it takes no replies"))],
                    _where(comment_state(row)),
                )
        load_target(session, root.entity_type, root.entity_id)
        if problem := _text_problem(self.text):
            raise ValidationError([("text", problem)], _where(comment_state(root)))
        return _new_state(
            self.entity_id,
            root.entity_type,
            root.entity_id,
            text=self.text,
            parent_id=root.id,
            author=self.author or author,
            source_key=self.source_key,
        )


# -- edit, delete, resolve, reopen -----------------------------------------------------------


def _own(state: State, who: str, what: str) -> None:
    if state["author"] != who:
        raise ValidationError(
            [
                (
                    "author",
                    tr(
                        "only its author ({author}) can {what} it",
                        author=state["author"],
                        what=what,
                    ),
                )
            ],
            _where(state),
        )


@dataclass
class EditComment(CommentCommand):
    """Change the text (and a suggestion's replacement) of one's own comment."""

    label: ClassVar[str] = "Edit comment"
    text: str | None = None
    replacement: str | None = None
    by: str = ""

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse someone else's comment; set the new text."""
        state = self._need(state)
        _own(state, self.by or author, tr("edit"))
        if self.text is not None:
            if problem := _text_problem(self.text, required=state["kind"] != SUGGESTION):
                raise ValidationError([("text", problem)], _where(state))
            state["text"] = self.text
        if self.replacement is not None:
            if state["kind"] != SUGGESTION:
                raise ValidationError(
                    [("replacement", tr("only a suggestion carries replacement text"))],
                    _where(state),
                )
            state["replacement"] = self.replacement
        state["edited_at"] = utcnow()
        _event(state, self.by or author, "edited")
        return state


@dataclass
class DeleteComment(CommentCommand):
    """Delete one's own comment: a tombstone keeps its place in the thread, not its text."""

    label: ClassVar[str] = "Delete comment"
    by: str = ""

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse someone else's comment; clear the text and mark it deleted."""
        state = self._need(state)
        who = self.by or author
        _own(state, who, tr("delete"))
        state.update(text="", replacement=None, deleted_at=utcnow(), deleted_by=who)
        _event(state, who, "deleted")
        return state


@dataclass
class ResolveComment(CommentCommand):
    """Resolve a thread (with who and when, and an optional note)."""

    label: ClassVar[str] = "Resolve comment"
    note: str = ""
    by: str = ""
    event: ClassVar[str] = "resolved"

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse a reply or a resolved thread; resolve it."""
        state = self._need(state)
        _thread_head(state)
        if state["state"] == "resolved":
            raise ValidationError([("state", tr("the comment is resolved already"))], _where(state))
        return _resolve(state, self.by or author, self.event, self.note)


def _resolve(state: State, who: str, event: str, note: str) -> State:
    state.update(
        state="resolved",
        resolved_by=who,
        resolved_at=utcnow(),
        resolution=f"{event}: {note}" if note else event,
    )
    _event(state, who, event, note)
    return state


def _thread_head(state: State) -> None:
    if state["parent_id"] is not None:
        raise ValidationError(
            [("parent", tr("a reply is resolved with its thread; resolve the first comment"))],
            _where(state),
        )


@dataclass
class ReopenComment(CommentCommand):
    """Reopen a resolved thread."""

    label: ClassVar[str] = "Reopen comment"
    by: str = ""

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse an open thread; reopen it (the history keeps the resolution)."""
        state = self._need(state)
        _thread_head(state)
        if state["state"] != "resolved":
            raise ValidationError([("state", tr("the comment is open already"))], _where(state))
        state.update(state="open", resolved_by="", resolved_at=None, resolution="")
        _event(state, self.by or author, "reopened")
        return state


@dataclass
class RejectSuggestion(ResolveComment):
    """Reject a suggestion: resolve it with a reason."""

    label: ClassVar[str] = "Reject suggestion"
    event: ClassVar[str] = "rejected"

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Refuse anything but a suggestion; resolve it as rejected."""
        state = self._need(state)
        if state["kind"] != SUGGESTION:
            raise ValidationError(
                [("type", tr("only a suggestion can be rejected"))], _where(state)
            )
        return super().change_state(session, state, author)


@dataclass
class ReattachComment(CommentCommand):
    """Anchor an (orphaned) comment to a new range of its field."""

    label: ClassVar[str] = "Re-attach comment"
    start: int = 0
    end: int = 0

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Take the new range's quote and context at the entity's current revision."""
        state = self._need(state)
        if not state["field"]:
            raise ValidationError([("field", tr("the comment is on no text field"))], _where(state))
        target = read_field(session, state["entity_type"], state["entity_id"], state["field"])
        try:
            anchor = make_anchor(target.text, self.start, self.end)
        except AnchorError as exc:
            raise ValidationError([(state["field"], str(exc))], _where(state)) from exc
        state.update(selectors=anchor.selectors(), anchor_revision=target.revision)
        _event(state, author, "reattached")
        return state


# -- accept ------------------------------------------------------------------------------


@dataclass
class AcceptSuggestion(CommentCommand):
    """Apply a suggestion's replacement as an ordinary field edit, and resolve it.

    Refused when the anchor is orphaned, when the quoted text changed since the suggestion
    was made (it would replace words the reviewer did not see), or when
    ``expected_target_revision`` is given and the entity has moved on.
    """

    label: ClassVar[str] = "Accept suggestion"
    reviewer_may_run: ClassVar[bool] = False  # it edits the commented field
    expected_target_revision: int | None = None
    edit: Command | None = field(default=None, repr=False)
    _known: Mapping[str, int] = field(default_factory=dict, repr=False)

    def expect_revisions(self, known: Mapping[str, int]) -> None:
        """Learn the revisions the undo history last wrote (for the edited entity)."""
        self._known = dict(known)

    def revisions(self) -> dict[str, int]:
        """Return the revision left on the comment and on the edited entity."""
        out = {self.entity_id: self.last_revision}
        if self.edit is not None:
            out[self.edit.entity_id] = self.edit.last_revision
        return out

    def changes(self) -> Changes:
        """Return the comment's and the edited entity's changes."""
        inner = self.edit.changes() if self.edit is not None else Changes()
        return super().changes() | inner

    def change_state(self, session: Session, state: State | None, author: str) -> State:
        """Check the suggestion still applies, run the field edit, resolve the comment."""
        state = self._need(state)
        if state["kind"] != SUGGESTION or state["state"] != "open":
            raise ValidationError(
                [("type", tr("only an open suggestion can be accepted"))], _where(state)
            )
        target = read_field(session, state["entity_type"], state["entity_id"], state["field"])
        if self.expected_target_revision not in (None, target.revision):
            raise StaleWriteError(
                tr(
                    "«{title}» was changed elsewhere (now revision {now}, the suggestion was "
                    "shown at revision {expected}); nothing was changed.",
                    title=target.title,
                    now=target.revision,
                    expected=self.expected_target_revision,
                )
            )
        start, end = _placement(state, target)
        new_text = target.text[:start] + (state["replacement"] or "") + target.text[end:]
        self.edit = edit_command(session, target, new_text)
        self.edit.apply(session, author)
        return _resolve(state, author, "accepted", "")

    def apply(self, session: Session, author: str = "", expected: int | None = None) -> Changes:
        """Run, or redo the field edit and the resolution."""
        if self.after is not None and self.edit is not None:
            self.edit.apply(session, author, self._known.get(self.edit.entity_id))
        return super().apply(session, author, expected)

    def revert(self, session: Session, author: str = "", expected: int | None = None) -> Changes:
        """Undo the resolution and the field edit."""
        changes = super().revert(session, author, expected)
        assert self.edit is not None
        self.edit.revert(session, author, self._known.get(self.edit.entity_id))
        return changes


def _placement(state: State, target: FieldText) -> tuple[int, int]:
    """Return where a suggestion's quote is now; refuse an orphaned or changed one."""
    where = f"{target.entity_type} «{target.title}», {target.field}"
    placed = reanchor(Anchor.from_selectors(state["selectors"]), target.text)
    if placed.orphaned:
        raise ValidationError(
            [
                (
                    state["field"],
                    tr("the suggestion’s text is no longer there (orphaned); re-attach it first"),
                )
            ],
            where,
        )
    if placed.status == "quote_changed":
        raise ValidationError(
            [
                (
                    state["field"],
                    tr("the text the suggestion replaces has changed since it was made"),
                )
            ],
            where,
        )
    return placed.start, placed.end
