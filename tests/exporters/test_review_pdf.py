"""The review draft round trip: export, mark up as a PDF reader does, read back."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Highlight, Text
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
from exporters.review_pdf import MAP_NAME, render_review_pdf

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


def _map(path: Path) -> dict:
    import json

    return json.loads(PdfReader(str(path)).attachments[MAP_NAME][0])


def _words_box(path: Path, field_key: str, phrase: str) -> tuple[int, list[float]]:
    """Find the page and quad points of a phrase the way a reader's selection covers it."""
    rmap = _map(path)
    source = rmap["fields"][field_key]["source"]
    start = source.index(phrase)
    end = start + len(phrase)
    for page in rmap["pages"]:
        quads: list[float] = []
        for line in page["lines"]:
            if line["field"] != field_key:
                continue
            xs = [
                x
                for left, right, off in _chars_of(line)
                if start <= off < end
                for x in (left, right)
            ]
            if xs:
                x0, x1 = min(xs), max(xs)
                quads += [
                    x0,
                    line["y1"] - 1,
                    x1,
                    line["y1"] - 1,
                    x0,
                    line["y0"] + 1,
                    x1,
                    line["y0"] + 1,
                ]
        if quads:
            return page["page"], quads
    raise AssertionError(phrase)


def _chars_of(line: dict) -> list[tuple[float, float, int]]:
    """Every character of a mapped line: left, right and source offset."""
    out = []
    for word in line["words"]:
        x0, _x1, a, _b, edges = word[:5]
        offs = word[5] if len(word) > 5 else range(a, a + len(edges))
        out += [(x0 + lo, x0 + hi, o) for lo, hi, o in zip([0.0, *edges[:-1]], edges, offs)]
    return out


def _annotate(path: Path, out: Path, annots: list[tuple[int, DictionaryObject]]) -> Path:
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for page, annot in annots:
        writer.add_annotation(page_number=page - 1, annotation=annot)
    writer.write(str(out))
    return out


def _markup(subtype: str, quads: list[float], text: str, author: str) -> DictionaryObject:
    xs, ys = quads[0::2], quads[1::2]
    annot = Highlight(
        rect=(min(xs), min(ys), max(xs), max(ys)),
        quad_points=ArrayObject(FloatObject(q) for q in quads),
    )
    annot[NameObject("/Subtype")] = NameObject(subtype)
    annot[NameObject("/Contents")] = TextStringObject(text)
    annot[NameObject("/T")] = TextStringObject(author)
    return annot


def test_draft_prints_visible_text_with_watermark_and_map(draft: Path) -> None:
    reader = PdfReader(str(draft))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "UTKAST" in text
    assert "Samarbeid mellom kommune og næringsliv" in text
    assert "**" not in text
    assert "](" not in text
    assert "áčđŋšŧž" in text
    rmap = _map(draft)
    assert set(rmap["fields"]) == {
        "item:item-1:summary",
        "item:item-1:body",
        "module:mod-1:blocks/b2/text",
    }


def test_highlight_strikeout_caret_and_notes_come_back_on_the_source(
    draft: Path, tmp_path: Path
) -> None:
    body = "item:item-1:body"
    page, quads = _words_box(draft, body, "kommune** og næringsliv")
    _p2, strike = _words_box(draft, body, "følger opp")
    _p3, caret_at = _words_box(draft, body, "lytter")
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
    _p4, beside = _words_box(draft, body, "Vertskapskommunen")
    margin = FreeText(text="Generelt: bra!", rect=(2, beside[5], 40, beside[1]))
    margin[NameObject("/T")] = TextStringObject("Ola")
    out = _annotate(
        draft,
        tmp_path / "returned.pdf",
        [
            (page, _markup("/Highlight", quads, "Hvilken kommune?", "Kari")),
            (page, _markup("/StrikeOut", strike, "", "Kari")),
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
    page, q1 = _words_box(draft, "item:item-1:summary", "og næringsliv")
    page2, q2 = _words_box(draft, "item:item-1:body", "Samarbeid mellom")
    assert page == page2
    out = _annotate(
        draft, tmp_path / "two.pdf", [(page, _markup("/Highlight", q1 + q2, "Begge", "Kari"))]
    )
    marks = read_review_pdf(out).marks
    assert [(m.field, m.quote) for m in marks] == [
        ("summary", "og næringsliv"),
        ("body", "Samarbeid mellom"),
    ]
    assert len({m.key for m in marks}) == 2


def test_reimport_gives_the_same_keys(draft: Path, tmp_path: Path) -> None:
    page, quads = _words_box(draft, "item:item-1:body", "arbeidsplasser")
    out = _annotate(
        draft, tmp_path / "r.pdf", [(page, _markup("/Highlight", quads, "Tall?", "Kari"))]
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
