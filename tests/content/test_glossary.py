"""One word per concept (docs/glossary.md) in the UI, the exports, the messages and starter data.

The test reads what a user can see: the UI translations (gui/i18n/*.ts), the export labels and
warnings (exporters/labels.py), the content messages (content/i18n.py) and the starter library
(content/starter/source.py, and the shipped bundle built from it), and fails on any word the
glossary rejects, on a straight apostrophe, and on «Fase ut»/«Utfas» used as a command.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from content import i18n
from content.starter import source as starter
from content.starter.build import BUNDLE_PATH
from exporters import labels

ROOT = Path(__file__).resolve().parents[2]

REJECTED = [
    r"kursleder\w*",
    r"kursholder\w*",
    r"kursleiar\w*",
    r"kurshaldar\w*",
    r"kursledermanual",
    r"trenermanual",
    r"deltakerhefte\w*",
    r"deltakarhefte\w*",
    r"priskriteri\w*",
    r"poengskjema\w*",
    r"utgått",
    r"låst til versjon",
    r"lysark\w*",
]
REJECTED_RE = re.compile(r"\b(" + "|".join(REJECTED) + r")\b", re.IGNORECASE)
# «Fas ut» is the command; «Fase ut» and «Utfas» as a label are not Norwegian commands.
WRONG_COMMAND = re.compile(r"(^|[&\s])(Fase ut|Utfas|Utfase)\b")
APOSTROPHE = re.compile(r"[A-Za-zÆØÅæøå]'[A-Za-zÆØÅæøå]")  # «it's» in code constants
TEXT_APOSTROPHE = re.compile(r"[A-Za-zÆØÅæøå]'(?=[\s.,;:)A-Za-zÆØÅæøå]|$)")  # also «KS' »


def _ts_texts(lang: str) -> list[str]:
    root = ET.parse(ROOT / "gui" / "i18n" / f"kursverk_{lang}.ts").getroot()
    out = []
    for message in root.iter("message"):
        out.append(message.findtext("source") or "")
        out.append(message.findtext("translation") or "")
    return out


def _label_texts() -> list[str]:
    tables = [labels.LABELS, labels.FIELDS, labels.WARNINGS]
    return [t for table in tables for row in table.values() for t in row]


def _message_texts() -> list[str]:
    return [t for cat in (i18n.NB, i18n.NN) for pair in cat.items() for t in pair]


def _strings_of(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings_of(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings_of(v)]
    return []


def _starter_texts() -> list[str]:
    texts = _strings_of([starter.ITEMS, starter.MODULES, starter.CURRICULA])
    with zipfile.ZipFile(BUNDLE_PATH) as bundle:
        for name in bundle.namelist():
            if name.endswith(".json"):
                texts.append(bundle.read(name).decode("utf-8"))
    return texts


SOURCES = {
    "UI bokmål": lambda: _ts_texts("nb"),
    "UI nynorsk": lambda: _ts_texts("nn"),
    "UI English": lambda: _ts_texts("en"),
    "export labels": _label_texts,
    "content messages": _message_texts,
    "starter library": _starter_texts,
}


@pytest.mark.parametrize("where", list(SOURCES))
def test_no_rejected_synonym(where):
    texts = SOURCES[where]()
    assert len(texts) > 20
    found = sorted({m.group(0) for t in texts for m in REJECTED_RE.finditer(t)})
    assert found == [], f"{where} uses words docs/glossary.md rejects: {found}"


@pytest.mark.parametrize("where", list(SOURCES))
def test_fas_ut_and_typographic_apostrophes(where):
    texts = SOURCES[where]()
    assert [t[:80] for t in texts if WRONG_COMMAND.search(t)] == []
    assert [m.group(0) for t in texts for m in TEXT_APOSTROPHE.finditer(t)] == []


def test_the_chosen_words_are_used():
    nb = dict(zip(_ts_texts("nb")[::2], _ts_texts("nb")[1::2], strict=True))
    nn = dict(zip(_ts_texts("nn")[::2], _ts_texts("nn")[1::2], strict=True))
    assert nb["Trainer guide (PDF)"] == "Trenerveiledning (PDF)"
    assert nn["Trainer guide (PDF)"] == "Trenarrettleiing (PDF)"
    assert nb["Participant handbook (PDF)"] == "Deltakerhåndbok (PDF)"
    assert nn["Participant handbook (PDF)"] == "Deltakarhandbok (PDF)"
    assert nb["Retire"] == nn["Retire"] == "Fas ut"
    assert "kåringskriterier" in nb["Award criteria scoring sheet (PDF)"]
    assert labels.label("handbook", "nb") == "Deltakerhåndbok"
    assert labels.label("trainer_guide", "nb") == "Trenerveiledning"
    notes = [
        block["title"]
        for module in starter.MODULES
        for section in module["sections"]
        for block in section["blocks"]
        if block.get("block_type") == "trainer_note"
    ]
    assert notes
    assert set(notes) == {"Til treneren"}  # as the PDFs head a trainer note


def test_no_straight_apostrophe_in_any_user_facing_string_of_the_code():
    """Every string constant in the front ends, rules and exporters (docstrings aside)."""
    found = []
    for package in ("cli", "content", "exporters", "gui", "tools"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docs = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                and node.body and isinstance(node.body[0], ast.Expr)
            }
            for node in ast.walk(tree):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                        and id(node) not in docs and APOSTROPHE.search(node.value)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]}")
    assert found == []
