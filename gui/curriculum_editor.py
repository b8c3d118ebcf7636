"""The curriculum builder: header, sessions with date and start time, modules in order.

The header saves through the one autosave of ``EntityEditorPanel``; sessions and their
modules change by commands that carry the revision shown. The models behind the session
tree and the module list are in ``gui/curriculum_model.py``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from content.curricula.commands import (
    AddModulesToSession,
    AddSession,
    MoveSession,
    MoveSessionModule,
    RemoveSession,
    RemoveSessionModule,
    UpdateCurriculum,
    UpdateSession,
)
from content.errors import StaleWriteError
from content.queries import CurriculumView, load_curriculum_view
from gui.curriculum_model import (
    NO_TIME,
    ModuleList,
    SessionsModel,
    clock_span,
    date_edit,
    hhmm,
    iso_date,
    set_date,
)
from gui.editor_panel import EntityEditorPanel
from gui.keyboard import TabLeavingTimeEdit
from gui.module_widgets import ID_ROLE, AudienceChecks, CommitTextEdit
from gui.ops import run_command, show_error
from gui.outline_counts import CountWatcher
from gui.outline_model import (
    hide_empty_columns,
    rebuild_on_language_change,
    restore_selection,
    while_alive,
)
from gui.validation_panel import ValidationPanel

if TYPE_CHECKING:
    from content.changes import Changes
    from content.commands import Command
    from gui.context import AppContext

class CurriculumEditorPanel(EntityEditorPanel):
    """Build one curriculum; every change is one command through gui.ops."""

    entity_type = "curriculum"
    open_entity_requested = Signal(str, str)
    view_did_load = Signal()

    def __init__(self, ctx: AppContext, curriculum_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, curriculum_id, parent)
        self.view: CurriculumView | None = None
        self._title = ""
        self._keep_header = False
        self._select_after: str | None = None
        self.model = SessionsModel(self)
        self._build()
        self._built = True
        self.model.modules_dropped.connect(self.add_modules)
        self.model.entry_dropped.connect(self.move_entry)
        ctx.operation_did_execute.connect(self._on_operation)
        ctx.library_did_open.connect(self.reload)
        CountWatcher(self, self.model)  # the sessions' «Comments» column
        self.reload()

    @property
    def curriculum_id(self) -> str:
        """Return the id of the curriculum shown."""
        return self.entity_id

    def title(self) -> str:
        """Return the tab title."""
        return self._title or self.tr("Curriculum")

    def changeEvent(self, event: QEvent) -> None:
        """Rebuild the widgets in the new language when the UI language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self._built = False  # one rebuild for the burst of events children also get
            QTimer.singleShot(0, while_alive(self, self._retranslate))

    def _retranslate(self) -> None:
        rebuild_on_language_change(self, self._build, self.flush)
        self._built = True
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.reload()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background:#fff3cd;padding:4px;")
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        layout.addWidget(self._build_header())
        split = QSplitter(Qt.Orientation.Vertical, self)
        middle = QSplitter(Qt.Orientation.Horizontal, split)
        middle.addWidget(self._build_module_list())
        middle.addWidget(self._build_sessions())
        layout.addWidget(self.toolbar)  # spans the whole panel, so every action fits at 1366 px
        middle.addWidget(self._build_session_form())
        middle.setStretchFactor(0, 2)
        middle.setStretchFactor(1, 4)
        middle.setStretchFactor(2, 2)
        middle.setSizes([280, 600, 300])
        split.addWidget(middle)
        self.validation = ValidationPanel(self.ctx, split)
        self.validation.open_entity_requested.connect(self.open_entity_requested)
        split.addWidget(self.validation)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 170])
        layout.addWidget(split, 1)

    def _build_header(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit(box)
        self.programme_edit = QLineEdit(box)
        self.edition_edit = QLineEdit(box)
        self.edition_edit.setMaximumWidth(140)
        self.edition_date = date_edit(box, self.tr("no date"))
        self.audiences = AudienceChecks(box)
        for w, name in ((self.title_edit, self.tr("Curriculum title")),
                        (self.programme_edit, self.tr("Programme")),
                        (self.edition_edit, self.tr("Edition")),
                        (self.edition_date, self.tr("Edition date"))):
            w.setAccessibleName(name)
        form.addRow(self.tr("&Title:"), self.title_edit)
        row = QHBoxLayout()
        row.addWidget(self.programme_edit, 1)
        for text, w in ((self.tr("&Edition:"), self.edition_edit),
                        (self.tr("Edition &date:"), self.edition_date)):
            label = QLabel(text, box)
            label.setBuddy(w)
            row.addWidget(label)
            row.addWidget(w)
        form.addRow(self.tr("&Programme:"), row)
        form.labelForField(row).setBuddy(self.programme_edit)
        form.addRow(self.tr("Audiences:"), self.audiences)
        self.description_edit = CommitTextEdit(box)  # Markdown; comments anchor to it
        self.description_edit.setAccessibleName(self.tr("Curriculum description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(72)
        self.description_edit.textChanged.connect(self.schedule_save)
        form.addRow(self.tr("Desc&ription:"), self.description_edit)
        for signal in (self.title_edit.editingFinished, self.programme_edit.editingFinished,
                       self.edition_edit.editingFinished, self.edition_date.editingFinished,
                       self.audiences.audiences_did_change, self.description_edit.editing_finished):
            signal.connect(lambda *_a: self.save_now())
        return box

    def _build_module_list(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Modules (drag into a session, or Enter to add):"), box)
        label.setWordWrap(True)
        self.module_filter = QLineEdit(box)
        self.module_filter.setPlaceholderText(self.tr("Filter modules…"))
        self.module_filter.setAccessibleName(self.tr("Filter modules"))
        self.module_filter.textChanged.connect(self._filter_modules)
        self.module_list = ModuleList(box)
        self.module_list.setAccessibleName(self.tr("Modules"))
        self.module_list.setWordWrap(True)
        self.module_list.setMinimumWidth(220)
        self.module_list.add_requested.connect(self.add_modules_to_current)
        label.setBuddy(self.module_list)
        self.add_module_button = QPushButton(self.tr("&Add to session"), box)
        self.add_module_button.setAccessibleName(self.tr("Add the selected modules to the session"))
        self.add_module_button.clicked.connect(
            lambda: self.add_modules_to_current(self.module_list.selected_ids()))
        for w in (label, self.module_filter, self.module_list, self.add_module_button):
            layout.addWidget(w)
        return box

    def _build_sessions(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Session tools"))
        self.tree = QTreeView(box)
        self.tree.setAccessibleName(self.tr("Sessions and their modules"))
        self.tree.setAccessibleDescription(self.tr("Its commands have shortcuts: F1 lists them."))
        self.tree.setModel(self.model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hide_empty_columns(self.tree, self.model, (self.model.COUNT_COLUMN,))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        self.totals = QLabel(box)
        self.totals.setAccessibleName(self.tr("Curriculum minutes"))
        self.totals.setWordWrap(True)  # long totals must not widen the panel past the window
        layout.addWidget(self.totals)
        self._build_actions()
        return box

    def _build_actions(self) -> None:
        specs = [
            ("add_session", self.tr("Add session"), None, self.add_session),
            ("up", self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            ("down", self.tr("Move down"), QKeySequence("Alt+Down"),
             lambda: self.move_current(1)),
            ("to_session", self.tr("Move to session…"), QKeySequence("Alt+Shift+M"),
             self.move_to_session_dialog),
            ("remove", self.tr("Remove"), QKeySequence(Qt.Key.Key_Delete), self.remove_current),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(keys)
                act.setToolTip(f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.toolbar.addAction(act)
            self.toolbar.widgetForAction(act).setAccessibleName(text.rstrip("…"))
            self.tree.addAction(act)
            self.actions_by_name[name] = act
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_session_form(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        # labels above their fields: side by side they kept the panel 270 px wide at 1366 px,
        # and the session tree beside it cut its module names to «NV-01 Kom…»
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.session_heading = QLabel(box)
        self.session_heading.setWordWrap(True)
        form.addRow(self.session_heading)
        self.session_title = QLineEdit(box)
        self.session_date = date_edit(box, self.tr("no date"))
        self.session_start = TabLeavingTimeEdit(box)
        self.session_start.setDisplayFormat("HH:mm")
        self.session_start.setMinimumTime(NO_TIME)
        self.session_start.setSpecialValueText(self.tr("no start time"))
        for w, text, name in ((self.session_title, self.tr("Session &title:"),
                               self.tr("Session title")),
                              (self.session_date, self.tr("Session d&ate:"),
                               self.tr("Session date")),
                              (self.session_start, self.tr("&Starts at:"),
                               self.tr("Session start time"))):
            w.setAccessibleName(name)
            form.addRow(text, w)
        self.session_title.editingFinished.connect(
            lambda: self.session_title.isModified() and self._save_session(
                {"title": self.session_title.text()}))
        self.session_date.editingFinished.connect(
            lambda: self._save_session({"date": iso_date(self.session_date)}))
        self.session_start.editingFinished.connect(
            lambda: self._save_session({"start_time": hhmm(self.session_start)}))
        self.session_times = QLabel(box)
        self.session_times.setWordWrap(True)
        form.addRow(self.session_times)
        self._session_widgets = (self.session_title, self.session_date, self.session_start)
        return box

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the curriculum and the module list in the DB worker."""
        self.ctx.read_async(lambda s: load_curriculum_view(s, self.curriculum_id),
                            while_alive(self, self._loaded), while_alive(self, self._load_failed))

    def _load_failed(self, exc: BaseException) -> None:
        self.banner.setText(self.tr("This curriculum cannot be shown: %1").replace("%1", str(exc)))
        self.banner.setVisible(True)
        self.view_did_load.emit()

    def _loaded(self, view: CurriculumView) -> None:
        current = self._current_id()
        self.view = view
        self.revision = int(view.state["revision"])
        self.model.set_view(view)
        self.tree.expandAll()
        self._restore_selection(self._select_after or current)
        self._select_after = None
        self._fill_header(view.state)
        self._fill_modules(view)
        self._show_totals(view)
        deleted = bool(view.state.get("deleted"))
        self.banner.setVisible(deleted)
        self.banner.setText(self.tr("This curriculum is deleted; restore it to edit it."))
        for w in (self.title_edit, self.programme_edit, self.edition_edit, self.edition_date,
                  self.audiences, self.description_edit, self.tree, self.toolbar,
                  self.module_list):
            w.setEnabled(not deleted)
        if view.state["title"] != self._title:
            self._title = view.state["title"]
            self.title_did_change.emit(self._title)
        self.validation.set_target("curriculum", self.curriculum_id)
        self.apply_role()
        self.view_did_load.emit()

    def _role_inputs(self) -> list[QWidget]:
        """Return the header, sessions, toolbar and module list (the trees still select)."""
        return [self.title_edit, self.programme_edit, self.edition_edit, self.edition_date,
                self.audiences, self.description_edit, self.tree, self.toolbar,
                self.module_list, *self._session_widgets]

    def _role_actions(self) -> list[QAction]:
        """Return the session tree's actions (add, move, ...)."""
        return list(self.actions_by_name.values())

    def _role_unlocked(self) -> None:
        self._current_changed(self.tree.currentIndex())

    def _fill_header(self, state: dict[str, Any]) -> None:
        keep, self._keep_header = self._keep_header, False
        for w, key in ((self.title_edit, "title"), (self.programme_edit, "programme"),
                       (self.edition_edit, "edition")):
            if not (keep and w.isModified()):
                w.setText(state[key] or "")
        set_date(self.edition_date, state.get("edition_date"))
        self.audiences.set_value(state["audiences"])
        desc, edit = state.get("description") or "", self.description_edit
        if edit.toPlainText() != desc and not (keep or edit.document().isModified()):
            edit.setPlainText(desc)  # typed text not stored yet is kept

    def _fill_modules(self, view: CurriculumView) -> None:
        chosen = set(self.module_list.selected_ids())
        self.module_list.clear()
        for m in view.modules.values():
            if m.deleted:
                continue
            text = f"{m.code}  {m.title}" if m.code else m.title
            row = QListWidgetItem(f"{text} · {m.minutes} min")
            row.setToolTip(row.text())
            row.setData(ID_ROLE, m.id)
            self.module_list.addItem(row)
            row.setSelected(m.id in chosen)
        self._filter_modules(self.module_filter.text())

    def _filter_modules(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.module_list.count()):
            row = self.module_list.item(i)
            row.setHidden(bool(needle) and needle not in row.text().lower())

    def _show_totals(self, view: CurriculumView) -> None:
        parts = [f"{s['title'] or i + 1}: {view.session_minutes(s)} min"
                 for i, s in enumerate(view.state["sessions"])]
        total = sum(view.session_minutes(s) for s in view.state["sessions"])
        self.totals.setText(self.tr("Total %1 min (%2 h %3 min)").replace("%1", str(total))
                            .replace("%2", str(total // 60)).replace("%3", str(total % 60))
                            + (" — " + " · ".join(parts) if parts else ""))

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        if (self.curriculum_id in changes.ids or changes.modules
                or (not changes.ids and changes.curricula)):
            self.reload()

    # -- selection ----------------------------------------------------------------------

    def _current_id(self) -> str | None:
        idx = self.tree.currentIndex()
        entry = self.model.entry_at(idx)
        if entry is not None:
            return entry["id"]
        s = self.model.session_at(idx)
        return s["id"] if s else None

    def _restore_selection(self, entity_id: str | None) -> None:
        self._current_changed(restore_selection(self.tree, self.model, entity_id))

    def _current_changed(self, idx: QModelIndex, _prev: QModelIndex | None = None) -> None:
        s = self.model.session_at(idx)
        for w in self._session_widgets:
            w.setEnabled(s is not None)
        self.actions_by_name["to_session"].setEnabled(self.model.entry_at(idx) is not None)
        self.apply_role()
        if s is None or self.view is None:
            self.session_heading.setText(self.tr("Add a session to start."))
            self.session_times.setText("")
            return
        number = self.model.sessions.index(s) + 1
        self.session_heading.setText(self.tr("<b>Session %1</b>").replace("%1", str(number)))
        if not self.session_title.hasFocus():
            self.session_title.setText(s["title"])
            self.session_title.setCursorPosition(0)  # show the start of a long title
        set_date(self.session_date, s.get("date"))
        self.session_start.setTime(QTime.fromString(s.get("start_time") or "", "HH:mm")
                                   if s.get("start_time") else NO_TIME)
        self.session_times.setText(self._schedule(s))

    def _schedule(self, s: dict[str, Any]) -> str:
        """Return the session's module list with clock times, for the side panel."""
        assert self.view is not None
        start = s.get("start_time") or ""
        lines, elapsed = [], 0
        for e in s["modules"]:
            info = self.view.modules.get(e["module_id"])
            minutes = info.minutes if info and not info.deleted else 0
            span = clock_span(start, elapsed + minutes)[-5:] if start else ""
            begin = clock_span(start, elapsed)[-5:] if start else ""
            title = info.title if info else self.tr("(deleted module)")
            lines.append(f"{begin}–{span}  {title} ({minutes} min)" if start
                         else f"{title} ({minutes} min)")
            elapsed += minutes
        head = self.tr("%1 min in this session").replace("%1", str(elapsed))
        return "<br>".join([f"<b>{head}</b>", *(html.escape(x, quote=False) for x in lines)])

    # -- commands -----------------------------------------------------------------------

    def _run(self, cmd: Command, select: str | None = None) -> None:
        """Run a command from the revision this view shows, after a header save on its way."""
        self.when_saved(while_alive(self, lambda: self._run_now(cmd, select)))

    def _run_now(self, cmd: Command, select: str | None) -> None:
        cmd.expected_revision = self.revision

        def done(_changes: Changes) -> None:
            ids = getattr(cmd, "entry_ids", None) or []
            self._select_after = select or (ids[0] if ids else None)

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload()  # show the newer state the command was refused against

        run_command(self.ctx, self, cmd, initiator=self, on_done=while_alive(self, done),
                    on_error=while_alive(self, failed))

    # -- the autosave hooks -------------------------------------------------------------

    def _unsaved(self) -> dict[str, Any]:
        if self.view is None or self.view.state.get("deleted"):
            return {}
        state = self.view.state
        shown = {"title": self.title_edit.text(), "programme": self.programme_edit.text(),
                 "edition": self.edition_edit.text(),
                 "description": self.description_edit.toPlainText(),
                 "edition_date": iso_date(self.edition_date)}
        changed: dict[str, Any] = {k: v for k, v in shown.items()
                                   if (state.get(k) or None) != (v or None)}
        if sorted(self.audiences.value()) != sorted(state.get("audiences") or []):
            changed["audiences"] = self.audiences.value()
        return changed

    def _save_command(self, values: dict[str, Any]) -> Command:
        return UpdateCurriculum(entity_id=self.curriculum_id, expected_revision=self.revision,
                                values=values)

    def _saved(self, cmd: Command, values: dict[str, Any]) -> None:
        if self.view is not None:
            self.view.state.update(values)
        if values.get("description") == self.description_edit.toPlainText():
            self.description_edit.document().setModified(False)  # stored: reloads may set it

    def _save_refused(self, exc: BaseException) -> None:
        self._keep_header = isinstance(exc, StaleWriteError)  # keep what the user typed
        show_error(self, exc)
        self.reload()

    def flush(self) -> None:
        """Save the session title being edited and header fields not stored yet."""
        if self.session_title.isModified():
            self.session_title.setModified(False)
            self._save_session({"title": self.session_title.text()})
        super().flush()

    def _save_session(self, values: dict[str, Any]) -> None:
        s = self.model.session_at(self.tree.currentIndex())
        if s is None:
            return
        changed = {k: v for k, v in values.items() if (s.get(k) or None) != (v or None)}
        if changed:
            self._run(UpdateSession(entity_id=self.curriculum_id, session_id=s["id"],
                                    values=changed), select=s["id"])

    def add_session(self) -> None:
        """Add a session after the current one."""
        n = len(self.model.sessions) + 1
        title, ok = QInputDialog.getText(self, self.tr("Add session"), self.tr("Session title:"),
                                         text=self.tr("Session %1").replace("%1", str(n)))
        if ok:
            s = self.model.session_at(self.tree.currentIndex())
            index = self.model.sessions.index(s) + 1 if s else None
            cmd = AddSession(entity_id=self.curriculum_id, title=title.strip(), index=index)
            self._run(cmd, select=cmd.session_id)

    def add_modules(self, session_id: str, index: int, module_ids: list[str]) -> None:
        """Put modules into a session at an index: one command."""
        if module_ids:
            self._run(AddModulesToSession(entity_id=self.curriculum_id, session_id=session_id,
                                          module_ids=list(module_ids), index=index))

    def add_modules_to_current(self, module_ids: list[str]) -> None:
        """Add modules after the current entry, or at the end of the current session."""
        idx = self.tree.currentIndex()
        s = self.model.session_at(idx) or (self.model.sessions[-1] if self.model.sessions
                                           else None)
        if s is None:
            QMessageBox.information(self, self.tr("Add modules"),
                                    self.tr("Add a session first."))
            return
        entry = self.model.entry_at(idx)
        self.add_modules(s["id"], idx.row() + 1 if entry else len(s["modules"]), module_ids)

    def move_entry(self, entry_id: str, session_id: str, index: int) -> None:
        """Move a module entry (drag and drop or keyboard): one command."""
        self._run(MoveSessionModule(entity_id=self.curriculum_id, entry_id=entry_id,
                                    to_session_id=session_id, index=index), select=entry_id)

    def move_current(self, step: int) -> None:
        """Move the current entry (or session) one place, across session borders."""
        idx = self.tree.currentIndex()
        entry, s = self.model.entry_at(idx), self.model.session_at(idx)
        sessions = self.model.sessions
        if s is None:
            return
        si = sessions.index(s)
        if entry is None:
            if 0 <= si + step < len(sessions):
                self._run(MoveSession(entity_id=self.curriculum_id, session_id=s["id"],
                                      index=si + step), select=s["id"])
            return
        row = idx.row() + step
        if 0 <= row < len(s["modules"]):
            self.move_entry(entry["id"], s["id"], row)
        elif 0 <= si + step < len(sessions):
            target = sessions[si + step]
            self.move_entry(entry["id"], target["id"], len(target["modules"]) if step < 0 else 0)

    def move_to_session_dialog(self) -> None:
        """Move the current module entry to the end of a session chosen from a list."""
        entry = self.model.entry_at(self.tree.currentIndex())
        if entry is None:
            return
        names = [f"{i + 1}. {s['title']}" for i, s in enumerate(self.model.sessions)]
        name, ok = QInputDialog.getItem(self, self.tr("Move to session"),
                                        self.tr("Move the module to:"), names, 0, False)
        if ok and name in names:
            target = self.model.sessions[names.index(name)]
            self.move_entry(entry["id"], target["id"], len(target["modules"]))

    def remove_current(self) -> None:
        """Take the current module out of its session, or remove the current session."""
        idx = self.tree.currentIndex()
        entry, s = self.model.entry_at(idx), self.model.session_at(idx)
        if entry is not None:
            self._run(RemoveSessionModule(entity_id=self.curriculum_id, entry_id=entry["id"]))
        elif s is not None:
            if s["modules"] and QMessageBox.question(
                    self, self.tr("Remove session"),
                    self.tr("Remove the session «%1» with its %2 modules?").replace(
                        "%1", s["title"]).replace("%2", str(len(s["modules"])))
            ) != QMessageBox.StandardButton.Yes:
                return
            self._run(RemoveSession(entity_id=self.curriculum_id, session_id=s["id"]))

