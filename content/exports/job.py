"""The database steps of an export: check and snapshot in a read session, record in a write one.

``exporters.job.ExportJob`` runs an export for the GUI and the CLI; it never touches the
database itself (exporters/ must not), so it is handed a ``LibraryExports`` that does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from content.errors import ContentError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from content.accessibility import AccessFault
    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress
    from content.store import Library
    from content.validation import Problem


class ExportRefused(ContentError):
    """The check reports errors in what is to be exported; nothing was written."""

    def __init__(self, title: str, problems: list[Problem]) -> None:
        lines = "\n".join(f"  - {p.message}" for p in problems)
        super().__init__(f"«{title}» was not exported: the check finds errors:\n{lines}")
        self.title = title
        self.problems = problems


class LibraryExports:
    """The export steps that need the library: snapshot (after the check) and record."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def snapshot(
        self,
        scope: str,
        target_id: str,
        *,
        session_number: int | None,
        profile: str,
        lang: str,
        author: str,
        allow_errors: bool,
        progress: Progress,
    ) -> ExportSnapshot:
        """Check the target (unless errors are allowed), then build its snapshot."""
        from content.exports.snapshots import build_snapshot
        from content.library import get_entity
        from content.review.queries import review_parts
        from content.validation import export_blockers

        with self._library.read_sessions() as s:
            if not allow_errors:
                blockers = export_blockers(s, scope, target_id)
                if blockers:
                    raise ExportRefused(get_entity(s, scope, target_id).title, blockers)
            progress.check()
            snap = build_snapshot(
                s,
                scope,
                target_id,
                profile=profile,
                lang=lang,
                session_number=session_number,
                author=author,
                progress=progress,
            )
            comments, blocking = review_parts(s, [(t, i) for t, i, _r in snap.used])
            return replace(snap, comments=comments, open_blocking=blocking)

    def record(
        self,
        snapshot: ExportSnapshot,
        kind: str,
        file_name: str,
        sha256: str,
        author: str,
        publish: Callable[[], None],
        open_blocking_allowed: int = 0,
        overrides: str = "",
    ) -> str:
        """Record the export and call publish (which puts the file in place) before commit.

        The record is flushed first, so the write lock is held when the file is moved; if
        publish fails the record is rolled back, and a failed record leaves the target as it
        was. ``open_blocking_allowed`` counts the open *må rettes* comments the export was
        allowed through with. Return the record's id.
        """
        from content.exports.records import record_export

        with self._library.sessions.begin() as s:
            record_id = record_export(
                s, snapshot, kind, file_name, sha256, author, open_blocking_allowed,
                overrides=overrides,
            )
            publish()
        return record_id


def selection_check(
    session: Session, scope: str, target_id: str, session_number: int | None = None
) -> tuple[frozenset[str], list[AccessFault]]:
    """Return the item kinds of a selection and the accessibility faults of its handbook.

    One participant snapshot answers both (the export dialog asks when the selection
    changes); a trainer guide's own faults (in trainer notes) are found when it is exported.
    """
    from content.accessibility import accessibility_faults
    from content.exports.snapshots import build_snapshot

    snap = build_snapshot(session, scope, target_id, session_number=session_number)
    return frozenset(i.kind for i in snap.items), accessibility_faults(snap, trainer=False)
