"""The change feed's triggers on PostgreSQL: revisions and review comments get change_log rows.

Writers are serialised by a transaction-level advisory lock taken in the trigger, so
sequence numbers are handed out in commit order and a reader that has seen ``seq`` N has
seen every change up to N. A working copy (SQLite) keeps no feed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Any fixed number: the advisory lock key of "writing the change feed".
FEED_LOCK = 7_310_013

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kursverk_change_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({FEED_LOCK});
    INSERT INTO change_log (entity_type, entity_id, revision, author, changed_at)
    SELECT entity_type, entity_id, revision, author, changed_at FROM new_rows ORDER BY id;
    RETURN NULL;
END $$
"""
# Review comments are rows with their own revision counter (no revision table rows).
_COMMENT_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kursverk_comment_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({FEED_LOCK});
    INSERT INTO change_log (entity_type, entity_id, revision, author, changed_at)
    VALUES ('comment', NEW.id, NEW.revision, NEW.author, now());
    RETURN NULL;
END $$
"""
_COMMENT_TRIGGER = """
CREATE TRIGGER review_comment_change_log AFTER INSERT OR UPDATE ON review_comment
FOR EACH ROW EXECUTE FUNCTION kursverk_comment_log()
"""
_TRIGGER = """
CREATE TRIGGER revision_change_log AFTER INSERT ON revision
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kursverk_change_log()
"""


def install_change_feed(conn: Connection) -> None:
    """Create the trigger that fills change_log (PostgreSQL only; SQLite keeps no feed)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(_FUNCTION)
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS revision_change_log ON revision")
    conn.exec_driver_sql(_TRIGGER)
    conn.exec_driver_sql(_COMMENT_FUNCTION)
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_comment_change_log ON review_comment")
    conn.exec_driver_sql(_COMMENT_TRIGGER)
    # Changes made before the feed existed: one entry for each entity's current revision.
    conn.exec_driver_sql(
        "INSERT INTO change_log (entity_type, entity_id, revision, author, changed_at) "
        "SELECT r.entity_type, r.entity_id, r.revision, r.author, r.changed_at FROM revision r "
        "WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.entity_type = r.entity_type "
        "AND c.entity_id = r.entity_id AND c.revision = r.revision) ORDER BY r.id"
    )
