"""Parts of the comment panel: what an editor offers to comment on, the comment dialog, labels.

``target_of`` says which entity an editor tab shows and which of its text widgets hold a
commentable field; offsets between Python strings and Qt's UTF-16 positions are converted
here, so a comment on text after an emoji lands on the same characters.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidgetItem,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QTextDocument

    from content.review.queries import CommentView
    from content.review.textmap import VisibleLine

KIND_COLOURS = {
    "kommentar": "#fff0a0",
    "sporsmal": "#cde4ff",
    "endringsforslag": "#cdeccb",
    "ma-rettes": "#ffc9c9",
}
CURRENT_COLOUR = "#ffb347"
ID_ROLE = Qt.ItemDataRole.UserRole  # the thread's id, on the thread and on its replies
REPLY_ROLE = Qt.ItemDataRole.UserRole + 1  # a reply's own id
TEXT_BLOCKS = ("text", "exercise", "trainer_note")


def review_commands() -> Any:
    """Return content.review.commands (imported on first use: it loads the ORM)."""
    from content.review import commands

    return commands


def is_suggestion(kind: object) -> bool:
    """Tell whether a comment type is a suggestion (it carries replacement text)."""
    return bool(kind == review_commands().SUGGESTION)


def qt_offset(text: str, pos: int) -> int:
    """Return the Qt (UTF-16) position of a Python string offset."""
    return len(text[:pos].encode("utf-16-le")) // 2


def py_offset(text: str, pos: int) -> int:
    """Return the Python string offset of a Qt (UTF-16) position."""
    return len(text.encode("utf-16-le")[: 2 * pos].decode("utf-16-le", errors="ignore"))


@dataclass
class CommentTarget:
    """What the current editor shows: the entity and its commentable text fields."""

    entity_type: str
    entity_id: str
    title: str
    editors: dict[str, QPlainTextEdit]
    owner: QWidget
    show_page: Callable[[], None]
    preview: QTextEdit | None = None  # the rendered body beside the item editor


def target_of(widget: QWidget | None) -> CommentTarget | None:
    """Return the comment target of an editor tab (None for the library or a curriculum)."""
    from gui.composer import ModuleEditorPanel
    from gui.item_editor import ItemEditorPanel

    if isinstance(widget, ItemEditorPanel) and widget.entity_id and widget.form_panel:
        form = widget.form_panel
        editors: dict[str, QPlainTextEdit] = {
            "summary": form.summary_edit,
            "body": form.body_edit,
        }
        for spec in form.spec.fields:
            edit = form._rows[f"fields.{spec.name}"][1]
            if spec.type == "multiline" and isinstance(edit, QPlainTextEdit):
                editors[spec.name] = edit
        return CommentTarget(
            "item", widget.entity_id, widget.title(), editors, widget,
            lambda: widget.tabs.setCurrentIndex(0), form.preview,
        )
    if isinstance(widget, ModuleEditorPanel):
        block = widget.options._block
        editors = {}
        if block and block["block_type"] in TEXT_BLOCKS:
            editors[f"block:{block['id']}"] = widget.options.text
        return CommentTarget(
            "module", widget.module_id, widget.title(), editors, widget, lambda: None
        )
    return None


class CommentDialog(QDialog):
    """Ask for a comment's type and text (and a suggestion's replacement)."""

    def __init__(self, quote: str, suggest: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest change") if suggest else self.tr("Comment"))
        form = QFormLayout(self)
        shown = quote if len(quote) <= 200 else quote[:199] + "…"
        self.quote = QLabel(f"«{html.escape(shown)}»", self)
        self.quote.setWordWrap(True)
        form.addRow(self.tr("Text:"), self.quote)
        self.kind = QComboBox(self)
        for key in review_commands().COMMENT_KINDS:
            self.kind.addItem(kind_label(key), key)
        rc = review_commands()
        self.kind.setCurrentIndex(rc.COMMENT_KINDS.index(rc.SUGGESTION if suggest else "kommentar"))
        self.kind.setAccessibleName(self.tr("Type"))
        form.addRow(self.tr("&Type:"), self.kind)
        self.replacement = QPlainTextEdit(quote, self)
        self.replacement.setTabChangesFocus(True)
        self.replacement.setAccessibleName(self.tr("Replace with"))
        form.addRow(self.tr("&Replace with:"), self.replacement)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Comment"))
        form.addRow(self.tr("&Comment:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._show_replacement)
        self._show_replacement()
        (self.replacement if suggest else self.text).setFocus()
        self.resize(420, 300)

    def _show_replacement(self) -> None:
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.replacement, is_suggestion(self.kind.currentData()))

    def values(self) -> tuple[str, str, str | None]:
        """Return (type, text, replacement or None)."""
        kind = str(self.kind.currentData())
        replacement = self.replacement.toPlainText() if is_suggestion(kind) else None
        return kind, self.text.toPlainText().strip(), replacement


def kind_label(kind: str) -> str:
    """Return a comment type's name in the UI language."""
    labels = {
        "kommentar": QCoreApplication.translate("CommentPanel", "Comment"),
        "sporsmal": QCoreApplication.translate("CommentPanel", "Question"),
        "endringsforslag": QCoreApplication.translate("CommentPanel", "Suggestion"),
        "ma-rettes": QCoreApplication.translate("CommentPanel", "Must fix"),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    """Return a commentable field's name in the UI language."""
    from content.items.kinds import KINDS
    from gui.i18n import current_language

    names = {
        "body": QCoreApplication.translate("CommentPanel", "Text"),
        "summary": QCoreApplication.translate("CommentPanel", "Summary"),
        "description": QCoreApplication.translate("CommentPanel", "Description"),
    }
    if field in names:
        return names[field]
    if field.startswith("block:"):
        return QCoreApplication.translate("CommentPanel", "Block text")
    spec = next((f for k in KINDS.values() for f in k.fields if f.name == field), None)
    return spec.label(current_language()) if spec else field


def _short(text: str, limit: int) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def thread_item(v: CommentView) -> QTreeWidgetItem:
    """Return a thread's row for a list: type, author, quote, text, then its replies."""
    mark = "✓ " if v.state == "resolved" else ""
    head = f"{mark}{kind_label(v.kind)} · {v.author}"
    quote = _short(v.exact if not v.orphaned else v.quote, 60)
    body = v.text if not v.replacement else f"→ «{_short(v.replacement, 40)}» {v.text}"
    whole = QCoreApplication.translate("CommentPanel", "(the whole entity)")
    lines = [head, f"«{quote}»" if quote else whole, _short(body, 90)]
    node = QTreeWidgetItem(["\n".join(line for line in lines if line)])
    node.setData(0, ID_ROLE, v.id)
    node.setBackground(0, QColor(KIND_COLOURS.get(v.kind, "#ffffff")))
    node.setToolTip(0, v.text)
    if v.state == "resolved":
        node.setForeground(0, QColor("#6b6b6b"))
    for r in v.thread:
        deleted = QCoreApplication.translate("CommentPanel", "(deleted)")
        child = QTreeWidgetItem([f"↳ {r.author}: {deleted if r.deleted else _short(r.text, 90)}"])
        child.setData(0, ID_ROLE, v.id)
        child.setData(0, REPLY_ROLE, r.id)
        child.setToolTip(0, r.text)
        node.addChild(child)
    return node


def thread_html(v: CommentView) -> str:
    """Return a whole thread as HTML for the details pane."""
    esc = html.escape
    parts = [f"<p><b>{esc(kind_label(v.kind))}</b> · {esc(v.author)} · "
             f"{v.created_at:%Y-%m-%d %H:%M}</p>"]
    if v.field:
        if v.orphaned:
            where = QCoreApplication.translate("CommentPanel", "Not found in the text any more")
        else:
            where = QCoreApplication.translate("CommentPanel", "Characters %1–%2")
            where = where.replace("%1", str(v.start)).replace("%2", str(v.end))
        parts.append(f"<p style='color:#555'>{esc(field_label(v.field))} · {esc(where)}</p>")
        quote = v.quote if v.orphaned else v.exact
        parts.append(f"<blockquote>«{esc(quote)}»</blockquote>")
    if v.replacement is not None:
        label = QCoreApplication.translate("CommentPanel", "Replace with:")
        parts.append(f"<p>{esc(label)} «{esc(v.replacement)}»</p>")
    parts.append(f"<p>{esc(v.text)}</p>")
    for r in v.thread:
        text = QCoreApplication.translate("CommentPanel", "(deleted)") if r.deleted else r.text
        parts.append(f"<p>↳ <b>{esc(r.author)}</b>: {esc(text)}</p>")
    if v.state == "resolved":
        parts.append(f"<p style='color:#555'>✓ {esc(v.resolution)} · {esc(v.resolved_by)}</p>")
    return "".join(parts)


def line_positions(doc: QTextDocument, lines: list[VisibleLine]) -> dict[int, int]:
    """Return where each visible line of a field starts in its rendered preview (Qt positions).

    The preview renders the same parse as ``visible_lines``, block by block and in order;
    a line the preview shows otherwise (an image, a table) is skipped, not guessed.
    """
    found: dict[int, int] = {}
    block = doc.begin()
    for index, line in enumerate(lines):
        probe = block
        while probe.isValid():
            text = probe.text()
            at = text.find(line.text)
            if at >= 0:
                found[index] = probe.position() + qt_offset(text, at)
                block = probe.next()
                break
            probe = probe.next()
    return found


def mark(edit: QTextEdit | QPlainTextEdit, a: int, b: int, kind: str,
         current: bool) -> QTextEdit.ExtraSelection:
    """Return the highlight of Qt positions a-b in an editor (the selected thread stronger)."""
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(edit.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor  # type: ignore[attr-defined]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(CURRENT_COLOUR if current else KIND_COLOURS.get(kind, "#ffffff")))
    fmt.setFontUnderline(current)
    sel.format = fmt  # type: ignore[attr-defined]
    return sel


def preview_marks(preview: QTextEdit, lines: list[VisibleLine], shown: list[CommentView],
                  current_id: str) -> list[QTextEdit.ExtraSelection]:
    """Return the highlights of anchored threads in a rendered preview of their field."""
    from content.review.textmap import visible_ranges

    starts = line_positions(preview.document(), lines)
    marks = []
    for v in shown:
        for index, a, b in visible_ranges(lines, v.start, v.end):
            if index in starts:
                text, at = lines[index].text, starts[index]
                marks.append(mark(preview, at + qt_offset(text, a), at + qt_offset(text, b),
                                  v.kind, v.id == current_id))
    return marks
