"""Shared test builders: items, modules and curricula made through the commands.

Each builder takes what runs commands (an ``UndoHistory``, or a GUI ``AppContext`` whose
``history`` is used), runs one create command and returns the new entity's id, so a test
states only the values it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from content.commands import CreateItem
from content.curricula.commands import CreateCurriculum
from content.modules.commands import CreateModule

if TYPE_CHECKING:
    from content.commands import Command


def run(runner: Any, cmd: Command) -> str:
    """Run a command (on a history or a GUI context) and return its entity id."""
    getattr(runner, "history", runner).run(cmd)
    return cmd.entity_id


def new_item(runner: Any, kind: str = "finding", title: str = "Tidlig dialog",
             **values: Any) -> str:
    """Create an item of a kind and return its id."""
    return run(runner, CreateItem(values={"kind": kind, "title": title, **values}))


def new_module(runner: Any, title: str = "Vertskapskommunen", *,
               sections: list[Any] | tuple[Any, ...] | None = None, **values: Any) -> str:
    """Create a module and return its id; a section given as a string is an empty one."""
    if sections is not None:
        values["sections"] = [{"title": s} if isinstance(s, str) else s for s in sections]
    return run(runner, CreateModule(values={"title": title, **values}))


def new_curriculum(runner: Any, title: str = "Program", **values: Any) -> str:
    """Create a curriculum and return its id."""
    return run(runner, CreateCurriculum(values={"title": title, **values}))


SAMPLE_ITEMS: dict[str, dict[str, Any]] = {
    "barrier": {"kind": "barrier", "title": "Lite kapasitet i små kommuner",
                "summary": "Små kommuner mangler folk til næringsarbeid.",
                "tags": ["kapasitet"], "audiences": ["folkevalgte"]},
    "measure": {"kind": "measure", "title": "Interkommunalt næringssamarbeid",
                "summary": "Del ressurser over kommunegrensene.", "status": "approved",
                "tags": ["samarbeid"], "audiences": ["naeringsutviklere"]},
    "source": {"kind": "source", "title": "Rapport om vertskapskommuner",
               "fields": {"year": 2021}},
}


def sample_items(runner: Any) -> dict[str, str]:
    """Create a barrier, a measure and a source; return their ids by kind."""
    return {key: new_item(runner, **values) for key, values in SAMPLE_ITEMS.items()}
