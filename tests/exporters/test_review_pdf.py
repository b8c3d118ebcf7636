"""The review draft round trip: export, mark up as a PDF reader does, read back."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Text
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

from content.exports.snapshot import (
    BlockSnapshot,
    CommentSnapshot,
    ExportSnapshot,
    ItemSnapshot,
    ModuleSnapshot,
    SectionSnapshot,
    SessionSnapshot,
)
from content.progress import Progress
from content.review.pdf_import import ReviewPdfError, read_review_pdf
from exporters.base import ExportOptions
from exporters.review_pdf import render_review_pdf
from tests.cli.review_marks import annotate, markup, review_map, words_box

if TYPE_CHECKING:
    from pathlib import Path

BODY = (
    "Samarbeid mellom **kommune** og næringsliv gir arbeidsplasser.\n"
    "Vertskapskommunen lytter til [bedriftene](https://ks.no) og følger opp.\n\n"
    "- Første punkt om næringsliv\n- Andre punkt om Sámi: áčđŋšŧž"
)
SUMMARY = "Kort om samarbeid og næringsliv."
NOTE = "Spør deltakerne hva næringsliv betyr for dem."


def _snapshot(comments: tuple[CommentSnapshot, ...] = ()) -> ExportSnapshot:
    item = ItemSnapshot(
        id="item-1", kind="finding", title="Samspill", summary=SUMMARY, body=BODY, revision=3
    )
    blocks = (
        BlockSnapshot(id="b1", block_type="item", item=item),
        BlockSnapshot(
            id="b2", block_type="trainer_note", trainer_only=True, title="Til kursholder", text=NOTE
        ),
    )
    module = ModuleSnapshot(
        id="mod-1",
        title="Modul",
        code="M1",
        revision=5,
        sections=(SectionSnapshot("s1", "Del 1", blocks),),
    )
    return ExportSnapshot(
        scope="module",
        target_id="mod-1",
        title="Modul M1",
        profile="trainer",
        sessions=(SessionSnapshot("x", "Samling", 1, modules=(module,)),),
        comments=comments,
    )


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.pdf"
    render_review_pdf(_snapshot(), path, Progress(), ExportOptions(invariant=True))
    return path


def test_draft_prints_visible_text_with_watermark_and_map(draft: Path) -> None:
    reader = PdfReader(str(draft))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "UTKAST" in text
    assert "Samarbeid mellom kommune og næringsliv" in text
    assert "**" not in text
    assert "](" not in text
    assert "áčđŋšŧž" in text
    rmap = review_map(draft)
    assert set(rmap["fields"]) == {
        "item:item-1:summary",
        "item:item-1:body",
        "module:mod-1:blocks/b2/text",
    }


def test_highlight_strikeout_caret_and_notes_come_back_on_the_source(
    draft: Path, tmp_path: Path
) -> None:
    body = "item:item-1:body"
    page, quads = words_box(draft, body, "kommune** og næringsliv")
    _p2, strike = words_box(draft, body, "følger opp")
    _p3, caret_at = words_box(draft, body, "lytter")
    caret = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Caret"),
            NameObject("/Rect"): ArrayObject(
                FloatObject(v) for v in (caret_at[2] - 2, caret_at[5], caret_at[2] + 4, caret_at[1])
            ),
            NameObject("/Contents"): TextStringObject("nøye"),
            NameObject("/T"): TextStringObject("Kari"),
        }
    )
    note = Text(rect=(300, 300, 320, 320), text="Dette avsnittet er for langt")
    note[NameObject("/T")] = TextStringObject("Ola")
    _p4, beside = words_box(draft, body, "Vertskapskommunen")
    margin = FreeText(text="Generelt: bra!", rect=(2, beside[5], 40, beside[1]))
    margin[NameObject("/T")] = TextStringObject("Ola")
    out = annotate(
        draft,
        tmp_path / "returned.pdf",
        [
            (page, markup("/Highlight", quads, "Hvilken kommune?", "Kari")),
            (page, markup("/StrikeOut", strike, "", "Kari")),
            (page, caret),
            (page, margin),
        ],
    )
    result = read_review_pdf(out)
    by_kind = {(m.kind, m.replacement is not None and m.replacement != ""): m for m in result.marks}
    highlight = next(m for m in result.marks if m.text == "Hvilken kommune?")
    assert BODY[highlight.start : highlight.end] == "kommune** og næringsliv"
    assert (highlight.entity_id, highlight.field, highlight.revision, highlight.author) == (
        "item-1",
        "body",
        3,
        "Kari",
    )
    strike_mark = next(
        m for m in result.marks if m.kind == "endringsforslag" and m.replacement == ""
    )
    assert BODY[strike_mark.start : strike_mark.end] == "følger opp"
    insert = next(m for m in result.marks if m.replacement and "nøye" in m.replacement)
    assert BODY[insert.start : insert.end] == "lytter"
    assert insert.replacement == "lytter nøye"
    margin_mark = next(m for m in result.marks if m.text == "Generelt: bra!")
    assert margin_mark.field == ""
    assert margin_mark.entity_id == "item-1"
    assert len(by_kind) >= 2


def test_text_marked_across_two_fields_gives_two_drafts(draft: Path, tmp_path: Path) -> None:
    page, q1 = words_box(draft, "item:item-1:summary", "og næringsliv")
    page2, q2 = words_box(draft, "item:item-1:body", "Samarbeid mellom")
    assert page == page2
    out = annotate(
        draft, tmp_path / "two.pdf", [(page, markup("/Highlight", q1 + q2, "Begge", "Kari"))]
    )
    marks = read_review_pdf(out).marks
    assert [(m.field, m.quote) for m in marks] == [
        ("summary", "og næringsliv"),
        ("body", "Samarbeid mellom"),
    ]
    assert len({m.key for m in marks}) == 2


def test_reimport_gives_the_same_keys(draft: Path, tmp_path: Path) -> None:
    page, quads = words_box(draft, "item:item-1:body", "arbeidsplasser")
    out = annotate(
        draft, tmp_path / "r.pdf", [(page, markup("/Highlight", quads, "Tall?", "Kari"))]
    )
    assert [m.key for m in read_review_pdf(out).marks] == [
        m.key for m in read_review_pdf(out).marks
    ]


def test_open_comments_are_drawn_and_not_read_back(tmp_path: Path) -> None:
    start = BODY.index("næringsliv gir")
    comment = CommentSnapshot(
        "c1", "item", "item-1", "body", start, start + 14, "kommentar", "Per", "Kilde?"
    )
    path = tmp_path / "with.pdf"
    render_review_pdf(_snapshot((comment,)), path, Progress(), ExportOptions(invariant=True))
    annots = [a.get_object() for p in PdfReader(str(path)).pages for a in (p.get("/Annots") or [])]
    assert any(a["/Subtype"] == "/Highlight" and "Kilde?" in a["/Contents"] for a in annots)
    assert read_review_pdf(path).marks == []


def test_a_pdf_kursverk_did_not_make_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(str(other))
    with pytest.raises(ReviewPdfError, match="not a Kursverk review draft"):
        read_review_pdf(other)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    with pytest.raises(ReviewPdfError):
        read_review_pdf(broken)
