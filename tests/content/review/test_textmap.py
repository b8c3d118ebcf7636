"""Where a source range of a Markdown field shows in its visible text."""

from __future__ import annotations

from content.review.textmap import visible_lines, visible_ranges


def _shown(source: str, start: int, end: int) -> list[str]:
    lines = visible_lines(source)
    return [lines[i].text[a:b] for i, a, b in visible_ranges(lines, start, end)]


def test_plain_range_shows_as_itself():
    source = "Små kommuner har lite kapasitet."
    start = source.index("lite")
    assert _shown(source, start, start + len("lite kapasitet")) == ["lite kapasitet"]


def test_emphasis_markup_is_left_out():
    source = "Små kommuner har **lite kapasitet**. Resten."
    start = source.index("**lite")
    end = source.index("**.") + 2
    assert _shown(source, start, end) == ["lite kapasitet"]


def test_range_over_two_paragraphs_shows_on_both():
    source = "Første avsnitt slutter her.\n\nAndre avsnitt begynner."
    start = source.index("slutter")
    end = source.index("begynner")
    assert _shown(source, start, end) == ["slutter her.", "Andre avsnitt "]


def test_markup_only_shows_nowhere():
    source = "Tekst **uthevet** her."
    start = source.index("**")
    assert _shown(source, start, start + 2) == []
