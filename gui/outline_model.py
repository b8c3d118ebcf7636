"""The module outline as a Qt tree model: sections with their blocks, with drag and drop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from content.items.kinds import KINDS
from content.items.looks import kind_colour
from content.modules.minutes import section_minutes

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.queries import ItemInfo, ModuleView

ITEM_MIME = "application/x-kursverk-item-ids"
BLOCK_MIME = "application/x-kursverk-block-ids"

Index = QModelIndex | QPersistentModelIndex

KIND_LETTERS = {
    "finding": "F", "barrier": "B", "measure": "T", "example": "E", "archetype": "A",
    "collaboration_model": "S", "indicator": "I", "criterion": "K", "question": "P",
    "source": "Q", "text": "¶", "exercise": "Ø", "trainer_note": "!",
}
_ICONS: dict[str, QIcon] = {}


def while_alive(widget: QObject, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a callback so it does nothing once the widget is gone (a tab closed mid-read)."""

    def call(*args: Any) -> Any:
        return fn(*args) if shiboken6.isValid(widget) else None

    return call


def ui_lang() -> str:
    """Return the UI language for labels kept as data (kinds, audiences): nb, nn or en."""
    from gui.i18n import current_language

    lang = current_language()
    return lang if lang in ("nb", "nn", "en") else "en"


def rebuild_on_language_change(panel: QWidget, build: Callable[[], None],
                               before: Callable[[], None] | None = None) -> None:
    """Rebuild a panel's widgets in the new UI language (its data lives in the store)."""
    if before is not None:
        before()
    for act in panel.actions():
        panel.removeAction(act)
        act.deleteLater()
    for child in panel.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        child.hide()
        child.deleteLater()
    old = panel.layout()
    if old is not None:
        QWidget().setLayout(old)  # reparent the old layout to a throwaway widget
    build()


def kind_icon(kind: str) -> QIcon:
    """Return a small badge icon for an item kind or block type (a letter on a colour)."""
    if kind not in _ICONS:
        pix = QPixmap(16, 16)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(kind_colour(kind)))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(0, 0, 16, 16, 3, 3)
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, KIND_LETTERS.get(kind, "?"))
        p.end()
        _ICONS[kind] = QIcon(pix)
    return _ICONS[kind]


def update_available(block: dict[str, Any], items: dict[str, ItemInfo]) -> bool:
    """Tell whether a pinned item block has a newer revision of its item."""
    info = items.get(block.get("item_id") or "")
    pinned = block.get("pinned_revision")
    return info is not None and pinned is not None and pinned < info.revision


class TwoLevelModel(QAbstractItemModel):
    """Groups at the top level, their children below (sections and blocks, sessions and modules).

    A group row has internal id 0; a child row has its group's row + 1. Subclasses give
    ``groups`` and the ``CHILDREN`` key under which a group lists its children.
    """

    CHILDREN = ""
    COUNT_COLUMN = -1  # the «Comments» column (gui/outline_counts.py fills ``counts``)
    counts: dict[str, Any] = {}  # noqa: RUF012 - replaced per instance by set_counts

    @property
    def groups(self) -> list[dict[str, Any]]:
        """Return the top-level rows' data."""
        raise NotImplementedError

    def counted_ids(self) -> list[str]:
        """Return the ids of the entities whose comments the rows count."""
        return []

    def count_key(self, child: dict[str, Any]) -> str:
        """Return what a child row's comments are counted under (an entity id or a field)."""
        return ""

    def set_counts(self, counts: dict[str, Any]) -> None:
        """Show new comment counts (open threads by entity id or field; a group sums its rows)."""
        from content.review.queries import CommentCounts  # loaded: the counts were read with it

        for group in self.groups:
            inside = [c for c in (counts.get(self.count_key(child))
                                  for child in group[self.CHILDREN]) if c is not None]
            counts[f"group:{group['id']}"] = CommentCounts(
                sum(c.open for c in inside), sum(c.blocking for c in inside),
                sum(c.total for c in inside))
        self.counts = counts
        col = self.COUNT_COLUMN
        for gi in range(len(self.groups)):
            group = self.index(gi, col)
            self.dataChanged.emit(group, group)
            last = len(self.groups[gi][self.CHILDREN]) - 1
            if last >= 0:
                parent = self.index(gi, 0)
                self.dataChanged.emit(self.index(0, col, parent), self.index(last, col, parent))

    def count_data(self, key: str, role: int) -> str | None:
        """Return the «Comments» cell of a row counting ``key`` (its text or tooltip)."""
        from gui.outline_counts import count_text

        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(self.counts.get(key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return count_text(self.counts.get(key), tooltip=True) or None
        return None

    def column_is_empty(self, column: int) -> bool:
        """Say whether no group or child row shows any text in a column."""
        for gi in range(len(self.groups)):
            if self.index(gi, column).data():
                return False
            parent = self.index(gi, 0)
            if any(self.index(ci, column, parent).data() for ci in range(self.rowCount(parent))):
                return False
        return True

    def child_at(self, index: Index) -> dict[str, Any] | None:
        """Return the child at an index, or None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][self.CHILDREN][index.row()]

    def group_at(self, index: Index) -> dict[str, Any] | None:
        """Return the group of a row (a group row, or the group holding a child)."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self.groups[row]

    def index_of(self, entity_id: str) -> QModelIndex:
        """Return the index of a group or child by id (invalid if not shown)."""
        for gi, group in enumerate(self.groups):
            if group["id"] == entity_id:
                return self.index(gi, 0)
            for ci, child in enumerate(group[self.CHILDREN]):
                if child["id"] == entity_id:
                    return self.index(ci, 0, self.index(gi, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return a group index (internal id 0) or a child index (group row + 1)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the group of a child, or nothing for a group."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return groups at the top, children under a group."""
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][self.CHILDREN])
        return 0


def hide_empty_columns(view: QTreeView, model: TwoLevelModel, columns: tuple[int, ...]) -> None:
    """Hide these columns while no row fills them, now and after every change of the model.

    On a 1366 px screen an empty «Status» and «Comments» column took the room of the titles,
    which were cut to a word or two.
    """

    def fit(*_args: Any) -> None:
        if shiboken6.isValid(view):
            for col in columns:
                view.setColumnHidden(col, model.column_is_empty(col))

    for signal in (model.modelReset, model.dataChanged, model.rowsInserted,
                   model.rowsRemoved, model.layoutChanged):
        signal.connect(fit)
    fit()


def restore_selection(view: QAbstractItemView, model: TwoLevelModel,
                      entity_id: str | None) -> QModelIndex:
    """Select a row by id after a reload (the first row if it is gone); return its index."""
    idx = model.index_of(entity_id) if entity_id else QModelIndex()
    if not idx.isValid() and model.rowCount():
        idx = model.index(0, 0)
    if idx.isValid():
        view.setCurrentIndex(idx)
    return idx


class OutlineModel(TwoLevelModel):
    """Sections (top level) and their blocks (children); drops are reported, not applied.

    The model never changes data itself: drops become signals the panel turns into one
    command each, and the model is refilled from the store afterwards.
    """

    items_dropped = Signal(str, int, list)  # section_id, index, item ids
    block_dropped = Signal(str, str, int)  # block_id, to_section_id, index (after removal)
    section_renamed = Signal(str, str)  # section_id, new title

    COLUMNS = ("title", "kind", "display", "minutes", "update", "comments")
    COUNT_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view: ModuleView | None = None
        self.module_id = ""

    # -- data in ------------------------------------------------------------------------

    def set_view(self, view: ModuleView) -> None:
        """Show a freshly read module."""
        self.beginResetModel()
        self._view = view
        self.module_id = view.state["id"]
        self.endResetModel()

    @property
    def sections(self) -> list[dict[str, Any]]:
        """Return the sections shown."""
        return self._view.state["sections"] if self._view else []

    @property
    def items(self) -> dict[str, ItemInfo]:
        """Return the referenced items shown."""
        return self._view.items if self._view else {}

    CHILDREN = "blocks"
    groups = sections
    block_at = TwoLevelModel.child_at
    section_at = TwoLevelModel.group_at

    # -- structure ----------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Kind"), self.tr("Shown as"), self.tr("Min."),
                    self.tr("Status"), self.tr("Comments"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Blocks can be dragged; sections and blocks accept drops; section titles edit."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() == 0:
            flags = base | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsEditable
            return flags
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    # -- display ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return what a cell shows."""
        if not index.isValid():
            return None
        block = self.block_at(index)
        if block is None:
            return self._section_data(self.sections[index.row()], index.column(), role)
        return self._block_data(block, index.column(), role)

    def _section_data(self, sec: dict[str, Any], col: int, role: int) -> Any:
        if col == self.COUNT_COLUMN:
            return self.count_data(f"group:{sec['id']}", role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return sec["title"] or (self.tr("(untitled section)")
                                        if role == Qt.ItemDataRole.DisplayRole else "")
            if col == 3:
                return str(section_minutes(sec))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:  # as the blocks' minutes
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            return self.tr("Section %1").replace("%1", sec["title"])
        return None

    def _block_data(self, b: dict[str, Any], col: int, role: int) -> Any:
        info = self.items.get(b.get("item_id") or "")
        kind = info.kind if info else b["block_type"]
        if col == self.COUNT_COLUMN:
            return self.count_data(self.count_key(b), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._block_text(b, info, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return kind_icon(kind)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and self._problem(b, info):
            return QBrush(QColor("#b0413e"))
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(QColor("#9c6b00"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and update_available(b, self.items):
            return self.tr("Pinned to revision %1; revision %2 is the latest.").replace(
                "%1", str(b["pinned_revision"])).replace("%2", str(info.revision if info else 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            return " ".join(filter(None, (self._block_text(b, info, 1),
                                          self._block_text(b, info, 0),
                                          self._block_text(b, info, 4),
                                          self.count_data(self.count_key(b),
                                                          Qt.ItemDataRole.ToolTipRole))))
        return None

    def count_key(self, b: dict[str, Any]) -> str:
        """Return what a block's comments are counted under: its item, or its text field."""
        return (b.get("item_id") or "") if b["block_type"] == "item" else f"block:{b['id']}"

    def counted_ids(self) -> list[str]:
        """Return the items the blocks show (text blocks count the module's own fields)."""
        return sorted({b["item_id"] for s in self.sections for b in s["blocks"]
                       if b.get("item_id")})

    def _block_text(self, b: dict[str, Any], info: ItemInfo | None, col: int) -> str:
        if col == 0:
            if b["block_type"] == "item":
                return info.title if info else self.tr("(missing item)")
            return b["title"] or _first_line(b["text"]) or self.tr("(no title)")
        if col == 1:
            return self._kind_label(b, info)
        if col == 2:
            return self._display_label(b)
        if col == 3:
            return str(b.get("minutes") or 0)
        if col == 4:
            return self._problem(b, info) or (self.tr("update available")
                                              if update_available(b, self.items) else "")
        return ""

    def _problem(self, b: dict[str, Any], info: ItemInfo | None) -> str:
        if b["block_type"] != "item":
            return ""
        if info is None or info.deleted:
            return self.tr("deleted")
        return self.tr("retired") if info.status == "retired" else ""

    def _kind_label(self, b: dict[str, Any], info: ItemInfo | None) -> str:
        if info is not None:
            spec = KINDS.get(info.kind)
            return spec.label(ui_lang()) if spec else info.kind
        return {"text": self.tr("Text"), "exercise": self.tr("Exercise"),
                "trainer_note": self.tr("Trainer note"), "item": self.tr("Item")}.get(
                    b["block_type"], b["block_type"])

    def _display_label(self, b: dict[str, Any]) -> str:
        if b["block_type"] != "item":
            return self.tr("trainer only") if b.get("trainer_only") else ""
        shown = {"full": self.tr("full"), "summary": self.tr("summary"),
                 "title": self.tr("title only")}.get(b.get("display", "full"), "")
        pin = (self.tr("pinned r%1").replace("%1", str(b["pinned_revision"]))
               if b.get("pinned_revision") else self.tr("live"))
        extra = [self.tr("trainer only")] if b.get("trainer_only") else []
        return ", ".join([shown, pin, *extra])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Report a section rename (the store is changed by the panel's command)."""
        sec = None if self.block_at(index) else self.section_at(index)
        if sec is None or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        title = str(value).strip()
        if title and title != sec["title"]:
            self.section_renamed.emit(sec["id"], title)
        return False

    # -- drag and drop ------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Accept copies (from the library) and moves (within the outline)."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Blocks are moved."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the mime types the outline accepts."""
        return [ITEM_MIME, BLOCK_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Pack the dragged block (module id, then block id)."""
        mime = QMimeData()
        blocks = [b for b in (self.block_at(i) for i in indexes if i.column() == 0) if b]
        if blocks:
            payload = "\n".join([self.module_id, blocks[0]["id"]])
            mime.setData(BLOCK_MIME, QByteArray(payload.encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        """Accept library items anywhere, and blocks of this module."""
        if not self.sections:
            return False
        if data.hasFormat(ITEM_MIME):
            return True
        if data.hasFormat(BLOCK_MIME):
            lines = bytes(data.data(BLOCK_MIME).data()).decode().split("\n")
            return len(lines) >= 2 and lines[0] == self.module_id
        return False

    def drop_target(self, row: int, parent: Index) -> tuple[str, int]:
        """Return (section id, block index) for a drop at row under parent."""
        if parent.isValid() and parent.internalId() != 0:
            sec = self.sections[parent.internalId() - 1]
            return sec["id"], parent.row() + 1  # dropped onto a block: insert after it
        if parent.isValid():
            sec = self.sections[parent.row()]
            return sec["id"], len(sec["blocks"]) if row < 0 else row
        if row <= 0:
            return self.sections[0]["id"], 0 if row == 0 else len(self.sections[0]["blocks"])
        sec = self.sections[min(row, len(self.sections)) - 1]  # between sections: end of previous
        return sec["id"], len(sec["blocks"])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        """Turn a drop into a signal; False so the view never removes rows itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        section_id, index = self.drop_target(row, parent)
        if data.hasFormat(ITEM_MIME):
            ids = [i for i in bytes(data.data(ITEM_MIME).data()).decode().split("\n") if i]
            if ids:
                self.items_dropped.emit(section_id, index, ids)
            return bool(ids)
        block_id = bytes(data.data(BLOCK_MIME).data()).decode().split("\n")[1]
        src = self.index_of(block_id)
        src_sec = self.section_at(src)
        if src_sec is not None and src_sec["id"] == section_id and src.row() < index:
            index -= 1  # MoveBlock takes the block out first
        if src_sec is not None and not (src_sec["id"] == section_id and src.row() == index):
            self.block_dropped.emit(block_id, section_id, index)
        return False


def _first_line(text: str) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line[:80]
