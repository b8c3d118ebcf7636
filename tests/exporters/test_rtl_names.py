"""Right-to-left names print in the PDF/UA route and are said, not mangled, in print.

(And the PDF/UA route's Typst worker: a cancel ends it, a Typst error is reported.)

A snapshot holds a Northern Sami name, an Arabic and a Hebrew name, in an item's title and
body and in a text block. The Typst PDF/UA route prints them with the bundled Noto Sans
Arabic and Hebrew fonts (read back in logical order by pdftotext, fonts embedded, the
PDF/UA checker content) without a warning; the ReportLab print route cannot shape or order
right-to-left text, so it shows U+FFFD and warns naming the item, the field and the letters.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pikepdf
import pytest
from pypdf import PdfReader

from content.exports.snapshot import BlockSnapshot, ItemSnapshot
from content.progress import Cancelled, Progress
from exporters import typst_pdf
from exporters.base import ExportOptions
from exporters.glyphs import fit_snapshot
from exporters.handbook import render_handbook
from exporters.handout import render_handout
from exporters.typst_pdf import render_handbook_ua
from tests.exporters.conftest import make_snapshot
from tests.exporters.test_pdf_ua import assert_checker_passes, assert_fonts, pdftotext

if TYPE_CHECKING:
    from pathlib import Path

    from content.exports.snapshot import ExportSnapshot

OPTS = ExportOptions(invariant=True)
SAMI_NAME = "Kári Ánte Ŋuolggas"
ARABIC = "محمد"
HEBREW = "שלום"
TITLE = f"Vertskap for {ARABIC} og {HEBREW}"
BODY_LINE = f"Deltakerne {ARABIC} og {HEBREW} i Bø: {SAMI_NAME} ønsker velkommen."
BLOCK_LINE = f"Kontakt: {ARABIC} (tlf. 12345678) og {HEBREW}."
# the embedding controls poppler wraps around right-to-left runs (RLE … PDF and kin)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def names_snapshot() -> ExportSnapshot:
    """Return a snapshot with Sami, Arabic and Hebrew names in an item and a text block."""
    item = ItemSnapshot(
        id="exa-names",
        kind="example",
        title=TITLE,
        body=f"Deltakerne **{ARABIC}** og *{HEBREW}* i Bø: {SAMI_NAME} ønsker velkommen.",
        fields={"municipality": "Bø"},
    )
    blocks = (
        BlockSnapshot(id="b-names", block_type="item", item=item),
        BlockSnapshot(id="b-contact", block_type="text", text=BLOCK_LINE),
    )
    return make_snapshot(sessions=1, modules_per_session=1, extra_blocks=blocks)


def logical_lines(path: Path) -> list[str]:
    """Return pdftotext's lines in content order, the bidi embedding controls taken out."""
    return [_BIDI_CONTROLS.sub("", line) for line in pdftotext_raw(path).splitlines()]


def pdftotext_raw(path: Path) -> str:
    """Return poppler's text in content-stream order (``-raw``): logical order for RTL."""
    pdftotext(path)  # the shared helper asserts poppler is installed
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout


@pytest.fixture(scope="module")
def ua(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Return the PDF/UA handbook of the names snapshot and its warnings."""
    path = tmp_path_factory.mktemp("rtl") / "handbook-ua.pdf"
    result = render_handbook_ua(names_snapshot(), path, Progress(), OPTS)
    return path, list(result.warnings)


def test_ua_route_prints_right_to_left_names_in_logical_order(ua):
    path, warnings = ua
    assert warnings == []
    lines = logical_lines(path)
    for expected in (TITLE, BODY_LINE, BLOCK_LINE):
        assert expected in lines, expected
    assert "\ufffd" not in "".join(lines)


def test_ua_route_embeds_the_arabic_and_hebrew_fonts_and_stays_pdf_ua(ua):
    path, _warnings = ua
    with pikepdf.open(path) as pdf:
        assert_fonts(pdf)
        names = {
            str(font.get("/BaseFont"))
            for page in pdf.pages
            for font in page.Resources.get("/Font", {}).values()
        }
    assert any("NotoSansArabic" in n for n in names), names
    assert any("NotoSansHebrew" in n for n in names), names
    assert_checker_passes(path)


@pytest.mark.parametrize("render", [render_handbook, render_handout], ids=["print", "handout"])
def test_reportlab_routes_warn_for_right_to_left_names(tmp_path, render):
    path = tmp_path / "out.pdf"
    result = render(names_snapshot(), path, Progress(), OPTS)
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    for ch in ARABIC + HEBREW:
        assert ch not in text  # never printed reversed or unshaped
    assert "\ufffd" in text
    assert SAMI_NAME in text.replace("\n", " ")
    rtl = [w for w in result.warnings if "høyre-til-venstre-skrift" in w]
    title = next(w for w in rtl if "(id exa-names), title" in w)
    for ch in ARABIC + HEBREW:
        assert f"{ch} (U+{ord(ch):04X})" in title
    assert any("b-contact" in w and "ש (U+05E9)" in w for w in rtl)
    # the Sami letters print, so they are never named; nor is an RTL letter a font «lack»
    assert not any(ch in w.rsplit("»", 1)[-1] for w in result.warnings for ch in "áÁŋŊ")
    assert not [w for w in result.warnings if "finnes ikke i skriften" in w]


def test_the_route_decides_which_letters_are_missing():
    snap = names_snapshot()
    _fitted, ua_warnings = fit_snapshot(snap, "ua")
    fitted, print_warnings = fit_snapshot(snap)
    assert ua_warnings == []
    assert len(print_warnings) == 3  # the item's title and body, the text block
    hole = "\ufffd" * 4
    assert f"Vertskap for {hole} og {hole}" in repr(fitted)
    assert ARABIC not in repr(fitted)
    assert HEBREW not in repr(fitted)
    assert SAMI_NAME in repr(fitted)
    _fitted, english = fit_snapshot(dataclasses.replace(snap, lang="en"))
    assert all("right-to-left script" in w and "PDF/UA" in w for w in english)


# --------------------------------------------------------------------------- the Typst worker


class CancelDuringTypst(Progress):
    """A progress whose user presses «Avbryt» while Typst is typesetting."""

    def __init__(self) -> None:
        super().__init__()
        self.checks_while_typesetting = 0

    def check(self) -> None:
        """Cancel at the first check made while the worker runs (after the "Typst" step)."""
        if self.label == "Typst":
            self.checks_while_typesetting += 1
            if self.checks_while_typesetting > 2:  # step() and the check before compiling
                self.cancelled = True
        super().check()


def test_cancelling_during_typst_ends_the_worker_and_writes_nothing(tmp_path, monkeypatch):
    started: list[subprocess.Popen[bytes]] = []

    def slow_worker() -> subprocess.Popen[bytes]:
        # a worker that takes its request and then typesets "for a minute": the cancel
        # must end it, however fast the machine is
        started.append(subprocess.Popen(
            [sys.executable, "-c", "import sys, time; sys.stdin.buffer.read(); time.sleep(60)"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ))
        return started[-1]

    monkeypatch.setattr(typst_pdf, "_start_worker", slow_worker)
    path = tmp_path / "handbook.pdf"
    snap = make_snapshot(sessions=6, modules_per_session=4)
    with pytest.raises(Cancelled):
        render_handbook_ua(snap, path, CancelDuringTypst(), OPTS)
    assert len(started) == 1
    assert started[0].poll() is not None  # the worker was ended, not left typesetting
    assert not path.exists()
    assert not list(tmp_path.iterdir())  # no half-written part file either


def test_a_typst_failure_in_the_worker_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(typst_pdf, "TEMPLATE", tmp_path / "broken.typ")
    (tmp_path / "broken.typ").write_text("#let x = (\n", encoding="utf-8")
    path = tmp_path / "out" / "handbook.pdf"
    path.parent.mkdir()
    with pytest.raises(typst_pdf.TypstError, match="Typst could not typeset"):
        render_handbook_ua(make_snapshot(sessions=1), path, Progress(), OPTS)
    assert not list(path.parent.iterdir())


def test_without_a_worker_process_typst_runs_in_this_one(tmp_path, monkeypatch):
    def no_process() -> subprocess.Popen[bytes]:
        raise OSError("no processes here")

    monkeypatch.setattr(typst_pdf, "_start_worker", no_process)
    path = tmp_path / "handbook.pdf"
    result = render_handbook_ua(names_snapshot(), path, Progress(), OPTS)
    assert result.warnings == []
    assert BODY_LINE in logical_lines(path)
