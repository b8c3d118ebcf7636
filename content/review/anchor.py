"""Anchor a comment to a range of a text field, and place it again after the text changed.

An anchor is the W3C Web Annotation pair of selectors over a field's Markdown source: a
TextQuoteSelector (``exact`` plus up to 32 characters of ``prefix`` and ``suffix``) and a
TextPositionSelector (``start``, ``end``: Python string offsets). ``reanchor`` follows
the rules of issue 11 and never guesses:

1. the stored position still holds the exact quote and its context: keep it
   (``anchored``); the same words at the old offset with other words around them may be
   a repeat of the phrase that moved there, so they go through the rules below;
2. the quote occurs exactly once elsewhere: move there (``moved``) when some of its
   context agrees;
3. it occurs several times: take the one whose prefix and suffix agree clearly better
   than any other's;
4. otherwise the text between the (unique) prefix and suffix is accepted when it is
   within a bounded edit distance of the quote (``quote_changed``); anything else is
   ``orphaned``.

Rule 2 asks for some context, unlike a bare "found once, move": when one of two equal
phrases is rewritten or deleted, the other one is not where the comment was. The price:
a comment on a whole paragraph that moved (both sides of its context new) is orphaned,
and the reader re-attaches it.

Matching is done on a folded copy of the text (Unicode NFC, every run of white space one
space); offsets are mapped back to the stored text, so callers only see real offsets.
Pure functions, no database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

CONTEXT = 32  # characters of prefix and suffix kept (W3C TextQuoteSelector)
MAX_CHANGE = 0.3  # an approximate match may differ in this share of the quote's characters
MIN_AGREEMENT = 0.5  # context agreement needed to pick one of several exact occurrences
MIN_MOVE = 0.25  # context agreement needed to move to the one exact occurrence
_CONTEXT_PIECES = (CONTEXT, 16, 8)  # context lengths tried, longest first, when fuzzy
_MARKUP = str.maketrans("", "", "*_`~")

Status = Literal["anchored", "moved", "quote_changed", "orphaned"]


class AnchorError(ValueError):
    """A range or quote that cannot be anchored (outside the text, empty)."""


@dataclass(frozen=True)
class Anchor:
    """Where a comment was made: the quote with its context, and its position."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def selectors(self) -> list[dict[str, Any]]:
        """Return the anchor as W3C Web Annotation selectors (JSON-safe)."""
        return [
            {
                "type": "TextQuoteSelector",
                "exact": self.exact,
                "prefix": self.prefix,
                "suffix": self.suffix,
            },
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    @classmethod
    def from_selectors(cls, selectors: list[dict[str, Any]]) -> Anchor:
        """Read an anchor back from its W3C selectors (both must be present)."""
        by_type = {s.get("type"): s for s in selectors}
        quote = by_type.get("TextQuoteSelector")
        pos = by_type.get("TextPositionSelector")
        if quote is None or pos is None:
            raise AnchorError("an anchor needs a TextQuoteSelector and a TextPositionSelector")
        return cls(
            exact=str(quote["exact"]),
            prefix=str(quote.get("prefix", "")),
            suffix=str(quote.get("suffix", "")),
            start=int(pos["start"]),
            end=int(pos["end"]),
        )


@dataclass(frozen=True)
class Placement:
    """Where an anchor lies in a text now (``start == end == -1`` when orphaned)."""

    status: Status
    start: int = -1
    end: int = -1

    @property
    def orphaned(self) -> bool:
        """Tell whether the anchor has no place in the text."""
        return self.status == "orphaned"


ORPHANED = Placement("orphaned")


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """Anchor ``text[start:end]``; refuse a range outside the text or an empty one.

    White space at either end of the range is left out: it carries no meaning, and a
    quote that begins inside a folded white-space run could not be mapped back exactly.
    """
    if not 0 <= start <= len(text) or not 0 <= end <= len(text):
        raise AnchorError(
            f"the range {start}-{end} is outside the text (it has {len(text)} characters)"
        )
    if end <= start:
        raise AnchorError(f"the range {start}-{end} is empty: nothing to comment on")
    if not text[start:end].strip():
        raise AnchorError(f"the range {start}-{end} holds only white space")
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def locate(text: str, exact: str, prefix: str = "", suffix: str = "") -> Anchor:
    """Anchor the one exact occurrence of a quote, told apart by prefix/suffix when repeated.

    Raises AnchorError when the quote is empty, not in the text, or repeated with no
    context that picks one occurrence.
    """
    if not exact.strip():
        raise AnchorError("the quote is empty")
    folded = _fold(text)
    spans = _occurrences(folded, _fold(exact).text)
    if not spans:
        raise AnchorError(f"the quote «{_short(exact)}» is not in the text")
    if len(spans) > 1:
        picked = _pick(folded, spans, _fold(prefix).text, _fold(suffix).text, edges=False)
        if picked is None:
            raise AnchorError(
                f"the quote «{_short(exact)}» occurs {len(spans)} times; give a prefix or "
                "suffix that tells them apart, or the start and end offsets"
            )
        spans = [picked]
    start, end = folded.source_range(*spans[0])
    return make_anchor(text, start, end)


def reanchor(anchor: Anchor, new_text: str) -> Placement:
    """Place an anchor in a changed text, or report it orphaned (never a guess)."""
    s, e = anchor.start, anchor.end
    if (
        0 <= s < e <= len(new_text)
        and new_text[s:e] == anchor.exact
        and new_text[max(0, s - len(anchor.prefix)) : s] == anchor.prefix
        and new_text[e : e + len(anchor.suffix)] == anchor.suffix
    ):
        return Placement("anchored", s, e)  # the quote and its context where they were
    folded = _fold(new_text)
    quote = _fold(anchor.exact).text
    if not quote.strip():
        return ORPHANED
    prefix, suffix = _fold(anchor.prefix).text, _fold(anchor.suffix).text
    spans = _occurrences(folded, quote)
    span = _pick(folded, spans, prefix, suffix, edges=True) if spans else None
    if span is not None:
        start, end = folded.source_range(*span)
        return Placement("anchored" if (start, end) == (s, e) else "moved", start, end)
    span = _approximate(folded, quote, prefix, suffix)
    if span is not None:
        return Placement("quote_changed", *folded.source_range(*span))
    return ORPHANED


# -- the folded text -------------------------------------------------------------------


@dataclass(frozen=True)
class _Folded:
    """NFC text with white-space runs folded, and the source span of each character."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    length: int  # of the source text

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Map a range of the folded text to the source text."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else self.length
            return at, at
        return self.starts[start], self.ends[end - 1]


def _continues(ch: str) -> bool:
    """Tell whether a character composes with the one before it (combining or jamo)."""
    return unicodedata.combining(ch) != 0 or "\u1160" <= ch <= "\u11ff"


@lru_cache(maxsize=64)
def _fold(text: str) -> _Folded:
    """Fold a text for matching; cached, so a thousand anchors fold the text once."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        j = i + 1
        if ch.isspace():
            while j < n and text[j].isspace():
                j += 1
            piece = " "
        else:
            while j < n and _continues(text[j]):
                j += 1
            piece = ch if j == i + 1 and ch < "\u0300" else unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return _Folded("".join(out), tuple(starts), tuple(ends), n)


def _occurrences(folded: _Folded, quote: str) -> list[tuple[int, int]]:
    """Return every (possibly overlapping) occurrence of a quote in the folded text."""
    spans: list[tuple[int, int]] = []
    at = folded.text.find(quote)
    while at >= 0 and quote:
        spans.append((at, at + len(quote)))
        at = folded.text.find(quote, at + 1)
    return spans


# -- choosing among occurrences -----------------------------------------------------------


def _common_tail(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_head(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _agreement(text: str, span: tuple[int, int], prefix: str, suffix: str, edges: bool) -> float:
    """Score how well the context around a span agrees with prefix and suffix (0..1).

    With ``edges`` (re-anchoring), an empty prefix means the quote stood at the start of
    the text and must still; without it (a quote the user typed) an empty side says nothing.
    """
    scores: list[float] = []
    start, end = span
    if prefix:
        scores.append(_common_tail(prefix, text[max(0, start - len(prefix)) : start]) / len(prefix))
    elif edges:
        scores.append(1.0 if start == 0 else 0.0)
    if suffix:
        scores.append(_common_head(suffix, text[end : end + len(suffix)]) / len(suffix))
    elif edges:
        scores.append(1.0 if end == len(text) else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _pick(
    folded: _Folded, spans: list[tuple[int, int]], prefix: str, suffix: str, edges: bool
) -> tuple[int, int] | None:
    """Return the one span whose context agrees clearly best, or None when none does.

    A single occurrence needs only some agreement (``MIN_MOVE``): its context may have
    changed when a paragraph moved, but a phrase that merely repeats one whose place was
    rewritten must not take over the comment. Several need ``MIN_AGREEMENT`` and a winner.
    """
    scored = sorted(
        ((_agreement(folded.text, s, prefix, suffix, edges), s) for s in spans), reverse=True
    )
    best = scored[0][0]
    if len(scored) == 1:
        return scored[0][1] if best >= MIN_MOVE else None
    if best < MIN_AGREEMENT or best - scored[1][0] < 1e-9:
        return None
    return scored[0][1]


# -- approximate matching -----------------------------------------------------------------


def _unique(text: str, piece: str) -> int | None:
    """Return the one place a piece occurs in the text, or None (absent or repeated)."""
    first = text.find(piece)
    if first < 0 or text.find(piece, first + 1) >= 0:
        return None
    return first


def _left_edge(text: str, prefix: str) -> int | None:
    """Return where the text after the (unique) prefix begins, trying shorter tails."""
    if not prefix:
        return 0
    for size in _CONTEXT_PIECES:
        piece = prefix[-size:]
        if len(piece) < size and size != _CONTEXT_PIECES[0]:
            continue
        at = _unique(text, piece)
        if at is not None:
            return at + len(piece)
    return None


def _right_edge(text: str, suffix: str, after: int) -> int | None:
    """Return where the (unique) suffix begins at or after ``after``, trying shorter heads."""
    if not suffix:
        return len(text)
    for size in _CONTEXT_PIECES:
        piece = suffix[:size]
        if len(piece) < size and size != _CONTEXT_PIECES[0]:
            continue
        at = _unique(text[after:], piece)
        if at is not None:
            return after + at
    return None


def _approximate(folded: _Folded, quote: str, prefix: str, suffix: str) -> tuple[int, int] | None:
    """Find the changed quote between its unchanged context, or None."""
    limit = int(len(quote) * MAX_CHANGE)
    text = folded.text
    left = _left_edge(text, prefix)
    if left is None:
        return None
    right = _right_edge(text, suffix, left)
    if right is None or abs((right - left) - len(quote)) > limit + _markup_slack(text, left, right):
        return None
    candidate = text[left:right]
    if not candidate.strip():
        return None
    if candidate.translate(_MARKUP) == quote.translate(_MARKUP):
        return left, right  # only emphasis or code marks were added or removed
    if limit == 0 or edit_distance(candidate, quote, limit) > limit:
        return None
    return left, right


def _markup_slack(text: str, left: int, right: int) -> int:
    """Return how many emphasis marks lie between two offsets (they do not count as change)."""
    return len(text[left:right]) - len(text[left:right].translate(_MARKUP))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Return the Levenshtein distance of two strings, or ``limit + 1`` once it is exceeded."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def _short(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
