"""The review commands: import a returned review PDF, comments files, review rounds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cli import output as out
from cli.commands import opened
from cli.errors import EXIT_USAGE, CliError

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
    from content.review.pdf_import import ReviewPdfError
    from content.review.pdf_store import import_review_pdf
    from content.undo import default_author

    with opened(ns) as lib:
        try:
            with lib.sessions.begin() as s:
                report = import_review_pdf(s, path, default_author())
        except ReviewPdfError as exc:
            raise CliError(f"{exc}; nothing was imported") from exc
    out.say(
        f"Imported {path.name} («{report.title}»): {len(report.added)} comments added, "
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
    with opened(ns) as lib, lib.sessions.begin() as s:
        report = merge_comments(s, doc, path.name)
    out.say(
        f"Imported {path.name}: {report.added} comments added, {report.updated} updated, "
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
    with opened(ns) as lib, lib.read_sessions() as s:
        _etype, ref = resolve(s, ns.curriculum or ns.module, scope)
        if ns.kind == "comments":
            return _export_comments(s, scope, str(ref.id), ref.title, target)
        from content.bundle import export_bundle

        picked = [str(ref.id)]
        if scope == "module":
            stats = export_bundle(s, target, module_ids=picked)
        else:
            stats = export_bundle(s, target, curriculum_ids=picked)
    out.say(
        f"Wrote {target}: a review package of {scope} «{ref.title}» with {stats.items} items, "
        f"{stats.modules} modules and {stats.comments} comments"
    )
    return 0


def _export_comments(s: Session, scope: str, target_id: str, title: str, target: Path) -> int:
    """Write the comments on a module or curriculum and everything in it."""
    from content.review.comments_file import comments_document, write_comments
    from content.review.queries import entities_within

    doc = comments_document(s, entities_within(s, scope, target_id))
    write_comments(target, doc)
    out.say(f"Wrote {target}: {doc['total']} comments on {scope} «{title}» and what it holds")
    return 0
