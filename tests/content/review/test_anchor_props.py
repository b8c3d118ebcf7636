"""Property tests of re-anchoring: back on its words or orphaned, never misplaced."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from content.review.anchor import (
    Anchor,
    AnchorError,
    locate,
    make_anchor,
    reanchor,
)

# Surrounding text uses lower-case letters; quotes carry upper-case marker words, so a
# test knows where each quote may legitimately be.
LOWER = "abcdefghijklmnopqrstuvwxyzæøåáčđŋšŧž"
word = st.text(alphabet=LOWER, min_size=1, max_size=9)
marker = st.text(alphabet="ÆØÅQXZ", min_size=3, max_size=8)
filler = st.lists(word, min_size=0, max_size=30).map(" ".join)
long_filler = st.lists(word, min_size=12, max_size=30).map(" ".join)
# Three stretches of text with no word in common: real prose rarely repeats 32 characters.
stretches = st.lists(
    st.text(alphabet=LOWER, min_size=2, max_size=9), min_size=36, max_size=80, unique=True
).map(lambda w: tuple(" ".join(w[i::3]) for i in range(3)))
quote_words = st.lists(st.one_of(word, marker), min_size=1, max_size=6).map(" ".join)


@st.composite
def quote(draw: st.DrawFn) -> str:
    """A quote of words with at least one marker word in it."""
    q = draw(quote_words)
    m = draw(marker)
    return f"{m} {q}" if draw(st.booleans()) else f"{q} {m}"


settings.register_profile("anchor", deadline=None, max_examples=150)
settings.load_profile("anchor")


def _at(text: str, q: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(q, start + 1)
    return make_anchor(text, start, start + len(q))


# -- unchanged text ------------------------------------------------------------------------


@given(st.text(min_size=1, max_size=300), st.data())
def test_unchanged_text_keeps_every_anchor(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assume(text[start:end].strip())
    anchor = make_anchor(text, start, end)
    assert anchor.exact == text[start:end].strip()
    assert text[anchor.start : anchor.end] == anchor.exact
    placed = reanchor(anchor, text)
    assert (placed.status, placed.start, placed.end) == ("anchored", anchor.start, anchor.end)


# -- edits outside the range ---------------------------------------------------------------


@given(filler, quote(), filler, st.data())
def test_insertion_outside_the_range_moves_the_anchor(
    before: str, q: str, after: str, data: st.DataObject
) -> None:
    text = f"{before} {q} {after}"
    anchor = _at(text, q)
    insert = data.draw(filler)
    at = data.draw(st.one_of(st.integers(0, anchor.start), st.integers(anchor.end, len(text))))
    new = text[:at] + insert + text[at:]
    placed = reanchor(anchor, new)
    assert placed.status in ("anchored", "moved")
    assert new[placed.start : placed.end] == q
    shift = len(insert) if at <= anchor.start and insert else 0
    assert placed.start == anchor.start + shift


@given(filler, quote(), filler, st.data())
def test_deletion_outside_the_range_moves_the_anchor(
    before: str, q: str, after: str, data: st.DataObject
) -> None:
    text = f"{before} {q} {after}"
    anchor = _at(text, q)
    left = data.draw(st.booleans())
    lo, hi = (0, anchor.start) if left else (anchor.end, len(text))
    a = data.draw(st.integers(lo, hi))
    b = data.draw(st.integers(a, hi))
    new = text[:a] + text[b:]
    placed = reanchor(anchor, new)
    assert placed.status in ("anchored", "moved")
    assert new[placed.start : placed.end] == q
    assert placed.start == anchor.start - (b - a if left else 0)


# -- duplicated phrases --------------------------------------------------------------------


@given(long_filler, quote(), long_filler, long_filler, st.integers(0, 1), st.data())
def test_duplicated_phrase_is_told_apart_by_its_context(
    a: str, q: str, b: str, c: str, which: int, data: st.DataObject
) -> None:
    text = f"{a} {q} {b} {q} {c}"
    assume(text.count(q) == 2 and len(a) > 32 and len(c) > 32)
    anchor, other = _at(text, q, which), _at(text, q, 1 - which)
    assume((anchor.prefix, anchor.suffix) != (other.prefix, other.suffix))
    # an edit far from both quotes: at the start or the end of the text
    insert = data.draw(filler)
    new = insert + text if data.draw(st.booleans()) else text + insert
    offset = len(insert) if new.startswith(insert) and new != text + insert else 0
    placed = reanchor(anchor, new)
    assert placed.status in ("anchored", "moved")
    assert placed.start == anchor.start + offset


@given(stretches, quote(), st.integers(0, 1), st.data())
def test_duplicated_phrase_is_never_put_on_the_other_one(
    abc: tuple[str, str, str], q: str, which: int, data: st.DataObject
) -> None:
    a, b, c = abc
    text = f"{a} {q} {b} {q} {c}"
    assume(text.count(q) == 2)
    anchor = _at(text, q, which)
    other = _at(text, q, 1 - which)
    # rewrite the text around (and maybe over) the commented occurrence
    lo = max(0, anchor.start - data.draw(st.integers(0, 40)))
    hi = min(len(text), anchor.end + data.draw(st.integers(0, 40)))
    if lo < other.end and hi > other.start:  # keep the other occurrence intact
        return
    new = text[:lo] + data.draw(filler) + text[hi:]
    placed = reanchor(anchor, new)
    shift = len(new) - len(text)
    wrong = other.start + (shift if other.start >= hi else 0)
    assert placed.orphaned or placed.start != wrong, f"moved to the other occurrence: {placed}"


# -- moved paragraphs ----------------------------------------------------------------------


@given(
    st.lists(long_filler, min_size=2, max_size=6),
    quote(),
    st.data(),
)
def test_moved_paragraph_takes_its_comment_along(
    paragraphs: list[str], q: str, data: st.DataObject
) -> None:
    k = data.draw(st.integers(0, len(paragraphs) - 1))
    words = paragraphs[k].split(" ")
    cut = data.draw(st.integers(0, len(words)))
    paragraphs[k] = " ".join([*words[:cut], q, *words[cut:]])
    text = "\n\n".join(paragraphs)
    anchor = _at(text, q)
    inner = paragraphs[k]
    at_in_para = inner.index(q)
    # the comment keeps a whole side of its context inside its paragraph
    assume(at_in_para >= 32 or len(inner) - at_in_para - len(q) >= 32)
    target = data.draw(st.integers(0, len(paragraphs) - 1))
    moved = paragraphs[:k] + paragraphs[k + 1 :]
    moved.insert(target, inner)
    new = "\n\n".join(moved)
    placed = reanchor(anchor, new)
    assert new[placed.start : placed.end] == q
    para_start = new.index(inner)
    assert placed.start == para_start + at_in_para


# -- added Markdown emphasis ---------------------------------------------------------------


@given(stretches, quote(), st.data())
def test_added_emphasis_keeps_the_comment_on_its_words(
    abc: tuple[str, str, str], q: str, data: st.DataObject
) -> None:
    before, after, _ = abc
    text = f"{before} {q} {after}."
    anchor = _at(text, q)
    words = q.split(" ")
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    mark = data.draw(st.sampled_from(["**", "_", "*", "`"]))
    emphasised = " ".join([*words[:i], mark + " ".join(words[i:j]) + mark, *words[j:]])
    new = text.replace(q, emphasised, 1)
    placed = reanchor(anchor, new)
    assert not placed.orphaned
    got = new[placed.start : placed.end]
    strip = str.maketrans("", "", "*_`")
    assert got.translate(strip) == q
    assert placed.start in (anchor.start, anchor.start + len(mark))


# -- Unicode and white space ---------------------------------------------------------------


@given(long_filler, quote(), long_filler)
def test_nfd_input_finds_the_nfc_quote(before: str, q: str, after: str) -> None:
    text = unicodedata.normalize("NFC", f"{before} {q} {after}")
    q = unicodedata.normalize("NFC", q)
    anchor = _at(text, q)
    new = unicodedata.normalize("NFD", "Nå: " + text)
    placed = reanchor(anchor, new)
    assert placed.status in ("anchored", "moved")
    assert unicodedata.normalize("NFC", new[placed.start : placed.end]) == q


@given(long_filler, quote(), long_filler)
def test_folded_white_space_maps_back_to_stored_offsets(before: str, q: str, after: str) -> None:
    text = f"{before} {q} {after}"
    anchor = _at(text, q)
    new = text.replace(" ", " \n  ")
    placed = reanchor(anchor, new)
    assert not placed.orphaned
    assert " ".join(new[placed.start : placed.end].split()) == q


# -- deletion of the quote -----------------------------------------------------------------


@given(filler, quote(), filler, st.booleans())
def test_deleted_quote_is_orphaned(before: str, q: str, after: str, replace: bool) -> None:
    text = f"{before} {q} {after}"
    assume(text.count(q) == 1)
    anchor = _at(text, q)
    gap = "helt ny tekst om noe annet enn det" if replace else ""
    new = text[: anchor.start] + gap + text[anchor.end :]
    assume(q not in new)
    placed = reanchor(anchor, new)
    assert placed.orphaned
    assert (placed.start, placed.end) == (-1, -1)


# -- examples ------------------------------------------------------------------------------

TEXT = (
    "Kommunen har gode erfaringer. Dialog er viktig. "
    "Kommunen har gode erfaringer med tidlig dialog."
)


def _second() -> Anchor:
    return _at(TEXT, "gode erfaringer", 1)


def test_rewritten_phrase_is_not_moved_to_its_twin() -> None:
    new = TEXT.replace("gode erfaringer med", "gode erfaring med")
    placed = reanchor(_second(), new)
    assert placed.status == "quote_changed"
    assert new[placed.start : placed.end] == "gode erfaring"


def test_deleted_phrase_is_orphaned_even_with_a_twin() -> None:
    placed = reanchor(_second(), TEXT.replace("gode erfaringer med ", ""))
    assert placed.orphaned


def test_changed_quote_beyond_the_bound_is_orphaned() -> None:
    anchor = _at(TEXT, "tidlig dialog")
    placed = reanchor(anchor, TEXT.replace("tidlig dialog", "sen kontakt"))
    assert placed.orphaned


def test_selectors_round_trip() -> None:
    anchor = _second()
    sel = anchor.selectors()
    assert {s["type"] for s in sel} == {"TextQuoteSelector", "TextPositionSelector"}
    assert Anchor.from_selectors(sel) == anchor
    assert len(anchor.prefix) == 32


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (0, 999), (9, 3), (12, 13)])
def test_bad_ranges_are_refused(start: int, end: int) -> None:
    with pytest.raises(AnchorError):
        make_anchor(TEXT, start, end)  # 12-13 is a single space


def test_locate_needs_context_for_a_repeated_quote() -> None:
    with pytest.raises(AnchorError, match="occurs 2 times"):
        locate(TEXT, "gode erfaringer")
    anchor = locate(TEXT, "gode erfaringer", suffix=" med")
    assert anchor.start == TEXT.rindex("gode erfaringer")
    with pytest.raises(AnchorError, match="not in the text"):
        locate(TEXT, "dårlige erfaringer")
    with pytest.raises(AnchorError, match="empty"):
        locate(TEXT, "  ")


def test_repeat_that_slid_onto_the_old_offset_does_not_take_the_comment() -> None:
    # Found by hypothesis: text inserted before two equal phrases moves the first one onto
    # the second one's old offset; the comment on the second must follow the second.
    a = "a a a a a a a a a a aaa aaaaaaaaa"
    q = "aa aaa QQQ QQQQQQQQ QQQQQQQ"
    b = "b " * 59
    text = f"{a} {q} {b}{q} {a}"
    second = text.rindex(q)
    anchor = make_anchor(text, second, second + len(q))
    insert = "x" * (second - text.index(q))
    placed = reanchor(anchor, insert + text)
    assert placed.status == "moved"
    assert placed.start == second + len(insert)
