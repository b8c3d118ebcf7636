"""Every paragraph style, colour and kind look of the PDF exports, as data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from content.items.looks import kind_colour
from exporters.fonts import BODY, BOLD, ITALIC, MONO, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1d232b")
MUTED = colors.HexColor("#5b6570")
ACCENT = colors.HexColor(kind_colour("exercise"))
RULE = colors.HexColor("#c3cbd3")
SHADE = colors.HexColor("#f1f4f7")
NOTE_BG = colors.HexColor("#fff6da")
NOTE_RULE = colors.HexColor(kind_colour("trainer_note"))
LINK = colors.HexColor("#1a5fb4")
PLACEHOLDER = colors.HexColor("#b3261e")


@dataclass(frozen=True)
class KindLook:
    """How one item kind is told apart: a labelled tag, a rule pattern and an icon shape."""

    colour: colors.Color
    shape: str  # circle | square | triangle | diamond | bar | ring | cross | star | flag
    dash: tuple[float, ...] = ()  # empty = solid
    rule_width: float = 2.5


KIND_LOOKS: dict[str, KindLook] = {
    kind: KindLook(colors.HexColor(kind_colour(kind)), shape, dash, width)
    for kind, shape, dash, width in (
        ("finding", "circle", (), 2.5),
        ("barrier", "triangle", (4, 2), 2.5),
        ("measure", "square", (), 4.0),
        ("example", "diamond", (1, 2), 2.5),
        ("archetype", "ring", (6, 2, 1, 2), 2.5),
        ("collaboration_model", "cross", (), 1.5),
        ("indicator", "bar", (2, 2), 2.5),
        ("criterion", "flag", (8, 3), 2.5),
        ("question", "star", (3, 3), 2.5),
        ("source", "square", (1, 1), 1.0),
    )
}
DEFAULT_LOOK = KindLook(MUTED, "circle", (1, 1), 1.0)
EXERCISE_LOOK = KindLook(ACCENT, "square", (), 1.2)
NOTE_LOOK = KindLook(NOTE_RULE, "bar", (), 1.2)
QUOTE_LOOK = KindLook(RULE, "bar", (), 2.0)


def kind_look(kind: str) -> KindLook:
    """Return the look of an item kind."""
    return KIND_LOOKS.get(kind, DEFAULT_LOOK)


_BASE: dict[str, dict[str, object]] = {
    "body": {"fontName": BODY, "fontSize": 10, "leading": 14, "spaceAfter": 5},
    "small": {"fontName": BODY, "fontSize": 8.5, "leading": 11, "spaceAfter": 3},
    "muted": {"fontName": BODY, "fontSize": 9, "leading": 12, "textColor": MUTED},
    "citation": {
        "fontName": ITALIC,
        "fontSize": 8.5,
        "leading": 11,
        "textColor": MUTED,
        "spaceBefore": 1,
        "spaceAfter": 4,
    },
    "h1": {
        "fontName": BOLD,
        "fontSize": 20,
        "leading": 25,
        "spaceAfter": 10,
        "textColor": ACCENT,
        "keepWithNext": 1,
    },
    "h2": {
        "fontName": BOLD,
        "fontSize": 16,
        "leading": 20,
        "spaceBefore": 6,
        "spaceAfter": 6,
        "textColor": INK,
        "keepWithNext": 1,
    },
    "h3": {
        "fontName": BOLD,
        "fontSize": 13,
        "leading": 17,
        "spaceBefore": 10,
        "spaceAfter": 4,
        "textColor": ACCENT,
        "keepWithNext": 1,
    },
    "h4": {
        "fontName": BOLD,
        "fontSize": 11,
        "leading": 14,
        "spaceBefore": 2,
        "spaceAfter": 3,
        "keepWithNext": 1,
    },
    "h5": {"fontName": BOLD, "fontSize": 10, "leading": 13, "spaceBefore": 4, "keepWithNext": 1},
    "h6": {"fontName": ITALIC, "fontSize": 10, "leading": 13, "spaceBefore": 4, "keepWithNext": 1},
    "tag": {"fontName": BOLD, "fontSize": 7.5, "leading": 9, "spaceAfter": 1, "keepWithNext": 1},
    "bullet": {
        "fontName": BODY,
        "fontSize": 10,
        "leading": 14,
        "spaceAfter": 2,
        "leftIndent": 14,
        "bulletIndent": 3,
        "bulletFontName": BODY,
    },
    "code": {
        "fontName": MONO,
        "fontSize": 8.5,
        "leading": 11,
        "backColor": SHADE,
        "borderPadding": 3,
        "spaceBefore": 3,
        "spaceAfter": 6,
    },
    "cell": {"fontName": BODY, "fontSize": 8.5, "leading": 10.5},
    "cell_head": {"fontName": BOLD, "fontSize": 8.5, "leading": 10.5},
    "placeholder": {
        "fontName": ITALIC,
        "fontSize": 9,
        "leading": 12,
        "textColor": PLACEHOLDER,
        "borderWidth": 0.8,
        "borderColor": PLACEHOLDER,
        "borderPadding": 5,
        "spaceBefore": 6,
        "spaceAfter": 8,
        "backColor": colors.HexColor("#fdf0ef"),
    },
    "toc_title": {"fontName": BOLD, "fontSize": 20, "leading": 25, "textColor": ACCENT},
    "cover_title": {
        "fontName": BOLD,
        "fontSize": 28,
        "leading": 34,
        "textColor": ACCENT,
        "spaceAfter": 14,
    },
    "cover_sub": {
        "fontName": BODY,
        "fontSize": 14,
        "leading": 19,
        "textColor": INK,
        "spaceAfter": 6,
    },
    "cover_meta": {"fontName": BODY, "fontSize": 11, "leading": 16, "textColor": MUTED},
    "biblio": {
        "fontName": BODY,
        "fontSize": 9.5,
        "leading": 13,
        "leftIndent": 14,
        "firstLineIndent": -14,
        "spaceAfter": 5,
    },
    "note_label": {
        "fontName": BOLD,
        "fontSize": 8.5,
        "leading": 11,
        "textColor": NOTE_RULE,
        "keepWithNext": 1,
    },
    "card_title": {
        "fontName": BOLD,
        "fontSize": 15,
        "leading": 19,
        "textColor": INK,
        "spaceAfter": 4,
    },
    "center": {"fontName": BODY, "fontSize": 10, "leading": 14, "alignment": TA_CENTER},
    "right": {"fontName": BODY, "fontSize": 8.5, "leading": 10.5, "alignment": TA_RIGHT},
}


@cache
def style(name: str) -> ParagraphStyle:
    """Return a named paragraph style."""
    register_fonts()
    values = dict(_BASE[name])
    values.setdefault("textColor", INK)
    values.setdefault("alignment", TA_LEFT)
    values.setdefault("bulletFontName", BODY)  # the default would pull in Helvetica
    return ParagraphStyle(name, **values)


@cache
def variant(name: str, **changes: object) -> ParagraphStyle:
    """Return a cached copy of a style with some attributes changed (indent, size ...)."""
    key = "-".join(f"{k}{v}" for k, v in sorted(changes.items()))
    return ParagraphStyle(f"{name}-{key}", parent=style(name), **changes)


def table_font() -> tuple[object, ...]:
    """Return the table style command that keeps plain cells off ReportLab's Helvetica."""
    return ("FONTNAME", (0, 0), (-1, -1), BODY)


def tag_style(kind: str) -> ParagraphStyle:
    """Return the style of an item's kind tag, in the kind's colour."""
    return variant("tag", textColor=kind_look(kind).colour, leftIndent=10)
