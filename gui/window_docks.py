"""The main window's docks: the navigator (kinds, modules, curricula) and the inspector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.queries import load_inspector, load_navigator
from content.words import short_datetime
from gui.i18n import command_label, kind_label

if TYPE_CHECKING:
    from content.queries import InspectorView, NavigatorView
    from gui.context import AppContext

ROLE = Qt.ItemDataRole.UserRole


# The docks on the right hold text to read (details, comment threads): below this width Qt's
# layout squeezed them to ~120 px, cutting their titles and tabs to «Kom…».
RIGHT_DOCK_WIDTH = 260
# The navigator's kinds and counts («Samarbeidsmodell (4)») stay readable; a saved layout
# could leave it at ~70 px.
NAVIGATOR_WIDTH = 200


class WindowDocks:
    """Mixin of MainWindow: the navigator and the inspector of the current item."""

    ctx: AppContext
    _inspected: str

    def _build_docks(self) -> None:
        self.navigator = QTreeWidget(self)
        self.navigator.setHeaderHidden(True)
        self.navigator.setMinimumWidth(NAVIGATOR_WIDTH)
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
        host.setMinimumWidth(RIGHT_DOCK_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.resizeDocks(
            [self.nav_dock, self.inspector_dock], [200, 240], Qt.Orientation.Horizontal
        )


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
        self.inspector_title.setText(data.title)
        self.relations_view.clear()
        for rel in data.relations:
            spec = RELATIONS.get(rel["type"])
            name = spec.label(current_language()) if spec else rel["type"]
            title = data.titles.get(rel["target_id"]) or self.tr("(missing item)")  # no id
            node = QTreeWidgetItem(self.relations_view, [name, title])
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
            node.setToolTip(1, f"{ref.title}\n{ref.detail}".strip())
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
                    f"{short_datetime(r.changed_at.astimezone(), current_language())}",
                ],
            )
        for view in (self.relations_view, self.used_view, self.history_view):
            view.resizeColumnToContents(0)
            # the 260 px dock cuts titles and dates: each row tells its whole text on hover
            for i in range(view.topLevelItemCount()):
                row = view.topLevelItem(i)
                if not row.toolTip(1):
                    row.setToolTip(1, row.text(1))

    def _on_inspector_activated(self, node: QTreeWidgetItem, _col: int) -> None:
        key = str(node.data(0, ROLE) or "")
        if ":" in key:
            etype, entity_id = key.split(":", 1)
            self.open_entity(etype, entity_id)

    def _focus_navigator(self) -> None:
        self.nav_dock.show()
        self.navigator.setFocus()

