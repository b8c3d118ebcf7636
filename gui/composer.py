"""The module composer: header fields, an outline of sections and blocks, block options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from content.aggregates import item_state
from content.kinds import AUDIENCES, EXERCISE_KINDS
from content.library import get_entity, list_titles, state_at
from content.module_commands import (
    AddBlocks,
    AddSection,
    MoveBlock,
    MoveSection,
    RemoveBlock,
    RemoveSection,
    RenameSection,
    UpdateBlock,
    UpdateModule,
)
from content.search import type_ahead
from gui.diff_view import DiffDialog, item_text
from gui.header_saver import HeaderSaver
from gui.ops import run_command, show_error
from gui.outline_model import (
    ModuleView,
    OutlineModel,
    block_minutes,
    kind_icon,
    load_module_view,
    rebuild_on_language_change,
    ui_lang,
    update_available,
    while_alive,
)
from gui.validation_panel import ValidationPanel

if TYPE_CHECKING:
    from content.changes import Changes
    from content.commands import Command
    from gui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 2


# ======================================================================================
# Small editors shared with the curriculum builder
# ======================================================================================


class AudienceChecks(QWidget):
    """One check box per audience; emits the chosen keys when the user changes one."""

    audiences_did_change = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for key, labels in AUDIENCES.items():
            box = QCheckBox(labels.get(ui_lang(), labels["en"]), self)
            box.setAccessibleName(self.tr("Audience: %1").replace("%1", box.text()))
            box.toggled.connect(lambda _on: self.audiences_did_change.emit(self.value()))
            row.addWidget(box)
            self.boxes[key] = box
        row.addStretch(1)

    def value(self) -> list[str]:
        """Return the chosen audience keys."""
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def set_value(self, keys: list[str]) -> None:
        """Check exactly these audiences (no signal)."""
        for k, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(k in keys)
            b.blockSignals(False)


class ObjectivesEditor(QWidget):
    """An editable list of learning objectives with add, remove, up and down."""

    objectives_did_change = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Learning objectives"))
        self.list.setMaximumHeight(80)
        self.list.itemChanged.connect(lambda _i: self._emit())
        layout.addWidget(self.list, 1)
        buttons = QGridLayout()
        for n, (text, slot) in enumerate(((self.tr("Add"), self._add),
                                          (self.tr("Remove"), self._remove),
                                          (self.tr("Up"), lambda: self._move(-1)),
                                          (self.tr("Down"), lambda: self._move(1)))):
            b = QPushButton(text, self)
            b.setAccessibleName(self.tr("%1 objective").replace("%1", text))
            b.clicked.connect(slot)
            buttons.addWidget(b, n // 2, n % 2)
        buttons.setRowStretch(2, 1)
        layout.addLayout(buttons)

    def value(self) -> list[str]:
        """Return the non-empty objectives in order."""
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [t for t in texts if t]

    def set_value(self, objectives: list[str]) -> None:
        """Show objectives (no signal); keeps an open editor's row if unchanged."""
        if objectives == self.value():
            return
        self.list.blockSignals(True)
        self.list.clear()
        for text in objectives:
            self.list.addItem(self._row(text))
        self.list.blockSignals(False)

    def _row(self, text: str) -> QListWidgetItem:
        row = QListWidgetItem(text)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        return row

    def _emit(self) -> None:
        self.objectives_did_change.emit(self.value())

    def _add(self) -> None:
        self.list.blockSignals(True)
        row = self._row("")
        self.list.addItem(row)
        self.list.blockSignals(False)
        self.list.setCurrentItem(row)
        self.list.editItem(row)  # saved when the editor commits a non-empty text

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < self.list.count() and row >= 0:
            self.list.blockSignals(True)
            item = self.list.takeItem(row)
            self.list.insertItem(row + step, item)
            self.list.setCurrentRow(row + step)
            self.list.blockSignals(False)
            self._emit()


class CommitTextEdit(QPlainTextEdit):
    """A plain-text editor that reports when the user leaves it (one save per edit)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Report the end of an edit."""
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editing_finished.emit()


# ======================================================================================
# Dialogs
# ======================================================================================


class ItemPickerDialog(QDialog):
    """Pick library items by typing part of a title (type-ahead search)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.setWindowTitle(self.tr("Insert item"))
        self.setAccessibleName(self.tr("Insert item"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find an item by title:"), self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Item title search"))
        self.search.setPlaceholderText(self.tr("Type part of a title…"))
        label.setBuddy(self.search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching items"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.itemActivated.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Insert"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (label, self.search, self.results, buttons):
            layout.addWidget(w)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        self.resize(520, 420)
        self.refresh()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        """Let Down in the search field go to the results."""
        if obj is self.search and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            if not self.results.selectedItems():
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def refresh(self) -> None:
        """Search in the DB worker; show only the newest answer."""
        self._generation += 1
        gen, prefix = self._generation, self.search.text()

        def query(s: Any) -> list[tuple[str, str, str]]:
            if prefix.strip():
                return [(h.id, h.kind, h.title) for h in type_ahead(s, prefix, limit=50)]
            return list_titles(s)[:200]

        self.ctx.read_async(query, while_alive(self, lambda rows: self._show(gen, rows)))

    def _show(self, gen: int, rows: list[tuple[str, str, str]]) -> None:
        if gen != self._generation:
            return
        self.results.clear()
        for item_id, kind, title in rows:
            row = QListWidgetItem(kind_icon(kind), title)
            row.setData(ID_ROLE, item_id)
            self.results.addItem(row)
        if rows:
            self.results.setCurrentRow(0)

    def _enter(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()
            return
        if self.results.count():
            self.accept()

    def selected_ids(self) -> list[str]:
        """Return the chosen item ids in list order."""
        rows = sorted(self.results.selectedItems(), key=self.results.row)
        return [r.data(ID_ROLE) for r in rows]


class NewBlockDialog(QDialog):
    """Ask for a new text block, exercise or trainer note."""

    def __init__(self, block_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block_type = block_type
        title = {"text": self.tr("Add text block"), "exercise": self.tr("Add exercise"),
                 "trainer_note": self.tr("Add trainer note")}[block_type]
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Exercise kind"))
        for key, label in exercise_kind_labels(self).items():
            self.kind.addItem(label, key)
        if block_type == "exercise":
            form.addRow(self.tr("&Kind:"), self.kind)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Instructions") if block_type == "exercise"
                                    else self.tr("Text"))
        form.addRow(self.tr("&Instructions:") if block_type == "exercise" else self.tr("Te&xt:"),
                    self.text)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(15 if block_type == "exercise" else 0)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        form.addRow(self.tr("&Minutes:"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 320)

    def values(self) -> dict[str, Any]:
        """Return the new block's spec for AddBlocks."""
        spec: dict[str, Any] = {"block_type": self.block_type, "title": self.title_edit.text(),
                                "text": self.text.toPlainText(), "minutes": self.minutes.value()}
        if self.block_type == "exercise":
            spec["exercise_kind"] = self.kind.currentData()
        if self.block_type == "trainer_note":
            spec["trainer_only"] = True
        return spec


def exercise_kind_labels(w: QWidget) -> dict[str, str]:
    """Return the translated labels of the exercise kinds."""
    labels = {
        "reflection": QCoreApplication.translate("ModuleEditorPanel", "Reflection question"),
        "group_task": QCoreApplication.translate("ModuleEditorPanel", "Group task"),
        "case_discussion": QCoreApplication.translate("ModuleEditorPanel", "Case discussion"),
    }
    return {k: labels.get(k, k) for k in EXERCISE_KINDS}


# ======================================================================================
# Block options
# ======================================================================================


class BlockOptionsPanel(QWidget):
    """Edit the selected block: pin, display, trainer-only, minutes, title, text."""

    values_did_change = Signal(str, dict)  # block_id, values
    update_requested = Signal(str)  # block_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._block: dict[str, Any] | None = None
        self._latest = 0
        self.form = QFormLayout(self)
        self.heading = QLabel(self.tr("Select a block to see its options."), self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Selected block"))
        self.form.addRow(self.heading)
        self._build_item_rows()
        self._build_text_rows()
        self._show_rows(None)

    def _build_item_rows(self) -> None:
        self.version = QComboBox(self)
        self.version.setAccessibleName(self.tr("Version"))
        self.version.activated.connect(self._version_changed)
        self.update_button = QPushButton(self.tr("Update…"), self)
        self.update_button.setAccessibleName(self.tr("Update to the latest revision"))
        self.update_button.clicked.connect(
            lambda: self._block and self.update_requested.emit(self._block["id"]))
        self.version_row = self.version
        self.form.addRow(self.tr("&Version:"), self.version)
        self.form.addRow("", self.update_button)
        self.display = QComboBox(self)
        self.display.setAccessibleName(self.tr("Shown as"))
        for key, label in (("full", self.tr("Full text")), ("summary", self.tr("Summary")),
                           ("title", self.tr("Title only"))):
            self.display.addItem(label, key)
        self.display.activated.connect(
            lambda _i: self._emit({"display": self.display.currentData()}))
        self.form.addRow(self.tr("&Shown as:"), self.display)

    def _build_text_rows(self) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Block title"))
        self.title_edit.editingFinished.connect(self._title_changed)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Exercise kind"))
        for key, label in exercise_kind_labels(self).items():
            self.kind.addItem(label, key)
        self.kind.activated.connect(
            lambda _i: self._emit({"exercise_kind": self.kind.currentData()}))
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.text = CommitTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Block text"))
        self.text.editing_finished.connect(
            lambda: self._emit({"text": self.text.toPlainText()}))
        self.form.addRow(self.tr("Te&xt:"), self.text)
        self.trainer_only = QCheckBox(self.tr("Trainer only (left out of participant outputs)"),
                                      self)
        self.trainer_only.setAccessibleName(self.tr("Trainer only"))
        self.trainer_only.clicked.connect(lambda on: self._emit({"trainer_only": bool(on)}))
        self.form.addRow(self.trainer_only)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.editingFinished.connect(self._minutes_changed)
        self.form.addRow(self.tr("&Minutes:"), self.minutes)

    def _show_rows(self, block_type: str | None) -> None:
        is_item = block_type == "item"
        for w in (self.version_row, self.display, self.update_button):
            self.form.setRowVisible(w, is_item)
        for w in (self.title_edit, self.text):
            self.form.setRowVisible(w, block_type not in (None, "item"))
        self.form.setRowVisible(self.kind, block_type == "exercise")
        self.form.setRowVisible(self.trainer_only, block_type not in (None, "trainer_note"))
        self.form.setRowVisible(self.minutes, block_type is not None)

    def set_block(self, block: dict[str, Any] | None, item: Any = None) -> None:
        """Show a block's options (item is its ItemInfo, if it references one)."""
        if self._block is not None and block is not None and block["id"] != self._block["id"]:
            self.flush()
        self._block = block
        self._show_rows(block["block_type"] if block else None)
        if block is None:
            self.heading.setText(self.tr("Select a block to see its options."))
            return
        self._latest = item.revision if item else 0
        kinds = {"text": self.tr("Text block"), "exercise": self.tr("Exercise"),
                 "trainer_note": self.tr("Trainer note")}
        name = item.title if item else block["title"]
        self.heading.setText(f"<b>{kinds.get(block['block_type'], self.tr('Item'))}</b>"
                             + (f": {_esc(name)}" if name else ""))
        self._fill(block)

    def _fill(self, b: dict[str, Any]) -> None:
        pinned = b.get("pinned_revision")
        self.version.clear()
        self.version.addItem(self.tr("Live (always the latest revision)"), None)
        self.version.addItem(self.tr("Pinned to revision %1").replace(
            "%1", str(pinned or self._latest)), pinned or self._latest)
        self.version.setCurrentIndex(1 if pinned else 0)
        self.form.setRowVisible(self.update_button, bool(pinned) and pinned < self._latest)
        self.update_button.setText(self.tr("Update to revision %1…").replace(
            "%1", str(self._latest)))
        self.display.setCurrentIndex(max(0, self.display.findData(b.get("display", "full"))))
        if not self.title_edit.hasFocus():
            self.title_edit.setText(b.get("title", ""))
        if not self.text.hasFocus():
            self.text.setPlainText(b.get("text", ""))
            self.text.document().setModified(False)
        is_exercise = b["block_type"] == "exercise"
        self.text.setAccessibleName(self.tr("Instructions") if is_exercise
                                    else self.tr("Block text"))
        label = self.form.labelForField(self.text)
        if isinstance(label, QLabel):
            label.setText(self.tr("&Instructions:") if is_exercise else self.tr("Te&xt:"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(b.get("exercise_kind"))))
        self.trainer_only.setChecked(bool(b.get("trainer_only")))
        if not self.minutes.hasFocus():
            self.minutes.setValue(int(b.get("minutes") or 0))

    def flush(self) -> None:
        """Save a text edit still open in the panel."""
        if self._block is not None and self.text.document().isModified():
            self.text.document().setModified(False)
            self._emit({"text": self.text.toPlainText()})

    def _emit(self, values: dict[str, Any]) -> None:
        if self._block is None:
            return
        changed = {k: v for k, v in values.items() if self._block.get(k) != v}
        if changed:
            self._block = {**self._block, **changed}
            self.values_did_change.emit(self._block["id"], changed)

    def _version_changed(self, index: int) -> None:
        self._emit({"pinned_revision": self.version.itemData(index)})

    def _title_changed(self) -> None:
        self._emit({"title": self.title_edit.text()})

    def _minutes_changed(self) -> None:
        self._emit({"minutes": self.minutes.value()})


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ======================================================================================
# The panel
# ======================================================================================


class OutlineTree(QTreeView):
    """The outline view: drag and drop of blocks, and library items dropped in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)


class ModuleEditorPanel(HeaderSaver, QWidget):
    """Compose one module; every change is one command through gui.ops."""

    title_did_change = Signal(str)
    open_entity_requested = Signal(str, str)
    view_did_load = Signal()

    def __init__(self, ctx: AppContext, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.module_id = module_id
        self.view: ModuleView | None = None
        self._title = ""
        self._revision: int | None = None
        self._init_header_saver()
        self._select_after: str | None = None
        self.model = OutlineModel(self)
        self._build()
        self._built = True
        self.model.items_dropped.connect(self.insert_items)
        self.model.block_dropped.connect(self.move_block)
        self.model.section_renamed.connect(
            lambda sid, t: self._run(RenameSection(entity_id=self.module_id, section_id=sid,
                                                   title=t)))
        self.ctx.operation_did_execute.connect(self._on_operation)
        self.ctx.library_did_open.connect(self.reload)
        self.reload()

    def title(self) -> str:
        """Return the tab title."""
        return self._title or self.tr("Module")

    def changeEvent(self, event: QEvent) -> None:
        """Rebuild the widgets in the new language when the UI language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self._built = False  # one rebuild for the burst of events children also get
            QTimer.singleShot(0, while_alive(self, self._retranslate))

    def _retranslate(self) -> None:
        rebuild_on_language_change(self, self._build, self.options.flush)
        self._built = True
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.reload()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background:#fff3cd;padding:4px;")
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        layout.addWidget(self._build_header())
        split = QSplitter(Qt.Orientation.Vertical, self)
        middle = QSplitter(Qt.Orientation.Horizontal, split)
        middle.addWidget(self._build_outline())
        layout.addWidget(self.toolbar)
        self.options = BlockOptionsPanel(middle)
        self.options.setMinimumWidth(240)
        middle.setChildrenCollapsible(False)
        self.options.values_did_change.connect(self._update_block)
        self.options.update_requested.connect(self.show_update)
        middle.addWidget(self.options)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        split.addWidget(middle)
        self.validation = ValidationPanel(self.ctx, split)
        self.validation.open_entity_requested.connect(self.open_entity_requested)
        split.addWidget(self.validation)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 170])
        layout.addWidget(split, 1)

    def _build_header(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit(box)
        self.code_edit = QLineEdit(box)
        self.code_edit.setMaximumWidth(160)
        self.duration = QSpinBox(box)
        self.duration.setRange(0, 100000)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("sum of blocks"))
        self.duration.setMinimumWidth(140)
        self.audiences = AudienceChecks(box)
        self.objectives = ObjectivesEditor(box)
        for w, name in ((self.title_edit, self.tr("Module title")),
                        (self.code_edit, self.tr("Module code")),
                        (self.duration, self.tr("Duration in minutes"))):
            w.setAccessibleName(name)
        top = QHBoxLayout()
        top.addWidget(self.title_edit, 1)
        code_label = QLabel(self.tr("&Code:"), box)
        code_label.setBuddy(self.code_edit)
        top.addWidget(code_label)
        top.addWidget(self.code_edit)
        dur_label = QLabel(self.tr("&Duration:"), box)
        dur_label.setBuddy(self.duration)
        top.addWidget(dur_label)
        top.addWidget(self.duration)
        form.addRow(self.tr("&Title:"), top)
        form.labelForField(top).setBuddy(self.title_edit)
        form.addRow(self.tr("Audiences:"), self.audiences)
        form.addRow(self.tr("&Objectives:"), self.objectives)
        form.labelForField(self.objectives).setBuddy(self.objectives.list)
        self.title_edit.editingFinished.connect(lambda: self._save_line("title", self.title_edit))
        self.code_edit.editingFinished.connect(lambda: self._save_line("code", self.code_edit))
        self.duration.editingFinished.connect(
            lambda: self._save_field("duration_minutes", self.duration.value()))
        self.audiences.audiences_did_change.connect(lambda v: self._save_field("audiences", v))
        self.objectives.objectives_did_change.connect(lambda v: self._save_field("objectives", v))
        return box

    def _build_outline(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        # The toolbar spans the whole panel (placed by _build), so its actions fit.
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Outline tools"))
        self.tree = OutlineTree(box)
        self.tree.setAccessibleName(self.tr("Module outline"))
        self.tree.setModel(self.model)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        self.totals = QLabel(box)
        self.totals.setAccessibleName(self.tr("Module minutes"))
        self.totals.setWordWrap(True)  # long totals must not widen the panel past the window
        layout.addWidget(self.totals)
        self._build_actions()
        return box

    def _build_actions(self) -> None:
        specs = [
            ("insert", self.tr("Insert item…"), QKeySequence(Qt.Key.Key_Insert),
             self.insert_item_dialog),
            ("text", self.tr("Add text"), None, lambda: self.add_block("text")),
            ("exercise", self.tr("Add exercise…"), None, lambda: self.add_block("exercise")),
            ("note", self.tr("Add trainer note"), None, lambda: self.add_block("trainer_note")),
            ("section", self.tr("Add section"), None, self.add_section),
            ("up", self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            ("down", self.tr("Move down"), QKeySequence("Alt+Down"),
             lambda: self.move_current(1)),
            ("to_section", self.tr("Move to section…"), QKeySequence("Ctrl+Shift+M"),
             self.move_to_section_dialog),
            ("remove", self.tr("Remove"), QKeySequence(Qt.Key.Key_Delete), self.remove_current),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(keys)
                act.setToolTip(f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            self.toolbar.addAction(act)
            self.toolbar.widgetForAction(act).setAccessibleName(text.rstrip("…"))
            self.actions_by_name[name] = act
        self.actions_by_name["remove"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.actions_by_name["remove"])
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("insert", "text", "exercise", "note", "up", "down", "to_section"):
            self.tree.addAction(self.actions_by_name[name])

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the module and its items in the DB worker."""
        self.ctx.read_async(lambda s: load_module_view(s, self.module_id),
                            while_alive(self, self._loaded), while_alive(self, self._load_failed))

    def _load_failed(self, exc: BaseException) -> None:
        self.banner.setText(self.tr("This module cannot be shown: %1").replace("%1", str(exc)))
        self.banner.setVisible(True)
        self.view_did_load.emit()

    def _loaded(self, view: ModuleView) -> None:
        current = self._current_id()
        self.view = view
        self._revision = view.revision
        state = view.state
        self.model.set_view(view)
        self.tree.expandAll()
        self._restore_selection(self._select_after or current)
        self._select_after = None
        self._fill_header(state)
        self._show_totals(state)
        deleted = bool(state.get("deleted"))
        self.banner.setVisible(deleted)
        self.banner.setText(self.tr("This module is deleted; restore it to edit it."))
        for w in (self.title_edit, self.code_edit, self.duration, self.audiences,
                  self.objectives, self.tree, self.options, self.toolbar):
            w.setEnabled(not deleted)
        if state["title"] != self._title:
            self._title = state["title"]
            self.title_did_change.emit(self._title)
        self.validation.set_target("module", self.module_id)
        self.view_did_load.emit()

    def _fill_header(self, state: dict[str, Any]) -> None:
        keep = self._keep_header
        self._keep_header = False
        for w, value in ((self.title_edit, state["title"]), (self.code_edit, state["code"])):
            if not (keep and w.isModified()):  # a refused edit keeps the user's text
                w.setText(value)
        if not self.duration.hasFocus() and not keep:
            self.duration.setValue(int(state["duration_minutes"] or 0))
        self.audiences.set_value(state["audiences"])
        self.objectives.set_value(state["objectives"])

    def _show_totals(self, state: dict[str, Any]) -> None:
        count = sum(len(s["blocks"]) for s in state["sections"])
        total = block_minutes(state)
        text = self.tr("%1 blocks · %2 min in blocks").replace("%1", str(count)).replace(
            "%2", str(total))
        declared = int(state["duration_minutes"] or 0)
        if declared:
            text += self.tr(" · module duration %1 min").replace("%1", str(declared))
            if declared != total:
                text += self.tr(" (differs by %1 min)").replace("%1", str(abs(declared - total)))
        self.totals.setText(text)

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        items = set(self.model.items)
        if (self.module_id in changes.ids or (changes.items and changes.ids & items)
                or (not changes.ids and (changes.modules or changes.items))):
            self.reload()

    # -- selection ----------------------------------------------------------------------

    def _current_id(self) -> str | None:
        idx = self.tree.currentIndex()
        block = self.model.block_at(idx)
        if block is not None:
            return block["id"]
        sec = self.model.section_at(idx)
        return sec["id"] if sec else None

    def _restore_selection(self, entity_id: str | None) -> None:
        idx = self.model.index_of(entity_id) if entity_id else QModelIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0, 0)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)
        self._current_changed(idx)

    def _current_changed(self, idx: QModelIndex, _prev: QModelIndex | None = None) -> None:
        block = self.model.block_at(idx)
        info = self.model.items.get(block.get("item_id") or "") if block else None
        self.options.set_block(block, info)
        is_block = block is not None
        for name in ("to_section",):
            self.actions_by_name[name].setEnabled(is_block)
        self.actions_by_name["up"].setEnabled(idx.isValid())
        self.actions_by_name["down"].setEnabled(idx.isValid())

    def select(self, entity_id: str) -> None:
        """Make a section or block current (e.g. from a validation link)."""
        self._restore_selection(entity_id)

    # -- commands -----------------------------------------------------------------------

    def _run(self, cmd: Command, select: str | None = None) -> None:
        def done(_changes: Changes) -> None:
            ids = getattr(cmd, "block_ids", None) or []
            self._select_after = select or (ids[0] if ids else None)

        run_command(self.ctx, self, cmd, initiator=self, on_done=while_alive(self, done))

    def _save_line(self, key: str, edit: QLineEdit) -> None:
        if edit.isModified():
            self._save_field(key, edit.text())

    def _header_command(self, values: dict[str, Any]) -> UpdateModule:
        return UpdateModule(
            entity_id=self.module_id, expected_revision=self._revision, values=values
        )

    def _insert_position(self) -> tuple[str, int] | None:
        idx = self.tree.currentIndex()
        block = self.model.block_at(idx)
        sec = self.model.section_at(idx)
        if block is not None and sec is not None:
            return sec["id"], idx.row() + 1
        if sec is not None:
            return sec["id"], len(sec["blocks"])
        sections = self.model.sections
        return (sections[-1]["id"], len(sections[-1]["blocks"])) if sections else None

    def insert_items(self, section_id: str, index: int, item_ids: list[str]) -> None:
        """Put library items into a section at an index: one AddBlocks command."""
        blocks = [{"item_id": i, "block_type": "item"} for i in dict.fromkeys(item_ids)]
        self._run(AddBlocks(entity_id=self.module_id, section_id=section_id, index=index,
                            blocks=blocks))

    def insert_item_dialog(self) -> None:
        """Insert items chosen by type-ahead after the current block (the keyboard drag)."""
        where = self._insert_position()
        if where is None:
            return
        dlg = ItemPickerDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.selected_ids():
            self.insert_items(*where, dlg.selected_ids())

    def add_block(self, block_type: str) -> None:
        """Add a text block, exercise or trainer note after the current block."""
        where = self._insert_position()
        if where is None:
            return
        dlg = NewBlockDialog(block_type, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._run(AddBlocks(entity_id=self.module_id, section_id=where[0], index=where[1],
                                blocks=[dlg.values()]))

    def add_section(self) -> None:
        """Add a section after the current one and let the user name it."""
        title, ok = QInputDialog.getText(self, self.tr("Add section"), self.tr("Section title:"))
        if ok and title.strip():
            sec = self.model.section_at(self.tree.currentIndex())
            index = self.model.sections.index(sec) + 1 if sec else None
            cmd = AddSection(entity_id=self.module_id, title=title.strip(), index=index)
            self._run(cmd, select=cmd.section_id)

    def move_block(self, block_id: str, section_id: str, index: int) -> None:
        """Move a block (drag and drop or keyboard): one MoveBlock command."""
        self._run(MoveBlock(entity_id=self.module_id, block_id=block_id,
                            to_section_id=section_id, index=index), select=block_id)

    def move_current(self, step: int) -> None:
        """Move the current block (or section) one place up or down, across sections."""
        idx = self.tree.currentIndex()
        block, sec = self.model.block_at(idx), self.model.section_at(idx)
        sections = self.model.sections
        if sec is None:
            return
        si = sections.index(sec)
        if block is None:
            if 0 <= si + step < len(sections):
                self._run(MoveSection(entity_id=self.module_id, section_id=sec["id"],
                                      index=si + step), select=sec["id"])
            return
        row = idx.row() + step
        if 0 <= row < len(sec["blocks"]):
            self.move_block(block["id"], sec["id"], row)
        elif 0 <= si + step < len(sections):  # over the edge: into the neighbouring section
            target = sections[si + step]
            self.move_block(block["id"], target["id"], len(target["blocks"]) if step < 0 else 0)

    def move_to_section_dialog(self) -> None:
        """Move the current block to the end of a section chosen from a list."""
        block = self.model.block_at(self.tree.currentIndex())
        if block is None:
            return
        sections = self.model.sections
        names = [f"{i + 1}. {s['title'] or self.tr('(untitled section)')}"
                 for i, s in enumerate(sections)]
        name, ok = QInputDialog.getItem(self, self.tr("Move to section"),
                                        self.tr("Move the block to:"), names, 0, False)
        if ok and name in names:
            target = sections[names.index(name)]
            self.move_block(block["id"], target["id"], len(target["blocks"]))

    def remove_current(self) -> None:
        """Remove the current block, or the current section after asking if it has blocks."""
        idx = self.tree.currentIndex()
        block, sec = self.model.block_at(idx), self.model.section_at(idx)
        if block is not None:
            self._run(RemoveBlock(entity_id=self.module_id, block_id=block["id"]))
        elif sec is not None:
            if sec["blocks"] and QMessageBox.question(
                    self, self.tr("Remove section"),
                    self.tr("Remove the section «%1» and its %2 blocks?").replace(
                        "%1", sec["title"]).replace("%2", str(len(sec["blocks"])))
            ) != QMessageBox.StandardButton.Yes:
                return
            self._run(RemoveSection(entity_id=self.module_id, section_id=sec["id"]))

    def _update_block(self, block_id: str, values: dict[str, Any]) -> None:
        self._run(UpdateBlock(entity_id=self.module_id, block_id=block_id, values=values),
                  select=block_id)

    # -- pinned updates -----------------------------------------------------------------

    def show_update(self, block_id: str) -> None:
        """Show pinned vs latest side by side; on accept, pin the block to the latest."""
        idx = self.model.index_of(block_id)
        block = self.model.block_at(idx)
        if block is None or not update_available(block, self.model.items):
            return
        item_id, pinned = block["item_id"], block["pinned_revision"]

        def read(s: Any) -> tuple[dict[str, Any], dict[str, Any], int]:
            obj = get_entity(s, "item", item_id)
            return state_at(s, "item", item_id, pinned), item_state(obj), obj.revision

        self.ctx.read_async(read, while_alive(self, lambda res: self._ask_update(
            block_id, pinned, *res)), while_alive(self, lambda exc: show_error(self, exc)))

    def _ask_update(self, block_id: str, pinned: int, old: dict[str, Any],
                    new: dict[str, Any], latest: int) -> None:
        dlg = DiffDialog(
            self.tr("Update «%1»").replace("%1", new.get("title", "")),
            self.tr("This block shows revision %1. Revision %2 is the latest. "
                    "Compare them and accept to show the latest in this module.")
            .replace("%1", str(pinned)).replace("%2", str(latest)),
            self.tr("Update to revision %1").replace("%1", str(latest)), self)
        dlg.view.set_texts(item_text(old), item_text(new),
                           self.tr("Pinned: revision %1").replace("%1", str(pinned)),
                           self.tr("Latest: revision %1").replace("%1", str(latest)))
        self.last_diff_dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._update_block(block_id, {"pinned_revision": latest})
