"""Render the slide deck as a 16:9 PDF (one vector page per slide, fonts embedded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from exporters.base import (
    ExportOptions,
    ExportResult,
    atomic_output,
    check_no_leak,
    file_sha256,
    trainer_texts,
)
from exporters.fonts import BODY, BOLD
from exporters.slide_model import (
    BODY_LEADING,
    BODY_SIZE,
    BULLET_GAP,
    BULLET_INDENT,
    CONTENT_W,
    COVER_KICKER_SIZE,
    FOOTER_RULE_Y,
    FOOTER_SIZE,
    FOOTER_Y,
    KICKER_SIZE,
    KICKER_Y,
    MARGIN,
    PAGE_H,
    PAGE_W,
    SUBTITLE_LEADING,
    SUBTITLE_SIZE,
    TITLE_Y,
    Deck,
    Slide,
    body_first_baseline,
    build_deck,
    fit_line,
    label,
    one_line,
    text_width,
    wrap,
)

if TYPE_CHECKING:
    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress

INK = HexColor("#1E2A32")
MUTED = HexColor("#5B6B76")
ACCENT = HexColor("#0F6B7A")
ACCENT_DARK = HexColor("#0C4A56")
ACCENT_SOFT = HexColor("#9FD3DA")
TINT = HexColor("#EEF5F6")
RULE = HexColor("#D3DCE0")
WHITE = HexColor("#FFFFFF")


@dataclass
class Pen:
    """Draw strings on a canvas and remember them (for the participant leak check)."""

    canvas: Canvas
    drawn: list[str] = field(default_factory=list)

    def text(
        self, x: float, y: float, s: str, font: str, size: float, color: Color, align: str = "l"
    ) -> None:
        """Draw one line of text, left ("l") or right ("r") aligned at x."""
        if not s:
            return
        c = self.canvas
        c.setFont(font, size)
        c.setFillColor(color)
        if align == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)
        self.drawn.append(s)


def _fill_page(c: Canvas, color: Color) -> None:
    c.setFillColor(color)
    c.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)


def _footer(pen: Pen, slide: Slide, total: int, dark: bool = False) -> None:
    c = pen.canvas
    color = ACCENT_SOFT if dark else MUTED
    if not dark:
        c.setStrokeColor(RULE)
        c.setLineWidth(0.75)
        c.line(MARGIN, FOOTER_RULE_Y, PAGE_W - MARGIN, FOOTER_RULE_Y)
        pen.text(MARGIN, FOOTER_Y, slide.footer, BODY, FOOTER_SIZE, color)
    pen.text(PAGE_W - MARGIN, FOOTER_Y, f"{slide.number} / {total}", BODY, FOOTER_SIZE, color, "r")


def _badge(pen: Pen, text: str) -> None:
    c = pen.canvas
    w = text_width(text, BOLD, KICKER_SIZE) + 24
    x = PAGE_W - MARGIN - w
    c.setFillColor(ACCENT)
    c.roundRect(x, KICKER_Y - 8, w, KICKER_SIZE + 14, 11, stroke=0, fill=1)
    pen.text(x + 12, KICKER_Y, text, BOLD, KICKER_SIZE, WHITE)


def _head(pen: Pen, slide: Slide) -> None:
    c = pen.canvas
    c.setFillColor(ACCENT)
    c.rect(MARGIN, PAGE_H - 34, 44, 5, stroke=0, fill=1)
    pen.text(MARGIN, KICKER_Y, slide.kicker, BOLD, KICKER_SIZE, ACCENT)
    if slide.badge:
        _badge(pen, slide.badge)
    leading = slide.title_size * 1.18
    for i, line in enumerate(slide.title_lines):
        pen.text(MARGIN, TITLE_Y - i * leading, line, BOLD, slide.title_size, INK)


def _marker(c: Canvas, x: float, y: float, level: int) -> None:
    c.setFillColor(ACCENT)
    c.setStrokeColor(ACCENT)
    if level:
        c.setLineWidth(1.4)
        c.circle(x, y, 3.2, stroke=1, fill=0)
    else:
        c.circle(x, y, 4.2, stroke=0, fill=1)


def _bullets(pen: Pen, slide: Slide) -> None:
    y = body_first_baseline(slide)
    for b in slide.bullets:
        x = MARGIN + BULLET_INDENT * (b.level + 1)
        if b.marker:
            _marker(pen.canvas, x - BULLET_INDENT + 6, y + BODY_SIZE * 0.33, b.level)
        for line in b.lines:
            pen.text(x, y, line, BODY, BODY_SIZE, INK)
            y -= BODY_LEADING
        y -= BULLET_GAP


def _content(pen: Pen, slide: Slide, total: int) -> None:
    if slide.layout == "exercise":
        _fill_page(pen.canvas, TINT)
    _head(pen, slide)
    _bullets(pen, slide)
    _footer(pen, slide, total)


def _heading(pen: Pen, slide: Slide, total: int) -> None:
    c = pen.canvas
    leading = slide.title_size * 1.2
    top = PAGE_H / 2 + (len(slide.title_lines) - 1) * leading / 2 + 10
    pen.text(MARGIN, top + 56, slide.kicker, BOLD, KICKER_SIZE, ACCENT)
    for i, line in enumerate(slide.title_lines):
        pen.text(MARGIN, top - i * leading, line, BOLD, slide.title_size, INK)
    c.setFillColor(ACCENT)
    c.rect(MARGIN, top - (len(slide.title_lines) - 1) * leading - 34, 88, 5, stroke=0, fill=1)
    _footer(pen, slide, total)


def _cover(pen: Pen, slide: Slide, total: int) -> None:
    _fill_page(pen.canvas, ACCENT_DARK if slide.layout == "title" else INK)
    leading = slide.title_size * 1.16
    top = PAGE_H / 2 + (len(slide.title_lines) - 1) * leading / 2 + 20
    pen.text(MARGIN, top + 64, slide.kicker, BOLD, COVER_KICKER_SIZE, ACCENT_SOFT)
    for i, line in enumerate(slide.title_lines):
        pen.text(MARGIN, top - i * leading, line, BOLD, slide.title_size, WHITE)
    y = top - (len(slide.title_lines) - 1) * leading - 52
    for line in slide.subtitle:
        pen.text(MARGIN, y, line, BODY, SUBTITLE_SIZE, ACCENT_SOFT)
        y -= SUBTITLE_LEADING
    if slide.layout == "title":
        _footer(pen, slide, total, dark=True)


def draw_slide(pen: Pen, slide: Slide, total: int) -> None:
    """Draw one slide in slide coordinates (0..960 x 0..540 pt) on the pen's canvas."""
    if slide.layout in ("cover", "title"):
        _cover(pen, slide, total)
    elif slide.layout == "heading":
        _heading(pen, slide, total)
    else:
        _content(pen, slide, total)


def new_canvas(path: Path, size: tuple[float, float], options: ExportOptions) -> Canvas:
    """Return a canvas whose initial font is the embedded body font (never Helvetica)."""
    return Canvas(
        str(path),
        pagesize=size,
        invariant=int(options.invariant),
        initialFontName=BODY,
        initialFontSize=BODY_SIZE,
    )


def set_metadata(c: Canvas, deck: Deck, subject: str) -> None:
    """Set the PDF's title, author, subject and creator."""
    c.setTitle(deck.title)
    c.setAuthor(deck.author or "Kursverk")
    c.setSubject(subject)
    c.setCreator("Kursverk")


def leak_check(deck: Deck, snapshot: ExportSnapshot, drawn: list[str]) -> None:
    """Refuse a participant output that shows trainer-only text (raises LeakError)."""
    if deck.profile != "trainer":
        check_no_leak("\n".join(drawn), trainer_texts(snapshot))


def render_slides_pdf(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the snapshot as a 16:9 slide PDF and return what was written."""
    deck = build_deck(snapshot)
    total = len(deck.slides)
    progress.start(total, "Slides")
    with atomic_output(Path(path)) as part:
        c = new_canvas(part, (PAGE_W, PAGE_H), options)
        set_metadata(c, deck, "Slides")
        pen = Pen(c)
        pages = 0
        for number, slide in enumerate(deck.slides, 1):
            draw_slide(pen, slide, total)
            c.showPage()
            pages += 1
            if deck.profile == "trainer" and slide.notes:
                draw_notes_page(pen, slide, number, deck.lang)
                c.showPage()
                pages += 1
            progress.step()
        leak_check(deck, snapshot, pen.drawn)
        c.save()
    return ExportResult(Path(path), pages, file_sha256(Path(path)), list(deck.warnings))


NOTES_TITLE_SIZE = 20.0
NOTES_SIZE = 15.0
NOTES_LEADING = 21.0


def draw_notes_page(pen: Pen, slide: Slide, number: int, lang: str) -> None:
    """Draw the trainer's notes to a slide on a page of their own, after the slide."""
    heading = f"{label('trainer_note', lang)} · {number}: {one_line(slide.title)}"
    pen.text(MARGIN, PAGE_H - 72, fit_line(heading, BOLD, NOTES_TITLE_SIZE, CONTENT_W),
             BOLD, NOTES_TITLE_SIZE, ACCENT_DARK)
    lines = [
        ln for part in slide.notes.split("\n") for ln in wrap(part, BODY, NOTES_SIZE, CONTENT_W)
    ]
    room = int((PAGE_H - 120 - FOOTER_RULE_Y) // NOTES_LEADING)
    if len(lines) > room:
        lines = [*lines[: room - 1], fit_line(lines[room - 1] + " …", BODY, NOTES_SIZE, CONTENT_W)]
    y = PAGE_H - 120
    for line in lines:
        pen.text(MARGIN, y, line, BODY, NOTES_SIZE, INK)
        y -= NOTES_LEADING
