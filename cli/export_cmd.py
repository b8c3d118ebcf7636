"""The export commands: render a handbook, slides, ... and query the export manifest."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cli import output as out
from cli.commands import opened, resolve
from cli.errors import EXIT_USAGE, CliError
from cli.progress_bar import run_with_progress
from content.progress import Progress
from content.store import reading
from content.words import count_text

if TYPE_CHECKING:
    import argparse

    from content.store import Library
    from exporters.job import ExportJob, ExportOutcome, ExportRequest


def _request_from(ns: argparse.Namespace) -> ExportRequest:
    from exporters.job import ExportRequest, RequestError, validate_request

    scope, target = ("curriculum", ns.curriculum) if ns.curriculum else ("module", ns.module)
    request = ExportRequest(
        kind=ns.kind,
        scope=scope,
        target_id=target,
        path=Path(ns.output),
        session_number=ns.session,
        profile=ns.profile,
        lang=ns.lang,
        per_page=ns.handout_per_page,
        allow_errors=ns.allow_errors,
        pdf=ns.pdf,
        allow_open_blocking=ns.allow_open_blocking,
        allow_inaccessible=ns.allow_inaccessible,
    )
    try:
        validate_request(request)
    except RequestError as exc:
        hint = f"; leave out --profile {ns.profile}" if ns.profile else ""
        raise CliError(f"{exc}{hint}", EXIT_USAGE) from exc
    return request


def cmd_export(ns: argparse.Namespace) -> int:
    """Export one kind of document; progress on stderr, warnings listed at the end."""
    from content.exports.job import LibraryExports
    from content.undo import default_author
    from exporters.job import ExportJob, load_renderer
    from exporters.registry import suffix

    request = _request_from(ns)
    # an exporter missing from this build fails before the library is opened
    load_renderer(request.kind, request.pdf)
    if request.path.suffix.lower() != suffix(request.kind):
        out.warn(
            f"note: a {request.kind} export is a {suffix(request.kind)} file; "
            f"writing {request.path}"
        )
    progress = Progress(label="Preparing")
    started = time.perf_counter()
    with opened(ns) as lib:
        request = replace(request, target_id=_full_id(lib, request), author=default_author())
        job = ExportJob(LibraryExports(lib), request, progress)
        outcome = run_with_progress(lambda: _run(job), progress)
    seconds = time.perf_counter() - started
    one, many = ("slide", "slides") if request.kind == "pptx" else ("page", "pages")
    pages = f", {count_text(outcome.pages, one, many)}" if outcome.pages else ""
    out.say(f"Wrote {outcome.path}{pages} in {seconds:.1f} s")
    if outcome.open_blocking_allowed:
        n = outcome.open_blocking_allowed
        out.warn(
            f"note: exported with {n} open «må rettes» comment{'s' if n != 1 else ''} "
            "(--allow-open-blocking; recorded in the export manifest)"
        )
    if outcome.overrides:
        out.warn(
            "Not accessible: written despite the accessibility faults below "
            "(--allow-inaccessible; the export manifest records it):\n" + outcome.overrides
        )
    _list_warnings(outcome.warnings)
    return 0


def _full_id(lib: Library, request: ExportRequest) -> str:
    """Return the full id of the target given by id or prefix; refuse another type."""
    with reading(lib) as s:
        _etype, obj = resolve(s, request.target_id, request.scope)
        return str(obj.id)


def _run(job: ExportJob) -> ExportOutcome:
    """Run the export job, wording its refusals for the command line."""
    from content.exports.job import ExportRefused
    from exporters.job import EmptyExport, InaccessibleExport, OpenBlocking

    try:
        return job.run()
    except ExportRefused as exc:
        n = len(exc.problems)
        lines = "\n".join(f"  - {p.message}" for p in exc.problems)
        raise CliError(
            f"«{exc.title}» was not exported: the check finds {n} "
            f"error{'s' if n != 1 else ''}:\n{lines}\n"
            f"Fix them (python main.py check {job.request.target_id[:8]}), "
            f"or give --allow-errors."
        ) from exc
    except OpenBlocking as exc:
        raise CliError(
            f"{exc}\nResolve them (python main.py comment list ID), or give --allow-open-blocking."
        ) from exc
    except InaccessibleExport as exc:
        raise CliError(
            f"{exc}\nFix them (python main.py check {job.request.target_id[:8]} lists them), "
            f"export with --pdf print (untagged), or give --allow-inaccessible."
        ) from exc
    except EmptyExport as exc:
        raise CliError(str(exc)) from exc


def _list_warnings(warnings: list[str]) -> None:
    unique = list(dict.fromkeys(w for w in warnings if w))
    if not unique:
        return
    out.warn(count_text(len(unique), "warning", "warnings") + ":")
    for w in unique:
        out.warn(f"  - {w}")


def cmd_exports_outdated(ns: argparse.Namespace) -> int:
    """List the recorded exports that hold an older revision of an item or module."""
    from content.exports.records import outdated_exports

    with opened(ns) as lib, reading(lib) as s:
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
    holds = "export holds" if len(rows) == 1 else "exports hold"
    out.say(f"{len(rows)} {holds} an outdated revision of {etype} «{title}»:")
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
