"""Time the accessible HTML export of a ~400-page handbook (target: under 2 s).

Run from the repository root::

    .venv/bin/python benchmarks/bench_html.py [--items 2000] [--modules 48]

benchmarks/generate.py makes a library and a curriculum of 48 modules whose print
handbook is about 400 A4 pages; its snapshot is built once (a database step, timed apart),
then the HTML page (document model + HTML) is timed for both profiles. The page count
printed is that of the print handbook of the same snapshot (rendered apart, not timed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generate as g

from content.exports.snapshots import build_snapshot
from content.progress import Progress
from exporters.base import ExportOptions
from exporters.handbook import render_handbook
from exporters.html_export import render_html


def main(argv: list[str] | None = None) -> int:
    """Generate the library, build the snapshots and time the HTML export."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, default=2000)
    p.add_argument("--modules", type=int, default=48, help="about 8 printed pages each")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        lib = g.generate_library(tmp / "bench.sqlite", args.items)
        big = g.make_large_curriculum(lib, modules=args.modules)
        for profile in ("participant", "trainer"):
            started = time.perf_counter()
            with lib.read_sessions() as s:
                snap = build_snapshot(s, "curriculum", big, profile=profile)
            snap_s = time.perf_counter() - started
            out = tmp / f"{profile}.html"
            started = time.perf_counter()
            result = render_html(snap, out, Progress(), ExportOptions())
            seconds = time.perf_counter() - started
            size = out.stat().st_size / 1e6
            pages = render_handbook(snap, tmp / "p.pdf", Progress(), ExportOptions()).pages
            print(
                f"html {profile:<11} {len(snap.modules()):>3} modules ({pages} pages as a print "
                f"handbook): {seconds:.2f} s, {size:.1f} MB, snapshot {snap_s:.2f} s"
                + (f", {len(result.warnings)} warnings" if result.warnings else "")
            )
        lib.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
