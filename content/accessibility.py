"""What keeps an export from being accessible (images without alt text, tables, headings).

The faults: an image without alternative text, a table without a header row, a heading
level skipped. One home for the rule: ``accessibility_faults`` reads a frozen export
snapshot (no database), so the export job refuses a PDF/UA export with faults and ``check`` (through
``content.validation``) lists the same faults, each naming the item or block and the field.
Only the texts a handbook or trainer guide prints are read, as exporters.document_build
prints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from content.i18n import tr
from content.markdown import parse

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET
    from collections.abc import Iterator

    from content.exports.snapshot import BlockSnapshot, ExportSnapshot, ItemSnapshot

FAULT_CODES = ("image_alt", "table_header", "heading_skip")


@dataclass(frozen=True)
class AccessFault:
    """One accessibility fault, pointing at the entity, block and field that hold it."""

    code: str  # image_alt | table_header | heading_skip
    message: str
    entity_type: str  # item | module | curriculum
    entity_id: str
    field: str
    block_id: str = ""
    module_id: str = ""


@dataclass(frozen=True)
class _Place:
    """Where a text sits, for the message and the link to the place."""

    name: str  # «Title» of the item, block, module or curriculum
    entity_type: str
    entity_id: str
    block_id: str = ""
    module_id: str = ""


def text_faults(text: str) -> list[tuple[str, dict[str, object]]]:
    """Return the faults of one Markdown text as (code, details), in reading order.

    A heading may start at level 1 or 2 (both sit right under the item's title in a
    handbook); each later heading may go at most one level deeper than the one before.
    """
    if not text or not text.strip():
        return []
    root, _warnings = parse(text)
    found: list[tuple[str, dict[str, object]]] = []
    previous = 1
    for elem in root.iter():
        if elem.tag == "img" and not (elem.get("alt") or "").strip():
            found.append(("image_alt", {"image": elem.get("src") or elem.get("data-blocked", "")}))
        elif elem.tag == "table" and not _has_header(elem):
            found.append(("table_header", {}))
        elif len(elem.tag) == 2 and elem.tag[0] == "h" and elem.tag[1].isdigit():
            level = int(elem.tag[1])
            if level > previous + 1:
                heading = "".join(elem.itertext()).strip()
                found.append(
                    ("heading_skip", {"before": previous, "after": level, "heading": heading})
                )
            previous = level
    return found


def _has_header(table: ET.Element) -> bool:
    """Tell whether a table's first row is a header row with some words in it."""
    first = next(table.iter("tr"), None)
    if first is None:
        return True  # an empty table prints nothing
    cells = [c for c in first if c.tag in ("th", "td")]
    return (
        bool(cells)
        and all(c.tag == "th" for c in cells)
        and any("".join(c.itertext()).strip() for c in cells)
    )


def accessibility_faults(snapshot: ExportSnapshot, *, trainer: bool = True) -> list[AccessFault]:
    """Return the accessibility faults of what a handbook (or, trainer, a guide) prints."""
    out: list[AccessFault] = []
    etype = "module" if snapshot.scope == "module" else "curriculum"
    cur = _Place(f"«{snapshot.title}»", etype, snapshot.target_id)
    if snapshot.scope != "module":
        out += _faults(snapshot.description, "description", cur)
    seen_items: set[tuple[str, str]] = set()
    for session in snapshot.sessions:
        for module in session.modules:
            place = _Place(f"«{module.title}»", "module", module.id, module_id=module.id)
            out += _faults(module.description, "description", place)
            for section in module.sections:
                for block in section.blocks:
                    if not trainer and (block.trainer_only or block.block_type == "trainer_note"):
                        continue
                    for field, text, where in _block_texts(block, module.id, module.title):
                        key = (where.entity_id, field)
                        if where.entity_type == "item" and key in seen_items:
                            continue
                        seen_items.add(key)
                        out += _faults(text, field, where)
    return out


def _block_texts(
    block: BlockSnapshot, module_id: str, module_title: str
) -> Iterator[tuple[str, str, _Place]]:
    """Yield (field, text, place) of the texts a block prints."""
    if block.block_type == "item":
        if block.item is not None:
            yield from _item_texts(block.item, block.display, block.id, module_id)
        return
    name = (
        f"«{block.title}»"
        if block.title
        else tr("a text block in module «{module}»", module=module_title)
    )
    yield "text", block.text, _Place(name, "module", module_id, block.id, module_id)


def _item_texts(
    item: ItemSnapshot, display: str, block_id: str, module_id: str
) -> Iterator[tuple[str, str, _Place]]:
    """Yield the field an item block prints (as exporters.document_build chooses it)."""
    place = _Place(f"«{item.title}»", "item", item.id, block_id, module_id)
    if display == "full":
        yield ("body", item.body, place) if item.body else ("summary", item.summary, place)
    elif display == "summary":
        yield ("summary", item.summary, place) if item.summary else ("body", item.body, place)


def _faults(text: str, field: str, place: _Place) -> list[AccessFault]:
    return [
        AccessFault(
            code,
            _message(code, place.name, field, details),
            place.entity_type,
            place.entity_id,
            field,
            place.block_id,
            place.module_id,
        )
        for code, details in text_faults(text)
    ]


def _message(code: str, name: str, field: str, details: dict[str, object]) -> str:
    if code == "image_alt":
        return tr(
            "An image ({image}) in {name}, field {field}, has no alternative text.",
            image=details["image"],
            name=name,
            field=field,
        )
    if code == "table_header":
        return tr("A table in {name}, field {field}, has no header row.", name=name, field=field)
    return tr(
        "A heading in {name}, field {field}, skips from level {before} to level {after} "
        "(«{heading}»).",
        name=name,
        field=field,
        before=details["before"],
        after=details["after"],
        heading=details["heading"],
    )


def faults_summary(faults: list[AccessFault]) -> str:
    """Return the faults as lines for a refusal or a manifest."""
    return "\n".join(f"- {f.message}" for f in faults)
