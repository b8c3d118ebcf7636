"""Register the shipped Noto Sans family with ReportLab (full Norwegian and Sami coverage)."""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

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
# control characters, lone surrogates, private use, unassigned: never printed as text
_UNSHOWABLE = frozenset(("Cc", "Cs", "Co", "Cn"))
_registered: list[bool] = []  # filled once the fonts are registered


def register_fonts() -> None:
    """Register the fonts once per process (ReportLab keeps a global registry)."""
    if _registered:
        return
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
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
def covered(name: str = BODY) -> frozenset[int]:
    """Return the code points the bundled font ``name`` has a glyph for."""
    cmap = TTFontFile(str(FONT_DIR / _FILES[name])).charToGlyph
    return frozenset(
        point
        for point, glyph in cmap.items()
        if glyph and unicodedata.category(chr(point)) not in _UNSHOWABLE
    )


@functools.cache
def covered_by_any() -> frozenset[int]:
    """Return the code points some bundled font can show (Typst falls back between them)."""
    return frozenset().union(*(covered(name) for name in _FILES))


_LAYOUT = frozenset(map(ord, "\n\t\r"))  # white space the typesetters lay out themselves
# a byte-order mark and the noncharacters: PDF/UA forbids them in text
_FORBIDDEN = frozenset("\ufeff\ufffe\uffff")


def missing_glyphs(text: str, points: frozenset[int] | None = None) -> str:
    """Return the distinct characters of ``text`` no bundled font can show, in order."""
    have = covered_by_any() if points is None else points
    seen: dict[str, None] = {}
    for ch in text:
        if ch in _FORBIDDEN or (ord(ch) not in have and ord(ch) not in _LAYOUT):
            seen[ch] = None
    return "".join(seen)


def describe_chars(chars: str, limit: int = 8) -> str:
    """Return characters as «😀 (U+1F600), …» for a warning."""
    shown = ", ".join(
        f"{ch if ch.isprintable() else ''} (U+{ord(ch):04X})".lstrip() for ch in chars[:limit]
    )
    return shown + (", …" if len(chars) > limit else "")
