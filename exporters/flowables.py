"""Flowables that split well: ruled boxes with kind icons, and headings kept with their text.

A RuledBlock splits between (and inside) its children and wraps only as many as it needs;
KeepWithFirstPart keeps a heading with the first part of a long follower instead of moving
both to the next page. ``split_child`` and ``wrap_child`` are the measuring rules both use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import ActionFlowable, Flowable, KeepTogether, Paragraph
from reportlab.platypus.doctemplate import FrameBreak

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas


class KeepWithFirstPart(KeepTogether):
    """Keep headings with what follows them, without wasting the rest of the page.

    ReportLab's KeepTogether moves a heading and the flowable after it to the next frame when
    the pair does not fit. When the follower is a long, splittable block that would leave
    most of the page empty, keep the heading with the follower's first part instead.
    """

    MIN_FIRST_PART = 60.0

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Return ReportLab's answer, or the headings plus the follower split to fit."""
        out: list[Flowable] = super().split(aW, aH)
        if not out or not isinstance(out[0], type(FrameBreak)) or len(self._content) < 2:
            return out
        *heads, last = self._content
        canv = getattr(self, "canv", None)
        used = 0.0
        for flowable in heads:
            _w, h = flowable.wrapOn(canv, aW, aH)
            used += flowable.getSpaceBefore() + h + flowable.getSpaceAfter()
        if aH - used < self.MIN_FIRST_PART:
            return out
        parts = split_child(last, aW, aH - used, canv)
        return [*heads, *parts] if parts else out


class RuledBlock(Flowable):
    """A block of flowables with a coloured left rule, an optional shade and a kind icon.

    It splits between (and inside) its children, so a long item body flows over pages, and
    it only wraps as many children as it needs, so layout stays linear.

    Split contract (ReportLab's): ``split`` returns ``[]`` when no useful first part fits,
    and otherwise two blocks whose first one is guaranteed (measured) to fit; it never
    returns itself. A child with keepWithNext (a label, a heading) never ends the first part.
    """

    def __init__(
        self,
        content: list[Flowable],
        colour: Color,
        *,
        dash: tuple[float, ...] = (),
        rule_width: float = 2.5,
        shape: str = "",
        background: Color | None = None,
        pad: float = 6.0,
        where: str = "",
    ) -> None:
        super().__init__()
        self.content = content
        self.colour = colour
        self.dash = dash
        self.rule_width = rule_width
        self.shape = shape
        self.background = background
        self.pad = pad
        self.indent = 12.0 + rule_width
        self._kv_where = where
        self._sizes: list[tuple[float, float, float]] = []

    def _opts(self) -> dict[str, Any]:
        return {
            "dash": self.dash,
            "rule_width": self.rule_width,
            "background": self.background,
            "pad": self.pad,
            "where": self._kv_where,
        }

    def _inner(self, avail_width: float) -> float:
        """Return the width the children get."""
        return avail_width - self.indent - (self.pad if self.background else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Measure children until they overflow the available height."""
        inner = self._inner(avail_width)
        canv = getattr(self, "canv", None)
        self._sizes, height = [], 2 * self.pad
        for child in self.content:
            child.canv = canv  # nested containers need it to wrap
            h = wrap_child(child, inner, avail_height)
            before, after = child.getSpaceBefore(), child.getSpaceAfter()
            self._sizes.append((before, h, after))
            height += before + h + after
            if height > avail_height + _FUZZ:
                break
        self.width, self.height = avail_width, height
        return avail_width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split into a first part that fits and the rest, or return [] when nothing fits."""
        inner = self._inner(avail_width)
        canv = getattr(self, "canv", None)
        room = avail_height - 2 * self.pad
        if room <= MIN_SPLIT_ROOM:
            return []
        first: list[Flowable] = []
        rest: list[Flowable] = []
        used = 0.0
        for index, child in enumerate(self.content):
            child.canv = canv
            h = wrap_child(child, inner, avail_height)
            before, after = child.getSpaceBefore(), child.getSpaceAfter()
            if used + before + h + after <= room + _FUZZ:
                first.append(child)
                used += before + h + after
                continue
            rest = list(self.content[index:])
            left = room - used
            parts = split_child(child, inner, left, canv) if left > MIN_SPLIT_ROOM else []
            if parts:
                first.append(parts[0])
                rest = [*parts[1:], *self.content[index + 1 :]]
            break
        # a label or heading must not end the first part: move it over with what it labels
        while first and rest and first[-1].getKeepWithNext():
            rest.insert(0, first.pop())
        if not first or not rest:
            return []
        head = RuledBlock(first, self.colour, shape=self.shape, **self._opts())
        head.canv = canv
        if head.wrap(avail_width, avail_height)[1] > avail_height + _FUZZ:
            return []  # never hand back a first part that does not fit (LayoutError n==2)
        return [head, RuledBlock(rest, self.colour, shape="", **self._opts())]

    def draw(self) -> None:
        """Draw the shade, the rule, the icon and the children."""
        canv = self.canv
        if self.background is not None:
            canv.setFillColor(self.background)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setStrokeColor(self.colour)
        canv.setLineWidth(self.rule_width)
        if self.dash:
            canv.setDash(list(self.dash))
        x = self.rule_width / 2
        canv.line(x, 0, x, self.height)
        canv.setDash()
        if self.shape:
            draw_icon(canv, self.shape, self.colour, self.indent + 3, self.height - self.pad - 4.5)
        y = self.height - self.pad
        for child, (before, h, after) in zip(self.content, self._sizes):
            y -= before + h
            child.drawOn(canv, self.indent, y)
            y -= after


_FUZZ = 1e-6
MIN_SPLIT_ROOM = 12.0


def wrap_child(child: Flowable, width: float, height: float) -> float:
    """Wrap a child and return its height; a paragraph is broken into lines once per width.

    A Paragraph's lines depend only on the width, so re-wrapping it at the same width (a
    block is measured by wrap, then by split, then again when placed) reuses the last result.
    """
    if isinstance(child, Paragraph):
        if child.__dict__.get("_kv_wrapped") == width:
            return float(child.height)
        _w, h = child.wrap(width, height)
        child.__dict__["_kv_wrapped"] = width
        return float(h)
    return float(child.wrap(width, height)[1])


def split_child(child: Flowable, width: float, height: float, canv: Any) -> list[Flowable]:
    """Split one child so its first part (with its spaces) fits in height; else []."""
    spaces = child.getSpaceBefore() + child.getSpaceAfter()
    if height - spaces <= MIN_SPLIT_ROOM:
        return []
    try:
        parts = child.split(width, height - spaces)
    except Exception:  # a child that cannot split is moved whole instead
        return []
    finally:
        child.__dict__.pop("_kv_wrapped", None)  # split may have wrapped it differently
    if len(parts) < 2 or parts[0] is child or isinstance(parts[0], ActionFlowable):
        return []
    if any(isinstance(p, ActionFlowable) for p in parts):
        return []
    first = parts[0]
    first.canv = canv
    h = wrap_child(first, width, height)
    if first.getSpaceBefore() + h + first.getSpaceAfter() > height + _FUZZ:
        return []
    return list(parts)


def draw_icon(
    canv: Canvas, shape: str, colour: Color, cx: float, cy: float, r: float = 3.2
) -> None:
    """Draw a small kind icon (so kinds differ by shape, not only by colour)."""
    canv.saveState()
    canv.setFillColor(colour)
    canv.setStrokeColor(colour)
    canv.setLineWidth(1)
    path = canv.beginPath()
    points = _ICONS.get(shape)
    if shape == "circle":
        canv.circle(cx, cy, r, stroke=0, fill=1)
    elif shape == "ring":
        canv.circle(cx, cy, r, stroke=1, fill=0)
    elif points is not None:
        path.moveTo(cx + points[0][0] * r, cy + points[0][1] * r)
        for px, py in points[1:]:
            path.lineTo(cx + px * r, cy + py * r)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


_ICONS: dict[str, list[tuple[float, float]]] = {
    "square": [(-1, -1), (1, -1), (1, 1), (-1, 1)],
    "triangle": [(-1.1, -1), (1.1, -1), (0, 1.1)],
    "diamond": [(0, -1.3), (1.1, 0), (0, 1.3), (-1.1, 0)],
    "bar": [(-1.3, -0.45), (1.3, -0.45), (1.3, 0.45), (-1.3, 0.45)],
    "cross": [
        (-0.35, -1.2),
        (0.35, -1.2),
        (0.35, -0.35),
        (1.2, -0.35),
        (1.2, 0.35),
        (0.35, 0.35),
        (0.35, 1.2),
        (-0.35, 1.2),
        (-0.35, 0.35),
        (-1.2, 0.35),
        (-1.2, -0.35),
        (-0.35, -0.35),
    ],
    "flag": [(-1, -1.2), (-0.6, -1.2), (-0.6, 0.1), (1.1, 0.65), (-0.6, 1.2), (-1, 1.2)],
    "star": [
        (0, 1.3),
        (0.35, 0.4),
        (1.25, 0.4),
        (0.5, -0.15),
        (0.8, -1.1),
        (0, -0.5),
        (-0.8, -1.1),
        (-0.5, -0.15),
        (-1.25, 0.4),
        (-0.35, 0.4),
    ],
}
