"""Hostile bundles are refused before anything is written, with a clear message."""

from __future__ import annotations

import hashlib
import json
import stat
import unicodedata
import zipfile
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select, text

from content.bundle import BundleError, export_bundle, import_bundle, read_manifest
from content.bundle.safety import Limits, ReadBudget, loads_strict, read_member
from content.commands import CreateItem
from content.undo import UndoHistory
from db.engine import Library, open_library
from db.models import Base

if TYPE_CHECKING:
    from pathlib import Path

Members = dict[str, bytes]


@pytest.fixture
def library(tmp_path) -> Library:
    lib = open_library(tmp_path / "lib.sqlite")
    h = UndoHistory(lib.sessions, author="t")
    h.run(CreateItem(values={"kind": "finding", "title": "Eksisterende funn ŧ"}))
    yield lib
    lib.dispose()


@pytest.fixture
def good(tmp_path) -> Members:
    """Return the members of a valid bundle with two items."""
    lib = open_library(tmp_path / "src.sqlite")
    h = UndoHistory(lib.sessions, author="t")
    h.run(CreateItem(values={"kind": "finding", "title": "Funn fra Kautokeino / Guovdageaidnu"}))
    h.run(CreateItem(values={"kind": "question", "title": "Hvordan?"}))
    with lib.read_sessions() as s:
        export_bundle(s, tmp_path / "good.kvb")
    lib.dispose()
    with zipfile.ZipFile(tmp_path / "good.kvb") as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def snapshot(lib: Library) -> dict[str, Any]:
    with lib.read_sessions() as s:
        rows = {
            t.name: sorted(map(repr, s.execute(select(*t.c)).all()))
            for t in Base.metadata.sorted_tables
        }
        rows["fts"] = s.execute(text("SELECT count(*) FROM item_fts")).scalar()
    return rows


def fix_manifest(members: Members, **changes: Any) -> None:
    """Re-list every member (with digests) in the manifest, then apply changes."""
    manifest = json.loads(members["manifest.json"])
    listed = []
    for name, data in members.items():
        if name != "manifest.json":
            old = next((m for m in manifest["members"] if m["name"] == name), {"count": 1})
            listed.append(
                {
                    "name": name,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                    "count": old["count"],
                }
            )
    manifest["members"] = listed
    manifest.update(changes)
    members["manifest.json"] = json.dumps(manifest).encode()


def write_zip(path: Path, members: Members, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def patch_name(path: Path, old: str, new: bytes) -> Path:
    """Replace a member name in the raw archive (names zipfile would not write)."""
    raw = path.read_bytes()
    assert len(old.encode()) == len(new)
    path.write_bytes(raw.replace(old.encode(), new))
    return path


def with_item_json(good: Members, raw: bytes) -> Members:
    members = dict(good)
    members["items/0000.json"] = raw
    fix_manifest(members)
    return members


def item_text(good: Members) -> str:
    return good["items/0000.json"].decode()


# -- one builder per hostile case -----------------------------------------------------------


def case_parent_dir(tmp: Path, good: Members) -> Path:
    members = {**good, "../evil.json": b"[]"}
    return write_zip(tmp / "b.kvb", members)


def case_parent_dir_inside(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", {**good, "items/../../evil.json": b"[]"})


def case_absolute(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", {**good, "/etc/evil.json": b"[]"})


def case_backslash(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", {**good, "items/evil.json": b"[]"})
    return patch_name(path, "items/evil.json", b"items\\evil.json")


def case_drive_letter(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", {**good, "C:/evil.json": b"[]"})


def case_nul_in_name(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", {**good, "items/0001.jsonXtxt": b"[]"})
    return patch_name(path, "items/0001.jsonXtxt", b"items/0001.json\x00txt")


def case_control_char(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", {**good, "items/0001Xjson": b"[]"})
    return patch_name(path, "items/0001Xjson", b"items/0001\x1bjson")


def case_symlink(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", good)
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo("items/0001.json")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    return path


def case_directory_entry(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", good)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(zipfile.ZipInfo("items/"), b"")
    return path


def case_duplicate_name(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", good)
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(path, "a") as zf:
        zf.writestr("items/0000.json", b"[]")
    return path


def case_case_collision(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", {**good, "ITEMS/0000.json": b"[]"})


def case_unicode_collision(tmp: Path, good: Members) -> Path:
    nfc = unicodedata.normalize("NFC", "assets/å.bin")
    nfd = unicodedata.normalize("NFD", "assets/å.bin")
    return write_zip(tmp / "b.kvb", {**good, nfc: b"x", nfd: b"y"})


def case_encrypted(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", good, zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("items/0000.json")
    central = raw.find(b"PK\x01\x02")
    while True:  # find the item member's central header and set its flag bit 0
        name_len = int.from_bytes(raw[central + 28 : central + 30], "little")
        if raw[central + 46 : central + 46 + name_len] == b"items/0000.json":
            break
        extra = int.from_bytes(raw[central + 30 : central + 32], "little")
        comment = int.from_bytes(raw[central + 32 : central + 34], "little")
        central += 46 + name_len + extra + comment
    raw[central + 8] |= 0x1
    raw[info.header_offset + 6] |= 0x1
    path.write_bytes(bytes(raw))
    return path


def case_bzip2(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", good, zipfile.ZIP_BZIP2)


def case_zip_bomb(tmp: Path, good: Members) -> Path:
    members = {**good, "items/0001.json": b"[" + b" " * (8 * 1024 * 1024) + b"]"}
    fix_manifest(members)
    return write_zip(tmp / "b.kvb", members)


def case_size_lie(tmp: Path, good: Members) -> Path:
    path = write_zip(tmp / "b.kvb", good, zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("items/0000.json")
    size = info.file_size.to_bytes(4, "little")
    smaller = (info.file_size - 10).to_bytes(4, "little")
    # Uncompressed size: offset 22 in the local header, 24 in the central header.
    raw[info.header_offset + 22 : info.header_offset + 26] = smaller
    central = raw.find(size + b"\x0f\x00", raw.find(b"PK\x01\x02"))
    raw[central : central + 4] = smaller
    path.write_bytes(bytes(raw))
    return path


def case_unknown_member(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", {**good, "notes.txt": b"hei"})


def case_unknown_member_listed(tmp: Path, good: Members) -> Path:
    members = {**good, "scripts/run.sh": b"rm -rf /"}
    fix_manifest(members)
    return write_zip(tmp / "b.kvb", members)


def case_missing_member(tmp: Path, good: Members) -> Path:
    members = dict(good)
    del members["items/0000.json"]
    return write_zip(tmp / "b.kvb", members)


def case_missing_manifest(tmp: Path, good: Members) -> Path:
    members = dict(good)
    del members["manifest.json"]
    return write_zip(tmp / "b.kvb", members)


def case_wrong_format(tmp: Path, good: Members) -> Path:
    members = dict(good)
    fix_manifest(members, format="other-tool")
    return write_zip(tmp / "b.kvb", members)


def case_newer_format(tmp: Path, good: Members) -> Path:
    members = dict(good)
    fix_manifest(members, format_version=3)
    return write_zip(tmp / "b.kvb", members)


def case_odd_format_version(tmp: Path, good: Members) -> Path:
    members = dict(good)
    fix_manifest(members, format_version="1")
    return write_zip(tmp / "b.kvb", members)


def case_tampered_member(tmp: Path, good: Members) -> Path:
    members = dict(good)
    members["items/0000.json"] = item_text(good).replace("Hvordan?", "Hvorfor?").encode()
    return write_zip(tmp / "b.kvb", members)


def case_duplicate_key(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"title":', '"title":"x","title":', 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_nan(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"revision":1', '"revision":NaN', 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_infinity(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"revision":1', '"revision":-Infinity', 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_lone_surrogate(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"title":"', '"title":"\\ud800', 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_deep_nesting(tmp: Path, good: Members) -> Path:
    deep = "[" * 200 + "]" * 200
    # in a history state, the one part of an entity the schema leaves free
    raw = item_text(good).replace('"state":null', f'"state":{{"deep":{deep}}}', 1)
    assert deep in raw
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_deep_nesting_elsewhere(tmp: Path, good: Members) -> Path:
    deep = "[" * 200 + "]" * 200
    raw = item_text(good).replace('"action":', f'"deep":{deep},"action":', 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_very_deep_nesting(tmp: Path, good: Members) -> Path:
    deep = "[" * 100_000 + "]" * 100_000
    return write_zip(tmp / "b.kvb", with_item_json(good, deep.encode()))


def case_huge_number(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"revision":1', '"revision":1' + "0" * 80, 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_float_overflow(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"revision":1', '"revision":1e999', 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_huge_string(tmp: Path, good: Members) -> Path:
    raw = item_text(good).replace('"title":"', '"title":"' + "å" * 600, 1)
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.encode()))


def case_not_utf8(tmp: Path, good: Members) -> Path:
    raw = item_text(good).encode().replace(b"Hvordan", "Hvordan".encode("utf-16-le")[:7])
    return write_zip(tmp / "b.kvb", with_item_json(good, raw.replace(b"H\x00", b"\xff\xfe")))


def case_not_a_list(tmp: Path, good: Members) -> Path:
    return write_zip(tmp / "b.kvb", with_item_json(good, b'{"items": []}'))


def case_not_a_zip(tmp: Path, good: Members) -> Path:
    path = tmp / "b.kvb"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    return path


def case_count_mismatch(tmp: Path, good: Members) -> Path:
    members = dict(good)
    manifest = json.loads(members["manifest.json"])
    manifest["counts"]["items"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    return write_zip(tmp / "b.kvb", members)


HOSTILE = [
    (case_parent_dir, "'..'"),
    (case_parent_dir_inside, "'..'"),
    (case_absolute, "absolute path"),
    (case_backslash, "backslash"),
    (case_drive_letter, "drive letter"),
    (case_nul_in_name, "control character"),
    (case_control_char, "control character"),
    (case_symlink, "symbolic links are not allowed"),
    (case_directory_entry, "folder entries are not allowed"),
    (case_duplicate_name, "collides"),
    (case_case_collision, "collides"),
    (case_unicode_collision, "collides"),
    (case_encrypted, "encrypted"),
    (case_bzip2, "compression method 12 is not allowed"),
    (case_zip_bomb, "compression ratio"),
    (case_size_lie, r"items/0000\.json"),
    (case_unknown_member, "unknown member"),
    (case_unknown_member_listed, "unknown member name"),
    (case_missing_member, "unknown member|listed in the manifest but missing"),
    (case_missing_manifest, "manifest.json is missing"),
    (case_wrong_format, "not a Kursverk bundle"),
    (case_newer_format, "made by a newer Kursverk"),
    (case_odd_format_version, "format_version: unknown"),
    (case_tampered_member, "does not match its sha256"),
    (case_duplicate_key, "duplicate key 'title'"),
    (case_nan, "NaN is not allowed"),
    (case_infinity, "-Infinity is not allowed"),
    (case_lone_surrogate, "lone surrogate"),
    (case_deep_nesting, "nested deeper than 32"),
    (case_deep_nesting_elsewhere, r"history\[0\]\.deep: unknown field"),
    (case_very_deep_nesting, "nested"),
    (case_huge_number, "is too long"),
    (case_float_overflow, "out of range"),
    (case_huge_string, r"field \[0\]\.title: is longer than 500"),
    (case_not_utf8, "not valid UTF-8"),
    (case_not_a_list, "must be a JSON list"),
    (case_not_a_zip, "not a readable bundle"),
    (case_count_mismatch, "counts.items"),
]


@pytest.mark.parametrize(("build", "match"), HOSTILE, ids=[c.__name__[5:] for c, _ in HOSTILE])
def test_hostile_bundle_is_refused(library, good, tmp_path, build, match):
    work = tmp_path / "work"
    work.mkdir()
    path = build(work, good)
    before, files = snapshot(library), sorted(p.name for p in work.iterdir())
    with pytest.raises(BundleError, match=match), library.sessions.begin() as s:
        import_bundle(s, path)
    assert snapshot(library) == before
    assert sorted(p.name for p in work.iterdir()) == files


@pytest.mark.parametrize(
    ("limits", "match"),
    [
        (Limits(max_members=1), "at most 1"),
        (Limits(max_member_size=500), "at most 500"),
        (Limits(max_total_size=1000), "at most 1000|more data than allowed"),
        (Limits(max_string=100), "longer than"),
    ],
)
def test_limits_are_enforced(library, good, tmp_path, limits, match):
    members = dict(good)
    members["items/0000.json"] = (
        item_text(good).replace('"state":null', '"state":{"note":"' + "ø" * 300 + '"}', 1).encode()
    )
    fix_manifest(members)
    path = write_zip(tmp_path / "b.kvb", members)
    before = snapshot(library)
    with pytest.raises(BundleError, match=match), library.sessions.begin() as s:
        import_bundle(s, path, limits=limits)
    assert snapshot(library) == before


def test_read_manifest_refuses_hostile_archives(good, tmp_path):
    with pytest.raises(BundleError, match="symbolic links"):
        read_manifest(case_symlink(tmp_path, good))
    assert read_manifest(write_zip(tmp_path / "ok.kvb", good))["counts"]["items"] == 2


def test_reads_are_bounded_even_when_sizes_lie(tmp_path):
    """A member that declares a small size but inflates to more is stopped while reading."""
    path = tmp_path / "lie.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{" + b" " * 5000 + b"}")
    raw = bytearray(path.read_bytes())
    # Declare 10 bytes in both headers; the data still inflates to 5002.
    raw[22:26] = (10).to_bytes(4, "little")
    central = raw.find(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(BundleError, match=r"manifest\.json'?: (cannot be read|more data)"):
        read_manifest(path)


def test_strict_json_accepts_valid_pairs_and_text():
    value = loads_strict('{"a": "\\ud83d\\ude00 áčđŋšŧž", "b": [1, 2.5, null]}'.encode(), "x")
    assert value == {"a": "😀 áčđŋšŧž", "b": [1, 2.5, None]}


def test_read_member_stops_at_the_limit_while_reading(tmp_path):
    path = write_zip(tmp_path / "big.zip", {"manifest.json": b"x" * 600_000})
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("manifest.json")
        with pytest.raises(BundleError, match="more data than allowed"):
            read_member(zf, info, ReadBudget(Limits(max_member_size=1000)))


def _mutations(entity: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for key, bad in [
        ("title", 5),
        ("title", "x" * 501),
        ("id", "../x"),
        ("tags", "a"),
        ("revision", -1),
        ("deleted_at", "yesterday"),
        ("extra", 1),
        ("fields", {"a": {"b": 1}}),
        ("history", [{"revision": 1}]),
    ]:
        out.append({**entity, key: bad})
    missing = dict(entity)
    del missing["kind"]
    return [*out, missing]


def test_compiled_schema_agrees_with_jsonschema(good):
    from jsonschema import Draft202012Validator

    from content.bundle import schema
    from content.bundle.schema_check import SchemaCompiler

    Draft202012Validator.check_schema(schema())
    reference = Draft202012Validator({**schema(), "$ref": "#/$defs/item"})
    compiled = SchemaCompiler(schema()).checker("item")
    for entity in json.loads(good["items/0000.json"]):
        for case in [entity, *_mutations(entity)]:
            problems: list[tuple[str, str]] = []
            compiled(case, "", problems)
            assert (not problems) == reference.is_valid(case), case


# -- damaged archives, polyglots and images (what a user hits first) -----------------------


def test_flipped_bit_in_compressed_data_names_the_member(library, good, tmp_path):
    path = write_zip(tmp_path / "crc.kvb", good)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("items/0000.json")
    # the member's data starts after its local header (30 bytes + name + extra)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start] ^= 0x55  # the deflate block header: zlib itself fails ("invalid block type")
    path.write_bytes(bytes(raw))
    before = snapshot(library)
    with library.sessions.begin() as s, pytest.raises(BundleError) as err:
        import_bundle(s, path)
    assert "items/0000.json" in str(err.value)
    assert "zlib" not in type(err.value).__module__
    assert snapshot(library) == before


def test_zip_behind_an_html_page_is_refused(library, good, tmp_path):
    zipped = write_zip(tmp_path / "plain.kvb", good).read_bytes()
    path = tmp_path / "polyglot.kvb"
    path.write_bytes(b"<!doctype html><html><body>hei</body></html>\n" + zipped)
    with zipfile.ZipFile(path) as zf:  # Python's zipfile alone would read it
        assert "manifest.json" in zf.namelist()
    before = snapshot(library)
    with library.sessions.begin() as s, pytest.raises(BundleError) as err:
        import_bundle(s, path)
    assert "not a Kursverk bundle" in str(err.value)
    with pytest.raises(BundleError):
        read_manifest(path)
    assert snapshot(library) == before


def test_an_image_that_is_not_an_image_is_skipped_with_a_warning(library, good, tmp_path):
    data = b"<svg onload=alert(1)> not a picture"
    digest = hashlib.sha256(data).hexdigest()
    members = dict(good)
    members[f"assets/{digest}.bin"] = data
    index = [{"id": "img-1", "name": "kart.png", "mime": "image/png", "sha256": digest,
              "size": len(data), "created_at": "2026-01-01T00:00:00Z", "created_by": "t"}]
    members["assets/index.json"] = json.dumps(index).encode()
    counts = json.loads(members["manifest.json"])["counts"]
    fix_manifest(members, counts={**counts, "assets": 1})
    path = write_zip(tmp_path / "img.kvb", members)
    with library.sessions.begin() as s:
        report = import_bundle(s, path)
    assert report.added["item"] == 2  # the rest of the bundle is imported
    assert report.skipped.get("asset") == 1
    assert any("kart.png" in w and "img-1" in w for w in report.warnings)
    with library.read_sessions() as s:
        assert s.execute(text("SELECT count(*) FROM asset")).scalar() == 0
