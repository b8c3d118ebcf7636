"""Roles of a team library on PostgreSQL, enforced by the server (GRANTs and row security).

Three group roles per database (``kv_<database>_<role>``):

- *redaktør* (``redaktor``): reads and edits everything;
- *gransker* (reviewer): reads everything, writes review comments under its own login
  only (row-level security on ``review_comment``: author = the login), nothing else;
- *administrator*: a redaktør who adds and removes members and changes their roles.

No table grants writes on ``change_log``: the trigger filling it runs as its owner
(SECURITY DEFINER). Logins are PostgreSQL's own; Kursverk never sets a password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy import Connection

ROLES = ("redaktor", "gransker", "administrator")
ROLE_LABELS = {"redaktor": "redaktør", "gransker": "gransker", "administrator": "administrator"}


def role_name(conn: Connection, role: str) -> str:
    """Return the database's group role for a Kursverk role."""
    database = conn.execute(text("SELECT current_database()")).scalar()
    return f"kv_{database}_{role}"[:63]


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def install_roles(conn: Connection) -> dict[str, str]:
    """Create (or bring up to date) the group roles, their grants and policies."""
    names = {role: role_name(conn, role) for role in ROLES}
    for name in names.values():
        if not _exists(conn, name):
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN")
    red, gra, adm = (_q(conn, names[r]) for r in ROLES)
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {red}, {gra}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {red}, {gra}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {red}",
        f"REVOKE INSERT, UPDATE, DELETE ON change_log, alembic_version FROM {red}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {red}, {gra}",
        f"GRANT INSERT, UPDATE ON review_comment TO {gra}",
        f"GRANT {red} TO {adm} WITH ADMIN OPTION",
        f"GRANT {gra} TO {adm} WITH ADMIN OPTION",
        "ALTER FUNCTION kursverk_change_log() SECURITY DEFINER",
        "ALTER FUNCTION kursverk_change_log() SET search_path = public",
        "ALTER FUNCTION kursverk_comment_log() SECURITY DEFINER",
        "ALTER FUNCTION kursverk_comment_log() SET search_path = public",
        "ALTER TABLE review_comment ENABLE ROW LEVEL SECURITY",
    ]
    for name, rule in (
        ("kv_edit", f"FOR ALL TO {red} USING (true) WITH CHECK (true)"),
        ("kv_review_read", f"FOR SELECT TO {gra} USING (true)"),
        ("kv_review_insert", f"FOR INSERT TO {gra} WITH CHECK (author = current_user)"),
        (
            "kv_review_update",
            f"FOR UPDATE TO {gra} USING (author = current_user) "
            "WITH CHECK (author = current_user)",
        ),
    ):
        statements += [
            f"DROP POLICY IF EXISTS {name} ON review_comment",
            f"CREATE POLICY {name} ON review_comment {rule}",
        ]
    for sql in statements:
        conn.exec_driver_sql(sql)
    return names


def set_member(conn: Connection, login: str, role: str | None) -> None:
    """Give a login one Kursverk role (creating the login if new), or none (``None``)."""
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role}")
    who = _q(conn, login)
    if role is not None and not _exists(conn, login):
        conn.exec_driver_sql(f"CREATE ROLE {who} LOGIN")
    for other in ROLES:
        group = role_name(conn, other)
        if _exists(conn, group):
            conn.exec_driver_sql(f"REVOKE {_q(conn, group)} FROM {who}")
    if role is None:
        return
    conn.exec_driver_sql(f"GRANT {_q(conn, role_name(conn, role))} TO {who}")
    if role == "administrator":
        conn.exec_driver_sql(f"ALTER ROLE {who} CREATEROLE")


def members(conn: Connection) -> list[tuple[str, str]]:
    """Return (login, role) for every member, by login."""
    rows = []
    for role in ROLES:
        found = conn.execute(
            text(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :g AND m.rolcanlogin"
            ),
            {"g": role_name(conn, role)},
        )
        rows += [(str(login), role) for (login,) in found]
    return sorted(rows)


def current_role(conn: Connection) -> str | None:
    """Return the Kursverk role of the connected login (the owner counts as administrator)."""
    if conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar() or conn.execute(
        text("SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'content_item'")
    ).scalar():
        return "administrator"
    for role in ROLES[::-1]:
        group = role_name(conn, role)
        if _exists(conn, group) and conn.execute(
            text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": group}
        ).scalar():
            return role
    return None
