"""Review comment commands (run, undo, redo), bad input, queries, and the schema upgrade."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text

from content.commands import CreateItem, DeleteItem, UpdateItem
from content.errors import ContentError, StaleWriteError, ValidationError
from content.modules.commands import CreateModule
from content.review.commands import (
    AcceptSuggestion,
    AddComment,
    DeleteComment,
    EditComment,
    ReattachComment,
    RejectSuggestion,
    ReopenComment,
    ReplyComment,
    ResolveComment,
)
from content.review.queries import (
    comment_counts,
    field_counts,
    list_comments,
    open_blocking,
    orphans,
)
from content.undo import UndoHistory
from db.engine import Library, open_library
from db.migrate import alembic_config
from db.models import ContentItem, ReviewComment

if TYPE_CHECKING:
    from pathlib import Path

BODY = (
    "Kommunene som møter bedriftene tidlig lykkes oftere. "
    "Tidlig dialog gir tillit. Kárášjohka har gode erfaringer."
)


@pytest.fixture
def item(hist: UndoHistory) -> str:
    cmd = CreateItem(
        values={
            "kind": "finding",
            "title": "Tidlig dialog",
            "body": BODY,
            "fields": {"context": "Gjelder små kommuner i nord."},
        }
    )
    hist.run(cmd)
    return cmd.entity_id


def _add(hist: UndoHistory, item: str, quote: str, **kw: object) -> AddComment:
    start = BODY.index(quote)
    values: dict[str, object] = {"text": "Kilde?", "start": start, "end": start + len(quote)}
    values.update(kw)
    cmd = AddComment(target_type="item", target_id=item, field="body", **values)  # type: ignore[arg-type]
    hist.run(cmd)
    return cmd


def _views(hist: UndoHistory, item: str) -> list:
    return hist.query(lambda s: list_comments(s, "item", item))


def _body(hist: UndoHistory, item: str) -> str:
    return hist.query(lambda s: s.get(ContentItem, item).body)


def _rows(lib: Library) -> list[tuple]:
    with lib.sessions() as s:
        return [tuple(r) for r in s.execute(select(ReviewComment.__table__)).all()]


# -- add, undo, redo ----------------------------------------------------------------------


def test_add_comment_run_undo_redo(lib: Library, hist: UndoHistory, item: str) -> None:
    cmd = AddComment(
        target_type="item", target_id=item, field="body", start=0, end=9, text="Hvilke?"
    )
    changes = hist.run(cmd)
    assert changes.annotations
    assert item in changes.ids
    (view,) = _views(hist, item)
    assert (view.status, view.start, view.end, view.exact) == ("anchored", 0, 9, "Kommunene")
    assert (view.kind, view.state, view.author, view.text) == (
        "kommentar",
        "open",
        "tester",
        "Hvilke?",
    )
    assert view.anchor_revision == 1
    assert hist.undo().annotations
    assert _views(hist, item) == []
    hist.redo()
    assert [v.id for v in _views(hist, item)] == [cmd.entity_id]


def test_add_by_quote_with_context(hist: UndoHistory, item: str) -> None:
    cmd = AddComment(
        target_type="item",
        target_id=item,
        field="body",
        quote="tidlig",
        suffix=" lykkes",
        text="Hvor tidlig?",
        kind="sporsmal",
        author="Forsker",
    )
    hist.run(cmd)
    (view,) = _views(hist, item)
    assert view.start == BODY.index("tidlig lykkes")
    assert (view.kind, view.author) == ("sporsmal", "Forsker")


def test_comment_on_a_kind_field_and_on_the_whole_item(hist: UndoHistory, item: str) -> None:
    hist.run(
        AddComment(
            target_type="item", target_id=item, field="context", start=0, end=7, text="Hvilke?"
        )
    )
    hist.run(AddComment(target_type="item", target_id=item, text="Godt funn", kind="kommentar"))
    views = _views(hist, item)
    assert [(v.field, v.status, v.exact) for v in views] == [
        ("", "entity", ""),
        ("context", "anchored", "Gjelder"),
    ]


# -- bad input: clear message, nothing stored ---------------------------------------------


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"field": "body", "start": 0, "end": 999}, "outside the text"),
        ({"field": "body", "start": 5, "end": 5}, "empty"),
        ({"field": "body", "quote": ""}, "quote is empty"),
        ({"field": "body", "quote": "Tidlig dialog gir mistillit"}, "not in the text"),
        ({"field": "body", "quote": "idlig"}, "occurs 2 times"),
        ({"field": "weight", "start": 0, "end": 3}, "no such text field"),
        ({"field": "body", "start": 0, "end": 3, "kind": "ros"}, "must be one of"),
        ({"field": "body", "start": 0, "end": 3, "kind": "endringsforslag"}, "replacement"),
        ({"field": "body", "start": 0, "end": 3, "text": "  "}, "text is empty"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    lib: Library, hist: UndoHistory, item: str, values: dict, message: str
) -> None:
    values = {"text": "Hm", **values}
    with pytest.raises(ContentError, match=message) as err:
        hist.run(AddComment(target_type="item", target_id=item, **values))
    assert "Tidlig dialog" in str(err.value)  # names the item
    if values.get("field") != "weight":
        assert "body" in str(err.value)  # and the field
    assert _rows(lib) == []
    assert hist.status().undo == "Create item"


def test_comment_on_a_deleted_item_is_refused(lib: Library, hist: UndoHistory, item: str) -> None:
    hist.run(DeleteItem(entity_id=item))
    with pytest.raises(ValidationError, match="deleted"):
        hist.run(
            AddComment(target_type="item", target_id=item, field="body", start=0, end=3, text="x")
        )
    assert _rows(lib) == []


def test_reply_to_a_deleted_comment_is_refused(lib: Library, hist: UndoHistory, item: str) -> None:
    first = _add(hist, item, "Tidlig dialog")
    hist.run(DeleteComment(entity_id=first.entity_id))
    before = _rows(lib)
    with pytest.raises(ValidationError, match="deleted"):
        hist.run(ReplyComment(parent_id=first.entity_id, text="Enig"))
    assert _rows(lib) == before


# -- threads, edit, delete -----------------------------------------------------------------


def test_reply_joins_the_thread_and_undoes(hist: UndoHistory, item: str) -> None:
    first = _add(hist, item, "Tidlig dialog")
    reply = ReplyComment(parent_id=first.entity_id, text="Se NIBR 2020", author="Kari")
    hist.run(reply)
    hist.run(ReplyComment(parent_id=reply.entity_id, text="Takk"))  # a reply to a reply
    (view,) = _views(hist, item)
    assert [(r.author, r.text) for r in view.thread] == [
        ("Kari", "Se NIBR 2020"),
        ("tester", "Takk"),
    ]
    hist.undo()
    hist.undo()
    assert _views(hist, item)[0].thread == ()
    hist.redo()
    assert len(_views(hist, item)[0].thread) == 1


def test_only_the_author_edits_or_deletes(hist: UndoHistory, item: str) -> None:
    first = _add(hist, item, "Tidlig dialog", author="Kari")
    with pytest.raises(ValidationError, match=r"only its author \(Kari\)"):
        hist.run(EditComment(entity_id=first.entity_id, text="Endret"))
    with pytest.raises(ValidationError, match="only its author"):
        hist.run(DeleteComment(entity_id=first.entity_id))
    hist.run(EditComment(entity_id=first.entity_id, text="Endret", by="Kari"))
    (view,) = _views(hist, item)
    assert view.text == "Endret"
    assert view.edited_at is not None
    hist.undo()
    assert _views(hist, item)[0].text == "Kilde?"


def test_delete_leaves_a_tombstone_in_the_thread(hist: UndoHistory, item: str) -> None:
    first = _add(hist, item, "Tidlig dialog")
    hist.run(ReplyComment(parent_id=first.entity_id, text="Enig", author="Kari"))
    hist.run(DeleteComment(entity_id=first.entity_id))
    (view,) = _views(hist, item)
    assert view.deleted
    assert view.text == ""
    assert len(view.thread) == 1
    hist.undo()
    assert _views(hist, item)[0].text == "Kilde?"


# -- resolve, reopen, reject ----------------------------------------------------------------


def test_resolve_and_reopen_record_who_and_when(hist: UndoHistory, item: str) -> None:
    first = _add(hist, item, "Tidlig dialog")
    hist.run(ResolveComment(entity_id=first.entity_id, by="Designer"))
    (view,) = _views(hist, item)
    assert (view.state, view.resolved_by) == ("resolved", "Designer")
    assert view.resolved_at is not None
    with pytest.raises(ValidationError, match="resolved already"):
        hist.run(ResolveComment(entity_id=first.entity_id))
    hist.run(ReopenComment(entity_id=first.entity_id))
    view = _views(hist, item)[0]
    assert view.state == "open"
    assert [h["event"] for h in view.history] == ["resolved", "reopened"]
    hist.undo()
    assert _views(hist, item)[0].state == "resolved"
    hist.undo()
    assert _views(hist, item)[0].state == "open"
    hist.redo()
    assert _views(hist, item)[0].resolved_by == "Designer"


def test_reject_resolves_with_the_reason(hist: UndoHistory, item: str) -> None:
    cmd = _add(hist, item, "Tidlig dialog", kind="endringsforslag", replacement="Rask dialog")
    with pytest.raises(ValidationError, match="only a suggestion"):
        hist.run(RejectSuggestion(entity_id=_add(hist, item, "tillit").entity_id))
    hist.run(RejectSuggestion(entity_id=cmd.entity_id, note="ordet er innarbeidet"))
    view = next(v for v in _views(hist, item) if v.id == cmd.entity_id)
    assert (view.state, view.resolution) == ("resolved", "rejected: ordet er innarbeidet")
    assert _body(hist, item) == BODY


# -- accept -------------------------------------------------------------------------------


def test_accept_applies_the_replacement_as_an_undoable_edit(hist: UndoHistory, item: str) -> None:
    hist.run(UpdateItem(entity_id=item, values={"title": "Tidlig dialog lønner seg"}))
    cmd = _add(hist, item, "Tidlig dialog", kind="endringsforslag", replacement="Rask dialog")
    changes = hist.run(AcceptSuggestion(entity_id=cmd.entity_id))
    assert changes.items
    assert changes.annotations
    assert item in changes.ids
    assert _body(hist, item) == BODY.replace("Tidlig dialog", "Rask dialog")
    (view,) = _views(hist, item)
    assert (view.state, view.resolution) == ("resolved", "accepted")
    hist.undo()
    assert _body(hist, item) == BODY
    assert _views(hist, item)[0].state == "open"
    hist.redo()
    assert _body(hist, item) == BODY.replace("Tidlig dialog", "Rask dialog")
    hist.undo()
    hist.undo()  # the comment
    hist.undo()  # the earlier title edit still undoes after the accept's undo
    assert hist.query(lambda s: s.get(ContentItem, item).title) == "Tidlig dialog"


def test_accept_after_an_edit_elsewhere_uses_the_moved_range(hist: UndoHistory, item: str) -> None:
    cmd = _add(hist, item, "Tidlig dialog", kind="endringsforslag", replacement="Rask dialog")
    hist.run(UpdateItem(entity_id=item, values={"body": "Innledning. " + BODY}))
    hist.run(AcceptSuggestion(entity_id=cmd.entity_id))
    assert _body(hist, item) == "Innledning. " + BODY.replace("Tidlig dialog", "Rask dialog")


@pytest.mark.parametrize(
    ("new_body", "message"),
    [
        (BODY.replace("Tidlig dialog gir tillit. ", ""), "orphaned"),
        (BODY.replace("Tidlig dialog", "Tidleg dialog"), "has changed"),
    ],
)
def test_accept_is_refused_when_the_words_are_gone_or_changed(
    lib: Library, hist: UndoHistory, item: str, new_body: str, message: str
) -> None:
    cmd = _add(hist, item, "Tidlig dialog", kind="endringsforslag", replacement="Rask dialog")
    hist.run(UpdateItem(entity_id=item, values={"body": new_body}))
    before = _rows(lib)
    with pytest.raises(ValidationError, match=message):
        hist.run(AcceptSuggestion(entity_id=cmd.entity_id))
    assert _body(hist, item) == new_body
    assert _rows(lib) == before


def test_accept_is_refused_on_a_stale_revision(hist: UndoHistory, item: str) -> None:
    cmd = _add(hist, item, "Tidlig dialog", kind="endringsforslag", replacement="Rask dialog")
    hist.run(UpdateItem(entity_id=item, values={"title": "Nytt navn"}))
    with pytest.raises(StaleWriteError, match="revision 2"):
        hist.run(AcceptSuggestion(entity_id=cmd.entity_id, expected_target_revision=1))
    assert _body(hist, item) == BODY


def test_accept_on_a_module_block(hist: UndoHistory) -> None:
    mod = CreateModule(
        values={
            "title": "Vertskap",
            "sections": [
                {
                    "title": "Del 1",
                    "blocks": [{"block_type": "text", "text": "Snakk med bedriftene."}],
                }
            ],
        }
    )
    hist.run(mod)
    state = hist.query(
        lambda s: __import__("content.library").library.get_state(s, "module", mod.entity_id)
    )
    field = "block:" + state["sections"][0]["blocks"][0]["id"]
    add = AddComment(
        target_type="module",
        target_id=mod.entity_id,
        field=field,
        quote="bedriftene",
        kind="endringsforslag",
        replacement="næringslivet",
    )
    hist.run(add)
    hist.run(AcceptSuggestion(entity_id=add.entity_id))
    state = hist.query(
        lambda s: __import__("content.library").library.get_state(s, "module", mod.entity_id)
    )
    assert state["sections"][0]["blocks"][0]["text"] == "Snakk med næringslivet."


# -- queries --------------------------------------------------------------------------------


def test_orphans_counts_and_reattach(hist: UndoHistory, item: str) -> None:
    first = _add(hist, item, "Tidlig dialog", kind="ma-rettes", text="Feil")
    _add(hist, item, "Kárášjohka")
    new_body = "Innledning. " + BODY.replace("Tidlig dialog gir tillit. ", "")
    hist.run(UpdateItem(entity_id=item, values={"body": new_body}))
    views = {v.id: v for v in _views(hist, item)}
    assert views[first.entity_id].status == "orphaned"
    assert views[first.entity_id].exact == "Tidlig dialog"  # the stored quote
    moved = next(v for k, v in views.items() if k != first.entity_id)
    assert (moved.placement, new_body[moved.start : moved.end]) == ("moved", "Kárášjohka")
    assert [v.id for v in hist.query(lambda s: orphans(s, "item", item))] == [first.entity_id]
    counts = hist.query(comment_counts)[item]
    assert (counts.open, counts.blocking, counts.total) == (2, 1, 2)
    assert [v.id for v in hist.query(lambda s: open_blocking(s, [item]))] == [first.entity_id]
    hist.run(ReattachComment(entity_id=first.entity_id, start=0, end=10))
    assert hist.query(lambda s: orphans(s, "item", item)) == []
    hist.undo()
    assert len(hist.query(lambda s: orphans(s, "item", item))) == 1


def test_field_counts_count_open_threads_per_field(hist: UndoHistory, item: str) -> None:
    blocking = _add(hist, item, "Tidlig dialog", kind="ma-rettes")
    _add(hist, item, "Kárášjohka")
    resolved = _add(hist, item, "lykkes oftere")
    hist.run(ResolveComment(entity_id=resolved.entity_id))
    hist.run(ReplyComment(parent_id=blocking.entity_id, text="Enig."))
    hist.run(AddComment(target_type="item", target_id=item, field="context", start=0, end=6,
                        text="Hvilke?"))
    counts = hist.query(lambda s: field_counts(s, "item", item))
    assert {f: (c.open, c.blocking, c.total) for f, c in counts.items()} == {
        "body": (2, 1, 3), "context": (1, 0, 1)}
    assert hist.query(lambda s: field_counts(s, "module", item)) == {}


def test_comments_of_another_history_are_not_overwritten(
    lib: Library, hist: UndoHistory, item: str
) -> None:
    first = _add(hist, item, "Tidlig dialog")
    other = UndoHistory(lib.sessions, "annen")
    other.run(ResolveComment(entity_id=first.entity_id))
    with pytest.raises(StaleWriteError, match="changed elsewhere"):
        hist.undo()


# -- schema upgrade -------------------------------------------------------------------------


def test_library_at_the_previous_schema_upgrades_and_takes_comments(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(
            text(
                "INSERT INTO content_item (id, kind, title, summary, body, language, status,"
                " fields, tags, audiences, starter, revision, created_at, created_by,"
                " updated_at, updated_by, search_rowid)"
                " VALUES ('a', 'finding', 'Gammelt funn', '', 'Om vertskapskommuner', 'nb',"
                " 'draft', '{}', '[]', '[]', 0, 1, '2026-01-01 00:00:00', '',"
                " '2026-01-01 00:00:00', '', 1)"
            )
        )
    engine.dispose()
    lib = open_library(path)
    try:
        assert lib.backup_path is not None
        hist = UndoHistory(lib.sessions, "tester")
        hist.run(
            AddComment(target_type="item", target_id="a", field="body", quote="vertskap", text="?")
        )
        views = hist.query(lambda s: list_comments(s, "item", "a"))
        assert [(v.exact, v.status) for v in views] == [("vertskap", "anchored")]
        with lib.sessions() as s:
            assert s.scalar(select(func.count()).select_from(ReviewComment)) == 1
    finally:
        lib.dispose()
