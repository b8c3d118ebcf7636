"""Accessible HTML route: the handbook or trainer guide as one self-contained web page.

Built from the same document model as the Typst PDF/UA route (exporters.document_build), so
trainer-only filtering, labels, numbering and ordering are decided once. The participant
profile gives the handbook, the trainer profile the trainer guide.

The page is one file: images are embedded as data: URIs, the stylesheet is inline and
allowed by its hash in a strict Content-Security-Policy, and there is no script at all.
Every text is escaped; links keep only http, https and mailto targets. Semantic headings
h1-h6 follow the model's levels, parts in another language carry ``lang``, every text
block ``dir="auto"`` so right-to-left names read correctly, tables have ``th scope``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from typing import TYPE_CHECKING

from content.markdown import safe_url
from exporters import styles as S
from exporters.base import ExportOptions, ExportResult, atomic_output, file_sha256, shorten
from exporters.document import (
    Block,
    Box,
    CodeBlock,
    Document,
    Figure,
    Heading,
    ListBlock,
    PageBreak,
    Paragraph,
    Rule,
    Run,
    Table,
)
from exporters.document_build import build_document
from exporters.labels import label
from exporters.markdown_pdf import RenderContext, load_image

if TYPE_CHECKING:
    from pathlib import Path

    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress

# C0/C1 control characters (tab, newline and carriage return stay) and lone surrogates,
# which no HTML parser accepts and UTF-8 cannot encode.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udfff]")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_CLASS = re.compile(r"[^a-z0-9_-]")
TOC_LEVELS = 2  # session and module headings (and the source list) are in the contents
HEAD_CHARS = 90  # the printed running head holds one line of about this many characters


def render_html(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Write the handbook (participant profile) or trainer guide (trainer) as one HTML file.

    Raises LeakError, and leaves the target as it was, if a participant page would print
    trainer-only text.
    """
    trainer = snapshot.profile == "trainer"
    kind = label("trainer_guide" if trainer else "handbook", snapshot.lang)
    progress.start(len(snapshot.modules()) + 2, kind)
    warnings: list[str] = []
    ctx = RenderContext(assets=snapshot.assets, lang=snapshot.lang, warn=warnings.append)
    doc = build_document(snapshot, trainer=trainer, ctx=ctx, progress=progress)
    progress.check()
    progress.step("HTML")
    page = document_html(doc, ctx)
    progress.check()
    with atomic_output(path) as part:
        part.write_bytes(page.encode("utf-8"))
    for message in warnings:
        progress.warn(message)
    progress.step("ferdig")
    return ExportResult(path=path, pages=0, sha256=file_sha256(path), warnings=warnings)


def clean(text: str) -> str:
    """Return text without control characters; a lone surrogate becomes U+FFFD."""
    return _UNSAFE.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else "", text)


def esc(text: str) -> str:
    """Return text escaped for an element's content or a quoted attribute."""
    return html.escape(clean(text), quote=True)


def lang_attr(lang: str) -> str:
    """Return ` lang="xx"` for a well-formed language tag, else nothing."""
    return f' lang="{lang}"' if lang and _LANG.match(lang) else ""


def css_string(text: str) -> str:
    """Return text as a CSS string literal in which every non-alphanumeric is escaped."""
    out = []
    for ch in clean(text):
        out.append(ch if ch.isalnum() and ch.isascii() else f"\\{ord(ch):06x}")
    return '"' + "".join(out) + '"'


def document_html(doc: Document, ctx: RenderContext) -> str:
    """Return the whole page of a document as a string."""
    return _Writer(doc, ctx).page()


class _Writer:
    """Writes the blocks of one document into a list of HTML pieces."""

    def __init__(self, doc: Document, ctx: RenderContext) -> None:
        self.doc, self.ctx = doc, ctx
        self.lang = doc.lang
        self.out: list[str] = []
        self.ids: dict[str, None] = {}
        self.toc: list[tuple[int, str, str]] = []  # (level, id, text)
        self.images: dict[str, str] = {}

    # ------------------------------------------------------------------ page

    def page(self) -> str:
        doc, lang = self.doc, self.lang
        title = doc.title.strip() or label("untitled", lang)
        self.out.append('<div class="cover">\n')
        for block in doc.cover:
            self.block(block)
        self.out.append("</div>\n")
        for block in doc.body:
            self.block(block)
        body = "".join(self.out)
        style = stylesheet(doc)
        digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
        csp = (
            "default-src 'none'; img-src data:; "
            f"style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
        )
        head = (
            "<!DOCTYPE html>\n"
            f'<html{lang_attr(lang) or lang_attr("nb")} dir="ltr">\n<head>\n'
            '<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="author" content="{esc(doc.author)}">\n'
            '<meta name="generator" content="Kursverk">\n'
            f"<title>{esc(title)} – {esc(doc.kind_label)}</title>\n"
            f"<style>{style}</style>\n</head>\n<body>\n"
            f'<a class="skip" href="#main">{esc(label("skip_to_content", lang))}</a>\n'
            '<header class="running">'
            f'<p><span class="run-title" dir="auto">{esc(title)}</span> '
            f'<span class="run-kind">{esc(doc.kind_label)}</span></p></header>\n'
            '<div class="layout">\n'
        )
        tail = "</main>\n</div>\n</body>\n</html>\n"
        return head + self.contents() + '<main id="main" tabindex="-1">\n' + body + tail

    def contents(self) -> str:
        """Return the contents: session headings, each with its modules nested."""
        if not self.toc:
            return ""
        name = esc(self.doc.contents_label)
        parts = [
            '<nav class="toc" aria-labelledby="toc-title">\n'
            f'<p class="toc-title" id="toc-title">{name}</p>\n<ol>'
        ]
        depth = 1
        first = True
        for level, ident, text in self.toc:
            if level > depth:
                parts.append("\n<ol>")
                depth = level
            else:
                if not first:
                    parts.append("</li>")
                while level < depth:
                    parts.append("</ol></li>")
                    depth -= 1
            parts.append(f'\n<li><a href="#{ident}" dir="auto">{esc(text)}</a>')
            first = False
        parts.append("</li>")
        while depth > 1:
            parts.append("</ol></li>")
            depth -= 1
        parts.append("\n</ol>\n</nav>\n")
        return "".join(parts)

    # ------------------------------------------------------------------ blocks

    def block(self, block: Block) -> None:
        """Write one block."""
        out = self.out
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Paragraph):
            style = _cls(block.style)
            out.append(f'<p class="p-{style}" dir="auto">{self.runs(block.runs)}</p>\n')
        elif isinstance(block, ListBlock):
            self.list_block(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, CodeBlock):
            out.append(f'<pre dir="ltr"><code>{esc(block.text)}</code></pre>\n')
        elif isinstance(block, Rule):
            out.append('<hr class="short">\n' if block.short else "<hr>\n")
        elif isinstance(block, PageBreak):
            out.append('<div class="page-break"></div>\n')
        elif isinstance(block, Box):
            self.box(block)

    def heading(self, h: Heading) -> None:
        level = min(max(h.level, 1), 6)
        text = h.text if h.text.strip() else label("untitled", self.lang)
        ident = self.unique_id(h.key or f"h{len(self.ids) + 1}")
        if h.outlined and level <= TOC_LEVELS:
            self.toc.append((level, ident, text))
        self.out.append(f'<h{level} id="{ident}" dir="auto">{esc(text)}</h{level}>\n')
        if h.muted:
            self.out.append(f'<p class="p-heading-meta" dir="auto">{esc(h.muted)}</p>\n')

    def unique_id(self, key: str) -> str:
        """Return an id made of safe characters, unique in the page."""
        base = re.sub(r"[^A-Za-z0-9_-]", "_", clean(key)) or "h"
        if not base[0].isalpha():
            base = "h" + base
        ident, n = base, 1
        while ident in self.ids:
            n += 1
            ident = f"{base}-{n}"
        self.ids[ident] = None
        return ident

    def list_block(self, block: ListBlock) -> None:
        out = self.out
        if block.ordered:
            start = f' start="{block.start}"' if block.start != 1 else ""
            out.append(f"<ol{start}>\n")
        else:
            out.append("<ul>\n")
        for item in block.items:
            out.append('<li dir="auto">')
            for child in item:
                self.block(child)
            out.append("</li>\n")
        out.append("</ol>\n" if block.ordered else "</ul>\n")

    def table(self, table: Table) -> None:
        out = self.out
        name = esc(label("table", self.lang))
        out.append(f'<div class="table-wrap" role="region" aria-label="{name}" tabindex="0">\n')
        out.append("<table>\n")
        numeric = set(table.numeric)
        if table.header:
            out.append("<thead><tr>")
            for c, cell in enumerate(table.header):
                num = ' class="num"' if c in numeric else ""
                out.append(f'<th scope="col"{num} dir="auto">{self.runs(cell)}</th>')
            out.append("</tr></thead>\n")
        out.append("<tbody>\n")
        for row in table.rows:
            out.append("<tr>")
            for c, cell in enumerate(row):
                num = ' class="num"' if c in numeric else ""
                out.append(f'<td{num} dir="auto">{self.runs(cell)}</td>')
            out.append("</tr>\n")
        out.append("</tbody>\n</table>\n</div>\n")

    def figure(self, figure: Figure) -> None:
        src = self.image_uri(figure.asset_id)
        if not src:  # verified when the model was built; cannot happen
            return
        self.out.append(
            f'<figure><img src="{src}" alt="{esc(figure.alt)}" '
            f'width="{int(figure.width)}" height="{int(figure.height)}"></figure>\n'
        )

    def image_uri(self, asset_id: str) -> str:
        """Return the data: URI of a verified image (each image encoded once)."""
        if asset_id not in self.images:
            loaded = load_image(self.ctx, asset_id)
            if isinstance(loaded, str):
                return ""
            data = loaded[0]
            mime = "image/jpeg" if data[:3] == b"\xff\xd8\xff" else "image/png"
            self.images[asset_id] = f"data:{mime};base64,{base64.b64encode(data).decode()}"
        return self.images[asset_id]

    def box(self, box: Box) -> None:
        out = self.out
        kind = _cls(box.kind)
        if box.kind == "quote":
            out.append(f"<blockquote{lang_attr(box.lang)}>\n")
            for child in box.blocks:
                self.block(child)
            out.append("</blockquote>\n")
            return
        out.append(f'<div class="box box-{kind}"{lang_attr(box.lang)}>\n')
        if box.tag:
            # the tag (kind, exercise, «for the trainer») is in the document's language
            out.append(f'<p class="tag" dir="auto"{lang_attr(self.lang) if box.lang else ""}>')
            out.append(f"{esc(box.tag)}</p>\n")
        for child in box.blocks:
            self.block(child)
        if box.note_lines:
            name = esc(label("note_lines", self.lang))
            lines = '<span class="line"></span>' * box.note_lines
            out.append(f'<div class="note-lines" role="img" aria-label="{name}">{lines}</div>\n')
        out.append("</div>\n")

    # ------------------------------------------------------------------ inline

    def runs(self, runs: tuple[Run, ...]) -> str:
        """Return the inline HTML of some runs."""
        parts = []
        for run in runs:
            if run.text == "\n":
                parts.append("<br>")
                continue
            piece = esc(run.text)
            if run.code:
                piece = f"<code>{piece}</code>"
            if run.sup:
                piece = f"<sup>{piece}</sup>"
            if run.em:
                piece = f"<em>{piece}</em>"
            if run.strong:
                piece = f"<strong>{piece}</strong>"
            href = run.href.strip()
            if href and safe_url(href) and run.text.strip():
                piece = f'<a href="{esc(href)}">{piece}</a>'
            parts.append(piece)
        return "".join(parts)


def _cls(name: str) -> str:
    return _CLASS.sub("_", name.lower()) or "x"


def _hex(colour: object) -> str:
    return "#" + str(colour.hexval())[2:]  # type: ignore[attr-defined]


def stylesheet(doc: Document) -> str:
    """Return the page's stylesheet: screen (responsive), focus, and print with running heads."""
    page_pattern = doc.page_pattern
    pieces = re.split(r"(\{page\}|\{total\})", page_pattern)
    counter = " ".join(
        "counter(page)" if p == "{page}" else "counter(pages)" if p == "{total}" else css_string(p)
        for p in pieces
        if p
    )
    running = css_string(
        shorten(doc.header_left.strip() or label("untitled", doc.lang), HEAD_CHARS)
    )
    kinds = "".join(
        f".box-{_cls(kind)}{{border-left-color:{_hex(look.colour)}}}"
        for kind, look in S.KIND_LOOKS.items()
    )
    return (
        _CSS.replace("__INK__", _hex(S.INK))
        .replace("__MUTED__", _hex(S.MUTED))
        .replace("__ACCENT__", _hex(S.ACCENT))
        .replace("__RULE__", _hex(S.RULE))
        .replace("__SHADE__", _hex(S.SHADE))
        .replace("__LINK__", _hex(S.LINK))
        .replace("__PLACEHOLDER__", _hex(S.PLACEHOLDER))
        .replace("__NOTE_BG__", _hex(S.NOTE_BG))
        .replace("__NOTE_RULE__", _hex(S.NOTE_RULE))
        .replace("__RUNNING__", running)
        .replace("__COUNTER__", counter)
        .replace("__KINDS__", kinds)
    )


_CSS = """
:root{color-scheme:light;--ink:__INK__;--muted:__MUTED__;--accent:__ACCENT__;--rule:__RULE__;
--shade:__SHADE__;--link:__LINK__;--focus:#b35900}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;line-height:1.55;
font-family:"Noto Sans","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
overflow-wrap:break-word;hyphens:auto}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
main:focus{outline:none}
.skip{position:absolute;left:.5rem;top:-10rem;z-index:10;background:#fff;color:var(--link);
padding:.6rem 1rem;border:2px solid var(--link);border-radius:4px;font-weight:700}
.skip:focus{top:.5rem}
.running{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--rule);
padding:.45rem 1rem;font-size:.85rem;color:var(--muted)}
.running p{margin:0;max-width:72rem;margin-inline:auto;display:flex;gap:1rem;
justify-content:space-between;white-space:nowrap}
.run-title{overflow:hidden;text-overflow:ellipsis;font-weight:700;color:var(--ink)}
.layout{max-width:72rem;margin:0 auto;padding:0 1rem 4rem}
main{max-width:46rem;min-width:0}
.toc{margin:1.5rem 0;padding:1rem 1.25rem;background:var(--shade);border-radius:6px;
font-size:.95rem}
.toc-title{margin:0 0 .5rem;font-weight:700;font-size:1.05rem}
.toc ol{margin:0;padding-left:1.25rem}
.toc ol ol{padding-left:1rem;font-size:.92rem}
.toc li{margin:.2rem 0}
@media (min-width:62rem){
.layout{display:grid;grid-template-columns:17rem minmax(0,1fr);gap:2.5rem;align-items:start}
.toc{position:sticky;top:3rem;max-height:calc(100vh - 4rem);overflow-y:auto;margin-top:2rem}
}
.cover{margin:2rem 0 2.5rem;padding-bottom:1.5rem;border-bottom:3px solid var(--accent)}
.p-tag,.tag{font-size:.78rem;font-weight:700;letter-spacing:.06em;color:var(--accent);
margin:0 0 .35rem}
.p-cover_title{font-size:clamp(1.6rem,6.5vw,2.6rem);line-height:1.15;font-weight:700;
color:var(--accent);margin:.2rem 0 1rem}
.p-cover_sub{font-size:1.25rem;margin:0 0 .8rem}
.p-cover_meta{color:var(--muted);margin:.2rem 0}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.9rem;color:var(--accent);padding-top:1rem;border-top:1px solid var(--rule)}
h2{font-size:1.5rem}
h3{font-size:1.22rem;color:var(--accent)}
h4{font-size:1.05rem;margin:.2em 0 .5em}
h5{font-size:1rem}
h6{font-size:1rem;font-style:italic;font-weight:400}
@media (max-width:40rem){h1{font-size:1.6rem}h2{font-size:1.3rem}h3{font-size:1.12rem}}
.cover+h1,h1:first-child{border-top:0;padding-top:0}
h1:first-child,.box>h4:first-child,.box>.tag+h4{margin-top:0}
.p-heading-meta{color:var(--muted);margin:-.3em 0 1em}
p{margin:0 0 .8em}
.p-muted{color:var(--muted)}
.p-small{font-size:.9rem}
.p-citation{color:var(--muted);font-style:italic;font-size:.9rem}
.p-biblio{padding-left:1.5rem;text-indent:-1.5rem}
.p-placeholder{color:__PLACEHOLDER__;font-style:italic;background:#fdf0ef;
border:1px solid __PLACEHOLDER__;padding:.3rem .5rem;border-radius:3px}
ul,ol{padding-left:1.5rem;margin:0 0 .8em}
li>p{margin:0 0 .3em}
.box{margin:1.2rem 0;padding:.8rem 1rem;border-left:5px solid var(--muted);
background:#fff;border-radius:0 4px 4px 0;box-shadow:0 0 0 1px var(--rule) inset}
.box>:last-child{margin-bottom:0}
__KINDS__
.box-exercise,.box-objectives{border-left-color:var(--accent);background:var(--shade)}
.box-trainer_note{border-left:6px dashed __NOTE_RULE__;background:__NOTE_BG__}
blockquote{margin:1rem 0;padding:.2rem 0 .2rem 1rem;border-left:4px solid var(--rule)}
.note-lines{display:block;margin-top:.4rem}
.note-lines .line{display:block;height:1.9rem;border-bottom:1px solid var(--rule)}
figure{margin:1rem 0}
img{max-width:100%;height:auto}
pre{white-space:pre-wrap;background:var(--shade);padding:.6rem .8rem;border-radius:4px;
font-size:.88rem}
code{font-family:"Noto Sans Mono",Consolas,"DejaVu Sans Mono",monospace;font-size:.92em}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--rule);padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:var(--shade)}
.num{text-align:end;font-variant-numeric:tabular-nums}
hr{border:0;border-top:1px solid var(--rule);margin:1.2rem 0}
hr.short{width:30%;margin-inline-start:0}
@media print{
@page{size:A4;margin:22mm 20mm 20mm;
@top-left{content:__RUNNING__;font-size:8pt;color:#5b6570}
@bottom-right{content:__COUNTER__;font-size:8pt;color:#5b6570}}
@page:first{@top-left{content:none}@bottom-right{content:none}}
body{font-size:10pt;line-height:1.4}
.skip,.running,.toc{display:none}
.layout{display:block;max-width:none;padding:0}
main{max-width:none}
a{color:inherit}
h1{border-top:0;padding-top:0}
.cover{break-after:page;border:0}
.page-break{break-before:page}
h1,h2,h3,h4{break-after:avoid}
.box,figure,tr{break-inside:avoid}
.table-wrap{overflow:visible}
}
""".strip()
