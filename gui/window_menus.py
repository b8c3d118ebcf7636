"""The main window's actions, menus and toolbar, and their texts in the UI language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from gui.i18n import command_label, kind_label
from gui.outline_model import while_alive

if TYPE_CHECKING:
    from gui.context import AppContext


class WindowMenus:
    """Mixin of MainWindow: every action with its shortcut, the menus and the toolbar."""

    ctx: AppContext

    def _action(self, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_new_item = self._action(lambda: self.new_item(self._default_kind()), S.New)
        self.act_new_module = self._action(self.new_module, "Ctrl+Shift+M")
        self.act_new_curriculum = self._action(self.new_curriculum, "Ctrl+Shift+K")
        self.act_open = self._action(self.open_library_file, S.Open)
        self.act_new_library = self._action(self.new_library_file)
        self.act_open_url = self._action(self.open_database_url, "Ctrl+Shift+O")
        self.act_import = self._action(self.import_bundle, "Ctrl+I")
        self.act_export_bundle = self._action(self.export_bundle, "Ctrl+Shift+B")
        self.act_export = self._action(self.export_current, "Ctrl+E")
        self.act_review_rounds = self._action(self.review_rounds)
        self.act_close_tab = self._action(lambda: self.close_tab(self.tabs.currentIndex()), S.Close)
        self.act_quit = self._action(self.close, S.Quit)
        self.act_undo = self._action(self.undo, "Ctrl+Z")
        self.act_redo = self._action(self.redo, "Ctrl+Shift+Z")
        self.act_find = self._action(self.find, S.Find)
        self.act_retire = self._action(lambda: self.retire_or_delete("retire"))
        self.act_delete = self._action(lambda: self.retire_or_delete("delete"), "Ctrl+Delete")
        self.act_settings = self._action(self.open_settings, "Ctrl+,")
        self.act_library = self._action(lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_next_tab = self._action(lambda: self._step_tab(1), "Ctrl+PgDown")
        self.act_prev_tab = self._action(lambda: self._step_tab(-1), "Ctrl+PgUp")
        self.act_focus_nav = self._action(self._focus_navigator, "F6")
        self.act_shortcuts = self._action(self.show_shortcuts, S.HelpContents)
        self.act_about = self._action(self.show_about)
        self.act_toggle_nav = self.nav_dock.toggleViewAction()
        self.act_toggle_inspector = self.inspector_dock.toggleViewAction()
        self.act_toggle_inspector.setShortcut(QKeySequence("Ctrl+Shift+I"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu, self.edit_menu = bar.addMenu(""), bar.addMenu("")
        self.view_menu, self.help_menu = bar.addMenu(""), bar.addMenu("")
        self.new_item_menu = QMenu(self)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        f = self.file_menu
        f.addAction(self.act_new_item)
        f.addMenu(self.new_item_menu)
        f.addActions([self.act_new_module, self.act_new_curriculum])
        f.addSeparator()
        f.addActions([self.act_open, self.act_new_library, self.act_open_url])
        f.addMenu(self.recent_menu)
        f.addSeparator()
        f.addActions([self.act_import, self.act_export_bundle, self.act_export])
        f.addAction(self.act_review_rounds)
        f.addSeparator()
        f.addActions([self.act_close_tab, self.act_quit])
        e = self.edit_menu
        e.addActions([self.act_undo, self.act_redo])
        e.addSeparator()
        e.addActions([self.act_find, self.act_retire, self.act_delete])
        e.addSeparator()
        e.addAction(self.act_settings)
        self.view_menu.addActions(
            [self.act_library, self.act_next_tab, self.act_prev_tab, self.act_focus_nav]
        )
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_toggle_nav, self.act_toggle_inspector])
        self.help_menu.addActions([self.act_shortcuts, self.act_about])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.act_new_item, self.act_undo, self.act_redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_find, self.act_export])
        self.addToolBar(self.toolbar)

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        from content.items.kinds import KINDS

        self.setWindowTitle(self.tr("Kursverk — %1").replace("%1", self._library_name()))
        self.team_status.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        # after every dock has its new title; nothing once the window is gone
        QTimer.singleShot(0, while_alive(self, self._name_close_buttons))
        self.new_item_menu.setTitle(self.tr("New item of kind"))
        self.new_item_menu.clear()
        for kind in KINDS:
            self.new_item_menu.addAction(kind_label(kind), lambda k=kind: self.new_item(k))
        self.recent_menu.setTitle(self.tr("Recent libraries"))
        texts = {
            self.act_new_item: self.tr("&New item"),
            self.act_new_module: self.tr("New &module"),
            self.act_new_curriculum: self.tr("New &curriculum"),
            self.act_open: self.tr("&Open library file…"),
            self.act_new_library: self.tr("New library file…"),
            self.act_open_url: self.tr("Open database &URL…"),
            self.act_import: self.tr("&Import bundle…"),
            self.act_export_bundle: self.tr("Export &bundle…"),
            self.act_export: self.tr("&Export handbook, slides…"),
            self.act_review_rounds: self.tr("Review &rounds…"),
            self.act_close_tab: self.tr("&Close tab"),
            self.act_quit: self.tr("&Quit"),
            self.act_find: self.tr("&Find in library"),
            self.act_retire: self.tr("&Retire item…"),
            self.act_delete: self.tr("&Delete item…"),
            self.act_settings: self.tr("&Settings…"),
            self.act_library: self.tr("&Library"),
            self.act_next_tab: self.tr("Next tab"),
            self.act_prev_tab: self.tr("Previous tab"),
            self.act_focus_nav: self.tr("Go to navigator"),
            self.act_toggle_nav: self.tr("Show navigator"),
            self.act_toggle_inspector: self.tr("Show inspector"),
            self.act_shortcuts: self.tr("Keyboard shortcuts"),
            self.act_about: self.tr("&About Kursverk"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.apply_role()
        self.nav_dock.setWindowTitle(self.tr("Navigator"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.tabs.setTabText(0, self.tr("Library"))
        self.tabs.setAccessibleName(self.tr("Open editors"))
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.relations_head.setText(self.tr("Relations"))
        self.used_head.setText(self.tr("Where used"))
        self.history_head.setText(self.tr("Revision history"))
        for head, view in (
            (self.relations_head, self.relations_view),
            (self.used_head, self.used_view),
            (self.history_head, self.history_view),
        ):
            view.setAccessibleName(head.text())
        self.inspector_title.setAccessibleName(self.tr("Inspected item"))
        if not self._inspected:
            self.inspector_title.setText(
                self.tr("Select an item to see its relations, where it is used and its history.")
            )
        self.status_label.setText(self._library_name())
        self.status_label.setAccessibleName(self.tr("Open library"))
        self.update_undo_actions()

    def _library_name(self) -> str:
        from content.store import display_name

        return display_name(self.ctx.library.url)

    def update_undo_actions(self) -> None:
        """Label Undo and Redo with what they would do («Angre: Flytt blokk»)."""
        status = self.ctx.history.status()
        if status.undo:
            self.act_undo.setText(self.tr("Undo: %1").replace("%1", command_label(status.undo)))
        else:
            self.act_undo.setText(self.tr("Undo"))
        if status.redo:
            self.act_redo.setText(self.tr("Redo: %1").replace("%1", command_label(status.redo)))
        else:
            self.act_redo.setText(self.tr("Redo"))
        self.act_undo.setEnabled(status.undo is not None)
        self.act_redo.setEnabled(status.redo is not None)

