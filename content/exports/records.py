"""The export manifest: record what went into each exported file, and query it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from db.models import ContentItem, ExportEntry, ExportRecord, Module, utcnow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from content.exports.snapshot import ExportSnapshot


@dataclass(frozen=True)
class ExportRow:
    """One recorded export."""

    id: str
    export_kind: str
    target_type: str
    target_id: str
    profile: str
    language: str
    file_name: str
    sha256: str
    created_at: datetime
    created_by: str
    open_blocking_allowed: int = 0  # open «må rettes» comments the export was allowed with
    overrides: str = ""  # what the user overrode (e.g. accessibility faults of a UA export)


def record_export(
    session: Session,
    snapshot: ExportSnapshot,
    export_kind: str,
    file_name: str,
    sha256: str,
    author: str = "",
    open_blocking_allowed: int = 0,
    overrides: str = "",
) -> str:
    """Store an export record with every entity and revision the snapshot used.

    ``open_blocking_allowed`` records an override: how many open *må rettes* comments
    the export was made with; ``overrides`` records another refusal the user overrode (the
    accessibility faults of a PDF/UA export made anyway), so the manifest tells which files
    are known not to be accessible.
    """
    rec = ExportRecord(
        export_kind=export_kind,
        target_type=snapshot.scope,
        target_id=snapshot.target_id,
        profile=snapshot.profile,
        language=snapshot.lang,
        file_name=file_name,
        sha256=sha256,
        created_at=utcnow(),
        created_by=author,
        open_blocking_allowed=open_blocking_allowed,
        overrides=overrides,
    )
    rec.entries = [ExportEntry(entity_type=t, entity_id=i, revision=r) for t, i, r in snapshot.used]
    session.add(rec)
    session.flush()
    return rec.id


def _row(rec: ExportRecord) -> ExportRow:
    return ExportRow(
        rec.id,
        rec.export_kind,
        rec.target_type,
        rec.target_id,
        rec.profile,
        rec.language,
        rec.file_name,
        rec.sha256,
        rec.created_at,
        rec.created_by,
        rec.open_blocking_allowed or 0,
        rec.overrides or "",
    )


def list_exports(session: Session, limit: int = 200) -> list[ExportRow]:
    """Return the most recent exports."""
    q = select(ExportRecord).order_by(ExportRecord.created_at.desc()).limit(limit)
    return [_row(r) for r in session.scalars(q)]


def outdated_exports(session: Session, entity_id: str) -> list[tuple[ExportRow, int, int]]:
    """Return exports holding an older revision of an item or module: (row, used, latest)."""
    found = session.get(ContentItem, entity_id) or session.get(Module, entity_id)
    latest = found.revision if found is not None else None
    if latest is None:
        return []
    q = (
        select(ExportRecord, ExportEntry.revision)
        .join(ExportEntry, ExportEntry.export_id == ExportRecord.id)
        .where(ExportEntry.entity_id == entity_id, ExportEntry.revision < latest)
        .order_by(ExportRecord.created_at.desc())
    )
    return [(_row(rec), rev, latest) for rec, rev in session.execute(q)]
