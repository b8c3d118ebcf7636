"""Team library: the server side — connecting (with timeouts), init, members and roles.

``connect_server`` refuses an unreachable server within ``CONNECT_TIMEOUT`` (offline, never
a hang) and a server whose schema is newer than this Kursverk; ``init_server`` creates or
upgrades the schema with Alembic and installs the roles (``db.team_roles``).
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from content.errors import ContentError
from db import team_roles
from db.engine import (
    Library,
    is_sqlite,
    make_engine,
    open_library,
    to_url,
)
from db.schema_version import HEAD

CONNECT_TIMEOUT = 5.0  # seconds before an unreachable server counts as offline
LOCK_TIMEOUT_MS = 15_000  # waiting for another sync or writer on the server



class TeamError(ContentError):
    """A team-library operation cannot be done (not a working copy, wrong server, ...)."""


class OfflineError(TeamError):
    """The team server cannot be reached: work goes on offline."""


# -- server connection ---------------------------------------------------------------------


def server_display(url: str) -> str:
    """Return a server URL as shown to people (no password)."""
    return make_url(url).render_as_string(hide_password=True)


def without_password(url: str) -> str:
    """Return a server URL with its password left out (what a working copy remembers)."""
    # URL.set ignores None: a password given in the URL would stay.
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def _timeout_s() -> float:
    try:
        return float(os.environ.get("KURSVERK_CONNECT_TIMEOUT", CONNECT_TIMEOUT))
    except ValueError:
        return CONNECT_TIMEOUT


def _check_server_url(url: str) -> str:
    url = to_url(url)
    if is_sqlite(url) or make_url(url).get_backend_name() != "postgresql":
        raise TeamError(f"{server_display(url)} is not a PostgreSQL URL (postgresql://…)")
    if make_url(url).drivername == "postgresql":
        url = make_url(url).set(drivername="postgresql+psycopg").render_as_string(
            hide_password=False
        )
    return url


def _server_engine(url: str, password: str | None = None) -> Any:
    timeout = max(1, round(_timeout_s()))
    args: dict[str, Any] = {
        "connect_timeout": timeout,
        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
    }
    if password is not None:  # from the keyring or asked for: never part of the URL
        args["password"] = password
    return make_engine(url, connect_args=args)


def _reach(url: str) -> tuple[Any, str | None, str | None]:
    """Return an engine on a reachable server, its schema version, and the password used.

    The password is libpq's own (None), or the keyring's or the user's when libpq has
    none (``content.sync.credentials``).
    """
    from content.sync.credentials import with_password

    def attempt(password: str | None) -> tuple[Any, str | None, str | None]:
        engine = _server_engine(url, password)
        return engine, _probe(engine, url), password

    return with_password(url, attempt)


def _probe(engine: Any, url: str) -> str | None:
    """Reach the server (or raise OfflineError); return its schema version."""
    try:
        with engine.connect() as conn:
            if "alembic_version" not in inspect(conn).get_table_names():
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc) else "no answer"
        raise OfflineError(
            f"The team server {server_display(url)} cannot be reached ({reason}). "
            "You are offline: keep working, your changes stay in this library and go "
            "to the server at the next sync."
        ) from exc
    return str(row[0]) if row else None


def check_password(url: str, password: str) -> None:
    """Connect once with a password; raise OfflineError when refused or unreachable."""
    url = _check_server_url(url)
    engine = _server_engine(url, password)
    _probe(engine, url)
    engine.dispose()


def connect_server(url: str) -> Library:
    """Open the team server for a sync or clone; refuse an older or newer schema."""
    url = _check_server_url(url)
    engine, version, _password = _reach(url)
    if version == HEAD:
        return Library(url, engine)
    engine.dispose()
    if version is None:
        raise TeamError(
            f"{server_display(url)} is not a Kursverk team library; "
            "set it up with `team init URL` first."
        )
    from db.migrate import known_revisions

    if version not in known_revisions():
        raise TeamError(
            f"The team server {server_display(url)} has a newer schema ({version}) than this "
            f"Kursverk knows ({HEAD}); update Kursverk to sync with it. Nothing was changed."
        )
    raise TeamError(
        f"The team server {server_display(url)} has an older schema ({version}); "
        f"upgrade it with `team init URL` (schema {HEAD})."
    )


def init_server(url: str) -> str:
    """Create the team library’s schema on a server, or upgrade it; return its version."""
    url = _check_server_url(url)
    engine, _version, password = _reach(url)
    engine.dispose()
    if password is not None:  # in memory only, for this engine
        url = make_url(url).set(password=password).render_as_string(hide_password=False)
    lib = open_library(url)  # creates or upgrades with Alembic; refuses a newer schema
    try:
        with lib.engine.begin() as conn:
            team_roles.install_roles(conn)
            return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar())
    except ProgrammingError as exc:
        raise _refused(exc, "set up the team library (it needs the database’s owner)") from exc
    finally:
        lib.dispose()


def _refused(exc: ProgrammingError, what: str) -> TeamError:
    first = str(exc.orig or exc).strip().splitlines()[0]
    return TeamError(f"The team server refused to {what}: {first}.")


def is_denied(exc: BaseException) -> bool:
    """Tell whether the server refused an operation for lack of privilege (SQLSTATE 42501)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"


def set_member(url: str, login: str, role: str | None) -> None:
    """Give a login a role on the team server (None removes it); needs an administrator."""
    role = _role_id(role) if role is not None else None
    server = connect_server(url)
    try:
        with server.engine.begin() as conn:
            team_roles.set_member(conn, login, role)
    except ProgrammingError as exc:
        raise _refused(exc, "change the members (only an administrator may)") from exc
    finally:
        server.dispose()


def list_members(url: str) -> list[tuple[str, str]]:
    """Return (login, role label) of every member of the team library."""
    server = connect_server(url)
    try:
        with server.engine.connect() as conn:
            return [(m, team_roles.ROLE_LABELS[r]) for m, r in team_roles.members(conn)]
    finally:
        server.dispose()


def _role_id(role: str) -> str:
    wanted = role.strip().lower().replace("ø", "o")
    if wanted not in team_roles.ROLES:
        raise TeamError(
            f"unknown role {role!r}; the roles are {', '.join(team_roles.ROLE_LABELS.values())}"
        )
    return wanted
