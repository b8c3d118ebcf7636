"""Render handouts: A4 pages with 3 slides and note lines beside them, or 6 slides a page.

Slides are drawn as vectors by the slide PDF's own drawing code, scaled with a canvas
transform, so a handout shows exactly the slides of the deck.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4

from exporters.base import ExportOptions, ExportResult, atomic_output, file_sha256
from exporters.fonts import BODY, BOLD
from exporters.slide_model import (
    PAGE_H,
    PAGE_W,
    Deck,
    Slide,
    build_deck,
    fit_line,
    label,
    wrap,
)
from exporters.slides import (
    MUTED,
    RULE,
    Pen,
    draw_slide,
    leak_check,
    new_canvas,
    set_metadata,
)

if TYPE_CHECKING:
    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress

A4_W, A4_H = A4
SIDE = 42.0
TOP = A4_H - 64.0  # top of the first cell
BOTTOM = 58.0  # bottom of the last cell
ROWS = 3
LINE_STEP = 20.0
NOTE_SIZE = 8.5
NOTE_LEADING = 11.0


@dataclass(frozen=True)
class Cell:
    """Where one slide goes on a handout page, and its note area (w == 0: none)."""

    x: float
    y: float  # bottom of the slide
    scale: float
    notes_x: float
    notes_w: float
    lines_bottom: float


def _cells(per_page: int) -> list[Cell]:
    """Return the cells of one page for 3 or 6 slides a page."""
    cell_h = (TOP - BOTTOM) / ROWS
    usable = A4_W - 2 * SIDE
    cells: list[Cell] = []
    for row in range(ROWS):
        top = TOP - row * cell_h
        if per_page == 3:
            w = 310.0
            scale = w / PAGE_W
            y = top - PAGE_H * scale
            notes_x = SIDE + w + 20
            cells.append(Cell(SIDE, y, scale, notes_x, A4_W - SIDE - notes_x, top - cell_h + 22))
            continue
        w = (usable - 24) / 2
        scale = w / PAGE_W
        y = top - PAGE_H * scale
        for col in range(2):
            x = SIDE + col * (w + 24)
            cells.append(Cell(x, y, scale, x, w, top - cell_h + 22))
    return cells


def _draw_thumb(pen: Pen, slide: Slide, total: int, cell: Cell) -> None:
    """Draw a slide scaled into a cell, clipped to its box, with a thin frame."""
    c = pen.canvas
    w, h = PAGE_W * cell.scale, PAGE_H * cell.scale
    c.saveState()
    box = c.beginPath()
    box.rect(cell.x, cell.y, w, h)
    c.clipPath(box, stroke=0, fill=0)
    c.translate(cell.x, cell.y)
    c.scale(cell.scale, cell.scale)
    draw_slide(pen, slide, total)
    c.restoreState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(cell.x, cell.y, w, h, stroke=1, fill=0)


def _note_area(pen: Pen, slide: Slide, cell: Cell, beside: bool) -> None:
    """Draw the trainer's notes (trainer profile) and ruled lines to write on."""
    c = pen.canvas
    top = cell.y + PAGE_H * cell.scale if beside else cell.y - 6
    y = top - NOTE_LEADING
    if slide.notes:
        room = int((top - cell.lines_bottom) // NOTE_LEADING) - 2
        lines = [
            ln for p in slide.notes.split("\n") for ln in wrap(p, BODY, NOTE_SIZE, cell.notes_w)
        ]
        if len(lines) > room:
            lines = [
                *lines[: room - 1],
                fit_line(lines[room - 1] + " …", BODY, NOTE_SIZE, cell.notes_w),
            ]
        for line in lines:
            pen.text(cell.notes_x, y, line, BODY, NOTE_SIZE, MUTED)
            y -= NOTE_LEADING
        top = y + NOTE_LEADING - 6
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    y = top - LINE_STEP
    while y >= cell.lines_bottom:
        c.line(cell.notes_x, y, cell.notes_x + cell.notes_w, y)
        y -= LINE_STEP


def _page_frame(pen: Pen, deck: Deck, page: int, pages: int) -> None:
    c = pen.canvas
    pen.text(SIDE, A4_H - 36, fit_line(deck.title, BOLD, 10, A4_W - 2 * SIDE), BOLD, 10, MUTED)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(SIDE, A4_H - 44, A4_W - SIDE, A4_H - 44)
    text = label("page_x_of_y", deck.lang, page=page, total=pages)
    pen.text(A4_W - SIDE, 30, text, BODY, 9, MUTED, "r")


def render_handout(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the snapshot's slides as an A4 handout (3 or 6 slides a page)."""
    deck = build_deck(snapshot)
    per_page = 6 if options.handout_per_page == 6 else 3
    cells = _cells(per_page)
    total = len(deck.slides)
    pages = max(1, math.ceil(total / per_page))
    progress.start(total, "Handout")
    with atomic_output(Path(path)) as part:
        c = new_canvas(part, A4, options)
        set_metadata(c, deck, "Handout")
        pen = Pen(c)
        for page in range(pages):
            _page_frame(pen, deck, page + 1, pages)
            for slide, cell in zip(deck.slides[page * per_page :], cells):
                _draw_thumb(pen, slide, total, cell)
                _note_area(pen, slide, cell, beside=per_page == 3)
                progress.step()
            c.showPage()
        leak_check(deck, snapshot, pen.drawn)
        c.save()
    return ExportResult(Path(path), pages, file_sha256(Path(path)), list(deck.warnings))
