"""The bundled fonts: which each PDF route can use, and the characters they show.

The Noto Sans family (full Norwegian and Sami coverage) is registered with ReportLab for
the print routes. Noto Sans Arabic and Noto Sans Hebrew are for the Typst PDF/UA route
only: Typst shapes Arabic and orders right-to-left text, ReportLab can do neither, so for
the ReportLab routes those letters count as missing (said, never printed reversed).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from exporters.rlfast import FastTTFont

FONT_DIR = Path(__file__).with_name("fonts")
BODY = "KvSans"
BOLD = "KvSans-Bold"
ITALIC = "KvSans-Italic"
BOLD_ITALIC = "KvSans-BoldItalic"
MONO = "KvMono"

_FILES = {
    BODY: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    MONO: "NotoSansMono-Regular.ttf",
}
# fonts only the Typst route uses (it falls back to them after Noto Sans, see handbook.typ)
RTL_FILES = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
)
PRINT = "print"  # the ReportLab routes (print PDF, slides, handout, KS products, PPTX)
UA = "ua"  # the Typst PDF/UA route
ROUTE_FILES = {PRINT: tuple(_FILES.values()), UA: (*_FILES.values(), *RTL_FILES)}
# control characters, lone surrogates, private use, unassigned: never printed as text
_UNSHOWABLE = frozenset(("Cc", "Cs", "Co", "Cn"))
_registered: list[bool] = []  # filled once the fonts are registered


def register_fonts() -> None:
    """Register the fonts once per process (ReportLab keeps a global registry)."""
    if _registered:
        return
    for name, file in _FILES.items():
        pdfmetrics.registerFont(FastTTFont(name, str(FONT_DIR / file)))
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD_ITALIC)
    addMapping(MONO, 0, 0, MONO)
    addMapping(MONO, 1, 0, MONO)
    addMapping(MONO, 0, 1, MONO)
    addMapping(MONO, 1, 1, MONO)
    _registered.append(True)


@functools.cache
def covered_file(file: str) -> frozenset[int]:
    """Return the code points the bundled font file ``file`` has a glyph for."""
    names = [name for name, known in _FILES.items() if known == file]
    if names:  # a font ReportLab registers anyway: reuse its parsed face, do not parse again
        register_fonts()
        cmap = pdfmetrics.getFont(names[0]).face.charToGlyph
    else:
        cmap = TTFontFile(str(FONT_DIR / file)).charToGlyph
    return frozenset(
        point
        for point, glyph in cmap.items()
        if glyph and unicodedata.category(chr(point)) not in _UNSHOWABLE
    )


def covered(name: str = BODY) -> frozenset[int]:
    """Return the code points the registered ReportLab font ``name`` has a glyph for."""
    return covered_file(_FILES[name])


@functools.cache
def covered_by_any(route: str = PRINT) -> frozenset[int]:
    """Return the code points some font of ``route`` (``PRINT`` or ``UA``) can show."""
    return frozenset().union(*(covered_file(file) for file in ROUTE_FILES[route]))


@functools.cache
def ua_only() -> frozenset[int]:
    """Return the code points only the Typst PDF/UA route can show (Arabic, Hebrew)."""
    return covered_by_any(UA) - covered_by_any(PRINT)


_LAYOUT = frozenset(map(ord, "\n\t\r"))  # white space the typesetters lay out themselves
# a byte-order mark and the noncharacters: PDF/UA forbids them in text
_FORBIDDEN = frozenset("\ufeff\ufffe\uffff")


@functools.cache
def showable(route: str = PRINT) -> frozenset[str]:
    """Return the characters a route prints: its fonts' and layout white space, as strings."""
    return frozenset(map(chr, covered_by_any(route))) - _FORBIDDEN | {chr(p) for p in _LAYOUT}


_BEYOND_LATIN1 = re.compile("[^\x00-\xff]+")


@functools.cache
def _latin1_showable(route: str) -> bytes:
    """Return the Latin-1 characters a route prints, as bytes."""
    return bytes(point for point in range(256) if chr(point) in showable(route))


def missing_glyphs(text: str, route: str = PRINT) -> str:
    """Return the distinct characters of ``text`` no font of ``route`` can show, in order."""
    # this runs on every text of an export: the Latin-1 part is checked byte-wise at once,
    # only the (few) other characters one by one
    latin = text.encode("latin-1", "ignore")
    bad = set(latin.translate(None, _latin1_showable(route)).decode("latin-1"))
    if len(latin) != len(text):
        bad |= set("".join(_BEYOND_LATIN1.findall(text))) - showable(route)
    if not bad:
        return ""
    return "".join(dict.fromkeys(ch for ch in text if ch in bad))


def describe_chars(chars: str, limit: int = 8) -> str:
    """Return characters as «😀 (U+1F600), …» for a warning."""
    shown = ", ".join(
        f"{ch if ch.isprintable() else ''} (U+{ord(ch):04X})".lstrip() for ch in chars[:limit]
    )
    return shown + (", …" if len(chars) > limit else "")
