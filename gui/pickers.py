"""Pick library items: to insert into a module, as a relation target, or as a cited source.

One dialog for every place that picks items. It searches as you type (in the DB worker,
showing only the newest answer), Down in the search field goes to the results, Enter
picks, and Escape cancels. A relation limits the results to the kinds it may point to; a
citation limits them to sources and asks for a page locator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.library import list_titles
from content.queries import find_targets
from content.search.query import type_ahead
from gui.i18n import current_language, kind_label
from gui.outline_model import kind_icon

if TYPE_CHECKING:
    from content.store import Session
    from gui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_DELAY_MS = 150
# wide enough for a long title such as «Tilbudsforespørsel på KS FoU-prosjekt 204019 «Følgeforskning
# av Partnerskap for radikal innovasjon»» (at 520 px the titles ran off to a scroll bar)
PICKER_WIDTH = 800


class ItemPickerDialog(QDialog):
    """Choose library items; with ``source_kind`` a relation, with ``citation`` a source.

    Without either it inserts items into a module: several may be chosen
    (``selected_ids``). For a relation or a citation one item is chosen (``chosen``).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, source_kind: str = "",
                 item_id: str = "", citation: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._kind = source_kind
        self._exclude = item_id
        self._citation = citation
        self._inserting = not (source_kind or citation)
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.relation = self._build_relation_choice()
        self.search = QLineEdit(self)
        self.query = self.search  # the name the relation picker had
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching items"))
        self.results.itemActivated.connect(lambda _i: self.accept())
        self.locator = QLineEdit(self)
        self.locator.setAccessibleName(self.tr("Page or locator"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self._inserting:
            self._build_insert_layout()
        else:
            self._build_link_layout()

    def _build_relation_choice(self) -> QComboBox:
        from content.items.kinds import RELATIONS

        relation = QComboBox(self)
        for name, spec in RELATIONS.items():
            if self._kind in spec.sources:
                relation.addItem(spec.label(current_language()), name)
        relation.currentIndexChanged.connect(lambda _i: self.refresh())
        relation.setAccessibleName(self.tr("Relation type"))
        relation.setVisible(not (self._inserting or self._citation))
        return relation

    def _build_insert_layout(self) -> None:
        """Lay out the module composer's picker: a labelled search, several choices."""
        self.setWindowTitle(self.tr("Insert item"))
        self.setAccessibleName(self.tr("Insert item"))
        label = QLabel(self.tr("&Find an item by title:"), self)
        label.setBuddy(self.search)
        self.search.setAccessibleName(self.tr("Item title search"))
        self.search.setPlaceholderText(self.tr("Type part of a title…"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Insert"))
        ok.setAccessibleName(self.tr("Insert"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.locator.hide()
        layout = QVBoxLayout(self)
        for w in (label, self.search, self.results, self.buttons):
            layout.addWidget(w)
        self.resize(PICKER_WIDTH, 420)

    def _build_link_layout(self) -> None:
        """Lay out the item editor's picker: relation type or page locator, one choice."""
        form = QFormLayout()
        if not self._citation:
            form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.tr("Find:"), self.search)
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
        self.search.setAccessibleName(self.tr("Find an item"))
        self.search.setPlaceholderText(self.tr("Type to search"))
        for which, text in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            self.buttons.button(which).setText(text)
            self.buttons.button(which).setAccessibleName(text)
        self.resize(PICKER_WIDTH, 460)

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Let Down in the search field go to the results."""
        if (
            obj is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            if not self.results.selectedItems():
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def _enter(self) -> None:
        """Enter in the search field: search now if typing is pending, else pick."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()
            return
        if self.results.count():
            self.accept()

    # -- searching ------------------------------------------------------------------------

    def target_kinds(self) -> list[str]:
        """Return the kinds that may be picked (empty: any kind)."""
        from content.items.kinds import RELATIONS

        if self._citation:
            return ["source"]
        if self._inserting:
            return []
        spec = RELATIONS.get(self.relation.currentData() or "")
        return list(spec.targets) if spec else []

    def refresh(self) -> None:
        """Search in the DB worker; show only the newest answer."""
        self._generation += 1
        gen, text = self._generation, self.search.text()
        kinds, exclude, inserting = self.target_kinds(), self._exclude, self._inserting

        def query(s: Session) -> list[tuple[str, str, str]]:
            if not inserting:
                return find_targets(s, text, kinds, exclude)
            if text.strip():
                return [(h.id, h.kind, h.title) for h in type_ahead(s, text, limit=50)]
            return list_titles(s)[:200]

        self.ctx.read_async(query, lambda rows: self._show(gen, rows), owner=self)

    def _show(self, gen: int, rows: list[tuple[str, str, str]]) -> None:
        if gen != self._generation:
            return
        self.results.clear()
        for item_id, kind, title in rows:
            if self._inserting:
                row = QListWidgetItem(kind_icon(kind), title)
            else:
                row = QListWidgetItem(f"{title}  ·  {kind_label(kind)}")
            row.setData(ID_ROLE, item_id)
            row.setData(Qt.ItemDataRole.UserRole, item_id)
            row.setData(TITLE_ROLE, title)
            self.results.addItem(row)
        if rows:
            self.results.setCurrentRow(0)

    # -- the choice -----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Return the chosen item ids in list order."""
        rows = sorted(self.results.selectedItems(), key=self.results.row)
        return [r.data(ID_ROLE) for r in rows]

    def chosen(self) -> dict[str, Any] | None:
        """Return the one choice: item id, its title, relation type, locator."""
        entry = self.results.currentItem()
        if entry is None:
            return None
        relation = "" if self._citation else self.relation.currentData() or ""
        return {"id": entry.data(ID_ROLE), "title": entry.data(TITLE_ROLE),
                "relation": relation, "locator": self.locator.text()}
