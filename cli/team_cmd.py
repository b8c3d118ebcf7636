"""The team-library commands: team init|clone|conflicts|resolve, and sync."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from cli import output as out
from cli.progress_bar import run_with_progress
from content.progress import Progress
from content.words import count_text

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from content.store import Library


def ask_password(server: str, login: str, again: bool) -> tuple[str, bool] | None:
    """Ask for a team server's password on the terminal (not echoed, never stored)."""
    import getpass

    if again:
        out.warn("the server refused that password")
    try:
        password = getpass.getpass(f"Password for {login} on {server}: ")
    except (EOFError, KeyboardInterrupt):
        return None
    return (password, False) if password else None


def _interactive() -> None:
    """Let the commands that reach the server ask for its password on a terminal."""
    from content.sync.credentials import set_password_prompt

    set_password_prompt(ask_password if sys.stdin.isatty() else None)


def add_team_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `team …` and `sync` to the command line."""
    p = sub.add_parser("team", help="team library on PostgreSQL: init, clone, conflicts")
    what = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    q = what.add_parser("init", help="create or upgrade the team library’s schema on a server")
    q.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    q.set_defaults(handler=cmd_team_init)
    q = what.add_parser("clone", help="make an offline working copy (a SQLite file)")
    q.add_argument("url", metavar="URL")
    q.add_argument(
        "--db", dest="clone_db", metavar="FILE",
        help="the new working copy (default: --db before the command, $KURSVERK_DB, or "
        "the library in your data folder)",
    )
    q.set_defaults(handler=cmd_team_clone)
    q = what.add_parser("conflicts", help="list what the last syncs could not merge")
    q.add_argument("--json", action="store_true", help="print JSON on stdout")
    q.set_defaults(handler=cmd_team_conflicts)
    q = what.add_parser("resolve", help="resolve a conflict (then sync)")
    q.add_argument("id", metavar="ID", help="the entity’s id, or a unique prefix")
    take = q.add_mutually_exclusive_group(required=True)
    take.add_argument("--mine", dest="take", action="store_const", const="mine",
                      help="keep my version where both sides changed")
    take.add_argument("--theirs", dest="take", action="store_const", const="theirs",
                      help="take the server’s version where both sides changed")
    take.add_argument("--edited", dest="take", action="store_const", const="current",
                      help="keep the entity as I have edited it since")
    q.set_defaults(handler=cmd_team_resolve)
    q = what.add_parser("login", help="remember the server password in the system keyring")
    q.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    q.set_defaults(handler=cmd_team_login)
    q = what.add_parser("logout", help="forget the server password kept in the system keyring")
    q.add_argument("url", metavar="URL")
    q.set_defaults(handler=cmd_team_logout)
    _add_member_commands(what)
    p = sub.add_parser("sync", help="push local changes to the team server and pull theirs")
    p.add_argument("--status", action="store_true",
                   help="show server, last sync, changes waiting and conflicts (offline)")
    p.add_argument("--json", action="store_true", help="print JSON on stdout")
    p.set_defaults(handler=cmd_sync)


def _add_member_commands(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    q = what.add_parser("member", help="members and their roles (administrators only)")
    act = q.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    for name, text in (
        ("add", "give a login a role (creates the login; set its password in PostgreSQL)"),
        ("role", "change a member’s role"),
    ):
        r = act.add_parser(name, help=text)
        r.add_argument("login", metavar="LOGIN")
        r.add_argument("role", metavar="ROLE", help="redaktør, gransker or administrator")
        _server_option(r)
        r.set_defaults(handler=cmd_team_member)
    r = act.add_parser("remove", help="take a member’s role away (the login stays)")
    r.add_argument("login", metavar="LOGIN")
    _server_option(r)
    r.set_defaults(handler=cmd_team_member, role=None)
    r = act.add_parser("list", help="list the members and their roles")
    _server_option(r)
    r.set_defaults(handler=cmd_team_members)


def _server_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--server", metavar="URL",
        help="the team server (default: the server of the working copy named by --db)",
    )


def _server(ns: argparse.Namespace) -> str:
    _interactive()
    if ns.server:
        return str(ns.server)
    from content.sync.team import server_of

    with working_copy(ns) as lib:
        return server_of(lib)


def cmd_team_member(ns: argparse.Namespace) -> int:
    """Add, change or remove a member’s role."""
    from content.sync.server import set_member

    set_member(_server(ns), ns.login, ns.role)
    if ns.role is None:
        out.say(f"{ns.login} is no longer a member.")
    else:
        out.say(f"{ns.login} is now {ns.role}.")
    return 0


def cmd_team_members(ns: argparse.Namespace) -> int:
    """List the members and their roles."""
    from content.sync.server import list_members

    rows = list_members(_server(ns))
    out.table([[login, role] for login, role in rows])
    return 0


@contextlib.contextmanager
def working_copy(ns: argparse.Namespace) -> Iterator[Library]:
    """Open the working copy named by --db / $KURSVERK_DB (never creates one)."""
    from content.sync.team import open_working_copy

    lib = open_working_copy(ns.db)
    try:
        yield lib
    finally:
        lib.dispose()


def cmd_team_init(ns: argparse.Namespace) -> int:
    """Create or upgrade the schema on the server."""
    from content.sync.server import init_server, server_display

    _interactive()
    version = init_server(ns.url)
    out.say(f"Team library ready at {server_display(ns.url)} (schema {version}).")
    return 0


def cmd_team_clone(ns: argparse.Namespace) -> int:
    """Make a working copy of the team library."""
    from content.opening import resolve_location
    from content.sync.team import clone

    target = resolve_location(ns.clone_db or ns.db)
    _interactive()
    progress = Progress(label="Cloning")
    report = run_with_progress(lambda: clone(ns.url, target, progress), progress)
    out.say(f"Cloned {report.entities} entities into {report.path} (change {report.last_seq}).")
    return 0


def cmd_team_conflicts(ns: argparse.Namespace) -> int:
    """List the conflicts waiting in the working copy."""
    from content.sync.team import conflicts, server_of

    with working_copy(ns) as lib:
        server_of(lib)
        rows = conflicts(lib)
    if ns.json:
        out.print_json(rows)
        return 0
    if not rows:
        out.say("No conflicts.")
        return 0
    for row in rows:
        out.say(f"{row.entity_type} «{row.title}» ({row.entity_id})")
        for place in row.places:
            out.say(f"  {place['path'] or '(whole entity)'}:")
            if place.get("reason"):
                out.say(f"    why:    the merged result breaks a rule: {place['reason']}")
            base, mine, theirs = _excerpts(place.get("base"), place["mine"], place["theirs"])
            out.say(f"    base:   {base}")
            out.say(f"    mine:   {mine}")
            out.say(f"    theirs: {theirs}")
    out.say(
        f"{count_text(len(rows), 'conflict', 'conflicts')}; resolve each with "
        "`team resolve ID --mine|--theirs|--edited`."
    )
    return 0


def _excerpts(base: object, mine: object, theirs: object, width: int = 90) -> list[str]:
    """Return the three versions on one line each, cut alike around where mine and theirs part.

    A long text cut at its start alone would hide the words the two sides changed.
    """
    texts = [
        "(none)" if base is None else " ".join(str(base).split()),
        *("(removed)" if v is None else " ".join(str(v).split()) for v in (mine, theirs)),
    ]
    mine_text, theirs_text = texts[1:]
    pairs = enumerate(zip(mine_text, theirs_text, strict=False))
    same = next((i for i, (x, y) in pairs if x != y), min(len(mine_text), len(theirs_text)))
    start = max(0, same - width // 3) if max(map(len, texts)) > width else 0
    shown = []
    for text in texts:
        head = "…" if 0 < start < len(text) else ""
        cut = text[start:] if head else text
        tail = "…" if len(head) + len(cut) > width else ""
        shown.append(head + cut[: width - len(head) - len(tail)] + tail)
    return shown


def cmd_team_resolve(ns: argparse.Namespace) -> int:
    """Resolve one conflict."""
    from content.sync.team import resolve

    with working_copy(ns) as lib:
        title = resolve(lib, ns.id, ns.take)
    out.say(f"Resolved «{title}»; run `sync` to send it to the server.")
    return 0


def cmd_team_login(ns: argparse.Namespace) -> int:
    """Check a server password and keep it in the system keyring."""
    from content.sync.credentials import keyring_service, login, login_of, require_keyring
    from content.sync.server import server_display

    require_keyring()  # no keyring here: say so before asking for the password
    answer = ask_password(server_display(ns.url), login_of(ns.url), False)
    if answer is None:
        out.warn("no password given; nothing was stored")
        return 1
    who = login(ns.url, answer[0])
    out.say(f"The password for {who} is in the system keyring («{keyring_service(ns.url)}»).")
    return 0


def cmd_team_logout(ns: argparse.Namespace) -> int:
    """Forget a server password kept in the system keyring."""
    from content.sync.credentials import forget_password, login_of

    if forget_password(ns.url):
        out.say(f"Forgot the password for {login_of(ns.url)} on this server.")
    else:
        out.say(f"The system keyring held no password for {login_of(ns.url)} on this server.")
    return 0


def cmd_sync(ns: argparse.Namespace) -> int:
    """Sync the working copy with its server, or show its sync status."""
    from content.sync.team import status, sync

    with working_copy(ns) as lib:
        if ns.status:
            st = status(lib)
            if ns.json:
                out.print_json(st)
                return 0
            out.say(f"Server:          {st.server}")
            out.say(f"Role:            {st.role or 'not known before the first sync'}")
            out.say(f"Last sync:       {st.last_sync or 'never'} (change {st.last_seq})")
            out.say(f"Changes waiting: {st.waiting}")
            out.say(f"Conflicts:       {len(st.conflicts)}")
            for row in st.conflicts:
                out.say(f"  {row.entity_type} «{row.title}» ({row.entity_id})")
            return 0
        _interactive()
        report = sync(lib)
    if ns.json:
        out.print_json(report)
        return 0
    role = f" as {report.role}" if report.role else ""
    out.say(
        f"Synced with {report.server}{role}: {report.pushed} pushed, {report.pulled} pulled, "
        f"{report.merged} merged, {count_text(len(report.conflicts), 'conflict', 'conflicts')}."
    )
    for line in report.notes:
        out.warn(f"note: {line}")
    for line in report.conflicts:
        out.warn(f"conflict: {line} (both versions kept; see `team conflicts`)")
    return 1 if report.conflicts else 0
