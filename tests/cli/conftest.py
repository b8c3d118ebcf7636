"""Fixtures for the CLI tests: a small library file built through content commands."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # pytest runs with --import-mode=importlib and no pythonpath
    sys.path.insert(0, str(ROOT))

from content.commands import AddCitation, RetireItem  # noqa: E402
from content.undo import UndoHistory  # noqa: E402
from db.engine import open_library  # noqa: E402
from tests.builders import new_curriculum, new_item, new_module  # noqa: E402


@dataclass
class Sample:
    """A library file and the ids of what it holds."""

    db: Path
    finding: str
    source: str
    measure: str
    barrier: str
    module: str
    retired_module: str
    curriculum: str

    def args(self, *rest: str) -> list[str]:
        return ["--db", str(self.db), *rest]


def _item(h: UndoHistory, kind: str, title: str, **values: object) -> str:
    return new_item(h, kind, title, status="approved", **values)


def _module(h: UndoHistory, title: str, item_ids: list[str], code: str = "M1") -> str:
    blocks = [{"item_id": i} for i in item_ids]
    blocks += [
        {
            "block_type": "exercise",
            "title": "Refleksjon",
            "exercise_kind": "reflection",
            "text": "Hva betyr dette for kommunen din?",
            "minutes": 15,
        },
        {"block_type": "trainer_note", "text": "Husk å spørre om erfaringer fra Kárášjohka."},
    ]
    return new_module(h, title, code=code, objectives=["Forstå funnene"],
                      sections=[{"title": "Del 1", "blocks": blocks}])


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    db = tmp_path / "lib.sqlite"
    lib = open_library(db)
    h = UndoHistory(lib.sessions, author="test")
    source = _item(
        h,
        kind="source",
        title="NIBR-rapport om vertskapskommuner",
        fields={"authors": ["Nordland, K."], "year": 2020},
    )
    finding = _item(
        h,
        kind="finding",
        title="Næringsutvikling krever tidlig dialog",
        summary="Kommunene som møter bedriftene tidlig lykkes oftere.",
        body="Sámi guovlu: áčđŋšŧž. Kommunene i nord har gode erfaringer.",
    )
    h.run(AddCitation(entity_id=finding, source_id=source, locator="s. 12"))
    barrier = _item(h, kind="barrier", title="Treg saksbehandling")
    measure = _item(
        h,
        kind="measure",
        title="Én kontaktperson for næringslivet",
        relations=[{"type": "addresses", "target_id": barrier}],
    )
    module = _module(h, "Vertskapskommunen", [finding, measure])
    retired_module = _module(h, "Gammel modul", [barrier], code="M0")  # codes are unique
    h.run(RetireItem(entity_id=barrier))
    cur = new_curriculum(
        h,
        "Næringsmodul i Folkevalgtprogrammet",
        programme="Folkevalgtprogrammet",
        sessions=[{"title": "Samling 1", "start_time": "09:00", "modules": [module]}],
    )
    lib.dispose()
    return Sample(db, finding, source, measure, barrier, module, retired_module, cur)
