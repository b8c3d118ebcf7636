"""Keep the full-text index of items current (one row per live item)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.models import ContentItem


def fold(value: str) -> str:
    """Lower-case and strip diacritics (á→a, č→c, ŧ→t; æ, ø, å kept as letters)."""
    value = unicodedata.normalize("NFKD", value.lower())
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    # Letters that do not decompose but should still match their plain form.
    return value.translate(_EXTRA_FOLD)


_EXTRA_FOLD = str.maketrans({"đ": "d", "ŧ": "t", "ŋ": "n"})


def _row(item: Any) -> dict[str, str]:
    tags = " ".join(list(item.tags or []) + list(item.audiences or []))
    return {
        "item_id": item.id,
        "title": item.title or "",
        "summary": item.summary or "",
        "body": item.body or "",
        "tags": tags,
    }


def _sqlite_rows(rows: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    # unicode61 folds most diacritics but not đ/ŧ/ŋ: a folded copy of title and summary
    # goes in its own column so those match too, while the shown columns stay intact.
    out = []
    for r in rows:
        folded = fold(f"{r['title']} {r['summary']}")
        out.append({**r, "folded": folded})
    return out


def index_item(session: Session, item: ContentItem) -> None:
    """Replace an item's row in the search index (remove it when deleted)."""
    remove_items(session, [item.id])
    if item.deleted_at is None:
        insert_rows(session, [_row(item)])


def remove_items(session: Session, ids: list[str]) -> None:
    """Remove items from the search index."""
    for item_id in ids:
        session.execute(text("DELETE FROM item_fts WHERE item_id = :id"), {"id": item_id})


def insert_rows(session: Session, rows: list[dict[str, str]]) -> None:
    """Insert index rows (item_id, title, summary, body, tags) in one statement."""
    if not rows:
        return
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text(
                "INSERT INTO item_fts (item_id, title, summary, body, tags, folded) "
                "VALUES (:item_id, :title, :summary, :body, :tags, :folded)"
            ),
            _sqlite_rows(rows),
        )
        return
    session.execute(
        text(
            "INSERT INTO item_fts (item_id, title, summary, body, tags, tsv, title_tsv) VALUES "
            "(:item_id, :title, :summary, :body, :tags, "
            "setweight(to_tsvector('simple', :ftitle), 'A') || "
            "setweight(to_tsvector('simple', :ftags), 'B') || "
            "setweight(to_tsvector('simple', :fsummary), 'C') || "
            "setweight(to_tsvector('simple', :fbody), 'D'), to_tsvector('simple', :ftitle))"
        ),
        [
            {
                **r,
                "ftitle": fold(r["title"]),
                "ftags": fold(r["tags"]),
                "fsummary": fold(r["summary"]),
                "fbody": fold(r["body"])[:500_000],
            }
            for r in rows
        ],
    )


def rebuild(session: Session, batch: int = 5000) -> int:
    """Rebuild the whole index from the live items (after a bulk import). Returns row count."""
    session.execute(text("DELETE FROM item_fts"))
    result = session.execute(
        text(
            "SELECT id, title, summary, body, tags, audiences FROM content_item "
            "WHERE deleted_at IS NULL"
        )
    )
    count = 0
    while chunk := result.fetchmany(batch):
        rows = []
        for r in chunk:
            tags = _json_list(r.tags) + _json_list(r.audiences)
            rows.append(
                {
                    "item_id": r.id,
                    "title": r.title or "",
                    "summary": r.summary or "",
                    "body": r.body or "",
                    "tags": " ".join(tags),
                }
            )
        insert_rows(session, rows)
        count += len(rows)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO item_fts(item_fts) VALUES ('optimize')"))
    return count


def _json_list(value: Any) -> list[str]:
    import json

    if value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value]
