"""Time a ~400-page handbook through the PDF/UA route (Typst) and the print route (ReportLab).

Run from the repository root::

    .venv/bin/python benchmarks/bench_ua.py [--items 2000] [--modules 48] [--runs 2] [--profile]

benchmarks/generate.py makes a library and a curriculum of --modules modules (about 8 print
pages each: 48 make about 400). Each export runs in a fresh process, the two routes taking
turns, so the peak RSS printed is that export's own (and its Typst worker's), and Typst's
in-memory cache never serves a second run (each run also puts its own number into the title,
which every running head prints). The time covers the whole export: snapshot, document
model, Typst or ReportLab, writing the file. Targets (issue 12): UA >= 100 pages/s and < 400
MB; the print route no more than 10 % under its earlier 180 pages/s. The machine is shared,
so the ratio of the two routes measured in the same run is printed too, and the CPU time of
each export (all its threads): on a loaded machine pages per CPU second say more than pages
per second. ``--profile`` adds one UA run split into its steps.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

ROUTES = ("ua", "print")
PRINT_BEFORE = 180.0  # pages/s of the print route before the UA route (README)
UA_TARGET = 100.0
UA_MEMORY_MB = 400.0


def _snapshot(db: str, curriculum_id: str, run: int) -> Any:
    """Return the participant snapshot, its title made unique to this run."""
    from content.exports.snapshots import build_snapshot
    from db.engine import open_library

    lib = open_library(db)
    try:
        with lib.read_sessions() as s:
            snap = build_snapshot(s, "curriculum", curriculum_id, profile="participant")
    finally:
        lib.dispose()
    return dataclasses.replace(snap, title=f"{snap.title} (kjøring {run})")


def export_once(db: str, route: str, curriculum_id: str, out: Path, run: int) -> dict[str, Any]:
    """Snapshot, render and write one handbook through a route; return its figures."""
    from content.progress import Progress
    from exporters.base import ExportOptions
    from exporters.registry import renderer

    render = renderer("handbook", route)
    at_once = _parts_at_once(route)
    sampler = TogetherSampler()
    sampler.start()
    t0, cpu0 = time.perf_counter(), time.process_time() + _children_cpu()
    snap = _snapshot(db, curriculum_id, run)
    t1 = time.perf_counter()
    result = render(snap, out, Progress(), ExportOptions())
    t2 = time.perf_counter()
    sampler.stop()
    return {
        "route": route,
        "seconds": t2 - t0,
        "cpu_s": time.process_time() + _children_cpu() - cpu0,
        "snapshot_s": t1 - t0,
        "pages": result.pages,
        "warnings": len(result.warnings),
        "bytes": out.stat().st_size,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        # the Typst worker of the UA route (exporters.typst_worker), a process of its own
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        # this process and its workers at the same moment (sampled every 5 ms)
        "together_mb": sampler.peak_mb,
        "at_once": at_once,  # UA: body parts typeset at once (exporters.typst_pdf)
        "load": os.getloadavg()[0],
    }


def _parts_at_once(route: str) -> int:
    """Return how many body parts the UA route typesets at once in this run.

    ``--at-once N`` (passed down as BENCH_UA_AT_ONCE) fixes it; otherwise the route decides
    from the machine's load, as in the app.
    """
    if route != "ua":
        return 0
    from exporters import typst_pdf

    forced = os.environ.get("BENCH_UA_AT_ONCE")
    if forced:
        typst_pdf.parts_at_once = lambda: int(forced)  # type: ignore[assignment]
    return typst_pdf.parts_at_once()


class TogetherSampler(threading.Thread):
    """Sample the resident memory of this process plus its child processes (Linux /proc)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.005):
            kids = []
            for task in Path("/proc/self/task").iterdir():
                try:
                    kids += (task / "children").read_text().split()
                except OSError:
                    continue
            total = _rss_mb("self") + sum(_rss_mb(pid) for pid in kids)
            self.peak_mb = max(self.peak_mb, total)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _rss_mb(pid: str) -> float:
    """Return a process's resident memory in MB (0 if it has ended)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children_cpu() -> float:
    """Return the CPU seconds of this process's ended children (the Typst worker)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stages_once(db: str, curriculum_id: str, out: Path, run: int) -> dict[str, Any]:
    """Run one UA export as the route does, timing each worker request (the parts path).

    Every request the route hands a worker (exporters.typst_pdf._run) is timed from the
    export's start: when it began and ended (wall), and what the worker says (its CPU
    seconds: start, imports, fonts and the compile or join; the wall time of its imports
    and of its work), named by what it wrote (part-N, front, join). Workers run at once
    overlap. The rest of the CPU time is the export process's.
    """
    from exporters import typst_pdf as T

    stages: list[dict[str, Any]] = []
    run_request = T._run
    t_start = [0.0]

    def timed(request: dict[str, Any], check: Any) -> dict[str, float]:
        name = "join" if "join" in request else Path(request["output"]).stem
        t0 = time.perf_counter()
        steps = run_request(request, check)
        t1 = time.perf_counter()
        stages.append({"name": name, "from": t0 - t_start[0], "to": t1 - t_start[0], **steps})
        return steps

    T._run = timed  # type: ignore[assignment]
    t_start[0] = time.perf_counter()
    result = export_once(db, "ua", curriculum_id, out, run)
    workers_cpu = sum(stage.get("cpu_s", 0.0) for stage in stages)
    stages.sort(key=lambda stage: stage["from"])
    return {
        **result,
        "route": "ua-stages",
        "stages": stages,
        "export_cpu_s": result["cpu_s"] - workers_cpu,
    }


def profile_once(db: str, curriculum_id: str, out: Path, run: int) -> dict[str, Any]:
    """Run the UA route's steps one by one (as exporters.typst_pdf does) and time each."""
    import typst

    from content.progress import Progress
    from exporters import typst_pdf as T
    from exporters.document_build import build_document
    from exporters.fonts import FONT_DIR, UA
    from exporters.glyphs import fit_snapshot
    from exporters.markdown_pdf import RenderContext

    steps: dict[str, float] = {}
    peaks: dict[str, float] = {}
    t = time.process_time()

    def lap(name: str) -> None:
        nonlocal t
        now = time.process_time()
        steps[name] = now - t
        peaks[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t = now

    snap = _snapshot(db, curriculum_id, run)
    lap("snapshot")
    snap, warnings = fit_snapshot(snap, UA)
    lap("glyph check")
    ctx = RenderContext(assets=snap.assets, lang=snap.lang, warn=warnings.append)
    doc = build_document(snap, trainer=False, ctx=ctx, progress=Progress())
    lap("document model")
    data = T._data(doc, {})  # the module's own steps, timed one by one
    lap("model to data")
    T.fit_to_fonts(data["doc"])
    lap("fit to fonts")
    root = out.parent / f"typst-{run}"
    root.mkdir()
    (root / "main.typ").write_bytes(T.TEMPLATE.read_bytes())
    (root / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lap("JSON")
    pdf = typst.compile(
        str(root / "main.typ"),
        root=str(root),
        font_paths=[str(FONT_DIR)],
        ignore_system_fonts=True,
        pdf_standards="ua-1",
        pdf_tags=True,
    )
    lap("Typst compile")  # in this process, to see its CPU time (the route uses a worker)
    pages = T.count_pages(pdf)
    lap("count pages")
    return {
        "route": "ua-profile",
        "steps": steps,
        "peaks": peaks,
        "pages": pages,
        "seconds": sum(steps.values()),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _child(args: list[str]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=False, capture_output=True, text=True
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def print_row(r: dict[str, Any]) -> None:
    """Print one export's figures."""
    if "error" in r:
        print(f"  {r.get('route', '?'):<6} ERROR {r['error']}")
        return
    print(
        f"  {r['route']:<6} {r['pages']:>4} pages {r['seconds']:6.2f} s "
        f"{r['pages'] / r['seconds']:6.1f} pages/s  CPU {r['cpu_s']:5.2f} s "
        f"{r['pages'] / r['cpu_s']:6.1f} pages/CPU-s  (snapshot {r['snapshot_s']:.2f} s)  "
        f"peak {r['peak_rss_mb']:4.0f} MB"
        + (f" + worker {r['worker_peak_mb']:4.0f} MB" if r.get("worker_peak_mb") else "")
        + (f" (at once {r['together_mb']:4.0f} MB)" if r.get("worker_peak_mb") else "")
        + f"  {r['bytes'] / 1e6:.1f} MB file"
        + (f"  ({r['warnings']} warnings)" if r.get("warnings") else "")
        + (f"  [parts {r['at_once']} at once, load {r['load']:.1f}]" if r.get("at_once") else "")
    )


def summary(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Print the median rate and the peak memory of each route, against the targets."""
    rate: dict[str, float] = {}
    cpu_rate: dict[str, float] = {}
    peak: dict[str, float] = {}
    worker: dict[str, float] = {}
    together: dict[str, float] = {}
    for route, runs in rows.items():
        good = [r for r in runs if "error" not in r]
        if not good:
            return
        rate[route] = statistics.median(r["pages"] / r["seconds"] for r in good)
        cpu_rate[route] = statistics.median(r["pages"] / r["cpu_s"] for r in good)
        peak[route] = max(r["peak_rss_mb"] for r in good)
        worker[route] = max(r.get("worker_peak_mb", 0.0) for r in good)
        together[route] = max(r.get("together_mb", 0.0) for r in good)
    print(
        f"PDF/UA: {rate['ua']:.1f} pages/s ({cpu_rate['ua']:.1f} per CPU second; target >= "
        f"{UA_TARGET:.0f}), peak {peak['ua']:.0f} MB in the export's process and "
        f"{worker['ua']:.0f} MB in a Typst worker (target < {UA_MEMORY_MB:.0f}; the two peaks "
        f"added {peak['ua'] + worker['ua']:.0f} MB, measured at once {together['ua']:.0f} MB)"
    )
    print(
        f"print:  {rate['print']:.1f} pages/s ({cpu_rate['print']:.1f} per CPU second) = "
        f"{rate['print'] / PRINT_BEFORE:.2f} x the earlier {PRINT_BEFORE:.0f} pages/s "
        f"(target >= 0.90), peak {peak['print']:.0f} MB"
    )
    print(
        f"UA / print in this run: {rate['ua'] / rate['print']:.2f} "
        f"(per CPU second {cpu_rate['ua'] / cpu_rate['print']:.2f})"
    )


def run_all(args: argparse.Namespace) -> None:
    """Generate the library, run each route --runs times in turn, and sum up."""
    import generate as g

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        started = time.perf_counter()
        lib = g.generate_library(tmp / "bench.sqlite", args.items)
        big = g.make_large_curriculum(lib, modules=args.modules)
        lib.dispose()
        db = str(tmp / "bench.sqlite")
        print(
            f"library of {args.items} items, {args.modules}-module curriculum {big} "
            f"({time.perf_counter() - started:.1f} s)"
        )
        rows: dict[str, list[dict[str, Any]]] = {route: [] for route in ROUTES}
        run = 0
        for _ in range(args.runs):
            for route in ROUTES:
                run += 1
                row = _child([db, route, big, str(tmp / f"{route}-{run}.pdf"), str(run)])
                row.setdefault("route", route)
                rows[route].append(row)
                print_row(row)
        summary(rows)
        if args.stages:
            run += 1
            st = _child([db, "stages", big, str(tmp / "stages.pdf"), str(run)])
            if "error" in st:
                print(f"stages: ERROR {st['error']}")
            else:
                print(
                    f"UA worker requests ({st['pages']} pages, largest worker "
                    f"{st['worker_peak_mb']:.0f} MB, at once {st['together_mb']:.0f} MB;"
                    " wall seconds from the export's start, the worker's CPU and its own steps):"
                )
                for stage in st["stages"]:
                    print(
                        f"  {stage['name']:<8} {stage['from']:5.2f}-{stage['to']:5.2f} s  "
                        f"CPU {stage.get('cpu_s', 0):5.2f} s  "
                        f"peak {stage.get('peak_mb', 0):3.0f} MB  (imports "
                        f"{stage.get('imports_s', 0):5.3f} s, work {stage.get('work_s', 0):5.2f} s)"
                    )
                print(
                    f"  export process CPU {st['export_cpu_s']:5.2f} s; in all "
                    f"{st['seconds']:5.2f} s, CPU {st['cpu_s']:5.2f} s, "
                    f"{st['pages'] / st['cpu_s']:.1f} pages/CPU-s"
                )
        if args.profile:
            run += 1
            prof = _child([db, "profile", big, str(tmp / "profile.pdf"), str(run)])
            if "error" in prof:
                print(f"profile: ERROR {prof['error']}")
                return
            print(f"UA steps, CPU time ({prof['pages']} pages, peak {prof['peak_rss_mb']:.0f} MB):")
            for name, seconds in prof["steps"].items():
                print(
                    f"  {name:<15} {seconds:6.2f} s  {100 * seconds / prof['seconds']:4.0f} %"
                    f"  peak so far {prof['peaks'][name]:4.0f} MB"
                )


def main(argv: list[str] | None = None) -> int:
    """Parse options; in child mode run one export and print its figures as JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, default=2000, help="items in the generated library")
    p.add_argument("--modules", type=int, default=48, help="modules, about 8 print pages each")
    p.add_argument("--runs", type=int, default=2, help="runs of each route, taking turns")
    p.add_argument("--profile", action="store_true", help="one more UA run, split into steps")
    p.add_argument(
        "--stages", action="store_true", help="one more UA run, each worker request timed"
    )
    p.add_argument(
        "--at-once",
        type=int,
        choices=(1, 2),
        help="UA: body parts typeset at once (default: as the route decides from the load)",
    )
    p.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.at_once:
        os.environ["BENCH_UA_AT_ONCE"] = str(args.at_once)
    if args.child:
        db, route, cid, out, run = args.child
        if route == "profile":
            result = profile_once(db, cid, Path(out), int(run))
        elif route == "stages":
            result = stages_once(db, cid, Path(out), int(run))
        else:
            result = export_once(db, route, cid, Path(out), int(run))
        print(json.dumps(result))
        return 0
    run_all(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
