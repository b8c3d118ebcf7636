"""The review commands: import a returned review PDF, comments files, review rounds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cli import output as out
from cli.commands import opened
from cli.errors import EXIT_USAGE, CliError

if TYPE_CHECKING:
    import argparse

IMPORT_KINDS = ("review-pdf",)


def cmd_import_dispatch(ns: argparse.Namespace) -> int:
    """Run ``import FILE`` (a bundle) or ``import review-pdf FILE``."""
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
