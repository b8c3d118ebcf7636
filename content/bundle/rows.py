"""Turn checked bundle entities into table rows and insert them in bulk (a column at a time)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache, partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, Table, insert
from sqlalchemy.orm import Session

from content.bundle.common import SLIM
from db.engine import json_dumps
from db.models import (
    Block,
    Citation,
    CurriculumSession,
    ItemLabel,
    ItemRelation,
    Section,
    SessionModule,
)
from db.search_schema import fts_rowid
from db.types import UTCDateTime

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect

Step = Callable[[Session], None]

_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows with one DBAPI executemany (see inserter)."""
    inserter(session.get_bind().dialect, table, rows)(session)


def inserter(dialect: Dialect, table: Table, rows: list[dict[str, Any]]) -> Step:
    """Convert rows with the columns' own types now; return the step that inserts them.

    Core's executemany spends most of its time building parameters row by row; here each
    column is converted in one go, its bind processor looked up once. Other paramstyles
    fall back to Core.
    """
    if not rows:
        return lambda session: None
    marker = _MARKERS.get(dialect.paramstyle)
    if marker is None:

        def core_insert(session: Session) -> None:
            session.execute(insert(table), rows)

        return core_insert
    names = list(rows[0])
    procs = [_processor(table.c[n], dialect) for n in names]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([marker] * len(names))})"
    )
    # Whole rows and whole columns at a time with C loops (itemgetter, map, zip), not
    # value by value in Python.
    getter = itemgetter(*names) if len(names) > 1 else (lambda r: (r[names[0]],))
    chunks = []
    for start in range(0, len(rows), 20_000):
        params = list(map(getter, rows[start : start + 20_000]))
        if any(p is not None for p in procs):
            columns = list(zip(*params))
            params = list(zip(*(
                col if p is None else list(map(p, col))
                for col, p in zip(columns, procs, strict=True)
            )))
        chunks.append(params)

    def insert_rows(session: Session) -> None:
        conn = session.connection()
        for params in chunks:
            conn.exec_driver_sql(sql, params)

    return insert_rows


def _processor(column: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """Return a column's bind conversion.

    Cached for dates and times, which repeat (created, updated, changed); straight to
    the serializer for JSON.
    """
    if isinstance(column.type, JSON) and dialect.name == "sqlite":
        none = None if column.type.none_as_null else "null"
        return lambda v: none if v is None else json_dumps(v)
    proc: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    if proc is not None and isinstance(column.type, UTCDateTime):
        return lru_cache(maxsize=65_536)(partial(stored_time, proc, dialect.name == "sqlite"))
    if proc is not None and isinstance(column.type, Date):
        return lru_cache(maxsize=65_536)(proc)
    return proc


def stored_time(proc: Callable[[Any], Any], sqlite: bool, value: Any) -> Any:
    """Convert a timestamp (a bundle's ISO text, or a datetime) to what the column stores.

    The usual bundle form, whole seconds in UTC, is rewritten as SQLite's text directly
    (tests/content/bundle/test_bundle.py checks it against SQLAlchemy's); the import checked
    before that every timestamp names a real moment.
    """
    if value.__class__ is str:
        if sqlite and len(value) == 25 and value[10] == "T" and value[19:] == "+00:00":
            return f"{value[:10]} {value[11:19]}.000000"
        value = datetime.fromisoformat(value)
    return proc(value)


def _stamps(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d["id"],
        "revision": d["revision"],
        "created_at": d["created_at"],  # ISO text: converted as rows go in (stored_time)
        "created_by": d["created_by"],
        "updated_at": d["updated_at"],
        "updated_by": d["updated_by"],
        "deleted_at": d["deleted_at"],
        "language": d["language"],
        "status": d["status"],
        "title": d["title"],
        "audiences": d["audiences"],
        "starter": d["starter"],
    }


def _item_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **_stamps(d),
        "search_rowid": fts_rowid(d["id"]),
        "kind": d["kind"],
        "summary": d["summary"],
        "body": d["body"],
        "fields": d["fields"],
        "tags": d["tags"],
    }


def _module_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **_stamps(d),
        "code": d["code"],
        "description": d["description"],
        "objectives": d["objectives"],
        "duration_minutes": d["duration_minutes"],
    }


def _curriculum_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **_stamps(d),
        "programme": d["programme"],
        "description": d["description"],
        "edition": d["edition"],
        "edition_date": _date(d["edition_date"]),
    }


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


ENTITY_ROWS = {"item": _item_row, "module": _module_row, "curriculum": _curriculum_row}


def _item_children(entities: list[dict[str, Any]]) -> list[tuple[Any, list[dict[str, Any]]]]:
    relations: list[dict[str, Any]] = []
    citations: list[dict[str, Any]] = []
    for d in entities:
        relations += [
            {
                "id": r["id"],
                "source_id": d["id"],
                "target_id": r["target_id"],
                "relation_type": r["type"],
                "note": r["note"],
                "position": i,
            }
            for i, r in enumerate(d["relations"])
        ]
        citations += [
            {
                "id": c["id"],
                "item_id": d["id"],
                "source_id": c["source_id"],
                "locator": c["locator"],
                "position": i,
            }
            for i, c in enumerate(d["citations"])
        ]
    labels = item_labels([d for d in entities if SLIM not in d])  # a slim one's are written
    return [
        (ItemRelation.__table__, relations),
        (Citation.__table__, citations),
        (ItemLabel.__table__, labels),
    ]


def item_labels(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the label rows (tags and audiences) of whole items."""
    labels: list[dict[str, Any]] = []
    for d in entities:
        labels += [
            {"item_id": d["id"], "facet": "tag", "value": t} for t in dict.fromkeys(d["tags"])
        ]
        labels += [
            {"item_id": d["id"], "facet": "audience", "value": a}
            for a in dict.fromkeys(d["audiences"])
        ]
    return labels


def _module_children(entities: list[dict[str, Any]]) -> list[tuple[Any, list[dict[str, Any]]]]:
    sections, blocks = [], []
    for d in entities:
        for i, s in enumerate(d["sections"]):
            sections.append(
                {"id": s["id"], "module_id": d["id"], "position": i, "title": s["title"]}
            )
            blocks += [
                {**b, "section_id": s["id"], "position": j} for j, b in enumerate(s["blocks"])
            ]
    return [(Section.__table__, sections), (Block.__table__, blocks)]


def _curriculum_children(
    entities: list[dict[str, Any]],
) -> list[tuple[Any, list[dict[str, Any]]]]:
    sessions, entries = [], []
    for d in entities:
        for i, s in enumerate(d["sessions"]):
            sessions.append(
                {
                    "id": s["id"],
                    "curriculum_id": d["id"],
                    "position": i,
                    "title": s["title"],
                    "session_date": _date(s["date"]),
                    "start_time": s["start_time"],
                }
            )
            entries += [
                {"id": m["id"], "session_id": s["id"], "module_id": m["module_id"], "position": j}
                for j, m in enumerate(s["modules"])
            ]
    return [(CurriculumSession.__table__, sessions), (SessionModule.__table__, entries)]


CHILD_ROWS = {
    "item": _item_children,
    "module": _module_children,
    "curriculum": _curriculum_children,
}
