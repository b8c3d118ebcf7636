"""Mark up a review draft the way a PDF reader does (pypdf annotations on the mapped words)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Highlight, Text
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

from exporters.review_pdf import MAP_NAME

if TYPE_CHECKING:
    from pathlib import Path


def review_map(path: Path) -> dict:
    return json.loads(PdfReader(str(path)).attachments[MAP_NAME][0])


def _chars_of(line: dict) -> list[tuple[float, float, int]]:
    out = []
    for word in line["words"]:
        x0, _x1, a, _b, edges = word[:5]
        offs = word[5] if len(word) > 5 else range(a, a + len(edges))
        out += [(x0 + lo, x0 + hi, o) for lo, hi, o in zip([0.0, *edges[:-1]], edges, offs)]
    return out


def words_box(path: Path, field_key: str, phrase: str) -> tuple[int, list[float]]:
    """Return the page and quad points a reader's selection of the phrase covers."""
    rmap = review_map(path)
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
                y0, y1 = line["y0"] + 1, line["y1"] - 1
                quads += [x0, y1, x1, y1, x0, y0, x1, y0]
        if quads:
            return page["page"], quads
    raise AssertionError(phrase)


def markup(
    subtype: str, quads: list[float], text: str, author: str, nm: str = ""
) -> DictionaryObject:
    xs, ys = quads[0::2], quads[1::2]
    annot = Highlight(
        rect=(min(xs), min(ys), max(xs), max(ys)),
        quad_points=ArrayObject(FloatObject(q) for q in quads),
    )
    annot[NameObject("/Subtype")] = NameObject(subtype)
    annot[NameObject("/Contents")] = TextStringObject(text)
    annot[NameObject("/T")] = TextStringObject(author)
    if nm:
        annot[NameObject("/NM")] = TextStringObject(nm)
    return annot


def caret(quads: list[float], text: str, author: str) -> DictionaryObject:
    """A caret right after the last character the quads cover."""
    x = quads[2]
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Caret"),
            NameObject("/Rect"): ArrayObject(
                FloatObject(v) for v in (x - 2, quads[5], x + 4, quads[1])
            ),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/T"): TextStringObject(author),
        }
    )


def sticky(rect: tuple[float, float, float, float], text: str, author: str) -> DictionaryObject:
    note = Text(rect=rect, text=text)
    note[NameObject("/T")] = TextStringObject(author)
    return note


def margin_note(y0: float, y1: float, text: str, author: str) -> DictionaryObject:
    note = FreeText(text=text, rect=(2, y0, 40, y1))
    note[NameObject("/T")] = TextStringObject(author)
    return note


def annotate(path: Path, out: Path, annots: list[tuple[int, DictionaryObject]]) -> Path:
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for page, annot in annots:
        writer.add_annotation(page_number=page - 1, annotation=annot)
    writer.write(str(out))
    return out
