"""Participant handbook and trainer guide: A4 PDFs of a curriculum, session or module."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from content.progress import Cancelled
from exporters import styles as S
from exporters.base import (
    ExportOptions,
    ExportResult,
    LeakError,
    atomic_output,
    check_no_leak,
    file_sha256,
    trainer_texts,
)
from exporters.citations import bibliography_sources, cite, reference
from exporters.flowables import RuledBlock
from exporters.glyphs import fit_snapshot
from exporters.labels import (
    audience_label,
    exercise_label,
    format_date,
    kind_label,
    label,
    message_lang,
    pdf_lang,
    session_heading,
    warning,
)
from exporters.markdown_pdf import RenderContext, markdown_flowables, para, placeholder
from exporters.pdfdoc import DocMeta, KvDoc, TocEntry, build, heading, mark, tag
from exporters.rltext import paragraph

if TYPE_CHECKING:
    from content.exports.snapshot import (
        BlockSnapshot,
        ExportSnapshot,
        ItemSnapshot,
        ModuleSnapshot,
        SessionSnapshot,
    )
    from content.progress import Progress

NOTE_LINES = 6


def render_handbook(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the participant handbook (trainer content is never printed)."""
    return _render(snapshot, Path(path), progress, options, trainer=False)


def render_trainer_guide(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the trainer guide: the handbook plus agendas, timings and trainer notes."""
    return _render(snapshot, Path(path), progress, options, trainer=True)


def _render(
    snapshot: ExportSnapshot,
    path: Path,
    progress: Progress,
    options: ExportOptions,
    *,
    trainer: bool,
) -> ExportResult:
    """Build the story, check for leaks, lay it out once and write it atomically."""
    modules = snapshot.modules()
    progress.start(
        2 * len(modules) + 2, label("trainer_guide" if trainer else "handbook", snapshot.lang)
    )
    snapshot, warnings = fit_snapshot(snapshot)  # letters the fonts lack: said, shown as �
    ctx = RenderContext(assets=snapshot.assets, lang=snapshot.lang, warn=warnings.append)
    book = _Book(snapshot, ctx, progress, trainer)
    body = book.body()
    if not trainer or snapshot.profile == "participant":
        _check_leak(snapshot, ctx.drawn)
    progress.check()
    meta = DocMeta(
        title=snapshot.title,
        author=snapshot.author or "Kursverk",
        subject=label("trainer_guide" if trainer else "handbook", snapshot.lang),
        lang=pdf_lang(snapshot.lang),
        labels=snapshot.lang,
        header_left=snapshot.title,
        invariant=options.invariant,
        entries=book.entries,
    )
    with atomic_output(path) as part:
        doc = KvDoc(part, meta, progress)
        pages = build(doc, doc.story(book.cover(), body))
        progress.check()
    warnings += doc.warnings
    for message in warnings:
        progress.warn(message)
    progress.step("ferdig")
    return ExportResult(path=path, pages=pages, sha256=file_sha256(path), warnings=warnings)


def _check_leak(snapshot: ExportSnapshot, drawn: list[str]) -> None:
    """Raise LeakError if the text to be drawn contains trainer-only text."""
    check_no_leak("\n".join(drawn), trainer_texts(snapshot))


class _Book:
    """Builds the flowables of a handbook or trainer guide."""

    def __init__(
        self, snap: ExportSnapshot, ctx: RenderContext, progress: Progress, trainer: bool
    ) -> None:
        self.snap = snap
        self.ctx = ctx
        self.lang = snap.lang
        self.progress = progress
        self.trainer = trainer
        self.entries: list[TocEntry] = []
        self.sources = {s.id: s for s in snap.sources}
        self.cited: dict[str, None] = {}

    # ------------------------------------------------------------------ cover

    def cover(self) -> list[Flowable]:
        """Return the cover page: title, programme, audiences, edition and date."""
        snap, lang, ctx = self.snap, self.lang, self.ctx
        kind = label("trainer_guide" if self.trainer else "handbook", lang)
        out: list[Flowable] = [
            Spacer(1, 120),
            para(kind.upper(), "tag", ctx),
            para(snap.title, "cover_title", ctx),
        ]
        if snap.programme:
            out.append(para(snap.programme, "cover_sub", ctx))
        if snap.description:
            out += markdown_flowables(
                snap.description, ctx, _where_doc(snap, "description", self.lang)
            )
        out.append(Spacer(1, 30))
        meta = [
            (label("audiences", lang), ", ".join(audience_label(a, lang) for a in snap.audiences)),
            (label("edition", lang), snap.edition),
            (label("date", lang), format_date(snap.edition_date, lang)),
        ]
        out += [para(f"{name}: {value}", "cover_meta", ctx) for name, value in meta if value]
        return out

    # ------------------------------------------------------------------ body

    def body(self) -> list[Flowable]:
        """Return the body: sessions, modules, then the bibliography."""
        out: list[Flowable] = []
        for index, session in enumerate(self.snap.sessions):
            if index:
                out.append(PageBreak())
            out += self.session(session)
        out += self.bibliography()
        return out

    def session(self, session: SessionSnapshot) -> list[Flowable]:
        """Return a session heading, its agenda (trainer) and its modules."""
        title = session_heading(session.title, session.number, self.lang)
        entry = self._entry(0, title, f"ses-{session.id}")
        out: list[Flowable] = [heading(title, "h1", entry)]
        self.ctx.drawn.append(title)
        date_text = format_date(session.session_date, self.lang)
        when = " · ".join(x for x in (date_text, session.start_time) if x)
        if when:
            out.append(para(when, "muted", self.ctx))
        if self.trainer:
            out += self.agenda(session)
        for index, module in enumerate(session.modules):
            if index or self.trainer:
                out.append(PageBreak())
            out += self.module(module)
        return out

    def module(self, module: ModuleSnapshot) -> list[Flowable]:
        """Return a module: heading, objectives, then its sections."""
        self.progress.step(module.title)
        title = f"{module.code} {module.title}".strip() if module.code else module.title
        entry = self._entry(1, title, f"mod-{module.id}")
        out: list[Flowable] = [heading(title, "h2", entry, progress_label=module.title)]
        self.ctx.drawn.append(title)
        meta = [audience_label(a, self.lang) for a in module.audiences]
        if module.minutes:
            meta.append(label("min_suffix", self.lang, n=module.minutes))
        if meta:
            out.append(para(" · ".join(meta), "muted", self.ctx))
        if module.description:
            where = warning("where_module", self.lang, title=module.title, id=module.id)
            out += self._markdown(module.description, where, "description")
        out += self.objectives(module)
        for section in module.sections:
            key = f"sec-{section.id}"
            out.append(heading(section.title, "h3", self._entry(2, section.title, key, False)))
            self.ctx.drawn.append(section.title)
            for block in section.blocks:
                out += self.block(block)
        return out

    def objectives(self, module: ModuleSnapshot) -> list[Flowable]:
        """Return the learning objectives box."""
        if not module.objectives:
            return []
        inner: list[Flowable] = [para(label("objectives", self.lang), "h5", self.ctx)]
        style = S.variant("bullet", leftIndent=12, bulletIndent=2)
        for text in module.objectives:
            self.ctx.drawn.append(text)
            inner.append(paragraph(text, style, bulletText="•"))
        return [
            Spacer(1, 4),
            RuledBlock(inner, S.ACCENT, rule_width=1.5, background=S.SHADE),
            Spacer(1, 6),
        ]

    # ------------------------------------------------------------------ blocks

    def block(self, block: BlockSnapshot) -> list[Flowable]:
        """Return one block, or a placeholder and a warning if it cannot be rendered."""
        if (block.block_type == "trainer_note" or block.trainer_only) and not self.trainer:
            return []
        try:
            return tag(self._block(block), _where_block(block, self.lang))
        except Cancelled:
            raise
        except Exception as exc:  # one bad block must not stop the export
            where = _where_block(block, self.lang)
            self.ctx.warn(f"{where}: {type(exc).__name__}: {exc}"[:300])
            return [placeholder(f"{label('content_error', self.lang)}: {where}", self.ctx)]

    def _block(self, block: BlockSnapshot) -> list[Flowable]:
        """Dispatch a block by type."""
        if block.problem or (block.block_type == "item" and block.item is None):
            problem = block.problem or warning("item_gone", self.lang)
            self.ctx.warn(warning("block_problem", self.lang, id=block.id, problem=problem))
            text = f"{label('item_missing', self.lang)}: {block.title or block.id}"
            return [placeholder(text, self.ctx)]
        if block.block_type == "item" and block.item is not None:
            return self.item(block.item, block.display)
        if block.block_type == "exercise":
            return self.exercise(block)
        if block.block_type == "trainer_note":
            return self.trainer_note(block)
        return self._markdown(
            block.text, warning("where_text_block", self.lang, id=block.id), "text"
        )

    def item(self, item: ItemSnapshot, display: str) -> list[Flowable]:
        """Return an item in a ruled box in its kind's look, with its citations."""
        look = S.kind_look(item.kind)
        where = _where_item(item, self.lang)
        inner: list[Flowable] = [
            paragraph(kind_label(item.kind, self.lang).upper(), S.tag_style(item.kind)),
            para(item.title, "h4", self.ctx),
        ]
        if display == "full":
            inner += self._markdown(item.body or item.summary, where, "body")
        elif display == "summary":
            inner += self._markdown(item.summary or item.body[:400], where, "summary")
        cite = self.citation(item) if display != "title" else ""
        if cite:
            inner.append(para(cite, "citation", self.ctx))
        return [
            RuledBlock(
                inner, look.colour, dash=look.dash, rule_width=look.rule_width, shape=look.shape
            ),
            Spacer(1, 8),
        ]

    def exercise(self, block: BlockSnapshot) -> list[Flowable]:
        """Return an exercise: kind, minutes, task, and ruled lines for notes (participants)."""
        head = exercise_label(block.exercise_kind, self.lang)
        if block.minutes:
            head += " · " + label("min_suffix", self.lang, n=block.minutes)
        self.ctx.drawn.append(head)
        inner: list[Flowable] = [
            paragraph(head.upper(), S.variant("tag", leftIndent=10, textColor=S.ACCENT))
        ]
        if block.title:
            inner.append(para(block.title, "h4", self.ctx))
        where = warning("where_exercise", self.lang, title=block.title, id=block.id)
        inner += self._markdown(block.text, where, "text")
        if not self.trainer:
            self.ctx.drawn.append(label("notes", self.lang))
            notes = paragraph(label("notes", self.lang), S.variant("muted", keepWithNext=1))
            inner += [notes, NoteLines(NOTE_LINES)]
        look = S.EXERCISE_LOOK
        return [
            RuledBlock(
                inner, look.colour, rule_width=look.rule_width, shape=look.shape, background=S.SHADE
            ),
            Spacer(1, 8),
        ]

    def trainer_note(self, block: BlockSnapshot) -> list[Flowable]:
        """Return a trainer note in a shaded, distinctly ruled box."""
        head = label("trainer_note", self.lang).upper()
        if block.minutes:
            head += " · " + label("min_suffix", self.lang, n=block.minutes)
        self.ctx.drawn.append(head)
        inner: list[Flowable] = [paragraph(head, S.variant("note_label", leftIndent=12))]
        if block.title:
            inner.append(para(block.title, "h5", self.ctx))
        inner += self._markdown(block.text, warning("where_note", self.lang, id=block.id), "text")
        look = S.NOTE_LOOK
        return [
            RuledBlock(
                inner, look.colour, rule_width=3, dash=(5, 2), shape="bar", background=S.NOTE_BG
            ),
            Spacer(1, 8),
        ]

    # ------------------------------------------------------------------ agenda

    def agenda(self, session: SessionSnapshot) -> list[Flowable]:
        """Return the session agenda: clock times, minutes and running totals."""
        rows = agenda_rows(session, self.lang)
        if not rows:
            return []
        lang = self.lang
        data: list[list[object]] = [
            [
                paragraph(h, S.style("cell_head"))
                for h in (
                    label("time", lang),
                    label("activity", lang),
                    label("minutes", lang),
                    label("running_total", lang),
                )
            ]
        ]
        for start, end, text, minutes, total, bold in rows:
            self.ctx.drawn.append(text)
            name = S.style("cell_head") if bold else S.style("cell")
            data.append(
                [
                    paragraph(f"{start}–{end}", S.style("cell")),
                    paragraph(text, name),
                    paragraph(str(minutes), S.style("right")),
                    paragraph(str(total), S.style("right")),
                ]
            )
        table = Table(
            data,
            colWidths=[62, S.FRAME_WIDTH - 62 - 80, 40, 40],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(_agenda_style())
        return [para(label("agenda", lang), "h3", self.ctx), table, Spacer(1, 8)]

    # ------------------------------------------------------------------ citations

    def citation(self, item: ItemSnapshot) -> str:
        """Return the in-text citation, e.g. «(Onsager og Vareide 2020, s. 12)»."""
        where = _where_item(item, self.lang)
        return cite(item, where, self.sources, self.cited, self.lang, self.ctx.warn)

    def bibliography(self) -> list[Flowable]:
        """Return the source list: every cited source, sorted by author and year."""
        sources = bibliography_sources(self.cited, self.sources, self.snap.sources)
        if not sources:
            return []
        title = label("sources", self.lang)
        out: list[Flowable] = [PageBreak(), heading(title, "h1", self._entry(0, title, "biblio"))]
        self.ctx.drawn.append(title)
        for source in sources:
            out.append(Paragraph(reference(source, self.lang), S.style("biblio")))
            self.ctx.drawn.append(source.title)
        return out

    # ------------------------------------------------------------------ helpers

    def _entry(self, level: int, title: str, key: str, in_toc: bool = True) -> TocEntry:
        """Create and remember a heading entry."""
        entry = TocEntry(level, title, re.sub(r"[^A-Za-z0-9_-]", "_", key), in_toc)
        self.entries.append(entry)
        return entry

    def _markdown(self, text: str, where: str, field_name: str) -> list[Flowable]:
        """Render Markdown, turning any failure into a placeholder and a warning."""
        if not text or not text.strip():
            return []
        full = warning("field", self.lang, where=where, field=field_name)
        try:
            return markdown_flowables(text, self.ctx, full)
        except Exception as exc:  # keep the export going; name the item and field
            self.ctx.warn(f"{full}: {type(exc).__name__}: {exc}"[:300])
            return [placeholder(f"{label('content_error', self.lang)}: {where}", self.ctx)]


# --------------------------------------------------------------------------- pure helpers


def agenda_rows(session: SessionSnapshot, lang: str) -> list[tuple[str, str, str, int, int, bool]]:
    """Return (start, end, activity, minutes, running total, is_module) rows for a session."""
    clock = _minutes_of(session.start_time)
    total, rows = 0, []
    for module in session.modules:
        timed = [b for s in module.sections for b in s.blocks if b.minutes > 0]
        rest = max(0, module.minutes - sum(b.minutes for b in timed))
        steps = [(module.title, rest, True)] if rest or not timed else []
        steps += [(_block_name(b, lang), b.minutes, False) for b in timed]
        if not rest and timed:
            rows.append(
                (_clock(clock), _clock(clock + module.minutes), module.title, 0, total, True)
            )
        for text, minutes, bold in steps:
            total += minutes
            rows.append((_clock(clock), _clock(clock + minutes), text, minutes, total, bold))
            clock += minutes
    return rows


def _block_name(block: BlockSnapshot, lang: str) -> str:
    """Return the agenda text of a timed block."""
    if block.block_type == "exercise":
        kind = exercise_label(block.exercise_kind, lang)
        return f"{kind}: {block.title}" if block.title and block.title != kind else kind
    if block.block_type == "trainer_note":
        return f"{label('trainer_note', lang)}: {block.title}".rstrip(": ")
    return block.title or (block.item.title if block.item else block.id)


def _minutes_of(hhmm: str) -> int:
    """Return minutes after midnight of "HH:MM" (09:00 when empty or invalid)."""
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", hhmm or "")
    return int(match.group(1)) * 60 + int(match.group(2)) if match else 9 * 60


def _clock(minutes: int) -> str:
    """Return "HH:MM" for minutes after midnight."""
    return f"{(minutes // 60) % 24:02d}:{minutes % 60:02d}"


class NoteLines(Flowable):
    """Ruled lines for handwritten notes.

    Up to KEEP lines are never split over two pages (the block moves on whole); a taller
    set splits between lines so it can never be too large for a page.
    """

    KEEP = 10

    def __init__(self, count: int, gap: float = 20.0) -> None:
        super().__init__()
        self.count, self.gap = count, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the full width and count × gap points."""
        self.width, self.height = avail_width - 8, self.count * self.gap
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split between lines when there are many, else return [] (move on whole)."""
        fits = int(avail_height // self.gap)
        if self.count <= self.KEEP or fits < 2 or fits >= self.count:
            return []
        return [NoteLines(fits, self.gap), NoteLines(self.count - fits, self.gap)]

    def draw(self) -> None:
        """Draw the lines."""
        self.canv.setStrokeColor(S.RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            self.canv.line(0, i * self.gap, self.width, i * self.gap)


def _agenda_style() -> list[tuple[object, ...]]:
    """Return the agenda table style."""
    return [
        S.table_font(),
        ("GRID", (0, 0), (-1, -1), 0.4, S.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), S.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]


def _where_doc(snap: ExportSnapshot, field_name: str, lang: str) -> str:
    """Return the warning prefix for a document-level field."""
    where = warning("where_export", lang, title=snap.title[:60], id=snap.target_id)
    return warning("field", lang, where=where, field=field_name)


def _where_item(item: ItemSnapshot, lang: str) -> str:
    """Return how warnings name an item: its kind, title and id."""
    return warning(
        "where_item",
        lang,
        kind=kind_label(item.kind, message_lang(lang)),
        title=item.title[:60],
        id=item.id,
    )


def _where_block(block: BlockSnapshot, lang: str) -> str:
    """Return a warning prefix naming a block's item or the block."""
    if block.item is not None:
        return _where_item(block.item, lang)
    if block.block_type == "exercise":
        return warning("where_exercise_block", lang, title=block.title[:60], id=block.id)
    return warning("where_block", lang, id=block.id, type=block.block_type)


__all__ = [
    "LeakError",
    "agenda_rows",
    "mark",
    "render_handbook",
    "render_trainer_guide",
]
