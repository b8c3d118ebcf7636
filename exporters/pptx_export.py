"""Render the slide deck as an editable 16:9 PPTX (text in the default template's placeholders).

The slides are the deck model's slides, so the PPTX shows what the slide PDF shows. Trainer
notes go to the notes pane for the trainer profile only. No links are written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Emu, Pt

from content.progress import Progress
from content.snapshot import ExportSnapshot
from exporters.base import ExportOptions, ExportResult, atomic_output, file_sha256
from exporters.slide_model import (
    BODY_BOTTOM,
    BODY_LEADING,
    BODY_SIZE,
    BULLET_GAP,
    CONTENT_W,
    FOOTER_SIZE,
    FOOTER_Y,
    KICKER_SIZE,
    KICKER_Y,
    MARGIN,
    PAGE_H,
    PAGE_W,
    TITLE_Y,
    Deck,
    Slide,
    body_first_baseline,
    build_deck,
    text_width,
)
from exporters.slides import leak_check

FONT = "Noto Sans"
INK = RGBColor(0x1E, 0x2A, 0x32)
MUTED = RGBColor(0x5B, 0x6B, 0x76)
ACCENT = RGBColor(0x0F, 0x6B, 0x7A)
ACCENT_DARK = RGBColor(0x0C, 0x4A, 0x56)
ACCENT_SOFT = RGBColor(0x9F, 0xD3, 0xDA)
TINT = RGBColor(0xEE, 0xF5, 0xF6)
COVER = RGBColor(0x1E, 0x2A, 0x32)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
LANG_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "se": "se-NO"}
LAYOUT_TITLE, LAYOUT_CONTENT, LAYOUT_TITLE_ONLY = 0, 1, 5


def _widen(prs: PresentationType) -> None:
    """Make the default 4:3 template 16:9, stretching its master and layout placeholders."""
    factor = PAGE_W / (prs.slide_width / 12700)
    prs.slide_width, prs.slide_height = Pt(PAGE_W), Pt(PAGE_H)
    shapes = [*prs.slide_master.shapes]
    for layout in prs.slide_layouts:
        shapes.extend(layout.shapes)
    for shape in shapes:
        if shape.left is not None and shape.width is not None:
            shape.left, shape.width = Emu(int(shape.left * factor)), Emu(int(shape.width * factor))


class _Writer:
    """Write styled runs in the deck's language."""

    def __init__(self, lang: str) -> None:
        self.lang = LANG_TAGS.get(lang, "nb-NO")
        self.drawn: list[str] = []

    def run(
        self, p: _Paragraph, text: str, size: float, color: RGBColor, bold: bool = False
    ) -> None:
        """Add one run of Noto Sans text to a paragraph."""
        r = p.add_run()
        r.text = text
        f = r.font
        f.name, f.size, f.bold = FONT, Pt(size), bold
        f.color.rgb = color
        r._r.get_or_add_rPr().set("lang", self.lang)
        self.drawn.append(text)


def _frame(tf: TextFrame, anchor: MSO_ANCHOR = MSO_ANCHOR.TOP) -> None:
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0


def _place(shape: object, x: float, top: float, w: float, h: float) -> None:
    """Place a shape by its top-left corner in PDF points (y grows down here)."""
    shape.left, shape.top, shape.width, shape.height = Pt(x), Pt(top), Pt(w), Pt(h)  # type: ignore[attr-defined]


def _textbox(
    w: _Writer, s: PptxSlide, box: tuple[float, float, float, float], text: str, style: tuple
) -> None:
    """Add a text box (kicker, footer, badge) with one line of text."""
    size, color, bold, align = style
    tb = s.shapes.add_textbox(Pt(box[0]), Pt(box[1]), Pt(box[2]), Pt(box[3]))
    _frame(tb.text_frame)
    p = tb.text_frame.paragraphs[0]
    p.alignment = align
    w.run(p, text, size, color, bold)


def _background(s: PptxSlide, color: RGBColor) -> None:
    fill = s.background.fill
    fill.solid()
    fill.fore_color.rgb = color


def _title(w: _Writer, s: PptxSlide, slide: Slide, top: float, color: RGBColor) -> None:
    leading = slide.title_size * 1.18
    ph = s.shapes.title
    _place(ph, MARGIN, top, CONTENT_W, len(slide.title_lines) * leading + 8)
    _frame(ph.text_frame)
    p = ph.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    p.line_spacing = Pt(leading)
    w.run(p, " ".join(slide.title_lines), slide.title_size, color, bold=True)


def _bullet_color(p: _Paragraph, marker: bool) -> None:
    ppr = p._p.get_or_add_pPr()
    if not marker:
        ppr.insert(0, ppr.makeelement(qn("a:buNone"), {}))
        return
    clr = ppr.makeelement(qn("a:buClr"), {})
    clr.append(clr.makeelement(qn("a:srgbClr"), {"val": str(ACCENT)}))
    ppr.insert(0, clr)


def _body(w: _Writer, s: PptxSlide, slide: Slide) -> None:
    ph = s.placeholders[1]
    top = PAGE_H - body_first_baseline(slide) - BODY_SIZE * 1.0
    _place(ph, MARGIN, top, CONTENT_W, PAGE_H - top - BODY_BOTTOM + 14)
    tf = ph.text_frame
    _frame(tf)
    for i, b in enumerate(slide.bullets):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = b.level
        p.line_spacing = Pt(BODY_LEADING)
        p.space_before = Pt(BULLET_GAP if i else 0)
        _bullet_color(p, b.marker)
        w.run(p, b.text, BODY_SIZE, INK)


def _chrome(w: _Writer, s: PptxSlide, slide: Slide, total: int, dark: bool = False) -> None:
    """Add the kicker, the minutes badge and the footer (module title, slide number)."""
    kicker_top = PAGE_H - KICKER_Y - KICKER_SIZE
    if slide.kicker and not dark:
        _textbox(w, s, (MARGIN, kicker_top, CONTENT_W - 160, 22), slide.kicker, _KICKER)
    if slide.badge:
        bw = text_width(slide.badge, "KvSans-Bold", KICKER_SIZE) + 24
        box = (PAGE_W - MARGIN - bw, kicker_top - 4, bw, KICKER_SIZE + 14)
        _textbox(w, s, box, slide.badge, (KICKER_SIZE, WHITE, True, PP_ALIGN.CENTER))
        shape = s.shapes[-1]
        shape.fill.solid()
        shape.fill.fore_color.rgb = ACCENT
        shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    footer_top = PAGE_H - FOOTER_Y - FOOTER_SIZE
    color = ACCENT_SOFT if dark else MUTED
    if slide.footer and not dark:
        _textbox(w, s, (MARGIN, footer_top, CONTENT_W - 100, 16), slide.footer, _foot(color))
    number = f"{slide.number} / {total}"
    box = (PAGE_W - MARGIN - 100, footer_top, 100, 16)
    _textbox(w, s, box, number, (FOOTER_SIZE, color, False, PP_ALIGN.RIGHT))


_KICKER = (KICKER_SIZE, ACCENT, True, PP_ALIGN.LEFT)


def _foot(color: RGBColor) -> tuple:
    return (FOOTER_SIZE, color, False, PP_ALIGN.LEFT)


def _cover(w: _Writer, prs: PresentationType, slide: Slide, total: int) -> PptxSlide:
    s = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE])
    _background(s, ACCENT_DARK if slide.layout == "title" else COVER)
    leading = slide.title_size * 1.16
    baseline = PAGE_H / 2 + (len(slide.title_lines) - 1) * leading / 2 + 20
    top = PAGE_H - baseline - slide.title_size
    if slide.kicker:
        box = (MARGIN, top - 64 + 2, CONTENT_W, 24)
        _textbox(w, s, box, slide.kicker, (KICKER_SIZE + 2, ACCENT_SOFT, True, PP_ALIGN.LEFT))
    _title(w, s, slide, top, WHITE)
    sub = s.placeholders[1]
    sub_top = top + len(slide.title_lines) * leading + 18
    _place(sub, MARGIN, sub_top, CONTENT_W, 28 * max(1, len(slide.subtitle)) + 8)
    _frame(sub.text_frame)
    for i, line in enumerate(slide.subtitle):
        p = sub.text_frame.paragraphs[0] if i == 0 else sub.text_frame.add_paragraph()
        p.alignment = PP_ALIGN.LEFT
        p.line_spacing = Pt(28)
        w.run(p, line, 20, ACCENT_SOFT)
    if slide.layout == "title":
        _chrome(w, s, slide, total, dark=True)
    return s


def _content(w: _Writer, prs: PresentationType, slide: Slide, total: int) -> PptxSlide:
    s = prs.slides.add_slide(prs.slide_layouts[LAYOUT_CONTENT])
    if slide.layout == "exercise":
        _background(s, TINT)
    _title(w, s, slide, PAGE_H - TITLE_Y - slide.title_size, INK)
    _body(w, s, slide)
    _chrome(w, s, slide, total)
    return s


def _heading(w: _Writer, prs: PresentationType, slide: Slide, total: int) -> PptxSlide:
    s = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
    leading = slide.title_size * 1.2
    baseline = PAGE_H / 2 + (len(slide.title_lines) - 1) * leading / 2 + 10
    top = PAGE_H - baseline - slide.title_size
    _title(w, s, slide, top, INK)
    if slide.kicker:
        _textbox(w, s, (MARGIN, top - 56 + 4, CONTENT_W, 22), slide.kicker, _KICKER)
    _chrome(w, s, replace(slide, kicker=""), total)
    return s


def _add_slide(w: _Writer, prs: PresentationType, deck: Deck, slide: Slide) -> None:
    total = len(deck.slides)
    if slide.layout in ("cover", "title"):
        s = _cover(w, prs, slide, total)
    elif slide.layout == "heading":
        s = _heading(w, prs, slide, total)
    else:
        s = _content(w, prs, slide, total)
    if deck.profile == "trainer" and slide.notes:
        s.notes_slide.notes_text_frame.text = slide.notes


def _properties(prs: PresentationType, deck: Deck, invariant: bool) -> None:
    props = prs.core_properties
    if invariant:
        props.created = props.modified = datetime(2000, 1, 1)
        props.last_modified_by = "Kursverk"
    props.title = deck.title[:250]
    props.author = (deck.author or "Kursverk")[:250]
    props.subject = "Slides"
    props.language = LANG_TAGS.get(deck.lang, "nb-NO")


def render_pptx(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the snapshot's deck as an editable PPTX and return what was written."""
    deck = build_deck(snapshot)
    progress.start(len(deck.slides), "PPTX")
    prs = Presentation()
    _widen(prs)
    _properties(prs, deck, options.invariant)
    w = _Writer(deck.lang)
    for slide in deck.slides:
        _add_slide(w, prs, deck, slide)
        progress.step()
    leak_check(deck, snapshot, w.drawn)
    with atomic_output(Path(path)) as part:
        prs.save(str(part))
    return ExportResult(Path(path), len(deck.slides), file_sha256(Path(path)), list(deck.warnings))
