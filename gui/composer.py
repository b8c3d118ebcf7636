"""The module composer: header fields, an outline of sections and blocks, block options.

The header fields save through the one autosave of ``EntityEditorPanel`` (when a field is
left, the tab is closed or another view acts); the outline's changes are commands that
carry the revision the composer shows and wait for a header save still on its way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from content.errors import StaleWriteError
from content.modules.commands import (
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
from content.modules.minutes import MAX_MODULE_MINUTES, minutes_in_blocks
from content.queries import ModuleView, load_module_view, load_pinned_update
from gui.diff_view import DiffDialog, item_text
from gui.editor_panel import EntityEditorPanel
from gui.i18n import counted
from gui.module_widgets import (
    AudienceChecks,
    BlockOptionsPanel,
    NewBlockDialog,
    ObjectivesEditor,
    OutlineTree,
)
from gui.ops import run_command, show_error
from gui.outline_counts import CountWatcher
from gui.outline_model import (
    OutlineModel,
    hide_empty_columns,
    rebuild_on_language_change,
    restore_selection,
    update_available,
    while_alive,
)
from gui.pickers import ItemPickerDialog
from gui.validation_panel import ValidationPanel

if TYPE_CHECKING:
    from content.changes import Changes
    from content.commands import Command
    from gui.context import AppContext


class ModuleEditorPanel(EntityEditorPanel):
    """Compose one module; every change is one command through gui.ops."""

    entity_type = "module"
    open_entity_requested = Signal(str, str)
    view_did_load = Signal()

    def __init__(self, ctx: AppContext, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, module_id, parent)
        self.view: ModuleView | None = None
        self._title = ""
        self._keep_header = False
        self._select_after: str | None = None
        self.model = OutlineModel(self)
        self._build()
        self._built = True
        self.model.items_dropped.connect(self.insert_items)
        self.model.block_dropped.connect(self.move_block)
        self.model.section_renamed.connect(
            lambda sid, t: self._run(
                RenameSection(entity_id=self.module_id, section_id=sid, title=t)
            )
        )
        self.ctx.operation_did_execute.connect(self._on_operation)
        self.ctx.library_did_open.connect(self.reload)
        CountWatcher(self, self.model)  # the outline's «Comments» column
        self.reload()

    @property
    def module_id(self) -> str:
        """Return the id of the module shown."""
        return self.entity_id

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
        rebuild_on_language_change(self, self._build, self.flush)
        self._built = True
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
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
        self.duration.setRange(0, MAX_MODULE_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("sum of blocks"))
        self.duration.setMinimumWidth(140)
        self.audiences = AudienceChecks(box)
        self.objectives = ObjectivesEditor(box)
        for w, name in (
            (self.title_edit, self.tr("Module title")),
            (self.code_edit, self.tr("Module code")),
            (self.duration, self.tr("Duration in minutes")),
        ):
            w.setAccessibleName(name)
        # The title has a row of its own: beside code and duration it was cut at 1366 px.
        form.addRow(self.tr("&Title:"), self.title_edit)
        top = QHBoxLayout()
        top.addWidget(self.code_edit)
        dur_label = QLabel(self.tr("&Duration:"), box)
        dur_label.setBuddy(self.duration)
        top.addWidget(dur_label)
        top.addWidget(self.duration)
        top.addStretch(1)
        form.addRow(self.tr("&Code:"), top)
        form.labelForField(top).setBuddy(self.code_edit)
        form.addRow(self.tr("Audiences:"), self.audiences)
        form.addRow(self.tr("&Objectives:"), self.objectives)
        form.labelForField(self.objectives).setBuddy(self.objectives.list)
        for signal in (self.title_edit.editingFinished, self.code_edit.editingFinished,
                       self.duration.editingFinished, self.audiences.audiences_did_change,
                       self.objectives.objectives_did_change):
            signal.connect(lambda *_a: self.save_now())
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
        self.tree.setAccessibleDescription(self.tr("Its commands have shortcuts: F1 lists them."))
        self.tree.setModel(self.model)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hide_empty_columns(self.tree, self.model, (4, self.model.COUNT_COLUMN))
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
            ("down", self.tr("Move down"), QKeySequence("Alt+Down"), lambda: self.move_current(1)),
            ("to_section", self.tr("Move to section…"), QKeySequence("Alt+Shift+M"),
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
        # Arrows, not words, on the toolbar (the words stay in the tooltip, the menu and F1): in
        # the app's 10 pt font «Flytt til seksjon» and «Fjern» fell into the overflow at 1366 px.
        for name, arrow in (("up", QStyle.StandardPixmap.SP_ArrowUp),
                            ("down", QStyle.StandardPixmap.SP_ArrowDown)):
            self.actions_by_name[name].setIcon(self.style().standardIcon(arrow))
        self.actions_by_name["remove"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.actions_by_name["remove"])
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("insert", "text", "exercise", "note", "section", "up", "down", "to_section"):
            self.tree.addAction(self.actions_by_name[name])

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the module and its items in the DB worker."""
        self.ctx.read_async(
            lambda s: load_module_view(s, self.module_id),
            while_alive(self, self._loaded),
            while_alive(self, self._load_failed),
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.banner.setText(self.tr("This module cannot be shown: %1").replace("%1", str(exc)))
        self.banner.setVisible(True)
        self.view_did_load.emit()

    def _loaded(self, view: ModuleView) -> None:
        current = self._current_id()
        self.view = view
        self.revision = view.revision
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
        for w in (
            self.title_edit,
            self.code_edit,
            self.duration,
            self.audiences,
            self.objectives,
            self.tree,
            self.options,
            self.toolbar,
        ):
            w.setEnabled(not deleted)
        if state["title"] != self._title:
            self._title = state["title"]
            self.title_did_change.emit(self._title)
        self.validation.set_target("module", self.module_id)
        self.apply_role()
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
        total = minutes_in_blocks(state)
        text = (
            self.tr("%1 · %2 min in blocks")
            .replace("%1", counted(count, self.tr("1 block"), self.tr("%1 blocks")))
            .replace("%2", str(total))
        )
        declared = int(state["duration_minutes"] or 0)
        if declared:
            text += self.tr(" · module duration %1 min").replace("%1", str(declared))
            if declared != total:
                text += self.tr(" (differs by %1 min)").replace("%1", str(abs(declared - total)))
        self.totals.setText(text)

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        items = set(self.model.items)
        if (
            self.module_id in changes.ids
            or (changes.items and changes.ids & items)
            or (not changes.ids and (changes.modules or changes.items))
        ):
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
        self._current_changed(restore_selection(self.tree, self.model, entity_id))

    def _current_changed(self, idx: QModelIndex, _prev: QModelIndex | None = None) -> None:
        block = self.model.block_at(idx)
        info = self.model.items.get(block.get("item_id") or "") if block else None
        self.options.set_block(block, info)
        is_block = block is not None
        for name in ("to_section",):
            self.actions_by_name[name].setEnabled(is_block)
        self.actions_by_name["up"].setEnabled(idx.isValid())
        self.actions_by_name["down"].setEnabled(idx.isValid())
        self.apply_role()

    def _role_inputs(self) -> list[QWidget]:  # the outline still selects when locked
        return [self.title_edit, self.code_edit, self.duration, self.audiences, self.objectives,
                self.tree, self.options, self.toolbar]

    def _role_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def _role_unlocked(self) -> None:
        self._current_changed(self.tree.currentIndex())

    def select(self, entity_id: str) -> None:
        """Make a section or block current (e.g. from a validation link)."""
        self._restore_selection(entity_id)

    # -- commands -----------------------------------------------------------------------

    def _run(self, cmd: Command, select: str | None = None) -> None:
        """Run a command from the revision this view shows, after a header save on its way."""
        self.when_saved(while_alive(self, lambda: self._run_now(cmd, select)))

    def _run_now(self, cmd: Command, select: str | None) -> None:
        cmd.expected_revision = self.revision

        def done(_changes: Changes) -> None:
            ids = getattr(cmd, "block_ids", None) or []
            self._select_after = select or (ids[0] if ids else None)

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload()  # show the newer state the command was refused against

        run_command(self.ctx, self, cmd, initiator=self, on_done=while_alive(self, done),
                    on_error=while_alive(self, failed))

    # -- the autosave hooks -------------------------------------------------------------

    def _header_values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "code": self.code_edit.text(),
                "duration_minutes": self.duration.value(),
                "audiences": self.audiences.value(), "objectives": self.objectives.value()}

    def _unsaved(self) -> dict[str, Any]:
        if self.view is None or self.view.state.get("deleted"):
            return {}
        state = self.view.state
        stored = {**state, "duration_minutes": int(state["duration_minutes"] or 0)}

        def same(key: str, shown: Any) -> bool:
            if key == "audiences":
                return sorted(shown) == sorted(stored[key] or [])
            return (shown or None) == (stored[key] or None)

        return {k: v for k, v in self._header_values().items() if not same(k, v)}

    def _save_command(self, values: dict[str, Any]) -> Command:
        return UpdateModule(entity_id=self.module_id, expected_revision=self.revision,
                            values=values)

    def _saved(self, cmd: Command, values: dict[str, Any]) -> None:
        if self.view is not None:
            self.view.state.update(values)

    def _save_refused(self, exc: BaseException) -> None:
        self._keep_header = isinstance(exc, StaleWriteError)  # keep what the user typed
        show_error(self, exc)
        self.reload()

    def flush(self) -> None:
        """Save a block text and header fields still being edited."""
        self.options.flush()
        super().flush()

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
        self._run(
            AddBlocks(entity_id=self.module_id, section_id=section_id, index=index, blocks=blocks)
        )

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
            self._run(
                AddBlocks(
                    entity_id=self.module_id,
                    section_id=where[0],
                    index=where[1],
                    blocks=[dlg.values()],
                )
            )

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
        self._run(
            MoveBlock(
                entity_id=self.module_id, block_id=block_id, to_section_id=section_id, index=index
            ),
            select=block_id,
        )

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
                self._run(
                    MoveSection(entity_id=self.module_id, section_id=sec["id"], index=si + step),
                    select=sec["id"],
                )
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
        untitled = self.tr("(untitled section)")  # lupdate sees no tr() in an f-string
        names = [f"{i + 1}. {s['title'] or untitled}" for i, s in enumerate(sections)]
        name, ok = QInputDialog.getItem(
            self, self.tr("Move to section"), self.tr("Move the block to:"), names, 0, False
        )
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
            if (
                sec["blocks"]
                and QMessageBox.question(
                    self,
                    self.tr("Remove section"),
                    self.tr("Remove the section «%1» and its %2 blocks?")
                    .replace("%1", sec["title"])
                    .replace("%2", str(len(sec["blocks"]))),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
            self._run(RemoveSection(entity_id=self.module_id, section_id=sec["id"]))

    def _update_block(self, block_id: str, values: dict[str, Any]) -> None:
        self._run(
            UpdateBlock(entity_id=self.module_id, block_id=block_id, values=values), select=block_id
        )

    # -- pinned updates -----------------------------------------------------------------

    def show_update(self, block_id: str) -> None:
        """Show pinned vs latest side by side; on accept, pin the block to the latest."""
        idx = self.model.index_of(block_id)
        block = self.model.block_at(idx)
        if block is None or not update_available(block, self.model.items):
            return
        item_id, pinned = block["item_id"], block["pinned_revision"]

        self.ctx.read_async(
            lambda s: load_pinned_update(s, item_id, pinned),
            while_alive(self, lambda res: self._ask_update(
                block_id, pinned, res.pinned, res.latest, res.latest_revision)),
            while_alive(self, lambda exc: show_error(self, exc)),
        )

    def _ask_update(
        self, block_id: str, pinned: int, old: dict[str, Any], new: dict[str, Any], latest: int
    ) -> None:
        dlg = DiffDialog(
            self.tr("Update «%1»").replace("%1", new.get("title", "")),
            self.tr(
                "This block shows revision %1. Revision %2 is the latest. "
                "Compare them and accept to show the latest in this module."
            )
            .replace("%1", str(pinned))
            .replace("%2", str(latest)),
            self.tr("Update to revision %1").replace("%1", str(latest)),
            self,
        )
        dlg.view.set_texts(
            item_text(old),
            item_text(new),
            self.tr("Pinned: revision %1").replace("%1", str(pinned)),
            self.tr("Latest: revision %1").replace("%1", str(latest)),
        )
        self.last_diff_dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._update_block(block_id, {"pinned_revision": latest})
