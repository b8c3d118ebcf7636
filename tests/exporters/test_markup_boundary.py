"""Text that looks like ReportLab markup prints as typed in every export.

Each field of the snapshot carries its own tag («Qobj», «Qbody» …) followed by the same
hostile text, so a field whose escaping was dropped fails by name: its tagged text is
missing from the output (ReportLab would have taken ``<b>`` and ``<font size=90>`` as
markup, or refused the paragraph).
"""

from __future__ import annotations

import dataclasses

import pytest
from pptx import Presentation
from pypdf import PdfReader

from content.exports.snapshot import (
    BlockSnapshot,
    CitationRef,
    ExportSnapshot,
    ItemSnapshot,
    ModuleSnapshot,
    SectionSnapshot,
    SessionSnapshot,
)
from content.progress import Progress
from exporters.base import ExportOptions
from exporters.registry import renderer, suffix

HOSTILE = "<b>a & b</b> <font size=90>x</font> &amp; <kari@vik.kommune.no>"
# Markdown fields: the autolink becomes a link that prints the address without brackets.
HOSTILE_MD = "<b>a & b</b> <font size=90>x</font> &amp; kari@vik.kommune.no"


def _t(tag: str) -> str:
    return f"{tag} {HOSTILE}"


def _items() -> dict[str, ItemSnapshot]:
    return {
        "finding": ItemSnapshot(
            id="fin-h",
            kind="finding",
            title=_t("Qitem"),
            summary=_t("Qsum"),
            body=_t("Qbody"),
            citations=(CitationRef("src-h", "12"),),
        ),
        "criterion": ItemSnapshot(
            id="cri-h",
            kind="criterion",
            title=_t("Qcrit"),
            summary=_t("Qcrisum"),
            fields={"award": "Pris", "weight": 100, "evidence_requested": [_t("Qevid")]},
        ),
        "model": ItemSnapshot(
            id="mod-h",
            kind="collaboration_model",
            title=_t("Qmodel"),
            summary=_t("Qmodsum"),
            body=_t("Qmodbody"),
            fields={"roles": [_t("Qrole")], "dynamics": _t("Qdyn")},
        ),
        "example": ItemSnapshot(
            id="exa-h",
            kind="example",
            title=_t("Qexample"),
            body=_t("Qexbody"),
            fields={"municipality": _t("Qmuni"), "lessons": _t("Qlesson")},
        ),
        "indicator": ItemSnapshot(
            id="ind-h",
            kind="indicator",
            title=_t("Qindicator"),
            fields={"definition": _t("Qdef"), "unit": "antall", "baseline": "1", "target": "2"},
        ),
    }


def hostile_markup_snapshot(lang: str = "nb") -> ExportSnapshot:
    """Return a trainer snapshot whose every printed field holds markup-like text."""
    items = _items()
    blocks = (
        BlockSnapshot(id="b-item", block_type="item", item=items["finding"]),
        BlockSnapshot(
            id="b-ex",
            block_type="exercise",
            title=_t("Qextitle"),
            text=_t("Qextext"),
            exercise_kind="reflection",
            minutes=10,
        ),
        BlockSnapshot(id="b-txt", block_type="text", title=_t("Qtxttitle"), text=_t("Qtxtbody")),
        BlockSnapshot(
            id="b-note",
            block_type="trainer_note",
            trainer_only=True,
            title=_t("Qnotetitle"),
            text=_t("Qnotetext"),
        ),
    )
    module = ModuleSnapshot(
        id="m-h",
        title=_t("Qmodule"),
        code="H-1",
        description=_t("Qmdesc"),
        objectives=(_t("Qobj"),),
        duration_minutes=60,
        sections=(SectionSnapshot(id="s-h", title=_t("Qsec"), blocks=blocks),),
    )
    return ExportSnapshot(
        scope="curriculum",
        target_id="cur-h",
        title=_t("Qdoc"),
        profile="trainer",
        lang=lang,
        programme=_t("Qprog"),
        description=_t("Qdesc"),
        sessions=(
            SessionSnapshot(id="ses-h", title=_t("Qses"), start_time="09:00", modules=(module,)),
        ),
        items=tuple(items.values()),
        sources=(
            ItemSnapshot(
                id="src-h",
                kind="source",
                title=_t("Qsource"),
                fields={"year": 2020, "publisher": _t("Qpublisher")},
            ),
        ),
    )


P, M = "plain", "markdown"
HANDBOOK = {
    "Qdoc": P, "Qprog": P, "Qdesc": M, "Qses": P, "Qmodule": P, "Qmdesc": M, "Qobj": P,
    "Qsec": P, "Qitem": P, "Qbody": M, "Qextitle": P, "Qextext": M, "Qtxtbody": M,
    "Qsource": P, "Qpublisher": P,
}  # fmt: skip
DECK = {
    "Qdoc": P, "Qprog": P, "Qses": P, "Qmodule": P, "Qobj": P, "Qitem": P, "Qsum": M,
    "Qextitle": P, "Qextext": M, "Qtxttitle": P, "Qtxtbody": M, "Qnotetitle": P, "Qnotetext": M,
}  # fmt: skip
EXPECTED: dict[str, dict[str, str]] = {
    "handbook": HANDBOOK,
    "trainer-guide": {**HANDBOOK, "Qnotetitle": P, "Qnotetext": M},
    "slides": DECK,
    "handout-3": DECK,
    "handout-6": DECK,
    "pptx": DECK,
    "criteria": {"Qcrit": P, "Qcrisum": P, "Qevid": P},
    "models": {"Qmodel": P, "Qmodsum": P, "Qmodbody": M, "Qrole": P, "Qdyn": M},
    "examples": {"Qexample": P, "Qexbody": M, "Qmuni": P, "Qlesson": M},
    "indicators": {"Qindicator": P, "Qdef": P, "Qdoc": P},
}


def render_text(case: str, snap: ExportSnapshot, tmp_path) -> tuple[str, list[str]]:
    """Render one export case; return its text without whitespace, and its warnings."""
    kind, _, per_page = case.partition("-") if case.startswith("handout") else (case, "", "")
    path = tmp_path / f"{case}{suffix(kind)}"
    options = ExportOptions(handout_per_page=int(per_page or 3), invariant=True)
    warnings = renderer(kind)(snap, path, Progress(), options).warnings
    if kind == "pptx":
        texts = []
        for slide in Presentation(str(path)).slides:
            texts += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
            if slide.has_notes_slide:
                texts.append(slide.notes_slide.notes_text_frame.text)
        return "".join("".join(texts).split()), warnings
    pages = PdfReader(str(path)).pages
    return "".join("".join(page.extract_text() or "" for page in pages).split()), warnings


def _folded(text: str) -> str:
    return "".join(text.split())


def _faithful(printed: str, expected: str) -> bool:
    """Return whether printed text starts with expected, or with a part of it cut by «…»."""
    cut = printed.find("…")
    return printed.startswith(expected) or (cut >= 0 and expected.startswith(printed[:cut]))


def _unfaithful(text: str, tag: str) -> list[str]:
    """Return each printing of a tagged field that is not as typed (plain or as Markdown)."""
    forms = [_folded(f"{tag} {HOSTILE}"), _folded(f"{tag} {HOSTILE_MD}")]
    bad, start = [], 0
    while (found := text.find(tag, start)) >= 0:
        printed = text[found : found + len(forms[0])]
        if not any(_faithful(printed, form) for form in forms):
            bad.append(printed)
        start = found + len(tag)
    return bad


@pytest.mark.parametrize("case", list(EXPECTED))
def test_markup_in_every_field_prints_as_typed(case, tmp_path):
    text, warnings = render_text(case, hostile_markup_snapshot(), tmp_path)
    assert not warnings, f"{case}: {warnings}"
    for tag, form in EXPECTED[case].items():
        expected = _folded(f"{tag} {HOSTILE if form == P else HOSTILE_MD}")
        assert expected in text, f"{case}: {tag} is not printed as typed"
        # every other place the field shows (agenda, matrix, running header) is faithful too
        assert not _unfaithful(text, tag), (case, _unfaithful(text, tag))
    for mangled in ("&amp;amp;", "&lt;", "&gt;", "amp#", "&#"):
        assert mangled not in text, (case, mangled)


def test_snapshot_is_complete():
    """Every tag the test expects is in the snapshot, and no tag is the start of another."""
    text = repr(dataclasses.asdict(hostile_markup_snapshot()))
    tags = {tag for expected in EXPECTED.values() for tag in expected}
    for tag in tags:
        assert f"{tag} <b>" in text, tag
        assert not [other for other in tags if other != tag and other.startswith(tag)], tag
