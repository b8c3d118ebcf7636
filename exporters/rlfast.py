"""Plain running text laid out and written faster, with the very output ReportLab makes.

Dense handbooks are mostly paragraphs of plain text in one font. For them ReportLab's
``Paragraph`` parses markup it does not have, measures every word again on every wrap
(a paragraph split over two pages is broken into lines three times) and encodes every
line character by character. Two classes keep its output and drop that work:

- :class:`PlainParagraph` is a ``Paragraph`` that takes plain text (no markup), skips the
  markup parser (its one text fragment is cloned from the one the parser makes for the
  style) and breaks lines with word widths remembered per font and size. Its line breaking
  is ReportLab's greedy rule for one-font text, step by step (the same sums in the same
  order, so the same floats); anything that rule treats specially (a soft hyphen, a word
  wider than the line, a bullet, hyphenation or shaping in the style) goes to ReportLab's
  own ``breakLines``. Splitting, drawing, widows and orphans are ReportLab's.
- :class:`FastTTFont` is a ``TTFont`` whose ``splitString`` (text to subset codes, called
  once per drawn line) translates a string in one call when every character of it already
  has its code in the document's first subset, and otherwise asks ``TTFont``.
"""

from __future__ import annotations

import weakref
from typing import Any, cast

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (
    cleanBlockQuotedText,
    getAscentDescent,
    split,
    strip,
    textTransformFrags,
)

# characters that make a text more than one plain fragment (markup) or that ReportLab's
# line breaking handles specially (soft hyphen)
_NOT_PLAIN = ("&", "<", ">", "\xad")
# word widths kept per font and size (a few MB at most); cleared when it grows past this
MAX_CACHED_WORDS = 50_000
MAX_CACHED_STYLES = 512  # fragments kept for styles; styles made on the fly must not pile up
_widths: dict[tuple[str, float], dict[str, float]] = {}
_frags: dict[int, tuple[Any, Any]] = {}  # id(style) -> (style, the parser's fragment)


def is_plain(text: str) -> bool:
    """Return True if a text can be a :class:`PlainParagraph` (no markup characters)."""
    return not any(ch in text for ch in _NOT_PLAIN)


def _fragment(style: Any) -> Any:
    """Return the text fragment ReportLab's parser makes for plain text in a style."""
    known = _frags.get(id(style))
    if known is None or known[0] is not style:
        if len(_frags) >= MAX_CACHED_STYLES:
            _frags.clear()
        known = _frags[id(style)] = (style, Paragraph("x", style).frags[0])
    return known[1]


def word_widths(font_name: str, font_size: float) -> dict[str, float]:
    """Return the remembered word widths of a font and size."""
    key = (font_name, font_size)
    table = _widths.get(key)
    if table is None or len(table) > MAX_CACHED_WORDS:
        table = _widths[key] = {}
    return table


class PlainParagraph(Paragraph):
    """A Paragraph of plain text (no markup): the same lines, pages and PDF, made faster."""

    def __init__(
        self, text: str | None, style: Any, bulletText: Any = None, frags: Any = None, **kw: Any
    ) -> None:
        words = None
        if frags is None:  # a new paragraph (ReportLab's split passes fragments)
            text = text or ""
            if "\xa0" in text or getattr(style, "textTransform", None):
                text = cleanBlockQuotedText(text)
                frags = [_fragment(style).clone(text=text)]
                textTransformFrags(frags, style)  # as ReportLab's parsing step does
            else:  # the words ReportLab's cleaning and splitting give, split only once
                words = [w for line in text.split("\n") for w in strip(line).split()]
                text = " ".join(words)
                frags = [_fragment(style).clone(text=text)]
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kw)
        self._kv_lines: tuple[tuple[float, ...], Any] | None = None
        self._kv_words = words

    def breakLines(self, width: Any) -> Any:
        """Return ReportLab's line structure, broken with remembered word widths."""
        widths = tuple(width) if isinstance(width, (tuple, list)) else (width,)
        known = self._kv_lines
        if known is not None and known[0] == widths:
            self._width_max = known[1].width_max
            return known[1]
        result = self._fast_lines(widths) if self._fast_ok() else None
        if result is None:
            return super().breakLines(width)
        self._kv_lines = (widths, result)
        return result

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Split as ReportLab does; both parts keep their share of the lines already broken."""
        parts: list[Any] = super().split(availWidth, availHeight)
        known = self._kv_lines
        if len(parts) != 2 or known is None or getattr(self, "blPara", None) is not known[1]:
            return parts  # ReportLab split other lines than the ones remembered
        first, rest = parts
        widths, broken = known
        lines = broken.lines
        cut = len(first.blPara.lines)
        later = widths[-1]  # every line after the first was broken at this width
        if isinstance(first, PlainParagraph):
            first._kv_lines = (widths, _part(broken, lines[:cut], widths))
        if isinstance(rest, PlainParagraph):
            rest._kv_lines = ((later, later), _part(broken, lines[cut:], (later,)))
        return parts

    def beginText(self, x: float, y: float) -> Any:
        """Return the text object the lines are drawn with (it writes known text faster)."""
        return _PlainText(self.canv, x, y)

    def _fast_ok(self) -> bool:
        """Return True if ReportLab would break this paragraph with its plain one-font rule."""
        style = self.style
        if len(self.frags) != 1 or self.bulletText:
            return False
        f = self.frags[0]
        special = (
            style.endDots
            or style.shaping
            or style.wordWrap
            or style.hyphenationLang
            or style.uriWasteReduce
            or style.embeddedHyphenation
            or not style.splitLongWords
            or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        )
        return not special and not hasattr(f, "cbDefn") and not hasattr(f, "backColor")

    def _fast_lines(self, max_widths: tuple[float, ...]) -> Any:
        """Break the words into lines as ReportLab's breakLines does; None if it must."""
        f = self.frags[0]
        font_name, font_size = f.fontName, f.fontSize
        words = self._kv_words if self._kv_words is not None else _plain_words(f)
        if not words or "\xad" in f.__dict__.get("text", ""):
            return None
        table = word_widths(font_name, font_size)
        get = table.get
        sizes = [get(w) for w in words]
        if None in sizes:
            for i, w in enumerate(words):
                if sizes[i] is None:
                    sizes[i] = table[w] = stringWidth(w, font_name, font_size, self.encoding)
        space = stringWidth(" ", font_name, font_size, self.encoding)
        broken = _greedy(words, cast("list[float]", sizes), max_widths, space, self.style)
        if broken is None:
            return None
        lines, width_max = broken
        ascent, descent = getAscentDescent(font_name, font_size)
        self._width_max = width_max
        self._splitLongWordCount = self._hyphenations = 0
        result = f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)
        result.width_max = width_max
        return result


def _plain_words(f: Any) -> list[str] | None:
    """Return the words of a one-fragment paragraph, or None if ReportLab must break them."""
    if hasattr(f, "text"):
        text = strip(f.text)
        if "\xad" in text:
            return None
        words: list[str] = split(text) if text else []
    else:  # the second part of a split paragraph: its words
        words = f.words
        if any(type(w) is not str or "\xad" in w for w in words):
            return None
    if not words or not any(strip(w) for w in words):
        return None  # ReportLab's empty paragraph
    return words


def _greedy(
    words: list[str], sizes: list[float], max_widths: tuple[float, ...], space: float, style: Any
) -> tuple[list[tuple[float, list[str]]], float] | None:
    """Return ReportLab's lines (leftover width, words) and the widest line; None for a long word.

    The same sums in the same order as ``Paragraph.breakLines`` for one font, so the same
    floats: a line takes words while they fit, a little space shrinking allowed per word.
    """
    shrink = style.spaceShrinkage * space
    count = len(max_widths)
    lineno, max_width = 0, max_widths[0]
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    current = -space  # ReportLab's start: no space before the first word
    width_max = 0.0
    for word, size in zip(words, sizes):
        new = current + space + size
        if new > max_width + shrink * len(line):
            if size > max_width:
                return None  # a word wider than the line: ReportLab splits it
            if line:
                width_max = max(width_max, current)
                lines.append((max_width - current, line))
                line, current = [word], size
                lineno += 1
                max_width = max_widths[lineno if lineno < count else count - 1]
                continue
        line.append(word)
        current = new
    if line:
        width_max = max(width_max, current)
        lines.append((max_width - current, line))
    return lines, width_max


def _part(result: Any, lines: list[tuple[float, list[str]]], widths: tuple[float, ...]) -> Any:
    """Return a copy of a line structure holding some of its lines."""
    last = len(widths) - 1
    width_max = max(
        (widths[min(i, last)] - extra for i, (extra, _w) in enumerate(lines)), default=0.0
    )
    return result.clone(lines=lines, width_max=width_max)


class _PlainText(PDFTextObject):
    """A text object that writes a line whose characters all have codes in one step."""

    _kv_codes: tuple[frozenset[str], dict[int, str]] | None = None

    def _textOut(self, text: str, TStar: int = 0) -> None:
        """Write text as TTFont would, without splitting it character by character."""
        if self._curSubset == 0 and text:
            codes = self._kv_codes
            if codes is None:
                font = pdfmetrics.getFont(self._fontname)
                if isinstance(font, FastTTFont):
                    codes = self._kv_codes = font.codes(self._canvas._doc)
            if codes is not None and codes[0].issuperset(text):
                escaped = self._canvas._escape(text.translate(codes[1]).encode("latin-1"))
                self._code.append(f"({escaped}) Tj T*" if TStar else f"({escaped}) Tj")
                return
        self._kv_codes = None  # TTFont may give new letters codes
        super()._textOut(text, TStar)


class FastTTFont(TTFont):
    """A TrueType font that encodes a line in one call once its characters have codes."""

    def codes(self, doc: Any) -> tuple[frozenset[str], dict[int, str]] | None:
        """Return the letters with a code in the first subset for a document, and their codes."""
        last = self.__dict__.get("_kv_last")  # the document of the last call, and its state
        if last is not None and last[0]() is doc:
            state = last[1]
        else:
            state = self.state.get(doc)  # a WeakKeyDictionary: slow to ask once per line
            if state is None:
                return None
            self._kv_last = (weakref.ref(doc), state)
        if state.__dict__.get("_kv_count") != len(state.assignments):
            _learn(state)
        return state._kv_known, state._kv_table

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        """Return [(subset, bytes)] exactly as TTFont does, translating known text at once."""
        if text and isinstance(text, str):
            codes = self.codes(doc)
            if codes is not None and codes[0].issuperset(text):
                return [(0, text.translate(codes[1]).encode("latin-1"))]
        return super().splitString(text, doc, encoding)


def _learn(state: Any) -> None:
    """Remember the first subset's codes of a font's document state as a translation table."""
    assignments = state.assignments
    table = {code: chr(n) for code, n in assignments.items() if n < 256}
    if 32 in table:  # TTFont prints a no-break space as a space
        table[0xA0] = table[32]
    state._kv_table = table
    state._kv_known = frozenset(chr(code) for code in table)
    state._kv_count = len(assignments)
