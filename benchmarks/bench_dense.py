"""Time the print-route handbook on dense text against plain ReportLab on the same text.

Run from the repository root::

    .venv/bin/python benchmarks/bench_dense.py [--runs 3] [--words 166000] [--no-usual]
        [--accel on|off|both] [--clock wall|cpu]

The dense case is a curriculum of 10 sessions x 5 modules whose text blocks are long Markdown
bodies of plain paragraphs (Norwegian-like words from benchmarks/generate.py, one exercise
box per module), about 166,000 words on about 390 pages. It is rendered by the handbook
(``exporters.handbook.render_handbook``, the ReportLab print route) and, as the reference,
by plain ReportLab: BaseDocTemplate with the same unpadded frame, one Paragraph per paragraph or
heading in the same styles and bundled Noto fonts, the same page breaks, no TOC, no running
header. The usual case is the hand-made test snapshot of bench_export_pdf_quick.py (boxes,
lists, item cards; about 60 % of the dense text per page), ours only.

Every render runs in a fresh process, ours and plain alternating, each with ReportLab's C
accelerator (the ``rl_accel`` package, imported by ``reportlab.lib.rl_accel`` as
``_rl_accel``) and without it (``sys.modules['_rl_accel'] = None`` before ReportLab is
imported, so ReportLab falls back to its pure-Python functions). ``--clock cpu`` times the
same region in the process's CPU seconds instead of wall time. The reference registers the
bundled fonts as ReportLab's own ``TTFont`` (the handbook's ``FastTTFont`` is ours).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SESSIONS = 10
MODULES_PER_SESSION = 5
SECTIONS_PER_MODULE = 3
PARAGRAPH_WORDS = (90, 260)
# the clock of the timed region: wall time, or with --clock cpu this process's CPU time
# (steadier on a shared machine: other jobs' load does not count)
CLOCK = [time.perf_counter]
_NO_PAD = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def _paragraph(rng: random.Random, words: int) -> str:
    from generate import sentence

    out: list[str] = []
    count = 0
    while count < words:
        s = sentence(rng, 8, 22)
        out.append(s)
        count += len(s.split())
    return " ".join(out)


def dense_snapshot(total_words: int, seed: int = 14) -> Any:
    """Return the dense curriculum snapshot (plain paragraphs, one exercise per module)."""
    from datetime import date

    from generate import title

    from content.exports.snapshot import (
        BlockSnapshot,
        ExportSnapshot,
        ModuleSnapshot,
        SectionSnapshot,
        SessionSnapshot,
    )

    rng = random.Random(seed)
    modules = SESSIONS * MODULES_PER_SESSION
    per_section = total_words // (modules * SECTIONS_PER_MODULE)
    sessions = []
    n = 0
    for s in range(1, SESSIONS + 1):
        mods = []
        for _ in range(MODULES_PER_SESSION):
            n += 1
            sections = []
            for k in range(1, SECTIONS_PER_MODULE + 1):
                paras, count = [], 0
                while count < per_section:
                    words = rng.randint(*PARAGRAPH_WORDS)
                    paras.append(_paragraph(rng, min(words, per_section - count + 5)))
                    count += len(paras[-1].split())
                blocks = [BlockSnapshot(id=f"b{n}-{k}", block_type="text", text="\n\n".join(paras))]
                if k == SECTIONS_PER_MODULE:
                    blocks.append(
                        BlockSnapshot(
                            id=f"x{n}",
                            block_type="exercise",
                            title="Refleksjon",
                            text="Hva betyr dette for din kommune?",
                            exercise_kind="reflection",
                            minutes=15,
                        )
                    )
                sections.append(
                    SectionSnapshot(id=f"s{n}-{k}", title=title(rng), blocks=tuple(blocks))
                )
            mods.append(
                ModuleSnapshot(
                    id=f"m{n}", title=title(rng), code=f"M-{n}", sections=tuple(sections)
                )
            )
        sessions.append(
            SessionSnapshot(
                id=f"ses-{s}",
                title=title(rng),
                number=s,
                session_date=date(2025, 3, s),
                modules=tuple(mods),
            )
        )
    return ExportSnapshot(
        scope="curriculum",
        target_id="cur-dense",
        title="Tett tekst – vertskapskommune",
        sessions=tuple(sessions),
    )


def count_words(snapshot: Any) -> int:
    """Return the number of words in the snapshot's text blocks."""
    return sum(
        len(b.text.split())
        for m in snapshot.modules()
        for sec in m.sections
        for b in sec.blocks
        if b.block_type == "text"
    )


def ours_once(case: str, words: int, out: Path) -> dict[str, Any]:
    """Render the handbook (print route) and return pages and seconds."""
    from content.progress import Progress
    from exporters.base import ExportOptions
    from exporters.handbook import render_handbook

    if case == "dense":
        snapshot = dense_snapshot(words)
    else:
        from tests.exporters.conftest import make_snapshot

        snapshot = make_snapshot(sessions=20, modules_per_session=10)
    start = CLOCK[0]()
    result = render_handbook(snapshot, out, Progress(), ExportOptions())
    seconds = CLOCK[0]() - start
    return {"pages": result.pages, "seconds": seconds}


def plain_once(words: int, out: Path) -> dict[str, Any]:
    """Render the same dense text with plain ReportLab: one Paragraph per paragraph."""
    from xml.sax.saxutils import escape

    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

    from exporters import fonts
    from exporters import styles as S

    # the reference draws with ReportLab's own TTFont (the handbook registers a faster
    # subclass with the same output, exporters.rlfast.FastTTFont)
    fonts.FastTTFont = TTFont  # type: ignore[misc]
    snapshot = dense_snapshot(words)
    start = CLOCK[0]()
    body, h1, h2, h3 = S.style("body"), S.style("h1"), S.style("h2"), S.style("h3")
    story: list[Any] = []
    for si, session in enumerate(snapshot.sessions):
        if si:
            story.append(PageBreak())
        story.append(Paragraph(escape(session.title), h1))
        for mi, module in enumerate(session.modules):
            if mi:
                story.append(PageBreak())
            story.append(Paragraph(escape(f"{module.code} {module.title}"), h2))
            for section in module.sections:
                story.append(Paragraph(escape(section.title), h3))
                for block in section.blocks:
                    for text in re.split(r"\n\s*\n", block.text):
                        story.append(Paragraph(escape(text), body))
    doc = BaseDocTemplate(
        str(out),
        pagesize=S.PAGE_SIZE,
        leftMargin=S.MARGIN_LEFT,
        rightMargin=S.MARGIN_RIGHT,
        topMargin=S.MARGIN_TOP,
        bottomMargin=S.MARGIN_BOTTOM,
    )
    # the handbook's frame: no padding (ReportLab's default frame has 6 pt on each side)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f", **_NO_PAD)
    doc.addPageTemplates([PageTemplate("body", [frame])])
    doc.build(story)
    seconds = CLOCK[0]() - start
    return {"pages": doc.page, "seconds": seconds}


def child(args: argparse.Namespace) -> None:
    """Run one render in this (fresh) process and print its figures as JSON."""
    if args.clock == "cpu":
        CLOCK[0] = time.process_time
    if args.accel == "off":
        sys.modules["_rl_accel"] = None  # type: ignore[assignment]  # ReportLab falls back to Python
    import reportlab.lib.rl_accel as accel

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        if args.child == "plain":
            row = plain_once(args.words, out)
        else:
            row = ours_once(args.case, args.words, out)
    row["accel"] = "on" if accel._c_funcs else "off"
    print(json.dumps(row))


def _run(kind: str, case: str, accel: str, words: int, clock: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--case", case, "--accel", accel]
    cmd += ["--clock", clock]
    out = subprocess.run([*cmd, "--words", str(words)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _summary(label: str, rows: list[dict[str, Any]]) -> float:
    rates = [r["pages"] / r["seconds"] for r in rows]
    secs = ", ".join(f"{r['seconds']:.2f}" for r in rows)
    print(
        f"  {label:<22} {rows[0]['pages']:>4} pages  {secs} s  "
        f"{min(rates):.0f}–{max(rates):.0f} pages/s (median {statistics.median(rates):.0f})"
    )
    return statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    """Alternate ours and plain ReportLab in fresh processes, with and without rl_accel."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--words", type=int, default=166_000)
    p.add_argument("--accel", choices=("on", "off", "both"), default="both")
    p.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    p.add_argument("--no-usual", action="store_true", help="skip the usual (60 %%-text) case")
    p.add_argument("--child", choices=("ours", "plain"), help=argparse.SUPPRESS)
    p.add_argument("--case", choices=("dense", "usual"), default="dense", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args)
        return 0
    print(f"dense: {count_words(dense_snapshot(args.words)):,} words")
    for accel in ("on", "off") if args.accel == "both" else (args.accel,):
        rows: dict[str, list[dict[str, Any]]] = {"ours": [], "plain": [], "usual": []}
        for _ in range(args.runs):
            rows["ours"].append(_run("ours", "dense", accel, args.words, args.clock))
            rows["plain"].append(_run("plain", "dense", accel, args.words, args.clock))
            if not args.no_usual:
                rows["usual"].append(_run("ours", "usual", accel, args.words, args.clock))
        loaded = rows["ours"][0]["accel"]
        print(f"rl_accel {accel} (loaded: {loaded}), {args.runs} runs, {args.clock} clock:")
        ours = _summary("dense, handbook", rows["ours"])
        plain = _summary("dense, plain ReportLab", rows["plain"])
        print(f"  ratio ours/plain (median pages/s): {ours / plain:.2f}x")
        if rows["usual"]:
            _summary("usual, handbook", rows["usual"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
