"""Keep the full-text index of items current (one row per live item).

On SQLite the index is contentless (db.search_schema): it keeps no copy of the texts, so
taking a row out needs the values it was indexed with. Those are the item's stored
values, read *before* a change is written: every change of an item's indexed fields goes
through :func:`old_rows` first and :func:`replace` after (content.aggregates and the
bundle import), and the index's own row-size table tells whether an item is indexed.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from db.search_schema import (
    HEAD_COLUMNS,
    INDEX_COLUMNS,
    fill_sqlite_index,
    fts_rowid,
)
from db.search_text import fold, folded_extra

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy.orm import Session

__all__ = [
    "fold", "index_rows", "indexed_ids", "insert_rows", "old_rows", "rebuild", "replace",
    "row_of",
]

Row = dict[str, Any]


def row_of(
    item_id: str,
    kind: str,
    status: str,
    title: str | None,
    summary: str | None,
    body: str | None,
    tags: Iterable[Any] | None,
    audiences: Iterable[Any] | None,
) -> Row:
    """Return the index row of an item's values."""
    return {
        "item_id": item_id,
        "kind": kind,
        "status": status,
        "title": title or "",
        "summary": summary or "",
        "body": body or "",
        "tags": " ".join([str(t) for t in tags or ()] + [str(a) for a in audiences or ()]),
    }


def state_row(state: dict[str, Any]) -> Row:
    """Return the index row of an item state (content.aggregates)."""
    return row_of(
        state["id"], state["kind"], state["status"], state["title"], state["summary"],
        state["body"], state["tags"], state["audiences"],
    )


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _json_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(json.loads(value) if isinstance(value, str) else value)


def old_rows(session: Session, ids: Sequence[str]) -> list[Row]:
    """Return the index rows the search index holds for these items, from stored values.

    Call it before writing a change. Pending ORM changes are not flushed first: what is
    indexed is what was last written.
    """
    if not ids:
        return []
    indexed = (
        "AND EXISTS (SELECT 1 FROM item_fts_head_docsize d WHERE d.id = c.search_rowid)"
        if _is_sqlite(session)
        else "AND EXISTS (SELECT 1 FROM item_fts f WHERE f.item_id = c.id)"
    )
    out: list[Row] = []
    with session.no_autoflush:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            names = ", ".join(f":i{n}" for n in range(len(chunk)))
            params = {f"i{n}": v for n, v in enumerate(chunk)}
            sql = (
                "SELECT c.id, c.kind, c.status, c.title, c.summary, c.body, c.tags, "
                f"c.audiences FROM content_item c WHERE c.id IN ({names}) {indexed}"
            )
            out += [_stored_row(r) for r in session.execute(text(sql), params)]
    return out


def _stored_row(r: Sequence[Any]) -> Row:
    """Return the index row of a stored item.

    The row is (id, kind, status, title, summary, body, tags, audiences) as content_item
    stores them (tags and audiences as JSON).
    """
    return row_of(r[0], r[1], r[2], r[3], r[4], r[5], _json_list(r[6]), _json_list(r[7]))


def replace(session: Session, old: list[Row], new: list[Row]) -> None:
    """Take the old rows out of the index and put the new ones in."""
    _delete_rows(session, old)
    insert_rows(session, new)


def _sqlite_rows(rows: Iterable[Row]) -> list[Row]:
    # unicode61 folds most diacritics but not đ/ŧ/ŋ: folded copies of such words go in a
    # column of their own, so those match too (db.search_text).
    return [
        {**r, "folded": folded_extra(f"{r['title']} {r['summary']}"),
         "rid": fts_rowid(r["item_id"])}
        for r in rows
    ]


def _insert_sql(table: str, columns: Sequence[str], command: str = "") -> str:
    if command:
        return (
            f"INSERT INTO {table} ({table}, rowid, {', '.join(columns)}) "
            f"VALUES ('{command}', :rid, {', '.join(':' + c for c in columns)})"
        )
    return (
        f"INSERT INTO {table} (rowid, {', '.join(columns)}) "
        f"VALUES (:rid, {', '.join(':' + c for c in columns)})"
    )


def _delete_rows(session: Session, rows: list[Row]) -> None:
    if not rows:
        return
    if _is_sqlite(session):
        # In rowid order, as insert_rows: a lower rowid makes FTS5 write its pending terms
        # out, and 1,000 unsorted deletes took 3 s instead of 0.03 s on a 100k index.
        params = sorted(_sqlite_rows(rows), key=lambda r: r["rid"])
        session.execute(text(_insert_sql("item_fts", INDEX_COLUMNS, "delete")), params)
        session.execute(text(_insert_sql("item_fts_head", HEAD_COLUMNS, "delete")), params)
    else:
        session.execute(
            text("DELETE FROM item_fts WHERE item_id = :id"), [{"id": r["item_id"]} for r in rows]
        )


def insert_rows(session: Session, rows: list[Row]) -> None:
    """Add index rows (item_id, kind, status, title, summary, body, tags) at once."""
    if not rows:
        return
    if _is_sqlite(session):
        params = sorted(_sqlite_rows(rows), key=lambda r: r["rid"])
        session.execute(text(_insert_sql("item_fts", INDEX_COLUMNS)), params)
        session.execute(text(_insert_sql("item_fts_head", HEAD_COLUMNS)), params)
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


def index_rows(states: list[dict[str, Any]]) -> list[Row]:
    """Return the index rows of item states, leaving out deleted items."""
    return [state_row(s) for s in states if not s.get("deleted")]


def indexed_ids(session: Session) -> list[str]:
    """Return the ids of the items the search index holds, sorted (for checks and tests)."""
    if _is_sqlite(session):
        sql = (
            "SELECT c.id FROM item_fts_docsize d JOIN content_item c ON c.search_rowid = d.id "
            "INTERSECT SELECT c.id FROM item_fts_head_docsize d "
            "JOIN content_item c ON c.search_rowid = d.id ORDER BY 1"
        )
    else:
        sql = "SELECT item_id FROM item_fts ORDER BY 1"
    return [r[0] for r in session.execute(text(sql))]


def rebuild(session: Session, batch: int = 5000) -> int:
    """Rebuild the whole index from the live items (after a bulk import). Returns row count."""
    if _is_sqlite(session):
        return fill_sqlite_index(session.connection())
    session.execute(text("DELETE FROM item_fts"))
    result = session.execute(
        text(
            "SELECT id, kind, status, title, summary, body, tags, audiences FROM content_item "
            "WHERE deleted_at IS NULL"
        )
    )
    count = 0
    while chunk := result.fetchmany(batch):
        rows = [_stored_row(r) for r in chunk]
        insert_rows(session, rows)
        count += len(rows)
    return count
