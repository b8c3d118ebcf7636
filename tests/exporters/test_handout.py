"""Handouts: page counts for 3 and 6 slides a page, slide text, notes and safety."""

from __future__ import annotations

import math

import pdfplumber
import pytest
from pypdf import PdfReader

from content.exports.snapshot import BlockSnapshot
from content.progress import Cancelled, Progress
from exporters.base import ExportOptions, LeakError
from exporters.handout import render_handout
from exporters.slide_model import build_deck


@pytest.mark.parametrize("per_page", [3, 6])
def test_page_count_and_slides_on_pages(make_snapshot, tmp_path, per_page):
    snap = make_snapshot("participant")
    deck = build_deck(snap)
    out = tmp_path / f"handout{per_page}.pdf"
    opts = ExportOptions(handout_per_page=per_page, invariant=True)
    result = render_handout(snap, out, Progress(), opts)
    reader = PdfReader(out)
    pages = math.ceil(len(deck.slides) / per_page)
    assert result.pages == len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
        for page in pdf.pages:  # scaled slides stay inside the page
            assert all(ch["x0"] >= 0 and ch["x1"] <= page.width for ch in page.chars)
    for i, slide in enumerate(deck.slides):
        assert slide.title_lines[0] in texts[i // per_page]
    assert f"Side 1 av {pages}" in texts[0]
    assert "áčđŋšŧž" in "\n".join(texts)


def test_unknown_per_page_falls_back_to_three(make_snapshot, tmp_path):
    snap = make_snapshot("participant", sessions=1, modules_per_session=1)
    out = tmp_path / "h.pdf"
    result = render_handout(snap, out, Progress(), ExportOptions(handout_per_page=5))
    assert result.pages == math.ceil(len(build_deck(snap).slides) / 3)


def test_trainer_handout_prints_notes_participant_not(make_snapshot, tmp_path):
    opts = ExportOptions(handout_per_page=3)
    trainer, participant = tmp_path / "t.pdf", tmp_path / "p.pdf"
    render_handout(make_snapshot("trainer"), trainer, Progress(), opts)
    render_handout(make_snapshot("participant"), participant, Progress(), opts)
    text_t = "".join(p.extract_text() for p in PdfReader(trainer).pages)
    text_p = "".join(p.extract_text() for p in PdfReader(participant).pages)
    assert "Trenernotat" in text_t
    assert "Trenernotat" not in text_p


def test_leak_refused_and_cancel_leave_no_file(make_snapshot, tmp_path):
    note = "Hemmelig fasit for øvelsen: vertskapskommunen bør starte med næringsvennlig dialog."
    leak = BlockSnapshot(id="leak", block_type="text", text=note)
    snap = make_snapshot("participant", trainer_notes=True, extra_blocks=(leak,))
    with pytest.raises(LeakError):
        render_handout(snap, tmp_path / "leak.pdf", Progress(), ExportOptions())
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        render_handout(make_snapshot(), tmp_path / "c.pdf", progress, ExportOptions())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("per_page", [3, 6])
def test_trainer_handout_carries_notes_at_every_size(tmp_path, per_page):
    from tests.exporters.conftest import TRAINER_NOTE, make_snapshot

    path = tmp_path / f"h{per_page}.pdf"
    options = ExportOptions(invariant=True, handout_per_page=per_page)
    render_handout(make_snapshot("trainer"), path, Progress(), options)
    words = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)
    assert " ".join(TRAINER_NOTE.split())[:30] in words
