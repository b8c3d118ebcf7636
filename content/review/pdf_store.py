"""Store a returned review draft's marks as anchored comments (``import review-pdf``).

``content.review.pdf_import`` turns each annotation into a ``MarkDraft``; this module
runs the ordinary comment commands for them, all in the caller's transaction, so a
failure leaves the library as it was. Each comment remembers its annotation's key
(``/NM`` or a hash of what it says and where) in ``source_key``: importing the same PDF
again adds nothing twice. A mark whose words are no longer in today's text is kept as a
comment on the whole entity, with the quote, rather than guessed onto other words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from content.errors import ContentError
from content.i18n import tr
from content.review.anchor import Anchor, reanchor
from content.review.commands import AddComment, ReplyComment
from content.review.fields import comment_field, read_field
from content.review.pdf_import import MarkDraft, ReviewPdfError, read_review_pdf
from db.models import ReviewComment

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

KEY_PREFIX = "pdf:"
DRAWN_PREFIX = "kursverk:"  # the /NM of an open comment the draft showed


@dataclass
class PdfImportReport:
    """What an import of a returned review draft did."""

    title: str
    added: list[str] = field(default_factory=list)  # ids of the new comments
    skipped: int = 0  # marks imported before (same annotation)
    unplaced: int = 0  # marks whose words are gone: kept on the whole entity
    problems: list[str] = field(default_factory=list)


def import_review_pdf(
    session: Session, path: Path, author: str, source: str | None = None
) -> PdfImportReport:
    """Read a returned review draft and add its marks as comments (in the caller's session).

    Raises ``ReviewPdfError`` for a PDF Kursverk did not make or cannot read; then
    nothing is written. A mark that cannot be stored (its item was deleted since) is
    listed among the problems and the others are stored.
    """
    result = read_review_pdf(path)
    report = PdfImportReport(result.title, problems=list(result.problems))
    if not result.marks and result.problems:
        raise ReviewPdfError(
            f"{path.name}: no annotation could be read:\n  - " + "\n  - ".join(result.problems)
        )
    by_key: dict[str, str] = {}
    for mark in result.marks:
        key = KEY_PREFIX + mark.key
        existing = session.scalar(select(ReviewComment.id).where(ReviewComment.source_key == key))
        if existing is not None:
            by_key[mark.key] = existing
            report.skipped += 1
            continue
        try:
            with session.begin_nested():
                comment_id = _store(session, mark, key, author, by_key, report)
        except (ContentError, ReviewPdfError) as exc:
            report.problems.append(f"page {mark.page}: {exc}")
            continue
        by_key[mark.key] = comment_id
        report.added.append(comment_id)
    return report


def _store(
    session: Session,
    mark: MarkDraft,
    key: str,
    author: str,
    by_key: dict[str, str],
    report: PdfImportReport,
) -> str:
    """Run the command that stores one mark; return the new comment's id."""
    who = mark.author.strip() or author
    if mark.reply_to:
        parent = _parent(session, mark.reply_to, by_key)
        if parent is None:
            raise ReviewPdfError(f"page {mark.page}: a reply to an annotation that is not there")
        reply = ReplyComment(parent_id=parent, text=mark.text, author=who, source_key=key)
        reply.apply(session, author)
        return reply.entity_id
    cmd = _add_command(session, mark, key, who, report)
    cmd.apply(session, author)
    return cmd.entity_id


def _parent(session: Session, reply_to: str, by_key: dict[str, str]) -> str | None:
    """Return the comment a reply annotation answers (the first part of a split mark).

    A reply to a comment the draft showed (its annotation is named ``kursverk:ID``)
    joins that comment's thread.
    """
    shown = reply_to.removeprefix("nm:")
    if shown.startswith(DRAWN_PREFIX):
        row = session.get(ReviewComment, shown.removeprefix(DRAWN_PREFIX))
        return row.id if row is not None else None
    for candidate in (reply_to, f"{reply_to}#0"):
        if candidate in by_key:
            return by_key[candidate]
        found = session.scalar(
            select(ReviewComment.id).where(ReviewComment.source_key == KEY_PREFIX + candidate)
        )
        if found is not None:
            return found
    return None


def _add_command(
    session: Session, mark: MarkDraft, key: str, who: str, report: PdfImportReport
) -> AddComment:
    """Build the comment command for a mark: on its range when the words are still there."""
    text = mark.text.strip()
    base: dict[str, Any] = {
        "target_type": mark.entity_type,
        "target_id": mark.entity_id,
        "author": who,
    }
    if not mark.field:
        return AddComment(**base, text=text or tr("(a note without text)"), source_key=key)
    name = comment_field(mark.field)
    current = read_field(session, mark.entity_type, mark.entity_id, name).text
    replacement = mark.replacement if mark.kind == "endringsforslag" else None
    if replacement is None and not text:
        text = tr("(marked without a note)")
    values: dict[str, Any] = {
        **base,
        "field": name,
        "kind": mark.kind,
        "text": text,
        "replacement": replacement,
    }
    placed = reanchor(Anchor(mark.quote, mark.prefix, mark.suffix, mark.start, mark.end), current)
    if not placed.orphaned and placed.status != "quote_changed":
        return AddComment(**values, start=placed.start, end=placed.end, source_key=key)
    report.unplaced += 1
    note = f"«{mark.quote}»"
    if replacement is not None:
        note += f" → «{replacement}»"
    return AddComment(**base, text=f"{note}: {text}" if text else note, source_key=key)
