"""Build the starter content into a library through the commands, and write the shipped bundle.

Run ``python -m content.starter.build [PATH]`` to regenerate ``starter-library.kvb``.
"""

from __future__ import annotations

import copy
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from content.commands import CreateItem
from content.curricula.commands import CreateCurriculum
from content.modules.commands import CreateModule
from content.starter import source
from content.undo import UndoHistory
from db.engine import open_library

if TYPE_CHECKING:
    from content.bundle import BundleStats
    from content.starter.source import Values

BUNDLE_PATH = Path(__file__).with_name("starter-library.kvb")
AUTHOR = "Kursverk"


def ordered_items(items: list[Values] | None = None) -> list[Values]:
    """Return the items so that every relation target and cited source comes first."""
    items = source.ITEMS if items is None else items
    by_id = {v["id"]: v for v in items}
    done: set[str] = set()
    out: list[Values] = []

    def visit(item_id: str, path: tuple[str, ...]) -> None:
        if item_id in done:
            return
        if item_id in path:
            raise ValueError(f"starter items depend on each other in a cycle: {item_id}")
        values = by_id[item_id]
        deps = [r["target_id"] for r in values["relations"]]
        deps += [c["source_id"] for c in values["citations"]]
        for dep in deps:
            visit(dep, (*path, item_id))
        done.add(item_id)
        out.append(values)

    for values in items:
        visit(values["id"], ())
    return out


def build_into(history: UndoHistory) -> None:
    """Create every starter item, module and curriculum, one command each."""
    for values in ordered_items():
        history.run(CreateItem(values=copy.deepcopy(values)))
    for values in source.MODULES:
        history.run(CreateModule(values=copy.deepcopy(values)))
    for values in source.CURRICULA:
        history.run(CreateCurriculum(values=copy.deepcopy(values)))


def write_bundle(target: Path = BUNDLE_PATH) -> BundleStats:
    """Build the starter into a fresh scratch library and export all of it as a bundle."""
    from content.bundle import export_bundle

    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "starter.sqlite")
        try:
            build_into(UndoHistory(library.sessions, AUTHOR))
            with library.sessions.begin() as session:
                return export_bundle(session, target)
        finally:
            library.dispose()


def main(argv: list[str] | None = None) -> int:
    """Write the starter bundle (to the shipped path unless one is given)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else BUNDLE_PATH
    stats = write_bundle(target)
    print(f"wrote {target}: {stats}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
