"""Comments files (W3C Web Annotation JSON-LD) and comments in bundles: round trips, merging."""

from __future__ import annotations

import json
import shutil
import zipfile
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, select

from content.bundle import BundleError, export_bundle, import_bundle
from content.commands import CreateItem
from content.review.commands import (
    AddComment,
    ReplyComment,
    ResolveComment,
)
from content.review.comments_file import (
    CommentsFileError,
    comments_document,
    merge_comments,
)
from content.review.queries import list_comments
from db.engine import Library, open_library
from db.models import ContentItem, ReviewComment

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from content.undo import UndoHistory

BODY = "Tidlig dialog gir tillit. Kárášjohka har gode erfaringer med tidlig dialog."


@pytest.fixture
def other(library_template: Path, tmp_path: Path) -> Iterator[Library]:
    target = tmp_path / "other.sqlite"
    shutil.copy(library_template, target)
    library = open_library(target)
    yield library
    library.dispose()


@pytest.fixture
def item(hist: UndoHistory) -> str:
    cmd = CreateItem(values={"kind": "finding", "title": "Tidlig dialog", "body": BODY})
    hist.run(cmd)
    return cmd.entity_id


def _comments(hist: UndoHistory, item: str) -> dict[str, str]:
    start = BODY.index("Kárášjohka")
    first = AddComment(
        target_type="item",
        target_id=item,
        field="body",
        start=start,
        end=start + 10,
        text="Stavemåte?",
        kind="sporsmal",
        author="Kari",
    )
    hist.run(first)
    second = BODY.rindex("tidlig dialog")
    suggestion = AddComment(
        target_type="item",
        target_id=item,
        field="body",
        start=second,
        end=second + 13,
        text="",
        kind="endringsforslag",
        replacement="tett dialog",
        author="Ola",
    )
    hist.run(suggestion)
    blocking = AddComment(
        target_type="item", target_id=item, text="Mangler kilde", kind="ma-rettes", author="Per"
    )
    hist.run(blocking)
    reply = ReplyComment(parent_id=first.entity_id, text="Ja, slik staves det.", author="Ola")
    hist.run(reply)
    hist.run(ResolveComment(entity_id=first.entity_id, by="Kari"))
    return {
        "first": first.entity_id,
        "suggestion": suggestion.entity_id,
        "blocking": blocking.entity_id,
        "reply": reply.entity_id,
    }


def _views(library: Library, item: str) -> list[tuple]:
    with library.read_sessions() as s:
        return [
            (
                v.id,
                v.field,
                v.start,
                v.end,
                v.exact,
                v.kind,
                v.state,
                v.text,
                v.replacement,
                v.author,
                v.resolved_by,
                [(r.id, r.author, r.text) for r in v.thread],
            )
            for v in list_comments(s, "item", item)
        ]


def _count(library: Library) -> int:
    with library.read_sessions() as s:
        return int(s.scalar(select(func.count()).select_from(ReviewComment)))


def _doc(library: Library) -> dict:
    with library.read_sessions() as s:
        return json.loads(json.dumps(comments_document(s)))


def _merge(library: Library, doc: dict):
    with library.sessions.begin() as s:
        return merge_comments(s, doc, "comments.jsonld")


def test_a_comments_file_is_w3c_web_annotation_json_ld(lib, hist, item) -> None:
    ids = _comments(hist, item)
    doc = _doc(lib)
    assert doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert (doc["type"], doc["format"], doc["formatVersion"], doc["total"]) == (
        "AnnotationCollection",
        "kursverk-comments",
        1,
        4,
    )
    by_id = {a["id"]: a for a in doc["first"]["items"]}
    first = by_id[f"urn:kursverk:comment:{ids['first']}"]
    assert first["type"] == "Annotation"
    assert first["motivation"] == "questioning"
    assert first["creator"] == {"type": "Person", "name": "Kari"}
    assert first["target"]["source"] == f"urn:kursverk:item:{item}"
    quote, position = first["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "Kárášjohka",
        "prefix": "Tidlig dialog gir tillit. ",
        "suffix": " har gode erfaringer med tidlig ",
    }
    assert position["type"] == "TextPositionSelector"
    assert (first["state"], first["resolvedBy"]) == ("resolved", "Kari")
    reply = by_id[f"urn:kursverk:comment:{ids['reply']}"]
    assert (reply["motivation"], reply["target"]) == (
        "replying",
        f"urn:kursverk:comment:{ids['first']}",
    )
    suggestion = by_id[f"urn:kursverk:comment:{ids['suggestion']}"]
    assert suggestion["body"][1] == {
        "type": "TextualBody",
        "value": "tett dialog",
        "format": "text/markdown",
        "purpose": "editing",
    }


def test_merge_round_trip_is_idempotent_and_never_changes_content(
    lib, hist, item, other, tmp_path
) -> None:
    with lib.read_sessions() as s:
        export_bundle(s, tmp_path / "content.kvb")  # the content, no comments yet
    with other.sessions.begin() as s:
        import_bundle(s, tmp_path / "content.kvb")
    _comments(hist, item)
    doc = _doc(lib)
    with other.read_sessions() as s:
        before = s.get(ContentItem, item).revision
    report = _merge(other, doc)
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    assert _views(other, item) == _views(lib, item)
    doubled = {**doc, "first": {"type": "AnnotationPage", "items": doc["first"]["items"] * 2}}
    report = _merge(other, doubled)  # the same comment twice counts once, and once is there
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
    assert _count(other) == 4
    with other.read_sessions() as s:
        assert s.get(ContentItem, item).revision == before
        assert s.get(ContentItem, item).body == BODY


def test_a_later_state_of_a_comment_updates_it(lib, hist, item, other, tmp_path) -> None:
    with lib.read_sessions() as s:
        export_bundle(s, tmp_path / "content.kvb")
    with other.sessions.begin() as s:
        import_bundle(s, tmp_path / "content.kvb")
    ids = _comments(hist, item)
    _merge(other, _doc(lib))
    hist.run(ResolveComment(entity_id=ids["blocking"], by="Per"))
    report = _merge(other, _doc(lib))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    with other.read_sessions() as s:
        assert s.get(ReviewComment, ids["blocking"]).state == "resolved"


def test_bad_files_are_refused_with_a_clear_message_and_nothing_written(
    lib, hist, item, other, tmp_path
) -> None:
    with lib.read_sessions() as s:
        export_bundle(s, tmp_path / "content.kvb")
    with other.sessions.begin() as s:
        import_bundle(s, tmp_path / "content.kvb")
    ids = _comments(hist, item)
    doc = _doc(lib)
    only_reply = {
        **doc,
        "first": {
            "type": "AnnotationPage",
            "items": [a for a in doc["first"]["items"] if a["id"].endswith(ids["reply"])],
        },
    }
    with pytest.raises(
        CommentsFileError,
        match=f"replies to comment urn:kursverk:comment:{ids['first']}, which is neither",
    ):
        _merge(other, only_reply)

    unknown = json.loads(json.dumps(doc))
    unknown["first"]["items"][0]["colour"] = "red"
    with pytest.raises(CommentsFileError, match="unknown field colour"):
        _merge(other, unknown)
    with pytest.raises(CommentsFileError, match="version 9 is newer than this Kursverk"):
        _merge(other, {**doc, "formatVersion": 9})
    with pytest.raises(CommentsFileError, match="not a Kursverk comments file"):
        _merge(other, {**doc, "format": "something-else"})
    gone = json.loads(json.dumps(doc))
    gone["first"]["items"][0]["target"]["source"] = "urn:kursverk:item:no-such-item"
    with pytest.raises(CommentsFileError, match="item no-such-item does not exist"):
        _merge(other, gone)
    assert _count(other) == 0


def test_comments_travel_in_bundles_and_old_bundles_still_import(
    lib, hist, item, other, tmp_path
) -> None:
    ids = _comments(hist, item)
    path = tmp_path / "with-comments.kvb"
    with lib.read_sessions() as s:
        stats = export_bundle(s, path, item_ids=[item])
    assert stats.comments == 4
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format_version"] == 2
        assert manifest["counts"]["comments"] == 4
        assert "comments.jsonld" in zf.namelist()
    with other.sessions.begin() as s:
        report = import_bundle(s, path)
    assert report.added["comment"] == 4
    assert _views(other, item) == _views(lib, item)
    with other.sessions.begin() as s:
        report = import_bundle(s, path)
    assert report.unchanged["comment"] == 4
    assert _count(other) == 4
    assert ids

    # a version-1 bundle (made before comments travelled) imports as before
    old = tmp_path / "old.kvb"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(old, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["format_version"] = 1
        del manifest["counts"]["comments"]
        manifest["members"] = [m for m in manifest["members"] if m["name"] != "comments.jsonld"]
        for name in src.namelist():
            if name not in ("manifest.json", "comments.jsonld"):
                dst.writestr(name, src.read(name))
        dst.writestr("manifest.json", json.dumps(manifest))
    with lib.sessions.begin() as s:
        report = import_bundle(s, old)
    assert report.unchanged["item"] == 1


def test_a_bundle_with_a_bad_comments_member_is_refused_whole(
    lib, hist, item, other, tmp_path
) -> None:
    _comments(hist, item)
    path = tmp_path / "c.kvb"
    with lib.read_sessions() as s:
        export_bundle(s, path, item_ids=[item])
    bad = tmp_path / "bad.kvb"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        import hashlib

        doc = json.loads(src.read("comments.jsonld"))
        doc["formatVersion"] = 7
        data = json.dumps(doc).encode()
        manifest = json.loads(src.read("manifest.json"))
        for m in manifest["members"]:
            if m["name"] == "comments.jsonld":
                m.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        for name in src.namelist():
            if name not in ("manifest.json", "comments.jsonld"):
                dst.writestr(name, src.read(name))
        dst.writestr("comments.jsonld", data)
        dst.writestr("manifest.json", json.dumps(manifest))
    with pytest.raises(BundleError, match="comments format version 7"), other.sessions.begin() as s:
        import_bundle(s, bad)
    with other.read_sessions() as s:
        assert s.get(ContentItem, item) is None
    assert _count(other) == 0
