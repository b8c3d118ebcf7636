"""Slide deck model and slide PDF: read back text, order, numbers, fonts, page box and safety."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pdfplumber
import pytest
from pypdf import PdfReader

from content.exports.snapshot import BlockSnapshot, ItemSnapshot, ModuleSnapshot, SectionSnapshot
from content.progress import Cancelled, Progress
from exporters.base import ExportOptions, LeakError
from exporters.slide_model import BODY_SIZE, build_deck, clean, markdown_points
from exporters.slides import render_slides_pdf

if TYPE_CHECKING:
    from pathlib import Path

SAMI = "áčđŋšŧž"
OPTS = ExportOptions(invariant=True)


def _render(snapshot, tmp_path: Path, name: str = "slides.pdf") -> Path:
    out = tmp_path / name
    render_slides_pdf(snapshot, out, Progress(), OPTS)
    return out


def _module_snapshot(make_snapshot, blocks: tuple[BlockSnapshot, ...], profile: str = "trainer"):
    base = make_snapshot(profile, sessions=1, modules_per_session=1)
    module = ModuleSnapshot(
        id="m-x",
        title="Lang modul",
        code="L-1",
        sections=(SectionSnapshot(id="s-x", title="Del", blocks=blocks),),
    )
    session = dataclasses.replace(base.sessions[0], modules=(module,))
    return dataclasses.replace(base, scope="module", sessions=(session,))


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Return each font's name and whether its file is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font_ref in page["/Resources"]["/Font"].values():
            font = font_ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def test_slide_pdf_pages_titles_and_numbers(make_snapshot, tmp_path):
    snap = make_snapshot("participant")
    deck = build_deck(snap)
    reader = PdfReader(_render(snap, tmp_path))
    total = len(deck.slides)
    assert len(reader.pages) == total
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (960.0, 540.0)
    texts = [page.extract_text() for page in reader.pages]
    for slide, text in zip(deck.slides, texts):
        assert slide.title_lines[0] in text
        if slide.layout != "cover":
            assert f"{slide.number} / {total}" in text
    assert deck.slides[0].layout == "cover"
    assert [s.title for s in deck.slides if s.layout == "title"][:2] == [
        "Modul 1: Vertskap og samarbeid",
        "Modul 2: Vertskap og samarbeid",
    ]


def test_slide_order_follows_module(make_snapshot):
    deck = build_deck(make_snapshot("participant", sessions=1, modules_per_session=1))
    layouts = [(s.layout, s.kicker) for s in deck.slides]
    assert layouts[:3] == [
        ("cover", ""),
        ("title", "Samling 1: Vertskap i praksis"),
        ("content", "VK-01"),
    ]
    titles = [s.title for s in deck.slides]
    assert titles.index("Læringsmål") < titles.index("Funn 1: Tidlig dialog gir raskere etablering")
    assert titles.index("Refleksjon") < titles.index("Gruppeoppgave")


def test_fonts_embedded_and_letters_intact(make_snapshot, tmp_path):
    out = _render(make_snapshot("participant"), tmp_path)
    fonts = _fonts(PdfReader(out))
    assert fonts, fonts
    assert all(fonts.values()), fonts
    assert all("NotoSans" in name for name in fonts), fonts
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert SAMI in text
    assert SAMI.upper() in text
    assert "æøå ÆØÅ" in text


def test_no_char_outside_page_and_no_unsafe_links(hostile_snapshot, tmp_path):
    out = tmp_path / "hostile.pdf"
    result = render_slides_pdf(hostile_snapshot("participant"), out, Progress(), OPTS)
    assert result.warnings  # the giant texts were cut, and said so
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                assert ch["x0"] >= 0, ch["text"]
                assert ch["x1"] <= page.width + 0.01, ch["text"]
                assert ch["top"] >= 0, ch["text"]
                assert ch["bottom"] <= page.height + 0.01, ch["text"]
    for page in PdfReader(out).pages:
        for annot in page.get("/Annots") or []:
            uri = str(annot.get_object().get("/A", {}).get("/URI", ""))
            assert uri.lower().startswith(("http://", "https://", "mailto:")), uri


def test_long_content_continues_at_same_size(make_snapshot):
    long = " ".join(f"Punkt {n} om vertskap og samarbeid med næringslivet." for n in range(60))
    item = ItemSnapshot(id="i-long", kind="finding", title="Et langt funn", summary=long)
    snap = _module_snapshot(make_snapshot, (BlockSnapshot(id="b", block_type="item", item=item),))
    slides = [s for s in build_deck(snap).slides if s.title == "Et langt funn"]
    assert len(slides) >= 2
    assert "(forts.)" in slides[1].title_lines[-1]
    assert not slides[0].continued
    assert not slides[1].bullets[0].marker  # the rest of a split bullet has no new marker
    words = " ".join(ln for s in slides for b in s.bullets for ln in b.lines).split()
    assert words == long.split()  # nothing lost or duplicated across the split
    assert BODY_SIZE >= 20


def test_display_title_and_exercise(make_snapshot):
    deck = build_deck(make_snapshot("participant", sessions=1, modules_per_session=1))
    heading = next(s for s in deck.slides if s.layout == "heading")
    assert heading.title.startswith("Kautokeino")
    assert not heading.bullets
    ex = next(s for s in deck.slides if s.title == "Gruppeoppgave")
    assert ex.layout == "exercise"
    assert ex.badge == "25 min"
    assert [b.text for b in ex.bullets] == [
        "Diskuter i grupper på fire: hvilke barrierer ser dere?"
    ]


def test_trainer_notes_only_for_trainer(make_snapshot):
    trainer = build_deck(make_snapshot("trainer"))
    noted = [s for s in trainer.slides if s.notes]
    assert noted
    assert "Be deltakerne tenke på egen kommune" in noted[0].notes
    assert all("Trenernotat" not in t for s in trainer.slides for t in s.visible_texts())
    participant = build_deck(make_snapshot("participant", trainer_notes=True))
    assert not any(s.notes for s in participant.slides)


def test_control_characters_are_removed(make_snapshot, tmp_path):
    block = BlockSnapshot(
        id="c", block_type="text", title="Til\x07tak\x00", text="a\x0bb\x1f c\u2028d"
    )
    snap = _module_snapshot(make_snapshot, (block,), "participant")
    deck = build_deck(snap)
    texts = [t for s in deck.slides for t in s.visible_texts()]
    assert all(not any(ord(ch) < 32 for ch in t) for t in texts)
    assert clean("x\x01y\nz\tw\ufffe") == "xy\nz\tw"
    _render(snap, tmp_path)


def test_markdown_points_are_plain_text():
    points = markdown_points("Hei **du** [KS](https://ks.no)\n\n- en\n    - to\n\n<b>rå</b> &amp;")
    assert [tuple(p) for p in points] == [
        (0, "Hei du KS", True),
        (0, "en", True),
        (1, "to", True),
        (0, "<b>rå</b> &amp;", True),
    ]
    numbered = markdown_points("3. tre\n4. fire")
    assert [(p.text, p.marker) for p in numbered] == [("3. tre", False), ("4. fire", False)]


def test_participant_leak_is_refused_and_no_file_left(make_snapshot, tmp_path):
    note = (
        "Trenernotat: Be deltakerne tenke på egen kommune før dere viser svaret. "
        "Hold av ti minutter til oppsummering i plenum."
    )
    leak = BlockSnapshot(id="leak", block_type="text", text=note)
    snap = make_snapshot("participant", trainer_notes=True, extra_blocks=(leak,))
    out = tmp_path / "leak.pdf"
    with pytest.raises(LeakError):
        render_slides_pdf(snap, out, Progress(), OPTS)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file_and_keeps_old_one(make_snapshot, tmp_path):
    out = tmp_path / "slides.pdf"
    out.write_bytes(b"old")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        render_slides_pdf(make_snapshot("participant"), out, progress, OPTS)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["slides.pdf"]


def test_result_and_progress(make_snapshot, tmp_path):
    progress = Progress()
    out = tmp_path / "s.pdf"
    result = render_slides_pdf(make_snapshot("trainer"), out, progress, OPTS)
    assert result.pages == len(PdfReader(out).pages)
    assert len(result.sha256) == 64
    assert progress.fraction == 1.0
    again = render_slides_pdf(make_snapshot("trainer"), tmp_path / "t.pdf", Progress(), OPTS)
    assert again.sha256 == result.sha256  # invariant output is reproducible


def _words(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_trainer_slides_carry_the_notes_and_participant_slides_do_not(tmp_path):
    from tests.exporters.conftest import TRAINER_NOTE, make_snapshot

    note_start = " ".join(TRAINER_NOTE.split())[:40]
    trainer = render_slides_pdf(make_snapshot("trainer"), tmp_path / "t.pdf", Progress(), OPTS)
    plain = render_slides_pdf(make_snapshot("participant"), tmp_path / "p.pdf", Progress(), OPTS)
    assert note_start in _words(tmp_path / "t.pdf")
    assert note_start not in _words(tmp_path / "p.pdf")
    assert trainer.pages > plain.pages  # a notes page follows each slide with notes
    assert trainer.pages == len(PdfReader(str(tmp_path / "t.pdf")).pages)
