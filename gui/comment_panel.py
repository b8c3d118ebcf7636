"""Review comments beside the editor: threads on the open item, module or curriculum.

The panel follows the current editor tab. Text selected in one of its text fields (an
item's summary, body or multi-line kind field; a module's selected text block; a
curriculum's description) can be commented on («Kommenter», Ctrl+Alt+M) or given a
suggested replacement («Foreslå endring», Ctrl+Alt+E). The threads come from
``content.review.queries.list_comments``, placed on the stored text; anchored ones are
highlighted in their field and in the rendered preview (extra selections), orphaned ones
wait in «Uten plassering» until they are re-attached to newly selected text. This file
builds the panel, sets its texts, follows the editor and shows the threads, the selected
thread and the buttons that apply to it. Where the rest lives:

- ``gui/comment_actions.py``: what the buttons and shortcuts do (add, reply, resolve, reopen,
  accept, reject, edit, delete, re-attach, go to the text), each a command of
  ``content.review.commands`` run through ``gui.ops``, so one step of the undo history;
- ``gui/comment_parts.py``: what an editor offers to comment on, the comment dialog, UTF-16
  offsets, a thread's rows and text, the highlight marks;
- ``gui/comment_dock.py``: ``install_comment_dock``, the wiring into the main window.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import ops
from gui.comment_actions import CommentActions
from gui.comment_parts import (
    ID_ROLE,
    REPLY_ROLE,
    is_suggestion,
    kind_label,
    mark,
    preview_marks,
    qt_offset,
    review_commands,
    target_of,
    thread_html,
    thread_item,
)
from gui.context import is_alive

if TYPE_CHECKING:
    from content.changes import Changes
    from content.review.queries import CommentView
    from gui.comment_parts import CommentTarget
    from gui.context import AppContext


class CommentPanel(CommentActions, QWidget):
    """The threads of the entity in the current editor, with filters and actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target: CommentTarget | None = None
        self.views: list[CommentView] = []
        self.current_id = ""
        self.current_reply = ""
        self._last_editor: QPlainTextEdit | None = None
        self._generation = 0
        self._preview_gen = 0
        self._built = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight:600;")
        self._layout.addWidget(self.heading)
        self._layout.addStretch(1)
        self._build_actions()
        self.retranslate()
        ctx.operation_did_execute.connect(self._on_operation)
        ctx.library_did_open.connect(lambda: self.follow(None))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    # -- building -------------------------------------------------------------------------

    def ensure_built(self) -> None:
        """Build the lists and buttons on first use (the review code loads the ORM)."""
        if self._built:
            return
        self._built = True
        layout = self._layout
        layout.takeAt(layout.count() - 1)  # the stretch that kept the heading up
        row = QHBoxLayout()
        self.comment_button, self.suggest_button = QPushButton(self), QPushButton(self)
        self.comment_button.clicked.connect(lambda: self.comment_on_selection(False))
        self.suggest_button.clicked.connect(lambda: self.comment_on_selection(True))
        row.addWidget(self.comment_button)
        row.addWidget(self.suggest_button)
        layout.addLayout(row)
        layout.addLayout(self._build_filters())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#7a4b00;")
        self.notice.hide()
        self._notice_timer = QTimer(self, singleShot=True, interval=8000)
        self._notice_timer.timeout.connect(lambda: self._say(""))
        layout.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.threads = self._tree(split)
        orphan_host = QWidget(split)
        self.orphan_box = orphan_host  # shown only while there are threads without a place
        orphan_box = QVBoxLayout(orphan_host)
        orphan_box.setContentsMargins(0, 4, 0, 0)
        self.orphans_head = QLabel(orphan_host)
        self.orphans_head.setWordWrap(True)
        self.orphans = self._tree(orphan_host)
        self.orphans_head.setBuddy(self.orphans)
        orphan_box.addWidget(self.orphans_head)
        orphan_box.addWidget(self.orphans, 1)
        self.details = QTextBrowser(split)
        self.details.setOpenLinks(False)
        split.addWidget(self.threads)
        split.addWidget(orphan_host)
        split.addWidget(self.details)
        split.setSizes([250, 60, 210])
        layout.addWidget(split, 1)
        layout.addLayout(self._build_thread_actions())
        self.retranslate()

    def _tree(self, parent: QWidget) -> QTreeWidget:
        tree = QTreeWidget(parent)
        tree.setHeaderHidden(True)
        tree.setColumnCount(1)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.currentItemChanged.connect(lambda cur, _prev: self._on_current(cur))
        tree.itemActivated.connect(lambda _item, _col: self.jump_to_current())
        return tree

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.state_filter = QComboBox(self)
        for key in ("open", "all", "resolved"):
            self.state_filter.addItem("", key)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem("", "")
        for key in review_commands().COMMENT_KINDS:
            self.kind_filter.addItem("", key)
        self.mine_filter = QCheckBox(self)
        self.blocking_filter = QCheckBox(self)
        grid.addWidget(self.state_filter, 0, 0)
        grid.addWidget(self.kind_filter, 0, 1)
        grid.addWidget(self.mine_filter, 1, 0)
        grid.addWidget(self.blocking_filter, 1, 1)
        for combo in (self.state_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self._show())
        for box in (self.mine_filter, self.blocking_filter):
            box.toggled.connect(lambda _on: self._show())
        return grid

    def _build_thread_actions(self) -> QGridLayout:
        grid = QGridLayout()
        self.reply_edit = QLineEdit(self)
        self.reply_edit.returnPressed.connect(self.reply_to_current)
        self.reply_button = QPushButton(self)
        self.reply_button.clicked.connect(self.reply_to_current)
        self.jump_button = QPushButton(self)
        self.jump_button.clicked.connect(self.jump_to_current)
        self.resolve_button = QPushButton(self)
        self.resolve_button.clicked.connect(self.resolve_or_reopen_current)
        self.accept_button = QPushButton(self)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self)
        self.reject_button.clicked.connect(self.reject_current)
        self.reattach_button = QPushButton(self)
        self.reattach_button.clicked.connect(self.reattach_current)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_chosen)
        grid.addWidget(self.reply_edit, 0, 0)
        grid.addWidget(self.reply_button, 0, 1)
        grid.addWidget(self.jump_button, 1, 0)
        grid.addWidget(self.resolve_button, 1, 1)
        grid.addWidget(self.accept_button, 2, 0)
        grid.addWidget(self.reject_button, 2, 1)
        grid.addWidget(self.edit_button, 3, 0)
        grid.addWidget(self.delete_button, 3, 1)
        grid.addWidget(self.reattach_button, 4, 0, 1, 2)
        return grid

    def _build_actions(self) -> None:
        self.act_comment = QAction(self)
        self.act_comment.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.act_comment.triggered.connect(lambda: self.comment_on_selection(False))
        self.act_suggest = QAction(self)
        self.act_suggest.setShortcut(QKeySequence("Ctrl+Alt+E"))
        self.act_suggest.triggered.connect(lambda: self.comment_on_selection(True))
        self.act_focus = QAction(self)
        self.act_focus.setShortcut(QKeySequence("F7"))
        self.act_focus.triggered.connect(self.focus_threads)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self.act_comment.setText(self.tr("&Comment on selection…"))
        self.act_suggest.setText(self.tr("Suggest a c&hange…"))
        self.act_focus.setText(self.tr("Go to comments"))
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.setWindowTitle(self.tr("Comments"))
        if not self._built:
            self._show()
            return
        for button, text in (
            (self.comment_button, self.tr("Comment…")),
            (self.suggest_button, self.tr("Suggest change…")),
            (self.reply_button, self.tr("Reply")),
            (self.jump_button, self.tr("Go to text")),
            (self.accept_button, self.tr("Accept")),
            (self.reject_button, self.tr("Reject…")),
            (self.reattach_button, self.tr("Attach here")),
            (self.edit_button, self.tr("Edit…")),
            (self.delete_button, self.tr("Delete")),
        ):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.reattach_button.setToolTip(self.tr("Attach the comment to the selected text"))
        self.reply_edit.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_edit.setAccessibleName(self.tr("Reply"))
        for i, text in enumerate((self.tr("Open"), self.tr("All"), self.tr("Resolved"))):
            self.state_filter.setItemText(i, text)
        self.state_filter.setAccessibleName(self.tr("Show threads"))
        self.kind_filter.setItemText(0, self.tr("All types"))
        for i, key in enumerate(review_commands().COMMENT_KINDS, start=1):
            self.kind_filter.setItemText(i, kind_label(key))
        self.kind_filter.setAccessibleName(self.tr("Type"))
        self.mine_filter.setText(self.tr("&Mine"))
        self.blocking_filter.setText(self.tr("&Blocking only"))
        self.orphans_head.setText(self.tr("Without a place (the text is gone)"))
        self.threads.setAccessibleName(self.tr("Comment threads"))
        self.orphans.setAccessibleName(self.tr("Comments without a place"))
        self.details.setAccessibleName(self.tr("Selected thread"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- following the editor -------------------------------------------------------------

    def follow(self, widget: QWidget | None) -> None:
        """Show the comments of the entity in this editor tab (nothing for other tabs)."""
        old = self.target
        self.target = target_of(widget)
        if self.target is not None:
            self.ensure_built()
            preview = self.target.preview
            if preview is not None and not preview.property("commentsWired"):
                preview.setProperty("commentsWired", True)  # a new rendering drops the marks
                preview.textChanged.connect(lambda p=preview: self._preview_changed(p))
        if old is not None and (self.target is None or old.editors != self.target.editors):
            for edit in old.editors.values():
                if is_alive(edit):  # a closed tab's fields are gone already
                    edit.setExtraSelections([])
        same = (
            old is not None
            and self.target is not None
            and (old.entity_type, old.entity_id) == (self.target.entity_type, self.target.entity_id)
        )
        if not same:
            self.views, self.current_id = [], ""
        self.reload()

    def reload(self) -> None:
        """Read the threads of the current entity again (placed on its stored text)."""
        from content.review.queries import list_comments

        self._generation += 1
        gen, target = self._generation, self.target
        if target is None:
            self.views = []
            self._show()
            return

        def done(views: list[CommentView]) -> None:
            if gen == self._generation:
                self.views = views
                self._show()

        etype, eid = target.entity_type, target.entity_id
        self.ctx.read_async(lambda s: list_comments(s, etype, eid), done,
                            lambda exc: self._say(ops.error_text(exc)), owner=self)

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        target = self.target
        if target is None:
            return
        if is_alive(target.owner):  # the editor may have rebuilt its form or changed block
            fresh = target_of(target.owner)
            if fresh is not None and fresh.editors != target.editors:
                self.follow(target.owner)
                return
        if changes.annotations or target.entity_id in changes.ids or initiator is self:
            self.reload()

    def _preview_changed(self, preview: QTextEdit) -> None:
        if self.target is not None and self.target.preview is preview:
            QTimer.singleShot(0, self, self._highlight_preview)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None and isinstance(new, QPlainTextEdit) \
                and new in self.target.editors.values():
            self._last_editor = new

    # -- showing --------------------------------------------------------------------------

    def visible_views(self) -> list[CommentView]:
        """Return the threads the filters let through."""
        state = self.state_filter.currentData()
        kind = self.kind_filter.currentData()
        out = []
        for v in self.views:
            if state in ("open", "resolved") and v.state != state:
                continue
            if kind and v.kind != kind:
                continue
            if self.mine_filter.isChecked() and v.author != self.ctx.author:
                continue
            if self.blocking_filter.isChecked() and v.kind != review_commands().BLOCKING:
                continue
            out.append(v)
        return out

    def _show(self) -> None:
        target = self.target
        if target is None:
            self.heading.setText(
                self.tr("Open an item, a module or a curriculum to see its comments."))
        else:
            self.heading.setText(self.tr("Comments on «%1»").replace("%1", target.title))
        if not self._built:
            return
        self.current_reply = ""  # the lists are rebuilt: the thread stays selected
        shown = self.visible_views()
        for tree in (self.threads, self.orphans):
            tree.blockSignals(True)
            tree.clear()
        for v in shown:
            tree = self.orphans if v.orphaned else self.threads
            tree.addTopLevelItem(thread_item(v))
        for tree in (self.threads, self.orphans):
            tree.expandAll()
            tree.blockSignals(False)
        # an empty «Uten plassering» box took a third of the thread list's height
        self.orphan_box.setVisible(self.orphans.topLevelItemCount() > 0)
        self._select(self.current_id)
        self._highlight()
        self._show_details()
        self._update_buttons()


    def _select(self, comment_id: str) -> None:
        for tree in (self.threads, self.orphans):
            tree.blockSignals(True)
            tree.setCurrentItem(None)  # type: ignore[arg-type]
            for i in range(tree.topLevelItemCount()):
                node = tree.topLevelItem(i)
                if comment_id and node.data(0, ID_ROLE) == comment_id:
                    tree.setCurrentItem(node)
            tree.blockSignals(False)

    def _on_current(self, node: QTreeWidgetItem | None) -> None:
        if node is None:
            return
        self.current_id = str(node.data(0, ID_ROLE) or "")
        self.current_reply = str(node.data(0, REPLY_ROLE) or "")
        other = self.orphans if node.treeWidget() is self.threads else self.threads
        other.blockSignals(True)
        other.setCurrentItem(None)  # type: ignore[arg-type]
        other.blockSignals(False)
        self._highlight()
        self._show_details()
        self._update_buttons()

    def current(self) -> CommentView | None:
        """Return the selected thread."""
        return next((v for v in self.views if v.id == self.current_id), None)

    def chosen(self) -> CommentView | None:
        """Return the selected comment: a reply when one is selected, else the thread."""
        v = self.current()
        if v is None or not self.current_reply:
            return v
        return next((r for r in v.thread if r.id == self.current_reply), v)

    def _show_details(self) -> None:
        v = self.current()
        if v is None:
            hint = self.tr("Select text, then press Ctrl+Alt+M to comment or Ctrl+Alt+E "
                           "to suggest a change.")
            # an empty thread list says why: none yet, or the filters hide them (all resolved)
            empty = "" if self.target is None or self.visible_views() else (
                self.tr("No comments match the filters.") if self.views
                else self.tr("No comments yet."))
            self.details.setHtml("".join(f"<p style='color:#555'>{html.escape(t)}</p>"
                                         for t in (empty, hint) if t))
            return
        self.details.setHtml(thread_html(v))

    def _highlight(self) -> None:
        """Mark each shown, anchored thread's words in its field (the current one stronger)."""
        target = self.target
        if target is None:
            return
        shown = [v for v in self.visible_views() if v.status == "anchored"]
        for field, edit in target.editors.items():
            if not is_alive(edit):  # the editor's tab was closed: nothing to mark
                continue
            text = edit.toPlainText()
            edit.setExtraSelections([
                mark(edit, qt_offset(text, v.start), qt_offset(text, v.end), v.kind,
                     v.id == self.current_id)
                for v in shown if v.field == field and v.end <= len(text)
            ])
        self._highlight_preview()

    def _highlight_preview(self) -> None:
        """Mark the threads on the body in the rendered preview too (mapped by textmap)."""
        from content.review.textmap import visible_lines

        target = self.target
        if (
            target is None
            or target.preview is None
            or "body" not in target.editors
            or not is_alive(target.preview)
            or not is_alive(target.editors["body"])
        ):
            return
        preview, source = target.preview, target.editors["body"].toPlainText()
        if getattr(target.owner, "is_dirty", lambda: False)():
            preview.setExtraSelections([])  # the offsets are those of the stored text
            return
        shown = [v for v in self.visible_views() if v.status == "anchored" and v.field == "body"]
        self._preview_gen += 1
        gen = self._preview_gen

        def done(fut: Any) -> None:
            if gen != self._preview_gen or not (is_alive(preview) and is_alive(self)) \
                    or fut.exception():
                return
            preview.setExtraSelections(preview_marks(preview, fut.result(), shown,
                                                     self.current_id))

        self.ctx.tasks.run(lambda: visible_lines(source), done, uses_db=False)

    def _update_buttons(self) -> None:
        v = self.current()
        has_target = self.target is not None
        self.comment_button.setEnabled(has_target)
        self.suggest_button.setEnabled(has_target)
        live = v is not None and not v.deleted
        self.reply_button.setEnabled(live)
        self.reply_edit.setEnabled(live)
        self.jump_button.setEnabled(live and v.status == "anchored")  # type: ignore[union-attr]
        self.resolve_button.setEnabled(live)
        resolved = v is not None and v.state == "resolved"
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))
        self.resolve_button.setAccessibleName(self.resolve_button.text())
        open_suggestion = live and is_suggestion(v.kind) and v.state == "open"  # type: ignore[union-attr]
        # accepting writes the suggested text into the field: not for a gransker
        self.accept_button.setEnabled(open_suggestion and v.status == "anchored"  # type: ignore[union-attr]
                                      and self.ctx.may_edit)
        self.reject_button.setEnabled(open_suggestion)
        self.reattach_button.setEnabled(live and bool(v.field))  # type: ignore[union-attr]
        mine = self.chosen()
        own = mine is not None and not mine.deleted and mine.author == self.ctx.author
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def _say(self, text: str) -> None:
        if not self._built:
            self.heading.setText(text)
            return
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            self._notice_timer.start()  # owned by the panel: it dies with it
