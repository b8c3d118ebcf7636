"""Shared PDF document: A4 templates, header and footer, a one-pass TOC, outline and ruled boxes.

The body is laid out exactly once. Page totals («Side X av Y») and the table of contents are
drawn as PDF form XObjects that the pages reference before they are defined; the forms are
filled in after layout, when every heading's page is known. The TOC gets a fixed number of
pages up front because every entry is one line high (long titles are shortened).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from content.progress import Cancelled
from exporters import styles as S
from exporters.flowables import KeepWithFirstPart
from exporters.fonts import BODY, BOLD, register_fonts
from exporters.labels import label, warning
from exporters.rlfast import PlainParagraph, is_plain
from exporters.rltext import markup, paragraph

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from reportlab.pdfgen.canvas import Canvas

    from content.progress import Progress

TOC_ENTRY_H = 17.0
TOC_TITLE_H = 44.0
FOOTER_Y = 12 * mm
HEADER_Y = S.PAGE_SIZE[1] - 14 * mm


def lock_down_reportlab() -> None:
    """Make sure ReportLab never fetches a URL or reads a file named by content."""
    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []


@dataclass(frozen=True)
class TocEntry:
    """A heading known before layout: its outline level, title and destination key."""

    level: int
    title: str
    key: str
    in_toc: bool = True


@dataclass
class DocMeta:
    """Document-level settings: metadata, language and the texts of the running header."""

    title: str
    author: str = ""
    subject: str = ""
    lang: str = "nb-NO"  # PDF /Lang (BCP 47)
    labels: str = "nb"  # language of the printed labels: nb, nn or en
    header_left: str = ""
    invariant: bool = False
    entries: list[TocEntry] = field(default_factory=list)


def mark(flowable: Flowable, entry: TocEntry, progress_label: str | None = None) -> Flowable:
    """Attach a heading entry to a flowable so the doc records its page and outline."""
    flowable._kv_entry = entry
    flowable._kv_progress = progress_label
    return flowable


def toc_capacity(first_page: bool) -> int:
    """Return how many one-line TOC entries fit on a TOC page."""
    avail = S.PAGE_SIZE[1] - S.MARGIN_TOP - S.MARGIN_BOTTOM - (TOC_TITLE_H if first_page else 0)
    return int(avail // TOC_ENTRY_H)


def toc_pages_needed(count: int) -> list[int]:
    """Return the number of entries on each TOC page, for count entries."""
    if count == 0:
        return []
    first = toc_capacity(True)
    rest = max(0, count - first)
    return [min(count, first)] + [
        min(toc_capacity(False), rest - i * toc_capacity(False))
        for i in range(math.ceil(rest / toc_capacity(False)))
    ]


@functools.lru_cache(maxsize=512)  # the running head asks for the same titles page after page
def shorten(text: str, font: str, size: float, width: float) -> str:
    """Return text cut with an ellipsis so it fits on one line of the given width."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def pdf_string(text: str) -> str:
    """Return text safe for PDF metadata and outlines (lone surrogates become U+FFFD)."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class KvDoc(BaseDocTemplate):
    """An A4 document with cover, reserved TOC pages, body, outline and page totals."""

    def __init__(self, path: Path, meta: DocMeta, progress: Progress | None = None) -> None:
        register_fonts()
        lock_down_reportlab()
        super().__init__(
            str(path),
            pagesize=S.PAGE_SIZE,
            leftMargin=S.MARGIN_LEFT,
            rightMargin=S.MARGIN_RIGHT,
            topMargin=S.MARGIN_TOP,
            bottomMargin=S.MARGIN_BOTTOM,
            title=pdf_string(meta.title),
            author=pdf_string(meta.author),
            subject=pdf_string(meta.subject),
            creator="Kursverk",
            lang=meta.lang,
            invariant=1 if meta.invariant else 0,
            initialFontName=BODY,
            initialFontSize=10,
            keepTogetherClass=KeepWithFirstPart,
        )
        self.meta = meta
        self.progress = progress
        self.toc_entries = [e for e in meta.entries if e.in_toc]
        self.toc_layout = toc_pages_needed(len(self.toc_entries))
        self.pages: dict[str, int] = {}
        self.drawn: list[str] = []
        self.warnings: list[str] = []
        self._first_toc_page = 0
        self._current = ""
        self._page_title = ""
        self._last_level = -1
        self._build_templates()

    def _build_templates(self) -> None:
        """Create the cover, toc and body page templates."""
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="f",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame]),
                PageTemplate("toc", [frame], onPage=self._on_toc_page, onPageEnd=self._footer),
                PageTemplate("body", [frame], onPage=self._on_body_page, onPageEnd=self._decorate),
            ]
        )

    # ---------------------------------------------------------------- story assembly

    def story(self, cover: list[Flowable], body: list[Flowable]) -> list[Flowable]:
        """Return the full story: cover, reserved TOC pages, then the body."""
        out: list[Flowable] = []
        if cover:
            out += [*cover, NextPageTemplate("toc" if self.toc_layout else "body"), PageBreak()]
        else:
            self.pageTemplates.insert(0, self.pageTemplates.pop(2 if not self.toc_layout else 1))
        for index in range(len(self.toc_layout)):
            last = index == len(self.toc_layout) - 1
            out += [Spacer(1, 1)]
            out += [NextPageTemplate("body"), PageBreak()] if last else [PageBreak()]
        return out + body

    # ---------------------------------------------------------------- page decoration

    def _on_toc_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Use this TOC page's form (filled in later) and add its entry links."""
        if not self._first_toc_page:
            self._first_toc_page = canv.getPageNumber()
        index = canv.getPageNumber() - self._first_toc_page
        canv.doForm(f"kvtoc{index}")
        for entry, y in self._toc_slots(index):
            canv.linkAbsolute(
                "",
                entry.key,
                (S.MARGIN_LEFT, y - 4, S.MARGIN_LEFT + self.width, y + TOC_ENTRY_H - 5),
            )

    def _on_body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Forget the previous page's first heading."""
        self._page_title = ""

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the running header and the footer."""
        canv.saveState()
        canv.setFont(BODY, 8)
        canv.setFillColor(S.MUTED)
        half = self.width / 2 - 6
        canv.drawString(S.MARGIN_LEFT, HEADER_Y, shorten(self.meta.header_left, BODY, 8, half))
        right = shorten(self._page_title or self._current, BODY, 8, half)
        canv.drawRightString(S.MARGIN_LEFT + self.width, HEADER_Y, right)
        canv.setStrokeColor(S.RULE)
        canv.setLineWidth(0.5)
        canv.line(S.MARGIN_LEFT, HEADER_Y - 4, S.MARGIN_LEFT + self.width, HEADER_Y - 4)
        canv.restoreState()
        self._footer(canv, doc)

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Draw «Side X av » and the total-pages form."""
        prefix = label("page_x_of", self.meta.labels, page=canv.getPageNumber())
        x = S.MARGIN_LEFT + self.width - stringWidth(prefix + "0000", BODY, 8.5)
        canv.saveState()
        canv.setFont(BODY, 8.5)
        canv.setFillColor(S.MUTED)
        canv.drawString(x, FOOTER_Y, prefix)
        canv.translate(x + stringWidth(prefix, BODY, 8.5), FOOTER_Y)
        canv.doForm("kvtotal")
        canv.restoreState()

    # ---------------------------------------------------------------- layout hooks

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        """Lay out one flowable; one that cannot be laid out becomes a placeholder.

        No export may abort because of layout: a LayoutError (or any other error while
        fitting a flowable) replaces that flowable with a visible placeholder and a warning
        that names the item it came from.
        """
        front = flowables[:4]
        try:
            super().handle_flowable(flowables)
        except Cancelled:
            raise
        except Exception as exc:
            if not front or any(getattr(f, "_kv_fallback", False) for f in front):
                raise
            if flowables and (
                flowables[0] is front[0] or front[0] in getattr(flowables[0], "_content", ())
            ):
                del flowables[0]  # the failure came before ReportLab took the flowable
            lang = self.meta.labels
            where = where_of(front) or warning(
                "on_page", lang, what=type(front[0]).__name__, page=self.page
            )
            problem = f"{type(exc).__name__}: {exc}"
            message = warning("cannot_place", lang, where=where, problem=problem)
            self.warnings.append(" ".join(message.split())[:300])
            text = f"[{label('content_error', self.meta.labels)}: {where}]"
            holder = paragraph(text, S.style("placeholder"))
            holder._kv_fallback = True
            holder._kv_entries = entries_of(front)
            flowables.insert(0, holder)

    def afterFlowable(self, flowable: Flowable) -> None:
        """Record a marked heading's page, bookmark it and report progress."""
        entry: TocEntry | None = getattr(flowable, "_kv_entry", None)
        for lost in getattr(flowable, "_kv_entries", ()):  # headings a placeholder replaced
            self._record(lost, flowable)
        if entry is None:
            return
        self._record(entry, flowable)
        label_text = getattr(flowable, "_kv_progress", None)
        if self.progress is not None and label_text is not None:
            self.progress.step(label_text)

    def _record(self, entry: TocEntry, flowable: Flowable) -> None:
        """Record a heading's page, and bookmark it and add its outline entry once."""
        if entry.key in self.pages:
            return
        page = self.canv.getPageNumber()
        self.pages[entry.key] = page
        level = min(entry.level, self._last_level + 1)
        self._last_level = level
        top = self.frame._y + getattr(flowable, "height", 0)
        self.canv.bookmarkPage(entry.key, fit="XYZ", left=0, top=top)
        self.canv.addOutlineEntry(pdf_string(entry.title), entry.key, level, closed=level >= 1)
        if entry.level <= 1:
            self._current = entry.title
            self._page_title = self._page_title or entry.title

    def _endBuild(self) -> None:
        """Finish the last page, then define the forms the pages refer to, then save."""
        for entry in self.toc_entries:  # a contents link must never point nowhere
            if entry.key not in self.pages and getattr(self, "frame", None) is not None:
                lost = warning("heading_lost", self.meta.labels, title=entry.title[:60])
                self.warnings.append(lost)
                self._record(entry, Spacer(0, 0))
        self._doSave = 0
        super()._endBuild()
        total = self.canv.getPageNumber() - 1
        self.page_count = total
        self._define_total(total)
        for index in range(len(self.toc_layout)):
            self._define_toc_page(index)
        self.canv.save()

    def _define_total(self, total: int) -> None:
        """Define the form that prints the total page count."""
        canv = self.canv
        canv.beginForm("kvtotal")
        canv.setFont(BODY, 8.5)
        canv.setFillColor(S.MUTED)
        canv.drawString(0, 0, str(total))
        canv.endForm()

    def _toc_slots(self, index: int) -> list[tuple[TocEntry, float]]:
        """Return the entries of TOC page index with the baseline y of each."""
        start = sum(self.toc_layout[:index])
        entries = self.toc_entries[start : start + self.toc_layout[index]]
        top = S.PAGE_SIZE[1] - S.MARGIN_TOP - (TOC_TITLE_H if index == 0 else 0)
        return [(e, top - (i + 1) * TOC_ENTRY_H) for i, e in enumerate(entries)]

    def _define_toc_page(self, index: int) -> None:
        """Draw one TOC page, with the pages where the headings really landed."""
        canv = self.canv
        canv.beginForm(f"kvtoc{index}")
        if index == 0:
            canv.setFont(BOLD, 20)
            canv.setFillColor(S.ACCENT)
            title_y = S.PAGE_SIZE[1] - S.MARGIN_TOP - 22
            canv.drawString(S.MARGIN_LEFT, title_y, label("contents", self.meta.labels))
        for entry, y in self._toc_slots(index):
            self._draw_toc_entry(canv, entry, y)
        canv.endForm()

    def _draw_toc_entry(self, canv: Canvas, entry: TocEntry, y: float) -> None:
        """Draw one TOC line: indented title, dotted leader, page number."""
        font, size = (BOLD, 10.5) if entry.level == 0 else (BODY, 10)
        indent = 14.0 * min(entry.level, 3)
        number = str(self.pages.get(entry.key, ""))
        right = S.MARGIN_LEFT + self.width
        room = self.width - indent - 36
        title = shorten(entry.title, font, size, room)
        canv.setFillColor(S.INK)
        canv.setFont(font, size)
        canv.drawString(S.MARGIN_LEFT + indent, y, title)
        canv.drawRightString(right, y, number)
        start = S.MARGIN_LEFT + indent + stringWidth(title, font, size) + 6
        end = right - stringWidth(number, font, size) - 6
        if end > start:
            canv.setStrokeColor(S.RULE)
            canv.setDash(1, 2.5)
            canv.line(start, y + 1, end, y + 1)
            canv.setDash()


def where_of(flowables: list[Flowable]) -> str:
    """Return the item a flowable (or a group of kept-together flowables) was made for."""
    for flowable in flowables:
        where = getattr(flowable, "_kv_where", "")
        if where:
            return str(where)
        inner = where_of(list(getattr(flowable, "_content", ())))
        if inner:
            return inner
    return ""


def entries_of(flowables: list[Flowable]) -> list[TocEntry]:
    """Return the heading entries marked on flowables (and on what they keep together)."""
    out: list[TocEntry] = []
    for flowable in flowables:
        entry = getattr(flowable, "_kv_entry", None)
        if entry is not None:
            out.append(entry)
        out += getattr(flowable, "_kv_entries", [])
        out += entries_of(list(getattr(flowable, "_content", ())))
    return out


class HeadingParagraph(Paragraph):
    """A heading; when it is so long that it splits, its first part keeps the TOC mark."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split like a paragraph and move the heading mark to the first part."""
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            for name in ("_kv_entry", "_kv_progress", "_kv_where"):
                if index == 0 and hasattr(self, name):
                    setattr(part, name, getattr(self, name))
                else:
                    part.__dict__.pop(name, None)
        return parts


class PlainHeading(HeadingParagraph, PlainParagraph):
    """A heading of plain text (no markup characters): laid out as a PlainParagraph."""


def tag(flowables: list[Flowable], where: str) -> list[Flowable]:
    """Name the item the flowables were made for (used in layout-fallback warnings)."""
    for flowable in flowables:
        if not getattr(flowable, "_kv_where", ""):
            flowable._kv_where = where
    return flowables


def heading(
    text: str, style_name: str, entry: TocEntry | None = None, progress_label: str | None = None
) -> Paragraph:
    """Return an escaped heading paragraph, marked for the TOC and outline if given."""
    if is_plain(text):
        para: Paragraph = PlainHeading(text, S.style(style_name))
    else:
        para = HeadingParagraph(markup(text), S.style(style_name))
    return mark(para, entry, progress_label) if entry else para


def build(
    doc: KvDoc, story: list[Flowable], on_page_count: Callable[[int], None] | None = None
) -> int:
    """Lay out the story once and return the page count."""
    doc.build(story)
    count = int(getattr(doc, "page_count", 0))
    if on_page_count:
        on_page_count(count)
    return count
