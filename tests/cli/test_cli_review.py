"""The item and comment commands: add, set, comment, list, reply, resolve, accept, reject."""

from __future__ import annotations

import json

import pytest

from cli.main import main

BODY = "Kommunene i nord har gode erfaringer. Kommunene i sør også.\n"


def run(capsys, sample, *args):
    code = main(sample.args(*map(str, args)))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _state(capsys, sample, entity_id):
    code, out, _ = run(capsys, sample, "show", entity_id, "--json")
    assert code == 0
    return json.loads(out)


def _comments(capsys, sample, entity_id):
    code, out, _ = run(capsys, sample, "comment", "list", entity_id, "--json")
    assert code == 0
    return json.loads(out)


@pytest.fixture
def item(capsys, sample, tmp_path):
    body = tmp_path / "body.md"
    body.write_text(BODY, encoding="utf-8")
    code, out, _ = run(
        capsys, sample, "item", "add", "--kind", "finding", "--title", "Funn", "--body-file", body
    )
    assert code == 0
    return out.strip()


def test_item_add_prints_the_new_id_and_stores_the_body(capsys, sample, item):
    state = _state(capsys, sample, item)
    assert state["title"] == "Funn"
    assert state["kind"] == "finding"
    assert state["body"] == BODY


def test_item_add_json(capsys, sample):
    code, out, _ = run(capsys, sample, "item", "add", "--kind", "barrier", "--title", "B", "--json")
    assert code == 0
    data = json.loads(out)
    assert _state(capsys, sample, data["id"])["kind"] == "barrier"


def test_item_set_from_file_and_stale_revision_refused(capsys, sample, item, tmp_path):
    new = tmp_path / "new.md"
    new.write_text("Ny tekst.", encoding="utf-8")
    revision = _state(capsys, sample, item)["revision"]
    code, _, err = run(
        capsys,
        sample,
        "item",
        "set",
        item,
        "body",
        "--from-file",
        new,
        "--expect-revision",
        str(revision - 1),
    )
    assert code == 1
    assert "Funn" in err
    assert _state(capsys, sample, item)["body"] == BODY
    code, _, _ = run(
        capsys,
        sample,
        "item",
        "set",
        item,
        "body",
        "--from-file",
        new,
        "--expect-revision",
        str(revision),
    )
    assert code == 0
    assert _state(capsys, sample, item)["body"] == "Ny tekst."


def test_item_set_kind_field_and_unknown_field(capsys, sample, item, tmp_path):
    value = tmp_path / "v.txt"
    value.write_text("Nordland\n", encoding="utf-8")
    code, _, _ = run(capsys, sample, "item", "set", item, "context", "--from-file", value)
    assert code == 0
    assert _state(capsys, sample, item)["fields"]["context"].strip() == "Nordland"
    code, _, err = run(capsys, sample, "item", "set", item, "weight", "--from-file", value)
    assert code == 1
    assert "«Funn»" in err
    assert "weight" in err


def test_comment_add_by_range_takes_the_quote_from_the_text(capsys, sample, item):
    code, out, _ = run(
        capsys,
        sample,
        "comment",
        "add",
        item,
        "--field",
        "body",
        "--start",
        "12",
        "--end",
        "16",
        "--text",
        "Hvilken region?",
        "--type",
        "sporsmal",
        "--author",
        "Kari",
        "--json",
    )
    assert code == 0
    added = json.loads(out)
    listed = _comments(capsys, sample, item)
    assert [c["id"] for c in listed] == [added["id"]]
    view = listed[0]
    assert view["exact"] == "nord"
    assert (view["status"], view["start"], view["end"]) == ("anchored", 12, 16)
    assert (view["type"], view["state"], view["author"]) == ("sporsmal", "open", "Kari")


def test_comment_add_by_quote_with_suffix_picks_the_right_occurrence(capsys, sample, item):
    code, out, _ = run(
        capsys,
        sample,
        "comment",
        "add",
        item,
        "--field",
        "body",
        "--quote",
        "Kommunene",
        "--suffix",
        " i sør",
        "--text",
        "x",
    )
    assert code == 0
    (view,) = _comments(capsys, sample, item)
    assert view["id"] == out.strip()
    assert view["start"] == BODY.index("Kommunene i sør")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--field", "body", "--start", "0", "--end", "999"], "outside the text"),
        (["--field", "body", "--quote", ""], "empty"),
        (["--field", "body", "--quote", "Kommunene"], "2 times"),
        (["--field", "weight", "--start", "0", "--end", "3"], "weight"),
        (["--field", "body", "--start", "0"], "--end"),
    ],
)
def test_comment_add_bad_input_changes_nothing(capsys, sample, item, args, needle):
    code, _, err = run(capsys, sample, "comment", "add", item, *args, "--text", "x")
    assert code != 0
    assert needle in err
    assert _comments(capsys, sample, item) == []


def test_comment_on_deleted_item_is_refused(capsys, sample, item):
    from content.commands import DeleteItem
    from content.undo import UndoHistory
    from db.engine import open_library

    lib = open_library(sample.db)
    UndoHistory(lib.sessions).run(DeleteItem(entity_id=item))
    lib.dispose()
    code, _, err = run(capsys, sample, "comment", "add", item, "--text", "x")
    assert code == 1
    assert "deleted" in err
    assert "«Funn»" in err


def _add(capsys, sample, item, *extra):
    code, out, err = run(capsys, sample, "comment", "add", item, "--field", "body", *extra)
    assert code == 0, err
    return out.strip()


def test_reply_resolve_reopen(capsys, sample, item):
    cid = _add(capsys, sample, item, "--quote", "nord", "--text", "Hvor?", "--author", "Kari")
    code, _, _ = run(
        capsys, sample, "comment", "reply", cid[:8], "--text", "Nordland", "--author", "Ola"
    )
    assert code == 0
    (view,) = _comments(capsys, sample, item)
    assert [(r["author"], r["text"]) for r in view["thread"]] == [("Ola", "Nordland")]
    assert run(capsys, sample, "comment", "resolve", cid, "--author", "Ola")[0] == 0
    assert _comments(capsys, sample, item)[0]["state"] == "resolved"
    code, _, err = run(capsys, sample, "comment", "resolve", cid)
    assert code == 1
    assert "resolved already" in err
    assert run(capsys, sample, "comment", "reopen", cid)[0] == 0
    assert _comments(capsys, sample, item)[0]["state"] == "open"


def test_accept_writes_the_replacement_reject_keeps_the_text(capsys, sample, item):
    accept = _add(
        capsys,
        sample,
        item,
        "--quote",
        "nord",
        "--text",
        "",
        "--type",
        "endringsforslag",
        "--replacement",
        "Nord-Norge",
    )
    reject = _add(
        capsys,
        sample,
        item,
        "--quote",
        "sør",
        "--text",
        "",
        "--type",
        "endringsforslag",
        "--replacement",
        "Sør-Norge",
    )
    assert run(capsys, sample, "comment", "reject", reject, "--reason", "nei")[0] == 0
    assert run(capsys, sample, "comment", "accept", accept)[0] == 0
    body = _state(capsys, sample, item)["body"]
    assert "i Nord-Norge har" in body
    assert "i sør også" in body
    states = {c["id"]: c for c in _comments(capsys, sample, item)}
    assert states[accept]["state"] == "resolved"
    assert states[reject]["resolution"].startswith("rejected")


def test_accept_refused_when_the_quote_is_gone(capsys, sample, item, tmp_path):
    cid = _add(
        capsys,
        sample,
        item,
        "--quote",
        "nord",
        "--text",
        "",
        "--type",
        "endringsforslag",
        "--replacement",
        "Nord-Norge",
    )
    new = tmp_path / "b.md"
    new.write_text("Helt annen tekst nå.", encoding="utf-8")
    assert run(capsys, sample, "item", "set", item, "body", "--from-file", new)[0] == 0
    (view,) = _comments(capsys, sample, item)
    assert view["status"] == "orphaned"
    assert view["exact"] == "nord"
    code, _, err = run(capsys, sample, "comment", "accept", cid)
    assert code == 1
    assert "orphaned" in err
    assert _state(capsys, sample, item)["body"] == "Helt annen tekst nå."


def test_reply_to_deleted_comment_is_refused(capsys, sample, item):
    from content.review.commands import DeleteComment
    from content.undo import UndoHistory
    from db.engine import open_library

    cid = _add(capsys, sample, item, "--quote", "nord", "--text", "x", "--author", "Kari")
    lib = open_library(sample.db)
    UndoHistory(lib.sessions, author="Kari").run(DeleteComment(entity_id=cid))
    lib.dispose()
    code, _, err = run(capsys, sample, "comment", "reply", cid, "--text", "svar")
    assert code == 1
    assert "deleted" in err
    assert run(capsys, sample, "comment", "reply", "deadbeefdead", "--text", "svar")[0] == 1


@pytest.mark.parametrize(
    "args",
    [
        ["item", "--help"],
        ["item", "add", "--help"],
        ["comment", "add", "--help"],
        ["comment", "list", "--help"],
        ["comment", "accept", "--help"],
    ],
)
def test_review_help(capsys, sample, args):
    assert run(capsys, sample, *args)[0] == 0


def test_entity_comment_and_text_listing(capsys, sample, item):
    code, out, _ = run(capsys, sample, "comment", "add", item[:8], "--text", "Uklart hele veien")
    assert code == 0
    (view,) = _comments(capsys, sample, item)
    assert (view["id"], view["status"], view["field"]) == (out.strip(), "entity", "")
    assert (view["start"], view["end"]) == (None, None)
    code, out, err = run(capsys, sample, "comment", "list", item)
    assert code == 0
    assert out.split()[:3] == [view["id"][:8], "-", "entity"]
    assert "0 replies" in out
    assert "1 thread on item «Funn»" in err
    assert run(capsys, sample, "comment", "reply", view["id"][:8], "--text", "Enig")[0] == 0
    code, out, err = run(capsys, sample, "comment", "list", item)
    assert code == 0
    assert "1 reply " in out


def test_comment_on_module_block(capsys, sample):
    state = _state(capsys, sample, sample.module)
    block = next(b for s in state["sections"] for b in s["blocks"] if b["block_type"] == "exercise")
    code, _, err = run(
        capsys,
        sample,
        "comment",
        "add",
        sample.module,
        "--field",
        f"block:{block['id']}",
        "--quote",
        "kommunen din",
        "--text",
        "Hvilken kommune?",
    )
    assert code == 0, err
    (view,) = _comments(capsys, sample, sample.module)
    assert view["exact"] == "kommunen din"
