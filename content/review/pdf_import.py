"""Read a returned review draft: turn a reviewer's PDF annotations into comment drafts.

The draft (exporters/review_pdf.py) carries a map of every printed word: its place on the
page and the source characters of the field it came from. A reviewer's highlight,
strike-out, caret or note is matched against that map, so each mark becomes a range of
one field's Markdown source (text marked across two fields gives two drafts). pypdf reads
the file; nothing here parses PDF by hand.

A PDF without the map (not made by Kursverk) or one pypdf cannot read is refused with a
``ReviewPdfError``; so is one with more annotations than a person writes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

MAP_NAME = "kursverk-review-map.json"
MAP_FORMAT = "kursverk-review-map"
MAX_ANNOTATIONS = 5000
TEXT_MARKUP = {"/Highlight", "/Underline", "/Squiggly", "/StrikeOut"}
NOTES = {"/Text", "/FreeText"}
IGNORED = {"/Popup", "/Link", "/Widget"}


class ReviewPdfError(Exception):
    """The file is not a Kursverk review draft, or cannot be read."""


@dataclass(frozen=True)
class MarkDraft:
    """One comment to create from an annotation (before it is stored).

    ``start``/``end`` index the field's source as it was when the draft was made
    (``revision``); ``quote`` is that source text, so the comment can be re-anchored on
    today's text. ``field`` is empty for an entity-level (margin) note.
    """

    key: str  # annotation /NM, else a hash of what it says and where
    entity_type: str
    entity_id: str
    field: str
    revision: int
    start: int
    end: int
    quote: str
    kind: str  # kommentar | endringsforslag
    text: str
    author: str
    replacement: str | None = None
    reply_to: str = ""  # key of the annotation this one answers
    page: int = 0
    prefix: str = ""  # up to 32 characters of the source before the quote
    suffix: str = ""  # and after it (to find the words again in a changed text)


@dataclass
class ReviewImport:
    """What a returned draft holds: comment drafts and what could not be read."""

    title: str
    target_id: str
    marks: list[MarkDraft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_review_pdf(path: Path) -> ReviewImport:
    """Return the comment drafts a returned review draft holds."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = list(reader.pages)
        attachments = reader.attachments
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ReviewPdfError(f"{Path(path).name}: the PDF cannot be read ({exc})") from exc
    data = attachments.get(MAP_NAME)
    if not data:
        raise ReviewPdfError(
            f"{Path(path).name}: not a Kursverk review draft (no {MAP_NAME} inside); "
            "export one with «export review-pdf»"
        )
    rmap = _load_map(path, data[0])
    result = ReviewImport(str(rmap.get("title", "")), str(rmap.get("target_id", "")))
    lines_by_page = {int(p["page"]): p["lines"] for p in rmap["pages"]}
    annots = [(n, a) for n, page in enumerate(pages, 1) for a in _annotations(page)]
    if len(annots) > MAX_ANNOTATIONS:
        raise ReviewPdfError(
            f"{Path(path).name}: {len(annots)} annotations, more than the {MAX_ANNOTATIONS} "
            "a review draft can take; split the review"
        )
    reader_keys = {id(a): _key(n, a) for n, a in annots}
    by_ref = _by_reference(annots, reader_keys)
    replaced = _replacements(annots, reader_keys, by_ref)
    for page_no, annot in annots:
        subtype = str(annot.get("/Subtype", ""))
        if subtype in IGNORED or str(annot.get("/NM", "")).startswith("kursverk:"):
            continue
        try:
            result.marks.extend(
                _drafts(page_no, annot, subtype, reader_keys, by_ref, replaced, rmap, lines_by_page)
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            result.problems.append(
                f"page {page_no}: a {subtype[1:]} annotation cannot be read ({exc})"
            )
    return result


def _load_map(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse and check the embedded map."""
    try:
        rmap = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReviewPdfError(f"{Path(path).name}: the review map inside is damaged") from exc
    if not isinstance(rmap, dict) or rmap.get("format") != MAP_FORMAT:
        raise ReviewPdfError(f"{Path(path).name}: the review map inside is not Kursverk's")
    if rmap.get("version") != 1:
        raise ReviewPdfError(
            f"{Path(path).name}: review map version {rmap.get('version')} is newer than this "
            "Kursverk reads; update Kursverk"
        )
    return rmap


def _annotations(page: Any) -> list[Any]:
    """Return the page's annotation dictionaries."""
    annots = page.get("/Annots")
    if annots is None:
        return []
    return [a.get_object() for a in annots.get_object()]


def _key(page_no: int, annot: Any) -> str:
    """Return the annotation's /NM, else a hash of its page, kind, place, text and author."""
    name = annot.get("/NM")
    if name:
        return f"nm:{name}"
    parts = [
        page_no,
        annot.get("/Subtype"),
        _floats(annot.get("/Rect")),
        annot.get("/Contents"),
        annot.get("/T"),
    ]
    return "sha1:" + hashlib.sha1(repr(parts).encode()).hexdigest()


def _floats(value: Any) -> list[float]:
    """Return a PDF number array as rounded floats."""
    return [round(float(v), 1) for v in (value or [])]


def _by_reference(annots: list[tuple[int, Any]], keys: dict[int, str]) -> dict[int, str]:
    """Map each reply or grouped annotation (by /IRT) to the key of the one it points to."""
    by_object = {}
    for _n, a in annots:
        ref = getattr(a, "indirect_reference", None)
        if ref is not None:
            by_object[(ref.idnum, ref.generation)] = keys[id(a)]
    out: dict[int, str] = {}
    for _n, a in annots:
        irt = a.get("/IRT")
        ref = getattr(irt, "idnum", None) if irt is not None else None
        if ref is not None:
            target = by_object.get((irt.idnum, irt.generation))
            if target:
                out[id(a)] = target
    return out


def _replacements(
    annots: list[tuple[int, Any]], keys: dict[int, str], by_ref: dict[int, str]
) -> dict[str, str]:
    """Return strike-out key -> inserted text, for Acrobat's «replace text» (caret grouped)."""
    out: dict[str, str] = {}
    for _n, a in annots:
        if (
            str(a.get("/Subtype")) == "/Caret"
            and str(a.get("/RT", "")) == "/Group"
            and id(a) in by_ref
        ):
            out[by_ref[id(a)]] = str(a.get("/Contents", ""))
    return out


class _Note(NamedTuple):
    """What every draft of one annotation shares."""

    key: str
    text: str
    author: str
    page: int


def _drafts(
    page_no: int,
    annot: Any,
    subtype: str,
    keys: dict[int, str],
    by_ref: dict[int, str],
    replaced: dict[str, str],
    rmap: dict[str, Any],
    lines_by_page: dict[int, list[dict[str, Any]]],
) -> list[MarkDraft]:
    """Return the comment drafts one annotation makes."""
    note = _Note(
        keys[id(annot)],
        str(annot.get("/Contents", "") or ""),
        str(annot.get("/T", "") or ""),
        page_no,
    )
    lines = lines_by_page.get(page_no, [])
    if id(annot) in by_ref and subtype in NOTES | {"/Caret"}:
        if subtype == "/Caret" and str(annot.get("/RT", "")) == "/Group":
            return []  # the inserted text of a replace, read with its strike-out
        return [_entity_draft(note, {}, reply_to=by_ref[id(annot)])]
    if subtype in TEXT_MARKUP:
        ranges = _ranges(_quads(annot), lines)
        strike = subtype == "/StrikeOut"
        kind = "endringsforslag" if strike else "kommentar"
        replacement = replaced.get(note.key, "") if strike else None
        split = len(ranges) > 1
        return [
            _draft(note, rmap, fkey, (start, end), kind, replacement, f"#{n}" if split else "")
            for n, (fkey, start, end) in enumerate(ranges)
        ]
    if subtype == "/Caret":
        return _caret_draft(note, annot, rmap, lines)
    if subtype in NOTES:
        ranges = _ranges([_floats(annot.get("/Rect"))], lines)
        if ranges:
            fkey, start, end = ranges[0]
            return [_draft(note, rmap, fkey, (start, end), "kommentar")]
        owner = _nearest_field(_floats(annot.get("/Rect")), lines, lines_by_page, page_no)
        return [] if owner is None else [_entity_draft(note, rmap["fields"][owner])]
    return []


def _caret_draft(
    note: _Note, annot: Any, rmap: dict[str, Any], lines: list[dict[str, Any]]
) -> list[MarkDraft]:
    """Return an insertion: the caret's word up to the caret, replaced by it plus the text."""
    spot = _caret_spot(_floats(annot.get("/Rect")), lines)
    if spot is None:
        return []
    fkey, word_start, at, word_end = spot
    quote = rmap["fields"][fkey]["source"][word_start:at]
    inserted = f"{quote} {note.text}" if word_end else f"{quote}{note.text}"
    return [_draft(note, rmap, fkey, (word_start, at), "endringsforslag", inserted)]


def _entity_draft(note: _Note, ref: dict[str, Any], reply_to: str = "") -> MarkDraft:
    """Build a draft on a whole entity (a margin note), or a reply (no place of its own)."""
    return MarkDraft(
        note.key,
        ref.get("entity_type", ""),
        ref.get("entity_id", ""),
        "",
        int(ref.get("revision", 0)),
        0,
        0,
        "",
        "kommentar",
        note.text,
        note.author,
        reply_to=reply_to,
        page=note.page,
    )


def _draft(
    note: _Note,
    rmap: dict[str, Any],
    fkey: str,
    span: tuple[int, int],
    kind: str,
    replacement: str | None = None,
    suffix: str = "",
) -> MarkDraft:
    """Build one draft on a field range."""
    ref = rmap["fields"][fkey]
    start, end = span
    return MarkDraft(
        note.key + suffix,
        ref["entity_type"],
        ref["entity_id"],
        ref["field"],
        int(ref["revision"]),
        start,
        end,
        ref["source"][start:end],
        kind,
        note.text,
        note.author,
        replacement,
        page=note.page,
        prefix=ref["source"][max(0, start - 32) : start],
        suffix=ref["source"][end : end + 32],
    )


def _quads(annot: Any) -> list[list[float]]:
    """Return one [x0, y0, x1, y1] box per quadrilateral (or the /Rect when there are none)."""
    points = _floats(annot.get("/QuadPoints"))
    if len(points) < 8:
        return [_floats(annot.get("/Rect"))]
    boxes = []
    for i in range(0, len(points) - 7, 8):
        xs, ys = points[i : i + 8 : 2], points[i + 1 : i + 8 : 2]
        boxes.append([min(xs), min(ys), max(xs), max(ys)])
    return boxes


def _chars(word: list[Any]) -> list[tuple[float, float, int]]:
    """Return (left, right, source offset) of each character of a mapped word."""
    x0, _x1, start, _end, edges = word[:5]
    offsets = word[5] if len(word) > 5 else range(start, start + len(edges))
    lefts = [0.0, *edges[:-1]]
    return [(x0 + lo, x0 + hi, off) for lo, hi, off in zip(lefts, edges, offsets)]


def _ranges(boxes: list[list[float]], lines: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    """Return (field key, start, end) for the characters the boxes cover, one range per field."""
    spans: dict[str, list[int]] = {}
    for line in lines:
        mid_y = (line["y0"] + line["y1"]) / 2
        for x0, y0, x1, y1 in boxes:
            if not y0 <= mid_y <= y1:
                continue
            for word in line["words"]:
                for left, right, offset in _chars(word):
                    if x0 <= (left + right) / 2 <= x1:
                        span = spans.setdefault(line["field"], [offset, offset + 1])
                        span[0], span[1] = min(span[0], offset), max(span[1], offset + 1)
    return [(k, v[0], v[1]) for k, v in spans.items()]


def _caret_spot(
    rect: list[float], lines: list[dict[str, Any]]
) -> tuple[str, int, int, bool] | None:
    """Return where a caret points.

    That is the field key, the start of its word, the insertion offset, and whether it
    sits at the word's end (the inserted text then needs a space).
    """
    if len(rect) < 4:
        return None
    x, y = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    for line in lines:
        if not line["y0"] - 2 <= y <= line["y1"] + 2 or not line["words"]:
            continue
        before = [w for w in line["words"] if w[0] <= x] or line["words"][:1]
        word = before[-1]
        chars = _chars(word)
        inside = [c for c in chars if (c[0] + c[1]) / 2 <= x]
        if not inside:
            return line["field"], word[2], word[2], False
        at = inside[-1][2] + 1
        return line["field"], word[2], at, len(inside) == len(chars)
    return None


def _nearest_field(
    rect: list[float],
    lines: list[dict[str, Any]],
    by_page: dict[int, list[dict[str, Any]]],
    page: int,
) -> str | None:
    """Return the field printed nearest (vertically) to a note in the margin."""
    if lines and len(rect) >= 4:
        y = (rect[1] + rect[3]) / 2
        return str(min(lines, key=lambda ln: abs((ln["y0"] + ln["y1"]) / 2 - y))["field"])
    for earlier in sorted((p for p in by_page if p < page), reverse=True):
        if by_page[earlier]:
            return str(by_page[earlier][-1]["field"])
    return None
