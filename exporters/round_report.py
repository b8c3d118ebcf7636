"""Render a review round report (content.review.round_report) as a PDF or a CSV file.

The PDF (ReportLab): the round's facts and reviewers, a summary of counts, every comment
grouped by place with the quoted words, kind, state and author, then «what changed since
the round started» with deleted words struck through in red and new ones in green. The CSV
has one row per comment thread (UTF-8 with a byte-order mark, so spreadsheet programs read
the Norwegian letters).
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exporters import styles as S
from exporters.base import atomic_output
from exporters.fonts import BODY, register_fonts
from exporters.labels import LABELS, field_label, label
from exporters.pdfdoc import lock_down_reportlab, pdf_string
from exporters.rltext import markup_lines

if TYPE_CHECKING:
    from pathlib import Path

    from reportlab.platypus import Flowable

    from content.review.report_model import EntityChange, ReportComment, RoundReport

KIND_COLOURS = {
    "ma-rettes": colors.HexColor("#b3261e"),
    "endringsforslag": colors.HexColor("#1a5fb4"),
    "sporsmal": colors.HexColor("#8a5a00"),
    "kommentar": colors.HexColor("#3d3d3d"),
}
INSERTED = "#0b4d1c"
INSERTED_BG = "#d7f5dd"
DELETED = "#7a1010"
DELETED_BG = "#fbdada"
CSV_COLUMNS = (
    "round",
    "entity_type",
    "entity_id",
    "title",
    "field",
    "comment_id",
    "kind",
    "state",
    "author",
    "created_at",
    "quote",
    "placement",
    "text",
    "replacement",
    "resolution",
    "replies",
)


def _x(text: str) -> str:
    return markup_lines(pdf_string(text))


def _field(name: str, lang: str) -> str:
    if not name:
        return label("round_whole", lang)
    if name.startswith("block:"):
        return label("review_block_text", lang)
    return field_label(name, lang)


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if hasattr(value, "strftime") else str(value)


def render_round_report_pdf(report: RoundReport, path: Path, lang: str = "nb") -> int:
    """Write the report as a PDF; return its page count."""
    lock_down_reportlab()
    register_fonts()
    r = report.round
    story: list[Flowable] = [
        Paragraph(_x(label("round_report", lang)), S.style("cover_sub")),
        Paragraph(_x(r.name), S.style("toc_title")),
        Spacer(1, 4 * mm),
        _facts(report, lang),
    ]
    if r.instructions.strip():
        story += [
            Paragraph(_x(label("round_instructions", lang)), S.style("h4")),
            Paragraph(_x(r.instructions), S.style("body")),
        ]
    story += _summary(report, lang)
    story += [Paragraph(_x(label("round_comments", lang)), S.style("h2"))]
    if not report.places:
        story.append(Paragraph(_x(label("round_no_comments", lang)), S.style("body")))
    for place in report.places:
        head = f"{place.title} · {_field(place.field, lang)}"
        story.append(Paragraph(_x(head), S.style("h4")))
        story += [_comment(c, lang) for c in place.comments]
    story += [Paragraph(_x(label("round_changes", lang)), S.style("h2"))]
    if not report.changes:
        story.append(Paragraph(_x(label("round_no_changes", lang)), S.style("body")))
    for change in report.changes:
        story += _change(change, lang)
    pages: list[int] = []

    def footer(canvas: object, doc: object) -> None:
        c = canvas  # a reportlab Canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont(BODY, 8)  # type: ignore[attr-defined]
        c.setFillColor(colors.HexColor("#666666"))  # type: ignore[attr-defined]
        text = f"{r.name} · {label('round_generated', lang, when=_when(report.generated_at))}"
        c.drawString(18 * mm, 10 * mm, pdf_string(text))  # type: ignore[attr-defined]
        page = c.getPageNumber()  # type: ignore[attr-defined]
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, str(page))  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]
        pages.append(page)

    with atomic_output(path) as part:
        doc = SimpleDocTemplate(
            str(part),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=pdf_string(f"{label('round_report', lang)}: {r.name}"),
            author=pdf_string(r.started_by),
            lang=lang,
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return max(pages) if pages else 0


def _facts(report: RoundReport, lang: str) -> Table:
    r = report.round
    state = (
        label("round_open", lang)
        if r.state == "open"
        else (f"{label('round_closed', lang)} {_when(r.closed_at)} ({r.closed_by})")
    )
    reviewers = ", ".join(
        f"{v.name} ({label('status_' + v.status, lang)}, {v.comments})" for v in r.reviewers
    )
    rows = [
        (
            label("round_target", lang),
            f"{r.target_title} ({label('etype_' + r.target_type, lang)})",
        ),
        (label("round_due", lang), r.due_date.isoformat() if r.due_date else "–"),
        (label("round_started", lang), f"{_when(r.started_at)} ({r.started_by})"),
        (label("round_state", lang), state),
        (label("round_reviewers", lang), reviewers),
    ]
    if r.close_override:
        rows.append(("", label("round_override", lang, n=r.close_override, who=r.closed_by)))
    data = [
        [Paragraph(_x(k), S.style("cell_head")), Paragraph(_x(v), S.style("cell"))] for k, v in rows
    ]
    table = Table(data, colWidths=[32 * mm, None])
    table.setStyle(
        TableStyle(
            [
                S.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _summary(report: RoundReport, lang: str) -> list[Flowable]:
    head = [label("ckind_" + k, lang) for k in report.by_kind] + [
        label("sum_open", lang),
        label("sum_resolved", lang),
        label("round_open_blocking", lang),
    ]
    values = [
        *report.by_kind.values(),
        report.by_state.get("open", 0),
        report.by_state.get("resolved", 0),
        report.open_blocking,
    ]
    data = [
        [Paragraph(_x(h), S.style("cell_head")) for h in head],
        [Paragraph(str(v), S.style("cell")) for v in values],
    ]
    table = Table(data)
    style = [
        S.table_font(),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0d8")),
    ]
    if report.open_blocking:
        style.append(("BACKGROUND", (-1, 1), (-1, 1), colors.HexColor("#fbdada")))
    table.setStyle(TableStyle(style))
    return [Paragraph(_x(label("round_summary", lang)), S.style("h2")), table]


def _comment(c: ReportComment, lang: str) -> Flowable:
    colour = KIND_COLOURS.get(c.kind, colors.black).hexval()[2:]
    kind = label("ckind_" + c.kind, lang) if ("ckind_" + c.kind) in _KNOWN else c.kind
    state = label("state_" + c.state, lang) if c.state in ("open", "resolved") else c.state
    head = (
        f'<font color="#{colour}"><b>{_x(kind)}</b></font> · {_x(state)} · '
        f"<b>{_x(c.author)}</b> · {_x(_when(c.created_at))}"
    )
    parts: list[Flowable] = [Paragraph(head, S.style("cell"))]
    if c.quote:
        where = f" ({_x(label('place_orphaned', lang))})" if c.placement == "orphaned" else ""
        parts.append(Paragraph(f"<i>«{_x(c.quote)}»</i>{where}", S.variant("cell", leftIndent=8)))
    if c.replacement is not None:
        parts.append(
            Paragraph(
                f"{_x(label('suggests', lang))}: "
                f"<font color='{INSERTED}'>«{_x(c.replacement)}»</font>",
                S.variant("cell", leftIndent=8),
            )
        )
    if c.text:
        parts.append(Paragraph(_x(c.text), S.variant("cell", leftIndent=8)))
    if c.resolution:
        parts.append(
            Paragraph(
                f"<b>{_x(label('outcome', lang))}:</b> {_x(_outcome(c.resolution, lang))}",
                S.variant("cell", leftIndent=8),
            )
        )
    parts += [
        Paragraph(
            f"{_x(label('reply', lang))} – <b>{_x(who)}</b>: {_x(text)}",
            S.variant("cell", leftIndent=16),
        )
        for who, text in c.replies
    ]
    box = Table([[parts]], colWidths=[None])
    box.setStyle(
        TableStyle(
            [
                S.table_font(),
                ("LINEBEFORE", (0, 0), (0, 0), 2, KIND_COLOURS.get(c.kind, colors.black)),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether([box, Spacer(1, 2 * mm)])


def _outcome(resolution: str, lang: str) -> str:
    """Return a resolution («resolved», «rejected: reason») in the report's language."""
    event, sep, note = resolution.partition(": ")
    if f"outcome_{event}" in LABELS:
        return label(f"outcome_{event}", lang) + (f": {note}" if sep else "")
    return resolution


def _change(change: EntityChange, lang: str) -> list[Flowable]:
    revs = label("round_revisions", lang, a=change.from_revision, b=change.to_revision)
    head = f"{change.title} ({label('etype_' + change.entity_type, lang)}) · {revs}"
    if change.deleted:
        head += f" · {label('round_deleted', lang)}"
    out: list[Flowable] = [Paragraph(_x(head), S.style("h4"))]
    for fc in change.fields:
        out.append(Paragraph(_x(_field(fc.field, lang)), S.style("note_label")))
        out.append(Paragraph(_diff_markup(fc.ops), S.variant("body", fontSize=9.5, leading=13)))
    return out


def _diff_markup(ops: tuple[tuple[int, str], ...]) -> str:
    parts = []
    for op, text in ops:
        t = _x(text)
        if op < 0:
            parts.append(
                f'<strike><font color="{DELETED}" backColor="{DELETED_BG}">{t}</font></strike>'
            )
        elif op > 0:
            parts.append(f'<u><font color="{INSERTED}" backColor="{INSERTED_BG}">{t}</font></u>')
        else:
            parts.append(t)
    return "".join(parts)


_KNOWN = {"ckind_kommentar", "ckind_sporsmal", "ckind_endringsforslag", "ckind_ma-rettes"}


def write_round_report_csv(report: RoundReport, path: Path) -> int:
    """Write one row per comment thread; return the number of rows."""
    rows = 0
    with atomic_output(path) as part, part.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for place in report.places:
            for c in place.comments:
                writer.writerow(
                    [
                        report.round.name,
                        place.entity_type,
                        place.entity_id,
                        place.title,
                        place.field,
                        c.id,
                        c.kind,
                        c.state,
                        c.author,
                        c.created_at.isoformat(),
                        c.quote,
                        c.placement,
                        c.text,
                        "" if c.replacement is None else c.replacement,
                        c.resolution,
                        " | ".join(f"{who}: {text}" for who, text in c.replies),
                    ]
                )
                rows += 1
    return rows
