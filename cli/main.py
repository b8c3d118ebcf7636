"""Parse the command line, dispatch to a command, and map errors to exit codes.

Exit codes: 0 success, 1 a failed job, 2 wrong usage, 130 cancelled with Ctrl+C.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from content.items.kinds import KINDS
from exporters.registry import EXPORT_KINDS, PDF_ROUTES

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130
COMMANDS = (
    "import",
    "export-bundle",
    "list",
    "search",
    "show",
    "check",
    "db",
    "export",
    "exports",
    "item",
    "comment",
    "review",
    "team",
    "sync",
)
HELP_FLAGS = ("-h", "--help")
_GLOBAL_WITH_VALUE = ("--db",)
_GLOBAL_FLAGS = ("--empty",)

Handler = Callable[[argparse.Namespace], int]


def _after_globals(args: Sequence[str]) -> list[str]:
    rest = list(args)
    while rest:
        head = rest[0]
        if head in _GLOBAL_WITH_VALUE:
            rest = rest[2:]
        elif head in _GLOBAL_FLAGS or head.startswith("--db="):
            rest = rest[1:]
        else:
            break
    return rest


def wants_cli(args: Sequence[str]) -> bool:
    """Tell whether the arguments name a command (or ask for help) rather than the GUI.

    A bare word that is neither a command nor an existing file also goes to the CLI,
    so a mistyped command gets a usage error (exit 2) instead of starting the GUI.
    """
    rest = _after_globals(args)
    if not rest:
        return False
    head = rest[0]
    if head in COMMANDS or head in HELP_FLAGS:
        return True
    return not head.startswith("-") and not os.path.exists(head)


def build_parser() -> argparse.ArgumentParser:
    """Build the argparse parser with every command."""
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Kursverk on the command line. Without a command, the desktop app starts.",
        epilog="Exit codes: 0 success, 1 the job failed, 2 wrong usage, 130 cancelled.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="library file or database URL (default: $KURSVERK_DB, then the "
        "library in your data folder)",
    )
    parser.add_argument(
        "--empty",
        action="store_true",
        help="a newly created library starts empty (no starter content)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_library_commands(sub)
    _add_export_commands(sub)
    from cli.comment_cmd import add_item_and_comment_commands
    from cli.review_cmd import add_review_commands

    add_item_and_comment_commands(sub)
    add_review_commands(sub)
    from cli.team_cmd import add_team_commands

    add_team_commands(sub)
    return parser


def _add_library_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cli import commands as c
    from cli import review_cmd

    p = sub.add_parser(
        "import",
        help="import a bundle (.kvb/.zip) in one transaction, a returned review PDF "
        "(import review-pdf FILE) or a comments file (import comments FILE)",
        usage="python main.py import [review-pdf | comments] FILE",
    )
    p.add_argument(
        "file", metavar="FILE", help=f"a bundle, or {' / '.join(review_cmd.IMPORT_KINDS)}"
    )
    p.add_argument("second", nargs="?", metavar="FILE", help=argparse.SUPPRESS)
    p.set_defaults(handler=review_cmd.cmd_import_dispatch)
    p = sub.add_parser("export-bundle", help="write the library, or a selection, as a bundle")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    for flag in ("curriculum", "module", "item"):
        p.add_argument(
            f"--{flag}",
            action="append",
            default=[],
            metavar="ID",
            help=f"include this {flag} and what it references (repeatable)",
        )
    p.set_defaults(handler=c.cmd_export_bundle)
    p = sub.add_parser("list", help="list items, modules or curricula")
    p.add_argument("what", choices=("items", "modules", "curricula"))
    _kind_and_json(p)
    p.set_defaults(handler=c.cmd_list)
    p = sub.add_parser("search", help="full-text search over items, best first")
    p.add_argument("query", metavar="QUERY")
    _kind_and_json(p)
    p.set_defaults(handler=c.cmd_search)
    p = sub.add_parser("show", help="show an item, module or curriculum")
    p.add_argument("id", metavar="ID", help="full id, or a unique prefix of 8+ characters")
    p.add_argument("--json", action="store_true", help="print JSON on stdout")
    p.set_defaults(handler=c.cmd_show)
    p = sub.add_parser("check", help="print the validation report of a module or curriculum")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=c.cmd_check)
    p = sub.add_parser("db", help="upgrade the library schema or back up the library file")
    p.add_argument("action", choices=("upgrade", "backup"))
    p.set_defaults(handler=c.cmd_db)


def _kind_and_json(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--kind",
        choices=sorted(KINDS),
        metavar="KIND",
        help=f"only items of this kind: {', '.join(KINDS)}",
    )
    p.add_argument("--json", action="store_true", help="print JSON on stdout")


def _add_export_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cli import export_cmd as e
    from cli import review_cmd

    p = sub.add_parser(
        "export",
        help="export a handbook, trainer guide, slides, ..., a review draft (review-pdf), "
        "a review package (review) or the comments file (comments)",
    )
    p.add_argument("kind", choices=[*EXPORT_KINDS, *review_cmd.EXPORT_KINDS])
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--curriculum", metavar="ID")
    target.add_argument("--module", metavar="ID")
    target.add_argument(
        "--round", metavar="ROUND_ID", help="export review / comments: what a review round covers"
    )
    p.add_argument("--session", type=int, metavar="N", help="only session N of the curriculum")
    p.add_argument(
        "--profile",
        choices=("participant", "trainer"),
        help="default: participant; a trainer guide is always made for trainers",
    )
    p.add_argument("--lang", choices=("nb", "nn", "en"), default="nb", help="label language")
    p.add_argument(
        "--allow-errors",
        action="store_true",
        help="export even when `check` reports errors (an empty session, a retired item, ...)",
    )
    p.add_argument(
        "--allow-open-blocking",
        action="store_true",
        help="export even with open «må rettes» review comments (the manifest records it)",
    )
    p.add_argument(
        "--allow-inaccessible",
        action="store_true",
        help="write a PDF/UA export even when `check` finds accessibility faults (an image "
        "without alt text, ...); the export manifest records the override",
    )
    p.add_argument("--handout-per-page", type=int, choices=(3, 6), default=3)
    p.add_argument(
        "--pdf",
        choices=("ua", "print"),
        default=None,
        help="handbook and trainer-guide: ua = tagged, accessible PDF/UA-1 (the default); "
        "print = the faster untagged print PDF",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=review_cmd.cmd_export_dispatch)
    p = sub.add_parser("exports", help="query the export manifest")
    what = p.add_subparsers(dest="exports_command", metavar="QUERY", required=True)
    q = what.add_parser(
        "outdated", help="exports holding an outdated revision of an item or module"
    )
    q.add_argument("id", metavar="ID")
    q.add_argument("--json", action="store_true", help="print JSON on stdout")
    q.set_defaults(handler=e.cmd_exports_outdated)


def _check_usage(parser: argparse.ArgumentParser, ns: argparse.Namespace) -> None:
    if ns.command == "list" and ns.kind and ns.what != "items":
        parser.error("--kind applies to 'list items' only")
    if ns.command == "export" and ns.session is not None:
        if not ns.curriculum:
            parser.error("--session needs --curriculum")
        if ns.session < 1:
            parser.error("--session counts from 1")
    if ns.command == "export" and ns.round and ns.kind not in ("comments", "review"):
        parser.error("--round applies to 'export review' and 'export comments' only")
    if ns.command == "export" and ns.kind in ("comments", "review") and ns.session is not None:
        parser.error(f"--session does not apply to 'export {ns.kind}'")
    if ns.command == "export" and ns.pdf is not None and ns.kind not in PDF_ROUTES:
        parser.error(f"--pdf applies to {' and '.join(PDF_ROUTES)} exports only")


def main(args: Sequence[str] | None = None) -> int:
    """Run one command line; return the exit code (never raises SystemExit)."""
    parser = build_parser()
    argv = list(sys.argv[1:] if args is None else args)
    try:
        ns = parser.parse_args(argv)
        _check_usage(parser, ns)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    from cli.errors import run_guarded
    from content.i18n import set_language

    set_language("en")  # the command line speaks English, whatever ran before in this process
    handler: Handler = ns.handler
    return run_guarded(lambda: handler(ns))
