"""The validation report of a module or curriculum: each line a link to what is at fault."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from content.validation import Problem, validate_curriculum, validate_module
from gui.outline_model import while_alive

if TYPE_CHECKING:
    from gui.context import AppContext

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class _LinkList(QListWidget):
    """A list whose lines act as links: click, Enter or Return opens them."""

    line_activated = Signal(QListWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Open the current line on Enter or Return."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.line_activated.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class ValidationPanel(QWidget):
    """Show what would embarrass a trainer, each line opening the item or module at fault."""

    open_entity_requested = Signal(str, str)  # entity_type, entity_id
    report_did_change = Signal(int, int)  # errors, warnings

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._target: tuple[str, str] | None = None
        self._generation = 0
        self.problems: list[Problem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Validation summary"))
        layout.addWidget(self.summary)
        self.list = _LinkList(self)
        self.list.setAccessibleName(self.tr("Validation report"))
        self.list.setAccessibleDescription(
            self.tr("Each line opens the item or module at fault (click or Enter)."))
        self.summary.setBuddy(self.list)
        self.list.setMouseTracking(True)
        self.list.itemClicked.connect(self._open)
        self.list.line_activated.connect(self._open)
        layout.addWidget(self.list)

    def set_target(self, entity_type: str, entity_id: str) -> None:
        """Check a module or curriculum from now on, and check it now."""
        self._target = (entity_type, entity_id)
        self.refresh()

    def refresh(self) -> None:
        """Re-run the checks in the DB worker."""
        if self._target is None:
            return
        self._generation += 1
        gen = self._generation
        etype, eid = self._target
        check = validate_module if etype == "module" else validate_curriculum
        self.ctx.read_async(lambda s: check(s, eid),
                            while_alive(self, lambda res: self._show(gen, res)),
                            while_alive(self, lambda exc: self._show_error(gen, exc)))

    def _show_error(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self.list.clear()
            self.summary.setText(self.tr("The check could not run: %1").replace("%1", str(exc)))

    def _show(self, gen: int, problems: list[Problem]) -> None:
        if gen != self._generation:
            return  # an older check finished after a newer one started
        self.problems = problems
        self.list.clear()
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        if not problems:
            self.summary.setText(self.tr("No problems found."))
        else:
            err = self.tr("1 error") if errors == 1 else self.tr("%1 errors")
            warn = self.tr("1 warning") if warnings == 1 else self.tr("%1 warnings")
            self.summary.setText(self.tr("%1, %2 — click a line to open it.")
                                 .replace("%1", err.replace("%1", str(errors)))
                                 .replace("%2", warn.replace("%1", str(warnings))))
        for p in sorted(problems, key=lambda p: p.severity != "error"):
            self.list.addItem(self._line(p))
        self.report_did_change.emit(errors, warnings)

    def _line(self, p: Problem) -> QListWidgetItem:
        icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if p.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
        line = QListWidgetItem(self.style().standardIcon(icon), p.message)
        font = QFont(line.font())
        font.setUnderline(True)
        line.setFont(font)
        line.setForeground(QColor("#1a4f8b"))
        line.setData(PROBLEM_ROLE, p)
        what = self.tr("Error") if p.severity == "error" else self.tr("Warning")
        line.setData(Qt.ItemDataRole.AccessibleTextRole, f"{what}: {p.message}")
        line.setToolTip(self.tr("Open %1").replace("%1", p.entity_type))
        return line

    def _open(self, line: QListWidgetItem) -> None:
        p: Problem = line.data(PROBLEM_ROLE)
        if p is not None and p.entity_id:
            self.open_entity_requested.emit(p.entity_type, p.entity_id)
