"""Turn a Markdown element tree (content.markdown) into ReportLab flowables, one handler per tag.

User text reaches a Paragraph only as markup made by exporters.rltext (escaped there), links
keep only http, https and mailto, images come only from the snapshot's assets, and long
paragraphs, code blocks and wide tables are cut into pieces so layout stays linear and nothing
leaves the page.
"""

from __future__ import annotations

import io
import warnings as pywarnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from PIL import Image as PILImage
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, Table, TableStyle

from content.markdown import ASSET_PREFIX, iter_text, parse, problem_text
from exporters import styles as S
from exporters.flowables import RuledBlock
from exporters.labels import label, message_lang, warning
from exporters.rlfast import PlainParagraph, is_plain
from exporters.rltext import Token, chunk_markup, code_markup, inline_tag
from exporters.rltext import paragraph as plain_paragraph

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.exports.snapshot import AssetSnapshot

# A paragraph is laid out in pieces only when it is longer than about two full pages
# (hostile or pasted walls of text); each cut ends a line early, so ordinary long
# paragraphs (a few thousand characters) stay whole.
CHUNK_CHARS = 8000
CODE_LINES = 40
MAX_TABLE_COLS = 7
MAX_CELL_CHARS = 800
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_HEIGHT = 260.0

@dataclass
class RenderContext:
    """What rendering needs besides the text: assets, language, warnings and the text drawn."""

    assets: dict[str, AssetSnapshot]
    lang: str = "nb"
    warn: Callable[[str], None] = print
    drawn: list[str] = field(default_factory=list)
    width: float = S.FRAME_WIDTH
    _images: dict[str, tuple[bytes, int, int] | ImageProblem] = field(default_factory=dict)


def table_rows(elem: ET.Element) -> list[list[ET.Element]]:
    """Return a Markdown table's rows of header and data cells (rows without cells left out)."""
    rows = [[c for c in tr if c.tag in ("th", "td")] for tr in elem.iter("tr")]
    return [r for r in rows if r]


def has_huge_cells(rows: list[list[ET.Element]]) -> bool:
    """Tell whether a cell is too long for a grid (the table is then printed row by row)."""
    return any(len("".join(iter_text(c))) > MAX_CELL_CHARS for r in rows for c in r)


def stacked_rows(rows: list[list[ET.Element]]) -> list[list[tuple[str, ET.Element]]]:
    """Return a table's data rows as (header name, cell) pairs, for printing row by row.

    A cell without a header is named by its column number.
    """
    header = rows[0] if rows[0] and rows[0][0].tag == "th" else []
    names = ["".join(iter_text(c)) for c in header]
    return [
        [(names[c] if c < len(names) else str(c + 1), elem) for c, elem in enumerate(row)]
        for row in (rows[1:] if header else rows)
    ]


def column_groups(ncols: int) -> list[list[int]]:
    """Return the column groups of a table wider than ``MAX_TABLE_COLS``, each with column 0."""
    step = MAX_TABLE_COLS - 1
    return [[0, *range(start, min(ncols, start + step))] for start in range(1, ncols, step)]


class ImageProblem(NamedTuple):
    """Why an image cannot be shown: a warning key of exporters.labels, and its details."""

    key: str  # image_not_found | image_blocked | image_too_large | image_damaged
    detail: str = ""
    size: tuple[int, int] | None = None  # pixels, for image_too_large

    def text(self, lang: str) -> str:
        """Return the problem in a language."""
        detail = self.detail
        if self.size is not None:
            detail = warning("image_pixels", lang, w=self.size[0], h=self.size[1])
        return warning(self.key, lang, detail=detail)


def para(text: str, style_name: str = "body", ctx: RenderContext | None = None) -> Paragraph:
    """Return a paragraph of plain text (escaped), recording it as drawn."""
    if ctx is not None:
        ctx.drawn.append(text)
    return plain_paragraph(text, S.style(style_name))


def markdown_flowables(
    text: str, ctx: RenderContext, where: str, style_name: str = "body"
) -> list[Flowable]:
    """Return flowables for a Markdown text; warnings are prefixed with ``where``."""
    root, problems = parse(text)
    for problem in problems:
        ctx.warn(f"{where}: {problem_text(problem, message_lang(ctx.lang))}")
    ctx.drawn.append("".join(iter_text(root)))
    return _Walker(ctx, where, style_name).blocks(root, 0)


class _Walker:
    """Walk one element tree; one handler per block tag."""

    def __init__(self, ctx: RenderContext, where: str, style_name: str) -> None:
        self.ctx = ctx
        self.where = where
        self.style_name = style_name
        self.images: list[ET.Element] = []

    def blocks(self, parent: ET.Element, depth: int) -> list[Flowable]:
        """Render the block children of an element."""
        out: list[Flowable] = []
        if parent.text and parent.text.strip():
            out += self.paragraphs(_text_only(parent.text), self.style_name, depth)
        for child in parent:
            handler = getattr(self, f"h_{child.tag}", None)
            out += handler(child, depth) if handler else self.h_p(child, depth)
            if child.tail and child.tail.strip():
                out += self.paragraphs(_text_only(child.tail), self.style_name, depth)
        return out

    # ------------------------------------------------------------------ block handlers

    def h_p(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a paragraph (and any images in it, after the text)."""
        out = self.paragraphs(elem, self.style_name, depth)
        return out + self.take_images()

    def h_h1(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a heading inside user text (kept below the document's own headings)."""
        level = int(elem.tag[1])
        name = {1: "h4", 2: "h4", 3: "h5"}.get(level, "h6")
        return self.paragraphs(elem, name, depth) + self.take_images()

    h_h2 = h_h3 = h_h4 = h_h5 = h_h6 = h_h1

    def h_hr(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a horizontal rule."""
        return [HRFlowable(width="100%", thickness=0.6, color=S.RULE, spaceBefore=4, spaceAfter=6)]

    def h_ul(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a bulleted or numbered list (nested lists are indented)."""
        out: list[Flowable] = []
        start = _int(elem.get("start"), 1)
        for number, item in enumerate((c for c in elem if c.tag == "li"), start):
            bullet = f"{number}." if elem.tag == "ol" else "•"
            out += self.list_item(item, bullet, depth + 1)
        return out

    h_ol = h_ul

    def list_item(self, item: ET.Element, bullet: str, depth: int) -> list[Flowable]:
        """Render one list item: its inline text with the bullet, then nested blocks."""
        inline = ET.Element("p")
        inline.text = item.text
        blocks: list[ET.Element] = []
        for child in item:
            if child.tag in _BLOCK_TAGS or blocks:
                blocks.append(child)
            else:
                inline.append(child)
        if not inline.text and blocks and blocks[0].tag == "p":
            inline = blocks.pop(0)
        style = S.variant(
            "bullet",
            leftIndent=14 * depth,
            bulletIndent=14 * depth - 11,
            fontSize=S.style(self.style_name).fontSize,
        )
        chunks = self.inline(inline)
        out: list[Flowable] = (
            [PlainParagraph(chunks, style, bulletText=bullet)]
            if isinstance(chunks, str)
            else [
                Paragraph(m, style, bulletText=bullet if i == 0 else None)
                for i, m in enumerate(chunks or [""])
            ]
        )
        holder = ET.Element("div")
        holder.extend(blocks)
        return out + self.take_images() + self.blocks(holder, depth)

    def h_blockquote(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a quotation with a grey left rule."""
        inner = self.blocks(elem, 0) or [Spacer(1, 1)]
        look = S.QUOTE_LOOK
        return [RuledBlock(inner, look.colour, rule_width=look.rule_width, pad=2)]

    def h_pre(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a code block in monospace, wrapping long lines, in chunks of lines."""
        code = "".join(iter_text(elem)).rstrip("\n")
        lines = code.split("\n")
        out: list[Flowable] = []
        for start in range(0, len(lines), CODE_LINES):
            piece = lines[start : start + CODE_LINES]
            out.append(Paragraph(code_markup(piece) or "&nbsp;", S.style("code")))
        return out

    def h_table(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a table: column groups when wide, stacked rows when cells are huge."""
        rows = table_rows(elem)
        if not rows:
            return []
        ncols = max(len(r) for r in rows)
        if has_huge_cells(rows):
            self.ctx.warn(warning("table_stacked", self.ctx.lang, where=self.where))
            return self.stacked_table(rows)
        if ncols <= MAX_TABLE_COLS:
            return [self.table(rows, list(range(ncols)))]
        return self.column_groups(rows, ncols)

    def h_div(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a container; footnotes get a rule and small type."""
        if elem.get("class") == "footnote":
            saved, self.style_name = self.style_name, "small"
            out = [
                HRFlowable(
                    width="30%",
                    thickness=0.5,
                    color=S.RULE,
                    hAlign="LEFT",
                    spaceBefore=4,
                    spaceAfter=3,
                ),
                *self.blocks(elem, depth),
            ]
            self.style_name = saved
            return out
        return self.blocks(elem, depth)

    def h_img(self, elem: ET.Element, depth: int) -> list[Flowable]:
        """Render a block-level image."""
        return [self.image(elem)]

    # ------------------------------------------------------------------ tables

    def table(self, rows: list[list[ET.Element]], cols: list[int], caption: str = "") -> Flowable:
        """Return a table of the given columns, with widths by content and a repeated header."""
        small = len(cols) > 5
        cell = S.variant("cell", fontSize=7.5, leading=9.5) if small else S.style("cell")
        head = S.variant("cell_head", fontSize=7.5, leading=9.5) if small else S.style("cell_head")
        data = []
        for row in rows:
            style = head if row and row[0].tag == "th" else cell
            data.append([self.cell(row[c], style) if c < len(row) else "" for c in cols])
        widths = _col_widths(rows, cols, self.ctx.width - 20)
        repeat = 1 if rows[0][0].tag == "th" else 0
        table = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT", splitInRow=1)
        table.setStyle(_TABLE_STYLE)
        return table

    def cell(self, elem: ET.Element, style: object) -> Paragraph:
        """Return one table cell paragraph."""
        content = self.inline(elem, 10**9)
        if isinstance(content, str):
            return PlainParagraph(content, style)
        return Paragraph("".join(content), style)

    def column_groups(self, rows: list[list[ET.Element]], ncols: int) -> list[Flowable]:
        """Split a wide table into groups of columns, repeating the first column."""
        out: list[Flowable] = []
        for cols in column_groups(ncols):
            text = label("table_columns", self.ctx.lang, a=cols[1] + 1, b=cols[-1] + 1, n=ncols)
            out += [plain_paragraph(text, S.style("muted")), self.table(rows, cols), Spacer(1, 6)]
        return out

    def stacked_table(self, rows: list[list[ET.Element]]) -> list[Flowable]:
        """Render each row as «header: value» paragraphs (for tables with huge cells)."""
        out: list[Flowable] = []
        for row in stacked_rows(rows):
            for name, elem in row:
                holder = ET.Element("p")
                strong = ET.SubElement(holder, "strong")
                strong.text = f"{name}: "
                strong.tail = elem.text
                holder.extend(list(elem))
                out += self.paragraphs(holder, "small", 0)
            out.append(HRFlowable(width="100%", thickness=0.4, color=S.RULE, spaceAfter=4))
        return out

    # ------------------------------------------------------------------ inline markup

    def paragraphs(self, elem: ET.Element, style_name: str, depth: int) -> list[Flowable]:
        """Return the paragraphs for an element's inline content, chunked when long."""
        style = S.style(style_name)
        if depth:
            style = S.variant(style_name, leftIndent=14 * depth)
        chunks = self.inline(elem)
        if isinstance(chunks, str):
            return [PlainParagraph(chunks, style)]
        joined = (
            S.variant(style_name, spaceAfter=0, leftIndent=14 * depth) if len(chunks) > 1 else style
        )
        # chunks of one long paragraph sit flush, so the reader sees one paragraph
        return [
            Paragraph(m, joined if i < len(chunks) - 1 else style) for i, m in enumerate(chunks)
        ]

    def inline(self, elem: ET.Element, limit: int = CHUNK_CHARS) -> str | list[str]:
        """Return an element's inline content as plain text or as markup chunks.

        Plain text (no inline element, no markup character, at most ``limit`` characters)
        comes back whole, for one PlainParagraph; anything else as ReportLab markup cut
        into chunks near ``limit`` characters (tags balanced in each).
        """
        tokens: list[Token] = []
        self.tokens(elem, tokens)
        if all(kind == "t" for kind, _t, _c in tokens):  # plain running text: the fast path
            text = "".join(t for _k, t, _c in tokens)
            if len(text) <= limit and is_plain(text) and text.strip():
                return text
        return chunk_markup(tokens, limit)

    def tokens(self, elem: ET.Element, out: list[Token]) -> None:
        """Append inline tokens for an element's text and children."""
        if elem.text:
            out.append(("t", elem.text, ""))
        for child in elem:
            if child.tag == "img":
                self.images.append(child)
            elif not (child.tag == "a" and "backref" in child.get("class", "")):
                opening, closing = inline_tag(child, S.LINK.hexval())
                out.append(("o", opening, closing))
                self.tokens(child, out)
                out.append(("c", "", ""))
            if child.tail:
                out.append(("t", child.tail, ""))

    # ------------------------------------------------------------------ images

    def take_images(self) -> list[Flowable]:
        """Return flowables for the images collected from inline content."""
        images, self.images = self.images, []
        return [self.image(img) for img in images]

    def image(self, elem: ET.Element) -> Flowable:
        """Return an image from the snapshot's assets, or a visible placeholder box."""
        src, alt = elem.get("src", ""), elem.get("alt", "")
        asset_id = src[len(ASSET_PREFIX) :] if src.startswith(ASSET_PREFIX) else ""
        loaded = load_image(self.ctx, asset_id) if asset_id else ImageProblem("image_blocked")
        if isinstance(loaded, ImageProblem):
            missing = loaded.key in ("image_not_found", "image_blocked")
            key = "image_missing" if missing else "image_broken"
            where = asset_id or elem.get("data-blocked", "")
            lang = self.ctx.lang
            problem = loaded.text(lang)
            self.ctx.warn(
                warning("image_problem", lang, where=self.where, name=where, problem=problem)
            )
            text = f"[{label(key, self.ctx.lang)}: {alt or where}]"
            return para(text, "placeholder", self.ctx)
        data, width, height = loaded
        scale = min(1.0, (self.ctx.width - 30) / width, MAX_IMAGE_HEIGHT / height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")


_BLOCK_TAGS = {
    "p",
    "ul",
    "ol",
    "pre",
    "blockquote",
    "table",
    "div",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
_TABLE_STYLE = TableStyle(
    [
        S.table_font(),
        ("GRID", (0, 0), (-1, -1), 0.4, S.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), S.SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


def load_image(ctx: RenderContext, asset_id: str) -> tuple[bytes, int, int] | ImageProblem:
    """Return (PNG or JPEG bytes, width, height) of a verified asset, or why it failed."""
    if asset_id in ctx._images:
        return ctx._images[asset_id]
    asset = ctx.assets.get(asset_id)
    result = _verify_image(asset.data) if asset is not None else ImageProblem("image_not_found")
    ctx._images[asset_id] = result
    return result


def _verify_image(data: bytes) -> tuple[bytes, int, int] | ImageProblem:
    """Check size (decompression bombs), integrity and truncation before ReportLab sees it."""
    try:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data)) as probe:
                width, height = probe.size
                if width * height > MAX_IMAGE_PIXELS:
                    return ImageProblem("image_too_large", size=(width, height))
                probe.verify()
            with PILImage.open(io.BytesIO(data)) as img:
                img.load()
                if img.format not in ("PNG", "JPEG"):
                    buf = io.BytesIO()
                    img.convert("RGBA").save(buf, "PNG")
                    data = buf.getvalue()
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        return ImageProblem("image_too_large", str(exc)[:108])
    except Exception as exc:  # any decoder error means the image is unusable
        return ImageProblem("image_damaged", type(exc).__name__)
    return data, max(1, width), max(1, height)


def _text_only(text: str) -> ET.Element:
    """Wrap loose text in a paragraph element."""
    elem = ET.Element("p")
    elem.text = text
    return elem


def _int(value: str | None, default: int) -> int:
    """Return an int from an attribute, or a default."""
    try:
        return int(value) if value else default
    except ValueError:
        return default


def _col_widths(rows: list[list[ET.Element]], cols: list[int], total: float) -> list[float]:
    """Return column widths weighted by content length, each at least a fair minimum."""
    weights = []
    for c in cols:
        longest = max((len("".join(iter_text(r[c]))) for r in rows if c < len(r)), default=1)
        weights.append(min(max(longest, 4), 40) + 6)
    scale = total / sum(weights)
    return [w * scale for w in weights]


def placeholder(text: str, ctx: RenderContext) -> Flowable:
    """Return a visible placeholder box with a short message."""
    return para(f"[{text}]", "placeholder", ctx)
