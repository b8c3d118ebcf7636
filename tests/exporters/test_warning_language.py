"""Export warnings in the export's language (nb, nn, en), or the one the command line asks for."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from content.progress import Progress
from exporters import labels
from exporters.base import ExportOptions
from exporters.registry import renderer
from tests.exporters.conftest import hostile_snapshot

OPTS = ExportOptions(invariant=True)
EXPORTERS = Path(__file__).resolve().parents[2] / "exporters"

# (kind, what each language must say, words another language must not say)
EXPECTED = {
    "nb": (["lenke til «javascript:alert(1)» er fjernet", "felt text", "bilde «nope»: finnes ikke",
            "svært mange hakeparenteser"], ["lenkje", "field text", "teikn", "not found"]),
    "nn": (["lenkje til «javascript:alert(1)» er fjerna", "felt text", "bilete «nope»: finst ikkje",
            "svært mange hakeparentesar"], ["lenke til", "finnes ikke", "field text", "not found"]),
    "en": (["link to «javascript:alert(1)» removed", "field text", "image «nope»: not found",
            "very many square brackets"], ["lenke", "lenkje", "felt ", "finnes", "finst"]),
}


def _warnings(kind: str, lang: str, tmp_path: Path) -> str:
    snap = hostile_snapshot("participant", lang)
    out = tmp_path / f"{kind}-{lang}.pdf"
    result = renderer(kind)(snap, out, Progress(), OPTS)
    return "\n".join(result.warnings)


@pytest.fixture
def cli_language():
    labels.set_message_language("en")
    yield
    labels.set_message_language("")


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_handbook_warns_in_the_export_language(tmp_path, lang):
    text = _warnings("handbook", lang, tmp_path)
    must, never = EXPECTED[lang]
    for phrase in must:
        assert phrase in text, (phrase, text[:2000])
    for word in never:
        assert word not in text, (word, text[:2000])


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_slides_warn_in_the_export_language(tmp_path, lang):
    text = _warnings("slides", lang, tmp_path)
    assert EXPECTED[lang][0][0] in text, text[:2000]
    assert "lenke til" not in text
    assert "blokk h-links" not in text if lang == "en" else "blokk h-links" in text


def test_the_command_line_asks_for_english_warnings(tmp_path, cli_language):
    """The file stays nynorsk; its warnings follow the run's language."""
    text = _warnings("handbook", "nn", tmp_path)
    for phrase in EXPECTED["en"][0]:
        assert phrase in text, (phrase, text[:2000])
    assert "lenkje" not in text


def test_no_hard_coded_norwegian_warning_left_in_the_exporters():
    """Every warning text lives in exporters/labels.py (or content/markdown.py) in 3 languages."""
    norwegian = re.compile(r"\b(felt|mangler|finnes|ikke|kuttet|blokk|tegn|piksler|bilde)\b")
    found = []
    for path in EXPORTERS.glob("*.py"):
        if path.name == "labels.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and norwegian.search(text):
                found.append(f"{path.name}:{node.lineno}: {text[:60]}")
    assert not found, found


def test_every_warning_has_three_languages_with_the_same_fields():
    import string

    fields = string.Formatter()
    for key, texts in labels.WARNINGS.items():
        assert len(texts) == 3, key
        names = [{f for _, f, _, _ in fields.parse(t) if f} for t in texts]
        assert names[0] == names[1] == names[2], key
        assert texts[1] != texts[0] or not re.search(r"[a-zæøå]{4}", texts[0]) or key in {
            "field", "where_item", "where_module", "where_export", "where_text_block",
            "where_block", "block_ident", "block_problem", "on_page", "image_too_large",
        }, key
