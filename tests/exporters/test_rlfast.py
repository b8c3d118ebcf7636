"""Plain running text takes the fast path and prints exactly as ReportLab's Paragraph.

exporters.rlfast lays out plain paragraphs with remembered word widths and writes known
letters in one step. A reader must not be able to tell: the same line breaks, the same
page breaks, the same PDF drawing operators, the same extracted text.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from content.exports.snapshot import (
    BlockSnapshot,
    ExportSnapshot,
    ModuleSnapshot,
    SectionSnapshot,
    SessionSnapshot,
)
from content.progress import Progress
from exporters import styles as S
from exporters.base import ExportOptions
from exporters.fonts import FONT_DIR, register_fonts
from exporters.handbook import render_handbook
from exporters.rlfast import FastTTFont, PlainParagraph, is_plain
from exporters.rltext import markup

if TYPE_CHECKING:
    from pathlib import Path

SAMI = "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"
LETTERS = "abcdefghijklmnopqrstuvwxyzæøåÆØÅáčđŋšŧž.,;:!?«»–-()'\"0123456789"
# word material: letters, and now and then a no-break space or a soft hyphen inside a word
WORD = st.text(alphabet=LETTERS + "\xa0\xad\u200b\x1c", min_size=1, max_size=18)
GAP = st.sampled_from([" ", "  ", "\n", " \t ", "\u2009", "\u202f", "\n\u200b", "\x85"])


@st.composite
def plain_texts(draw: Any) -> str:
    """Return plain running text: words, odd white space, sometimes a very long word."""
    words = draw(st.lists(WORD, min_size=1, max_size=90))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), "ø" * draw(st.integers(40, 160)))
    gaps = draw(st.lists(GAP, min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, gaps))


def _lines(para: Paragraph, widths: list[float]) -> list[tuple[float, list[str]]]:
    """Return a paragraph's lines as ReportLab's line structure gives them."""
    return [(extra, [str(w) for w in words]) for extra, words in para.breakLines(widths).lines]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=plain_texts(),
    first=st.floats(min_value=60, max_value=460),
    later=st.floats(min_value=60, max_value=460),
    size=st.sampled_from([8.5, 10, 11.5]),
)
@example(text="Ein heilt vanleg tekst med æøå og " + SAMI, first=120.0, later=120.0, size=10)
@example(text="kort " + "x" * 300 + " ord etter", first=90.0, later=90.0, size=10)
def test_lines_equal_paragraph_lines(text: str, first: float, later: float, size: float) -> None:
    """Random plain text breaks into the same lines (words and leftover space) as Paragraph."""
    style = S.variant("body", fontSize=size)
    fast = _lines(PlainParagraph(text, style), [first, later])
    slow = _lines(Paragraph(markup(text), style), [first, later])
    assert fast == slow


@pytest.mark.parametrize("transform", ["uppercase", "lowercase", "capitalize"])
def test_text_transform_as_paragraph(transform: str) -> None:
    """A style that changes the case of its text does so for plain paragraphs too."""
    style = S.variant("body", textTransform=transform)
    text = "Vertskapskommunen og   Kárášjohka\nøver på " + SAMI
    fast = PlainParagraph(text, style)
    slow = Paragraph(markup(text), style)
    assert fast.frags[0].text == slow.frags[0].text
    assert _lines(fast, [120.0, 160.0]) == _lines(slow, [120.0, 160.0])


def test_markup_characters_are_not_plain() -> None:
    """Text with markup characters stays with Paragraph (its fragments differ)."""
    assert is_plain("Samarbeid på tvers – æøå " + SAMI)
    assert not is_plain("AT&T")
    assert not is_plain("a < b")
    assert not is_plain("del\xadbar")


def _story_pdf(story: list[Any], width: float = 300, height: float = 260) -> bytes:
    """Return the PDF of a story laid out in small pages (so paragraphs split)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(width + 40, height + 40),
        leftMargin=20,
        rightMargin=20,
        topMargin=20,
        bottomMargin=20,
        invariant=1,
    )
    doc.build(story)
    return buf.getvalue()


def _page_streams(pdf: bytes) -> list[bytes]:
    """Return each page's drawing operators."""
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def plain_font() -> str:
    """Register the body font a second time as ReportLab's own TTFont, as a reference."""
    register_fonts()
    name = "KvSansReference"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / "NotoSans-Regular.ttf")))
    return name


STYLES = {
    "body": {},
    "indented, justified": {"leftIndent": 28, "rightIndent": 9.3, "alignment": TA_JUSTIFY},
    "hanging indent": {"leftIndent": 14, "firstLineIndent": -14},
    "centred": {"alignment": TA_CENTER},
    "right": {"alignment": TA_RIGHT, "fontSize": 8.5, "leading": 10.5},
}


@pytest.mark.parametrize("changes", STYLES.values(), ids=STYLES.keys())
def test_split_over_pages_draws_what_paragraph_draws(
    plain_font: str, changes: dict[str, Any]
) -> None:
    """Long paragraphs split over many pages: same pages, same operators as Paragraph."""
    words = (
        "Kommunen og næringslivet samarbeider om vertskapsarbeid i Guovdageaidnu, "
        f"{SAMI}, og «følger opp» tiltakene hvert år."
    ).split()
    texts = [" ".join(words[i % 7 :] * (3 + i)) for i in range(12)]
    texts.insert(5, "lang " + "ŋ" * 260 + " og\xa0ikke\xa0delt mer tekst")
    style = S.variant("body", **changes)
    ref = S.variant("body", fontName=plain_font, **changes)
    fast = _story_pdf([PlainParagraph(t, style) for t in texts])
    slow = _story_pdf([Paragraph(markup(t), ref) for t in texts])
    fast_pages, slow_pages = _page_streams(fast), _page_streams(slow)
    assert len(fast_pages) > 5
    assert fast_pages == slow_pages


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS + " \xa0" + SAMI + "ΩЖ\u20ac\ue000😀", max_size=40)))
def test_fast_font_codes_equal_ttfont_codes(texts: list[str]) -> None:
    """FastTTFont splits any text into the very subsets and codes TTFont gives it."""
    path = str(FONT_DIR / "NotoSans-Regular.ttf")
    fast, slow = FastTTFont("FastProbe", path), TTFont("SlowProbe", path)
    fast_doc, slow_doc = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    for text in [*texts, *texts]:  # the second round meets letters that already have codes
        assert fast.splitString(text, fast_doc) == slow.splitString(text, slow_doc)


def _snapshot(text: str) -> ExportSnapshot:
    """Return a one-module curriculum whose text block holds text."""
    block = BlockSnapshot(id="b1", block_type="text", text=text)
    section = SectionSnapshot(id="s1", title="Del", blocks=(block,))
    module = ModuleSnapshot(id="m1", title="Modul", code="M-1", sections=(section,))
    session = SessionSnapshot(id="ses1", title="Samling", number=1, modules=(module,))
    return ExportSnapshot(
        scope="curriculum", target_id="c1", title="Tett tekst", sessions=(session,)
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_handbook_text_round_trip(tmp_path: Path) -> None:
    """A handbook of plain paragraphs gives back its words, æøå and Sami letters included."""
    sentence = f"Vertskapskommunen Ålesund og Kárášjohka øver på {SAMI} – «å lære»."
    paragraphs = [" ".join([sentence] * (4 + i)) for i in range(30)]
    long_word = "Guovdageaidnu" * 40  # wider than the line: broken, never past the margin
    paragraphs.insert(3, f"Før {long_word} etter")
    out = tmp_path / "h.pdf"
    result = render_handbook(_snapshot("\n\n".join(paragraphs)), out, Progress(), ExportOptions())
    assert result.pages >= 3
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = text.split()
    for word in sentence.split():
        assert words.count(word) >= sum(4 + i for i in range(30))
    joined = "".join(text.split())
    assert long_word in joined


def test_long_word_stays_inside_the_line() -> None:
    """A word wider than the line is broken over lines, each no wider than the line."""
    style = S.style("body")
    width = 200.0
    para = PlainParagraph("før " + "ŧ" * 120 + " etter", style)
    _w, height = para.wrap(width, 10_000)
    lines = para.blPara.lines
    assert len(lines) >= 3
    assert height == len(lines) * style.leading
    for _extra, words in lines:
        drawn = " ".join(str(w) for w in words)
        assert pdfmetrics.stringWidth(drawn, style.fontName, style.fontSize) <= width + 1e-6
    assert "".join(str(w) for _e, ws in lines for w in ws).count("ŧ") == 120


def test_split_keeps_lines_and_orphans_rule() -> None:
    """A split paragraph's parts hold its lines in order; one line never stays behind alone."""
    style = S.style("body")
    text = " ".join(["samarbeid om næringsutvikling i regionen"] * 40)
    para = PlainParagraph(text, style)
    para.wrap(300, 10_000)
    whole = [list(words) for _e, words in para.blPara.lines]
    assert para.split(300, style.leading * 1.5) == []  # allowOrphans=0: no single line
    first, rest = para.split(300, style.leading * 4.2)
    first.wrap(300, 10_000)
    rest.wrap(300, 10_000)
    parts = [list(w) for _e, w in first.blPara.lines] + [list(w) for _e, w in rest.blPara.lines]
    assert len(first.blPara.lines) == 4
    assert parts == whole
