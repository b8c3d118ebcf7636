"""The impact preview: before retiring or deleting an item, show what uses it and ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.queries import load_where_used
from gui.i18n import counted

if TYPE_CHECKING:
    from content.library import UseRef
    from gui.context import AppContext

GROUP_ORDER = ("module", "curriculum", "export", "item")


class ImpactDialog(QDialog):
    """List the modules, curricula, exports and items that use an item; ask to go on."""

    def __init__(self, title: str, action: str, refs: list[UseRef],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refs = refs
        verb = self.tr("Delete") if action == "delete" else self.tr("Retire")
        heading = (self.tr("Delete «%1»?") if action == "delete"
                   else self.tr("Retire «%1»?")).replace("%1", title)
        self.setWindowTitle(heading)
        self.setAccessibleName(heading)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(action), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Where the item is used"))
        self.tree.setHeaderLabels([self.tr("Used in"), self.tr("Where")])
        self.tree.setRootIsDecorated(True)
        intro.setBuddy(self.tree)
        self._fill()
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = buttons.addButton(self.tr("%1 anyway").replace("%1", verb),
                                           QDialogButtonBox.ButtonRole.DestructiveRole)
        self.go_button.setAccessibleName(self.go_button.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)  # the safe choice is what Enter does
        self.go_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(780, 420)

    def _intro(self, action: str) -> str:
        counts = {g: sum(r.entity_type == g for r in self.refs) for g in GROUP_ORDER}
        words = {
            "module": (self.tr("1 module"), self.tr("%1 modules")),
            "curriculum": (self.tr("1 curriculum"), self.tr("%1 curricula")),
            "export": (self.tr("1 export"), self.tr("%1 exports")),
            "item": (self.tr("1 item"), self.tr("%1 items")),
        }
        # only the groups that use it: «i 1 modul, 0 studieplaner og 0 eksporter, og av 0
        # elementer» made the reader hunt for the one that counts
        places = [counted(counts[g], *words[g]) for g in GROUP_ORDER[:-1] if counts[g]]
        users = counted(counts["item"], *words["item"]) if counts["item"] else ""
        where = self._listing(places)
        if where and users:
            text = self.tr("It is used in %1, and by %2.").replace("%1", where).replace(
                "%2", users)
        elif where:
            text = self.tr("It is used in %1.").replace("%1", where)
        else:
            text = self.tr("It is used by %1.").replace("%1", users)
        after = (self.tr("Deleted items drop out of modules and future exports.")
                 if action == "delete" else
                 self.tr("Retired items stay where they are used, flagged as retired."))
        return f"{text} {after}"

    def _listing(self, parts: list[str]) -> str:
        """Return «a», «a and b», «a, b and c»."""
        if len(parts) < 2:
            return "".join(parts)
        return self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace(
            "%2", parts[-1])

    def _fill(self) -> None:
        names = {"module": self.tr("Modules"), "curriculum": self.tr("Curricula"),
                 "export": self.tr("Exports"), "item": self.tr("Items")}
        for group in GROUP_ORDER:
            refs = [r for r in self.refs if r.entity_type == group]
            if not refs:
                continue
            top = QTreeWidgetItem([f"{names[group]} ({len(refs)})", ""])
            for r in refs:
                title = r.title.replace("\\", "/").rsplit("/", 1)[-1] if group == "export" \
                    else r.title
                child = QTreeWidgetItem([title, r.detail])
                child.setToolTip(0, r.title)
                child.setToolTip(1, r.detail)
                child.setData(0, Qt.ItemDataRole.UserRole, (r.entity_type, r.id))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def listed_titles(self) -> list[str]:
        """Return the titles listed (for tests and screen readers)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [top.child(j).text(0) for j in range(top.childCount())]
        return out


def confirm_impact(ctx: AppContext, parent: QWidget | None, item_id: str, action: str) -> bool:
    """Show what retiring or deleting an item affects and ask; True when nothing uses it."""
    # A where-used query is a few indexed lookups; the user is waiting on this answer anyway.
    used = ctx.read(lambda s: load_where_used(s, item_id))
    title, refs = used.title, used.refs
    if not refs:
        return True
    dlg = ImpactDialog(title, action, refs, parent)
    return dlg.exec() == QDialog.DialogCode.Accepted
