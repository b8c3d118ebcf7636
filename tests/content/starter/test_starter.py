"""The starter library: built by the commands, shipped as a bundle, loaded into new libraries."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[3]
if str(_ROOT) not in sys.path:  # --import-mode=importlib puts no root on sys.path
    sys.path.insert(0, str(_ROOT))

from sqlalchemy import select  # noqa: E402

from content.aggregates import state_of  # noqa: E402
from content.starter import source  # noqa: E402
from content.starter.build import build_into, ordered_items  # noqa: E402
from content.starter.loader import BUNDLE_PATH, load_starter  # noqa: E402
from content.undo import UndoHistory  # noqa: E402
from db.engine import Library, open_library  # noqa: E402
from db.models import ContentItem, Curriculum, Module  # noqa: E402

EXPECTED_KINDS = {
    "source": 5,
    "question": 22,
    "finding": 9,
    "barrier": 2,
    "measure": 11,
    "archetype": 1,
    "collaboration_model": 4,
    "indicator": 3,
}
CUR_FOLKEVALGT = source.CUR_FOLKEVALGT
CUR_LEDERE = source.CUR_LEDERE
S_NIBR = "299b9303-25cc-4d0f-b41b-fcd81dca9d92"
NIBR_MEASURES = ("9f00a9cd-33e1-47ac-9132-88eb8bf8ba27", "0b7c536c-b624-486d-a898-f81ab2d95ecc",
                 "8a1ef13e-ea18-4499-94cf-2f7bee4ddd9b")
CURRICULUM_AUDIENCES = {
    CUR_FOLKEVALGT: ["folkevalgte"],
    CUR_LEDERE: ["kommunedirektorer", "naeringsutviklere"],
}
# The starter data as it was written in Python before it moved to content/starter/data/:
# a SHA-256 of the items, modules and curricula dumped as sorted-key JSON.
STARTER_DIGEST = "9b28f6e1088aaf0153f777a111efeb4d120ffbf17743c34f132526d4ec35c71f"
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Norwegian numbers: 8 digits, optionally +47 and grouped as 2-2-2-2 or 3-2-3.
PHONE_RE = re.compile(
    r"(?<![\d-])(\+47[\s-]?)?(\d{8}|\d{2}[\s.]\d{2}[\s.]\d{2}[\s.]\d{2}|\d{3}[\s.]\d{2}[\s.]\d{3})"
    r"(?![\d-])"
)
CONTACT_WORDS_RE = re.compile(r"\b(tlf|telefon\w*|mobil|mobilnr|e-post)\b", re.IGNORECASE)
ID_KEYS = {"id", "item_id", "module_id", "source_id", "target_id"}


def _fresh(path: Path) -> Library:
    return open_library(path)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    lib = _fresh(tmp_path_factory.mktemp("starter") / "x.sqlite")
    build_into(UndoHistory(lib.sessions, "test"))
    yield lib
    lib.dispose()


def _states(lib: Library) -> dict[tuple[str, str], dict]:
    out = {}
    with lib.read_sessions.begin() as s:
        for etype, cls in (("item", ContentItem), ("module", Module), ("curriculum", Curriculum)):
            for obj in s.scalars(select(cls)):
                out[(etype, obj.id)] = state_of(etype, obj)
    return out


def _texts(value: object, key: str = ""):
    """Yield every human-readable string in a state (ids and dates left out)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ID_KEYS and k not in {"date", "edition_date", "start_time"}:
                yield from _texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v, key)
    elif isinstance(value, str):
        yield value


# -- the data itself ---------------------------------------------------------------------


def test_data_files_hold_the_starter_content_unchanged():
    data = {"items": source.ITEMS, "modules": source.MODULES, "curricula": source.CURRICULA}
    dumped = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
    assert hashlib.sha256(dumped).hexdigest() == STARTER_DIGEST
    assert (len(source.ITEMS), len(source.MODULES), len(source.CURRICULA)) == (57, 5, 2)


def test_source_ids_are_unique_and_items_order_dependencies_first():
    ids = [v["id"] for v in source.ITEMS + source.MODULES + source.CURRICULA]
    assert len(ids) == len(set(ids))
    seen: set[str] = set()
    for values in ordered_items():
        deps = {r["target_id"] for r in values["relations"]}
        deps |= {c["source_id"] for c in values["citations"]}
        assert deps <= seen, values["title"]
        seen.add(values["id"])


# -- built through the commands -----------------------------------------------------------


def test_build_gives_expected_counts_per_kind(built):
    with built.read_sessions.begin() as s:
        kinds = Counter(s.scalars(select(ContentItem.kind)))
    assert dict(kinds) == EXPECTED_KINDS
    assert "criterion" not in kinds  # the seeds describe no award criteria
    assert "example" not in kinds  # the seeds name no municipality as a case


def test_build_gives_both_curricula_with_sessions_and_modules(built):
    with built.read_sessions.begin() as s:
        curricula = {c.id: state_of("curriculum", c) for c in s.scalars(select(Curriculum))}
        modules = {m.id: state_of("module", m) for m in s.scalars(select(Module))}
    assert set(curricula) == set(CURRICULUM_AUDIENCES)
    for cid, cur in curricula.items():
        assert cur["audiences"] == CURRICULUM_AUDIENCES[cid]
        assert len(cur["sessions"]) == 2
        for sess in cur["sessions"]:
            assert sess["date"].startswith("2027-")
            assert re.fullmatch(r"\d\d:\d\d", sess["start_time"])
            assert sess["modules"]
            for entry in sess["modules"]:
                assert entry["module_id"] in modules
    assert curricula[CUR_FOLKEVALGT]["title"] == "Næringsmodul i Folkevalgtprogrammet"
    for mod in modules.values():
        blocks = [b for sec in mod["sections"] for b in sec["blocks"]]
        assert len(mod["sections"]) >= 2
        assert all(sec["blocks"] for sec in mod["sections"])
        assert mod["objectives"]
        assert mod["duration_minutes"] > 0
        kinds = Counter(b["block_type"] for b in blocks)
        assert kinds["trainer_note"] >= 1
        assert kinds["item"] >= 3
        exercises = [b for b in blocks if b["block_type"] == "exercise"]
        assert exercises
        assert all(b["minutes"] > 0 for b in exercises)
        assert {b["display"] for b in blocks if b["block_type"] == "item"} >= {"full", "summary"}
    all_exercises = {
        b["exercise_kind"]
        for m in modules.values()
        for sec in m["sections"]
        for b in sec["blocks"]
        if b["block_type"] == "exercise"
    }
    assert all_exercises == {"reflection", "group_task", "case_discussion"}


def test_every_entity_is_marked_as_approved_starter_content(built):
    states = _states(built)
    assert states
    for (etype, _id), state in states.items():
        assert state["starter"] is True, state["title"]
        assert state["status"] == "approved", state["title"]
        assert state["language"] == "nb", state["title"]
        if etype == "item":
            assert "startinnhold" in state["tags"], state["title"]


def test_no_email_addresses_or_phone_numbers_anywhere(built):
    for state in _states(built).values():
        for text in _texts(state):
            assert not EMAIL_RE.search(text), text
            assert not PHONE_RE.search(text), text
            assert not CONTACT_WORDS_RE.search(text), text


def test_nibr_measures_cite_the_nibr_source(built):
    with built.read_sessions.begin() as s:
        nibr = s.get(ContentItem, S_NIBR)
        assert nibr.kind == "source"
        assert nibr.fields["authors"] == ["Knut Onsager"]
        assert "year" not in nibr.fields  # the seed gives none
        for mid in NIBR_MEASURES:
            measure = s.get(ContentItem, mid)
            assert measure.kind == "measure"
            assert S_NIBR in {c.source_id for c in measure.citations}


def test_findings_come_from_tenders_and_cite_them(built):
    with built.read_sessions.begin() as s:
        for f in s.scalars(select(ContentItem).where(ContentItem.kind == "finding")):
            assert f.fields["evidence"] == "tender"
            assert f.citations, f.title
            for c in f.citations:
                assert s.get(ContentItem, c.source_id).fields["source_type"] == "tender"


def test_relations_of_each_type_exist(built):
    with built.read_sessions.begin() as s:
        types = Counter(
            r.relation_type for item in s.scalars(select(ContentItem)) for r in item.relations
        )
    for rtype in ("addresses", "measures", "supports", "related"):
        assert types[rtype] > 0


def test_curricula_have_no_validation_errors(built):
    from content.validation import validate_curriculum

    with built.read_sessions.begin() as s:
        for cid in CURRICULUM_AUDIENCES:
            errors = [p for p in validate_curriculum(s, cid) if p.severity == "error"]
            assert errors == []


# -- shipped bundle and loader ------------------------------------------------------------


def _normalised(states: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict]:
    # CreateCurriculum gives session entries fresh ids on every build; compare the rest.
    for (etype, _id), state in states.items():
        if etype == "curriculum":
            for sess in state["sessions"]:
                sess["modules"] = [e["module_id"] for e in sess["modules"]]
    return states


def test_shipped_bundle_imports_and_equals_the_built_content(built, tmp_path):
    from content.bundle import import_bundle

    assert BUNDLE_PATH.is_file(), "run: python -m content.starter.build"
    lib = _fresh(tmp_path / "imported.sqlite")
    try:
        with lib.sessions.begin() as s:
            import_bundle(s, BUNDLE_PATH)
        assert _normalised(_states(lib)) == _normalised(_states(built)), (
            "the shipped starter-library.kvb is stale: run python -m content.starter.build"
        )
    finally:
        lib.dispose()


def test_load_starter_fills_an_empty_library(built, tmp_path):
    lib = _fresh(tmp_path / "new.sqlite")
    try:
        load_starter(lib)
        assert _normalised(_states(lib)) == _normalised(_states(built))
    finally:
        lib.dispose()
