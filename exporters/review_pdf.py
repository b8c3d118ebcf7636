"""The review draft: a PDF a reviewer can mark up in any PDF reader and send back.

The draft prints every reviewable text field (an item's summary and body, a module
block's text) as visible text, line-numbered, under an «UTKAST» watermark. While it lays
out each line it records, per word, where the word sits on the page and which source
characters of which field it came from. That map travels inside the PDF as an embedded
file (``kursverk-review-map.json``), so any copy a reviewer returns can be read back
(content.review.pdf_import) without the original export. Open comments are drawn as real
PDF annotations (a highlight with the thread as its popup text).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from content.review.textmap import VisibleLine, visible_lines
from exporters import styles as S
from exporters.base import (
    ExportOptions,
    ExportResult,
    atomic_output,
    check_no_leak,
    file_sha256,
    trainer_texts,
)
from exporters.fonts import BODY, BOLD, register_fonts
from exporters.labels import field_label, kind_label, label
from exporters.pdfdoc import lock_down_reportlab, pdf_string
from exporters.rltext import markup

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from content.exports.snapshot import CommentSnapshot, ExportSnapshot, ModuleSnapshot
    from content.progress import Progress

Row = tuple[float, float, int, int, str, list[float], list[int] | None]
MAP_NAME = "kursverk-review-map.json"
MAP_FORMAT = "kursverk-review-map"
MAP_VERSION = 1
TEXT_SIZE = 10.5
LEADING = 15.0
NUMBER_GUTTER = 11 * mm
ITEM_FIELDS = ("summary", "body")


@dataclass
class FieldRef:
    """A reviewable text field: whose it is, which field, at which revision, its source."""

    entity_type: str
    entity_id: str
    field: str
    revision: int
    title: str
    source: str

    @property
    def key(self) -> str:
        """Return the key the map uses for this field."""
        return f"{self.entity_type}:{self.entity_id}:{self.field}"


@dataclass
class ReviewMap:
    """Where each printed word came from, page by page (serialised into the PDF)."""

    title: str
    target_id: str
    fields: dict[str, FieldRef] = field(default_factory=dict)
    pages: dict[int, list[dict[str, Any]]] = field(default_factory=dict)

    def to_json(self) -> bytes:
        """Return the map as the JSON the importer reads."""
        data = {
            "format": MAP_FORMAT,
            "version": MAP_VERSION,
            "title": self.title,
            "target_id": self.target_id,
            "fields": {
                key: {
                    "entity_type": f.entity_type,
                    "entity_id": f.entity_id,
                    "field": f.field,
                    "revision": f.revision,
                    "title": f.title,
                    "source": f.source,
                }
                for key, f in self.fields.items()
            },
            "pages": [{"page": n, "lines": lines} for n, lines in sorted(self.pages.items())],
        }
        return json.dumps(data, ensure_ascii=False).encode("utf-8")


class MappedLines(Flowable):
    """Visible lines of one field, wrapped by hand so each word's place is known."""

    def __init__(self, ref: FieldRef, lines: list[VisibleLine], rmap: ReviewMap) -> None:
        super().__init__()
        self.ref, self.source_lines, self.rmap = ref, lines, rmap
        self.rows: list[list[Row]] = []
        self._abs = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Lay the words out in rows no wider than the frame (minus the number gutter)."""
        self.rows = []
        width = avail_width
        space = stringWidth(" ", BODY, TEXT_SIZE)
        for line in self.source_lines:
            row: list[Row] = []
            x = 0.0
            for start, word in _words(line.text):
                for piece_start, piece in _pieces(start, word, width):
                    w = stringWidth(piece, BODY, TEXT_SIZE)
                    if row and x + w > width:
                        self.rows.append(row)
                        row, x = [], 0.0
                    a, b = line.source_range(piece_start, piece_start + len(piece))
                    offs = line.offsets[piece_start : piece_start + len(piece)]
                    jumps = None if offs[-1] - offs[0] == len(piece) - 1 else list(offs)
                    row.append((x, x + w, a, b, piece, _edges(piece), jumps))
                    x += w + space
            if row:
                self.rows.append(row)
        self.height = LEADING * len(self.rows)
        self.width = avail_width
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split between rows when the field runs over a page."""
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // LEADING)
        if fit <= 0 or fit >= len(self.rows):
            return [] if fit <= 0 else [self]
        head, tail = (
            _Rows(self.ref, self.rows[:fit], self.rmap),
            _Rows(self.ref, self.rows[fit:], self.rmap),
        )
        return [head, tail]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Remember the absolute position, then draw (ReportLab draws in local coordinates)."""
        self._abs = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        """Draw the rows and their line numbers, and record each word in the map."""
        _draw_rows(self.canv, self.rows, self.ref, self.rmap, self._abs, self.height)


class _Rows(MappedLines):
    """A part of a field that was split across pages (rows already laid out)."""

    def __init__(self, ref: FieldRef, rows: list[list[Row]], rmap: ReviewMap) -> None:
        super().__init__(ref, [], rmap)
        self.fixed = rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Keep the rows laid out before the split."""
        self.rows = self.fixed
        self.height = LEADING * len(self.rows)
        self.width = avail_width
        return avail_width, self.height


def _draw_rows(
    canv: Canvas,
    rows: list[list[Row]],
    ref: FieldRef,
    rmap: ReviewMap,
    origin: tuple[float, float],
    height: float,
) -> None:
    """Draw rows of words top-down with line numbers in the left margin."""
    page = canv.getPageNumber()
    counter = getattr(canv, "_kv_line_counter", (0, 0))
    number = counter[1] if counter[0] == page else 0
    ox, oy = origin
    for index, row in enumerate(rows):
        top = height - index * LEADING
        baseline = top - LEADING + 4
        number += 1
        canv.setFont(BODY, 7)
        canv.setFillColor(S.MUTED)
        canv.drawRightString(-NUMBER_GUTTER + 12, baseline, str(number))
        canv.setFont(BODY, TEXT_SIZE)
        canv.setFillColor(S.INK)
        canv.drawString(0, baseline, " ".join(w[4] for w in row))
        rmap.pages.setdefault(page, []).append(
            {
                "field": ref.key,
                "number": number,
                "y0": round(oy + top - LEADING, 2),
                "y1": round(oy + top, 2),
                "words": [_word_entry(ox, w) for w in row],
            }
        )
    canv._kv_line_counter = (page, number)


def _word_entry(ox: float, word: Row) -> list[Any]:
    """Return a word as the map stores it: x0, x1, source start, end, char edges[, offsets]."""
    x0, x1, a, b, _piece, edges, jumps = word
    entry: list[Any] = [round(ox + x0, 2), round(ox + x1, 2), a, b, edges]
    if jumps is not None:
        entry.append(jumps)
    return entry


def _edges(piece: str) -> list[float]:
    """Return the right edge of each character of a word, from the word's left edge."""
    edges, x = [], 0.0
    for ch in piece:
        x += _char_width(ch)
        edges.append(round(x, 1))
    return edges


@functools.cache
def _char_width(ch: str) -> float:
    """Return the width of one character in the draft's text font."""
    return float(stringWidth(ch, BODY, TEXT_SIZE))


def _words(text: str) -> list[tuple[int, str]]:
    """Return (start, word) for each whitespace-separated word of a visible line."""
    out: list[tuple[int, str]] = []
    start = None
    for i, ch in enumerate(text + " "):
        if ch.isspace():
            if start is not None:
                out.append((start, text[start:i]))
                start = None
        elif start is None:
            start = i
    return out


def _pieces(start: int, word: str, width: float) -> list[tuple[int, str]]:
    """Cut a word wider than the line into pieces that fit (a URL, a long compound)."""
    if stringWidth(word, BODY, TEXT_SIZE) <= width:
        return [(start, word)]
    pieces: list[tuple[int, str]] = []
    begin = 0
    for end in range(1, len(word) + 1):
        if stringWidth(word[begin:end], BODY, TEXT_SIZE) > width and end - 1 > begin:
            pieces.append((start + begin, word[begin : end - 1]))
            begin = end - 1
    pieces.append((start + begin, word[begin:]))
    return pieces


def review_fields(snapshot: ExportSnapshot) -> list[tuple[str, FieldRef | None]]:
    """Return, in print order, headings (ref None) and the reviewable fields under them."""
    out: list[tuple[str, FieldRef | None]] = []
    lang = snapshot.lang
    trainer = snapshot.profile == "trainer"
    for module in snapshot.modules():
        out.append((printable(f"{module.code} {module.title}".strip()), None))
        out.extend(_module_fields(module, lang, trainer))
    return out


def _module_fields(
    module: ModuleSnapshot, lang: str, trainer: bool
) -> list[tuple[str, FieldRef | None]]:
    """Return the fields of one module's blocks, items first by their own title."""
    out: list[tuple[str, FieldRef | None]] = []
    seen: set[str] = set()
    for section in module.sections:
        for block in section.blocks:
            if block.trainer_only and not trainer:
                continue
            item = block.item
            if item is not None and item.id not in seen:
                seen.add(item.id)
                heading = printable(f"{item.title} ({kind_label(item.kind, lang)})")
                for name in ITEM_FIELDS:
                    text = getattr(item, name)
                    if text.strip():
                        ref = FieldRef(
                            "item", item.id, name, item.revision, heading, printable(text)
                        )
                        out.append((f"{heading} · {field_label(name, lang)}", ref))
            elif item is None and block.text.strip():
                heading = printable(block.title) or label("review_block_text", lang)
                ref = FieldRef(
                    "module",
                    module.id,
                    f"blocks/{block.id}/text",
                    module.revision,
                    heading,
                    printable(block.text),
                )
                out.append((heading, ref))
    return out


def render_review_pdf(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the review draft of a module or curriculum, with its map embedded."""
    lang = snapshot.lang
    rmap = ReviewMap(printable(snapshot.title), snapshot.target_id)
    parts = review_fields(snapshot)
    progress.start(len(parts) + 2, label("review_title", lang))
    story: list[Flowable] = [
        Paragraph(_xml(snapshot.title), S.style("cover_title")),
        Paragraph(_xml(label("review_title", lang)), S.style("cover_sub")),
        Paragraph(_xml(label("review_help", lang)), S.style("body")),
        Spacer(1, 6 * mm),
    ]
    drawn: list[str] = [heading for heading, _ref in parts]
    for heading, ref in parts:
        progress.check()
        if ref is None:
            story.append(Paragraph(_xml(heading), S.style("h1")))
            continue
        rmap.fields[ref.key] = ref
        story.append(Paragraph(_xml(heading), S.style("h3")))
        lines = visible_lines(ref.source)
        drawn.extend(line.text for line in lines)
        story.append(MappedLines(ref, lines, rmap))
        story.append(Spacer(1, 3 * mm))
        progress.step()
    if snapshot.profile == "participant":
        check_no_leak("\n".join(drawn), trainer_texts(snapshot))
    with atomic_output(Path(path)) as part:
        doc = _ReviewDoc(str(part), snapshot, options)
        doc.build(story)
        _finish(part, rmap, snapshot.comments, lang)
    progress.step()
    return ExportResult(Path(path), pages=doc.page, sha256=file_sha256(Path(path)))


def _xml(text: str) -> str:
    """Return plain text as Paragraph markup (headings only; field text is drawn raw)."""
    return markup(printable(text))


_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """Return text with lone surrogates and control characters as U+FFFD.

    The length is kept, so the map's source offsets stay those of the stored text.
    """
    return _UNPRINTABLE.sub("\ufffd", text)


class _ReviewDoc(BaseDocTemplate):
    """An A4 document with a line-number gutter and a watermark on every page."""

    def __init__(self, filename: str, snapshot: ExportSnapshot, options: ExportOptions) -> None:
        register_fonts()
        lock_down_reportlab()
        super().__init__(
            filename,
            pagesize=S.PAGE_SIZE,
            leftMargin=S.MARGIN_LEFT + NUMBER_GUTTER / 2,
            rightMargin=S.MARGIN_RIGHT,
            topMargin=S.MARGIN_TOP,
            bottomMargin=S.MARGIN_BOTTOM,
            title=pdf_string(f"{snapshot.title} – {label('review_title', snapshot.lang)}"),
            author=pdf_string(snapshot.author or "Kursverk"),
            creator="Kursverk",
            lang=snapshot.lang,
            invariant=int(options.invariant),
            initialFontName=BODY,
            initialFontSize=10,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.snapshot = snapshot
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the watermark and the page number."""
        lang = self.snapshot.lang
        canv.saveState()
        canv.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.12))
        canv.setFont(BOLD, 110)
        canv.translate(S.PAGE_SIZE[0] / 2, S.PAGE_SIZE[1] / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -40, label("review_watermark", lang))
        canv.restoreState()
        canv.saveState()
        canv.setFont(BODY, 8)
        canv.setFillColor(S.MUTED)
        canv.drawRightString(
            S.PAGE_SIZE[0] - S.MARGIN_RIGHT,
            S.MARGIN_BOTTOM / 2,
            f"{label('review_watermark', lang)} · {doc.page}",
        )
        canv.restoreState()


def _finish(part: Path, rmap: ReviewMap, comments: tuple[CommentSnapshot, ...], lang: str) -> None:
    """Embed the map and draw the open comments as annotations (pypdf, in place)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(part)))
    writer.add_attachment(MAP_NAME, rmap.to_json())
    for comment in comments:
        _annotate(writer, rmap, comment)
    with open(part, "wb") as fh:
        writer.write(fh)


def _annotate(writer: Any, rmap: ReviewMap, comment: CommentSnapshot) -> None:
    """Add one open comment as a highlight (or a note) with its thread as the text."""
    from pypdf.annotations import Highlight, Text
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    key = f"{comment.entity_type}:{comment.entity_id}:{comment.field}"
    text = comment.thread_text()
    for page_number, lines in sorted(rmap.pages.items()):
        quads: list[float] = []
        box: list[float] = []
        for line in lines:
            if line["field"] != key:
                continue
            words = [w for w in line["words"] if w[2] < comment.end and w[3] > comment.start]
            if not words:
                continue
            x0, x1, y0, y1 = words[0][0], words[-1][1], line["y0"], line["y1"]
            quads += [x0, y1, x1, y1, x0, y0, x1, y0]
            box = (
                [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
                if box
                else [x0, y0, x1, y1]
            )
        if not quads:
            continue
        annot = Highlight(
            rect=(box[0], box[1], box[2], box[3]),
            quad_points=ArrayObject(FloatObject(q) for q in quads),
        )
        annot[NameObject("/Contents")] = TextStringObject(text)
        annot[NameObject("/T")] = TextStringObject(comment.author)
        annot[NameObject("/NM")] = TextStringObject(f"kursverk:{comment.id}")
        writer.add_annotation(page_number=page_number - 1, annotation=annot)
        return
    if comment.entity_type and rmap.pages:
        note = Text(rect=(20, 780, 40, 800), text=text)
        note[NameObject("/T")] = TextStringObject(comment.author)
        note[NameObject("/NM")] = TextStringObject(f"kursverk:{comment.id}")
        writer.add_annotation(page_number=0, annotation=note)
