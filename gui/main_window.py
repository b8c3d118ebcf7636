"""The main window: navigator, tabbed editors, inspector, menus and toolbar."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.queries import load_inspector, load_navigator
from gui import ops
from gui.i18n import command_label, kind_label
from gui.library_view import LibraryPanel

if TYPE_CHECKING:

    from content.changes import Changes
    from content.queries import InspectorView, NavigatorView
    from gui.context import AppContext

RECENT_KEY = "library/recent"
MAX_RECENT = 8
ROLE = Qt.ItemDataRole.UserRole
PANELS = {
    "module": ("gui.composer", "ModuleEditorPanel"),
    "curriculum": ("gui.curriculum_editor", "CurriculumEditorPanel"),
}


class MainWindow(QMainWindow):
    """One window on one open library."""

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
        self.setCentralWidget(self.tabs)

    def _build_docks(self) -> None:
        self.navigator = QTreeWidget(self)
        self.navigator.setHeaderHidden(True)
        self.navigator.itemActivated.connect(self._on_navigator)
        self.navigator.itemClicked.connect(self._on_navigator)
        self.nav_dock = QDockWidget(self)
        self.nav_dock.setObjectName("navigatorDock")
        self.nav_dock.setWidget(self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.nav_dock)
        host = QWidget(self)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(4, 4, 4, 4)
        self.inspector_title = QLabel(host)
        self.inspector_title.setWordWrap(True)
        self.inspector_title.setStyleSheet("font-weight:600;")
        self.relations_view, self.used_view, self.history_view = (
            QTreeWidget(host),
            QTreeWidget(host),
            QTreeWidget(host),
        )
        self.relations_head, self.used_head, self.history_head = (
            QLabel(host),
            QLabel(host),
            QLabel(host),
        )
        layout.addWidget(self.inspector_title)
        for head, view in (
            (self.relations_head, self.relations_view),
            (self.used_head, self.used_view),
            (self.history_head, self.history_view),
        ):
            view.setRootIsDecorated(False)
            view.setColumnCount(2)
            view.setHeaderHidden(True)
            view.itemActivated.connect(self._on_inspector_activated)
            head.setBuddy(view)
            layout.addWidget(head)
            layout.addWidget(view, 1)
        self.inspector_dock = QDockWidget(self)
        self.inspector_dock.setObjectName("inspectorDock")
        self.inspector_dock.setWidget(host)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.resizeDocks(
            [self.nav_dock, self.inspector_dock], [200, 240], Qt.Orientation.Horizontal
        )

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

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        from content.items.kinds import KINDS

        self.setWindowTitle(self.tr("Kursverk — %1").replace("%1", self._library_name()))
        self.team_status.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
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

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload_navigator()
            if self._inspected:
                self._load_inspector()
        super().changeEvent(event)

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

    # -- navigator and inspector --------------------------------------------------------------

    def reload_navigator(self) -> None:
        """Fetch counts, modules and curricula, then redraw the navigator."""
        self.ctx.read_async(load_navigator, self._fill_navigator, owner=self)

    def _fill_navigator(self, data: NavigatorView) -> None:
        from content.items.kinds import KINDS

        expanded = {
            self.navigator.topLevelItem(i).data(0, ROLE)
            for i in range(self.navigator.topLevelItemCount())
            if self.navigator.topLevelItem(i).isExpanded()
        } or {"library"}
        self.navigator.clear()
        counts = data.counts
        lib = QTreeWidgetItem(
            self.navigator, [self.tr("Library (%1)").replace("%1", str(sum(counts.values())))]
        )
        lib.setData(0, ROLE, "library")
        for kind in KINDS:
            node = QTreeWidgetItem(lib, [f"{kind_label(kind)} ({counts.get(kind, 0)})"])
            node.setData(0, ROLE, f"kind:{kind}")
        for key, title, rows in (
            ("modules", self.tr("Modules (%1)"), data.modules),
            ("curricula", self.tr("Curricula (%1)"), data.curricula),
        ):
            root = QTreeWidgetItem(self.navigator, [title.replace("%1", str(len(rows)))])
            root.setData(0, ROLE, key)
            etype = "module" if key == "modules" else "curriculum"
            for row in rows:
                label = f"{row.code} {row.title}".strip() if etype == "module" else row.title
                node = QTreeWidgetItem(root, [label])
                node.setData(0, ROLE, f"{etype}:{row.id}")
                node.setToolTip(0, label)
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            top.setExpanded(top.data(0, ROLE) in expanded)

    def _on_navigator(self, node: QTreeWidgetItem, _col: int = 0) -> None:
        key = str(node.data(0, ROLE) or "")
        if key == "library":
            self.tabs.setCurrentIndex(0)
            self.library.set_kind("")
        elif key.startswith("kind:"):
            self.tabs.setCurrentIndex(0)
            self.library.set_kind(key[5:])
        elif key.startswith(("module:", "curriculum:")):
            etype, entity_id = key.split(":", 1)
            self.open_entity(etype, entity_id)

    def inspect(self, item_id: str) -> None:
        """Show an item's relations, where-used and history in the inspector."""
        self._inspected = item_id
        self._inspect_timer.start()

    def _load_inspector(self) -> None:
        item_id = self._inspected
        if not item_id:
            return
        self.ctx.read_async(
            lambda s: load_inspector(s, item_id),
            lambda data: self._fill_inspector(item_id, data),
            lambda exc: None,
            owner=self,
        )

    def _fill_inspector(self, item_id: str, data: InspectorView) -> None:
        from content.items.kinds import RELATIONS
        from gui.i18n import current_language

        if item_id != self._inspected:
            return
        en = current_language() == "en"
        self.inspector_title.setText(data.title)
        self.relations_view.clear()
        for rel in data.relations:
            spec = RELATIONS.get(rel["type"])
            name = (spec.label_en if en else spec.label_nb) if spec else rel["type"]
            node = QTreeWidgetItem(
                self.relations_view, [name, data.titles.get(rel["target_id"], rel["target_id"])]
            )
            node.setData(0, ROLE, f"item:{rel['target_id']}")
        self.used_view.clear()
        kinds = {
            "module": self.tr("Module"),
            "curriculum": self.tr("Curriculum"),
            "item": self.tr("Item"),
            "export": self.tr("Export"),
        }
        for ref in data.used:
            node = QTreeWidgetItem(self.used_view, [kinds.get(ref.entity_type, ""), ref.title])
            node.setToolTip(1, ref.detail)
            node.setData(0, ROLE, f"{ref.entity_type}:{ref.id}")
        if not data.used:
            QTreeWidgetItem(self.used_view, ["", self.tr("Not used anywhere yet")])
        self.history_view.clear()
        for r in data.history:
            QTreeWidgetItem(
                self.history_view,
                [
                    str(r.revision),
                    f"{command_label(r.action)} · {r.author} · "
                    f"{r.changed_at.astimezone():%Y-%m-%d %H:%M}",
                ],
            )
        for view in (self.relations_view, self.used_view, self.history_view):
            view.resizeColumnToContents(0)

    def _on_inspector_activated(self, node: QTreeWidgetItem, _col: int) -> None:
        key = str(node.data(0, ROLE) or "")
        if ":" in key:
            etype, entity_id = key.split(":", 1)
            self.open_entity(etype, entity_id)

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
        if hasattr(panel, "title_did_change"):
            panel.title_did_change.connect(lambda _t, p=panel: self._retitle(p))
        self.tabs.setCurrentIndex(index)
        return panel

    def _retitle(self, panel: QWidget) -> None:
        index = self.tabs.indexOf(panel)
        if index >= 0:
            title = panel.title()  # type: ignore[attr-defined]
            self.tabs.setTabText(index, title if len(title) <= 32 else title[:30] + "…")
            self.tabs.setTabToolTip(index, title)

    def close_tab(self, index: int) -> None:
        """Close an editor tab (its edits are stored first)."""
        if index <= 0:
            return
        panel = self.tabs.widget(index)
        if hasattr(panel, "flush"):
            panel.flush()
        self.tabs.removeTab(index)
        panel.deleteLater()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % max(1, self.tabs.count()))

    def _on_tab_changed(self) -> None:
        key = str(self.tabs.currentWidget().property("entityKey") or "")
        if key.startswith("item:"):
            self.inspect(key[5:])

    def _focus_navigator(self) -> None:
        self.nav_dock.show()
        self.navigator.setFocus()

    # -- operations ----------------------------------------------------------------------------

    def _flush_editors(self) -> None:
        for panel in self.editors():
            if hasattr(panel, "flush"):
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

    def open_settings(self) -> None:
        """Open the settings dialog."""
        from gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        lines = [
            f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t"
            f"{a.text().replace('&', '')}"
            for a in self.actions()
            if not a.shortcut().isEmpty()
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(sorted(lines)))

    def show_about(self) -> None:
        """Say what this is."""
        QMessageBox.about(
            self,
            self.tr("About Kursverk"),
            self.tr("Kursverk — authoring learning programmes for the municipal sector, offline."),
        )

    # -- libraries and bundles --------------------------------------------------------------------

    def open_library_file(self) -> None:
        """Open another library file."""
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Open library"),
            "",
            self.tr("Kursverk libraries (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_library(path)

    def new_library_file(self) -> None:
        """Create a new library file (with the starter content) and open it."""
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("New library"), "library.sqlite", self.tr("Kursverk libraries (*.sqlite)")
        )
        if path:
            self.open_library(path)

    def open_database_url(self) -> None:
        """Open a library on a database server (PostgreSQL URL)."""
        url, ok = QInputDialog.getText(
            self,
            self.tr("Open database URL"),
            self.tr("Database URL (e.g. postgresql+psycopg://user@server/kursverk):"),
        )
        if ok and url.strip():
            self.open_library(url.strip())

    def open_library(self, location: str) -> None:
        """Open a library off the UI thread, then switch every view to it."""
        from content.opening import open_or_create

        self._flush_editors()

        def done(fut: Any) -> None:
            if fut.exception() is not None:
                ops.show_error(self, fut.exception())
                return
            for i in range(self.tabs.count() - 1, 0, -1):
                self.close_tab(i)
            self.ctx.switch_library(fut.result())
            remember_library(self.ctx.settings, location)

        self.ctx.tasks.run(lambda: open_or_create(location), done, uses_db=False)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = recent_libraries(self.ctx.settings)
        for location in recent:
            self.recent_menu.addAction(location, lambda loc=location: self.open_library(loc))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _on_library_open(self) -> None:
        self.retranslate()
        self.reload_navigator()
        self.team_status.refresh()
        self._inspected = ""

    def import_bundle(self) -> None:
        """Import a bundle (a zip) into the library, with progress."""
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "", self.tr("Kursverk bundles (*.kvb *.zip)")
        )
        if path:
            self._bundle_job("import", path)

    def export_bundle(self) -> None:
        """Export the whole library as a bundle, with progress."""
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), "library.kvb", self.tr("Kursverk bundles (*.kvb)")
        )
        if path:
            self._bundle_job("export", path)

    def _bundle_job(self, action: str, path: str) -> None:
        from content.changes import Changes
        from content.progress import Progress
        from gui.tasks import ProgressWatcher

        progress = Progress()
        title = self.tr("Importing bundle…") if action == "import" else self.tr("Exporting bundle…")
        watcher = ProgressWatcher(progress, self, title)
        sessions = self.ctx.library.sessions

        def work() -> Any:
            from content import bundle

            with sessions.begin() as session:
                fn = bundle.import_bundle if action == "import" else bundle.export_bundle
                return fn(session, path, progress=progress)

        def done(fut: Any) -> None:
            watcher.finish()
            if fut.exception() is not None:
                ops.show_error(self, fut.exception())
                return
            if action == "import":
                self.ctx.after_change(Changes(items=True, modules=True, curricula=True), None)
                # A big import committed without copying the log into the file: do it now,
                # beside whatever the user does next.
                self.ctx.tasks.run(self.ctx.library.checkpoint, uses_db=False)
            self.statusBar().showMessage(self.tr("Done: %1").replace("%1", path), 6000)

        self.ctx.tasks.run(work, done)

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
        """Store pending edits and the layout before closing."""
        self._flush_editors()
        self.save_layout()
        super().closeEvent(event)


def recent_libraries(settings: Any) -> list[str]:
    """Return the recently opened libraries, newest first."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def remember_library(settings: Any, location: str) -> None:
    """Put a library first in the recent list."""
    recent = [location, *[r for r in recent_libraries(settings) if r != location]]
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
