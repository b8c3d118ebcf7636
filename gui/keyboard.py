"""Date and time edits that Tab can leave.

Qt's QDateTimeEdit swallows Tab and Shift+Tab while it shows its special value text (our
«no date», «no start time»): the keyboard user is caught in the field. These subclasses pass
Tab on to the next field in that state and keep Qt's own section stepping otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def _leave_on_tab(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Move the focus on if Tab was pressed on the special value; return whether it did."""
    special = edit.specialValueText()
    if event.key() not in TAB_KEYS or not special or edit.text() != special:
        return False
    back = event.key() == Qt.Key.Key_Backtab or bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    QWidget.focusNextPrevChild(edit, not back)
    return True


class TabLeavingDateEdit(QDateEdit):
    """A QDateEdit that Tab leaves while it shows its special value text."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Let Tab leave on the special value; otherwise as Qt does."""
        if not _leave_on_tab(self, event):
            super().keyPressEvent(event)


class TabLeavingTimeEdit(QTimeEdit):
    """A QTimeEdit that Tab leaves while it shows its special value text."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Let Tab leave on the special value; otherwise as Qt does."""
        if not _leave_on_tab(self, event):
            super().keyPressEvent(event)
