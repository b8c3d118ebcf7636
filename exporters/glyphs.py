"""Letters never go missing silently in the ReportLab routes.

ReportLab draws a character its font has no glyph for as an empty box, without a word. So
before a ReportLab export renders, ``fit_snapshot`` checks every text of the snapshot
against the bundled fonts (``exporters.fonts.missing_glyphs``), replaces the characters no
font can show with U+FFFD (as the Typst route does) and returns one warning per item and
field naming the characters (label ``missing_glyphs``, in the export's language).
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from typing import TYPE_CHECKING, Any

from exporters.fonts import covered_by_any, describe_chars, missing_glyphs
from exporters.labels import label

if TYPE_CHECKING:
    from content.exports.snapshot import ExportSnapshot

REPLACEMENT = "\ufffd"
# fields that hold ids, codes and choices, never printed as typed
_NOT_TEXT = frozenset(
    (
        "id",
        "kind",
        "block_type",
        "display",
        "status",
        "language",
        "scope",
        "target_id",
        "profile",
        "lang",
        "source_id",
        "relation_type",
        "target_kind",
        "exercise_kind",
        "start_time",
        "audiences",
        "tags",
    )
)
# parts of a snapshot that are not printed text (images, the manifest, review comments)
_SKIPPED = frozenset(("assets", "used", "comments"))


@functools.cache
def _covered_chars() -> frozenset[str]:
    """Return the characters some bundled font can show, as one-character strings."""
    return frozenset(map(chr, covered_by_any()))


def _shown_missing(text: str) -> str:
    """Return the characters of a text no bundled font shows (control characters aside)."""
    if text.isascii() or set(text) <= _covered_chars():
        return ""
    return "".join(
        ch for ch in missing_glyphs(text) if unicodedata.category(ch) not in ("Cc", "Cf")
    )


def fit_text(text: str) -> tuple[str, str]:
    """Return the text with characters no font shows as U+FFFD, and those characters."""
    gone = _shown_missing(text)
    if not gone:
        return text, ""
    return "".join(REPLACEMENT if ch in gone else ch for ch in text), gone


def fit_snapshot(snapshot: ExportSnapshot) -> tuple[ExportSnapshot, list[str]]:
    """Return the snapshot with unshowable characters replaced, and a warning for each place."""
    found: dict[str, str] = {}

    def fit(text: str, where: str) -> str:
        fitted, gone = fit_text(text)
        if gone:
            found[where] = "".join(dict.fromkeys(found.get(where, "") + gone))
        return fitted

    def head(obj: Any, within: str) -> str:
        """Name a part: its title and id; an untitled block by the part it sits in."""
        title = str(getattr(obj, "title", "") or "")[:60]
        ident = getattr(obj, "id", "")
        if title:
            return f"{title} (id {ident})" if ident else title
        return f"{within} › id {ident}" if within else f"id {ident}"

    def walk(value: Any, where: str, within: str = "") -> Any:
        if isinstance(value, str):
            return fit(value, where)
        if isinstance(value, tuple):
            return tuple(walk(v, where, within) for v in value)
        if isinstance(value, list):
            return [walk(v, where, within) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, f"{where}.{k}", within) for k, v in value.items()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            name = head(value, within)
            changes = {}
            for f in dataclasses.fields(value):
                if f.name in _NOT_TEXT or f.name in _SKIPPED:
                    continue
                old = getattr(value, f.name)
                new = walk(old, f"{name}, {f.name}", name)
                if new is not old and new != old:
                    changes[f.name] = new
            return dataclasses.replace(value, **changes) if changes else value
        return value

    fitted = walk(snapshot, "")
    warnings = [
        label("missing_glyphs", snapshot.lang, where=where, chars=describe_chars(chars))
        for where, chars in found.items()
    ]
    return fitted, warnings
