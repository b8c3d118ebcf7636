"""The full-text search index: FTS5 tables on SQLite, a tsvector table on PostgreSQL.

It lives outside the ORM metadata (it is derived data, rebuilt from content_item).
On SQLite there are two tables: ``item_fts`` over every text (matching) and the small
``item_fts_head`` over titles, summaries and tags, where ranking is cheap. Since v3 both
are contentless: the texts live once, in content_item, and an index row's FTS rowid is
the item's ``search_rowid``. Migrations call the versioned functions below, so an old
migration never changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from typing import TYPE_CHECKING, Any

from db.search_text import fold, folded_extra

if TYPE_CHECKING:
    from sqlalchemy import Connection

FTS_TABLE = "item_fts"
HEAD_TABLE = "item_fts_head"

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"

SQLITE_V1 = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5("
    "item_id UNINDEXED, title, summary, body, tags, folded, "
    f"{_TOKENIZE}, prefix = '2 3 4')"
)
# v2: kind and status are matchable columns, so filters run inside the index. Ranking and
# type-ahead use the small head table with long prefix indexes; the body index, which only
# fills up results, keeps the short ones (2-3 letters expand to the most terms).
SQLITE_V2 = (
    "CREATE VIRTUAL TABLE item_fts USING fts5("
    "item_id UNINDEXED, kind, status, title, summary, body, tags, folded, "
    f"{_TOKENIZE}, prefix = '2 3')"
)
SQLITE_HEAD_V2 = (
    "CREATE VIRTUAL TABLE item_fts_head USING fts5("
    "item_id UNINDEXED, kind, status, title, summary, tags, folded, "
    f"{_TOKENIZE}, prefix = '2 3 4 5 6 7 8')"
)

# v3: contentless (the texts are read from content_item), a folded copy only of the words
# the tokenizer does not fold itself (db.search_text), no positions in the body index
# (matching needs none; ranking runs on the head table), prefix indexes of 2-6 letters on
# the head table only. 100,000 items: 210 MB of index instead of 690 MB, built in a third
# of the time (and beside the other writes of an import).
SQLITE_V3 = (
    "CREATE VIRTUAL TABLE item_fts USING fts5("
    f"kind, status, title, summary, body, tags, folded, {_TOKENIZE}, content='', "
    "detail=column)"
)
SQLITE_HEAD_V3 = (
    "CREATE VIRTUAL TABLE item_fts_head USING fts5("
    f"kind, status, title, summary, tags, folded, {_TOKENIZE}, content='', prefix='2 3 4 5 6')"
)
INDEX_COLUMNS = ("kind", "status", "title", "summary", "body", "tags", "folded")
HEAD_COLUMNS = ("kind", "status", "title", "summary", "tags", "folded")

POSTGRES_V1 = (
    "CREATE TABLE IF NOT EXISTS item_fts ("
    "item_id VARCHAR(36) PRIMARY KEY, title TEXT, summary TEXT, body TEXT, tags TEXT, "
    "tsv TSVECTOR, title_tsv TSVECTOR)",
    "CREATE INDEX IF NOT EXISTS ix_item_fts_tsv ON item_fts USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS ix_item_fts_title_tsv ON item_fts USING GIN (title_tsv)",
)


def fts_rowid(item_id: str) -> int:
    """Return the FTS rowid of an item: a stable 63-bit hash of its id.

    Index rows are found by rowid (fast) rather than by the unindexed item_id column
    (a scan of every document), and a hash needs no mapping table.
    """
    digest = hashlib.blake2b(item_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ((1 << 63) - 1)


def create_search_index_v1(conn: Connection) -> None:
    """Create the first version of the index (migration 0001)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(SQLITE_V1)
    else:
        for ddl in POSTGRES_V1:
            conn.exec_driver_sql(ddl)


def add_head_index_v2(conn: Connection) -> None:
    """Rebuild the SQLite index as v2: rows by fts_rowid, kind/status columns, head table."""
    if conn.dialect.name != "sqlite":
        return
    _register_functions(conn)
    # Sorted by the new rowid: FTS5 loads in rowid order far faster (see content.search.index).
    conn.exec_driver_sql(
        "CREATE TEMP TABLE kv_fts_copy AS SELECT kv_fts_rowid(f.item_id) AS rid, f.item_id, "
        "c.kind, c.status, f.title, f.summary, f.body, f.tags, f.folded FROM item_fts f "
        "JOIN content_item c ON c.id = f.item_id ORDER BY 1"
    )
    conn.exec_driver_sql("DROP TABLE item_fts")
    conn.exec_driver_sql(SQLITE_V2)
    conn.exec_driver_sql(SQLITE_HEAD_V2)
    conn.exec_driver_sql(
        "INSERT INTO item_fts (rowid, item_id, kind, status, title, summary, body, tags, folded) "
        "SELECT * FROM kv_fts_copy"
    )
    conn.exec_driver_sql(
        "INSERT INTO item_fts_head (rowid, item_id, kind, status, title, summary, tags, folded) "
        "SELECT rid, item_id, kind, status, title, summary, tags, folded FROM kv_fts_copy"
    )
    conn.exec_driver_sql("DROP TABLE kv_fts_copy")


def drop_head_index_v2(conn: Connection) -> None:
    """Go back to the v1 index (downgrade of migration 0003)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts_head")
    conn.exec_driver_sql(
        "CREATE TEMP TABLE kv_fts_copy AS SELECT item_id, title, summary, body, tags, folded "
        "FROM item_fts"
    )
    conn.exec_driver_sql("DROP TABLE item_fts")
    conn.exec_driver_sql(SQLITE_V1)
    conn.exec_driver_sql("INSERT INTO item_fts SELECT * FROM kv_fts_copy")
    conn.exec_driver_sql("DROP TABLE kv_fts_copy")


def register_functions(raw: Any) -> None:
    """Give a SQLite DBAPI connection the SQL functions the index is built with.

    db.engine does this for every connection it opens; SQLite refuses to replace a
    function while statements are running, so a second registration is skipped.
    """
    for name, func in (
        ("kv_fts_rowid", fts_rowid),
        ("kv_folded_extra", folded_extra),
        ("kv_fold", fold),
    ):
        # already there when it fails: registered as the connection was opened
        with contextlib.suppress(sqlite3.OperationalError):
            raw.create_function(name, 1, func, deterministic=True)


def _register_functions(conn: Connection) -> None:
    register_functions(conn.connection.driver_connection)


# FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize' bytes
# (1 MB by default) and merges segments as they pile up. With 64 MB a 100,000-item
# rebuild writes a few big segments: 3.4 s instead of 5.9 s, and searches as fast.
HASH_SIZE = 64_000_000


def _create_v3_tables(conn: Connection) -> None:
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts_head")
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts")
    conn.exec_driver_sql(SQLITE_V3)
    conn.exec_driver_sql(SQLITE_HEAD_V3)
    for table in (FTS_TABLE, HEAD_TABLE):
        conn.exec_driver_sql(
            f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {HASH_SIZE})"
        )


# An item's tags and audiences as the index's text: content_item keeps them as JSON lists.
_TAGS = (
    "trim(coalesce((SELECT group_concat(value, ' ') FROM json_each(c.tags)), '') || ' ' || "
    "coalesce((SELECT group_concat(value, ' ') FROM json_each(c.audiences)), ''))"
)
# What each index column holds, as SQL over content_item c.
_COLUMN_SQL = {
    "kind": "c.kind",
    "status": "c.status",
    "title": "c.title",
    "summary": "c.summary",
    "body": "c.body",
    "tags": _TAGS,
    "folded": "kv_folded_extra(c.title || ' ' || c.summary)",
}


def fill_sqlite_index(conn: Connection) -> int:
    """Empty both v3 tables and index every live item again. Returns the row count.

    Each table is filled by one statement straight from content_item in rowid order
    (FTS5 writes its pending terms out whenever a rowid is lower than the last one, so
    unsorted rows would take three times as long). Nothing is staged: a temporary copy of
    100,000 items' texts would stay in memory (temp_store) until the import commits.
    """
    _register_functions(conn)
    for table in (FTS_TABLE, HEAD_TABLE):
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    for table, columns in ((FTS_TABLE, INDEX_COLUMNS), (HEAD_TABLE, HEAD_COLUMNS)):
        conn.exec_driver_sql(
            f"INSERT INTO {table} (rowid, {', '.join(columns)}) "
            f"SELECT c.search_rowid, {', '.join(_COLUMN_SQL[c] for c in columns)} "
            "FROM content_item c INDEXED BY ix_content_item_search_rowid "
            "WHERE c.deleted_at IS NULL ORDER BY c.search_rowid"
        )
    found = conn.exec_driver_sql("SELECT count(*) FROM item_fts_head_docsize").scalar()
    return int(found or 0)


def upgrade_to_v3(conn: Connection) -> None:
    """Replace the SQLite v2 index by the contentless v3 tables (migration 0004)."""
    if conn.dialect.name != "sqlite":
        return
    _create_v3_tables(conn)
    fill_sqlite_index(conn)


def downgrade_to_v2(conn: Connection) -> None:
    """Go back to the v2 tables, filled from content_item (downgrade of migration 0004)."""
    if conn.dialect.name != "sqlite":
        return
    _register_functions(conn)
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts_head")
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts")
    conn.exec_driver_sql(SQLITE_V2)
    conn.exec_driver_sql(SQLITE_HEAD_V2)
    for table, body in (("item_fts", "c.body, "), ("item_fts_head", "")):
        columns = f"rowid, item_id, kind, status, title, summary, {body[2:]}tags, folded"
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({columns}) SELECT kv_fts_rowid(c.id), c.id, c.kind, c.status, "
            f"c.title, c.summary, {body}{_TAGS}, kv_fold(c.title || ' ' || c.summary) "
            "FROM content_item c WHERE c.deleted_at IS NULL ORDER BY 1"
        )


def create_search_index(conn: Connection) -> None:
    """Create the newest index for a new library."""
    if conn.dialect.name == "sqlite":
        _create_v3_tables(conn)
    else:
        create_search_index_v1(conn)


def drop_search_index(conn: Connection) -> None:
    """Drop the search index tables."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts_head")
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts")


def is_search_table(name: str) -> bool:
    """Tell whether a table name belongs to the search index (FTS5 adds shadow tables)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")
