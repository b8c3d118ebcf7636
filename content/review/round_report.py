"""The report of a review round, as frozen data an exporter renders (PDF or CSV).

Every comment thread made during the round, grouped by place (entity and field), with
its kind, state, author and the quoted words as they stand now; a «what changed since
the round started» diff per entity (the text fields, word by word); and counts (per kind,
per state, open *må rettes*). Nothing here writes; exporters/round_report.py renders it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from content.aggregates import ENTITY_CLASSES, state_of
from content.errors import ContentError
from content.library import state_at
from content.review.queries import BLOCKING, list_comments
from content.review.report_model import (
    KINDS,
    EntityChange,
    FieldChange,
    ReportComment,
    ReportPlace,
    ReviewerLine,
    RoundFacts,
    RoundReport,
)
from content.review.rounds import (
    round_comments,
    round_entities,
    round_state,
    round_view,
)
from db.models import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import ReviewRound


def round_report(session: Session, row: ReviewRound) -> RoundReport:
    """Build the report of one round."""
    state = round_state(row)
    view = round_view(session, row)
    threads = {c.id for c in round_comments(session, state)}
    places: list[ReportPlace] = []
    by_kind = dict.fromkeys(KINDS, 0)
    by_state = {"open": 0, "resolved": 0}
    open_blocking = 0
    for etype, eid in round_entities(state):
        try:
            title = _title(session, etype, eid)
            views = [v for v in list_comments(session, etype, eid) if v.id in threads]
        except ContentError:
            continue
        grouped: dict[str, list[ReportComment]] = {}
        for v in views:
            grouped.setdefault(v.field, []).append(
                ReportComment(
                    v.id,
                    v.kind,
                    v.state,
                    v.author,
                    v.created_at,
                    v.exact,
                    v.placement,
                    "" if v.deleted else v.text,
                    v.replacement,
                    v.resolution,
                    tuple((r.author, r.text) for r in v.thread if not r.deleted),
                )
            )
            by_kind[v.kind] = by_kind.get(v.kind, 0) + 1
            by_state[v.state] = by_state.get(v.state, 0) + 1
            open_blocking += v.kind == BLOCKING and v.state == "open"
        places += [
            ReportPlace(etype, eid, title, fname, tuple(found))
            for fname, found in sorted(grouped.items())
        ]
    facts = RoundFacts(
        view.id,
        view.name,
        view.target_type,
        view.target_title,
        view.state,
        view.due_date,
        view.instructions,
        view.started_at,
        view.started_by,
        view.closed_at,
        view.closed_by,
        view.close_override,
        view.close_note,
        tuple(ReviewerLine(r.name, r.status, r.comments) for r in view.reviewers),
    )
    return RoundReport(
        facts,
        utcnow(),
        tuple(places),
        tuple(changes_since(session, state["revisions"])),
        by_kind,
        by_state,
        open_blocking,
    )


def _title(session: Session, etype: str, eid: str) -> str:
    obj: Any = session.get(ENTITY_CLASSES[etype], eid)
    return str(obj.title) if obj is not None else eid


def changes_since(session: Session, revisions: dict[str, int]) -> list[EntityChange]:
    """Return the entities whose text changed since the given revisions, with word diffs."""
    out = []
    for key, start in revisions.items():
        etype, _sep, eid = key.partition(":")
        cls = ENTITY_CLASSES.get(etype)
        obj: Any = session.get(cls, eid) if cls is not None else None
        if obj is None or int(obj.revision) == int(start):
            continue
        try:
            old = state_at(session, etype, eid, int(start))
        except ContentError:
            old = {}
        new = state_of(etype, obj)
        fields = [
            FieldChange(name, word_diff(a, b)) for name, a, b in _changed_texts(etype, old, new)
        ]
        deleted = bool(new.get("deleted")) and not old.get("deleted")
        if fields or deleted:
            out.append(
                EntityChange(
                    etype, eid, obj.title, int(start), int(obj.revision), tuple(fields), deleted
                )
            )
    return out


def _texts(etype: str, state: dict[str, Any]) -> dict[str, str]:
    """Return the text fields of an entity state a reviewer reads, by field name."""
    out = {"title": str(state.get("title") or "")}
    if etype == "item":
        out["summary"] = str(state.get("summary") or "")
        out["body"] = str(state.get("body") or "")
        for name, value in (state.get("fields") or {}).items():
            if isinstance(value, str):
                out[name] = value
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                out[name] = "\n".join(value)
        return out
    out["description"] = str(state.get("description") or "")
    if etype == "module":
        out["objectives"] = "\n".join(str(o) for o in state.get("objectives") or [])
        for section in state.get("sections") or []:
            for block in section.get("blocks") or []:
                if block.get("text"):
                    out[f"block:{block['id']}"] = str(block["text"])
    return out


def _changed_texts(
    etype: str, old: dict[str, Any], new: dict[str, Any]
) -> list[tuple[str, str, str]]:
    a, b = _texts(etype, old), _texts(etype, new)
    return [
        (k, a.get(k, ""), b.get(k, ""))
        for k in dict.fromkeys([*a, *b])
        if a.get(k, "") != b.get(k, "")
    ]


def word_diff(old: str, new: str) -> tuple[tuple[int, str], ...]:
    """Return a readable diff of two texts (diff-match-patch, semantic clean-up)."""
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5
    ops = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(ops)
    return tuple((int(op), str(text)) for op, text in ops)
