"""Register the shipped Noto Sans family with ReportLab (full Norwegian and Sami coverage)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
