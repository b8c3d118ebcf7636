"""Sync conflicts side by side: base, mine and theirs of each place; keep mine or take theirs.

A conflict keeps both versions until it is resolved here (or with `team resolve`): «Behold
min» keeps my value at each conflicting place, «Ta deres» takes the server's, «Behold slik
den er» keeps the entity as I have edited it since. The clean parts of the merge stay
either way; the result goes to the server at the next sync.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import is_alive

if TYPE_CHECKING:
    from content.sync.team import ConflictRow
    from gui.context import AppContext


# Marked with QT_TRANSLATE_NOOP so lupdate puts them in the .ts files (a plain tuple it misses).
_PARTS = {  # the containers in a conflict's path, e.g. sections[ID].blocks[ID].text
    "sections": QT_TRANSLATE_NOOP("ConflictDialog", "Section"),
    "blocks": QT_TRANSLATE_NOOP("ConflictDialog", "Block"),
    "sessions": QT_TRANSLATE_NOOP("ConflictDialog", "Session"),
    "modules": QT_TRANSLATE_NOOP("ConflictDialog", "Module in the session"),
    "relations": QT_TRANSLATE_NOOP("ConflictDialog", "Relation"),
    "citations": QT_TRANSLATE_NOOP("ConflictDialog", "Citation"),
}
_KINDS = {
    "item": QT_TRANSLATE_NOOP("ConflictDialog", "Item"),
    "module": QT_TRANSLATE_NOOP("ConflictDialog", "Module"),
    "curriculum": QT_TRANSLATE_NOOP("ConflictDialog", "Curriculum"),
    "comment": QT_TRANSLATE_NOOP("ConflictDialog", "Comment"),
}


def place_label(path: str) -> str:
    """Name a conflicting place in the UI language: «Section › Block › Text», not the path."""
    from PySide6.QtCore import QCoreApplication

    from gui.revision_diff import field_label

    if not path:
        return QCoreApplication.translate("ConflictDialog", "The whole entity")
    names = []
    for part in path.split("."):
        name = part.split("[", 1)[0]
        if name == "fields":
            continue  # a kind's own fields: their label says enough
        if name in _PARTS:
            names.append(QCoreApplication.translate("ConflictDialog", _PARTS[name]))
        elif name:
            names.append(field_label(name))
    return " › ".join(names)


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


class ConflictDialog(QDialog):
    """List the conflicts of a working copy; show one's places; resolve it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ConflictRow] = []
        self._loaded = False  # the conflicts have been read once
        self.resize(1000, 600)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(240)
        self.list.currentRowChanged.connect(self._show)
        self.places = QWidget(self)
        self.grid = QGridLayout(self.places)
        self.grid.setColumnMinimumWidth(0, 120)
        for col in (1, 2, 3):
            self.grid.setColumnStretch(col, 1)
        self.heads = [QLabel(self) for _ in range(3)]
        self.mine_button = QPushButton(self)
        self.theirs_button = QPushButton(self)
        self.edited_button = QPushButton(self)
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.edited_button.clicked.connect(lambda: self.resolve("current"))
        buttons = QHBoxLayout()
        for b in (self.mine_button, self.theirs_button, self.edited_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addWidget(self.places, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set the texts in the UI language."""
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._show_intro()
        self.list.setAccessibleName(self.tr("Entities in conflict"))
        for head, text in zip(
            self.heads, (self.tr("Base"), self.tr("Mine"), self.tr("Theirs")), strict=True
        ):
            head.setText(text)
        self.mine_button.setText(self.tr("Keep mine"))
        self.theirs_button.setText(self.tr("Take theirs"))
        self.edited_button.setText(self.tr("Keep as edited"))
        self.edited_button.setToolTip(self.tr(
            "Keep the entity as it is in this working copy now, with the changes you made "
            "after the sync"))

    def _show_intro(self) -> None:
        if self.rows or not self._loaded:
            self.intro.setText(self.tr(
                "You and the team server changed these places differently since the last sync. "
                "What could be merged is merged already; for each entity, keep your version of "
                "the places below, take theirs, or keep it as you have edited it since."))
        else:  # the last one resolved: say what comes next rather than show an empty view
            self.intro.setText(self.tr(
                "No conflicts left. Sync to send what you chose to the team server."))

    def reload(self) -> None:
        """Read the conflicts (in the database worker)."""
        library = self.ctx.library

        def work() -> Any:
            from content.sync.team import conflicts

            return conflicts(library)

        def done(fut: Any) -> None:
            if is_alive(self) and fut.exception() is None:
                self._fill(fut.result())

        self.ctx.tasks.run(work, done)

    def _fill(self, rows: list[ConflictRow]) -> None:
        self.rows = rows
        self._loaded = True
        self._show_intro()
        self.list.clear()
        for row in rows:
            kind = QCoreApplication.translate("ConflictDialog", _KINDS.get(row.entity_type, ""))
            kind = kind or row.entity_type
            QListWidgetItem(f"{row.title or row.entity_id[:8]}\n{kind}", self.list)
        for b in (self.mine_button, self.theirs_button, self.edited_button):
            b.setEnabled(bool(rows))
        for head in self.heads:  # no «Base / Mine / Theirs» over nothing
            head.setVisible(bool(rows))
        if rows:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, index: int) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in self.heads:
                widget.deleteLater()
        for col, head in enumerate(self.heads):
            self.grid.addWidget(head, 0, col + 1)
        if not 0 <= index < len(self.rows):
            return
        for r, place in enumerate(self.rows[index].places, start=1):
            text = place_label(place["path"])
            if place.get("reason"):  # the merge was clean but its result breaks a rule
                why = self.tr("The merged result breaks a rule: %1")
                text += "\n" + why.replace("%1", place["reason"])
            shown = {k: _shown(place[k]) for k in ("base", "mine", "theirs")}
            short = all(len(v) < 80 and "\n" not in v for v in shown.values())
            label = QLabel(text, self.places)
            label.setWordWrap(True)
            self.grid.addWidget(label, r, 0, Qt.AlignmentFlag.AlignTop)
            for col, (key, value) in enumerate(shown.items(), start=1):
                view = QPlainTextEdit(value, self.places)
                view.setReadOnly(True)
                view.setObjectName(f"conflict_{key}")
                view.setAccessibleName(f"{text}: {self.heads[col - 1].text()}")
                if short:  # a title or a code: three lines, not the whole height
                    view.setMaximumHeight(view.fontMetrics().lineSpacing() * 3 + 12)
                self.grid.addWidget(view, r, col)
        for row in range(self.grid.rowCount()):  # short places stay at the top
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(self.rows[index].places) + 1, 1)

    def resolve(self, take: str) -> None:
        """Resolve the selected conflict (in the database worker), then reload."""
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        entity_id = self.rows[index].entity_id
        library, author = self.ctx.library, self.ctx.author

        def work() -> Any:
            from content.sync.team import resolve

            return resolve(library, entity_id, take, author)

        def done(fut: Any) -> None:
            if not is_alive(self):
                return
            if fut.exception() is not None:
                from gui import ops

                ops.show_error(self, fut.exception())
                return
            from content.changes import Changes

            self.ctx.after_change(
                Changes(items=True, modules=True, curricula=True, annotations=True), self
            )
            self.reload()

        self.ctx.tasks.run(work, done)
