"""Parse user Markdown safely into an element tree (for exporters) or safe HTML (for previews).

Raw HTML and entities are not interpreted: ``<b>`` and ``&amp;`` stay the literal text the
user typed. Pathological input is bounded (size, nesting, bracket runs) with a warning, and
Python-Markdown's internal stash placeholders never reach the output.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import markdown
from markdown.extensions import footnotes as _fn
from markdown.util import AMP_SUBSTITUTE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

MAX_CHARS = 200_000
MAX_INDENT_LEVELS = 8
MAX_QUOTE_DEPTH = 8  # markers (>, -, 1.) stacked on one line
MAX_BRACKET_RUN = 20
MAX_BRACKETS = 2_000
MAX_EMPHASIS_RUN = 12
# elements nested deeper (emphasis in emphasis in ...) keep their words but lose their
# styles, so every renderer's walk over the tree stays shallow (no RecursionError)
MAX_TREE_DEPTH = 40
SAFE_SCHEMES = ("http://", "https://", "mailto:")
ASSET_PREFIX = "asset:"
EXTENSIONS = ("tables", "fenced_code", "footnotes", "sane_lists")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_STASH = re.compile("\x02wzxhzdk:([0-9]+)\x03")
_LEADING = re.compile(r"^([ \t]*)(.*)$")
_MARKERS = re.compile(r"^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+")
_MARKER = re.compile(r"\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))")
_BRACKET_RUN = re.compile(rf"[\[\]]{{{MAX_BRACKET_RUN + 1},}}")
_EMPH_RUN = re.compile(rf"[*_]{{{MAX_EMPHASIS_RUN + 1},}}")
_local = threading.local()

# What parsing tells the user, (nb, nn, en); ``Problem.text(lang)`` picks the export's language.
PROBLEMS: dict[str, tuple[str, str, str]] = {
    "too_deep": (
        "teksten er nestet for dypt og vises som vanlig tekst",
        "teksten er nesta for djupt og blir vist som vanleg tekst",
        "the text is nested too deeply and is shown as plain text",
    ),
    "too_long": (
        "teksten er {n} tegn; bare de første {limit} er tatt med",
        "teksten er {n} teikn; berre dei første {limit} er tekne med",
        "the text is {n} characters; only the first {limit} are kept",
    ),
    "brackets": (
        "svært mange hakeparenteser; de vises som vanlig tekst",
        "svært mange hakeparentesar; dei blir viste som vanleg tekst",
        "very many square brackets; they are shown as plain text",
    ),
    "emphasis_run": (
        "svært lange rekker av * eller _; de vises som vanlig tekst",
        "svært lange rekkjer av * eller _; dei blir viste som vanleg tekst",
        "very long runs of * or _; they are shown as plain text",
    ),
    "lists_flattened": (
        "lister nestet dypere enn {levels} nivåer er flatet ut",
        "lister nesta djupare enn {levels} nivå er flata ut",
        "lists nested deeper than {levels} levels are flattened",
    ),
    "line_nesting": (
        "lister eller sitater nestet på én linje er kuttet til {depth}",
        "lister eller sitat nesta på éi linje er kutta til {depth}",
        "lists or quotes nested on one line are cut to {depth}",
    ),
    "link_removed": (
        "lenke til «{href}» er fjernet (bare http, https og mailto er lov)",
        "lenkje til «{href}» er fjerna (berre http, https og mailto er lov)",
        "link to «{href}» removed (only http, https and mailto are allowed)",
    ),
    "image_blocked": (
        "bilde «{src}» er ikke fra biblioteket og er erstattet med en boks",
        "bilete «{src}» er ikkje frå biblioteket og er bytt ut med ein boks",
        "image «{src}» is not from the library and is replaced by a box",
    ),
}


class Problem(str):
    """A parsing warning: bokmål text (as before), with its key and values for other languages."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, **values: object) -> Problem:
        """Make the warning ``key`` with its {fields}."""
        made = super().__new__(cls, PROBLEMS[key][0].format(**values))
        made.key, made.values = key, values
        return made

    def text(self, lang: str) -> str:
        """Return the warning in a language (nb, nn or en; bokmål for any other)."""
        column = {"nn": 1, "en": 2}.get(lang, 0)
        return PROBLEMS[self.key][column].format(**self.values)


def problem_text(problem: str, lang: str) -> str:
    """Return a parsing warning in a language (a plain string stays as it is)."""
    return problem.text(lang) if isinstance(problem, Problem) else problem


def _md() -> markdown.Markdown:
    """Return this thread's Markdown instance (instances are not thread-safe)."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=list(EXTENSIONS))
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        _local.md = md
    return md


def parse(text: str) -> tuple[ET.Element, list[str]]:
    """Parse Markdown into a cleaned ``div`` element tree and a list of warnings."""
    warnings: list[str] = []
    source = _bound(text or "", warnings)
    md = _md()
    md.reset()
    try:
        root = _plain_paragraphs(source)
        if root is None:
            root = _run(md, source)
    except RecursionError:
        warnings.append(Problem("too_deep"))
        root = ET.Element("div")
        for chunk in source.split("\n\n"):
            ET.SubElement(root, "p").text = chunk
        return root, warnings
    _plain_text(root)
    _restore_stash(root, list(md.htmlStash.rawHtmlBlocks))
    _clean(root, warnings)
    _flatten_deep(root, warnings)
    return root, warnings


def _run(md: markdown.Markdown, source: str) -> ET.Element:
    """Run Python-Markdown up to the tree (no serializer, no raw-HTML postprocessor)."""
    lines = source.split("\n")
    for prep in md.preprocessors:
        lines = prep.run(lines)
    root: ET.Element = md.parser.parseDocument(lines).getroot()
    for tree_proc in md.treeprocessors:
        new_root = tree_proc.run(root)
        if new_root is not None:
            root = new_root
    return root


# characters that may start Markdown syntax anywhere in a line, and those only at its start
_INLINE_SYNTAX = frozenset("\\`*_[]<>&|#~\t")
_LINE_START_SYNTAX = frozenset(" -+=>0123456789")


def _plain_paragraphs(source: str) -> ET.Element | None:
    """Return the tree of a text that is only plain paragraphs, or None if it is more.

    Most bodies are running text; Python-Markdown would run a dozen inline patterns over
    every paragraph to find nothing. This builds the tree it would build (``p`` per block
    of lines, the same white space) when no character could start any syntax, and leaves
    everything else (lists, headings, code, emphasis, links, hard breaks) to Python-Markdown.
    """
    if any(mark in source for mark in _INLINE_SYNTAX):  # a substring search per mark: fast
        return None
    for line in source.split("\n"):
        if line[:1] in _LINE_START_SYNTAX or line[:1].isspace() or line[-1:].isspace():
            return None
    root = ET.Element("div")
    for block in (source + "\n\n").split("\n\n"):  # as Python-Markdown splits blocks
        if block.strip():
            ET.SubElement(root, "p").text = block.lstrip("\n")
            root[-1].tail = "\n"
    if len(root):
        root.text = "\n"
    root.tail = "\n"
    return root


# --------------------------------------------------------------------------- bounding input


def _bound(text: str, warnings: list[str]) -> str:
    """Cap size and nesting of the source, with warnings, so parsing stays linear."""
    if len(text) > MAX_CHARS:
        warnings.append(Problem("too_long", n=f"{len(text):,}", limit=f"{MAX_CHARS:,}"))
        text = text[:MAX_CHARS]
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\x02", "").replace("\x03", "")
    lines = [_cap_line(line, warnings) for line in text.split("\n")]
    text = "\n".join(lines)
    # a regex search scans slower than str.find: look for runs only where the marks occur
    if ("[" in text or "]" in text) and (
        _BRACKET_RUN.search(text) or text.count("[") > MAX_BRACKETS
    ):
        warnings.append(Problem("brackets"))
        text = _BRACKET_RUN.sub(lambda m: "".join("\\" + c for c in m.group(0)), text)
        if text.count("[") > MAX_BRACKETS:
            text = re.sub(r"(?<!\\)([\[\]])", r"\\\1", text)
    if ("*" in text or "_" in text) and _EMPH_RUN.search(text):
        warnings.append(Problem("emphasis_run"))
        text = _EMPH_RUN.sub(lambda m: "".join("\\" + c for c in m.group(0)), text)
    return text


def _cap_line(line: str, warnings: list[str]) -> str:
    """Cap a line's indentation and blockquote depth."""
    lead, rest = _LEADING.match(line).groups()  # type: ignore[union-attr]
    width = len(lead.expandtabs(4))
    limit = 4 * MAX_INDENT_LEVELS
    if width > limit:
        if not any(getattr(w, "key", "") == "lists_flattened" for w in warnings[-1:]):
            warnings.append(Problem("lists_flattened", levels=MAX_INDENT_LEVELS))
        lead = " " * limit
    markers = _MARKERS.match(rest)
    if markers and len(_MARKER.findall(markers.group(0))) > MAX_QUOTE_DEPTH:
        if not any(getattr(w, "key", "") == "line_nesting" for w in warnings):
            warnings.append(Problem("line_nesting", depth=MAX_QUOTE_DEPTH))
        kept = "".join(_MARKER.findall(markers.group(0))[:MAX_QUOTE_DEPTH])
        rest = kept + " " + rest[markers.end() :].lstrip()
    return lead + rest


# --------------------------------------------------------------------------- cleaning the tree


def _plain_text(root: ET.Element) -> None:
    """Undo the HTML escaping Python-Markdown leaves in the tree, so it holds plain text.

    Code spans and indented code blocks come escaped (``&lt;``), and e-mail autolinks come
    as obfuscated entities (``&#107;`` behind an ampersand placeholder). Every consumer
    of the tree escapes text for its own output, so leaving them would escape them twice.
    Runs before fenced code is restored: that arrives parsed, already plain.
    """
    for elem in root.iter():
        if elem.tag == "code" and elem.text:
            elem.text = html.unescape(elem.text)
        elem.text = _unmask_entities(elem.text)
        elem.tail = _unmask_entities(elem.tail)
        for key, value in elem.attrib.items():
            elem.set(key, _unmask_entities(value) or "")


def _unmask_entities(text: str | None) -> str | None:
    """Turn entities written behind Python-Markdown's ampersand placeholder into characters."""
    if not text or AMP_SUBSTITUTE not in text:
        return text
    return html.unescape(text.replace(AMP_SUBSTITUTE, "&"))


def _restore_stash(root: ET.Element, stash: list[str]) -> None:
    """Replace stash placeholders (fenced code) with parsed elements, never raw HTML."""
    for parent in list(root.iter()):
        for index, child in enumerate(list(parent)):
            match = _STASH.fullmatch((child.text or "").strip())
            if child.tag == "p" and len(child) == 0 and match:
                parent.remove(child)
                parent.insert(index, _stash_element(stash, int(match.group(1)), child.tail))


def _stash_element(stash: list[str], index: int, tail: str | None) -> ET.Element:
    """Return the element a stash entry stands for (a pre block)."""
    raw = stash[index] if 0 <= index < len(stash) else ""
    raw = raw if isinstance(raw, str) else ""
    try:
        elem = ET.fromstring(f"<div>{raw}</div>")
        found = elem.find("pre")
        if found is None:
            raise ValueError("no pre")
    except (ET.ParseError, ValueError):
        found = ET.Element("pre")
        code = ET.SubElement(found, "code")
        code.text = html.unescape(re.sub(r"<[^>]*>", "", raw))
    found.tail = tail
    return found


def _clean(root: ET.Element, warnings: list[str]) -> None:
    """Drop placeholders and unsafe links or images left in the tree."""
    for elem in root.iter():
        elem.text = _fix_text(elem.text)
        elem.tail = _fix_text(elem.tail)
        if elem.tag == "a":
            _clean_link(elem, warnings)
        elif elem.tag == "img":
            _clean_image(elem, warnings)


def _flatten_deep(root: ET.Element, warnings: list[str]) -> None:
    """Turn what is nested deeper than ``MAX_TREE_DEPTH`` into the plain text it holds.

    Nested emphasis (``*a _b *c …``) parses into one element per level; thousands of levels
    would overflow every recursive walk over the tree. Walked without recursion; the
    element at the limit keeps its own style and takes its descendants' text in order.
    """
    stack = [(root, 0)]
    flattened = False
    while stack:
        elem, depth = stack.pop()
        for child in elem:
            if depth + 1 < MAX_TREE_DEPTH or not len(child):
                stack.append((child, depth + 1))
                continue
            text = "".join(child.itertext())  # ElementTree walks this without recursion
            for grandchild in list(child):
                child.remove(grandchild)
            child.text = text
            flattened = True
    if flattened:
        warnings.append(
            f"tekst nestet dypere enn {MAX_TREE_DEPTH} nivåer (utheving i utheving) "
            "vises uten utheving"
        )


def _fix_text(text: str | None) -> str | None:
    """Replace footnote placeholders and remove any stray stash markers."""
    if not text:
        return text
    text = text.replace(_fn.FN_BACKLINK_TEXT, "\u21a9").replace(_fn.NBSP_PLACEHOLDER, "\xa0")
    return _STASH.sub("", text).replace("\x02", "").replace("\x03", "")


def _clean_link(elem: ET.Element, warnings: list[str]) -> None:
    """Keep only http, https and mailto links (and footnote anchors)."""
    href = (elem.get("href") or "").strip()
    footnote = elem.get("class", "").startswith("footnote") and href.startswith("#")
    if footnote or safe_url(href):
        return
    warnings.append(Problem("link_removed", href=href[:60]))
    elem.attrib.pop("href", None)
    elem.tag = "span"


def _clean_image(elem: ET.Element, warnings: list[str]) -> None:
    """Keep only images from the library (asset:ID)."""
    src = (elem.get("src") or "").strip()
    if src.startswith(ASSET_PREFIX) and len(src) > len(ASSET_PREFIX):
        elem.set("src", src)
        return
    warnings.append(Problem("image_blocked", src=src[:60]))
    elem.set("src", "")
    elem.set("data-blocked", src[:200])


def safe_url(url: str) -> bool:
    """Tell whether a link target uses an allowed scheme (http, https, mailto)."""
    low = url.strip().lower()
    return low.startswith(SAFE_SCHEMES) and len(low) > len("mailto:") and " " not in low


def iter_text(elem: ET.Element) -> Iterator[str]:
    """Yield the text of an element and its descendants in document order."""
    if elem.text:
        yield elem.text
    for child in elem:
        yield from iter_text(child)
        if child.tail:
            yield child.tail


def plain_text(text: str) -> str:
    """Return the visible text of Markdown, without markup."""
    root, _warnings = parse(text)
    return "".join(iter_text(root))


# --------------------------------------------------------------------------- HTML preview

_TAGS = {
    "div",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "pre",
    "code",
    "img",
    "hr",
    "br",
    "sup",
    "span",
}
_ATTRS = {
    "a": ("href", "title", "class", "id"),
    "li": ("id",),
    "sup": ("id",),
    "div": ("class",),
    "code": ("class",),
    "th": ("align",),
    "td": ("align",),
    "ol": ("start",),
    "img": ("alt", "title"),
}


def to_html(text: str, resolve_asset: Callable[[str], str | None] | None = None) -> str:
    """Return safe HTML for a preview; ``resolve_asset`` maps an asset id to an image URL."""
    root, _warnings = parse(text)
    out: list[str] = []
    for child in root:
        _html(child, out, resolve_asset)
        out.append(html.escape(child.tail or "", quote=False))
    return "".join(out)


def _html(elem: ET.Element, out: list[str], resolve: Callable[[str], str | None] | None) -> None:
    """Serialize one element with a tag and attribute whitelist."""
    tag = elem.tag if elem.tag in _TAGS else "span"
    if tag == "img":
        out.append(_img_html(elem, resolve))
        return
    attrs = "".join(
        f' {name}="{html.escape(elem.get(name, ""))}"'
        for name in _ATTRS.get(tag, ())
        if elem.get(name) is not None
    )
    out.append(f"<{tag}{attrs}>")
    if tag in ("hr", "br"):
        return
    out.append(html.escape(elem.text or "", quote=False))
    for child in elem:
        _html(child, out, resolve)
        out.append(html.escape(child.tail or "", quote=False))
    out.append(f"</{tag}>")


def _img_html(elem: ET.Element, resolve: Callable[[str], str | None] | None) -> str:
    """Return an img tag for a resolved asset, or a visible placeholder."""
    src = elem.get("src", "")
    alt = html.escape(elem.get("alt", ""))
    url = resolve(src[len(ASSET_PREFIX) :]) if resolve and src else None
    if url:
        return f'<img src="{html.escape(url)}" alt="{alt}">'
    return f'<span class="missing-image">[bilde: {alt}]</span>'


# --------------------------------------------------------------------------- quick plain text

_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)?[^<>\s]+)>")
_LINE_MARKS = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M)
_INLINE_MARKS = re.compile(r"`+|(?<!\w)[*_]+|[*_]+(?!\w)")


def strip_markup(text: str) -> str:
    """Return Markdown with its common markup removed, fast (for search snippets).

    Not a parser: ``plain_text`` is exact but costs a parse per call, too slow for the
    fifty snippets of one search as the user types.
    """
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _LINE_MARKS.sub("", text)
    return _INLINE_MARKS.sub("", text)
