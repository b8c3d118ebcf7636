"""The export commands: render a handbook, slides, ... and query the export manifest."""

from __future__ import annotations

import argparse
import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli import output as out
from cli.commands import opened, resolve
from cli.errors import EXIT_USAGE, CliError
from cli.progress_bar import run_with_progress
from content.progress import Progress

if TYPE_CHECKING:
    from content.snapshot import ExportSnapshot
    from content.store import Library
    from exporters.base import ExportResult


@dataclass(frozen=True)
class ExportJob:
    """What to export, resolved from the command line."""

    kind: str
    scope: str  # curriculum | module
    target_id: str
    session_number: int | None
    profile: str
    lang: str
    per_page: int
    path: Path
    allow_errors: bool = False


def _job_from(ns: argparse.Namespace) -> ExportJob:
    from exporters.registry import check_profile, profile_for

    scope, target = ("curriculum", ns.curriculum) if ns.curriculum else ("module", ns.module)
    try:
        check_profile(ns.kind, ns.profile)
    except ValueError as exc:
        raise CliError(f"{exc}; leave out --profile {ns.profile}", EXIT_USAGE) from exc
    profile = profile_for(ns.kind, ns.profile)
    return ExportJob(
        ns.kind,
        scope,
        target,
        ns.session,
        profile,
        ns.lang,
        ns.handout_per_page,
        Path(ns.output),
        ns.allow_errors,
    )


def _renderer(kind: str) -> Any:
    from exporters.registry import renderer

    try:
        return renderer(kind)
    except (ImportError, AttributeError) as exc:
        raise CliError(f"the '{kind}' export is not available in this build ({exc})") from exc


def cmd_export(ns: argparse.Namespace) -> int:
    """Export one kind of document; progress on stderr, warnings listed at the end."""
    from exporters.registry import suffix

    job = _job_from(ns)
    render = _renderer(job.kind)
    if job.path.suffix.lower() != suffix(job.kind):
        out.warn(f"note: a {job.kind} export is a {suffix(job.kind)} file; writing {job.path}")
    progress = Progress(label="Preparing")
    started = time.perf_counter()
    with opened(ns) as lib:
        result = run_with_progress(lambda: _run_export(lib, job, render, progress), progress)
    seconds = time.perf_counter() - started
    pages = f", {result.pages} pages" if result.pages else ""
    out.say(f"Wrote {result.path}{pages} in {seconds:.1f} s")
    _list_warnings(list(result.warnings) + list(progress.warnings))
    return 0


def _run_export(lib: Library, job: ExportJob, render: Any, progress: Progress) -> ExportResult:
    """Snapshot in a read session, render, then record the export in a write transaction."""
    from content.undo import default_author
    from exporters.base import ExportOptions, file_sha256

    author = default_author()
    snapshot = _snapshot(lib, job, author, progress)
    existed = job.path.exists()
    result: ExportResult = render(
        snapshot, job.path, progress, ExportOptions(handout_per_page=job.per_page)
    )
    try:
        progress.check()  # Ctrl+C after the file was written: take it back
        sha = result.sha256 or file_sha256(result.path)
        _record(lib, snapshot, job, result, sha, author)
    except BaseException:
        if not existed:
            with contextlib.suppress(FileNotFoundError):
                Path(result.path).unlink()
        raise
    return result


def _snapshot(lib: Library, job: ExportJob, author: str, progress: Progress) -> ExportSnapshot:
    from content.snapshots import build_snapshot
    from content.validation import export_blockers

    progress.label = "Reading the library"
    with lib.read_sessions() as s:
        _etype, obj = resolve(s, job.target_id, job.scope)
        blockers = export_blockers(s, job.scope, obj.id)
        if blockers and not job.allow_errors:
            lines = "\n".join(f"  - {p.message}" for p in blockers)
            raise CliError(
                f"«{obj.title}» was not exported: the check finds {len(blockers)} "
                f"error{'s' if len(blockers) != 1 else ''}:\n{lines}\n"
                f"Fix them (python main.py check {obj.id[:8]}), or give --allow-errors."
            )
        return build_snapshot(
            s,
            job.scope,
            obj.id,
            profile=job.profile,
            lang=job.lang,
            session_number=job.session_number,
            author=author,
            progress=progress,
        )


def _record(
    lib: Library,
    snapshot: ExportSnapshot,
    job: ExportJob,
    result: ExportResult,
    sha: str,
    author: str,
) -> None:
    from content.export_records import record_export

    with lib.sessions.begin() as s:
        record_export(s, snapshot, job.kind, str(Path(result.path).resolve()), sha, author)


def _list_warnings(warnings: list[str]) -> None:
    unique = list(dict.fromkeys(w for w in warnings if w))
    if not unique:
        return
    out.warn(f"{len(unique)} warnings:")
    for w in unique:
        out.warn(f"  - {w}")


def cmd_exports_outdated(ns: argparse.Namespace) -> int:
    """List the recorded exports that hold an older revision of an item or module."""
    from content.export_records import outdated_exports

    with opened(ns) as lib, lib.read_sessions() as s:
        etype, obj = resolve(s, ns.id, "item", "module")
        rows = outdated_exports(s, obj.id)
        title, latest = obj.title, obj.revision
    if ns.json:
        out.print_json(
            [
                {**out.to_plain(r), "revision_used": used, "revision_latest": last}
                for r, used, last in rows
            ]
        )
        return 0
    if not rows:
        out.say(
            f"No recorded export holds an outdated revision of {etype} «{title}» "
            f"(latest revision {latest})."
        )
        return 0
    out.say(f"{len(rows)} exports hold an outdated revision of {etype} «{title}»:")
    out.table(
        [
            [
                r.file_name,
                r.export_kind,
                r.profile,
                r.language,
                out.stamp(r.created_at),
                f"revision {used} of {last}",
            ]
            for r, used, last in rows
        ]
    )
    return 0
