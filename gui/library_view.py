"""The library list: a lazily fetched table model, search-as-you-type, filters, saved searches."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from content.queries import SEARCH_CAP, LibraryQuery, Row, browse_rows, fetch_rows
from content.words import short_datetime, sort_key
from gui.i18n import audience_label, current_language, kind_label, status_label
from gui.outline_counts import count_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.changes import Changes
    from content.store import Session
    from gui.context import AppContext

MIME_ITEM_IDS = "application/x-kursverk-item-ids"
PAGE = 500
SEARCH_DEBOUNCE_MS = 150
SAVED_KEY = "library/saved_searches"
COLUMNS = ("title", "kind", "status", "updated_at", "comments")
SORTABLE = 4  # the comment counts column is filled in after each page, not sorted on
Index = QModelIndex | QPersistentModelIndex


class LibraryTableModel(QAbstractTableModel):
    """Rows of the library, fetched a page at a time off the UI thread."""

    rows_did_load = Signal()  # after the first page of a (re)load arrived

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[Row] = []
        self._query = LibraryQuery()
        self._generation = 0
        self._more = False
        self._fetching = False
        self.loaded = False
        self._counts: dict[str, Any] = {}  # item id -> CommentCounts (open threads)

    # -- loading ----------------------------------------------------------------------

    @property
    def query(self) -> LibraryQuery:
        """Return the query shown now."""
        return self._query

    def set_query(self, query: LibraryQuery) -> None:
        """Show another query (reloads from the first page)."""
        self._query = query
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Fetch the rows again (at least ``keep`` of them, to hold the scroll position)."""
        self._generation += 1
        gen, q = self._generation, self._query
        limit = max(PAGE, keep)
        self._fetching = True
        self._read(q, 0, limit, lambda rows: self._on_first(gen, rows, limit), gen)

    def _read(
        self,
        q: LibraryQuery,
        offset: int,
        limit: int,
        on_rows: Callable[[list[Row]], None],
        gen: int,
    ) -> None:
        """Fetch a page: browsing goes through Core, searching through the content layer."""
        if q.text.strip():
            self._ctx.read_async(
                lambda s: fetch_rows(s, q, offset, limit),
                on_rows,
                lambda exc: self._on_failed(gen),
                owner=self,
            )
        else:
            self._ctx.read_async(
                lambda c: browse_rows(c, q, offset, limit),
                on_rows,
                lambda exc: self._on_failed(gen),
                owner=self,
                core=True,
            )

    def _on_first(self, gen: int, rows: list[Row], limit: int) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == limit and self._cap_left()
        self._fetching = False
        self.endResetModel()
        self.loaded = True
        self.rows_did_load.emit()
        QTimer.singleShot(0, self, self.load_counts)  # after what the first page starts

    def _on_failed(self, gen: int) -> None:
        if gen == self._generation:
            self._fetching = False

    def _cap_left(self) -> bool:
        return not self._query.text.strip() or len(self._rows) < SEARCH_CAP

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Tell the view more rows can be fetched."""
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Fetch the next page in the DB worker."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        gen, q, offset = self._generation, self._query, len(self._rows)
        self._read(q, offset, PAGE, lambda rows: self._on_more(gen, rows), gen)

    def _on_more(self, gen: int, rows: list[Row]) -> None:
        if gen != self._generation:
            return
        self._fetching = False
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self.load_counts([r[0] for r in rows])
        self._more = len(rows) == PAGE and self._cap_left()

    def load_counts(self, ids: list[str] | None = None) -> None:
        """Read the open comment threads of the given rows (all loaded rows by default)."""
        wanted = ids if ids is not None else [r[0] for r in self._rows]
        if not wanted:
            return
        gen = self._generation

        def done(counts: dict[str, Any]) -> None:
            if gen != self._generation:
                return
            self._counts.update({i: counts.get(i) for i in wanted})
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self._rows) - 1, last))

        def work(session: Session) -> dict[str, Any]:
            from content.review.queries import comment_counts  # the ORM: off the UI thread

            return comment_counts(session, wanted)

        self._ctx.read_async(work, done, owner=self)

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text (or the item id for UserRole)."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return row[2]
            if col == 1:
                return kind_label(row[1])
            if col == 2:
                return status_label(row[3])
            if col == 4:
                return self._count_text(row[0], role)
            return short_datetime(row[4].astimezone(), current_language()) if row[4] else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("Changed"),
                self.tr("Comments")][section]

    def _count_text(self, item_id: str, role: int) -> str:
        """Return the open threads of an item («2», «2 (1 må rettes)»), empty when none."""
        return count_text(self._counts.get(item_id), role == Qt.ItemDataRole.ToolTipRole)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Make rows selectable and draggable."""
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (in the database, or the search results in memory)."""
        desc = order == Qt.SortOrder.DescendingOrder
        if column < 0 or column >= SORTABLE:
            return
        if column == self._query.sort_column and desc == self._query.descending:
            return
        self.set_query(replace(self._query, sort_column=column, descending=desc))

    def mimeTypes(self) -> list[str]:
        """Return the drag formats."""
        return [MIME_ITEM_IDS, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Put the dragged item ids (one a line) and their titles on the drag."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        ids = "\n".join(self._rows[r][0] for r in rows)
        mime.setData(MIME_ITEM_IDS, QByteArray(ids.encode("utf-8")))
        mime.setText("\n".join(self._rows[r][2] for r in rows))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        """Dragging copies a reference."""
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def item_id(self, row: int) -> str:
        """Return the id of a row's item."""
        return self._rows[row][0]

    def row_of(self, item_id: str) -> int:
        """Return the row of an item, or -1 when it is not loaded."""
        return next((i for i, r in enumerate(self._rows) if r[0] == item_id), -1)

    def title_of(self, row: int) -> str:
        """Return a row's title."""
        return self._rows[row][2]


class LibraryPanel(QWidget):
    """Search field, filters and the library table."""

    item_did_activate = Signal(str)  # item id (double click or Enter)
    current_item_did_change = Signal(str)  # item id, "" when none

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = LibraryTableModel(ctx, self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filters)
        self._build()
        self.retranslate()
        self._tags_loaded = False
        self._fill_filters(load_tags=False)  # tags come after the first page of rows
        ctx.operation_did_execute.connect(self._on_operation)
        ctx.library_did_open.connect(self.refresh)
        self.model.rows_did_load.connect(self._on_rows_loaded)

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._focus_table)
        self.kind_filter, self.status_filter = QComboBox(self), QComboBox(self)
        self.tag_filter, self.audience_filter = QComboBox(self), QComboBox(self)
        for combo in self._filters():
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.saved_button = QToolButton(self)
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_button.setStyleSheet("QToolButton { padding: 3px 18px 3px 8px; }")
        self.saved_menu = QMenu(self)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self.saved_menu)
        self.count_label = QLabel(self)
        self.table = self._build_table()
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.saved_button)
        filters = QHBoxLayout()
        for combo in self._filters():
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        for a, b in zip(
            [self.search, self.saved_button, *self._filters()],
            [self.saved_button, *self._filters(), self.table],
        ):
            QWidget.setTabOrder(a, b)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Indicator first: enabling sorting then asks for the order the model already has.
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultSectionSize(130)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setWordWrap(False)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # arrows move in the rows; Tab leaves the table
        table.doubleClicked.connect(lambda idx: self._activate(idx.row()))
        table.selectionModel().currentRowChanged.connect(self._on_current)
        table.installEventFilter(self)
        return table

    def _filters(self) -> list[QComboBox]:
        return [self.kind_filter, self.tag_filter, self.audience_filter, self.status_filter]

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self.search.setPlaceholderText(self.tr("Search the library (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.audience_filter.setAccessibleName(self.tr("Filter by audience"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.saved_button.setText(self.tr("Saved searches"))
        self.saved_button.setAccessibleName(self.tr("Saved searches"))
        self.table.setAccessibleName(self.tr("Library items"))
        self.table.setAccessibleDescription(self.tr("Enter opens the selected item."))
        self.count_label.setAccessibleName(self.tr("Number of items shown"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_filters()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        super().changeEvent(event)

    def _fill_filters(self, load_tags: bool = True) -> None:
        from content.items.kinds import AUDIENCES, KINDS, STATUSES

        self._refill(self.kind_filter, self.tr("All kinds"), [(k, kind_label(k)) for k in KINDS])
        self._refill(
            self.status_filter, self.tr("All statuses"), [(s, status_label(s)) for s in STATUSES]
        )
        self._refill(
            self.audience_filter,
            self.tr("All audiences"),
            [(a, audience_label(a)) for a in AUDIENCES],
        )
        if load_tags:
            self._load_tags()
        else:
            self._refill(self.tag_filter, self.tr("All tags"), [])

    def _refill(self, combo: QComboBox, all_text: str, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _load_tags(self) -> None:
        def work(session: Session) -> list[tuple[str, int]]:
            from content.library import all_labels  # imports the ORM: in the worker

            return all_labels(session, "tag")

        def done(tags: list[tuple[str, int]]) -> None:
            self._refill(self.tag_filter, self.tr("All tags"), [(t, f"{t} ({n})") for t, n in tags])

        self._ctx.read_async(work, done, owner=self)

    # -- behaviour ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rows and the tag list."""
        self.model.reload(keep=self.model.rowCount())
        self._load_tags()

    def current_query(self) -> LibraryQuery:
        """Return the query the controls describe now."""
        q = self.model.query
        return replace(
            q,
            text=self.search.text(),
            kind=self.kind_filter.currentData() or "",
            tag=self.tag_filter.currentData() or "",
            audience=self.audience_filter.currentData() or "",
            status=self.status_filter.currentData() or "",
        )

    def _apply_filters(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)

    def set_kind(self, kind: str) -> None:
        """Show only one kind ("" for all)."""
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))

    def apply_query(self, query: LibraryQuery) -> None:
        """Set the controls from a (saved) query."""
        for combo in self._filters():
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.setText(query.text)
        for combo, value in zip(
            self._filters(), [query.kind, query.tag, query.audience, query.status]
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(False)
        self._apply_filters()

    def focus_search(self) -> None:
        """Put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        self._apply_filters()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def selected_ids(self) -> list[str]:
        """Return the ids of the selected rows."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item_id(r) for r in rows]

    def current_id(self) -> str:
        """Return the id of the current row ("" when none)."""
        idx = self.table.currentIndex()
        return self.model.item_id(idx.row()) if idx.isValid() else ""

    def _activate(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.item_did_activate.emit(self.model.item_id(row))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_item_did_change.emit(
            self.model.item_id(current.row()) if current.isValid() else ""
        )

    def eventFilter(self, obj: Any, event: QEvent) -> bool:
        """Open the current item with Enter."""
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() in enter:  # type: ignore[attr-defined]
            self._activate(self.table.currentIndex().row())
            return True
        return super().eventFilter(obj, event)

    def _on_operation(self, changes: Changes, _initiator: object) -> None:
        if changes.items:
            self.refresh()
        elif changes.annotations:
            self.model.load_counts()

    def _on_rows_loaded(self) -> None:
        self._update_count()
        if not self._tags_loaded:
            self._tags_loaded = True
            QTimer.singleShot(0, self._load_tags)  # after the first page is on screen

    def _update_count(self) -> None:
        n = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        if n == 1 and not more:
            self.count_label.setText(self.tr("1 item shown"))
        else:
            self.count_label.setText(self.tr("%1 items shown").replace("%1", f"{n}{more}"))

    # -- saved searches -----------------------------------------------------------------

    def saved_searches(self) -> dict[str, dict[str, Any]]:
        """Return the saved searches by name."""
        raw = self._ctx.settings.value(SAVED_KEY, "{}")
        try:
            data = json.loads(str(raw or "{}"))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_search(self, name: str) -> None:
        """Save the current search and filters under a name."""
        q = self.current_query()
        saved = self.saved_searches()
        saved[name] = {
            "text": q.text,
            "kind": q.kind,
            "tag": q.tag,
            "audience": q.audience,
            "status": q.status,
        }
        self._ctx.settings.setValue(SAVED_KEY, json.dumps(saved, ensure_ascii=False))

    def load_saved(self, name: str) -> None:
        """Apply a saved search."""
        data = self.saved_searches().get(name)
        if data:
            fields = {k: str(v) for k, v in data.items() if k in LibraryQuery.__dataclass_fields__}
            self.apply_query(LibraryQuery(**fields))  # type: ignore[arg-type]

    def _fill_saved_menu(self) -> None:
        self.saved_menu.clear()
        self.saved_menu.addAction(self.tr("Save current search…"), self._ask_save)
        saved = self.saved_searches()
        if saved:
            self.saved_menu.addSeparator()
        for name in sorted(saved, key=sort_key):
            self.saved_menu.addAction(name, lambda n=name: self.load_saved(n))
        if saved:
            self.saved_menu.addSeparator()
            delete = self.saved_menu.addMenu(self.tr("Delete saved search"))
            for name in sorted(saved, key=sort_key):
                delete.addAction(name, lambda n=name: self._delete_saved(n))

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"))
        if ok and name.strip():
            self.save_search(name.strip())

    def _delete_saved(self, name: str) -> None:
        saved = self.saved_searches()
        saved.pop(name, None)
        self._ctx.settings.setValue(SAVED_KEY, json.dumps(saved, ensure_ascii=False))
