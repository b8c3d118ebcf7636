"""The main window: tabbed editors on one library, the operations, layout persistence.

Its rooms: ``gui/window_menus.py`` (actions, menus, toolbar, texts), ``gui/window_docks.py``
(navigator and inspector), ``gui/window_files.py`` (opening libraries, bundles).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import ops
from gui.comment_dock import install_comment_dock
from gui.editor_panel import EntityEditorPanel
from gui.library_view import LibraryPanel
from gui.window_docks import WindowDocks
from gui.window_files import LibraryFiles
from gui.window_menus import WindowMenus

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from content.changes import Changes
    from gui.context import AppContext

PANELS = {
    "module": ("gui.composer", "ModuleEditorPanel"),
    "curriculum": ("gui.curriculum_editor", "CurriculumEditorPanel"),
}


class MainWindow(WindowMenus, WindowDocks, LibraryFiles, QMainWindow):
    """One window on one open library (menus, docks and library files are mixins)."""

    library_view_did_populate = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._inspected = ""
        self._populated = False
        self._inspect_timer = QTimer(self, singleShot=True, interval=120)
        self._inspect_timer.timeout.connect(self._load_inspector)
        self._build_central()
        self.library.model.reload()  # the first page loads while the rest is built
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.comments = install_comment_dock(self)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        from gui.team_status import TeamStatus

        self.team_status = TeamStatus(
            ctx, self, notify=lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.statusBar().addPermanentWidget(self.team_status)
        self.retranslate()
        self.setObjectName("mainWindow")
        ctx.operation_did_execute.connect(self._on_operation)
        ctx.undo_status_did_change.connect(self.update_undo_actions)
        ctx.library_did_open.connect(self._on_library_open)
        ctx.team_role_did_change.connect(self._on_team_role)
        self.library.model.rows_did_load.connect(self._on_rows_loaded)
        self._restore_layout()
        # The navigator's counts load after the first library page (see _on_rows_loaded):
        # its query imports the ORM, which would otherwise delay that page. Should the page
        # fail to load, the navigator still loads a moment later.
        QTimer.singleShot(2000, lambda: None if self._populated else self.reload_navigator())
        QTimer.singleShot(2000, lambda: None if self._populated else self.team_status.refresh())

    # -- building -----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self._on_tab_changed())
        self.library = LibraryPanel(self.ctx, self.tabs)
        self.tabs.addTab(self.library, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.library.item_did_activate.connect(self.open_item)
        self.library.current_item_did_change.connect(self.inspect)
        # A reviewer (gransker) reads this banner above every tab: why nothing is editable.
        self.role_banner = QLabel(self)
        self.role_banner.setObjectName("roleBanner")
        self.role_banner.setWordWrap(True)
        self.role_banner.setStyleSheet(
            "#roleBanner{background:#e8f0fb;border:1px solid #7a9cc6;border-radius:4px;"
            "padding:6px 8px;}"
        )
        self.role_banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.role_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def role_actions(self) -> list[QAction]:
        """Return the window's actions that change content (off for a gransker)."""
        return [self.act_new_item, self.new_item_menu.menuAction(), self.act_new_module,
                self.act_new_curriculum, self.act_import, self.act_retire, self.act_delete]

    def _on_team_role(self, _role: str) -> None:
        self.apply_role()

    def apply_role(self) -> None:
        """Show the reviewer banner and turn off the content changes a gransker may not make."""
        may_edit = self.ctx.may_edit
        reason = "" if may_edit else self.tr(
            "You are %1 in this team library: you can read and comment, not change content."
        ).replace("%1", self.ctx.team_role)
        self.role_banner.setText(reason)
        self.role_banner.setAccessibleName(self.tr("Your role"))
        self.role_banner.setVisible(not may_edit)
        for action in self.role_actions():
            action.setEnabled(may_edit)
            action.setToolTip(reason or action.text().replace("&", ""))
            action.setStatusTip(reason)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Let Tab go through the window's areas in reading order (``gui/focus_areas.py``)."""
        from gui.focus_areas import next_stop

        target = next_stop(self, next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload_navigator()
            if self._inspected:
                self._load_inspector()
        super().changeEvent(event)

    # -- tabs -------------------------------------------------------------------------------

    def editors(self) -> list[QWidget]:
        """Return the open editor panels (not the library tab)."""
        return [self.tabs.widget(i) for i in range(1, self.tabs.count())]

    def find_tab(self, etype: str, entity_id: str) -> int:
        """Return the tab index of an open editor, or -1."""
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if w.property("entityKey") == f"{etype}:{entity_id}":
                return i
        return -1

    def open_entity(self, etype: str, entity_id: str) -> QWidget | None:
        """Open (or show) the editor of an item, module or curriculum."""
        if etype == "item":
            return self.open_item(entity_id)
        if etype not in PANELS:
            return None
        index = self.find_tab(etype, entity_id)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            return self.tabs.widget(index)
        module_name, class_name = PANELS[etype]
        try:
            panel_class = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            self.statusBar().showMessage(self.tr("This editor is not available yet."), 4000)
            return None
        panel = panel_class(self.ctx, entity_id, self.tabs)
        if hasattr(panel, "open_entity_requested"):
            panel.open_entity_requested.connect(self.open_entity)
        return self._add_tab(panel, f"{etype}:{entity_id}")

    def open_item(self, item_id: str) -> QWidget:
        """Open an item's editor in a tab."""
        from gui.item_editor import ItemEditorPanel

        index = self.find_tab("item", item_id)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            return self.tabs.widget(index)
        return self._add_tab(ItemEditorPanel(self.ctx, item_id, self.tabs), f"item:{item_id}")

    def new_item(self, kind: str) -> QWidget:
        """Open an editor on a new item of a kind (stored once its form is valid)."""
        from gui.item_editor import ItemEditorPanel

        panel = ItemEditorPanel(self.ctx, None, self.tabs, kind=kind)
        panel.item_did_create.connect(
            lambda item_id, p=panel: p.setProperty("entityKey", f"item:{item_id}")
        )
        widget = self._add_tab(panel, "")
        panel.title_edit.setFocus()
        return widget

    def _add_tab(self, panel: QWidget, key: str) -> QWidget:
        panel.setProperty("entityKey", key)
        index = self.tabs.addTab(panel, panel.title() if hasattr(panel, "title") else "")
        self._name_close_buttons()
        if hasattr(panel, "title_did_change"):
            panel.title_did_change.connect(lambda _t, p=panel: self._retitle(p))
        self.tabs.setCurrentIndex(index)
        return panel

    def _name_close_buttons(self) -> None:
        """Name the tabs' and docks' close buttons in the UI language (Qt's stay English)."""
        from PySide6.QtWidgets import QAbstractButton, QDockWidget

        for dock in self.findChildren(QDockWidget):
            names = {
                "qt_dockwidget_closebutton": self.tr("Close «%1»"),
                "qt_dockwidget_floatbutton": self.tr("Detach «%1»"),
            }
            for button in dock.findChildren(QAbstractButton):
                text = names.get(button.objectName())
                if text is not None:
                    button.setAccessibleName(text.replace("%1", dock.windowTitle()))
                    button.setToolTip(text.replace("%1", dock.windowTitle()))
        bar = self.tabs.tabBar()
        for i in range(bar.count()):
            button = bar.tabButton(i, bar.ButtonPosition.RightSide)
            if button is not None:
                text = self.tr("Close «%1»").replace("%1", bar.tabText(i))
                button.setAccessibleName(text)
                button.setToolTip(text)

    def _retitle(self, panel: QWidget) -> None:
        index = self.tabs.indexOf(panel)
        if index >= 0:
            title = panel.title()  # type: ignore[attr-defined]
            self.tabs.setTabText(index, title if len(title) <= 32 else title[:30] + "…")
            self.tabs.setTabToolTip(index, title)
            self._name_close_buttons()

    def close_tab(self, index: int) -> None:
        """Close an editor tab (its edits are stored first)."""
        if index <= 0:
            return
        panel = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if isinstance(panel, EntityEditorPanel):
            panel.hide()
            panel.close_when_saved()  # stays alive, hidden, until its last edit is stored
        else:
            panel.deleteLater()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % max(1, self.tabs.count()))

    def _on_tab_changed(self) -> None:
        key = str(self.tabs.currentWidget().property("entityKey") or "")
        if key.startswith("item:"):
            self.inspect(key[5:])

    # -- operations ----------------------------------------------------------------------------

    def _flush_editors(self) -> None:
        for panel in self.editors():
            if isinstance(panel, EntityEditorPanel):
                panel.flush()

    def undo(self) -> None:
        """Undo the last step (pending edits are stored first)."""
        self._flush_editors()
        ops.undo(self.ctx, self)

    def redo(self) -> None:
        """Redo the last undone step."""
        self._flush_editors()
        ops.redo(self.ctx, self)

    def find(self) -> None:
        """Go to the library search field."""
        self.tabs.setCurrentIndex(0)
        self.library.focus_search()

    def _default_kind(self) -> str:
        kind = self.library.kind_filter.currentData()
        return kind or "finding"

    def current_item_id(self) -> str:
        """Return the item in the current tab, or the current library row."""
        key = str(self.tabs.currentWidget().property("entityKey") or "")
        if key.startswith("item:"):
            return key[5:]
        return self.library.current_id() if self.tabs.currentIndex() == 0 else ""

    def retire_or_delete(self, action: str) -> None:
        """Retire or delete the current item after showing what it affects."""
        from content.commands import DeleteItem, RetireItem

        item_id = self.current_item_id()
        if not item_id:
            self.statusBar().showMessage(self.tr("Select an item first."), 4000)
            return
        if not self._confirm_impact(item_id, action):
            return
        cmd = RetireItem(entity_id=item_id) if action == "retire" else DeleteItem(entity_id=item_id)
        ops.run_command(self.ctx, self, cmd)

    def _confirm_impact(self, item_id: str, action: str) -> bool:
        try:
            from gui.impact import confirm_impact
        except ImportError:
            question = (
                self.tr("Retire this item?") if action == "retire" else self.tr("Delete this item?")
            )
            answer = QMessageBox.question(self, self.tr("Kursverk"), question)
            return answer == QMessageBox.StandardButton.Yes
        return bool(confirm_impact(self.ctx, self, item_id, action))

    def new_module(self) -> None:
        """Create a module (asks for its title) and open it."""
        from content.modules.commands import CreateModule

        title, ok = QInputDialog.getText(self, self.tr("New module"), self.tr("Title:"))
        if ok and title.strip():
            cmd = CreateModule(values={"title": title.strip(), "first_section": self.tr("Part 1")})
            ops.run_command(
                self.ctx, self, cmd, on_done=lambda _c: self.open_entity("module", cmd.entity_id)
            )

    def new_curriculum(self) -> None:
        """Create a curriculum (asks for its title) and open it."""
        from content.curricula.commands import CreateCurriculum

        title, ok = QInputDialog.getText(self, self.tr("New curriculum"), self.tr("Title:"))
        if ok and title.strip():
            cmd = CreateCurriculum(values={"title": title.strip()})
            ops.run_command(
                self.ctx,
                self,
                cmd,
                on_done=lambda _c: self.open_entity("curriculum", cmd.entity_id),
            )

    def export_current(self) -> None:
        """Open the export dialog for the module or curriculum in the current tab."""
        key = str(self.tabs.currentWidget().property("entityKey") or "")
        etype, _sep, entity_id = key.partition(":")
        if etype not in ("module", "curriculum"):
            QMessageBox.information(
                self,
                self.tr("Export"),
                self.tr("Open a module or a curriculum first, then export it."),
            )
            return
        try:
            from gui.export_dialog import ExportDialog
        except ImportError:
            self.statusBar().showMessage(self.tr("Export is not available yet."), 4000)
            return
        ExportDialog(self.ctx, etype, entity_id, self).exec()

    def review_rounds(self) -> None:
        """Open the review rounds of the module or curriculum in the current tab (or all)."""
        from gui.review_rounds import ReviewRoundsDialog

        key = str(self.tabs.currentWidget().property("entityKey") or "")
        etype, _sep, entity_id = key.partition(":")
        if etype not in ("module", "curriculum"):
            etype, entity_id = "", ""
        ReviewRoundsDialog(self.ctx, etype, entity_id, self).exec()

    def open_settings(self) -> None:
        """Open the settings dialog."""
        from gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts of the menus and the open editors (Help menu, F1)."""
        from gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self, self.editors()).exec()

    def show_about(self) -> None:
        """Say what this is."""
        QMessageBox.about(
            self,
            self.tr("About Kursverk"),
            self.tr("Kursverk — authoring learning programmes for the municipal sector, offline."),
        )

    # -- changes and persistence --------------------------------------------------------

    def _on_operation(self, changes: Changes, _initiator: object) -> None:
        if changes.items or changes.modules or changes.curricula:
            self.reload_navigator()
            if self.team_status.isVisible():
                self.team_status.refresh()  # the changes waiting to be synced
        if (self._inspected and self._inspected in changes.ids) or changes.modules:
            self._inspect_timer.start()
        self.update_undo_actions()

    def _on_rows_loaded(self) -> None:
        if not self._populated:
            self._populated = True
            self.library_view_did_populate.emit()
            QTimer.singleShot(0, self.reload_navigator)
            QTimer.singleShot(0, self._restore_tabs)
            QTimer.singleShot(0, self.team_status.refresh)

    def _restore_layout(self) -> None:
        s = self.ctx.settings
        geometry, state = s.value("window/geometry"), s.value("window/state")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))

    def _restore_tabs(self) -> None:
        keys = self.ctx.settings.value("window/tabs", [])
        if isinstance(keys, str):
            keys = [keys]
        for key in keys or []:
            etype, _sep, entity_id = str(key).partition(":")
            if entity_id:
                self.open_entity(etype, entity_id)
        if keys:
            self.tabs.setCurrentIndex(0)

    def save_layout(self) -> None:
        """Remember window geometry, docks and open tabs."""
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        keys = [
            str(w.property("entityKey"))
            for w in self.editors()
            if str(w.property("entityKey") or "").partition(":")[2]
        ]
        s.setValue("window/tabs", keys)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Store pending edits and the layout before closing (a running sync is cancelled)."""
        self._flush_editors()
        self.team_status.cancel()
        self.save_layout()
        super().closeEvent(event)

