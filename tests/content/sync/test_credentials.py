"""Team server passwords: libpq first, then the system keyring, then asked; never in a file.

The server role here needs a password (a scram-sha-256 line put first in pg_hba.conf of
the throw-away server); the keyring is a small in-memory backend.
"""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cli.main import main
from content.sync import credentials, team
from content.sync.server import TeamError
from tests.conftest import PG_URL

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.skipif(
    not PG_URL or not os.environ.get("KURSVERK_PG_DATA"),
    reason="KURSVERK_TEST_PG_URL / KURSVERK_PG_DATA not set (bash .ci/pg-start sets both)",
)

SECRET = "hemmelig-Ø-9f3k"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict (the tests' system keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.set_password_prompt(None)
    yield backend
    keyring.set_keyring(before)
    credentials.set_password_prompt(None)


@pytest.fixture
def pw_url() -> Iterator[str]:
    """Return the URL (no password) of a team library whose login needs a password."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"kv_pw_{uuid.uuid4().hex[:10]}"
    login = f"{name}_anne"
    hba = Path(os.environ["KURSVERK_PG_DATA"]) / "pg_hba.conf"
    rule = f"host all {login} 127.0.0.1/32 scram-sha-256\n"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name)
    team.init_server(url.render_as_string(hide_password=False))
    team.set_member(url.render_as_string(hide_password=False), login, "redaktor")
    with admin.connect() as conn:
        conn.execute(text(f"ALTER ROLE \"{login}\" PASSWORD '{SECRET}'"))
        hba.write_text(rule + hba.read_text())
        conn.execute(text("SELECT pg_reload_conf()"))
    try:
        yield url.set(username=login).render_as_string(hide_password=False)
    finally:
        hba.write_text(hba.read_text().replace(rule, ""))
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_reload_conf()"))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            for role in ("redaktor", "gransker", "administrator"):
                conn.execute(text(f'DROP ROLE IF EXISTS "kv_{name}_{role}"'))
        admin.dispose()


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def assert_no_password_in(*folders: Path) -> None:
    """No file (SQLite library, its log, settings) holds the password in any form."""
    needles = [SECRET.encode(), SECRET.encode("utf-16-le"), quote(SECRET).encode()]
    found = [p for p in files_under(*folders) if any(n in p.read_bytes() for n in needles)]
    assert found == []
    assert files_under(*folders)  # the check read something


def test_without_keyring_entry_or_prompt_the_message_names_the_ways(
    ring: MemoryKeyring, pw_url: str, tmp_path: Path
) -> None:
    with pytest.raises(TeamError, match=r"wants a password for .*team login URL"):
        team.clone(pw_url, tmp_path / "anne.sqlite")
    assert not (tmp_path / "anne.sqlite").exists()


def test_a_password_in_the_keyring_clones_and_syncs_and_no_file_holds_it(
    ring: MemoryKeyring, pw_url: str, tmp_path: Path
) -> None:
    credentials.login(pw_url, SECRET)
    assert list(ring.store.values()) == [SECRET]
    (service, user), = ring.store
    assert service.startswith("Kursverk 127.0.0.1:")
    assert user.endswith("_anne")
    path = tmp_path / "anne.sqlite"
    team.clone(pw_url, path)
    lib = team.open_working_copy(str(path))
    try:
        report = team.sync(lib)
        assert report.role == "redaktør"
        assert team.server_of(lib) == pw_url  # remembered without password
    finally:
        lib.dispose()
    assert_no_password_in(tmp_path)


def test_a_refused_keyring_password_asks_and_remembers_the_right_one(
    ring: MemoryKeyring, pw_url: str, tmp_path: Path
) -> None:
    ring.set_password(credentials.keyring_service(pw_url), credentials.login_of(pw_url), "old")
    asked: list[tuple[str, str, bool]] = []

    def prompt(server: str, login: str, again: bool) -> tuple[str, bool] | None:
        asked.append((server, login, again))
        return ("wrong", False) if len(asked) == 1 else (SECRET, True)

    credentials.set_password_prompt(prompt)
    team.clone(pw_url, tmp_path / "anne.sqlite")
    assert [a[2] for a in asked] == [True, True]  # the keyring's was refused, then "wrong"
    assert asked[0][1] == credentials.login_of(pw_url)
    assert list(ring.store.values()) == [SECRET]


def test_cancelled_prompt_makes_nothing(ring: MemoryKeyring, pw_url: str, tmp_path: Path) -> None:
    credentials.set_password_prompt(lambda *_args: None)
    with pytest.raises(TeamError, match="No password given"):
        team.clone(pw_url, tmp_path / "anne.sqlite")
    assert not (tmp_path / "anne.sqlite").exists()


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_asks_with_getpass_and_login_logout_keep_the_keyring(
    ring: MemoryKeyring, pw_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return SECRET

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin", Tty())
    db = tmp_path / "anne.sqlite"
    assert main(["team", "clone", pw_url, "--db", str(db)]) == 0
    assert len(asked) == 1
    assert credentials.login_of(pw_url) in asked[0]
    assert ring.store == {}  # asked for, used once, not remembered
    assert main(["team", "login", pw_url]) == 0
    assert list(ring.store.values()) == [SECRET]
    assert main(["--db", str(db), "sync"]) == 0
    assert len(asked) == 2  # the sync took the keyring's password
    assert main(["team", "logout", pw_url]) == 0
    assert ring.store == {}
    monkeypatch.setattr("sys.stdin", io.StringIO())  # a script: never asks
    capsys.readouterr()
    assert main(["--db", str(db), "sync"]) == 1
    err = capsys.readouterr().err
    assert "wants a password" in err
    assert "Traceback" not in err
    assert len(asked) == 2
    assert_no_password_in(tmp_path)


def test_cli_login_without_keyring_says_so_and_writes_nothing(
    pw_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        monkeypatch.setattr("getpass.getpass", lambda *_a: SECRET)
        monkeypatch.setattr("sys.stdin", Tty())
        monkeypatch.chdir(tmp_path)
        assert main(["team", "login", pw_url]) == 1
        err = capsys.readouterr().err
        assert "no system keyring" in err
        assert "Traceback" not in err
        assert not credentials.keyring_available()
        # a prompted password asked to be remembered is used once, not written anywhere
        credentials.set_password_prompt(lambda *_a: (SECRET, True))
        team.clone(pw_url, tmp_path / "anne.sqlite")
    finally:
        keyring.set_keyring(before)
        credentials.set_password_prompt(None)
    assert_no_password_in(tmp_path)


def test_keyring_service_names_host_port_and_database() -> None:
    url = "postgresql+psycopg://anne@db.example.no:5433/kurs"
    assert credentials.keyring_service(url) == "Kursverk db.example.no:5433/kurs"
    assert credentials.login_of(url) == "anne"
    assert credentials.keyring_service("postgresql://anne@db.example.no/kurs").endswith(":5432/kurs")


def test_a_password_given_in_the_url_is_used_but_never_remembered(
    ring: MemoryKeyring, pw_url: str, tmp_path: Path
) -> None:
    with_password = make_url(pw_url).set(password=SECRET).render_as_string(hide_password=False)
    path = tmp_path / "anne.sqlite"
    team.clone(with_password, path)
    lib = team.open_working_copy(str(path))
    try:
        assert team.server_of(lib) == pw_url
        assert SECRET not in team.status(lib).server
    finally:
        lib.dispose()
    assert ring.store == {}
    assert_no_password_in(tmp_path)
