"""Time every export kind end to end on a generated library, and the handbook against WeasyPrint.

Run from the repository root::

    .venv/bin/python benchmarks/bench_export.py [--library /tmp/kv10k.sqlite] [--modules 34]

Without --library a 10,000-item library is generated in a temporary folder. A curriculum of
--modules modules (about 400 handbook pages) and one of --deck-modules modules (about 200
slides) are added. Each export runs in its own process: the time printed covers snapshot,
Markdown, layout and writing; the memory printed is that process's peak RSS. The same
handbook content is then rendered by WeasyPrint (Markdown -> HTML, plain print CSS) when it
is installed (``pip install -e .[bench]``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

KINDS = (
    "handbook",
    "trainer-guide",
    "slides",
    "handout",
    "pptx",
    "criteria",
    "models",
    "examples",
    "indicators",
)
DECK_KINDS = ("slides", "handout", "pptx")
PRINT_CSS = """
@page { size: A4; margin: 22mm 20mm 25mm 20mm;
        @bottom-center { content: "Side " counter(page) " av " counter(pages); } }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.35; }
h1 { page-break-before: always; font-size: 20pt; } h2 { font-size: 15pt; }
h3 { font-size: 12pt; page-break-after: avoid; } .kind { color: #555; font-size: 9pt; }
.notes { height: 40mm; border-bottom: 1px solid #999; }
"""


def export_once(db: str, kind: str, curriculum_id: str, out: Path) -> dict[str, Any]:
    """Snapshot, render and write one export; return seconds, pages and warnings."""
    from content.exports.snapshots import build_snapshot
    from content.progress import Progress
    from db.engine import open_library
    from exporters.base import ExportOptions
    from exporters.registry import renderer

    lib = open_library(db)
    t0 = time.perf_counter()
    with lib.read_sessions() as s:
        profile = "trainer" if kind == "trainer-guide" else "participant"
        snap = build_snapshot(s, "curriculum", curriculum_id, profile=profile)
    t1 = time.perf_counter()
    result = renderer(kind)(snap, out, Progress(), ExportOptions())
    t2 = time.perf_counter()
    lib.dispose()
    return {
        "kind": kind,
        "seconds": t2 - t0,
        "snapshot_s": t1 - t0,
        "pages": result.pages,
        "warnings": len(result.warnings),
        "bytes": out.stat().st_size,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def snapshot_html(db: str, curriculum_id: str) -> str:
    """Return the participant handbook content as one HTML document (for WeasyPrint)."""
    from content.exports.snapshots import build_snapshot
    from content.markdown import to_html
    from db.engine import open_library

    lib = open_library(db)
    with lib.read_sessions() as s:
        snap = build_snapshot(s, "curriculum", curriculum_id, profile="participant")
    lib.dispose()
    parts = [f"<h1>{_esc(snap.title)}</h1><p>{_esc(snap.description)}</p>"]
    for ses in snap.sessions:
        for m in ses.modules:
            parts.append(
                f"<h1>{_esc(m.title)}</h1><ul>"
                + "".join(f"<li>{_esc(o)}</li>" for o in m.objectives)
                + "</ul>"
            )
            for sec in m.sections:
                parts.append(f"<h2>{_esc(sec.title)}</h2>")
                parts += [_block_html(b, to_html) for b in sec.blocks]
    return (
        f"<!doctype html><html lang='nb'><head><meta charset='utf-8'><style>{PRINT_CSS}"
        f"</style></head><body>{''.join(parts)}</body></html>"
    )


def _block_html(b: Any, to_html: Any) -> str:
    if b.block_type == "item" and b.item is not None:
        text = {"full": b.item.body, "summary": b.item.summary}.get(b.display, "")
        return (
            f"<h3>{_esc(b.item.title)}</h3><p class='kind'>{b.item.kind}</p>"
            f"<p><em>{_esc(b.item.summary)}</em></p>{to_html(text)}"
        )
    if b.block_type == "exercise":
        return f"<h3>{_esc(b.title)}</h3>{to_html(b.text)}<div class='notes'></div>"
    return to_html(b.text)


def _esc(text: str) -> str:
    import html

    return html.escape(text or "")


def weasy_once(db: str, curriculum_id: str, out: Path) -> dict[str, Any]:
    """Render the handbook content with WeasyPrint; return seconds and pages."""
    try:
        import weasyprint
    except Exception as exc:  # ImportError, or OSError when Pango is missing
        return {"error": f"{exc.__class__.__name__}: {exc}"}
    t0 = time.perf_counter()
    doc = weasyprint.HTML(string=snapshot_html(db, curriculum_id)).render()
    doc.write_pdf(out)
    return {
        "kind": "weasyprint",
        "seconds": time.perf_counter() - t0,
        "pages": len(doc.pages),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _child(args: list[str]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=False, capture_output=True, text=True
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def prepare(args: argparse.Namespace, tmp: Path) -> tuple[str, str, str]:
    """Return (library path, big curriculum id, deck curriculum id), generating as needed."""
    import generate as g

    from db.engine import open_library

    if args.library:
        db = tmp / "bench.sqlite"
        db.write_bytes(Path(args.library).read_bytes())
        lib = open_library(db)
    else:
        db = tmp / "bench.sqlite"
        lib = g.generate_library(db, 10_000)
    big = g.make_large_curriculum(lib, modules=args.modules)
    deck = g.make_large_curriculum(
        lib, modules=args.deck_modules, seed=12, title="Lysbildeserie: Næringsvennlig kommune"
    )
    lib.dispose()
    return str(db), big, deck


def print_row(r: dict[str, Any], unit: str = "pages") -> None:
    """Print one export's figures."""
    if "error" in r:
        print(f"  {r.get('kind', '?'):<14} ERROR {r['error']}")
        return
    rate = r["pages"] / r["seconds"] if r["seconds"] else 0.0
    print(
        f"  {r['kind']:<14} {r['pages']:>5} {unit:<6} {r['seconds']:7.2f} s  "
        f"{rate:7.1f} {unit}/s  (snapshot {r.get('snapshot_s', 0):.2f} s)  "
        f"peak {r['peak_rss_mb']:5.0f} MB"
        + (f"  ({r['warnings']} warnings)" if r.get("warnings") else "")
    )


def run_all(args: argparse.Namespace) -> None:
    """Prepare the library, run each export in a child process, and compare with WeasyPrint."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db, big, deck = prepare(args, tmp)
        print(f"library {db}; 400-page curriculum {big}; deck curriculum {deck}")
        rows = {}
        for kind in args.kinds:
            target = deck if kind in DECK_KINDS else big
            suffix = ".pptx" if kind == "pptx" else ".pdf"
            rows[kind] = _child([db, kind, target, str(tmp / f"{kind}{suffix}")])
            rows[kind].setdefault("kind", kind)
            print_row(rows[kind], "slides" if kind in ("slides", "pptx") else "pages")
        weasy = _child([db, "weasyprint", big, str(tmp / "weasy.pdf")])
        weasy.setdefault("kind", "weasyprint")
        print_row(weasy)
        _compare(rows.get("handbook"), weasy)


def _compare(ours: dict[str, Any] | None, weasy: dict[str, Any]) -> None:
    if not ours or "error" in ours:
        return
    rate = ours["pages"] / ours["seconds"]
    print(f"handbook: {rate:.1f} pages/s (target >= 80)")
    if "error" in weasy:
        print(f"WeasyPrint comparison skipped: {weasy['error']}")
        return
    w_rate = weasy["pages"] / weasy["seconds"]
    print(f"WeasyPrint: {w_rate:.1f} pages/s; ratio {rate / w_rate:.2f}x (target >= 4x)")


def main(argv: list[str] | None = None) -> int:
    """Parse options; in child mode run one export and print its figures as JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--library", help="a generated library file (copied, never changed)")
    p.add_argument("--modules", type=int, default=40, help="modules in the big curriculum")
    p.add_argument("--deck-modules", type=int, default=8, help="modules in the slide deck")
    p.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    p.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        db, kind, cid, out = args.child
        fn = weasy_once if kind == "weasyprint" else None
        result = fn(db, cid, Path(out)) if fn else export_once(db, kind, cid, Path(out))
        print(json.dumps(result))
        return 0
    run_all(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
