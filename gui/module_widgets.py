"""Widgets of the module composer: audiences, objectives, outline, new-block dialog, options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from content.items.kinds import AUDIENCES, EXERCISE_KINDS
from content.modules.minutes import MAX_MODULE_MINUTES
from gui.i18n import kind_label
from gui.outline_model import (
    ui_lang,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

ID_ROLE = Qt.ItemDataRole.UserRole + 2


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
        for n, (text, slot) in enumerate(
            (
                (self.tr("Add"), self._add),
                (self.tr("Remove"), self._remove),
                (self.tr("Up"), lambda: self._move(-1)),
                (self.tr("Down"), lambda: self._move(1)),
            )
        ):
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
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)


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


class NewBlockDialog(QDialog):
    """Ask for a new text block, exercise or trainer note."""

    def __init__(self, block_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block_type = block_type
        title = {
            "text": self.tr("Add text block"),
            "exercise": self.tr("Add exercise"),
            "trainer_note": self.tr("Add trainer note"),
        }[block_type]
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
        else:
            self.kind.hide()  # outside the form it would sit on the title and take a Tab stop
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(
            self.tr("Instructions") if block_type == "exercise" else self.tr("Text")
        )
        form.addRow(
            self.tr("&Instructions:") if block_type == "exercise" else self.tr("Te&xt:"), self.text
        )
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MODULE_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(15 if block_type == "exercise" else 0)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        form.addRow(self.tr("&Minutes:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 320)

    def values(self) -> dict[str, Any]:
        """Return the new block's spec for AddBlocks."""
        spec: dict[str, Any] = {
            "block_type": self.block_type,
            "title": self.title_edit.text(),
            "text": self.text.toPlainText(),
            "minutes": self.minutes.value(),
        }
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
            lambda: self._block and self.update_requested.emit(self._block["id"])
        )
        self.version_row = self.version
        # an item block's choices sit under their labels, the whole panel wide: beside them
        # the 240 px panel cut «Levende (alltid nyeste revisjon)» to «Levende (alltid nyest»
        # (a text block keeps its labels beside, so its text box stays tall)
        self.version_label = self._label_above(self.tr("&Version:"), self.version)
        self.form.addRow(self.update_button)
        self.display = QComboBox(self)
        self.display.setAccessibleName(self.tr("Shown as"))
        for key, label in (
            ("full", self.tr("Full text")),
            ("summary", self.tr("Summary")),
            ("title", self.tr("Title only")),
        ):
            self.display.addItem(label, key)
        self.display.activated.connect(
            lambda _i: self._emit({"display": self.display.currentData()})
        )
        self.display_label = self._label_above(self.tr("&Shown as:"), self.display)

    def _label_above(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label)
        self.form.addRow(field)
        return label

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
            lambda _i: self._emit({"exercise_kind": self.kind.currentData()})
        )
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.text = CommitTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Block text"))
        self.text.editing_finished.connect(lambda: self._emit({"text": self.text.toPlainText()}))
        self.form.addRow(self.tr("Te&xt:"), self.text)
        # The check box says it short and the line under it wraps: the whole sentence on the
        # box was cut at «utelates fra delta» in the 240 px panel.
        self.trainer_only = QCheckBox(self.tr("&Trainer only"), self)
        self.trainer_only.setAccessibleName(self.tr("Trainer only"))
        hint = self.tr("Left out of the participant handbook and the slides.")
        self.trainer_only.setAccessibleDescription(hint)
        self.trainer_only.clicked.connect(lambda on: self._emit({"trainer_only": bool(on)}))
        self.trainer_hint = QLabel(hint, self)
        self.trainer_hint.setWordWrap(True)
        self.trainer_hint.setStyleSheet("color:#555;")
        trainer_box = QWidget(self)
        trainer_rows = QVBoxLayout(trainer_box)
        trainer_rows.setContentsMargins(0, 0, 0, 0)
        trainer_rows.setSpacing(0)
        trainer_rows.addWidget(self.trainer_only)
        trainer_rows.addWidget(self.trainer_hint)
        self.trainer_row = trainer_box
        self.form.addRow(trainer_box)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MODULE_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.editingFinished.connect(self._minutes_changed)
        self.form.addRow(self.tr("&Minutes:"), self.minutes)

    def _show_rows(self, block_type: str | None) -> None:
        is_item = block_type == "item"
        for w in (self.version_label, self.version_row, self.display_label, self.display,
                  self.update_button):
            self.form.setRowVisible(w, is_item)
        for w in (self.title_edit, self.text):
            self.form.setRowVisible(w, block_type not in (None, "item"))
        self.form.setRowVisible(self.kind, block_type == "exercise")
        self.form.setRowVisible(self.trainer_row, block_type not in (None, "trainer_note"))
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
        kinds = {
            "text": self.tr("Text block"),
            "exercise": self.tr("Exercise"),
            "trainer_note": self.tr("Trainer note"),
        }
        name = item.title if item else block["title"]
        # an item block says what kind of item it shows; lupdate sees no tr() in an f-string
        what = kinds.get(block["block_type"]) or (kind_label(item.kind) if item
                                                  else self.tr("Item"))
        self.heading.setText(f"<b>{_esc(what)}</b>" + (f": {_esc(name)}" if name else ""))
        self._fill(block)

    def _fill(self, b: dict[str, Any]) -> None:
        pinned = b.get("pinned_revision")
        self.version.clear()
        self.version.addItem(self.tr("Live (the latest revision)"), None)
        self.version.addItem(
            self.tr("Pinned to revision %1").replace("%1", str(pinned or self._latest)),
            pinned or self._latest,
        )
        self.version.setCurrentIndex(1 if pinned else 0)
        self.form.setRowVisible(self.update_button, bool(pinned) and pinned < self._latest)
        self.update_button.setText(
            self.tr("Update to revision %1…").replace("%1", str(self._latest))
        )
        self.display.setCurrentIndex(max(0, self.display.findData(b.get("display", "full"))))
        if not self.title_edit.hasFocus():
            self.title_edit.setText(b.get("title", ""))
        if not self.text.hasFocus():
            self.text.setPlainText(b.get("text", ""))
            self.text.document().setModified(False)
        is_exercise = b["block_type"] == "exercise"
        self.text.setAccessibleName(
            self.tr("Instructions") if is_exercise else self.tr("Block text")
        )
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
