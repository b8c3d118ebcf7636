"""The bundle import speaks the content language: the GUI's bokmål or nynorsk, the CLI's English.

Conflicts, skipped images and warnings in the import report, and the problems that refuse a
bundle (a bad item, a corrupt member, a hostile archive), still name the item and field or
the bundle member.
"""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING, Any

import pytest

from content import i18n
from content.bundle import BundleError, export_bundle, import_bundle
from content.bundle.check import entity_problems
from content.commands import CreateItem, UpdateItem
from content.items.assets import add_asset
from content.undo import UndoHistory
from db.engine import Library, open_library
from tests.content.bundle import test_bundle_hostile as hostile
from tests.content.bundle.test_bundle import rewrite
from tests.exporters.conftest import png_bytes

if TYPE_CHECKING:
    from pathlib import Path

HOSTILE, snapshot = hostile.HOSTILE, hostile.snapshot
library, good = hostile.library, hostile.good  # the fixtures of the hostile bundles


@pytest.fixture
def language():
    """Set the content language for one test; English again afterwards."""
    yield i18n.set_language
    i18n.set_language("en")


def _libraries(tmp_path: Path) -> tuple[Library, Library]:
    a, b = open_library(tmp_path / "a.sqlite"), open_library(tmp_path / "b.sqlite")
    return a, b


def conflicting_bundle(tmp_path: Path) -> dict[str, Any]:
    """Build a library and a bundle that, imported into it, gives a conflict and image trouble.

    The bundle's item «Fra pakken» was changed both there and in the library; a new item
    uses an image whose data in the bundle is not an image (so it is skipped), and a member
    whose bytes are garbled is refused.
    """
    a, b = _libraries(tmp_path)
    ha, hb = UndoHistory(a.sessions, author="a"), UndoHistory(b.sessions, author="b")
    shared = CreateItem(values={"kind": "finding", "title": "Funn om reindrift"})
    ha.run(shared)
    with a.read_sessions() as s:
        export_bundle(s, tmp_path / "v1.kvb")
    with b.sessions.begin() as s:
        import_bundle(s, tmp_path / "v1.kvb")
    with a.sessions.begin() as s:
        image = add_asset(s, "kart over Finnmark.png", png_bytes(), "a")
    ha.run(UpdateItem(entity_id=shared.entity_id, values={"title": "Fra pakken"}))
    hb.run(UpdateItem(entity_id=shared.entity_id, values={"title": "Fra biblioteket"}))
    new = CreateItem(values={"kind": "finding", "title": "Nytt funn",
                             "body": f"![Kart](asset:{image})"})
    ha.run(new)
    with a.read_sessions() as s:
        export_bundle(s, tmp_path / "v2.kvb")
    a.dispose()

    def garble_images(members: dict[str, bytes]) -> None:
        for name, data in members.items():
            if name.endswith(".bin"):
                members[name] = b"x" * len(data)

    rewrite(tmp_path / "v2.kvb", tmp_path / "conflict.kvb", garble_images)
    return {"library": b, "bundle": tmp_path / "conflict.kvb", "shared": shared.entity_id,
            "image": image, "v2": tmp_path / "v2.kvb"}


def broken_bundle(source: Path, target: Path) -> Path:
    """Copy a bundle with a bad item (no title, a number for its language) and a corrupt member.

    The image member's last byte is changed after the manifest listed its digest.
    """
    def bad_items(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0000.json"])
        items[0]["title"] = ""
        items[1]["language"] = 7
        members["items/0000.json"] = json.dumps(items, ensure_ascii=False).encode()

    rewrite(source, target, bad_items)
    with zipfile.ZipFile(target) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    for name in members:
        if name.endswith(".bin"):
            members[name] = members[name][:-1] + b"\0"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


@pytest.fixture
def conflict(tmp_path):
    made = conflicting_bundle(tmp_path)
    yield made
    made["library"].dispose()


def test_the_import_report_is_in_bokmal_and_names_the_item(conflict, language):
    language("nb")
    with conflict["library"].sessions.begin() as s:
        report = import_bundle(s, conflict["bundle"])
    assert report.skipped == {"item": 1, "asset": 1}
    assert report.conflicts == [
        f"elementet «Fra pakken» ({conflict['shared']}): endret både i biblioteket "
        "(revisjon 2) og i pakken (revisjon 2); det som står i biblioteket, er beholdt"
    ]
    skipped, missing = report.warnings
    assert skipped.startswith(
        f"bildet «kart over Finnmark.png» ({conflict['image']}) ble ikke importert: "
    )
    assert "er ikke et lesbart bilde" in skipped
    assert missing == (
        f"bildet asset:{conflict['image']} er brukt, men finnes ikke i biblioteket"
    )


def test_the_import_report_is_in_nynorsk(conflict, language):
    language("nn")
    with conflict["library"].sessions.begin() as s:
        report = import_bundle(s, conflict["bundle"])
    assert report.conflicts == [
        f"elementet «Fra pakken» ({conflict['shared']}): endra både i biblioteket "
        "(revisjon 2) og i pakka (revisjon 2); det som står i biblioteket, er behalde"
    ]
    assert report.warnings[1] == (
        f"biletet asset:{conflict['image']} er brukt, men finst ikkje i biblioteket"
    )


def test_the_command_line_s_english_is_unchanged(conflict):
    assert i18n.language() == "en"
    with conflict["library"].sessions.begin() as s:
        report = import_bundle(s, conflict["bundle"])
    assert report.conflicts == [
        f"item «Fra pakken» ({conflict['shared']}): changed both in the library (revision 2) "
        "and in the bundle (revision 2); the library’s version was kept"
    ]
    assert report.warnings[0].startswith(
        f"image «kart over Finnmark.png» ({conflict['image']}) was not imported: "
        "kart over Finnmark.png: image: is not a readable image ("
    )
    assert report.warnings[1] == (
        f"image asset:{conflict['image']} is used but is not in the library"
    )


def test_a_bad_item_and_a_corrupt_member_are_named_in_bokmal(conflict, tmp_path, language):
    lib = conflict["library"]
    path = broken_bundle(conflict["v2"], tmp_path / "broken.kvb")
    before = snapshot(lib)
    language("nb")
    with pytest.raises(BundleError) as err, lib.sessions.begin() as s:
        import_bundle(s, path)
    assert snapshot(lib) == before
    lines = str(err.value).splitlines()
    assert lines[0] == "pakken ble ikke importert:"
    assert "filen items/0000.json i pakken, feltet [0].title: må fylles ut" in lines
    assert "filen items/0000.json i pakken, feltet [1].language: må være en tekst" in lines
    digest = next(n for n in err.value.problems if n.startswith("filen assets/"))
    assert digest.endswith(".bin i pakken: innholdet stemmer ikke med sha256-summen i manifestet")
    assert digest in lines


def test_a_damaged_member_is_named_in_nynorsk(conflict, tmp_path, language):
    """A flipped byte in compressed data: the member cannot be read at all."""
    raw = bytearray(conflict["v2"].read_bytes())
    with zipfile.ZipFile(conflict["v2"]) as zf:
        info = zf.getinfo("items/0000.json")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start + info.compress_size // 2] ^= 0xFF
    path = tmp_path / "damaged.kvb"
    path.write_bytes(bytes(raw))
    language("nn")
    with pytest.raises(BundleError) as err, conflict["library"].sessions.begin() as s:
        import_bundle(s, path)
    assert str(err.value).startswith("fila 'items/0000.json' i pakka: ")
    assert "i pakka: kan ikkje lesast, er skadd (" in str(err.value)


def test_schema_problems_are_worded_in_bokmal(language):
    item = {"deleted_at": 5, "colour": "rød"}
    language("nb")
    problems = [message for _, message in entity_problems("items/0003.json", [item])]
    assert "filen items/0003.json i pakken, feltet [0].title: må fylles ut" in problems
    assert "filen items/0003.json i pakken, feltet [0].colour: ukjent felt" in problems
    assert (
        "filen items/0003.json i pakken, feltet [0].deleted_at: må være tom (null) eller en tekst"
        in problems
    )
    language("en")
    problems = [message for _, message in entity_problems("items/0003.json", [item])]
    assert (
        "bundle member items/0003.json, field [0].deleted_at: must be empty (null) or a text"
        in problems
    )


@pytest.mark.parametrize("build", [c for c, _ in HOSTILE], ids=[c.__name__[5:] for c, _ in HOSTILE])
def test_hostile_bundles_are_refused_in_bokmal(library, good, tmp_path, build, language):
    lib = library
    work = tmp_path / "work"
    work.mkdir()
    path = build(work, good)
    language("nb")
    with pytest.raises(BundleError) as err, lib.sessions.begin() as s:
        import_bundle(s, path)
    text = str(err.value)
    assert "bundle member" not in text
    assert "the bundle" not in text
    assert any(word in text for word in ("pakke", "JSON")), text


def test_messages_chosen_from_tables_have_bokmal_and_nynorsk_texts():
    """Messages picked per entity type are not seen by test_i18n's scan for tr("…") calls."""
    from content.bundle import domain, export, read, schema_check, write

    tables = [write.ENTITY_HEADS, write.OWNED_ELSEWHERE, domain.TWICE_IN_BUNDLE,
              export.NO_SUCH_ENTITY, read.NOT_VALID, schema_check._TYPE_WORDS]
    ids = [m for table in tables for m in table.values()] + list(export.DANGLING)
    assert [m for m in ids if m not in i18n.NB or m not in i18n.NN] == []


def test_the_worker_process_words_its_problems_in_the_language(tmp_path, monkeypatch, language):
    """A big bundle's members are checked in a second process; it is told the language."""
    from content.bundle import check as bundle_check
    from content.bundle import export as bundle_export
    from tests.content.bundle.test_bundle import populate

    a, b = _libraries(tmp_path)
    populate(a)
    monkeypatch.setattr(bundle_export, "CHUNK_ENTITIES", 1)  # one item per member
    with a.read_sessions() as s:
        export_bundle(s, tmp_path / "all.kvb")
    a.dispose()

    def bad_title(members: dict[str, bytes]) -> None:
        items = json.loads(members["items/0004.json"])
        items[0]["title"] = 5
        members["items/0004.json"] = json.dumps(items, ensure_ascii=False).encode()

    rewrite(tmp_path / "all.kvb", tmp_path / "bad.kvb", bad_title)
    monkeypatch.setattr(bundle_check, "PARALLEL_FROM_BYTES", 0)
    answered = []
    real_results = bundle_check.MemberChecker.results

    def results(self: bundle_check.MemberChecker) -> Any:
        found = real_results(self)
        answered.append(found)
        return found

    monkeypatch.setattr(bundle_check.MemberChecker, "results", results)
    language("nn")
    with pytest.raises(BundleError) as err, b.sessions.begin() as s:
        import_bundle(s, tmp_path / "bad.kvb")
    b.dispose()
    assert answered[0]["items/0004.json"] == [
        (0, "fila items/0004.json i pakka, feltet [0].title: må vera ein tekst")
    ]
    assert str(err.value).splitlines() == [
        "pakka vart ikkje importert:",
        "fila items/0004.json i pakka, feltet [0].title: må vera ein tekst",
    ]
