"""Letters never go missing silently, on any route.

ReportLab draws a character its font has no glyph for as an empty box, without a word, and
Typst refuses a PDF/UA document with one. So before an export renders, ``fit_snapshot``
checks every text of the snapshot against the fonts its route can use
(``exporters.fonts.missing_glyphs``), replaces the characters none of them shows with
U+FFFD and returns one warning per item and field naming the characters (label
``missing_glyphs``, in the export's language). The Typst PDF/UA route has the Arabic and
Hebrew fonts too; the ReportLab routes cannot shape or order right-to-left text, so there
those letters get their own warning (label ``rtl_glyphs``: the PDF/UA export prints them).
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import TYPE_CHECKING, Any

from exporters.fonts import PRINT, describe_chars, missing_glyphs, ua_only
from exporters.labels import warning

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


_TEXT_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _text_fields(cls: type) -> tuple[str, ...] | None:
    """Return the fields of a snapshot dataclass type that may hold printed text."""
    if cls not in _TEXT_FIELDS:  # asked for every value of a snapshot: remembered per type
        _TEXT_FIELDS[cls] = (
            tuple(f.name for f in dataclasses.fields(cls) if f.name not in _NOT_TEXT | _SKIPPED)
            if dataclasses.is_dataclass(cls)
            else None
        )
    return _TEXT_FIELDS[cls]


def _shown_missing(text: str, route: str = PRINT) -> str:
    """Return the characters of a text no font of the route shows (control characters aside)."""
    if text.isascii():  # Noto Sans has every printable ASCII letter
        return ""
    return "".join(
        ch for ch in missing_glyphs(text, route) if unicodedata.category(ch) not in ("Cc", "Cf")
    )


def fit_text(text: str, route: str = PRINT) -> tuple[str, str]:
    """Return the text with characters the route's fonts lack as U+FFFD, and those characters."""
    gone = _shown_missing(text, route)
    if not gone:
        return text, ""
    return "".join(REPLACEMENT if ch in gone else ch for ch in text), gone


def glyph_warnings(found: dict[str, str], lang: str) -> list[str]:
    """Return the warnings for characters a route lacks: place -> those characters.

    Letters only the PDF/UA route can show (Arabic, Hebrew) are named in a warning of their
    own that says where they do print; every other character in ``missing_glyphs``.
    """
    if not found:  # the usual case: do not load the right-to-left fonts for nothing
        return []
    rtl_points = ua_only()
    warnings = []
    for where, chars in found.items():
        rtl = "".join(ch for ch in chars if ord(ch) in rtl_points)
        other = "".join(ch for ch in chars if ord(ch) not in rtl_points)
        if other:
            shown = describe_chars(other)
            warnings.append(warning("missing_glyphs", lang, where=where, chars=shown))
        if rtl:
            warnings.append(warning("rtl_glyphs", lang, where=where, chars=describe_chars(rtl)))
    return warnings


def fit_snapshot(snapshot: ExportSnapshot, route: str = PRINT) -> tuple[ExportSnapshot, list[str]]:
    """Return the snapshot with unshowable characters replaced, and a warning for each place.

    ``route`` names the fonts the export can use (``exporters.fonts.PRINT`` for the
    ReportLab routes, ``UA`` for the Typst route, which has the right-to-left fonts too).
    """
    found: dict[str, str] = {}

    def fit(text: str, where: str) -> str:
        fitted, gone = fit_text(text, route)
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
        names = _text_fields(type(value))
        if names is not None:
            name = head(value, within)
            changes = {}
            for field in names:
                old = getattr(value, field)
                new = walk(old, f"{name}, {field}", name)
                if new is not old and new != old:
                    changes[field] = new
            return dataclasses.replace(value, **changes) if changes else value
        return value

    fitted = walk(snapshot, "")
    return fitted, glyph_warnings(found, snapshot.lang)
