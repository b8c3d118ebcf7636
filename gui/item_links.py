"""The item editor's links: typed relations to other items and citations of sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.items.kinds import RELATIONS
from gui.i18n import current_language

if TYPE_CHECKING:
    from gui.item_editor import ItemEditorPanel


class ItemLinksPanel(QWidget):
    """List an item's relations and citations; add and remove them (one command each)."""

    def __init__(self, editor: ItemEditorPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._state: dict[str, Any] = {}
        self.titles: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.relations_label = QLabel(self)
        self.relations_list = QTreeWidget(self)
        self.add_relation_button = QPushButton(self)
        self.add_relation_button.clicked.connect(self.pick_relation)
        self.remove_relation_button = QPushButton(self)
        self.remove_relation_button.clicked.connect(self.remove_relation)
        self.citations_label = QLabel(self)
        self.citations_list = QTreeWidget(self)
        self.add_citation_button = QPushButton(self)
        self.add_citation_button.clicked.connect(self.pick_citation)
        self.remove_citation_button = QPushButton(self)
        self.remove_citation_button.clicked.connect(self.remove_citation)
        for label, lst, add, rem in (
            (self.relations_label, self.relations_list, self.add_relation_button,
             self.remove_relation_button),
            (self.citations_label, self.citations_list, self.add_citation_button,
             self.remove_citation_button),
        ):
            lst.setColumnCount(2)
            lst.setRootIsDecorated(False)
            # the title takes the room: a source's title was cut to «Forespørsel …» at 100 px
            # while the often empty page column beside it stretched
            lst.header().setStretchLastSection(False)
            lst.header().setSectionResizeMode(1 if lst is self.relations_list else 0,
                                              QHeaderView.ResizeMode.Stretch)
            lst.header().setSectionResizeMode(0 if lst is self.relations_list else 1,
                                              QHeaderView.ResizeMode.ResizeToContents)
            label.setBuddy(lst)
            layout.addWidget(label)
            layout.addWidget(lst, 1)
            row = QHBoxLayout()
            row.addWidget(add)
            row.addWidget(rem)
            row.addStretch(1)
            layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self.relations_label.setText(self.tr("Relations to other items:"))
        self.relations_list.setHeaderLabels([self.tr("Relation"), self.tr("Item")])
        self.relations_list.setAccessibleName(self.tr("Relations"))
        self.citations_label.setText(self.tr("Cited sources:"))
        self.citations_list.setHeaderLabels([self.tr("Source"), self.tr("Page or locator")])
        self.citations_list.setAccessibleName(self.tr("Citations"))
        for button, text in ((self.add_relation_button, self.tr("Add relation…")),
                             (self.remove_relation_button, self.tr("Remove relation")),
                             (self.add_citation_button, self.tr("Cite a source…")),
                             (self.remove_citation_button, self.tr("Remove citation"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate (relation names too) when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._state:
                self.show_links(self._state)
        super().changeEvent(event)

    def show_links(self, state: dict[str, Any]) -> None:
        """Show the relations and citations of a stored item state."""
        self._state = state
        self.relations_list.clear()
        for rel in state["relations"]:
            spec = RELATIONS.get(rel["type"])
            name = spec.label(current_language()) if spec else rel["type"]
            entry = QTreeWidgetItem(self.relations_list,
                                    [name, self._title(rel["target_id"])])
            entry.setData(0, Qt.ItemDataRole.UserRole, rel["id"])
        self.citations_list.clear()
        for cit in state["citations"]:
            entry = QTreeWidgetItem(self.citations_list, [
                self._title(cit["source_id"]), cit["locator"]])
            entry.setData(0, Qt.ItemDataRole.UserRole, cit["id"])

    def _title(self, item_id: str) -> str:
        """Return an item's title; never its id (one not read yet, or gone, says so)."""
        return self.titles.get(item_id) or self.tr("(missing item)")

    def pick_relation(self) -> None:
        """Choose a relation type and a target item, then add it."""
        from content.commands import AddRelation
        from gui.pickers import ItemPickerDialog

        ed = self._editor
        dialog = ItemPickerDialog(ed.ctx, ed, source_kind=ed.kind, item_id=ed.entity_id)
        if dialog.exec() and (choice := dialog.chosen()):
            self.titles[choice["id"]] = choice["title"]
            ed.when_saved(lambda: ed.run_item_command(AddRelation(
                entity_id=ed.entity_id, relation_type=choice["relation"],
                target_id=choice["id"])))

    def remove_relation(self) -> None:
        """Remove the selected relation."""
        from content.commands import RemoveRelation

        entry = self.relations_list.currentItem()
        if entry is not None:
            ed, rel_id = self._editor, entry.data(0, Qt.ItemDataRole.UserRole)
            ed.when_saved(lambda: ed.run_item_command(
                RemoveRelation(entity_id=ed.entity_id, relation_id=rel_id)))

    def pick_citation(self) -> None:
        """Choose a source item and a page locator, then cite it."""
        from content.commands import AddCitation
        from gui.pickers import ItemPickerDialog

        ed = self._editor
        dialog = ItemPickerDialog(ed.ctx, ed, source_kind=ed.kind, item_id=ed.entity_id,
                                  citation=True)
        if dialog.exec() and (choice := dialog.chosen()):
            ed.when_saved(lambda: ed.run_item_command(AddCitation(
                entity_id=ed.entity_id, source_id=choice["id"], locator=choice["locator"])))

    def remove_citation(self) -> None:
        """Remove the selected citation."""
        from content.commands import RemoveCitation

        entry = self.citations_list.currentItem()
        if entry is not None:
            ed, cit_id = self._editor, entry.data(0, Qt.ItemDataRole.UserRole)
            ed.when_saved(lambda: ed.run_item_command(
                RemoveCitation(entity_id=ed.entity_id, citation_id=cit_id)))
