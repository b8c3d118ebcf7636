"""What the export dialog offers and reads back: targets, file names, warning links."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exporters.registry import EXPORT_KINDS

if TYPE_CHECKING:
    from content.exports.snapshot import ExportSnapshot

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_QUOTED = re.compile(r"«([^»]+)»")


@dataclass(frozen=True)
class Target:
    """One thing that can be exported: a curriculum, one of its sessions, or a module."""

    scope: str  # curriculum | module
    target_id: str
    session_number: int | None
    label: str
    title: str


def check_exporters() -> dict[str, str]:
    """Import every exporter module; return kind -> why it is unavailable (runs in a worker)."""
    problems: dict[str, str] = {}
    for kind, (module_name, func, _suffix) in EXPORT_KINDS.items():
        try:
            module = importlib.import_module(module_name)
            getattr(module, func)
        except (ImportError, AttributeError) as exc:
            problems[kind] = f"{type(exc).__name__}: {exc}"
    return problems


def file_stem(title: str) -> str:
    """Return a file-name-safe stem for a title (letters, digits and dashes; æøå kept)."""
    stem = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-_")
    return stem[:60] or "kursverk"


def warning_target(snapshot: ExportSnapshot, text: str) -> tuple[str, str] | None:
    """Return the entity a warning names (an item, or the module holding a block)."""
    items = {i.id: i for i in snapshot.items}
    modules = list(snapshot.modules())
    for found in _UUID.findall(text.lower()):
        if found in items:
            return "item", found
        for m in modules:
            if m.id == found or any(b.id == found for s in m.sections for b in s.blocks):
                return "module", m.id
    for quoted in _QUOTED.findall(text):
        name = quoted.rstrip("…").strip()
        for i in items.values():
            if name and (i.title == name or i.title.startswith(name)):
                return "item", i.id
        for m in modules:
            if name and m.title.startswith(name):
                return "module", m.id
    return None
