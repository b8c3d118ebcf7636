"""Review comments as a W3C Web Annotation document (JSON-LD), written and merged back.

One annotation per comment (replies too), collected in an ``AnnotationCollection`` with
one ``AnnotationPage``; docs/comments-format.md describes every field. The same document
is the ``comments.json`` member of a bundle. Merging is idempotent: a comment already in
the library is left alone unless the file holds a later state of it (resolved, edited,
deleted since); a comments file never changes content. Anything wrong with a file
(unknown fields, a wrong version, a reply to a comment nobody has, a target that is not
in the library) refuses the whole file with every problem named: nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from content.errors import ContentError
from content.review.anchor import Anchor, AnchorError
from content.review.commands import COMMENT_KINDS, comment_state
from content.review.fields import load_target
from db.models import ReviewComment

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from sqlalchemy.orm import Session

FORMAT = "kursverk-comments"
VERSION = 1
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KV = "urn:kursverk:review#"
TERMS = (
    "format",
    "formatVersion",
    "kind",
    "state",
    "field",
    "revision",
    "resolvedBy",
    "resolvedAt",
    "resolution",
    "history",
    "deletedAt",
    "deletedBy",
    "entityType",
)
CONTEXT: list[Any] = [ANNO_CONTEXT, {"kv": KV, **{t: f"kv:{t}" for t in TERMS}}]
COMMENT_PREFIX = "urn:kursverk:comment:"
ENTITY_PREFIX = "urn:kursverk:"
MOTIVATION = {
    "kommentar": "commenting",
    "sporsmal": "questioning",
    "endringsforslag": "editing",
    "ma-rettes": "assessing",
}
MAX_BYTES = 64 * 1024 * 1024
MAX_ANNOTATIONS = 200_000
_ANNOTATION_KEYS = {
    "id",
    "type",
    "motivation",
    "created",
    "modified",
    "creator",
    "body",
    "target",
    "kind",
    "state",
    "resolvedBy",
    "resolvedAt",
    "resolution",
    "history",
    "deletedAt",
    "deletedBy",
}
_TARGET_KEYS = {"source", "type", "entityType", "field", "revision", "selector"}
_BODY_KEYS = {"type", "value", "format", "purpose", "language"}
_TOP_KEYS = {"@context", "id", "type", "format", "formatVersion", "generated", "total", "first"}


class CommentsFileError(ContentError):
    """A comments file that cannot be merged; nothing was written."""


@dataclass
class CommentsReport:
    """What merging a comments file did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: list[str] = field(default_factory=list)  # comments added or updated


# -- writing ------------------------------------------------------------------------------


def comments_document(
    session: Session, entities: Iterable[tuple[str, str]] | None = None
) -> dict[str, Any]:
    """Return the comments on the given (entity type, id) pairs (all when None) as JSON-LD."""
    query = select(ReviewComment).order_by(ReviewComment.created_at, ReviewComment.id)
    rows = list(session.scalars(query))
    if entities is not None:
        wanted = {(t, i) for t, i in entities}
        rows = [r for r in rows if (r.entity_type, r.entity_id) in wanted]
    rows.sort(key=lambda r: r.parent_id is not None)  # threads before their replies
    items = [annotation(r) for r in rows]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "format": FORMAT,
        "formatVersion": VERSION,
        "generated": _iso(datetime.now(UTC)),
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


def annotation(row: ReviewComment) -> dict[str, Any]:
    """Return one comment as a W3C annotation."""
    body: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "value": row.text,
            "format": "text/markdown",
            "purpose": "commenting",
        }
    ]
    if row.replacement is not None:
        body.append(
            {
                "type": "TextualBody",
                "value": row.replacement,
                "format": "text/markdown",
                "purpose": "editing",
            }
        )
    target: Any
    if row.parent_id is not None:
        target = COMMENT_PREFIX + row.parent_id
    else:
        target = {
            "source": f"{ENTITY_PREFIX}{row.entity_type}:{row.entity_id}",
            "entityType": row.entity_type,
            "revision": row.anchor_revision,
        }
        if row.field:
            target["field"] = row.field
        if row.selectors:
            target["selector"] = row.selectors
    out: dict[str, Any] = {
        "id": COMMENT_PREFIX + row.id,
        "type": "Annotation",
        "motivation": "replying" if row.parent_id else MOTIVATION.get(row.kind, "commenting"),
        "created": _iso(row.created_at),
        "creator": {"type": "Person", "name": row.author},
        "body": body,
        "target": target,
        "kind": row.kind,
        "state": row.state,
        "history": list(row.history or []),
    }
    for key, value in (
        ("modified", _iso(row.edited_at)),
        ("resolvedBy", row.resolved_by),
        ("resolvedAt", _iso(row.resolved_at)),
        ("resolution", row.resolution),
        ("deletedAt", _iso(row.deleted_at)),
        ("deletedBy", row.deleted_by),
    ):
        if value:
            out[key] = value
    return out


def write_comments(path: Path, document: dict[str, Any]) -> None:
    """Write a comments document to a file (atomically: a .part file, then a rename)."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
        part.replace(path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


# -- reading and merging --------------------------------------------------------------------


def read_comments(path: Path) -> dict[str, Any]:
    """Return the JSON of a comments file; refuse one that is too big or not JSON."""
    if path.stat().st_size > MAX_BYTES:
        raise CommentsFileError(f"{path.name}: larger than {MAX_BYTES // 2**20} MB")
    return parse_comments(path.read_bytes(), path.name)


def parse_comments(data: bytes, name: str) -> dict[str, Any]:
    """Parse a comments document's bytes."""
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CommentsFileError(f"{name}: not a JSON comments file ({exc})") from exc
    if not isinstance(doc, dict):
        raise CommentsFileError(f"{name}: not a Kursverk comments file (not a JSON object)")
    return doc


def merge_comments(session: Session, doc: dict[str, Any], name: str) -> CommentsReport:
    """Merge a comments document into the library (in the caller's transaction).

    Raises CommentsFileError naming every problem; then nothing was written.
    """
    states = _parse(doc, name)
    problems: list[str] = []
    known = set(states)
    for cid, state in states.items():
        where = f"{name}, annotation {COMMENT_PREFIX}{cid}"
        parent = state["parent_id"]
        if (
            parent is not None
            and parent not in known
            and session.get(ReviewComment, parent) is None
        ):
            problems.append(
                f"{where}: replies to comment {COMMENT_PREFIX}{parent}, which is neither "
                "in the file nor in the library"
            )
            continue
        if parent is None:
            try:
                load_target(session, state["entity_type"], state["entity_id"])
            except ContentError as exc:
                problems.append(f"{where}: {exc}")
        existing = session.get(ReviewComment, cid)
        if (
            existing is not None
            and (existing.entity_type, existing.entity_id)
            != (
                state["entity_type"],
                state["entity_id"],
            )
            and parent is None
        ):
            problems.append(f"{where}: the library has this comment on another target")
    if problems:
        raise CommentsFileError(_listed(name, problems))
    report = CommentsReport()
    for cid, state in _parents_first(states):
        if state["parent_id"] is not None and state["parent_id"] in states:
            root = states[state["parent_id"]]
            state["entity_type"], state["entity_id"] = root["entity_type"], root["entity_id"]
        elif state["parent_id"] is not None:
            parent_row = session.get(ReviewComment, state["parent_id"])
            assert parent_row is not None
            state["entity_type"], state["entity_id"] = parent_row.entity_type, parent_row.entity_id
        row = session.get(ReviewComment, cid)
        if row is None:
            row = ReviewComment(id=cid, revision=0)
            session.add(row)
            report.added += 1
        elif _last_change(comment_state(row)) >= _last_change(state):
            report.unchanged += 1
            continue
        else:
            report.updated += 1
            state["source_key"] = row.source_key
        for key, value in state.items():
            setattr(row, key, value)
        row.revision = (row.revision or 0) + 1
        session.flush()
        report.ids.append(cid)
    return report


def _parents_first(states: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return sorted(states.items(), key=lambda kv: kv[1]["parent_id"] is not None)


def _last_change(state: dict[str, Any]) -> datetime:
    stamps = [state.get(k) for k in ("created_at", "edited_at", "resolved_at", "deleted_at")]
    stamps += [_dt(h.get("at")) for h in state.get("history") or [] if isinstance(h, dict)]
    found = [s if s.tzinfo else s.replace(tzinfo=UTC) for s in stamps if s is not None]
    return max(found) if found else datetime.min.replace(tzinfo=UTC)


def _parse(doc: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    """Check the document's shape; return comment id -> the state of its row."""
    if doc.get("format") != FORMAT:
        raise CommentsFileError(
            f"{name}: not a Kursverk comments file (format is {doc.get('format')!r}, "
            f"expected {FORMAT!r})"
        )
    version = doc.get("formatVersion")
    if version != VERSION or isinstance(version, bool):
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        raise CommentsFileError(
            f"{name}: comments format version {version!r} "
            + (
                "is newer than this Kursverk reads; update Kursverk"
                if newer
                else f"is unknown; this Kursverk reads version {VERSION}"
            )
        )
    problems: list[str] = []
    _unknown(doc, _TOP_KEYS, name, problems)
    if doc.get("type") != "AnnotationCollection":
        problems.append(f"{name}, field type: must be AnnotationCollection")
    page = doc.get("first")
    items = page.get("items") if isinstance(page, dict) else None
    if not isinstance(page, dict) or not isinstance(items, list):
        raise CommentsFileError(_listed(name, [*problems, "field first.items: must be a list"]))
    _unknown(page, {"type", "items", "id"}, f"{name}, first", problems)
    if len(items) > MAX_ANNOTATIONS:
        raise CommentsFileError(f"{name}: more than {MAX_ANNOTATIONS} annotations")
    states: dict[str, dict[str, Any]] = {}
    for n, item in enumerate(items):
        where = f"{name}, annotation {n + 1}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        if isinstance(item.get("id"), str):
            where = f"{name}, annotation {item['id']}"
        state = _state(item, where, problems)
        if state is None:
            continue
        if state["id"] in states:
            if _last_change(state) > _last_change(states[state["id"]]):
                states[state["id"]] = state
            continue  # the same comment twice counts once
        states[state["id"]] = state
    if problems:
        raise CommentsFileError(_listed(name, problems))
    return states


def _state(item: dict[str, Any], where: str, problems: list[str]) -> dict[str, Any] | None:
    """Return a comment row's state from one annotation (None when it has problems)."""
    before = len(problems)
    _unknown(item, _ANNOTATION_KEYS, where, problems)
    cid = _prefixed(item.get("id"), COMMENT_PREFIX, where, "id", problems)
    if item.get("type") != "Annotation":
        problems.append(f"{where}, field type: must be Annotation")
    kind = item.get("kind")
    if kind not in COMMENT_KINDS:
        problems.append(f"{where}, field kind: must be one of {', '.join(COMMENT_KINDS)}")
    state_value = item.get("state")
    if state_value not in ("open", "resolved"):
        problems.append(f"{where}, field state: must be open or resolved")
    creator = item.get("creator")
    author = creator.get("name") if isinstance(creator, dict) else None
    if not isinstance(author, str):
        problems.append(f"{where}, field creator.name: must be a text")
    text, replacement = _bodies(item.get("body"), where, problems)
    parent, etype, eid, fname, revision, selectors = _target(item.get("target"), where, problems)
    created = _stamp(item, "created", where, problems, required=True)
    stamps = {k: _stamp(item, k, where, problems) for k in ("modified", "resolvedAt", "deletedAt")}
    history = item.get("history", [])
    if not isinstance(history, list) or not all(isinstance(h, dict) for h in history):
        problems.append(f"{where}, field history: must be a list of objects")
    texts = {k: item.get(k, "") for k in ("resolvedBy", "resolution", "deletedBy")}
    for key, value in texts.items():
        if not isinstance(value, str):
            problems.append(f"{where}, field {key}: must be a text")
    if len(problems) > before or cid is None:
        return None
    return {
        "id": cid,
        "entity_type": etype,
        "entity_id": eid,
        "field": fname,
        "selectors": selectors,
        "anchor_revision": revision,
        "kind": kind,
        "text": text,
        "replacement": replacement,
        "parent_id": parent,
        "author": author,
        "created_at": created,
        "edited_at": stamps["modified"],
        "state": state_value,
        "resolved_by": texts["resolvedBy"],
        "resolved_at": stamps["resolvedAt"],
        "resolution": texts["resolution"],
        "history": history,
        "deleted_at": stamps["deletedAt"],
        "deleted_by": texts["deletedBy"],
        "source_key": None,
    }


def _bodies(body: Any, where: str, problems: list[str]) -> tuple[str, str | None]:
    bodies = body if isinstance(body, list) else [body]
    text, replacement = "", None
    for b in bodies:
        if not isinstance(b, dict) or not isinstance(b.get("value"), str):
            problems.append(f"{where}, field body: each body must be a TextualBody with a value")
            continue
        _unknown(b, _BODY_KEYS, f"{where}, body", problems)
        if b.get("purpose") == "editing":
            replacement = b["value"]
        else:
            text = b["value"]
    return text, replacement


def _target(
    target: Any, where: str, problems: list[str]
) -> tuple[str | None, str, str, str, int, list[Any] | None]:
    """Return (parent id, entity type, entity id, field, revision, selectors)."""
    if isinstance(target, str):  # a reply targets the comment it answers
        parent = _prefixed(target, COMMENT_PREFIX, where, "target", problems)
        return parent, "", "", "", 0, None
    if not isinstance(target, dict):
        problems.append(f"{where}, field target: must be an object or a comment id")
        return None, "", "", "", 0, None
    _unknown(target, _TARGET_KEYS, f"{where}, target", problems)
    source = _prefixed(target.get("source"), ENTITY_PREFIX, where, "target.source", problems)
    etype, _sep, eid = (source or "").partition(":")
    if source is not None and (etype not in ("item", "module", "curriculum") or not eid):
        problems.append(f"{where}, field target.source: must name an item, module or curriculum")
    fname = target.get("field", "")
    revision = target.get("revision", 0)
    if not isinstance(fname, str) or not isinstance(revision, int):
        problems.append(f"{where}, field target.field/revision: a text and a number")
    selectors = target.get("selector")
    if selectors is not None:
        try:
            anchor = Anchor.from_selectors(selectors if isinstance(selectors, list) else [])
            if not 0 <= anchor.start < anchor.end or not anchor.exact:
                raise AnchorError("the range is empty")
            selectors = anchor.selectors()
        except (AnchorError, KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"{where}, field target.selector: {exc}")
        if not fname:
            problems.append(f"{where}, field target.field: a selector needs its field")
    return (
        None,
        etype,
        eid,
        str(fname),
        int(revision) if isinstance(revision, int) else 0,
        selectors,
    )


def _prefixed(value: Any, prefix: str, where: str, key: str, problems: list[str]) -> str | None:
    if not isinstance(value, str) or not value.startswith(prefix) or len(value) == len(prefix):
        problems.append(f"{where}, field {key}: must be {prefix}…")
        return None
    rest = value.removeprefix(prefix)
    if len(rest) > 80:
        problems.append(f"{where}, field {key}: too long")
        return None
    return rest


def _stamp(
    item: dict[str, Any], key: str, where: str, problems: list[str], required: bool = False
) -> datetime | None:
    value = item.get(key)
    if value is None and not required:
        return None
    parsed = _dt(value) if isinstance(value, str) else None
    if parsed is None:
        problems.append(f"{where}, field {key}: must be an ISO 8601 time")
    return parsed


def _unknown(obj: dict[str, Any], allowed: set[str], where: str, problems: list[str]) -> None:
    extra = sorted(set(obj) - allowed)
    if extra:
        problems.append(f"{where}: unknown field{'s' if len(extra) > 1 else ''} {', '.join(extra)}")


def _listed(name: str, problems: list[str], limit: int = 50) -> str:
    shown = "\n".join(f"  - {p}" for p in problems[:limit])
    more = f"\n  (+{len(problems) - limit} more)" if len(problems) > limit else ""
    return (
        f"{name} was not imported ({len(problems)} problems; nothing was changed):\n{shown}{more}"
    )


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
