"""Read the KS product PDFs back; empty selections give a clear error, not an empty PDF."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from content.progress import Progress
from exporters.base import ExportError, ExportOptions
from exporters.products import (
    render_criteria_sheet,
    render_example_collection,
    render_indicator_appendix,
    render_model_cards,
)
from tests.exporters.conftest import SAMI, make_snapshot

OPTS = ExportOptions(invariant=True)


def _text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_criteria_sheet(tmp_path):
    path = tmp_path / "c.pdf"
    result = render_criteria_sheet(make_snapshot(), path, Progress(), OPTS)
    text = _text(path)
    assert "Årets vertskapskommune" in text
    assert "Tilgjengelighet for næringslivet" in text
    assert "40 %" in text
    assert "100 %" in text
    assert "Totalt" in text
    assert SAMI in text
    assert not result.warnings


def test_model_cards_and_matrix(tmp_path):
    path = tmp_path / "m.pdf"
    result = render_model_cards(make_snapshot(lang="en"), path, Progress(), OPTS)
    text = _text(path)
    assert result.pages == 3
    assert text.index("Trippel helix") < text.index("Vertskapsteam") < text.index("Comparison")
    assert "Actor groups" in text
    assert "kunnskapsleverandør" in text


def test_examples_grouped_by_theme(tmp_path):
    path = tmp_path / "e.pdf"
    render_example_collection(make_snapshot(), path, Progress(), OPTS)
    text = _text(path)
    assert text.index("Tema: Havbruk") < text.index("Gildeskål") < text.index("Tema: Reiseliv")
    assert text.index("Tema: Reiseliv") < text.index("Guovdageaidnu") < text.index("Tema: Vertskap")


def test_indicator_appendix(tmp_path):
    path = tmp_path / "i.pdf"
    render_indicator_appendix(make_snapshot(lang="nn"), path, Progress(), OPTS)
    text = _text(path)
    assert "Indikatorvedlegg" in text
    assert "SSB tabell 12345" in text
    assert "Målverdi" in text


@pytest.mark.parametrize(
    "render",
    [
        render_criteria_sheet,
        render_model_cards,
        render_example_collection,
        render_indicator_appendix,
    ],
)
def test_empty_selection_is_a_clear_error(tmp_path, render):
    path = tmp_path / "x.pdf"
    with pytest.raises(ExportError, match="Utvalget har ingen"):
        render(make_snapshot(items=False), path, Progress(), OPTS)
    assert not path.exists()
