"""Letters the fonts lack are named, never lost silently; deep emphasis never crashes.

Every route (ReportLab handbook, slides, handout, PPTX, KS products, and the Typst route)
is read back: the characters print as U+FFFD and a warning names the item, the field and
the characters; 2,000 levels of nested emphasis print their words.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from content.exports.snapshot import BlockSnapshot, ItemSnapshot
from content.progress import Progress
from exporters.base import ExportOptions
from exporters.fonts import PRINT, missing_glyphs, showable
from exporters.handbook import render_handbook
from exporters.handout import render_handout
from exporters.pptx_export import render_pptx
from exporters.products import render_example_collection
from exporters.slides import render_slides_pdf
from exporters.typst_pdf import render_handbook_ua
from tests.exporters.conftest import make_snapshot

if TYPE_CHECKING:
    from pathlib import Path

    from content.exports.snapshot import ExportSnapshot

OPTS = ExportOptions(invariant=True)
ROUTES = {
    "handbook": render_handbook,
    "handbook-ua": render_handbook_ua,
    "slides": render_slides_pdf,
    "handout": render_handout,
    "pptx": render_pptx,
    "examples": render_example_collection,
}
LEVELS = 2_000
CORE = "kjerneordet"


def text_of(path: Path) -> str:
    """Return the text of a PDF or PPTX (slides and notes)."""
    if path.suffix == ".pptx":
        parts = []
        for slide in Presentation(str(path)).slides:
            parts += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        return " ".join(parts)
    return " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def render(kind: str, snap: ExportSnapshot, folder: Path) -> tuple[str, list[str]]:
    """Render through one route; return the output's text and the warnings."""
    path = folder / f"out-{kind}{'.pptx' if kind == 'pptx' else '.pdf'}"
    result = ROUTES[kind](snap, path, Progress(), OPTS)
    return text_of(path), list(result.warnings)


def emoji_snapshot() -> ExportSnapshot:
    """Return a snapshot whose example item and text block hold characters no font has."""
    item = ItemSnapshot(
        id="exa-emoji",
        kind="example",
        title="Fiskeværet 🐟 i Bø",
        summary="Fiske og reiseliv.",
        body="Kinesiske turister 中文 kommer hvert år 🎉.",
        fields={"municipality": "Bø", "lessons": "Lær av 😀-kundene."},
    )
    blocks = (
        BlockSnapshot(id="b-emoji", block_type="item", item=item),
        BlockSnapshot(id="b-text", block_type="text", text="Huk av ✓ når dere er ferdige."),
    )
    snap = make_snapshot(sessions=1, modules_per_session=1, extra_blocks=blocks)
    return dataclasses.replace(snap, items=(*snap.items, item))  # the KS products print it


@pytest.mark.parametrize("kind", list(ROUTES))
def test_missing_letters_are_named_and_shown_as_replacement(tmp_path, kind):
    text, warnings = render(kind, emoji_snapshot(), tmp_path)
    for ch in "🐟🎉中✓":
        assert ch not in text
    assert "\ufffd" in text
    about = [w for w in warnings if "finnes ikke i skriften" in w]
    title = next(w for w in about if "(id exa-emoji), title" in w)
    assert "🐟 (U+1F41F)" in title
    assert "Fiskeværet" in title
    if kind != "pptx":  # slides show the title and points, the body is in every PDF route
        body = next(w for w in about if "(id exa-emoji), body" in w)
        assert "中 (U+4E2D)" in body
        assert "🎉 (U+1F389)" in body
    # letters the fonts have are never reported
    assert not any("æ" in w.split(":", 1)[-1] for w in about)


def test_a_fully_covered_snapshot_gives_no_glyph_warning(tmp_path):
    _text, warnings = render("slides", make_snapshot(sessions=1), tmp_path)
    assert not [w for w in warnings if "finnes ikke i skriften" in w]


def deep_snapshot() -> ExportSnapshot:
    """Return a snapshot with emphasis nested 2,000 levels deep in a block and an item."""
    stars = "*a " * LEVELS + CORE + " a*" * LEVELS
    mixed = "".join("*a " if i % 2 else "_a " for i in range(LEVELS)) + CORE
    mixed += "".join(" a*" if i % 2 else " a_" for i in reversed(range(LEVELS)))
    item = ItemSnapshot(id="exa-deep", kind="example", title="Dyp utheving", body=mixed)
    blocks = (
        BlockSnapshot(id="b-deep", block_type="text", text=stars),
        BlockSnapshot(id="b-deep-item", block_type="item", item=item),
    )
    return make_snapshot(sessions=1, modules_per_session=1, extra_blocks=blocks)


@pytest.mark.parametrize("kind", ["slides", "pptx", "handout", "handbook", "handbook-ua"])
def test_deeply_nested_emphasis_prints_its_words(tmp_path, kind):
    text, warnings = render(kind, deep_snapshot(), tmp_path)
    assert CORE in text.replace("\n", " ")
    nested = [w for w in warnings if "nestet dypere enn" in w]
    assert nested
    assert any("b-deep" in w for w in nested)
    assert not [w for w in warnings if "RecursionError" in w]


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet="aæøåŋšž\x01\x85\xad\ufeff\ue000😀漢"))
def test_missing_glyphs_names_each_unshown_character_once(text: str) -> None:
    """Every character the print fonts cannot show is named once, in order of appearance."""
    shown = showable(PRINT)
    assert missing_glyphs(text) == "".join(dict.fromkeys(ch for ch in text if ch not in shown))
