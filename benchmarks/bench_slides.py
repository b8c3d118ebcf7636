"""Time the slide PDF, the handout and the PPTX of a synthetic ~200-slide deck.

Run from the repository root: ``.venv/bin/python benchmarks/bench_slides.py [--modules 10]``.
Prints, for each export, the best wall time of a few runs and the peak traced memory.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from content.exports.snapshot import (
    BlockSnapshot,
    ExportSnapshot,
    ItemSnapshot,
    ModuleSnapshot,
    SectionSnapshot,
    SessionSnapshot,
)
from content.progress import Progress
from exporters.base import ExportOptions, ExportResult
from exporters.handout import render_handout
from exporters.pptx_export import render_pptx
from exporters.slide_model import build_deck
from exporters.slides import render_slides_pdf

KINDS = ("finding", "barrier", "measure", "example", "question")
SUMMARY = (
    "Kommuner som tar **tidlig kontakt** med næringslivet får raskere etableringer, "
    "særlig når én person eier saken. Sámi: áčđŋšŧž."
)


def _item(m: int, n: int) -> ItemSnapshot:
    summary = SUMMARY if n % 3 else f"{SUMMARY}\n\n- Møt bedriftene der de er\n- Svar innen én uke"
    return ItemSnapshot(
        id=f"i{m}-{n}",
        kind=KINDS[n % len(KINDS)],
        title=f"Funn {m}.{n}: tidlig dialog gir raskere etablering i vertskapskommunen",
        summary=summary,
    )


def _blocks(m: int, items: int) -> tuple[BlockSnapshot, ...]:
    blocks: list[BlockSnapshot] = []
    for n in range(items):
        blocks.append(BlockSnapshot(id=f"b{m}-{n}", block_type="item", item=_item(m, n)))
        if n % 5 == 4:
            blocks.append(
                BlockSnapshot(
                    id=f"x{m}-{n}",
                    block_type="exercise",
                    title="Hva betyr dette for din kommune?",
                    text="Diskuter i grupper på fire. Noter tre tiltak.",
                    exercise_kind="group_task",
                    minutes=20,
                )
            )
        if n % 4 == 0:
            blocks.append(
                BlockSnapshot(
                    id=f"n{m}-{n}",
                    block_type="trainer_note",
                    trainer_only=True,
                    text="Spør om egne erfaringer før du viser neste lysark.",
                )
            )
    return tuple(blocks)


def synthetic_snapshot(
    modules: int = 10, items: int = 15, profile: str = "trainer"
) -> ExportSnapshot:
    """Return a curriculum snapshot of about modules * (items + 5) slides."""
    mods = tuple(
        ModuleSnapshot(
            id=f"m{m}",
            title=f"Modul {m}: Vertskap og samarbeid",
            code=f"VK-{m:02d}",
            objectives=("Forklare vertskapsattraktivitet", "Kjenne igjen barrierer"),
            sections=(SectionSnapshot(id=f"s{m}", title="Innhold", blocks=_blocks(m, items)),),
        )
        for m in range(modules)
    )
    session = SessionSnapshot(id="ses", title="Samling 1", modules=mods)
    return ExportSnapshot(
        scope="curriculum",
        target_id="c",
        title="Benchmark",
        profile=profile,
        sessions=(session,),
    )


Render = Callable[..., ExportResult]


def _measure(name: str, render: Render, snap: ExportSnapshot, out: Path, **opts: int) -> None:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        result = render(snap, out, Progress(), ExportOptions(**opts))
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    render(snap, out, Progress(), ExportOptions(**opts))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size = out.stat().st_size / 1024
    print(
        f"{name:<12} {result.pages:4d} pages  best {min(times):.3f} s  "
        f"(first {times[0]:.3f} s)  peak {peak / 2**20:.1f} MiB  {size:.0f} KiB"
    )


def main() -> None:
    """Build the snapshot and time each export."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--modules", type=int, default=10)
    parser.add_argument("--items", type=int, default=15)
    args = parser.parse_args()
    snap = synthetic_snapshot(args.modules, args.items)
    t0 = time.perf_counter()
    deck = build_deck(snap)
    print(f"deck model   {len(deck.slides):4d} slides {time.perf_counter() - t0:.3f} s (cold)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _measure("slides pdf", render_slides_pdf, snap, out / "s.pdf")
        _measure("handout x3", render_handout, snap, out / "h3.pdf", handout_per_page=3)
        _measure("handout x6", render_handout, snap, out / "h6.pdf", handout_per_page=6)
        _measure("pptx", render_pptx, snap, out / "s.pptx")


if __name__ == "__main__":
    main()
