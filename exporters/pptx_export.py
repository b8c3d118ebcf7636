"""Render the slide deck as an editable 16:9 PPTX (text in the default template's placeholders).

The slides are the deck model's slides, so the PPTX shows what the slide PDF shows. Titles and
bullets go into the title and body placeholders of the default template's layouts; the kicker,
badge and footer are small text boxes. Trainer notes go to the notes pane for the trainer
profile only. No links are written.

Shape XML is written as strings and parsed once per shape: python-pptx's property API costs
about 3 ms a slide, too slow for a 200-slide deck in half a second.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.oxml.slide import CT_NotesSlide
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.util import Emu, Pt

from exporters.base import ExportOptions, ExportResult, atomic_output, file_sha256
from exporters.fonts import BOLD
from exporters.rltext import xml_text
from exporters.slide_model import (
    BODY_BOTTOM,
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
    text_width,
)
from exporters.slides import leak_check

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml import etree
    from pptx.presentation import Presentation as PresentationType
    from pptx.slide import Slide as PptxSlide

    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress

FONT = "Noto Sans"
INK, MUTED, ACCENT = "1E2A32", "5B6B76", "0F6B7A"
ACCENT_DARK, ACCENT_SOFT, TINT, RULE, WHITE = "0C4A56", "9FD3DA", "EEF5F6", "D3DCE0", "FFFFFF"
LANG_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "se": "se-NO"}
LAYOUT_TITLE, LAYOUT_CONTENT, LAYOUT_TITLE_ONLY = 0, 1, 5
NOTES_PARTNAME = "/ppt/notesSlides/notesSlide%d.xml"
_NS = nsdecls("a", "p")

Box = tuple[float, float, float, float]  # x, top, width, height in points (y grows down)


def _emu(v: float) -> int:
    return round(v * 12700)


def _xfrm(box: Box) -> str:
    x, top, w, h = (_emu(v) for v in box)
    return f'<a:xfrm><a:off x="{x}" y="{top}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


def _fill(color: str | None) -> str:
    return f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>' if color else "<a:noFill/>"


class _Writer:
    """Build DrawingML text in the deck's language and remember every text written."""

    def __init__(self, lang: str) -> None:
        self.lang = LANG_TAGS.get(lang, "nb-NO")
        self.drawn: list[str] = []

    def para(self, text: str, style: tuple[float, str, bool], ppr: str = "") -> str:
        """Return an a:p with one run of Noto Sans text."""
        size, color, bold = style
        self.drawn.append(text)
        rpr = (
            f'<a:rPr lang="{self.lang}" sz="{round(size * 100)}" b="{int(bold)}" dirty="0">'
            f"{_fill(color)}"
            f'<a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:rPr>'
        )
        return f"<a:p>{ppr}<a:r>{rpr}<a:t>{xml_text(text)}</a:t></a:r></a:p>"


def _ppr(align: str = "l", level: int = 0, leading: float = 0, before: float = 0) -> str:
    """Return paragraph properties: alignment, level, exact line spacing, space before."""
    inner = f'<a:lnSpc><a:spcPts val="{round(leading * 100)}"/></a:lnSpc>' if leading else ""
    inner += f'<a:spcBef><a:spcPts val="{round(before * 100)}"/></a:spcBef>'
    return f'<a:pPr marL="0" indent="0" lvl="{level}" algn="{align}">{inner}<a:buNone/></a:pPr>'


def _bullet_ppr(level: int, marker: bool, first: bool) -> str:
    before = f'<a:spcBef><a:spcPts val="{0 if first else round(BULLET_GAP * 100)}"/></a:spcBef>'
    spacing = f'<a:lnSpc><a:spcPts val="{round(BODY_LEADING * 100)}"/></a:lnSpc>{before}'
    bullet = f'<a:buClr><a:srgbClr val="{ACCENT}"/></a:buClr>' if marker else "<a:buNone/>"
    hang = _emu(-BULLET_INDENT) if marker else 0
    indent = f'marL="{_emu(BULLET_INDENT * (level + 1))}" indent="{hang}"'
    return f'<a:pPr {indent} lvl="{level}">{spacing}{bullet}</a:pPr>'


def _tx_body(paras: list[str], anchor: str = "t") -> str:
    body = (
        f'<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}">'
        "<a:noAutofit/></a:bodyPr><a:lstStyle/>"
    )
    return f"<p:txBody {_NS}>{body}{''.join(paras) or '<a:p/>'}</p:txBody>"


def _fill_placeholder(sp: etree._Element, box: Box, paras: list[str]) -> None:
    """Position a cloned placeholder and replace its text."""
    sp.replace(sp.find(qn("p:spPr")), parse_xml(f"<p:spPr {_NS}>{_xfrm(box)}</p:spPr>"))
    sp.replace(sp.find(qn("p:txBody")), parse_xml(_tx_body(paras)))


class _Shapes:
    """Append text boxes and rectangles to one slide's shape tree."""

    def __init__(self, slide: PptxSlide) -> None:
        self.tree = slide.shapes._spTree
        self.ids = itertools.count(100)

    def box(self, box: Box, paras: list[str], fill: str | None = None, prst: str = "rect") -> None:
        """Add a text box (or a filled shape when paras is empty)."""
        n = next(self.ids)
        tx = _tx_body(paras, "ctr" if fill else "t") if paras else ""
        txbox = ' txBox="1"' if paras and not fill else ""
        sp = (
            f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{n}" name="Shape {n}"/>'
            f"<p:cNvSpPr{txbox}/><p:nvPr/></p:nvSpPr>"
            f'<p:spPr>{_xfrm(box)}<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
            f"{_fill(fill)}<a:ln><a:noFill/></a:ln></p:spPr>{tx}</p:sp>"
        )
        self.tree.append(parse_xml(sp))


def _background(slide: PptxSlide, color: str) -> None:
    bg = f"<p:bg {_NS}><p:bgPr>{_fill(color)}<a:effectLst/></p:bgPr></p:bg>"
    slide._element.cSld.insert(0, parse_xml(bg))


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


def _title_paras(w: _Writer, slide: Slide, color: str) -> list[str]:
    ppr = _ppr(leading=slide.title_size * 1.18)
    return [w.para(" ".join(slide.title_lines), (slide.title_size, color, True), ppr)]


def _title_box(slide: Slide, top: float) -> Box:
    return (MARGIN, top, CONTENT_W, len(slide.title_lines) * slide.title_size * 1.18 + 8)


def _chrome(w: _Writer, shapes: _Shapes, slide: Slide, total: int, dark: bool = False) -> None:
    """Add the accent bar, kicker, minutes badge and footer (module title, slide number)."""
    kicker_top = PAGE_H - KICKER_Y - KICKER_SIZE
    if not dark and slide.layout != "heading":
        shapes.box((MARGIN, 29, 44, 5), [], ACCENT)
    if slide.kicker and not dark:
        style = (KICKER_SIZE, ACCENT, True)
        shapes.box((MARGIN, kicker_top, CONTENT_W - 160, 22), [w.para(slide.kicker, style)])
    if slide.badge:
        bw = text_width(slide.badge, BOLD, KICKER_SIZE) + 24
        box = (PAGE_W - MARGIN - bw, kicker_top - 4, bw, KICKER_SIZE + 14)
        para = w.para(slide.badge, (KICKER_SIZE, WHITE, True), _ppr("ctr"))
        shapes.box(box, [para], ACCENT, "roundRect")
    color = ACCENT_SOFT if dark else MUTED
    footer_top = PAGE_H - FOOTER_Y - FOOTER_SIZE
    if not dark:
        shapes.box((MARGIN, PAGE_H - FOOTER_RULE_Y, CONTENT_W, 0.75), [], RULE)
        para = w.para(slide.footer, (FOOTER_SIZE, color, False))
        shapes.box((MARGIN, footer_top, CONTENT_W - 100, 16), [para])
    para = w.para(f"{slide.number} / {total}", (FOOTER_SIZE, color, False), _ppr("r"))
    shapes.box((PAGE_W - MARGIN - 100, footer_top, 100, 16), [para])


def _cover(w: _Writer, maker: _SlideMaker, slide: Slide, total: int) -> PptxSlide:
    s = maker.add(LAYOUT_TITLE)
    _background(s, ACCENT_DARK if slide.layout == "title" else INK)
    shapes = _Shapes(s)
    leading = slide.title_size * 1.16
    baseline = PAGE_H / 2 + (len(slide.title_lines) - 1) * leading / 2 + 20
    top = PAGE_H - baseline - slide.title_size * 0.9
    if slide.kicker:
        para = w.para(slide.kicker, (COVER_KICKER_SIZE, ACCENT_SOFT, True))
        shapes.box((MARGIN, top - 58, CONTENT_W, 24), [para])
    title, sub = maker.placeholder(0), maker.placeholder(1)
    _fill_placeholder(title, _title_box(slide, top), _title_paras(w, slide, WHITE))
    sub_top = top + len(slide.title_lines) * leading + 12
    style = (SUBTITLE_SIZE, ACCENT_SOFT, False)
    paras = [w.para(line, style, _ppr(leading=SUBTITLE_LEADING)) for line in slide.subtitle]
    box = (MARGIN, sub_top, CONTENT_W, SUBTITLE_LEADING * len(slide.subtitle) + 8)
    _fill_placeholder(sub, box, paras)
    if slide.layout == "title":
        _chrome(w, shapes, slide, total, dark=True)
    return s


def _content(w: _Writer, maker: _SlideMaker, slide: Slide, total: int) -> PptxSlide:
    s = maker.add(LAYOUT_CONTENT)
    if slide.layout == "exercise":
        _background(s, TINT)
    title, body = maker.placeholder(0), maker.placeholder(1)
    top = PAGE_H - TITLE_Y - slide.title_size * 0.9
    _fill_placeholder(title, _title_box(slide, top), _title_paras(w, slide, INK))
    body_top = PAGE_H - body_first_baseline(slide) - BODY_SIZE * 1.05
    paras = [
        w.para(b.text, (BODY_SIZE, INK, False), _bullet_ppr(b.level, b.marker, i == 0))
        for i, b in enumerate(slide.bullets)
    ]
    _fill_placeholder(
        body, (MARGIN, body_top, CONTENT_W, PAGE_H - body_top - BODY_BOTTOM + 16), paras
    )
    _chrome(w, _Shapes(s), slide, total)
    return s


def _heading(w: _Writer, maker: _SlideMaker, slide: Slide, total: int) -> PptxSlide:
    s = maker.add(LAYOUT_TITLE_ONLY)
    shapes = _Shapes(s)
    leading = slide.title_size * 1.2
    baseline = PAGE_H / 2 + (len(slide.title_lines) - 1) * leading / 2 + 10
    top = PAGE_H - baseline - slide.title_size * 0.9
    _fill_placeholder(
        maker.placeholder(0), _title_box(slide, top), _title_paras(w, slide, INK)
    )
    if slide.kicker:
        para = w.para(slide.kicker, (KICKER_SIZE, ACCENT, True))
        shapes.box((MARGIN, PAGE_H - baseline - 56 - KICKER_SIZE, CONTENT_W, 22), [para])
    bar_top = PAGE_H - baseline + (len(slide.title_lines) - 1) * leading + 29
    shapes.box((MARGIN, bar_top, 88, 5), [], ACCENT)
    _chrome(w, shapes, replace(slide, kicker=""), total)
    return s


class _SlideMaker:
    """Add slides and notes pages as python-pptx does, without its per-slide scans.

    python-pptx relates each new slide after a scan of every relationship of the
    presentation, numbers it after an XPath over every slide id, and clones the layout's
    placeholders through several XPath lookups per shape (quadratic in the number of
    slides, ~3 ms a slide). Here the parts are numbered from counters and each layout's
    (and the notes master's) cloned placeholders are copied from the first slide made
    with it: the same parts, names, ids and XML as python-pptx writes for a new deck.
    """

    def __init__(self, prs: PresentationType) -> None:
        self.prs = prs
        self.part = prs.part
        self.package = prs.part.package
        self.slide_ids = prs.slides._sldIdLst
        self.slides = itertools.count(1)
        self.notes_pages = itertools.count(1)
        self.placeholders: dict[object, list[tuple[int, etree._Element]]] = {}
        self.added: dict[int, etree._Element] = {}  # the last slide's placeholders by idx

    def _cloned(self, key: object, tree: etree._Element, clone: Callable[[], None]) -> None:
        """Give a new shape tree its placeholders: cloned the first time, then copied."""
        done = self.placeholders.get(key)
        if done is None:
            clone()
            done = [(sp.ph_idx, copy.deepcopy(sp)) for sp in tree.iter_shape_elms()]
            self.placeholders[key] = done
            self.added = {idx: sp for idx, sp in zip(
                (i for i, _ in done), tree.iter_shape_elms(), strict=True
            )}
            return
        self.added = {}
        for idx, sp in done:
            self.added[idx] = new = copy.deepcopy(sp)
            tree.insert_element_before(new, "p:extLst")

    def placeholder(self, idx: int) -> etree._Element:
        """Return the placeholder ``idx`` (0 title, 1 body or subtitle) of the last slide."""
        return self.added[idx]

    def add(self, layout_index: int) -> PptxSlide:
        """Add a slide with the template's layout ``layout_index``."""
        layout = self.prs.slide_layouts[layout_index]
        n = next(self.slides)
        partname = PackURI(f"/ppt/slides/slide{n}.xml")
        slide_part = SlidePart.new(partname, self.package, layout.part)  # type: ignore[no-untyped-call]
        r_id = self.part.rels._add_relationship(RT.SLIDE, slide_part)  # a new part: no match
        slide: PptxSlide = slide_part.slide
        shapes = slide.shapes
        self._cloned(
            layout_index, shapes._spTree, lambda: shapes.clone_layout_placeholders(layout)
        )
        self.slide_ids._add_sldId(id=255 + n, rId=r_id)
        return slide

    def notes(self, slide: PptxSlide, text: str) -> None:
        """Give a slide a notes page holding ``text``."""
        slide_part = slide.part
        master_part = self.part.notes_master_part
        part = NotesSlidePart(
            PackURI(NOTES_PARTNAME % next(self.notes_pages)),
            CT.PML_NOTES_SLIDE,
            self.package,
            CT_NotesSlide.new(),
        )
        part.relate_to(master_part, RT.NOTES_MASTER)
        part.relate_to(slide_part, RT.SLIDE)
        notes = part.notes_slide
        self._cloned(
            "notes",
            notes.shapes._spTree,
            lambda: notes.clone_master_placeholders(master_part.notes_master),
        )
        slide_part.relate_to(part, RT.NOTES_SLIDE)
        frame = notes.notes_text_frame
        if frame is not None:  # the template's notes master has a body placeholder
            frame.text = text


def _add_slide(w: _Writer, maker: _SlideMaker, deck: Deck, slide: Slide) -> None:
    total = len(deck.slides)
    if slide.layout in ("cover", "title"):
        s = _cover(w, maker, slide, total)
    elif slide.layout == "heading":
        s = _heading(w, maker, slide, total)
    else:
        s = _content(w, maker, slide, total)
    if deck.profile == "trainer" and slide.notes:
        maker.notes(s, slide.notes)


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
    maker = _SlideMaker(prs)
    for slide in deck.slides:
        _add_slide(w, maker, deck, slide)
        progress.step()
    leak_check(deck, snapshot, w.drawn)
    with atomic_output(Path(path)) as part:
        prs.save(str(part))
    return ExportResult(Path(path), len(deck.slides), file_sha256(Path(path)), list(deck.warnings))
