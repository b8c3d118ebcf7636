"""KS products as PDFs: the award scoring sheet, model cards, example collection, indicators."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from exporters import styles as S
from exporters.base import (
    ExportError,
    ExportOptions,
    ExportResult,
    atomic_output,
    check_no_leak,
    file_sha256,
    trainer_texts,
)
from exporters.flowables import RuledBlock
from exporters.fonts import BODY
from exporters.glyphs import fit_snapshot
from exporters.labels import field_label, frequency_label, kind_label, label
from exporters.markdown_pdf import RenderContext, markdown_flowables, para
from exporters.pdfdoc import DocMeta, KvDoc, TocEntry, build, heading, tag
from exporters.rltext import markup_lines, paragraph

if TYPE_CHECKING:
    from content.exports.snapshot import ExportSnapshot, ItemSnapshot
    from content.progress import Progress

MODEL_FIELDS = (
    "actor_groups",
    "roles",
    "phases",
    "dynamics",
    "strengths",
    "weaknesses",
    "suited_challenges",
)
MODELS_PER_TABLE = 4
MAX_CELL_CHARS = 1200  # a scoring-sheet row must fit on a page
Builder = Callable[["_Product"], list[Flowable]]


def render_criteria_sheet(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the «Årets vertskapskommune» scoring sheet from the criterion items."""
    return _render(snapshot, path, progress, options, "criterion", "criteria_sheet", _criteria)


def render_model_cards(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render one card per collaboration model and a comparison matrix."""
    return _render(snapshot, path, progress, options, "collaboration_model", "models", _models)


def render_example_collection(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the example collection, grouped by theme (first tag)."""
    return _render(snapshot, path, progress, options, "example", "examples", _examples)


def render_indicator_appendix(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the indicator appendix: definition, data source, baseline and target."""
    return _render(snapshot, path, progress, options, "indicator", "indicators", _indicators)


class _Product:
    """What a product builder needs: the items, the render context and entry bookkeeping."""

    def __init__(
        self, snap: ExportSnapshot, items: list[ItemSnapshot], ctx: RenderContext, title_key: str
    ) -> None:
        self.snap, self.items, self.ctx, self.lang = snap, items, ctx, snap.lang
        self.title = label(title_key, snap.lang)
        self.entries: list[TocEntry] = []

    def heading(self, text: str, style_name: str, key: str, level: int = 0) -> Paragraph:
        """Return a heading that gets an outline entry."""
        entry = TocEntry(level, text, key, in_toc=False)
        self.entries.append(entry)
        self.ctx.drawn.append(text)
        return heading(text, style_name, entry)

    def markdown(self, item: ItemSnapshot, text: str, field_name: str) -> list[Flowable]:
        """Render an item field as Markdown; failures become a warning and a placeholder."""
        where = f'{kind_label(item.kind)} "{item.title[:60]}" (id {item.id}), felt {field_name}'
        try:
            return markdown_flowables(text, self.ctx, where) if text.strip() else []
        except Exception as exc:  # one bad field must not stop the export
            self.ctx.warn(f"{where}: {type(exc).__name__}: {exc}"[:300])
            return [
                para(
                    f"[{label('content_error', self.lang)}: {item.title}]", "placeholder", self.ctx
                )
            ]

    def cell(self, text: str, style_name: str = "cell") -> Paragraph:
        """Return an escaped table cell."""
        self.ctx.drawn.append(text)
        return paragraph(text, S.style(style_name))


def _render(
    snapshot: ExportSnapshot,
    path: Path,
    progress: Progress,
    options: ExportOptions,
    kind: str,
    title_key: str,
    builder: Builder,
) -> ExportResult:
    """Check there is something to print, build, check for leaks and write atomically."""
    items = snapshot.items_of_kind(kind)
    if not items:
        raise ExportError(
            label(
                f"empty_{title_key if title_key != 'criteria_sheet' else 'criteria'}", snapshot.lang
            )
        )
    progress.start(3, label(title_key, snapshot.lang))
    snapshot, warnings = fit_snapshot(snapshot)  # letters the fonts lack: said, shown as �
    items = snapshot.items_of_kind(kind)
    ctx = RenderContext(assets=snapshot.assets, lang=snapshot.lang, warn=warnings.append)
    product = _Product(snapshot, items, ctx, title_key)
    body = builder(product)
    progress.step(product.title)
    if snapshot.profile == "participant":
        check_no_leak("\n".join(ctx.drawn), trainer_texts(snapshot))
    meta = DocMeta(
        title=f"{product.title} – {snapshot.title}",
        author=snapshot.author or "Kursverk",
        subject=product.title,
        lang=_pdf_lang(snapshot.lang),
        labels=snapshot.lang,
        header_left=f"{product.title} – {snapshot.title}",
        invariant=options.invariant,
        entries=product.entries,
    )
    with atomic_output(Path(path)) as part:
        doc = KvDoc(part, meta, progress)
        pages = build(doc, doc.story([], body))
        progress.check()
    warnings += doc.warnings
    for message in warnings:
        progress.warn(message)
    progress.step(product.title)
    return ExportResult(
        path=Path(path), pages=pages, sha256=file_sha256(Path(path)), warnings=warnings
    )


def _where(item: ItemSnapshot) -> str:
    """Return how warnings name an item."""
    return f'{kind_label(item.kind)} "{item.title[:60]}" (id {item.id})'


def _pdf_lang(lang: str) -> str:
    """Return the PDF /Lang value for a content language."""
    return {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "se": "se-NO"}.get(lang, "nb-NO")


# --------------------------------------------------------------------------- scoring sheet


def _criteria(p: _Product) -> list[Flowable]:
    """Build the scoring sheet: who and when, one row per criterion, and the total."""
    lang = p.lang
    award = next((str(i.fields.get("award")) for i in p.items if i.fields.get("award")), "")
    out: list[Flowable] = [p.heading(award or p.title, "h1", "criteria")]
    if award:
        out.append(para(p.title, "muted", p.ctx))
    blanks = [[p.cell(label(k, lang), "cell_head"), ""] for k in ("candidate", "assessor", "date")]
    form = Table(blanks, colWidths=[90, 250], rowHeights=[22] * 3, hAlign="LEFT")
    form.setStyle(
        TableStyle(
            [
                S.table_font(),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, S.MUTED),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    out += [Spacer(1, 6), form, Spacer(1, 14)]
    head = [
        p.cell(label(k, lang), "cell_head") for k in ("criterion", "weight", "score", "weighted")
    ]
    rows: list[list[Any]] = [head]
    total = 0.0
    for item in p.items:
        weight = _number(item.fields.get("weight"))
        total += weight
        rows.append([_criterion_cell(p, item), p.cell(f"{weight:g} %", "right"), ScoreBoxes(), ""])
    rows.append(
        [p.cell(label("total", lang), "cell_head"), p.cell(f"{total:g} %", "right"), "", ""]
    )
    if abs(total - 100) > 0.01:
        p.ctx.warn(f"Kriteriene har samlet vekt {total:g} % (ikke 100 %)")
    width = S.FRAME_WIDTH
    table = Table(rows, colWidths=[width - 230, 50, 120, 60], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                S.table_font(),
                ("GRID", (0, 0), (-1, -1), 0.5, S.RULE),
                ("BACKGROUND", (0, 0), (-1, 0), S.SHADE),
                ("BACKGROUND", (0, -1), (-1, -1), S.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (2, 1), (2, -2), "MIDDLE"),
            ]
        )
    )
    return [*out, table, Spacer(1, 16), p.cell(label("comment", lang), "h5"), _lines(6)]


def _criterion_cell(p: _Product, item: ItemSnapshot) -> list[Flowable]:
    """Return the criterion cell: title, description and the evidence asked for."""
    out: list[Flowable] = [p.cell(item.title[:MAX_CELL_CHARS], "cell_head")]
    if item.summary:
        summary = item.summary
        if len(summary) > MAX_CELL_CHARS:
            p.ctx.warn(
                f"{_where(item)}, felt summary: {len(summary)} tegn er for langt for "
                f"vurderingsskjemaet; teksten er forkortet til {MAX_CELL_CHARS} tegn"
            )
            summary = summary[:MAX_CELL_CHARS].rsplit(" ", 1)[0] + " …"
        out.append(p.cell(summary))
    evidence = [str(e) for e in item.fields.get("evidence_requested") or []]
    if evidence:
        out.append(p.cell(f"{label('evidence', p.lang)}: {', '.join(evidence)}", "muted"))
    return out


class ScoreBoxes(Flowable):
    """Six boxes numbered 0 to 5 to tick a score."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the fixed size."""
        self.width, self.height = 6 * 17.0, 22.0
        return self.width, self.height

    def draw(self) -> None:
        """Draw the boxes and their numbers."""
        canv = self.canv
        canv.setStrokeColor(S.INK)
        canv.setLineWidth(0.7)
        canv.setFont(BODY, 6.5)
        for n in range(6):
            x = n * 17.0
            canv.rect(x, 0, 11, 11, stroke=1, fill=0)
            canv.drawCentredString(x + 5.5, 13.5, str(n))


def _lines(count: int) -> Table:
    """Return ruled lines for comments."""
    table = Table([[""] for _ in range(count)], colWidths=[S.FRAME_WIDTH], rowHeights=[20] * count)
    table.setStyle(TableStyle([S.table_font(), ("LINEBELOW", (0, 0), (-1, -1), 0.5, S.RULE)]))
    return table


def _number(value: object) -> float:
    """Return a number field as float (0 when missing or invalid)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


# --------------------------------------------------------------------------- model cards


def _models(p: _Product) -> list[Flowable]:
    """Build one card per model, then the comparison matrix."""
    out: list[Flowable] = []
    for index, item in enumerate(p.items):
        if index:
            out.append(PageBreak())
        out += tag(_model_card(p, item), _where(item))
    out += [PageBreak(), p.heading(label("comparison", p.lang), "h1", "comparison")]
    for start in range(0, len(p.items), MODELS_PER_TABLE):
        out += [_matrix(p, p.items[start : start + MODELS_PER_TABLE]), Spacer(1, 12)]
    return out


def _model_card(p: _Product, item: ItemSnapshot) -> list[Flowable]:
    """Return one collaboration-model card."""
    look = S.kind_look(item.kind)
    inner: list[Flowable] = [
        paragraph(kind_label(item.kind, p.lang).upper(), S.tag_style(item.kind)),
        p.heading(item.title, "card_title", f"model-{item.id}", 0),
    ]
    if item.summary:
        inner.append(para(item.summary, "muted", p.ctx))
    inner += p.markdown(item, item.body, "body")
    for name in MODEL_FIELDS:
        inner += _field_block(p, item, name)
    return [
        RuledBlock(
            inner,
            look.colour,
            dash=look.dash,
            rule_width=look.rule_width,
            shape=look.shape,
            background=S.SHADE,
            pad=10,
        )
    ]


def _field_block(p: _Product, item: ItemSnapshot, name: str) -> list[Flowable]:
    """Return a labelled field: a list as bullets, text as Markdown."""
    value = item.fields.get(name)
    if not value:
        return []
    out: list[Flowable] = [para(field_label(name, p.lang), "h5", p.ctx)]
    if isinstance(value, list):
        style = S.variant("bullet", leftIndent=12, bulletIndent=2)
        for entry in value:
            p.ctx.drawn.append(str(entry))
            out.append(paragraph(str(entry), style, bulletText="•"))
        return out
    return out + p.markdown(item, str(value), name)


def _matrix(p: _Product, items: list[ItemSnapshot]) -> Table:
    """Return a comparison table: parameters down, models across."""
    rows: list[list[Any]] = [["", *(p.cell(i.title, "cell_head") for i in items)]]
    for name in MODEL_FIELDS:
        row: list[Any] = [p.cell(field_label(name, p.lang), "cell_head")]
        for item in items:
            value = item.fields.get(name) or ""
            text = "\n".join(f"• {v}" for v in value) if isinstance(value, list) else str(value)
            p.ctx.drawn.append(text)
            row.append(Paragraph(markup_lines(text), S.style("cell")))
        rows.append(row)
    first = 90.0
    rest = (S.FRAME_WIDTH - first) / len(items)
    table = Table(
        rows, colWidths=[first] + [rest] * len(items), repeatRows=1, hAlign="LEFT", splitInRow=1
    )
    table.setStyle(
        TableStyle(
            [
                S.table_font(),
                ("GRID", (0, 0), (-1, -1), 0.5, S.RULE),
                ("BACKGROUND", (0, 0), (-1, 0), S.SHADE),
                ("BACKGROUND", (0, 0), (0, -1), S.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


# --------------------------------------------------------------------------- examples


def _examples(p: _Product) -> list[Flowable]:
    """Build the example collection: a heading per theme, then its examples."""
    themes: dict[str, list[ItemSnapshot]] = {}
    for item in p.items:
        themes.setdefault(item.tags[0] if item.tags else "", []).append(item)
    ordered = sorted(themes, key=lambda t: (t == "", t.lower()))
    out: list[Flowable] = [p.heading(p.title, "h1", "examples")]
    for theme in ordered:
        name = theme.capitalize() if theme else label("no_theme", p.lang)
        out.append(p.heading(f"{label('theme', p.lang)}: {name}", "h2", f"theme-{theme}", 1))
        for item in themes[theme]:
            out += tag(_example(p, item), _where(item))
    return out


def _example(p: _Product, item: ItemSnapshot) -> list[Flowable]:
    """Return one example: place and year, text and lessons."""
    look = S.kind_look(item.kind)
    place = ", ".join(str(item.fields[k]) for k in ("municipality", "county") if item.fields.get(k))
    year = item.fields.get("year")
    meta = " · ".join(x for x in (place, str(year) if year else "", ", ".join(item.tags)) if x)
    inner: list[Flowable] = [
        paragraph(kind_label(item.kind, p.lang).upper(), S.tag_style(item.kind)),
        para(item.title, "h4", p.ctx),
    ]
    if meta:
        inner.append(para(meta, "muted", p.ctx))
    inner += p.markdown(item, item.body or item.summary, "body")
    inner += _field_block(p, item, "lessons")
    return [
        RuledBlock(
            inner, look.colour, dash=look.dash, rule_width=look.rule_width, shape=look.shape
        ),
        Spacer(1, 10),
    ]


# --------------------------------------------------------------------------- indicators


def _indicators(p: _Product) -> list[Flowable]:
    """Build the indicator appendix as one table with a repeated header."""
    lang = p.lang
    keys = ("definition", "data_source", "baseline", "target")
    rows: list[list[Any]] = [
        [
            p.cell(label("indicator", lang), "cell_head"),
            *(p.cell(field_label(k, lang), "cell_head") for k in keys),
        ]
    ]
    for item in p.items:
        f = item.fields
        name = [p.cell(item.title, "cell_head")]
        extra = [
            f"{field_label('unit', lang)}: {f['unit']}" if f.get("unit") else "",
            frequency_label(str(f.get("frequency")), lang) if f.get("frequency") else "",
        ]
        name += [p.cell(x, "muted") for x in extra if x]
        rows.append([name, *(p.cell(str(f.get(k) or "–")) for k in keys)])
    widths = [115.0, S.FRAME_WIDTH - 115 - 85 - 150, 85, 75, 75]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                S.table_font(),
                ("GRID", (0, 0), (-1, -1), 0.5, S.RULE),
                ("BACKGROUND", (0, 0), (-1, 0), S.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        p.heading(p.title, "h1", "indicators"),
        para(p.snap.title, "muted", p.ctx),
        Spacer(1, 8),
        table,
    ]
