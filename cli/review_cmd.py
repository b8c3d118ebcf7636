"""The review commands: import a returned review PDF, comments files, review rounds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli import output as out
from cli.commands import opened
from cli.errors import EXIT_USAGE, CliError
from content.store import reading, undo_history, writing
from content.words import count_text

if TYPE_CHECKING:
    import argparse

    from content.store import Session

IMPORT_KINDS = ("review-pdf", "comments")
EXPORT_KINDS = ("comments", "review")


def cmd_import_dispatch(ns: argparse.Namespace) -> int:
    """Run ``import FILE`` (a bundle), ``import review-pdf FILE`` or ``import comments FILE``."""
    from cli.commands import cmd_import

    if ns.second is None:
        if ns.file in IMPORT_KINDS:
            raise CliError(f"import {ns.file} needs a FILE", EXIT_USAGE)
        return cmd_import(ns)
    if ns.file not in IMPORT_KINDS:
        raise CliError(
            f"import takes one bundle FILE, or {' / '.join(IMPORT_KINDS)} FILE", EXIT_USAGE
        )
    path = Path(ns.second)
    if not path.is_file():
        raise CliError(f"no such file: {path}")
    if ns.file == "comments":
        return _import_comments(ns, path)
    return _import_review_pdf(ns, path)


def _import_review_pdf(ns: argparse.Namespace, path: Path) -> int:
    """Store a returned review draft's annotations as comments, in one transaction."""
    import logging

    from content.review.pdf_import import ReviewPdfError
    from content.review.pdf_store import import_review_pdf
    from content.undo import default_author

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not for users

    with opened(ns) as lib:
        try:
            with writing(lib) as s:
                report = import_review_pdf(s, path, default_author())
        except ReviewPdfError as exc:
            raise CliError(f"{exc}; nothing was imported") from exc
    out.say(
        f"Imported {path.name} («{report.title}»): "
        f"{count_text(len(report.added), 'comment', 'comments')} added, "
        f"{report.skipped} already imported"
        + (
            f", {report.unplaced} kept on the whole item (their words are gone)"
            if report.unplaced
            else ""
        )
    )
    if report.problems:
        out.warn(f"{len(report.problems)} annotations were not imported:")
        for problem in report.problems:
            out.warn(f"  - {problem}")
    return 0


def _import_comments(ns: argparse.Namespace, path: Path) -> int:
    """Merge a comments file (W3C Web Annotation JSON-LD) in one transaction."""
    from content.review.comments_file import merge_comments, read_comments

    doc = read_comments(path)
    with opened(ns) as lib, writing(lib) as s:
        report = merge_comments(s, doc, path.name)
    out.say(
        f"Imported {path.name}: {count_text(report.added, 'comment', 'comments')} added, "
        f"{report.updated} updated, "
        f"{report.unchanged} already there"
    )
    return 0


def cmd_export_dispatch(ns: argparse.Namespace) -> int:
    """Run ``export comments`` / ``export review``, else an ordinary export."""
    if ns.kind not in EXPORT_KINDS:
        from cli.export_cmd import cmd_export

        return cmd_export(ns)
    from cli.commands import resolve

    scope = "curriculum" if ns.curriculum else "module"
    target = Path(ns.output)
    with opened(ns) as lib, reading(lib) as s:
        wanted = ns.curriculum or ns.module
        if ns.round:
            from content.review.rounds import get_round

            row = get_round(s, ns.round)
            scope, wanted = row.target_type, row.target_id
        _etype, ref = resolve(s, wanted, scope)
        if ns.kind == "comments":
            return _export_comments(s, scope, str(ref.id), ref.title, target)
        from content.bundle import export_bundle

        picked = [str(ref.id)]
        if scope == "module":
            stats = export_bundle(s, target, module_ids=picked)
        else:
            stats = export_bundle(s, target, curriculum_ids=picked)
    out.say(
        f"Wrote {target}: a review package of {scope} «{ref.title}» with "
        f"{count_text(stats.items, 'item', 'items')}, "
        f"{count_text(stats.modules, 'module', 'modules')} and "
        f"{count_text(stats.comments, 'comment', 'comments')}"
    )
    return 0


def _export_comments(s: Session, scope: str, target_id: str, title: str, target: Path) -> int:
    """Write the comments on a module or curriculum and everything in it."""
    from content.review.comments_file import comments_document, write_comments
    from content.review.queries import entities_within

    doc = comments_document(s, entities_within(s, scope, target_id))
    write_comments(target, doc)
    out.say(
        f"Wrote {target}: {count_text(doc['total'], 'comment', 'comments')} "
        f"on {scope} «{title}» "
        "and what it holds"
    )
    return 0


# -- review rounds ---------------------------------------------------------------------------


def add_review_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``review round create|list|close|status|report``."""
    p = sub.add_parser("review", help="review rounds: who reviews what, by when")
    what = p.add_subparsers(dest="review_command", metavar="WHAT", required=True)
    r = what.add_parser("round", help="start, list, close a review round, or report on it")
    act = r.add_subparsers(dest="round_command", metavar="ACTION", required=True)
    c = act.add_parser("create", help="start a round on a module or curriculum")
    target = c.add_mutually_exclusive_group(required=True)
    target.add_argument("--module", metavar="ID")
    target.add_argument("--curriculum", metavar="ID")
    c.add_argument("--name", required=True, help="the round’s name")
    c.add_argument(
        "--reviewer",
        action="append",
        default=[],
        required=True,
        metavar="NAME",
        help="a reviewer (repeatable)",
    )
    c.add_argument("--due", metavar="YYYY-MM-DD", help="the due date")
    c.add_argument("--instructions", default="", help="what the reviewers should look at")
    c.add_argument("--instructions-file", metavar="FILE", help="read the instructions from FILE")
    c.add_argument("--json", action="store_true", help="print JSON on stdout")
    c.set_defaults(handler=cmd_round_create)
    ls = act.add_parser("list", help="list the rounds (of one module or curriculum)")
    ls.add_argument("id", nargs="?", metavar="ID", help="a module or curriculum")
    ls.add_argument("--json", action="store_true", help="print JSON on stdout")
    ls.set_defaults(handler=cmd_round_list)
    cl = act.add_parser("close", help="close a round (refused while «må rettes» are open)")
    cl.add_argument("round", metavar="ROUND_ID")
    cl.add_argument(
        "--allow-open-blocking",
        action="store_true",
        help="close even with open «må rettes» comments (the round records it)",
    )
    cl.add_argument("--note", default="", help="why the round is closed as it is")
    cl.set_defaults(handler=cmd_round_close)
    st = act.add_parser("status", help="set a reviewer’s status")
    st.add_argument("round", metavar="ROUND_ID")
    st.add_argument("reviewer", metavar="NAME")
    st.add_argument("status", choices=("invited", "started", "done"))
    st.set_defaults(handler=cmd_round_status)
    rep = act.add_parser("report", help="write the round report (.pdf or .csv)")
    rep.add_argument("round", metavar="ROUND_ID")
    rep.add_argument("-o", "--output", required=True, metavar="FILE", help="a .pdf or .csv file")
    rep.add_argument("--lang", choices=("nb", "nn", "en"), default="nb", help="label language")
    rep.set_defaults(handler=cmd_round_report)


def _run_command(ns: argparse.Namespace, cmd: Any) -> None:
    from content.undo import default_author

    with opened(ns) as lib:
        undo_history(lib, default_author()).run(cmd)


def cmd_round_create(ns: argparse.Namespace) -> int:
    """Start a review round; print its id."""
    from datetime import date

    from cli.commands import resolve
    from content.review.rounds import CreateRound

    due = None
    if ns.due:
        try:
            due = date.fromisoformat(ns.due)
        except ValueError as exc:
            raise CliError(f"--due {ns.due}: not a date (YYYY-MM-DD)", EXIT_USAGE) from exc
    instructions = ns.instructions
    if ns.instructions_file:
        instructions = Path(ns.instructions_file).read_text("utf-8")
    scope = "curriculum" if ns.curriculum else "module"
    with opened(ns) as lib, reading(lib) as s:
        _etype, ref = resolve(s, ns.curriculum or ns.module, scope)
        target_id, title = str(ref.id), ref.title
    cmd = CreateRound(
        target_type=scope,
        target_id=target_id,
        name=ns.name,
        reviewers=ns.reviewer,
        due_date=due,
        instructions=instructions,
    )
    _run_command(ns, cmd)
    if ns.json:
        out.print_json({"id": cmd.entity_id})
    else:
        out.say(
            f"Started review round «{ns.name}» ({cmd.entity_id}) on {scope} «{title}» with "
            f"{len(ns.reviewer)} reviewers"
        )
    return 0


def cmd_round_list(ns: argparse.Namespace) -> int:
    """List review rounds with reviewers' progress and open «må rettes» counts."""
    from cli.commands import resolve
    from content.review.rounds import list_rounds

    with opened(ns) as lib, reading(lib) as s:
        target = str(resolve(s, ns.id, "module", "curriculum")[1].id) if ns.id else None
        rounds = list_rounds(s, target)
    if ns.json:
        out.print_json([out.to_plain(r) for r in rounds])
        return 0
    if not rounds:
        out.say("No review rounds.")
        return 0
    out.table(
        [
            [
                r.id[:8],
                r.name,
                f"{r.target_type} «{r.target_title}»",
                r.state,
                r.due_date.isoformat() if r.due_date else "-",
                ", ".join(f"{v.name}: {v.status}" for v in r.reviewers),
                count_text(r.comments, "comment", "comments"),
                f"{r.open_blocking} open må rettes",
            ]
            for r in rounds
        ]
    )
    return 0


def cmd_round_close(ns: argparse.Namespace) -> int:
    """Close a round; refused (exit 1) while blocking comments are open, unless overridden."""
    from content.review.rounds import CloseRound, RoundBlocked, get_round

    with opened(ns) as lib, reading(lib) as s:
        row = get_round(s, ns.round)
        round_id, name = row.id, row.name
    cmd = CloseRound(entity_id=round_id, allow_open_blocking=ns.allow_open_blocking, note=ns.note)
    try:
        _run_command(ns, cmd)
    except RoundBlocked as exc:
        lines = "\n".join(f"  - {c.describe()}" for c in exc.comments)
        raise CliError(
            f"round «{name}» was not closed: {len(exc.comments)} open «må rettes» comment"
            f"{'s' if len(exc.comments) != 1 else ''}:\n{lines}\n"
            "Resolve them, or give --allow-open-blocking."
        ) from exc
    n = cmd.after["close_override"] if cmd.after else 0
    blocking = count_text(n, "open «må rettes» comment", "open «må rettes» comments")
    note = f" with {blocking} (override recorded)" if n else ""
    out.say(f"Closed review round «{name}»{note}")
    return 0


def cmd_round_status(ns: argparse.Namespace) -> int:
    """Set one reviewer's status."""
    from content.review.rounds import SetReviewerStatus, get_round

    with opened(ns) as lib, reading(lib) as s:
        row = get_round(s, ns.round)
        round_id, name = row.id, row.name
    _run_command(ns, SetReviewerStatus(entity_id=round_id, reviewer=ns.reviewer, status=ns.status))
    out.say(f"{ns.reviewer} is now {ns.status} in round «{name}»")
    return 0


def cmd_round_report(ns: argparse.Namespace) -> int:
    """Write the round report as a PDF or a CSV file."""
    from content.review.round_report import round_report
    from content.review.rounds import get_round
    from exporters.round_report import render_round_report_pdf, write_round_report_csv

    target = Path(ns.output)
    kind = target.suffix.lower()
    if kind not in (".pdf", ".csv"):
        raise CliError(f"{target.name}: the report is a .pdf or a .csv file", EXIT_USAGE)
    with opened(ns) as lib, reading(lib) as s:
        report = round_report(s, get_round(s, ns.round))
    if kind == ".csv":
        rows = write_round_report_csv(report, target)
        out.say(f"Wrote {target}: {count_text(rows, 'comment', 'comments')}")
    else:
        pages = render_round_report_pdf(report, target, ns.lang)
        out.say(
            f"Wrote {target}, {count_text(pages, 'page', 'pages')}: "
            f"{count_text(report.total, 'comment', 'comments')}, "
            f"{report.open_blocking} open må rettes, {len(report.changes)} changed"
        )
    return 0
