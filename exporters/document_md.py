"""Turn user Markdown (content.markdown's element tree) into document-model blocks.

Mirrors the ReportLab walker in exporters.markdown_pdf block for block, so both PDF routes
print the same words in the same order: images after the paragraph that holds them, wide
tables in column groups, tables with huge cells row by row, unsafe links as plain text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from content.markdown import ASSET_PREFIX, iter_text, parse, problem_text, safe_url
from exporters.document import (
    Block,
    Box,
    Cell,
    CodeBlock,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Rule,
    Run,
    Table,
)
from exporters.labels import label, message_lang, warning
from exporters.markdown_pdf import (
    MAX_TABLE_COLS,
    ImageProblem,
    RenderContext,
    column_groups,
    has_huge_cells,
    load_image,
    stacked_rows,
    table_rows,
)

_BLOCK_TAGS = {"p", "ul", "ol", "pre", "blockquote", "table", "div", "hr"} | {
    f"h{n}" for n in range(1, 7)
}


@dataclass
class Styles:
    """The inline styles in force while walking (a stack flattened into flags)."""

    em: bool = False
    strong: bool = False
    code: bool = False
    sup: bool = False
    href: str = ""


@dataclass
class MarkdownWalker:
    """Walk one element tree into blocks; ``base`` is the heading level user headings sit under."""

    ctx: RenderContext
    where: str
    base: int = 4
    style: str = "body"
    images: list[ET.Element] = field(default_factory=list)
    last: int = 0  # the level of the heading before (``base`` until the text has one)

    def blocks(self, parent: ET.Element) -> list[Block]:
        """Return the blocks of an element's children (loose text becomes paragraphs)."""
        out: list[Block] = []
        if parent.text and parent.text.strip():
            out += self.paragraph(_text_only(parent.text))
        for child in parent:
            out += self.block(child)
            if child.tail and child.tail.strip():
                out += self.paragraph(_text_only(child.tail))
        return out

    def block(self, elem: ET.Element) -> list[Block]:
        """Dispatch one block element."""
        tag = elem.tag
        if tag in ("ul", "ol"):
            return [self.list_block(elem)]
        if tag == "hr":
            return [Rule()]
        if tag == "pre":
            return [CodeBlock("".join(iter_text(elem)).rstrip("\n"))]
        if tag == "blockquote":
            return [Box("quote", "", tuple(self.blocks(elem)))]
        if tag == "table":
            return self.table(elem)
        if tag == "div":
            return self.div(elem)
        if tag == "img":
            return [self.image(elem)]
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            level = self.base + (1 if int(tag[1]) <= 2 else 2)
            # never deeper than one below the heading before: a skipped level is a fault
            # in PDF/UA (a text that starts with «###» under a box title gets the next level)
            level = min(level, (self.last or self.base) + 1, 6)
            self.last = level
            runs = self.runs(elem)
            text = "".join(r.text for r in runs)
            return [Heading(level, text, outlined=False), *self.take_images()]
        return self.paragraph(elem) + self.take_images()

    def paragraph(self, elem: ET.Element) -> list[Block]:
        """Return a paragraph of an element's inline content (none if it is empty)."""
        runs = self.runs(elem)
        if not "".join(r.text for r in runs).strip():
            return []
        return [Paragraph(runs, self.style)]

    def list_block(self, elem: ET.Element) -> ListBlock:
        """Return a list; each item's inline text first, then its nested blocks."""
        items: list[tuple[Block, ...]] = []
        for item in (c for c in elem if c.tag == "li"):
            inline = ET.Element("p")
            inline.text = item.text
            nested: list[ET.Element] = []
            for child in item:
                if child.tag in _BLOCK_TAGS or nested:
                    nested.append(child)
                else:
                    inline.append(child)
            if not inline.text and not len(inline) and nested and nested[0].tag == "p":
                inline = nested.pop(0)
            head = self.paragraph(inline) or [Paragraph((), self.style)]
            holder = ET.Element("div")
            holder.extend(nested)
            items.append((*head, *self.take_images(), *self.blocks(holder)))
        return ListBlock(elem.tag == "ol", tuple(items), _int(elem.get("start"), 1))

    def div(self, elem: ET.Element) -> list[Block]:
        """Return a container's blocks; footnotes get a short rule and small type."""
        if elem.get("class") != "footnote":
            return self.blocks(elem)
        saved, self.style = self.style, "small"
        out: list[Block] = [Rule(short=True), *self.blocks(elem)]
        self.style = saved
        return out

    # ------------------------------------------------------------------ tables

    def table(self, elem: ET.Element) -> list[Block]:
        """Return a table: column groups when wide, row by row when cells are huge."""
        rows = table_rows(elem)
        if not rows:
            return []
        ncols = max(len(r) for r in rows)
        if has_huge_cells(rows):
            self.ctx.warn(warning("table_stacked", self.ctx.lang, where=self.where))
            return self.stacked(rows)
        if ncols <= MAX_TABLE_COLS:
            return [self.table_of(rows, list(range(ncols)))]
        out: list[Block] = []
        for cols in column_groups(ncols):
            text = label("table_columns", self.ctx.lang, a=cols[1] + 1, b=cols[-1] + 1, n=ncols)
            out += [Paragraph((Run(text),), "muted"), self.table_of(rows, cols)]
        return out

    def table_of(self, rows: list[list[ET.Element]], cols: list[int]) -> Table:
        """Return a Table of the given columns (the first row is the header if it has th)."""
        cells = [tuple(self.cell(r[c]) if c < len(r) else () for c in cols) for r in rows]
        has_head = rows[0][0].tag == "th"
        widths = []
        for c in cols:
            longest = max((len("".join(iter_text(r[c]))) for r in rows if c < len(r)), default=1)
            widths.append(float(min(max(longest, 4), 40) + 6))
        header = cells[0] if has_head else ()
        return Table(header, tuple(cells[1:] if has_head else cells), tuple(widths))

    def cell(self, elem: ET.Element) -> Cell:
        """Return a cell's runs (images in cells are not drawn, as in the print route)."""
        runs = self.runs(elem)
        self.images = []
        return runs

    def stacked(self, rows: list[list[ET.Element]]) -> list[Block]:
        """Return each row as «header: value» paragraphs (for tables with huge cells)."""
        out: list[Block] = []
        saved, self.style = self.style, "small"
        for row in stacked_rows(rows):
            for name, elem in row:
                runs = (Run(f"{name}: ", strong=True), *self.runs(elem))
                out.append(Paragraph(runs, "small"))
            out.append(Rule())
        self.style = saved
        return out

    # ------------------------------------------------------------------ inline

    def runs(self, elem: ET.Element) -> tuple[Run, ...]:
        """Return the inline runs of an element (images are set aside for later)."""
        out: list[Run] = []
        self._runs(elem, Styles(), out)
        return tuple(_merge(out))

    def _runs(self, elem: ET.Element, st: Styles, out: list[Run]) -> None:
        if elem.text:
            out.append(_run(elem.text, st))
        for child in elem:
            if child.tag == "img":
                self.images.append(child)
            elif child.tag == "br":
                out.append(Run("\n"))
            elif not (child.tag == "a" and "backref" in child.get("class", "")):
                self._runs(child, _styled(child, st), out)
            if child.tail:
                out.append(_run(child.tail, st))

    # ------------------------------------------------------------------ images

    def take_images(self) -> list[Block]:
        """Return figures for the images collected from inline content."""
        images, self.images = self.images, []
        return [self.image(img) for img in images]

    def image(self, elem: ET.Element) -> Block:
        """Return a verified image from the assets, or a visible placeholder paragraph."""
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
            return Paragraph((Run(text),), "placeholder")
        _data, width, height = loaded
        return Figure(asset_id, alt, width, height)


def markdown_blocks(
    text: str, ctx: RenderContext, where: str, base: int = 4, style: str = "body"
) -> list[Block]:
    """Return the blocks of a Markdown text; parse warnings are prefixed with ``where``."""
    root, problems = parse(text)
    for problem in problems:
        ctx.warn(f"{where}: {problem_text(problem, message_lang(ctx.lang))}")
    return MarkdownWalker(ctx, where, base, style).blocks(root)


def _styled(elem: ET.Element, st: Styles) -> Styles:
    """Return the styles inside an inline element."""
    tag = elem.tag
    href = elem.get("href", "").strip() if tag == "a" and safe_url(elem.get("href", "")) else ""
    return Styles(
        em=st.em or tag in ("em", "i"),
        strong=st.strong or tag in ("strong", "b"),
        code=st.code or tag == "code",
        sup=st.sup or tag == "sup",
        href=href or st.href,
    )


_SPACES = re.compile(r"[ \t\n]{2,}|\n")


def _run(text: str, st: Styles) -> Run:
    """Return a run; a soft line break in Markdown is a space.

    Outside code, a run of white space is one space, as in HTML and the print route: a
    continued list line's indentation must not print as a gap (Typst keeps every space).
    """
    text = text.replace("\n", " ") if st.code else _SPACES.sub(" ", text)
    return Run(text, st.em, st.strong, st.code, st.sup, st.href)


def _merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs of the same style (fewer pieces for the renderer)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        same = prev is not None and (prev.em, prev.strong, prev.code, prev.sup, prev.href) == (
            run.em,
            run.strong,
            run.code,
            run.sup,
            run.href,
        )
        if prev is not None and same and "\n" not in (prev.text, run.text):
            out[-1] = Run(prev.text + run.text, run.em, run.strong, run.code, run.sup, run.href)
        else:
            out.append(run)
    return out


def _text_only(text: str) -> ET.Element:
    elem = ET.Element("p")
    elem.text = text
    return elem


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


__all__ = ["MarkdownWalker", "markdown_blocks"]
