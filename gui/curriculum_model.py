"""The curriculum builder's models: sessions with their module entries, the module list.

Also the date and time fields' helpers of the builder's forms.

Drops become signals (``modules_dropped``, ``entry_dropped``); the store is changed by the
builder's commands (``gui/curriculum_editor.py``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from gui.module_widgets import ID_ROLE
from gui.outline_model import TwoLevelModel

if TYPE_CHECKING:
    from content.queries import CurriculumView

Index = QModelIndex | QPersistentModelIndex
MODULE_MIME = "application/x-kursverk-module-ids"
ENTRY_MIME = "application/x-kursverk-entry-ids"
NO_DATE = QDate(2000, 1, 1)  # a date edit showing this shows «no date»
NO_TIME = QTime(0, 0)


def clock_span(start: str, minutes: int) -> str:
    """Return «09:00–11:15» for a start time and a duration (empty without a start)."""
    if not start:
        return ""
    t0 = datetime.strptime(start, "%H:%M")
    return f"{start}–{(t0 + timedelta(minutes=minutes)).strftime('%H:%M')}"


class SessionsModel(TwoLevelModel):
    """Sessions (top level) and their module entries; drops are reported as signals."""

    modules_dropped = Signal(str, int, list)  # session_id, index, module ids
    entry_dropped = Signal(str, str, int)  # entry_id, to_session_id, index (after removal)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: CurriculumView | None = None

    def set_view(self, view: CurriculumView) -> None:
        """Show a freshly read curriculum."""
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    @property
    def sessions(self) -> list[dict[str, Any]]:
        """Return the sessions shown."""
        return self.view.state["sessions"] if self.view else []

    CHILDREN = "modules"
    COUNT_COLUMN = 4
    groups = sessions
    entry_at = TwoLevelModel.child_at
    session_at = TwoLevelModel.group_at

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Session / module"), self.tr("Date"), self.tr("Time"),
                    self.tr("Min."), self.tr("Comments"))[section]
        return None

    def count_key(self, child: dict[str, Any]) -> str:
        """Return the module an entry counts the comments of."""
        return str(child["module_id"])

    def counted_ids(self) -> list[str]:
        """Return the modules in the sessions (each entry counts its module's comments)."""
        return sorted({e["module_id"] for s in self.sessions for e in s["modules"]})

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Entries drag; sessions and entries accept drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)
        return base if index.internalId() == 0 else base | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return what a cell shows."""
        if not index.isValid() or self.view is None:
            return None
        entry = self.entry_at(index)
        col = index.column()
        if col == self.COUNT_COLUMN:  # a session sums its modules' threads
            key = (self.count_key(entry) if entry is not None
                   else f"group:{self.sessions[index.row()]['id']}")
            return self.count_data(key, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry is None:
            s = self.sessions[index.row()]
            if role == Qt.ItemDataRole.FontRole and col == 0:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DisplayRole:
                minutes = self.view.session_minutes(s)
                title = s["title"] or self.tr("Session %1").replace("%1", str(index.row() + 1))
                clock = clock_span(s.get("start_time") or "", minutes)
                return (title, _list_date(s.get("date")), clock, str(minutes), "")[col]
            return None
        info = self.view.modules.get(entry["module_id"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:  # the tooltip shows a title the narrow column cuts
                if info is None or info.deleted:
                    return self.tr("(deleted module)")
                return f"{info.code}  {info.title}" if info.code else info.title
            if role == Qt.ItemDataRole.DisplayRole:
                return str(info.minutes) if col == 3 and info else ""
        return None

    def supportedDropActions(self) -> Qt.DropAction:
        """Accept copies (modules from the list) and moves (entries)."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return accepted mime types."""
        return [MODULE_MIME, ENTRY_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Pack the dragged entry (curriculum id, then entry id)."""
        mime = QMimeData()
        entries = [e for e in (self.entry_at(i) for i in indexes if i.column() == 0) if e]
        if entries and self.view:
            payload = f"{self.view.state['id']}\n{entries[0]['id']}"
            mime.setData(ENTRY_MIME, QByteArray(payload.encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        """Accept modules, and entries of this curriculum, once a session exists."""
        if not self.sessions or self.view is None:
            return False
        if data.hasFormat(MODULE_MIME):
            return True
        if data.hasFormat(ENTRY_MIME):
            lines = bytes(data.data(ENTRY_MIME).data()).decode().split("\n")
            return len(lines) >= 2 and lines[0] == self.view.state["id"]
        return False

    def drop_target(self, row: int, parent: Index) -> tuple[str, int]:
        """Return (session id, entry index) for a drop at row under parent."""
        if parent.isValid() and parent.internalId() != 0:
            return self.sessions[parent.internalId() - 1]["id"], parent.row() + 1
        if parent.isValid():
            s = self.sessions[parent.row()]
            return s["id"], len(s["modules"]) if row < 0 else row
        s = self.sessions[max(0, min(row, len(self.sessions)) - 1)] if row > 0 else (
            self.sessions[-1] if row < 0 else self.sessions[0])
        return s["id"], 0 if row == 0 else len(s["modules"])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        """Turn a drop into a signal; the store is changed by the panel's command."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        session_id, index = self.drop_target(row, parent)
        if data.hasFormat(MODULE_MIME):
            ids = [i for i in bytes(data.data(MODULE_MIME).data()).decode().split("\n") if i]
            if ids:
                self.modules_dropped.emit(session_id, index, ids)
            return bool(ids)
        entry_id = bytes(data.data(ENTRY_MIME).data()).decode().split("\n")[1]
        src = self.index_of(entry_id)
        src_s = self.session_at(src)
        if src_s is not None and src_s["id"] == session_id and src.row() < index:
            index -= 1
        if src_s is not None and not (src_s["id"] == session_id and src.row() == index):
            self.entry_dropped.emit(entry_id, session_id, index)
        return False


class ModuleList(QListWidget):
    """The modules that can go into sessions; drag them, or press Enter to add one."""

    add_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemActivated.connect(lambda _i: self.add_requested.emit(self.selected_ids()))

    def selected_ids(self) -> list[str]:
        """Return the selected module ids in list order."""
        return [r.data(ID_ROLE) for r in sorted(self.selectedItems(), key=self.row)]

    def mimeTypes(self) -> list[str]:
        """Return the drag mime type."""
        return [MODULE_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        """Pack the dragged module ids."""
        mime = QMimeData()
        ids = "\n".join(i.data(ID_ROLE) for i in sorted(items, key=self.row))
        mime.setData(MODULE_MIME, QByteArray(ids.encode()))
        return mime


def _list_date(iso: str | None) -> str:
    """Return a stored date (YYYY-MM-DD) as the list shows it: «04.01.2027»."""
    from datetime import date

    from content.words import short_date
    from gui.i18n import current_language

    try:
        return short_date(date.fromisoformat(iso), current_language()) if iso else ""
    except ValueError:
        return iso or ""


def date_edit(parent: QWidget, none_text: str) -> QDateEdit:
    """Return a date field that can also hold no date (shown as none_text; Tab leaves it)."""
    from gui.keyboard import TabLeavingDateEdit

    edit = TabLeavingDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setMinimumWidth(130)
    return edit


def iso_date(edit: QDateEdit) -> str | None:
    """Return a date field's date as YYYY-MM-DD, or None."""
    d = edit.date()
    return None if d == NO_DATE else d.toString("yyyy-MM-dd")


def set_date(edit: QDateEdit, iso: str | None) -> None:
    """Show a stored date (not while the user is in the field)."""
    if edit.hasFocus():
        return
    edit.blockSignals(True)
    edit.setDate(QDate.fromString(iso, "yyyy-MM-dd") if iso else NO_DATE)
    edit.blockSignals(False)


def hhmm(edit: QTimeEdit) -> str:
    """Return a time field's time as HH:MM, or empty for no time."""
    t = edit.time()
    return "" if t == NO_TIME else t.toString("HH:mm")
