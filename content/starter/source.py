"""The starter library as data: items, modules and curricula drawn from the KS seed texts.

The data lives in ``content/starter/data/`` as JSON, one file per entity type, each entry the
values of the command that creates it (``CreateItem``, ``CreateModule``,
``CreateCurriculum``). Every entity and child (citation, relation, section, block, session)
has a fixed id, so the starter is deterministic and a re-import finds the same entities.
Items may appear in any order: ``content.starter.build.ordered_items`` puts relation targets
and cited sources first. After editing the data, regenerate the shipped bundle with
``python -m content.starter.build``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Values = dict[str, Any]

DATA_DIR = Path(__file__).with_name("data")


def load(name: str) -> list[Values]:
    """Return the entries of one data file (``items``, ``modules`` or ``curricula``)."""
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as f:
        entries: list[Values] = json.load(f)
    return entries


ITEMS: list[Values] = load("items")
MODULES: list[Values] = load("modules")
CURRICULA: list[Values] = load("curricula")

# The two starter curricula (their ids are fixed in data/curricula.json).
CUR_FOLKEVALGT = "13fedcac-e157-40b9-8224-6181b54a6f52"  # Næringsmodul i Folkevalgtprogrammet
CUR_LEDERE = "1aa8ad52-2536-41f1-ae76-445629619e3d"  # for kommunedirektører, næringsutviklere
