"""The read side for the front ends: what gui/ and cli/ show, as plain rows and views.

Every function takes a Session (the caller's DB worker owns it) and returns frozen
dataclasses, tuples or dicts, never ORM objects. The ORM and SQL stay in content/.
The ORM is imported inside the functions: the GUI imports this module at start-up and
shows the library list through Core before the ORM has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from content.modules.minutes import module_minutes
from content.words import sort_key, sql_sort_key

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from content.library import EntityRow, RevisionRow, UseRef

SEARCH_CAP = 2000  # the library list shows at most this many search hits


# -- library list -----------------------------------------------------------------------


ItemLine = tuple[str, str, str, int, str]  # id, kind, status, revision, title


def item_lines(conn: Connection, kind: str | None = None) -> list[ItemLine]:
    """Return (id, kind, status, revision, title) of every live item, sorted by title.

    The lean listing of content.library.list_items (same rows, same order) for the
    command line: one SQL statement on the driver's cursor, no ORM (give it
    content.store.read_connection), no timestamps converted.
    """
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = "SELECT id, kind, status, revision, title FROM content_item WHERE deleted_at IS NULL"
    params: tuple[str, ...] = ()
    if kind:
        sql += f" AND kind = {marker}"
        params = (kind,)
    # The driver's own cursor: its tuples as they are, without a Row made for each.
    cursor = conn.connection.cursor()
    try:
        order = sql_sort_key("title", conn.dialect.name)  # Norwegian, as list_items
        cursor.execute(f"{sql} ORDER BY {order}, id", params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


@dataclass(frozen=True)
class LibraryQuery:
    """What the library list shows: search text, filters and sort order."""

    text: str = ""
    kind: str = ""
    tag: str = ""
    audience: str = ""
    status: str = ""
    sort_column: int = 0  # -1: by search rank
    descending: bool = False


Row = tuple[str, str, str, str, datetime | None]  # id, kind, title, status, updated_at


_BROWSE_ORDER = ("title", "kind", "status", "updated_at")


def browse_rows(conn: Connection, q: LibraryQuery, offset: int, limit: int) -> list[Row]:
    """Return one page of the library without search text, through Core only (no ORM)."""
    from sqlalchemy import text

    from db.types import UTCDateTime

    where = ["deleted_at IS NULL"]
    params: dict[str, str | int] = {"limit": limit, "offset": offset}
    if q.kind:
        where.append("kind = :kind")
        params["kind"] = q.kind
    if q.status:
        where.append("status = :status")
        params["status"] = q.status
    for facet, value in (("tag", q.tag), ("audience", q.audience)):
        if value:
            where.append(
                f"id IN (SELECT item_id FROM item_label WHERE facet = '{facet}' "
                f"AND value = :{facet})"
            )
            params[facet] = value
    column = _BROWSE_ORDER[max(0, q.sort_column)]
    if column == "title":
        column = sql_sort_key("title", conn.dialect.name)
    order = column + (" DESC" if q.descending else " ASC")
    sql = text(
        f"SELECT id, kind, title, status, updated_at FROM content_item "
        f"WHERE {' AND '.join(where)} ORDER BY {order}, id LIMIT :limit OFFSET :offset"
    ).columns(updated_at=UTCDateTime())
    return [(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(sql, params)]


def fetch_rows(session: Session, q: LibraryQuery, offset: int, limit: int) -> list[Row]:
    """Return one page of rows for a query (runs in the DB worker)."""
    if q.text.strip():
        return _search_rows(session, q, offset, limit)
    return browse_rows(session.connection(), q, offset, limit)


def _search_rows(session: Session, q: LibraryQuery, offset: int, limit: int) -> list[Row]:
    from sqlalchemy import select

    from content.search.query import search
    from db.models import ContentItem as C

    hits = search(
        session,
        q.text,
        kinds=[q.kind] if q.kind else None,
        statuses=[q.status] if q.status else None,
        tags=[q.tag] if q.tag else None,
        audiences=[q.audience] if q.audience else None,
        limit=min(offset + limit, SEARCH_CAP),
        snippets=False,
    )[offset:]
    ids = [h.id for h in hits]
    stamps = (
        dict(session.execute(select(C.id, C.updated_at).where(C.id.in_(ids))).all()) if ids else {}
    )
    rows: list[Row] = [(h.id, h.kind, h.title, h.status, stamps.get(h.id)) for h in hits]
    if q.sort_column >= 0:
        key = [2, 1, 3, 4][q.sort_column]
        rows.sort(key=lambda r: _row_key(r, key), reverse=q.descending)
    return rows


def _row_key(row: Row, column: int) -> tuple[bool, str | datetime]:
    """Return a row's sort key for a column: titles in Norwegian order, empty last."""
    value = row[column]
    if isinstance(value, str) and column == 2:  # the title column
        value = sort_key(value)
    return (value is None, value or "")


# -- navigator and inspector -----------------------------------------------------------


@dataclass(frozen=True)
class NavigatorView:
    """What the navigator shows: live items counted by kind, the modules and curricula."""

    counts: dict[str, int]
    modules: list[EntityRow]
    curricula: list[EntityRow]


def load_navigator(session: Session) -> NavigatorView:
    """Return counts by kind and the module and curriculum lists (DB worker)."""
    from sqlalchemy import text

    from content.library import list_curricula, list_modules

    counts: dict[str, int] = dict(
        session.execute(
            text("SELECT kind, count(*) FROM content_item WHERE deleted_at IS NULL GROUP BY kind")
        ).all()
    )
    return NavigatorView(counts, list_modules(session), list_curricula(session))


def _titles(session: Session, ids: list[str]) -> dict[str, str]:
    """Return the titles of the items with these ids (missing ones left out)."""
    from sqlalchemy import select

    from db.models import ContentItem

    if not ids:
        return {}
    stmt = select(ContentItem.id, ContentItem.title).where(ContentItem.id.in_(ids))
    return {row_id: title for row_id, title in session.execute(stmt)}


@dataclass(frozen=True)
class InspectorView:
    """What the inspector shows of an item: relations (with titles), where-used, history."""

    title: str
    relations: list[dict[str, Any]]
    titles: dict[str, str]
    used: list[UseRef]
    history: list[RevisionRow]


def load_inspector(session: Session, item_id: str) -> InspectorView:
    """Return an item's relations (with titles), where-used and history (DB worker)."""
    from content.library import get_state, history, item_where_used

    state = get_state(session, "item", item_id)
    titles = _titles(session, [r["target_id"] for r in state["relations"]])
    return InspectorView(
        state["title"],
        state["relations"],
        titles,
        item_where_used(session, item_id),
        history(session, "item", item_id)[:50],
    )


@dataclass(frozen=True)
class ItemView:
    """An item as the editor loads it: its state, its history and the titles it points to."""

    state: dict[str, Any]
    history: list[RevisionRow]
    titles: dict[str, str]


def load_item(session: Session, item_id: str) -> ItemView:
    """Return an item's state, its history and the titles it points to (DB worker)."""
    from content.library import get_state, history

    state = get_state(session, "item", item_id)
    ids = [r["target_id"] for r in state["relations"]]
    ids += [c["source_id"] for c in state["citations"]]
    return ItemView(state, history(session, "item", item_id), _titles(session, ids))


# -- module and curriculum views ---------------------------------------------------------


@dataclass(frozen=True)
class ItemInfo:
    """What the outline shows about a referenced item."""

    id: str
    kind: str
    title: str
    status: str
    revision: int
    deleted: bool = False


@dataclass(frozen=True)
class ModuleView:
    """A module's state plus the items its blocks reference (read in one go)."""

    state: dict[str, Any]
    items: dict[str, ItemInfo]

    @property
    def revision(self) -> int:
        """Return the module revision this view was read at."""
        return int(self.state["revision"])


def load_module_view(session: Session, module_id: str) -> ModuleView:
    """Read a module and the items it references (runs in the DB worker)."""
    from content.library import get_state
    from db.models import ContentItem

    state = get_state(session, "module", module_id)
    ids = {b["item_id"] for s in state["sections"] for b in s["blocks"] if b.get("item_id")}
    items = {}
    for iid in ids:
        obj = session.get(ContentItem, iid)
        if obj is not None:
            items[iid] = ItemInfo(obj.id, obj.kind, obj.title, obj.status, obj.revision,
                                  obj.deleted_at is not None)
    return ModuleView(state, items)


@dataclass(frozen=True)
class ModuleInfo:
    """A module as the builder lists it."""

    id: str
    title: str
    code: str
    minutes: int
    deleted: bool = False


@dataclass(frozen=True)
class CurriculumView:
    """A curriculum's state plus every module it can use (read in one go)."""

    state: dict[str, Any]
    modules: dict[str, ModuleInfo]

    def session_minutes(self, session: dict[str, Any]) -> int:
        """Return the summed minutes of a session's (live) modules."""
        infos = (self.modules.get(e["module_id"]) for e in session["modules"])
        return sum(m.minutes for m in infos if m is not None and not m.deleted)


def load_curriculum_view(session: Session, curriculum_id: str) -> CurriculumView:
    """Read a curriculum and the modules (runs in the DB worker)."""
    from content.library import get_state

    state = get_state(session, "curriculum", curriculum_id)
    used = {e["module_id"] for s in state["sessions"] for e in s["modules"]}
    modules = {}
    from db.models import Module

    ordered = sorted(session.query(Module), key=lambda m: (sort_key(m.code), sort_key(m.title)))
    for m in ordered:
        if m.deleted_at is None or m.id in used:
            modules[m.id] = ModuleInfo(m.id, m.title, m.code, module_minutes(m),
                                       m.deleted_at is not None)
    return CurriculumView(state, modules)


# -- pickers -----------------------------------------------------------------------------


def find_targets(
    session: Session, text: str, kinds: list[str], exclude: str = "", limit: int = 200
) -> list[tuple[str, str, str]]:
    """Return (id, kind, title) of items of the given kinds matching the text."""
    if text.strip():
        from content.search.query import search

        hits = search(session, text, kinds=kinds, limit=limit, snippets=False)
        return [(h.id, h.kind, h.title) for h in hits if h.id != exclude]
    from sqlalchemy import select
    from sqlalchemy import text as sql

    from db.models import ContentItem as C

    order = sql(sql_sort_key("content_item.title", session.get_bind().dialect.name))
    stmt = (select(C.id, C.kind, C.title).where(C.deleted_at.is_(None), C.kind.in_(kinds),
                                                 C.id != exclude)
            .order_by(order).limit(limit))
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


# -- titles -------------------------------------------------------------------------------


def titles_of(session: Session, ids: set[str] | list[str]) -> dict[str, str]:
    """Return the titles of the items and modules with these ids (missing ones left out)."""
    from sqlalchemy import select

    from db.models import ContentItem, Module

    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for cls in (ContentItem, Module):
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = session.execute(select(cls.id, cls.title).where(cls.id.in_(chunk)))
            found.update({row_id: title for row_id, title in rows})
    return found


# -- where-used, pinned updates, entity look-up ------------------------------------------


@dataclass(frozen=True)
class WhereUsed:
    """An item's title and the places that use it (before retiring or deleting it)."""

    title: str
    refs: list[UseRef]


def load_where_used(session: Session, item_id: str) -> WhereUsed:
    """Return an item's title and where it is used; NotFoundError if there is no such item."""
    from content.library import get_entity, item_where_used

    return WhereUsed(get_entity(session, "item", item_id).title, item_where_used(session, item_id))


@dataclass(frozen=True)
class PinnedUpdate:
    """A pinned item's state at its pin, its newest state and newest revision."""

    pinned: dict[str, Any]
    latest: dict[str, Any]
    latest_revision: int


def load_pinned_update(session: Session, item_id: str, pinned: int) -> PinnedUpdate:
    """Return an item at a pinned revision beside its newest state (for "update the pin")."""
    from content.aggregates import item_state
    from content.library import get_entity, state_at

    obj = get_entity(session, "item", item_id)
    return PinnedUpdate(state_at(session, "item", item_id, pinned), item_state(obj), obj.revision)


@dataclass(frozen=True)
class EntityRef:
    """An item, module or curriculum named by its type, id, title and revision."""

    entity_type: str  # item | module | curriculum
    id: str
    title: str
    revision: int


def find_entity_ref(session: Session, entity_id: str) -> EntityRef:
    """Find what an id (or unique id prefix of 8+ chars) names; NotFoundError if nothing."""
    from content.library import find_entity

    etype, obj = find_entity(session, entity_id)
    return EntityRef(etype, obj.id, obj.title, obj.revision)
