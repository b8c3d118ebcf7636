"""Visible lines of a Markdown field with the source offset of every character.

A review PDF prints what a reader sees (no ``**`` or ``[..](..)``), but a comment made on
it must point into the Markdown source. ``visible_lines`` parses the source paragraph by
paragraph with the same parser the exports use, then aligns the visible text with the
source (diff-match-patch), so each visible character knows the source offset it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diff_match_patch import diff_match_patch

from content.markdown import iter_text, parse

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class VisibleLine:
    """One visible line (a paragraph, a list item, a heading) of a field.

    ``offsets[i]`` is the source offset of ``text[i]``; ``end`` is the source offset
    just past the line's last visible character.
    """

    text: str
    offsets: tuple[int, ...]
    end: int

    def source_range(self, start: int, stop: int) -> tuple[int, int]:
        """Return the source range of the visible characters ``text[start:stop]``."""
        if stop <= start:
            at = self.offsets[start] if start < len(self.offsets) else self.end
            return at, at
        last = stop - 1
        return self.offsets[start], self.offsets[last] + 1


def visible_lines(source: str) -> list[VisibleLine]:
    """Return the visible lines of Markdown ``source`` with their source offsets."""
    lines: list[VisibleLine] = []
    chunk_start = 0
    for match in [*_BLANK_LINE.finditer(source), None]:
        chunk_end = match.start() if match else len(source)
        chunk = source[chunk_start:chunk_end]
        if chunk.strip():
            lines.extend(_chunk_lines(chunk, chunk_start))
        if match is None:
            break
        chunk_start = match.end()
    return lines


def visible_ranges(lines: list[VisibleLine], start: int, end: int) -> list[tuple[int, int, int]]:
    """Return where a source range shows: (line index, first, past last visible character).

    A range over markup only (``**``) shows nowhere; one over two paragraphs shows on both.
    """
    out: list[tuple[int, int, int]] = []
    for index, line in enumerate(lines):
        if not line.offsets or line.offsets[0] >= end or line.end <= start:
            continue
        inside = [i for i, off in enumerate(line.offsets) if start <= off < end]
        if inside:
            out.append((index, inside[0], inside[-1] + 1))
    return out


def _chunk_lines(chunk: str, base: int) -> list[VisibleLine]:
    """Split one paragraph-sized chunk into visible lines mapped onto the source."""
    root, _warnings = parse(chunk)
    visible = "\n".join(t for t in _block_texts(root) if t.strip())
    offsets = _align(chunk, visible, base)
    out: list[VisibleLine] = []
    pos = 0
    for part in visible.split("\n"):
        text = part.strip()
        if text:
            first = pos + len(part) - len(part.lstrip())
            offs = tuple(offsets[first : first + len(text)])
            out.append(VisibleLine(text, offs, offs[-1] + 1))
        pos += len(part) + 1
    return out


_CONTAINERS = {"div", "ul", "ol", "blockquote"}


def _block_texts(parent: ET.Element) -> list[str]:
    """Return the text of each leaf block (paragraph, list item, heading), soft breaks as spaces."""
    out: list[str] = []
    for elem in parent:
        if elem.tag in _CONTAINERS or (
            elem.tag == "li" and any(c.tag in ("p", "ul", "ol") for c in elem)
        ):
            out.extend(_block_texts(elem))
        else:
            out.append("".join(iter_text(elem)).replace("\n", " "))
    return out


def _align(source: str, visible: str, base: int) -> list[int]:
    """Return, for each character of ``visible``, its offset in ``source`` (plus ``base``)."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5
    offsets: list[int] = []
    src = 0
    for op, text in dmp.diff_main(source, visible, False):
        if op == dmp.DIFF_EQUAL:
            offsets.extend(range(base + src, base + src + len(text)))
            src += len(text)
        elif op == dmp.DIFF_DELETE:
            src += len(text)
        else:  # visible text the source spells otherwise (an entity): point at the spot
            at = base + min(src, max(len(source) - 1, 0))
            offsets.extend([at] * len(text))
    return offsets
