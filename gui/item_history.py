"""The item editor's history: every revision, a diff of any two, restoring one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.words import short_datetime
from gui.i18n import command_label, current_language

if TYPE_CHECKING:
    from gui.item_editor import ItemEditorPanel


class ItemHistoryPanel(QWidget):
    """List an item's revisions; compare two, or restore one (one undoable step)."""

    def __init__(self, editor: ItemEditorPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        layout = QVBoxLayout(self)
        self.history_list = QTreeWidget(self)
        self.history_list.setColumnCount(4)
        self.history_list.setRootIsDecorated(False)
        self.history_list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.history_hint = QLabel(self)
        self.history_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addWidget(self.history_hint)
        layout.addWidget(self.history_list, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        for button, text in ((self.compare_button, self.tr("Compare…")),
                             (self.restore_button, self.tr("Restore this revision"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.history_list.setHeaderLabels([self.tr("Revision"), self.tr("When"),
                                           self.tr("Who"), self.tr("What")])
        self.history_list.setAccessibleName(self.tr("Revision history"))
        self.history_hint.setText(self.tr("Select two revisions to compare them, or one to "
                                          "compare it with the current text."))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_history(self, rows: list[Any]) -> None:
        """Show revision rows, newest first."""
        self.history_list.clear()
        for r in rows:
            when = short_datetime(r.changed_at.astimezone(), current_language())
            entry = QTreeWidgetItem(self.history_list,
                                    [str(r.revision), when, r.author, command_label(r.action)])
            entry.setData(0, Qt.ItemDataRole.UserRole, r.revision)
        for col in range(3):
            self.history_list.resizeColumnToContents(col)

    def refresh(self) -> None:
        """Re-read the history of the editor's item."""
        from content.library import history

        item_id = self._editor.entity_id
        self._editor.ctx.read_async(lambda s: history(s, "item", item_id), self.show_history,
                                    owner=self)

    def selected_revisions(self) -> list[int]:
        """Return the revisions selected in the history list, oldest first."""
        return sorted(int(e.data(0, Qt.ItemDataRole.UserRole))
                      for e in self.history_list.selectedItems())

    def compare_selected(self) -> Any:
        """Open the diff of the two selected revisions (or one and the current)."""
        from gui.revision_diff import RevisionDiffDialog

        ed = self._editor
        ed.flush()
        revs = self.selected_revisions()
        if not revs or not ed.entity_id:
            return None
        old, new = (revs[0], revs[-1]) if len(revs) > 1 else (revs[0], ed.revision)
        dialog = RevisionDiffDialog(ed.ctx, "item", ed.entity_id, old, new, ed)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def restore_selected(self) -> None:
        """Bring back the selected revision (one undoable step)."""
        from content.commands import RestoreItemRevision

        revs = self.selected_revisions()
        if len(revs) != 1:
            QMessageBox.information(self, self.tr("Restore a revision"),
                                    self.tr("Select the one revision to restore."))
            return
        ed = self._editor
        ed.when_saved(lambda: ed.run_item_command(
            RestoreItemRevision(entity_id=ed.entity_id, revision=revs[0])))
