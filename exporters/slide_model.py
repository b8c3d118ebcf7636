"""Build one slide deck model from a snapshot, shared by the PDF slides, handouts and PPTX.

The model is plain data: every slide knows its layout, its texts, its wrapped lines (measured
with the embedded KvSans metrics) and its speaker notes. Long content continues on a following
slide marked «(forts.)» instead of shrinking the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from reportlab.pdfbase import pdfmetrics

from content import markdown
from exporters import labels
from exporters.fonts import BODY, BOLD, register_fonts
from exporters.glyphs import fit_snapshot

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET
    from collections.abc import Iterable

    from content.exports.snapshot import BlockSnapshot, ExportSnapshot, ModuleSnapshot

# --------------------------------------------------------------------------- geometry (pt)

PAGE_W, PAGE_H = 960.0, 540.0  # 16:9; equals 13.333 x 7.5 in, the PPTX widescreen size
MARGIN = 64.0
CONTENT_W = PAGE_W - 2 * MARGIN
KICKER_SIZE = 14.0
KICKER_Y = PAGE_H - 58.0  # kicker baseline
TITLE_SIZES = (32.0, 26.0)  # normal, and smaller for titles that need a third line
TITLE_MAX_LINES = 3
TITLE_Y = PAGE_H - 102.0  # first title baseline
BODY_SIZE = 22.0
BODY_LEADING = 30.0
BULLET_GAP = 10.0
BULLET_INDENT = 28.0
MAX_LEVEL = 1
BODY_GAP = 54.0  # from the last title baseline to the first body baseline
BODY_BOTTOM = 84.0  # lowest body baseline
FOOTER_RULE_Y = 52.0
FOOTER_Y = 30.0
FOOTER_SIZE = 11.0
COVER_TITLE_SIZE = 42.0
COVER_KICKER_SIZE = KICKER_SIZE + 2
SUBTITLE_SIZE = 20.0
SUBTITLE_LEADING = 28.0
HEADING_TITLE_SIZE = 36.0
MAX_BIG_TITLE_LINES = 4  # cover, module title and heading slides
MAX_SLIDES_PER_BLOCK = 8

# --------------------------------------------------------------------------- labels

_OWN_LABELS: dict[str, dict[str, str]] = {  # labels exporters.labels does not have
    "continued": {"nb": "(forts.)", "nn": "(forts.)", "en": "(cont.)"},
    "minutes": {"nb": "min", "nn": "min", "en": "min"},
}


def label(key: str, lang: str, **values: object) -> str:
    """Return a slide label in nb, nn or en (bokmål for any other language)."""
    if key in _OWN_LABELS:
        texts = _OWN_LABELS[key]
        return texts.get(lang, texts["nb"])
    return labels.label(key, lang, **values)


# --------------------------------------------------------------------------- text cleaning

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Return text without control characters (keeping newlines and tabs) or XML-illegal ones."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd"}
_LISTS = {"ul", "ol"}
_PLAIN = re.compile(r"[*_`\[\]<>#|\\!&~]|^\s*(?:[-+]|\d{1,9}[.)])\s|^\s{4}|^[=-]{2,}\s*$", re.M)


def _inline(elem: ET.Element) -> str:
    """Return the visible text of an element, leaving out nested lists and footnote marks."""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag not in _LISTS and child.tag not in ("sup", "img"):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


class Point(NamedTuple):
    """One point of text for a slide: its list level, its text, and whether it gets a bullet."""

    level: int
    text: str
    marker: bool = True


def _walk(elem: ET.Element, level: int, out: list[Point]) -> None:
    """Collect points from block elements in document order."""
    for child in elem:
        tag = child.tag
        if tag in _BLOCKS:
            out.append(Point(level, _inline(child)))
        elif tag in _LISTS:
            _walk_list(child, level, out)
        elif tag == "tr":
            cells = (_inline(c) for c in child)
            out.append(Point(level, " – ".join(c for c in cells if c)))
        elif tag == "div" and child.get("class") == "footnote":
            continue
        elif tag in ("blockquote", "div", "table", "thead", "tbody"):
            _walk(child, level, out)


def _walk_list(elem: ET.Element, level: int, out: list[Point]) -> None:
    """Collect list items; ordered items keep their number instead of a bullet."""
    ordered = elem.tag == "ol"
    start = int(elem.get("start", "1")) if (elem.get("start") or "1").isdigit() else 1
    for n, li in enumerate(elem, start=start):
        text = _inline(li)
        out.append(Point(level, f"{n}. {text}" if ordered else text, not ordered))
        _walk(li, min(MAX_LEVEL, level + 1), out)


def markdown_points(text: str, warnings: list[str] | None = None) -> list[Point]:
    """Return Markdown as plain-text points: one per paragraph, heading or list item."""
    text = clean(text)
    if not _PLAIN.search(text):  # fast path: plain paragraphs
        paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
        return [Point(0, p) for p in paras if p]
    root, found = markdown.parse(text)
    if warnings is not None:
        warnings.extend(found)
    out: list[Point] = []
    _walk(root, 0, out)
    return [p for p in out if p.text]


def one_line(text: str) -> str:
    """Return a plain-text field (a title, an objective) clean and on one line."""
    return " ".join(clean(text).split())


def plain_text(text: str) -> str:
    """Return Markdown as plain text, one point a line."""
    return "\n".join(p.text for p in markdown_points(text))


# --------------------------------------------------------------------------- measuring


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    """Return the width of text at 1 pt (cached: slides repeat words a lot)."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, 1.0))


def text_width(text: str, font: str, size: float) -> float:
    """Return the width of text in a font at a size."""
    return _unit_width(text, font) * size


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Split a word that is wider than the line into pieces that fit."""
    pieces: list[str] = []
    start, acc = 0, 0.0
    for i, ch in enumerate(word):
        w = text_width(ch, font, size)
        if acc + w > width and i > start:
            pieces.append(word[start:i])
            start, acc = i, 0.0
        acc += w
    pieces.append(word[start:])
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap text greedily into lines no wider than width (hard breaks at newlines)."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    for para in text.split("\n"):
        line, line_w = "", 0.0
        for word in para.split():
            pieces = [word]
            if text_width(word, font, size) > width:
                pieces = _break_word(word, font, size, width)
            for piece in pieces:
                w = text_width(piece, font, size)
                if line and line_w + space + w <= width:
                    line, line_w = f"{line} {piece}", line_w + space + w
                    continue
                if line:
                    lines.append(line)
                line, line_w = piece, w
        lines.append(line)
    return [ln for ln in lines if ln] or [""]


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """Return text cut with an ellipsis so it fits on one line."""
    if text_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits together with the ellipsis
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def capped_lines(
    text: str, font: str, size: float, width: float, max_lines: int
) -> tuple[str, ...]:
    """Wrap text into at most max_lines lines; a cut shows as an ellipsis on the last line."""
    lines = wrap(text, font, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit_line(lines[-1] + " …", font, size, width)
    return tuple(lines)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Bullet:
    """One bullet point; ``lines`` are wrapped for the PDF, ``text`` is the same text unwrapped.

    ``marker`` is False for the rest of a bullet that was split across slides.
    """

    text: str
    lines: tuple[str, ...]
    level: int = 0
    marker: bool = True


@dataclass(frozen=True)
class Slide:
    """One slide. layout: cover | title | content | exercise | heading."""

    layout: str
    title: str
    title_lines: tuple[str, ...] = ()
    title_size: float = TITLE_SIZES[0]
    kicker: str = ""
    badge: str = ""
    subtitle: tuple[str, ...] = ()
    bullets: tuple[Bullet, ...] = ()
    notes: str = ""
    footer: str = ""
    number: int = 0
    continued: bool = False

    def visible_texts(self) -> list[str]:
        """Return every text shown on the slide (not the notes)."""
        return [
            self.kicker,
            self.badge,
            *self.title_lines,
            *self.subtitle,
            *(ln for b in self.bullets for ln in b.lines),
            self.footer,
        ]


@dataclass(frozen=True)
class Deck:
    """A whole deck: its slides in order, and warnings met while building it."""

    title: str
    lang: str
    profile: str
    author: str = ""
    slides: tuple[Slide, ...] = ()
    warnings: tuple[str, ...] = ()


def title_layout(title: str, *, continued: str = "") -> tuple[tuple[str, ...], float]:
    """Return a content title's wrapped lines and font size (a third line gets a smaller size)."""
    text = f"{title} {continued}".strip()
    for size, max_lines in ((TITLE_SIZES[0], 2), (TITLE_SIZES[1], TITLE_MAX_LINES)):
        lines = wrap(text, BOLD, size, CONTENT_W)
        if len(lines) <= max_lines:
            return tuple(lines), size
    size = TITLE_SIZES[1]
    lines = wrap(text, BOLD, size, CONTENT_W)[:TITLE_MAX_LINES]
    lines[-1] = fit_line(lines[-1] + " …", BOLD, size, CONTENT_W)
    return tuple(lines), size


def body_capacity(title_lines: int, title_size: float) -> float:
    """Return the height available for bullets below a title of n lines."""
    last_title = TITLE_Y - (title_lines - 1) * title_size * 1.18
    first_body = last_title - BODY_GAP
    return first_body - BODY_BOTTOM + BODY_LEADING


def body_first_baseline(slide: Slide) -> float:
    """Return the first body baseline of a content slide."""
    last_title = TITLE_Y - (len(slide.title_lines) - 1) * slide.title_size * 1.18
    return last_title - BODY_GAP


def _wrap_point(point: Point) -> Bullet:
    width = CONTENT_W - BULLET_INDENT * (point.level + 1)
    lines = tuple(wrap(point.text, BODY, BODY_SIZE, width))
    return Bullet(point.text, lines, point.level, point.marker)


def _split_bullet(b: Bullet, n: int) -> tuple[Bullet, Bullet]:
    head = Bullet(" ".join(b.lines[:n]), b.lines[:n], b.level, b.marker)
    tail = Bullet(" ".join(b.lines[n:]), b.lines[n:], b.level, False)
    return head, tail


def paginate(bullets: list[Bullet], capacity: float) -> list[list[Bullet]]:
    """Split bullets into pages whose height fits capacity; split a bullet only if it must."""
    pages: list[list[Bullet]] = [[]]
    used = 0.0
    queue = list(bullets)
    while queue:
        b = queue.pop(0)
        gap = BULLET_GAP if pages[-1] else 0.0
        need = gap + len(b.lines) * BODY_LEADING
        if used + need <= capacity:
            pages[-1].append(b)
            used += need
            continue
        fits = int((capacity - used - gap) // BODY_LEADING)
        if pages[-1] and (len(b.lines) * BODY_LEADING <= capacity or fits < 2):
            pages.append([])
            used = 0.0
            queue.insert(0, b)
            continue
        head, tail = _split_bullet(b, max(1, fits))
        pages[-1].append(head)
        pages.append([])
        used = 0.0
        queue.insert(0, tail)
    return [p for p in pages if p] or [[]]


@dataclass
class _Builder:
    """Collect slides for one snapshot."""

    snapshot: ExportSnapshot
    slides: list[Slide] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pending_notes: list[str] = field(default_factory=list)
    module_title: str = ""

    @property
    def lang(self) -> str:
        return self.snapshot.lang

    @property
    def trainer(self) -> bool:
        return self.snapshot.profile == "trainer"

    def add(self, slide: Slide) -> None:
        """Append a slide, attaching notes that were waiting for one."""
        if self.pending_notes and slide.layout != "cover":
            slide = replace(slide, notes=_join_notes([slide.notes, *self.pending_notes]))
            self.pending_notes.clear()
        self.slides.append(slide)

    def where(self, title: str, ident: str = "") -> str:
        """Return a warning prefix naming the module and the block or item (with its id)."""
        named = f"«{one_line(title)[:60]}»" if one_line(title) else ""
        ident = f"({one_line(ident)[:80]})" if ident else ""
        return " – ".join(x for x in (self.module_title[:60], f"{named} {ident}".strip()) if x)

    def points(self, text: str, where: str, ident: str = "") -> list[Point]:
        """Return a text's points, recording Markdown warnings with the module and block."""
        found: list[str] = []
        points = markdown_points(text, found)
        prefix = self.where(where, ident)
        self.warnings.extend(f"{prefix}: {one_line(w)}" for w in dict.fromkeys(found))
        return points

    def note(self, text: str) -> None:
        """Attach a trainer note to the slide before it, or to the next slide of the module."""
        if not text.strip():
            return
        if self.slides and self.slides[-1].layout != "cover":
            last = self.slides[-1]
            self.slides[-1] = replace(last, notes=_join_notes([last.notes, text]))
        else:
            self.pending_notes.append(text)

    def content(
        self, layout: str, title: str, points: Iterable[Point], ident: str = "", **kw: str
    ) -> None:
        """Add a titled slide of bullets, continued on more slides when it does not fit."""
        bullets = [_wrap_point(p) for p in points]
        if kw.get("kicker"):
            kw["kicker"] = fit_line(kw["kicker"], BOLD, KICKER_SIZE, CONTENT_W - 160)
        lines, size = title_layout(title)
        pages = paginate(bullets, body_capacity(len(lines), size))
        if len(pages) > MAX_SLIDES_PER_BLOCK:
            self.warnings.append(
                f"{self.where(title, ident)}: teksten er kuttet etter "
                f"{MAX_SLIDES_PER_BLOCK} lysark (den trenger {len(pages)}); "
                "kort den ned eller vis den som sammendrag"
            )
            pages = pages[:MAX_SLIDES_PER_BLOCK]
            last = pages[-1][-1]
            pages[-1][-1] = replace(last, lines=(*last.lines[:-1], last.lines[-1] + " …"))
        extra: dict[str, Any] = dict(kw)  # kicker, badge, footer
        for i, page in enumerate(pages):
            if i:
                lines, size = title_layout(title, continued=label("continued", self.lang))
            self.add(
                Slide(layout, title, lines, size, bullets=tuple(page), continued=bool(i), **extra)
            )


def _join_notes(parts: Iterable[str]) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _module_minutes(module: ModuleSnapshot, lang: str) -> str:
    return f"{module.minutes} {label('minutes', lang)}" if module.minutes else ""


def _cover(b: _Builder) -> None:
    snap = b.snapshot
    sub = [one_line(snap.programme)] if snap.programme and snap.programme != snap.title else []
    if snap.edition:
        sub.append(f"{label('edition', b.lang)} {one_line(snap.edition)}")
    title = one_line(snap.title)
    lines = capped_lines(title, BOLD, COVER_TITLE_SIZE, CONTENT_W, MAX_BIG_TITLE_LINES)
    b.add(Slide("cover", title, lines, COVER_TITLE_SIZE, subtitle=_subtitle(sub)))


def _subtitle(lines: Iterable[str]) -> tuple[str, ...]:
    """Return subtitle lines cut to the slide width (they are never wrapped)."""
    return tuple(fit_line(s, BODY, SUBTITLE_SIZE, CONTENT_W) for s in lines if s)


def _module_title(b: _Builder, module: ModuleSnapshot, session_title: str) -> None:
    title = one_line(module.title)
    sub = [s for s in (one_line(module.code), _module_minutes(module, b.lang)) if s]
    lines = capped_lines(title, BOLD, COVER_TITLE_SIZE, CONTENT_W, MAX_BIG_TITLE_LINES)
    b.add(
        Slide(
            "title",
            title,
            lines,
            COVER_TITLE_SIZE,
            kicker=fit_line(one_line(session_title), BOLD, COVER_KICKER_SIZE, CONTENT_W),
            subtitle=_subtitle([" · ".join(sub)] if sub else []),
        )
    )


def _objectives(b: _Builder, module: ModuleSnapshot, footer: str) -> None:
    points = [Point(0, one_line(o)) for o in module.objectives]
    points = [p for p in points if p.text]
    if points:
        kicker = one_line(module.code)
        b.content("content", label("objectives", b.lang), points, kicker=kicker, footer=footer)


def _item_slide(b: _Builder, block: BlockSnapshot, footer: str) -> None:
    item = block.item
    if item is None:
        problem = one_line(block.problem or "ukjent")[:120]
        where = b.where(block.title, f"blokk {block.id}")
        b.warnings.append(f"{where}: et element mangler på lysarkene ({problem})")
        return
    title = one_line(item.title) or "…"
    kicker = labels.kind_label(item.kind, b.lang)
    if block.display == "title":
        lines = capped_lines(title, BOLD, HEADING_TITLE_SIZE, CONTENT_W, MAX_BIG_TITLE_LINES)
        b.add(Slide("heading", title, lines, HEADING_TITLE_SIZE, kicker=kicker, footer=footer))
        return
    ident = f"id {item.id}"
    points = b.points(item.summary, title, ident)
    if not points:
        points = b.points(item.body, title, ident)[:1]
    b.content("content", title, points, ident, kicker=kicker, footer=footer)


def _exercise_slide(b: _Builder, block: BlockSnapshot, footer: str) -> None:
    kicker = labels.exercise_label(block.exercise_kind, b.lang)
    title = one_line(block.title) or kicker
    if title == kicker:
        kicker = label("exercise", b.lang)
    badge = f"{block.minutes} {label('minutes', b.lang)}" if block.minutes > 0 else ""
    ident = f"blokk {block.id}"
    points = b.points(block.text, title, ident)
    b.content("exercise", title, points, ident, kicker=kicker, badge=badge, footer=footer)


def _text_slide(b: _Builder, block: BlockSnapshot, section_title: str, footer: str) -> None:
    title = one_line(block.title)
    ident = f"blokk {block.id}"
    points = b.points(block.text, title or section_title, ident)
    if not points:
        return
    kicker = section_title if title else ""
    b.content("content", title or section_title, points, ident, kicker=kicker, footer=footer)


def _block(b: _Builder, block: BlockSnapshot, section_title: str, footer: str) -> None:
    if block.block_type == "trainer_note" or block.trainer_only:
        if b.trainer:
            head = one_line(block.title)
            b.note("\n".join(t for t in (head, plain_text(block.text)) if t))
        return
    if block.block_type == "item":
        _item_slide(b, block, footer)
    elif block.block_type == "exercise":
        _exercise_slide(b, block, footer)
    elif block.block_type == "text":
        _text_slide(b, block, section_title, footer)


def _module(b: _Builder, module: ModuleSnapshot, session_title: str) -> None:
    footer = fit_line(one_line(module.title), BODY, FOOTER_SIZE, CONTENT_W - 80)
    b.module_title = one_line(module.title)
    _module_title(b, module, session_title)
    _objectives(b, module, footer)
    for section in module.sections:
        section_title = one_line(section.title)
        for block in section.blocks:
            _block(b, block, section_title, footer)
    if b.pending_notes:  # a note in a module with no slide after the title: keep it there
        b.note(_join_notes(b.pending_notes))
        b.pending_notes.clear()


def build_deck(snapshot: ExportSnapshot) -> Deck:
    """Build the deck for a snapshot: a cover for several modules, then each module's slides."""
    register_fonts()
    snapshot, glyph_warnings = fit_snapshot(snapshot)  # letters the fonts lack: said, shown as �
    b = _Builder(snapshot)
    b.warnings.extend(glyph_warnings)
    if snapshot.scope != "module" or len(snapshot.modules()) != 1:
        _cover(b)
    for session in snapshot.sessions:
        session_title = session.title if snapshot.scope != "module" else snapshot.programme
        for module in session.modules:
            _module(b, module, session_title)
    slides = tuple(replace(s, number=i) for i, s in enumerate(b.slides, start=1))
    return Deck(
        title=clean(snapshot.title),
        lang=snapshot.lang,
        profile=snapshot.profile,
        author=clean(snapshot.author),
        slides=slides,
        warnings=tuple(b.warnings),
    )
