"""Typeset one Typst document in a process of its own: ``python -m exporters.typst_worker``.

Typst keeps what it laid out in its memory caches for the life of the process, about 1 MB
a page of handbook, and the Python package offers no way to empty them. So the PDF/UA
route (exporters.typst_pdf) compiles in this short-lived worker: the memory goes back to
the system when it ends, so the app does not keep 300 MB after an export; a cancelled export
ends the worker at once instead of waiting for Typst; and a crash inside Typst ends the
worker, not the app. The request comes as JSON on stdin (``compile_options``), the PDF
is written to the file it names, and Typst's error goes to stderr (exit 1). On stdout the
worker says what its steps took (JSON: CPU seconds and peak memory of the whole process,
wall seconds of its imports and of the work), for benchmarks/bench_ua.py.
Only the standard library and ``typst`` are imported here: the worker starts quickly.
A request with ``"join"`` also joins the parts of a long document (pikepdf,
exporters.typst_parts) after typesetting its front part, so the exporting process never
holds them; a failed join exits with ``JOIN_FAILED``.
"""

from __future__ import annotations

import json
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any


def compile_pdf(request: dict[str, Any]) -> bytes:
    """Return the PDF of a request: the main file, its root, the fonts and the standard."""
    import typst

    pdf = typst.compile(
        request["main"],
        root=request["root"],
        font_paths=request["font_paths"],
        ignore_system_fonts=True,
        pdf_standards=request["pdf_standards"],
        pdf_tags=request["pdf_tags"],
        timestamp=request["timestamp"],
        sys_inputs=request.get("inputs", {}),  # the data file of a body part
    )
    if not isinstance(pdf, bytes):
        raise TypeError("Typst returned no PDF")
    return pdf


class JoinFailed(Exception):  # a failure of the join, not of Typst
    """The parts of a long document did not join (the caller typesets it in one go)."""


JOIN_FAILED = 2  # the worker's exit code when the join, not Typst, failed


def handle(request: dict[str, Any]) -> dict[str, float]:
    """Carry out a request: typeset a document, then join typeset parts if it says ``"join"``.

    A long document's front part is typeset and the parts joined by one worker: pikepdf
    is imported while Typst works, and no second process starts. A request with ``"join"``
    only joins. Returns the wall seconds of the imports (``typst``, pikepdf) and of the work.
    """
    started = time.perf_counter()
    joining = request.get("join")
    if "main" in request:
        preload = None
        if joining is not None:  # the join's imports on the other core meanwhile
            preload = threading.Thread(target=_import_join, daemon=True)
            preload.start()
        import typst  # noqa: F401  (timed apart from the compile)

        imported = time.perf_counter()
        Path(request["output"]).write_bytes(compile_pdf(request))
        if preload is not None:
            preload.join()
    else:
        _import_join()
        imported = time.perf_counter()
    if joining is not None:  # a long document's parts (exporters.typst_parts)
        from exporters.typst_parts import join_files

        try:
            join_files(joining)
        except Exception as exc:  # pikepdf's errors and the join's own (PartsError)
            raise JoinFailed(str(exc)) from exc
    return {"imports_s": imported - started, "work_s": time.perf_counter() - imported}


def _import_join() -> None:
    """Import what the join needs (pikepdf)."""
    import exporters.typst_parts  # noqa: F401


def _peak_mb() -> float:
    """Return this process's peak resident memory in MB (Linux; else 0).

    Read from /proc: ``ru_maxrss`` of a process started by fork and exec starts at its
    parent's size at the fork.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> int:
    """Read the request, carry it out and write the PDF; report an error on stderr."""
    request = json.loads(sys.stdin.buffer.read())
    try:
        steps = handle(request)
    except JoinFailed as exc:
        sys.stderr.write(str(exc)[:4000])
        return JOIN_FAILED
    except Exception as exc:  # typst raises its own error types with the diagnostics
        sys.stderr.write(str(exc)[:4000])
        return 1
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    sys.stdout.write(json.dumps({"cpu_s": cpu, "peak_mb": _peak_mb(), **steps}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
