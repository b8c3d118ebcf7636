"""The one door from text to ReportLab Paragraph markup (and to XML text nodes).

ReportLab's Paragraph parses its text as markup: a title such as ``<font size=90>`` or
``AT&T`` would change the layout or vanish. Every exporter therefore turns user text into
markup here and nowhere else: plain text with :func:`markup` (or :func:`paragraph`), lines
of code with :func:`code_markup`, inline Markdown with :func:`inline_tag` and
:func:`chunk_markup`. PPTX text nodes use the same escaping through :func:`xml_text`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.platypus import Paragraph

from content.markdown import safe_url
from exporters.fonts import MONO
from exporters.rlfast import PlainParagraph, is_plain

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

Token = tuple[str, str, str]  # (kind, open-or-text, close): kind t(ext) o(pen) c(lose)


def xml_text(text: str) -> str:
    """Return plain text escaped for an XML text node (ampersand and angle brackets)."""
    return escape(text)


def markup(text: str) -> str:
    """Return plain text as Paragraph markup: it prints exactly as typed."""
    return xml_text(text)


def markup_lines(text: str) -> str:
    """Return plain text as Paragraph markup, its line breaks kept as ``<br/>``."""
    return markup(text).replace("\n", "<br/>")


def code_markup(lines: list[str]) -> str:
    """Return lines of code as markup: one ``<br/>`` a line, runs of spaces kept."""
    return "<br/>".join(markup(line).replace("  ", "&nbsp; ") for line in lines)


def paragraph(text: str, style: Any, **kwargs: Any) -> Paragraph:
    """Return a Paragraph that prints plain text as typed (bulletText etc. pass through).

    Text without markup characters needs no markup: it becomes a PlainParagraph, which
    prints the same, faster (exporters.rlfast).
    """
    if is_plain(text):
        return PlainParagraph(text, style, **kwargs)
    return Paragraph(markup(text), style, **kwargs)


def link_open(href: str, colour: str) -> str:
    """Return the markup that opens a link to a checked URL (the caller closes ``</a>``)."""
    return f'<a href={quoteattr(href.strip())} color="{colour}">'


def inline_tag(elem: ET.Element, link_colour: str) -> tuple[str, str]:
    """Return the Paragraph markup that opens and closes an inline Markdown element."""
    tag = elem.tag
    if tag in ("em", "i"):
        return "<i>", "</i>"
    if tag in ("strong", "b"):
        return "<b>", "</b>"
    if tag == "code":
        return f'<font face="{MONO}">', "</font>"
    if tag == "sup":
        return "<super>", "</super>"
    if tag == "a" and safe_url(elem.get("href", "")):
        return link_open(elem.get("href", ""), link_colour) + "<u>", "</u></a>"
    if tag == "br":
        return "<br/>", ""
    return "", ""


def chunk_markup(tokens: list[Token], limit: int) -> list[str]:
    """Join inline tokens into markup strings of about ``limit`` text characters.

    Text tokens are escaped here; tags stay balanced in every chunk, so a long paragraph
    can be laid out piece by piece.
    """
    chunks: list[str] = []
    current: list[str] = []
    stack: list[tuple[str, str]] = []
    count = 0
    for kind, token, closing in tokens:
        value = token
        if kind == "o":
            stack.append((value, closing))
            current.append(value)
        elif kind == "c":
            current.append(stack.pop()[1] if stack else "")
        else:
            while count + len(value) > limit:
                cut = _cut_point(value, limit - count)
                current.append(markup(value[:cut]))
                chunks.append("".join(current) + "".join(c for _o, c in reversed(stack)))
                current, count, value = [o for o, _c in stack], 0, value[cut:].lstrip()
            current.append(markup(value))
            count += len(value)
    joined = "".join(current)
    if joined.strip() or not chunks:
        chunks.append(joined)
    return [c for c in chunks if c.strip()] or []


def _cut_point(text: str, room: int) -> int:
    """Return where to cut text: the last whitespace before room, else room."""
    room = max(1, room)
    space = text.rfind(" ", max(0, room - 200), room)
    return space + 1 if space > 0 else min(room, len(text))
