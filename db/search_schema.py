"""The full-text search index: an FTS5 table on SQLite, a tsvector table on PostgreSQL.

It lives outside the ORM metadata (it is derived data, rebuilt from content_item).
"""

from __future__ import annotations

from sqlalchemy import Connection

FTS_TABLE = "item_fts"

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5("
    "item_id UNINDEXED, title, summary, body, tags, folded, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
)

POSTGRES_DDL = (
    "CREATE TABLE IF NOT EXISTS item_fts ("
    "item_id VARCHAR(36) PRIMARY KEY, title TEXT, summary TEXT, body TEXT, tags TEXT, "
    "tsv TSVECTOR, title_tsv TSVECTOR)",
    "CREATE INDEX IF NOT EXISTS ix_item_fts_tsv ON item_fts USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS ix_item_fts_title_tsv ON item_fts USING GIN (title_tsv)",
)


def create_search_index(conn: Connection) -> None:
    """Create the search index table for the connection's dialect."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(SQLITE_DDL)
    else:
        for ddl in POSTGRES_DDL:
            conn.exec_driver_sql(ddl)


def drop_search_index(conn: Connection) -> None:
    """Drop the search index table."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS item_fts")


def is_search_table(name: str) -> bool:
    """Tell whether a table name belongs to the search index (FTS5 adds shadow tables)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")
