"""Time and memory of importing a bundle into a fresh library (issue 14, point 13).

    .venv/bin/python benchmarks/bench_import_memory.py /tmp/kv100k.kvb [--tracemalloc]

Imports the bundle into a new SQLite library in a temporary folder (one transaction,
``content.bundle.import_bundle``, until it is committed) and prints, as the import goes,
each phase's start with the seconds since the start and the resident memory then; then
the total seconds, the peak RSS of this process and the peak RSS of the checking worker
(``python -m content.bundle.worker``, a child process). With ``--tracemalloc`` it also
prints the peak of Python's own allocations (much slower: compare only runs made alike).
Make the bundle with ``benchmarks/generate.py --items 100000 -o /tmp/kv100k.kvb``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from content.progress import Progress  # noqa: E402


def rss_mb() -> float:
    """Return this process's resident memory now, in MB (Linux; else its peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PhaseLog(Progress):
    """Print every phase the import starts, with the time and the memory then."""

    def __init__(self, t0: float) -> None:
        super().__init__()
        self.t0 = t0

    def start(self, total: int, label: str = "") -> None:
        super().start(total, label)
        print(f"  {time.perf_counter() - self.t0:6.2f} s  {rss_mb():7.0f} MB  {label}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()

    from content.bundle import import_bundle
    from db.engine import open_library

    with tempfile.TemporaryDirectory() as tmp:
        lib = open_library(Path(tmp) / "bench.sqlite")
        print(f"import of {args.bundle} ({args.bundle.stat().st_size / 1e6:.1f} MB)")
        if args.tracemalloc:
            tracemalloc.start()
        t0 = time.perf_counter()
        with lib.sessions.begin() as s:
            report = import_bundle(s, args.bundle, progress=PhaseLog(t0))
        seconds = time.perf_counter() - t0
        print(f"  {seconds:6.2f} s  {rss_mb():7.0f} MB  committed")
        if args.tracemalloc:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"tracemalloc peak: {peak / 1e6:.0f} MB")
        print(f"items added: {report.added.get('item', 0)}")
        print(f"import: {seconds:.2f} s")
        self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS: {self_peak:.0f} MB (this process), {worker_peak:.0f} MB (worker)")
        lib.engine.dispose()


if __name__ == "__main__":
    main()
