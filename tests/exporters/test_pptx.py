"""PPTX export: text in placeholders, notes per profile, clean XML, LibreOffice opens it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Pt
from pypdf import PdfReader

from content.exports.snapshot import BlockSnapshot
from content.progress import Cancelled, Progress
from exporters.base import ExportOptions, LeakError
from exporters.pptx_export import render_pptx
from exporters.slide_model import build_deck

OPTS = ExportOptions(invariant=True)
XML_ILLEGAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _render(snapshot, path):
    render_pptx(snapshot, path, Progress(), OPTS)
    return Presentation(str(path))


def test_slides_are_text_in_placeholders(make_snapshot, tmp_path):
    snap = make_snapshot("participant")
    deck = build_deck(snap)
    prs = _render(snap, tmp_path / "deck.pptx")
    assert (prs.slide_width, prs.slide_height) == (Pt(960), Pt(540))
    slides = list(prs.slides)
    assert len(slides) == len(deck.slides)
    for model, slide in zip(deck.slides, slides):
        assert slide.shapes.title.text_frame.text == " ".join(model.title_lines)
        if model.bullets:
            body = slide.placeholders[1]
            assert [p.text for p in body.text_frame.paragraphs] == [b.text for b in model.bullets]
        assert not any(sh.shape_type == 13 for sh in slide.shapes)  # no pictures
    fonts = {
        r.font.name
        for s in slides
        for sh in s.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
        for r in p.runs
    }
    assert fonts == {"Noto Sans"}


def test_notes_for_trainer_only(make_snapshot, tmp_path):
    trainer = _render(make_snapshot("trainer"), tmp_path / "t.pptx")
    notes = [s.notes_slide.notes_text_frame.text for s in trainer.slides if s.has_notes_slide]
    assert any("Be deltakerne tenke på egen kommune" in n for n in notes)
    participant = _render(make_snapshot("participant", trainer_notes=True), tmp_path / "p.pptx")
    assert not any(s.has_notes_slide for s in participant.slides)
    with zipfile.ZipFile(tmp_path / "p.pptx") as z:
        blob = b"".join(z.read(n) for n in z.namelist())
    assert b"Trenernotat" not in blob


def test_no_control_chars_or_unsafe_links(hostile_snapshot, make_snapshot, tmp_path):
    block = BlockSnapshot(id="c", block_type="text", title="Til\x07tak", text="a\x0bb\x1f c\x00")
    snap = make_snapshot("participant", extra_blocks=(block,))
    for name, s in (("ctl.pptx", snap), ("hostile.pptx", hostile_snapshot("participant"))):
        render_pptx(s, tmp_path / name, Progress(), OPTS)
        with zipfile.ZipFile(tmp_path / name) as z:
            for member in z.namelist():
                if not member.endswith((".xml", ".rels")):
                    continue  # the template's binary printer settings
                data = z.read(member)
                assert not XML_ILLEGAL.search(data), member
                for target in re.findall(rb'Target="([^"]*)"[^>]*TargetMode="External"', data):
                    assert target.lower().startswith((b"http://", b"https://", b"mailto:"))
                assert b"hlinkClick" not in data, member


def test_leak_refused_and_cancel_leave_no_file(make_snapshot, tmp_path):
    note = "Hemmelig fasit for øvelsen: vertskapskommunen bør starte med næringsvennlig dialog."
    leak = BlockSnapshot(id="leak", block_type="text", text=note)
    snap = make_snapshot("participant", trainer_notes=True, extra_blocks=(leak,))
    with pytest.raises(LeakError):
        render_pptx(snap, tmp_path / "leak.pptx", Progress(), OPTS)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        render_pptx(make_snapshot(), tmp_path / "c.pptx", progress, OPTS)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_libreoffice_converts_pptx(make_snapshot, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not on PATH; cannot check the PPTX opens")
    snap = make_snapshot("trainer", sessions=1, modules_per_session=1)
    src = tmp_path / "deck.pptx"
    render_pptx(snap, src, Progress(), OPTS)
    profile = tmp_path / "lo-profile"
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp_path / "out"),
        str(src),
    ]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)
    pdf = tmp_path / "out" / "deck.pdf"
    assert proc.returncode == 0, proc.stderr
    assert pdf.exists(), proc.stderr
    reader = PdfReader(pdf)
    deck = build_deck(snap)
    assert len(reader.pages) == len(deck.slides)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    for slide in deck.slides:
        assert " ".join(slide.title_lines) in text
        for bullet in slide.bullets:
            assert bullet.text in text
    assert "áčđŋšŧž" in text


def test_every_slide_and_notes_page_is_its_own(make_snapshot, tmp_path):
    """Slides are numbered and related one by one and their placeholders copied per
    layout: each slide has its own ids, placeholders and notes page, in deck order."""
    snap = make_snapshot("trainer")
    deck = build_deck(snap)
    prs = _render(snap, tmp_path / "t.pptx")
    slides = list(prs.slides)
    assert [s.slide_id for s in slides] == list(range(256, 256 + len(slides)))
    assert len({s.part.partname for s in slides}) == len(slides)
    for model, slide in zip(deck.slides, slides, strict=True):
        ids = [sh.shape_id for sh in slide.shapes]
        assert len(ids) == len(set(ids))
        assert slide.shapes.title.text_frame.text == " ".join(model.title_lines)
        if model.notes:
            page = slide.notes_slide
            assert page.notes_text_frame.text == model.notes
            assert page.part.part_related_by(RT.SLIDE) is slide.part
        else:
            assert not slide.has_notes_slide
    titles = [sh for s in slides for sh in s.placeholders if sh.placeholder_format.idx == 0]
    assert len({id(t._element) for t in titles}) == len(slides)  # no element shared
