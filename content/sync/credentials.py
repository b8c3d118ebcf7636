"""Team library: the server password from the system keyring, or asked for.

libpq looks first (the URL, ``PGPASSWORD``, ``~/.pgpass``, the service file). When the
server refuses a connection for want of a password, the system keyring is asked (service
«Kursverk host:port/database», the login as user name), then the front end's prompt
(``set_password_prompt``: the GUI's password dialog, the CLI's getpass). A password the
user asks to remember goes into the keyring only; Kursverk never writes one to a file, and
a machine without a keyring backend gets a clear message instead.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.engine import make_url

from content.sync.server import TeamError, server_display

if TYPE_CHECKING:
    from collections.abc import Callable

    # (server as shown, login, an earlier password was refused) -> (password, remember),
    # or None when the user cancels
    PasswordPrompt = Callable[[str, str, bool], tuple[str, bool] | None]

SERVICE = "Kursverk"
PROMPT_TRIES = 3

T = TypeVar("T")

_prompt: PasswordPrompt | None = None


class KeyringUnavailableError(TeamError):
    """No usable system keyring on this machine (a headless server, CI)."""


def set_password_prompt(prompt: PasswordPrompt | None) -> None:
    """Let the front end ask for a password (None: never ask, e.g. a script)."""
    global _prompt  # noqa: PLW0603 - one prompt per process, set by its front end
    _prompt = prompt


def login_of(url: str) -> str:
    """Return the login libpq would use for a server URL."""
    return make_url(url).username or os.environ.get("PGUSER") or getpass.getuser()


def keyring_service(url: str) -> str:
    """Return the keyring's service name for a server: «Kursverk host:port/database»."""
    parsed = make_url(url)
    host = parsed.host or os.environ.get("PGHOST") or "localhost"
    port = parsed.port or int(os.environ.get("PGPORT") or 5432)
    database = parsed.database or os.environ.get("PGDATABASE") or login_of(url)
    return f"{SERVICE} {host}:{port}/{database}"


def require_keyring() -> object:
    """Return the keyring backend, or raise KeyringUnavailableError."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        raise _unavailable(exc) from exc
    if isinstance(backend, fail.Keyring):
        raise _unavailable(None)
    return backend


def _unavailable(exc: BaseException | None) -> KeyringUnavailableError:
    why = f" ({exc})" if exc is not None and str(exc) else ""
    return KeyringUnavailableError(
        f"This machine has no system keyring{why}; Kursverk never writes a password to a "
        "file. Put it in ~/.pgpass (chmod 600), a service file, or PGPASSWORD instead."
    )


def keyring_available() -> bool:
    """Tell whether a password can be remembered in the system keyring here."""
    try:
        require_keyring()
    except KeyringUnavailableError:
        return False
    return True


def stored_password(url: str) -> str | None:
    """Return the keyring's password for a server and login, or None (also without keyring)."""
    import keyring

    try:
        require_keyring()
        return keyring.get_password(keyring_service(url), login_of(url))
    except Exception:  # a locked or broken keyring counts as holding nothing
        return None


def store_password(url: str, password: str) -> None:
    """Remember a server's password in the system keyring (KeyringUnavailableError if none)."""
    import keyring

    require_keyring()
    try:
        keyring.set_password(keyring_service(url), login_of(url), password)
    except Exception as exc:
        raise _unavailable(exc) from exc


def forget_password(url: str) -> bool:
    """Remove a server's password from the keyring; tell whether one was there."""
    import keyring
    from keyring.errors import PasswordDeleteError

    require_keyring()
    try:
        keyring.delete_password(keyring_service(url), login_of(url))
    except PasswordDeleteError:
        return False
    except Exception as exc:
        raise _unavailable(exc) from exc
    return True


def password_refused(exc: BaseException | None) -> bool:
    """Tell whether a connection failed for want of the right password."""
    while exc is not None:
        orig = getattr(exc, "orig", None)
        if getattr(orig, "sqlstate", None) == "28P01":  # invalid_password
            return True
        text = str(orig or exc)
        if "no password supplied" in text or "password authentication failed" in text:
            return True
        exc = exc.__cause__
    return False


def with_password(url: str, attempt: Callable[[str | None], T]) -> T:
    """Run ``attempt`` with libpq's own password, then the keyring's, then asked for.

    ``attempt(password)`` connects (None: let libpq find the password) and raises when the
    server refuses; only a refused password leads on to the next source.
    """
    try:
        return attempt(None)
    except Exception as exc:
        if not password_refused(exc):
            raise
    stored = stored_password(url)
    if stored is not None:
        try:
            return attempt(stored)
        except Exception as exc:
            if not password_refused(exc):
                raise
    shown, login = server_display(url), login_of(url)
    prompt = _prompt
    if prompt is None:
        raise TeamError(
            f"The team server {shown} wants a password for {login}. Store it with "
            "`team login URL` (system keyring), in ~/.pgpass, or in PGPASSWORD."
        )
    for tries in range(PROMPT_TRIES):
        answer = prompt(shown, login, tries > 0 or stored is not None)
        if answer is None:
            raise TeamError(f"No password given for {login} on {shown}; nothing was done.")
        password, remember = answer
        try:
            result = attempt(password)
        except Exception as exc:
            if not password_refused(exc):
                raise
            continue
        if remember:
            # the front end offers remembering only where a keyring exists
            with contextlib.suppress(KeyringUnavailableError):
                store_password(url, password)
        return result
    raise TeamError(
        f"The team server {shown} refused the password for {login} {PROMPT_TRIES} times."
    )


def login(url: str, password: str) -> str:
    """Check a password on the server, then remember it in the keyring; return the login."""
    from content.sync.server import check_password

    require_keyring()  # no keyring: say so before asking the server anything
    try:
        check_password(url, password)
    except TeamError as exc:
        if password_refused(exc):
            raise TeamError(
                f"The team server {server_display(url)} refused the password for "
                f"{login_of(url)}; nothing was stored."
            ) from exc
        raise
    store_password(url, password)
    return login_of(url)
