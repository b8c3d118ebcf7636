"""Build the handbook or trainer guide document model once from an export snapshot.

Trainer-only filtering, labels, numbering and ordering are decided here, in the same order
as the ReportLab handbook (exporters.handbook), so both PDF routes print the same words.
"""

from __future__ import annotations

import dataclasses
import re
from html import unescape
from typing import TYPE_CHECKING

from content.progress import Cancelled
from exporters.base import check_no_leak, trainer_texts
from exporters.citations import bibliography_sources, cite
from exporters.citations import reference as reference_markup
from exporters.document import (
    Block,
    Box,
    Document,
    Heading,
    ListBlock,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from exporters.document_md import markdown_blocks
from exporters.handbook import (
    NOTE_LINES,
    _where_block,
    _where_doc,
    _where_item,
    agenda_rows,
)
from exporters.labels import (
    audience_label,
    exercise_label,
    format_date,
    kind_label,
    label,
    session_heading,
    warning,
)

if TYPE_CHECKING:
    from content.exports.snapshot import (
        BlockSnapshot,
        ExportSnapshot,
        ItemSnapshot,
        ModuleSnapshot,
        SessionSnapshot,
    )
    from content.progress import Progress
    from exporters.markdown_pdf import RenderContext


def build_document(
    snap: ExportSnapshot, *, trainer: bool, ctx: RenderContext, progress: Progress | None = None
) -> Document:
    """Return the document of a handbook (trainer=False) or trainer guide (trainer=True).

    Raises LeakError if a participant document would print trainer-only text.
    """
    builder = _Builder(snap, ctx, trainer, progress)
    cover, body = builder.cover(), builder.body()
    kind = label("trainer_guide" if trainer else "handbook", snap.lang)
    doc = Document(
        title=snap.title,
        kind_label=kind,
        lang=snap.lang,
        author=snap.author or "Kursverk",
        cover=tuple(cover),
        body=tuple(body),
        header_left=snap.title,
        contents_label=label("contents", snap.lang),
        page_pattern=label("page_x_of_y", snap.lang, page="{page}", total="{total}"),
        trainer=trainer,
    )
    if not trainer or snap.profile == "participant":
        check_no_leak("\n".join(doc.text_parts()), trainer_texts(snap))
    return doc


def _plain(text: str, style: str = "body") -> Paragraph:
    return Paragraph((Run(text),), style)


class _Builder:
    """Walks the snapshot in print order."""

    def __init__(
        self, snap: ExportSnapshot, ctx: RenderContext, trainer: bool, progress: Progress | None
    ) -> None:
        self.snap, self.ctx, self.trainer, self.progress = snap, ctx, trainer, progress
        self.lang = snap.lang
        self.sources = {s.id: s for s in snap.sources}
        self.cited: dict[str, None] = {}

    def cover(self) -> list[Block]:
        """Return the cover: kind, title, programme, description, audiences, edition, date."""
        snap, lang = self.snap, self.lang
        kind = label("trainer_guide" if self.trainer else "handbook", lang)
        out: list[Block] = [_plain(kind.upper(), "tag"), _plain(snap.title, "cover_title")]
        if snap.programme:
            out.append(_plain(snap.programme, "cover_sub"))
        if snap.description:
            where = _where_doc(snap, "description", lang)
            # the cover stands before the first chapter: a Markdown heading there is
            # printed bold, not tagged, so the structure still starts at level 1
            out += _untagged_headings(markdown_blocks(snap.description, self.ctx, where))
        meta = [
            (label("audiences", lang), ", ".join(audience_label(a, lang) for a in snap.audiences)),
            (label("edition", lang), snap.edition),
            (label("date", lang), format_date(snap.edition_date, lang)),
        ]
        out += [_plain(f"{name}: {value}", "cover_meta") for name, value in meta if value]
        return out

    def body(self) -> list[Block]:
        """Return sessions, modules and the bibliography."""
        out: list[Block] = []
        for index, session in enumerate(self.snap.sessions):
            if index:
                out.append(PageBreak())
            out += self.session(session)
        return out + self.bibliography()

    def session(self, session: SessionSnapshot) -> list[Block]:
        """Return a session heading, its agenda (trainer) and its modules."""
        title = session_heading(session.title, session.number, self.lang)
        when = " · ".join(
            x for x in (format_date(session.session_date, self.lang), session.start_time) if x
        )
        out: list[Block] = [Heading(1, title, _key(f"ses-{session.id}"), muted=when)]
        if self.trainer:
            out += self.agenda(session)
        for index, module in enumerate(session.modules):
            if index or self.trainer:
                out.append(PageBreak())
            out += self.module(module)
        return out

    def module(self, module: ModuleSnapshot) -> list[Block]:
        """Return a module: heading, audiences and minutes, description, objectives, sections."""
        if self.progress is not None:
            self.progress.step(module.title)
        title = f"{module.code} {module.title}".strip() if module.code else module.title
        meta = [audience_label(a, self.lang) for a in module.audiences]
        if module.minutes:
            meta.append(label("min_suffix", self.lang, n=module.minutes))
        out: list[Block] = [Heading(2, title, _key(f"mod-{module.id}"), muted=" · ".join(meta))]
        if module.description:
            where = f'Modul "{module.title}" (id {module.id})'
            out += self._markdown(module.description, where, "description", 2)
        if module.objectives:
            items = tuple((_plain(text),) for text in module.objectives)
            tag = label("objectives", self.lang)
            out.append(Box("objectives", tag, (ListBlock(False, items),)))
        for section in module.sections:
            out.append(Heading(3, section.title, _key(f"sec-{section.id}")))
            for block in section.blocks:
                out += self.block(block)
        return out

    # ------------------------------------------------------------------ blocks

    def block(self, block: BlockSnapshot) -> list[Block]:
        """Return one block, or a placeholder and a warning if it cannot be built."""
        if (block.block_type == "trainer_note" or block.trainer_only) and not self.trainer:
            return []
        try:
            return self._block(block)
        except Cancelled:
            raise
        except Exception as exc:  # one bad block must not stop the export
            where = _where_block(block, self.lang)
            self.ctx.warn(f"{where}: {type(exc).__name__}: {exc}"[:300])
            return [_plain(f"[{label('content_error', self.lang)}: {where}]", "placeholder")]

    def _block(self, block: BlockSnapshot) -> list[Block]:
        if block.problem or (block.block_type == "item" and block.item is None):
            problem = block.problem or warning("item_gone", self.lang)
            self.ctx.warn(warning("block_problem", self.lang, id=block.id, problem=problem))
            text = f"[{label('item_missing', self.lang)}: {block.title or block.id}]"
            return [_plain(text, "placeholder")]
        if block.block_type == "item" and block.item is not None:
            return [self.item(block.item, block.display)]
        if block.block_type == "exercise":
            return [self.exercise(block)]
        if block.block_type == "trainer_note":
            return [self.trainer_note(block)]
        where = warning("where_text_block", self.lang, id=block.id)
        return self._markdown(block.text, where, "text", 3)

    def item(self, item: ItemSnapshot, display: str) -> Box:
        """Return an item box in its kind's look, with its citations."""
        where = _where_item(item, self.lang)
        inner: list[Block] = [Heading(4, item.title, outlined=False)]
        if display == "full":
            inner += self._markdown(item.body or item.summary, where, "body", 4)
        elif display == "summary":
            inner += self._markdown(item.summary or item.body[:400], where, "summary", 4)
        cite = self.citation(item) if display != "title" else ""
        if cite:
            inner.append(_plain(cite, "citation"))
        lang = item.language if item.language and item.language != self.lang else ""
        tag = kind_label(item.kind, self.lang).upper()
        return Box(item.kind, tag, tuple(inner), lang=lang)

    def exercise(self, block: BlockSnapshot) -> Box:
        """Return an exercise: kind and minutes, task, and lines for notes (participants)."""
        head = exercise_label(block.exercise_kind, self.lang)
        if block.minutes:
            head += " · " + label("min_suffix", self.lang, n=block.minutes)
        inner: list[Block] = [Heading(4, block.title, outlined=False)] if block.title else []
        where = warning("where_exercise", self.lang, title=block.title, id=block.id)
        inner += self._markdown(block.text, where, "text", 4 if block.title else 3)
        lines = 0
        if not self.trainer:
            inner.append(_plain(label("notes", self.lang), "muted"))
            lines = NOTE_LINES
        return Box("exercise", head.upper(), tuple(inner), note_lines=lines)

    def trainer_note(self, block: BlockSnapshot) -> Box:
        """Return a trainer note box."""
        head = label("trainer_note", self.lang).upper()
        if block.minutes:
            head += " · " + label("min_suffix", self.lang, n=block.minutes)
        inner: list[Block] = [Heading(4, block.title, outlined=False)] if block.title else []
        where = warning("where_note", self.lang, id=block.id)
        inner += self._markdown(block.text, where, "text", 4 if block.title else 3)
        return Box("trainer_note", head, tuple(inner))

    def agenda(self, session: SessionSnapshot) -> list[Block]:
        """Return the session agenda table: clock times, minutes and running totals."""
        rows = agenda_rows(session, self.lang)
        if not rows:
            return []
        lang = self.lang
        names = ("time", "activity", "minutes", "running_total")
        header = tuple((Run(label(n, lang), strong=True),) for n in names)
        body = tuple(
            (
                (Run(f"{start}–{end}"),),
                (Run(text, strong=bold),),
                (Run(str(minutes)),),
                (Run(str(total)),),
            )
            for start, end, text, minutes, total, bold in rows
        )
        table = Table(header, body, (62.0, 300.0, 40.0, 40.0), numeric=(2, 3))
        return [Heading(2, label("agenda", lang), outlined=False), table]

    # ------------------------------------------------------------------ citations

    def citation(self, item: ItemSnapshot) -> str:
        """Return the in-text citation, e.g. «(Onsager og Vareide 2020, s. 12)»."""
        where = _where_item(item, self.lang)
        return cite(item, where, self.sources, self.cited, self.lang, self.ctx.warn)

    def bibliography(self) -> list[Block]:
        """Return the source list: every cited source, sorted by author and year."""
        sources = bibliography_sources(self.cited, self.sources, self.snap.sources)
        if not sources:
            return []
        out: list[Block] = [PageBreak(), Heading(1, label("sources", self.lang), "biblio")]
        for source in sources:
            out.append(Paragraph(_markup_runs(reference_markup(source, self.lang)), "biblio"))
        return out

    def _markdown(self, text: str, where: str, field_name: str, base: int) -> list[Block]:
        """Return Markdown blocks, or a placeholder and a warning if it cannot be built."""
        if not text or not text.strip():
            return []
        full = warning("field", self.lang, where=where, field=field_name)
        try:
            return markdown_blocks(text, self.ctx, full, base)
        except Exception as exc:  # keep the export going; name the item and field
            self.ctx.warn(f"{full}: {type(exc).__name__}: {exc}"[:300])
            return [_plain(f"[{label('content_error', self.lang)}: {where}]", "placeholder")]


def _key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def _markup_runs(markup: str) -> tuple[Run, ...]:
    """Return runs of the bibliography markup (escaped text with <i>…</i> titles)."""
    runs: list[Run] = []
    for index, piece in enumerate(re.split(r"</?i>", markup)):
        if piece:
            runs.append(Run(unescape(piece), em=index % 2 == 1))
    return tuple(runs)


def _untagged_headings(blocks: list[Block]) -> list[Block]:
    """Return blocks with every heading (in quotes and lists too) as a bold paragraph."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append(Paragraph((Run(b.text, strong=True),)))
        elif isinstance(b, Box):
            out.append(dataclasses.replace(b, blocks=tuple(_untagged_headings(list(b.blocks)))))
        elif isinstance(b, ListBlock):
            items = tuple(tuple(_untagged_headings(list(i))) for i in b.items)
            out.append(dataclasses.replace(b, items=items))
        else:
            out.append(b)
    return out
