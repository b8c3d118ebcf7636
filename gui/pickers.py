"""Pick a related item or a cited source: typed search limited to the allowed kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.queries import find_targets
from gui.i18n import current_language, kind_label

if TYPE_CHECKING:
    from gui.context import AppContext

class ItemPickerDialog(QDialog):
    """Choose an item (and a relation type, or a page locator) from the library."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, source_kind: str = "",
                 item_id: str = "", citation: bool = False) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = source_kind
        self._exclude = item_id
        self._citation = citation
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self._build()
        self._search()

    def _build(self) -> None:
        from content.items.kinds import RELATIONS

        en = current_language() == "en"
        self.relation = QComboBox(self)
        for name, spec in RELATIONS.items():
            if self._kind in spec.sources:
                self.relation.addItem(spec.label_en if en else spec.label_nb, name)
        self.relation.currentIndexChanged.connect(lambda _i: self._search())
        self.query = QLineEdit(self)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.results = QListWidget(self)
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.locator = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if not self._citation:
            form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.tr("Find:"), self.query)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        if self._citation:
            loc = QFormLayout()
            loc.addRow(self.tr("Page or locator:"), self.locator)
            layout.addLayout(loc)
        self.locator.setVisible(self._citation)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Cite a source") if self._citation
                            else self.tr("Add a relation"))
        self.relation.setAccessibleName(self.tr("Relation type"))
        self.query.setAccessibleName(self.tr("Find an item"))
        self.query.setPlaceholderText(self.tr("Type to search"))
        self.results.setAccessibleName(self.tr("Matching items"))
        self.locator.setAccessibleName(self.tr("Page or locator"))
        for which, text in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            self.buttons.button(which).setText(text)
            self.buttons.button(which).setAccessibleName(text)
        self.resize(520, 460)

    def target_kinds(self) -> list[str]:
        """Return the kinds the chosen relation may point to."""
        from content.items.kinds import RELATIONS

        if self._citation:
            return ["source"]
        spec = RELATIONS.get(self.relation.currentData() or "")
        return list(spec.targets) if spec else []

    def _search(self) -> None:
        self._generation += 1
        gen, text, kinds, exclude = (self._generation, self.query.text(), self.target_kinds(),
                                     self._exclude)
        self._ctx.read_async(lambda s: find_targets(s, text, kinds, exclude),
                             lambda rows: self._show(gen, rows), owner=self)

    def _show(self, gen: int, rows: list[tuple[str, str, str]]) -> None:
        if gen != self._generation:
            return
        self.results.clear()
        for item_id, kind, title in rows:
            entry = QListWidgetItem(f"{title}  ·  {kind_label(kind)}", self.results)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
        if rows:
            self.results.setCurrentRow(0)

    def chosen(self) -> dict[str, Any] | None:
        """Return the choice: target/source id, relation type, locator."""
        entry = self.results.currentItem()
        if entry is None:
            return None
        return {"id": entry.data(Qt.ItemDataRole.UserRole), "title": entry.text(),
                "relation": self.relation.currentData() or "", "locator": self.locator.text()}
