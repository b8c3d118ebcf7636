"""One structured document model for the long PDF exports (handbook, trainer guide).

Built once from an export snapshot by ``exporters.document_build``: trainer-only filtering,
labels, numbering and ordering are decided there, so every renderer that consumes a
``Document`` prints the same words in the same order. Everything here is plain frozen data
that serialises to JSON (``to_data``), which is how the Typst route hands content to its
fixed template: as data, never as markup.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator


@dataclass(frozen=True)
class Run:
    """A piece of inline text with one set of styles; a text of one newline is a line break."""

    text: str
    em: bool = False
    strong: bool = False
    code: bool = False
    sup: bool = False
    href: str = ""  # a safe link target (http, https, mailto) or ""


Cell = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    """A heading; levels 1-3 are the document's own (session, module, section)."""

    level: int
    text: str
    key: str = ""
    outlined: bool = True  # a bookmark; levels 1-2 also in the contents
    muted: str = ""  # a line printed under the heading (date, audiences), same style


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of runs in a named style (body, muted, citation, biblio, placeholder...)."""

    runs: tuple[Run, ...]
    style: str = "body"


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list; each item is a sequence of blocks."""

    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Table:
    """A table with an optional header row; ``widths`` are relative column weights."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()
    numeric: tuple[int, ...] = ()  # columns aligned right


@dataclass(frozen=True)
class Figure:
    """An image from the snapshot's assets (verified), with its alternative text."""

    asset_id: str
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class CodeBlock:
    """Preformatted text in monospace."""

    text: str


@dataclass(frozen=True)
class Rule:
    """A horizontal rule; ``short`` is the footnote separator."""

    short: bool = False


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class Box:
    """A framed group: an item, an exercise, a trainer note, objectives or a quotation.

    ``kind`` is the item kind (for its colour and rule) or exercise | trainer_note |
    objectives | quote. ``lang`` is set when the part is in another language than the
    document. ``note_lines`` asks for ruled lines for handwritten notes.
    """

    kind: str
    tag: str
    blocks: tuple[Block, ...]
    lang: str = ""
    note_lines: int = 0


Block = Heading | Paragraph | ListBlock | Table | Figure | CodeBlock | Rule | PageBreak | Box


@dataclass(frozen=True)
class Document:
    """A whole long document: cover, body, and what the page furniture prints."""

    title: str
    kind_label: str  # «Deltakerhåndbok», «Trenerveiledning»
    lang: str
    author: str
    cover: tuple[Block, ...]
    body: tuple[Block, ...]
    header_left: str
    contents_label: str
    page_pattern: str  # «Side {page} av {total}»
    trainer: bool = False
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def text_parts(self) -> Iterator[str]:
        """Yield every text the document prints, in reading order (for the leak check)."""
        for block in (*self.cover, *self.body):
            yield from block_texts(block)


def block_texts(block: Block) -> Iterator[str]:
    """Yield the texts of a block in reading order."""
    if isinstance(block, Heading):
        yield block.text
        if block.muted:
            yield block.muted
    elif isinstance(block, Paragraph):
        yield "".join(r.text for r in block.runs)
    elif isinstance(block, ListBlock):
        for item in block.items:
            for child in item:
                yield from block_texts(child)
    elif isinstance(block, Table):
        for row in (block.header, *block.rows):
            yield from ("".join(r.text for r in cell) for cell in row)
    elif isinstance(block, Figure):
        yield block.alt
    elif isinstance(block, CodeBlock):
        yield block.text
    elif isinstance(block, Box):
        yield block.tag
        for child in block.blocks:
            yield from block_texts(child)


_DATA_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _data_fields(cls: type) -> tuple[str, ...] | None:
    """Return the fields ``to_data`` writes of a dataclass type (None: not a dataclass)."""
    if cls not in _DATA_FIELDS:  # asked for every value of a document: remembered per type
        _DATA_FIELDS[cls] = (
            tuple(f.name for f in dataclasses.fields(cls) if f.name != "warnings")
            if dataclasses.is_dataclass(cls)
            else None
        )
    return _DATA_FIELDS[cls]


def to_data(value: Any) -> Any:
    """Return JSON-ready data: dataclasses become dicts with their class name under "t"."""
    if isinstance(value, str | int | float) or value is None:  # most values: said first
        return value
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    names = _data_fields(type(value))
    if names is None:
        return value
    out: dict[str, Any] = {"t": type(value).__name__}
    for name in names:
        out[name] = to_data(getattr(value, name))
    return out
