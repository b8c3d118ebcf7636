"""The comment panel's actions: the text selected in the editor, and what is done to a thread.

Commenting on a selection or suggesting a change (the dialog of ``gui/comment_parts.py``),
replying, resolving and reopening, accepting and rejecting a suggestion, editing and deleting
one's own comment, re-attaching an orphaned thread to newly selected text, and going to a
thread's words. Each change is a command of ``content.review.commands`` run through
``gui.ops`` once the editor's pending edits are stored, so it is one step of the same undo
history as any other edit. ``CommentActions`` is a mixin of ``CommentPanel``
(``gui/comment_panel.py``), which holds the lists, the filters and the buttons it reads.
Its texts keep the translation context ``CommentPanel``, as the panel's own do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDockWidget, QInputDialog

from gui import ops
from gui.comment_parts import CommentDialog, field_label, is_suggestion, py_offset, qt_offset

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTreeWidget

    from gui.comment_parts import CommentTarget
    from gui.context import AppContext


class CommentActions:
    """Mixin of CommentPanel: act on the selected text and on the selected thread.

    It reads the panel's state below and its ``current()``, ``chosen()`` and ``_say()``.
    """

    ctx: AppContext
    target: CommentTarget | None
    current_id: str
    _last_editor: QPlainTextEdit | None
    state_filter: QComboBox
    reply_edit: QLineEdit
    threads: QTreeWidget

    # -- selection in the editor ----------------------------------------------------------

    def selection(self) -> tuple[str, int, int, str] | None:
        """Return (field, start, end, text) of the text selected in the editor, if any."""
        if self.target is None:
            return None
        editors = list(self.target.editors.items())
        editors.sort(key=lambda fe: fe[1] is not self._last_editor)
        for field, edit in editors:
            cursor = edit.textCursor()
            if cursor.hasSelection():
                text = edit.toPlainText()
                start = py_offset(text, cursor.selectionStart())
                end = py_offset(text, cursor.selectionEnd())
                return field, start, end, text[start:end]
        return None

    def _when_saved(self, fn: Callable[[], None]) -> None:
        """Run fn once the editor's pending edits are stored (offsets refer to them)."""
        owner = self.target.owner if self.target else None
        if getattr(owner, "stale", False):
            self._say(QCoreApplication.translate("CommentPanel",
                "The item was changed elsewhere and your edits are not saved: "
                "load the newer version or save your text first."))
            return
        if owner is not None and hasattr(owner, "when_saved"):
            owner.when_saved(fn)
            return
        options = getattr(owner, "options", None)
        if options is not None:
            options.flush()  # a module block's text: its command is queued before ours
        fn()

    def _run(self, cmd: Any, select: str = "") -> None:
        if select:
            self.current_id = select
        self._when_saved(lambda: ops.run_command(self.ctx, self, cmd, initiator=self))

    # -- actions --------------------------------------------------------------------------

    def comment_on_selection(self, suggest: bool = False) -> None:
        """Ask for a comment on the selected text, and add it."""
        if self.target is None:
            self._say(QCoreApplication.translate("CommentPanel",
                "Open an item or a module block to comment on it."))
            return
        found = self.selection()
        if found is None:
            self._say(QCoreApplication.translate("CommentPanel",
                "Select the words to comment on in a text field first."))
            return
        field, start, end, quote = found
        dialog = CommentDialog(quote, suggest, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, text, replacement = dialog.values()
        self.add_comment(field, start, end, kind, text, replacement)

    def add_comment(self, field: str, start: int, end: int, kind: str, text: str,
                    replacement: str | None = None) -> None:
        """Add a comment on a range of a field of the current entity."""
        from content.review.commands import AddComment

        target = self.target
        if target is None:
            return
        cmd = AddComment(target_type=target.entity_type, target_id=target.entity_id,
                         field=field, start=start, end=end, text=text, kind=kind,
                         replacement=replacement if is_suggestion(kind) else None,
                         author=self.ctx.author)
        self.state_filter.setCurrentIndex(0 if self.state_filter.currentData() != "all" else 1)
        self._run(cmd, select=cmd.entity_id)

    def reply_to_current(self) -> None:
        """Reply to the selected thread with the text typed below the list."""
        from content.review.commands import ReplyComment

        v, text = self.current(), self.reply_edit.text().strip()
        if v is None or not text:
            return
        self.reply_edit.clear()
        self._run(ReplyComment(parent_id=v.id, text=text, author=self.ctx.author))

    def resolve_or_reopen_current(self) -> None:
        """Resolve the selected thread, or reopen it when it is resolved."""
        from content.review.commands import ReopenComment, ResolveComment

        v = self.current()
        if v is None:
            return
        if v.state == "resolved":
            self._run(ReopenComment(entity_id=v.id, by=self.ctx.author))
        else:
            self._run(ResolveComment(entity_id=v.id, by=self.ctx.author))

    def accept_current(self) -> None:
        """Accept the selected suggestion: its replacement is written into the field."""
        from content.review.commands import AcceptSuggestion

        v = self.current()
        if v is not None and is_suggestion(v.kind):
            self._run(AcceptSuggestion(entity_id=v.id))

    def reject_current(self) -> None:
        """Reject the selected suggestion, with a reason."""
        from content.review.commands import RejectSuggestion

        v = self.current()
        if v is None or not is_suggestion(v.kind):
            return
        reason, ok = QInputDialog.getText(
            self, QCoreApplication.translate("CommentPanel", "Reject suggestion"),
            QCoreApplication.translate("CommentPanel", "Reason (optional):"))
        if ok:
            self._run(RejectSuggestion(entity_id=v.id, note=reason.strip(), by=self.ctx.author))

    def edit_chosen(self) -> None:
        """Change the text of one's own selected comment or reply."""
        from content.review.commands import EditComment

        v = self.chosen()
        if v is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, QCoreApplication.translate("CommentPanel", "Edit comment"),
            QCoreApplication.translate("CommentPanel", "Text:"), v.text)
        if ok and text.strip() != v.text:
            self._run(EditComment(entity_id=v.id, text=text.strip(), by=self.ctx.author))

    def delete_chosen(self) -> None:
        """Delete one's own selected comment or reply (a tombstone; undo brings it back)."""
        from content.review.commands import DeleteComment

        v = self.chosen()
        if v is not None:
            self._run(DeleteComment(entity_id=v.id, by=self.ctx.author))

    def reattach_current(self) -> None:
        """Attach the selected (orphaned) thread to the text selected in its field."""
        from content.review.commands import ReattachComment

        v, found = self.current(), self.selection()
        if v is None:
            return
        if found is None or found[0] != v.field:
            self._say(QCoreApplication.translate("CommentPanel",
                "Select the new text in the field «%1» first.").replace(
                "%1", field_label(v.field)))
            return
        self._run(ReattachComment(entity_id=v.id, start=found[1], end=found[2]))

    def jump_to_current(self) -> None:
        """Select the selected thread's words in the editor and move the focus there."""
        v, target = self.current(), self.target
        if v is None or target is None or v.status != "anchored":
            return
        edit = target.editors.get(v.field)
        if edit is None:
            return
        target.show_page()
        text = edit.toPlainText()
        cursor = edit.textCursor()
        cursor.setPosition(qt_offset(text, min(v.start, len(text))))
        cursor.setPosition(qt_offset(text, min(v.end, len(text))),
                           QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        edit.setFocus()

    def focus_threads(self) -> None:
        """Show the panel and move the focus to the thread list."""
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        self.threads.setFocus()

