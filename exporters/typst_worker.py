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
A request ``{"join": ...}`` joins the parts of a long document instead (pikepdf,
exporters.typst_parts), so the exporting process never holds them.
"""

from __future__ import annotations

import json
import resource
import sys
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


def handle(request: dict[str, Any]) -> dict[str, float]:
    """Carry out a request: typeset a document, or join typeset parts (``"join"``).

    Returns the wall seconds of its imports (``typst`` or pikepdf) and of the work.
    """
    started = time.perf_counter()
    if "join" in request:  # a long document's parts (exporters.typst_parts)
        from exporters.typst_parts import join_files

        imported = time.perf_counter()
        join_files(request["join"])
    else:
        import typst  # noqa: F401  (timed apart from the compile)

        imported = time.perf_counter()
        Path(request["output"]).write_bytes(compile_pdf(request))
    return {"imports_s": imported - started, "work_s": time.perf_counter() - imported}


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
    except Exception as exc:  # typst raises its own error types with the diagnostics
        sys.stderr.write(str(exc)[:4000])
        return 1
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    sys.stdout.write(json.dumps({"cpu_s": cpu, "peak_mb": _peak_mb(), **steps}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
