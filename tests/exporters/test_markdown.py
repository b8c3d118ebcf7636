"""Markdown parsing: raw HTML stays text, links and images are filtered, bad input is bounded."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from content import markdown as md_module
from content.markdown import MAX_CHARS, parse, plain_text, to_html


def test_raw_html_and_entities_stay_literal():
    html = to_html("a<b and x<y, AT&T &amp; <b>bold</b> <script>x</script>")
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html
    assert "AT&amp;T &amp;amp;" in html
    assert plain_text("<b>x</b> &amp;").strip() == "<b>x</b> &amp;"


def test_only_safe_links_and_asset_images():
    html = to_html(
        "[a](https://ks.no) [b](mailto:x@y.no) [c](javascript:alert(1)) [d](file:///etc/passwd)"
        " ![i](asset:img1) ![j](https://x.org/a.png)",
        resolve_asset=lambda i: f"data:image/png;base64,{i}",
    )
    assert 'href="https://ks.no"' in html
    assert 'href="mailto:x@y.no"' in html
    assert "javascript" not in html
    assert "file:" not in html
    assert 'src="data:image/png;base64,img1"' in html
    assert "x.org" not in html


def test_fenced_code_and_footnotes_without_placeholders():
    root, warnings = parse(
        "```\nx < 1 & 2\n```\n\nTekst[^1]\n\n[^1]: Fotnote.\n\n\x02wzxhzdk:0\x03"
    )
    text = ET.tostring(root, encoding="unicode")
    assert "x &lt; 1 &amp; 2" in text
    assert "Fotnote." in text
    # a forged placeholder stays the user's literal text; it never pulls in stashed content
    assert text.count("x &lt; 1 &amp; 2") == 1
    assert "\x02" not in text
    assert "zz1337820767766393qq" not in text
    assert not warnings


@pytest.mark.parametrize(
    "source",
    [
        "[" * 50_000,
        "*" * 50_000,
        "- " * 3000,
        "> " * 3000 + "x",
        "1. " * 3000,
        "\n".join("    " * d + "- x" for d in range(500)),
        "![" * 20_000,
        "x" * (MAX_CHARS * 50),
    ],
)
@pytest.mark.timeout(60)  # a guard against a hang, not a speed test (the parser bounds the work)
def test_pathological_input_is_bounded(source):
    root, warnings = parse(source)
    assert warnings
    assert root.tag == "div"


# -- text that looks like markup reaches every output once, as typed ----------------------

ESCAPING_TEXT = (
    "Skriv til <kari@vik.kommune.no> om `a<b && c>d`.\n\n"
    "    if x < y && z > 0:\n"
    "        print('a & b')\n"
)


def _rendered_text(kind: str, tmp_path) -> str:
    from pptx import Presentation
    from pypdf import PdfReader

    from content.exports.snapshot import BlockSnapshot
    from content.progress import Progress
    from exporters.base import ExportOptions
    from exporters.registry import renderer, suffix
    from tests.exporters.conftest import make_snapshot

    block = BlockSnapshot(id="esc", block_type="text", title="Kode", text=ESCAPING_TEXT)
    snap = make_snapshot(sessions=1, modules_per_session=1, extra_blocks=(block,))
    path = tmp_path / f"out{suffix(kind)}"
    renderer(kind)(snap, path, Progress(), ExportOptions(invariant=True))
    if kind == "pptx":
        return " ".join(
            shape.text_frame.text
            for slide in Presentation(str(path)).slides
            for shape in slide.shapes
            if shape.has_text_frame
        )
    if kind == "html":
        from tests.exporters.conftest import html_text

        return html_text(path)
    return " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("kind", ["handbook", "slides", "pptx", "html"])
def test_code_and_email_print_as_typed(kind, tmp_path):
    text = " ".join(_rendered_text(kind, tmp_path).split())
    assert "kari@vik.kommune.no" in text
    assert "a<b && c>d" in text
    assert "if x < y && z > 0:" in text
    for broken in ("amp#", "&lt;", "&gt;", "&amp;", "&#"):
        assert broken not in text, broken


_PLAIN_ALPHABET = "ab æø å.,;:!?()'\"\n -+=^–\u00a0\u3000\u2028"


def _tree_without_shortcut(text: str) -> str:
    saved = md_module._plain_paragraphs
    md_module._plain_paragraphs = lambda _source: None  # always through Python-Markdown
    try:
        return ET.tostring(parse(text)[0], encoding="unicode")
    finally:
        md_module._plain_paragraphs = saved


_PIECES = st.sampled_from([*_PLAIN_ALPHABET, "\n\n", "1.", "e-post", "x=y"])


@given(st.lists(_PIECES, max_size=60).map("".join))
@settings(max_examples=400, deadline=None)
@example("a\n\n\n\nb\n")
@example("Sør-Varanger og e-post: 1. mai\n\n\u00a0neste avsnitt\n- punkt")
def test_running_text_parses_as_python_markdown_would(text: str) -> None:
    """Plain running text takes a shortcut past Python-Markdown; the tree must not change."""
    assert ET.tostring(parse(text)[0], encoding="unicode") == _tree_without_shortcut(text)


def test_the_shortcut_takes_running_text_only() -> None:
    assert md_module._plain_paragraphs("Første avsnitt, Sør-Varanger.\n\nAndre: x=y!") is not None
    for text in ("a *b*", "a\n- b", "a  \nb", "    kode", "1. a", "a [b](c)", "a\n===", "# a"):
        assert md_module._plain_paragraphs(text) is None, text
