"""The «Keyboard shortcuts» help dialog (Help menu, F1), read off the actions themselves.

Nothing here lists a key: the dialog walks the menu bar, the window's own actions and the
actions of the open editors, and shows each action that has a shortcut with its key and its
text in the UI language. A shortcut added to an action therefore shows up here by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Group = tuple[str, list[tuple[str, str]]]


def action_keys(action: QAction) -> str:
    """Return the action's shortcuts as the user reads them («Ctrl+Shift+M»), joined by commas."""
    return ", ".join(
        seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts()
        if not seq.isEmpty()
    )


def action_text(action: QAction) -> str:
    """Return the action's text without mnemonic marks or trailing dots («Export bundle»)."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def _menu_rows(menu: QMenu, seen: set[int]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += _menu_rows(action.menu(), seen)
        elif action_keys(action) and id(action) not in seen:
            seen.add(id(action))
            rows.append((action_keys(action), action_text(action)))
    return rows


def _widget_actions(widget: QWidget) -> list[QAction]:
    found = {id(a): a for a in widget.actions()}
    for child in widget.findChildren(QWidget):
        found.update({id(a): a for a in child.actions()})
    found.update({id(a): a for a in widget.findChildren(QAction)})
    return list(found.values())


def shortcut_groups(window: QMainWindow, editors: dict[str, QWidget],
                    window_heading: str) -> list[Group]:
    """(heading, [(keys, text)]) per menu, then for the window and each kind of open editor.

    ``editors`` maps a heading to an open editor panel whose own actions are listed under it.
    """
    seen: set[int] = set()
    groups: list[Group] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is not None:
            rows = _menu_rows(menu, seen)
            if rows:
                groups.append((action_text(entry), rows))
    other = [(action_keys(a), action_text(a)) for a in window.actions()
             if action_keys(a) and id(a) not in seen]
    seen.update(id(a) for a in window.actions())
    if other:
        groups.append((window_heading, other))
    for heading, panel in editors.items():
        rows, listed = [], set()
        for action in _widget_actions(panel):
            row = (action_keys(action), action_text(action))
            if row[0] and id(action) not in seen and row not in listed:
                listed.add(row)
                rows.append(row)
        if rows:
            groups.append((heading, rows))
    return groups


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window and its open editors, grouped by menu."""

    def __init__(self, window: QMainWindow, editors: list[QWidget]) -> None:
        super().__init__(window)
        headings = {"item": self.tr("Item editor"), "module": self.tr("Module editor"),
                    "curriculum": self.tr("Curriculum editor")}
        by_kind: dict[str, QWidget] = {}
        for panel in editors:
            kind = str(panel.property("entityKey") or "").partition(":")[0]
            by_kind.setdefault(headings.get(kind, kind), panel)
        groups = shortcut_groups(window, by_kind, self.tr("Window"))
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu "
            "or presses a button; the Menu key opens the commands of an outline. An editor’s "
            "own shortcuts work while the focus is in its outline, and are listed while a "
            "module or curriculum is open."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = QTreeWidget(self)
        self.view.setColumnCount(2)
        self.view.setHeaderLabels([self.tr("Shortcut"), self.tr("Command")])
        self.view.setRootIsDecorated(False)
        self.view.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.view.setAccessibleDescription(self.tr("Each shortcut with the command it runs, "
                                                   "grouped by menu and editor"))
        for heading, rows in groups:
            group = QTreeWidgetItem(self.view, [heading])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, text in rows:
                QTreeWidgetItem(group, [keys, text])
        self.view.expandAll()
        self.view.setItemsExpandable(False)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, self.view.columnWidth(0) + 24)
        layout.addWidget(self.view, 1)
        intro.setBuddy(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.setFocus()
        self.resize(540, 700)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, text) of every listed shortcut, in the order shown."""
        out = []
        for i in range(self.view.topLevelItemCount()):
            group = self.view.topLevelItem(i)
            for j in range(group.childCount()):
                row = group.child(j)
                out.append((group.text(0), row.text(0), row.text(1)))
        return out
