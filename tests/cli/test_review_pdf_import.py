"""`import review-pdf`: a returned draft, marked up as a PDF reader does, becomes comments."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pypdf import PdfWriter
from sqlalchemy import select

from cli.main import main
from content.commands import UpdateItem
from content.review.queries import list_comments
from content.undo import UndoHistory
from db.engine import open_library
from db.models import ContentItem, ReviewComment
from tests.cli.review_marks import (
    annotate,
    caret,
    margin_note,
    markup,
    review_map,
    sticky,
    words_box,
)

if TYPE_CHECKING:
    from pathlib import Path

BODY = "Sámi guovlu: áčđŋšŧž. Kommunene i nord har gode erfaringer."
SUMMARY = "Kommunene som møter bedriftene tidlig lykkes oftere."


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def comment_rows(sample) -> list[ReviewComment]:
    lib = open_library(sample.db)
    try:
        with lib.read_sessions() as s:
            rows = s.scalars(select(ReviewComment).order_by(ReviewComment.created_at)).all()
            s.expunge_all()
            return list(rows)
    finally:
        lib.dispose()


@pytest.fixture
def draft(capsys, sample, tmp_path) -> Path:
    path = tmp_path / "draft.pdf"
    code, _out, err = run(
        capsys, sample.args("export", "review-pdf", "--module", sample.module, "-o", str(path))
    )
    assert code == 0, err
    return path


def _returned(sample, draft: Path, tmp_path: Path) -> Path:
    body, summary = f"item:{sample.finding}:body", f"item:{sample.finding}:summary"
    page, hl = words_box(draft, body, "gode erfaringer")
    _p, strike = words_box(draft, body, "i nord")
    _p, at = words_box(draft, body, "Kommunene")
    _p, beside = words_box(draft, summary, "Kommunene som")
    # a note on the words, and one in the margin beside the summary (no words under it)
    _p, on_word = words_box(draft, body, "Sámi")
    note_rect = (on_word[0], on_word[5], on_word[2], on_word[1])
    return annotate(
        draft,
        tmp_path / "returned.pdf",
        [
            (page, markup("/Highlight", hl, "Hvilke erfaringer?", "Kari Nordmann", nm="hl-1")),
            (page, markup("/StrikeOut", strike, "", "Kari Nordmann")),
            (page, caret(at, "nordligste", "Ola")),
            (page, sticky(note_rect, "Stavemåten?", "Ola")),
            (page, margin_note(beside[5], beside[1], "Bra oppsummert!", "Per")),
        ],
    )


def test_round_trip_stores_anchored_comments_and_reimport_adds_nothing(
    capsys, sample, draft, tmp_path
) -> None:
    returned = _returned(sample, draft, tmp_path)
    code, out, err = run(capsys, sample.args("import", "review-pdf", str(returned)))
    assert code == 0, err
    assert "5 comments added" in out
    rows = comment_rows(sample)
    assert len(rows) == 5
    by_text = {r.text: r for r in rows}
    lib = open_library(sample.db)
    try:
        with lib.read_sessions() as s:
            views = {v.id: v for v in list_comments(s, "item", sample.finding)}
    finally:
        lib.dispose()

    highlight = views[by_text["Hvilke erfaringer?"].id]
    assert (highlight.field, highlight.exact, highlight.kind, highlight.author) == (
        "body",
        "gode erfaringer",
        "kommentar",
        "Kari Nordmann",
    )
    assert BODY[highlight.start : highlight.end] == "gode erfaringer"
    strike = next(v for v in views.values() if v.kind == "endringsforslag" and v.exact == "i nord")
    assert (strike.replacement, strike.author) == ("", "Kari Nordmann")
    insert = next(v for v in views.values() if v.replacement and "nordligste" in v.replacement)
    assert (insert.exact, insert.replacement, insert.author) == (
        "Kommunene",
        "Kommunene nordligste",
        "Ola",
    )
    note = views[by_text["Stavemåten?"].id]
    assert (note.kind, note.field, note.exact) == ("kommentar", "body", "Sámi")
    margin = views[by_text["Bra oppsummert!"].id]
    assert (margin.status, margin.field, margin.author) == ("entity", "", "Per")
    assert all(r.entity_id == sample.finding for r in rows)
    assert all(r.source_key and r.source_key.startswith("pdf:") for r in rows)
    assert by_text["Hvilke erfaringer?"].source_key == "pdf:nm:hl-1"

    code, out, err = run(capsys, sample.args("import", "review-pdf", str(returned)))
    assert code == 0, err
    assert "0 comments added, 5 already imported" in out
    assert len(comment_rows(sample)) == 5


def test_text_across_two_items_gives_two_comments(capsys, sample, draft, tmp_path) -> None:
    rmap = review_map(draft)
    keys = [k for k in rmap["fields"] if k.endswith(":summary") or k.endswith(":body")]
    assert f"item:{sample.finding}:body" in keys
    page, q1 = words_box(draft, f"item:{sample.finding}:body", "gode erfaringer.")
    other = next(
        k
        for k in rmap["fields"]
        if not k.startswith(f"item:{sample.finding}")
        and words_box(draft, k, rmap["fields"][k]["source"].split()[0])[0] == page
    )
    first_word = rmap["fields"][other]["source"].split()[0]
    _p, q2 = words_box(draft, other, first_word)
    returned = annotate(
        draft, tmp_path / "two.pdf", [(page, markup("/Highlight", q1 + q2, "Begge", "Kari"))]
    )
    code, _out, err = run(capsys, sample.args("import", "review-pdf", str(returned)))
    assert code == 0, err
    rows = comment_rows(sample)
    assert len(rows) == 2
    assert {r.entity_id + ":" + r.field for r in rows} == {
        f"{sample.finding}:body",
        ":".join(other.split(":")[1:]).replace("blocks/", "block:").removesuffix("/text"),
    }


def test_a_word_rewritten_since_keeps_the_comment_on_the_item(
    capsys, sample, draft, tmp_path
) -> None:
    returned = _returned(sample, draft, tmp_path)
    lib = open_library(sample.db)
    hist = UndoHistory(lib.sessions, "editor")
    rev = hist.query(lambda s: s.get(ContentItem, sample.finding).revision)
    new_body = "Ny innledning. " + BODY.replace("gode erfaringer", "mange gode resultater")
    hist.run(UpdateItem(entity_id=sample.finding, expected_revision=rev, values={"body": new_body}))
    lib.dispose()
    code, out, err = run(capsys, sample.args("import", "review-pdf", str(returned)))
    assert code == 0, err
    assert "kept on the whole item" in out
    rows = comment_rows(sample)
    lost = next(r for r in rows if "Hvilke erfaringer?" in r.text)
    assert (lost.field, lost.text) == ("", "«gode erfaringer»: Hvilke erfaringer?")
    strike = next(r for r in rows if r.kind == "endringsforslag" and r.replacement == "")
    where = strike.selectors[1]
    assert new_body[where["start"] : where["end"]] == "i nord"  # moved with the new opening


def test_a_pdf_kursverk_did_not_make_or_a_damaged_one_is_refused(capsys, sample, tmp_path):
    other = tmp_path / "other.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(str(other))
    code, _out, err = run(capsys, sample.args("import", "review-pdf", str(other)))
    assert code == 1
    assert "not a Kursverk review draft" in err
    assert "nothing was imported" in err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    code, _out, err = run(capsys, sample.args("import", "review-pdf", str(broken)))
    assert code == 1
    assert "cannot be read" in err
    assert comment_rows(sample) == []


def test_a_failure_while_storing_leaves_the_library_unchanged(
    capsys, sample, draft, tmp_path, monkeypatch
) -> None:
    returned = _returned(sample, draft, tmp_path)
    from content.review import pdf_store

    calls = []
    real = pdf_store._store

    def failing(*args, **kw):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(*args, **kw)

    monkeypatch.setattr(pdf_store, "_store", failing)
    code, _out, err = run(capsys, sample.args("import", "review-pdf", str(returned)))
    assert code == 1
    assert "disk full" in err
    assert comment_rows(sample) == []


def test_import_without_a_file_is_a_usage_error(capsys, sample) -> None:
    code, _out, err = run(capsys, sample.args("import", "review-pdf"))
    assert code == 2
    assert "needs a FILE" in err


def test_a_reply_to_a_comment_the_draft_showed_joins_its_thread(capsys, sample, tmp_path):
    from pypdf import PdfReader
    from pypdf.generic import NameObject, TextStringObject

    from content.review.commands import AddComment

    lib = open_library(sample.db)
    shown = AddComment(
        target_type="item",
        target_id=sample.finding,
        field="body",
        start=0,
        end=4,
        text="Kilde?",
        author="Per",
    )
    UndoHistory(lib.sessions, "Per").run(shown)
    lib.dispose()
    draft = tmp_path / "draft.pdf"
    code, _out, err = run(
        capsys, sample.args("export", "review-pdf", "--module", sample.module, "-o", str(draft))
    )
    assert code == 0, err
    writer = PdfWriter(clone_from=PdfReader(str(draft)))
    for number, page in enumerate(writer.pages):
        for ref in page.get("/Annots") or []:
            if str(ref.get_object().get("/NM", "")) == f"kursverk:{shown.entity_id}":
                reply = sticky((10, 10, 30, 30), "Se rapporten s. 12", "Kari")
                reply[NameObject("/IRT")] = ref.indirect_reference
                reply[NameObject("/NM")] = TextStringObject("svar-1")
                writer.add_annotation(page_number=number, annotation=reply)
    returned = tmp_path / "returned.pdf"
    writer.write(str(returned))
    code, out, err = run(capsys, sample.args("import", "review-pdf", str(returned)))
    assert code == 0, err
    assert "1 comment added" in out
    lib = open_library(sample.db)
    try:
        with lib.read_sessions() as s:
            (thread,) = list_comments(s, "item", sample.finding)
    finally:
        lib.dispose()
    assert thread.id == shown.entity_id
    assert [(r.author, r.text) for r in thread.thread] == [("Kari", "Se rapporten s. 12")]
