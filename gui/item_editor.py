"""Edit one item: a form from its kind's fields, Markdown with preview, relations, history.

Edits are saved as they are made (after a pause, or when a field loses focus) through
``ops.run_command``, each expecting the revision the editor loaded: an edit made elsewhere
in the meantime is refused with a message, and the user's text stays in the editor.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.errors import StaleWriteError
from content.items.kinds import AUDIENCES, KINDS, LANGUAGES, RELATIONS, STATUSES, FieldSpec
from content.queries import load_item
from gui import ops
from gui.context import is_alive
from gui.i18n import (
    audience_label,
    command_label,
    current_language,
    status_label,
    validation_text,
)

if TYPE_CHECKING:

    from content.changes import Changes
    from content.queries import ItemView
    from gui.context import AppContext

SAVE_DELAY_MS = 700
PREVIEW_DELAY_MS = 250
ERROR_STYLE = "color:#a32020;"
LANGUAGE_NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English", "se": "Davvisámegiella"}


class PreviewBrowser(QTextBrowser):
    """A preview that loads ``kvasset:`` images from the library."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._images: dict[str, QImage] = {}
        self.setOpenLinks(False)

    def loadResource(self, kind: int, url: QUrl) -> Any:
        """Return library images (a quick key lookup, cached)."""
        if url.scheme() == "kvasset" and kind == QTextDocument.ResourceType.ImageResource:
            asset_id = url.path()
            if asset_id not in self._images:
                from content.items.assets import asset_data

                found = self._ctx.read(lambda s: asset_data(s, asset_id))
                img = QImage()
                if found:
                    img.loadFromData(found[1])
                self._images[asset_id] = img.scaledToWidth(min(img.width(), 520)) \
                    if not img.isNull() else img
            return self._images[asset_id]
        return super().loadResource(kind, url)


class ItemEditorPanel(QWidget):
    """The editor of one item (or of a new one until it is first saved)."""

    title_did_change = Signal(str)
    item_did_create = Signal(str)

    def __init__(self, ctx: AppContext, item_id: str | None, parent: QWidget | None = None,
                 *, kind: str = "finding") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id or ""
        self.kind = kind
        self.revision = 0
        self.stale = False
        self._saved: dict[str, Any] = {}
        self._state: dict[str, Any] = {}
        self._titles: dict[str, str] = {}
        self._loading = False
        self._saving = False
        self._resave = False
        self._after_save: list[Any] = []
        self._preview_gen = 0
        self.loaded = not item_id
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        ctx.operation_did_execute.connect(self._on_operation)
        if item_id:
            self._build_empty()
            self.reload()
        else:
            self._build(kind)
            self._validate()

    # -- public -----------------------------------------------------------------------

    def title(self) -> str:
        """Return the tab title."""
        text = self.title_edit.text().strip() if hasattr(self, "title_edit") else ""
        return text or self.tr("New item")

    def reload(self) -> None:
        """Load the stored item into the form (replacing what is shown)."""
        item_id = self.item_id
        self.ctx.read_async(lambda s: load_item(s, item_id), self._on_loaded,
                            lambda exc: ops.show_error(self, exc), owner=self)

    def is_dirty(self) -> bool:
        """Tell whether the form holds edits not stored yet."""
        if not hasattr(self, "title_edit"):
            return False
        values = self.values()
        return any(values[k] != self._saved.get(k) for k in values)

    def flush(self) -> None:
        """Save pending edits now (before undo, closing, ...)."""
        if self._timer.isActive() or self.is_dirty():
            self.save_now()

    # -- building -----------------------------------------------------------------------

    def _build_empty(self) -> None:
        layout = QVBoxLayout(self)
        self._placeholder = QLabel(self.tr("Loading…"), self)
        layout.addWidget(self._placeholder)

    def _on_loaded(self, data: ItemView) -> None:
        state = data.state
        if not hasattr(self, "title_edit"):
            self._placeholder.deleteLater()
            self.layout().removeWidget(self._placeholder)
            self._build(state["kind"], self.layout())
        self._titles = data.titles
        self._populate(state)
        self._show_history(data.history)
        self.loaded = True

    def _build(self, kind: str, layout: Any = None) -> None:
        self.kind = kind
        self.spec = KINDS[kind]
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self._field_labels: list[tuple[QLabel, FieldSpec]] = []
        layout = layout or QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self._build_banner(layout)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_content_tab(), "")
        self.tabs.addTab(self._build_links_tab(), "")
        self.tabs.addTab(self._build_history_tab(), "")
        layout.addWidget(self.tabs, 1)
        self.status_line = QLabel(self)
        layout.addWidget(self.status_line)
        self.retranslate()

    def _build_banner(self, layout: QVBoxLayout) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("staleBanner")
        self.banner.setStyleSheet("#staleBanner{background:#fff4d6;border:1px solid #e0b84c;"
                                  "border-radius:4px;}")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.reload_button = QPushButton(self.banner)
        self.reload_button.clicked.connect(self._discard_and_reload)
        self.overwrite_button = QPushButton(self.banner)
        self.overwrite_button.clicked.connect(self._save_over)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.overwrite_button)
        self.banner.hide()
        layout.addWidget(self.banner)

    def _build_content_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical, self)
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        form_host = QWidget(scroll)
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_common_fields()
        for spec in self.spec.fields:
            self._add_row(f"fields.{spec.name}", self._field_widget(spec), spec)
        scroll.setWidget(form_host)
        split.addWidget(scroll)
        split.addWidget(self._build_body())
        split.setSizes([330, 330])
        return split

    def _build_common_fields(self) -> None:
        self.title_edit = QLineEdit(self)
        self._add_row("title", self.title_edit)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(58)
        self._add_row("summary", self.summary_edit)
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self._add_row("language", self.language_combo)
        self.status_combo = QComboBox(self)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self._add_row("status", self.status_combo)
        self.audience_boxes: dict[str, QCheckBox] = {}
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(AUDIENCES):
            box = QCheckBox(audience_label(code), host)
            box.toggled.connect(self._on_edit)
            self.audience_boxes[code] = box
            grid.addWidget(box, i // 3, i % 3)
        self._add_row("audiences", host)
        self.tags_edit = QLineEdit(self)
        self.tags_completer = QCompleter([], self.tags_edit)
        self.tags_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(self.tags_completer)
        self._add_row("tags", self.tags_edit)
        self._load_tag_choices()

    def _field_widget(self, spec: FieldSpec) -> QWidget:
        if spec.type == "choice":
            combo = QComboBox(self)
            combo.addItem("—", "")
            for choice in spec.choices:
                combo.addItem(choice, choice)
            return combo
        if spec.type in ("multiline", "list"):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            return edit
        return QLineEdit(self)

    def _add_row(self, key: str, widget: QWidget, spec: FieldSpec | None = None) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setMinimumWidth(140)
        host = QWidget(self)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 3)
        row.addWidget(error, 1)
        self.form.addRow(label, host)
        self._rows[key] = (label, widget, error)
        if spec is not None:
            self._field_labels.append((label, spec))
        self._connect_edit(widget)

    def _connect_edit(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._on_edit)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._on_edit)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_edit)
        widget.installEventFilter(self)

    def _build_body(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.body_label = QLabel(host)
        self.image_button = QPushButton(host)
        self.image_button.clicked.connect(self.choose_image)
        bar.addWidget(self.body_label, 1)
        bar.addWidget(self.image_button)
        split = QSplitter(Qt.Orientation.Horizontal, host)
        self.body_edit = QPlainTextEdit(split)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.textChanged.connect(self._on_edit)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        self.body_edit.installEventFilter(self)
        self.body_label.setBuddy(self.body_edit)
        self.preview = PreviewBrowser(self.ctx, split)
        split.addWidget(self.body_edit)
        split.addWidget(self.preview)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        return host

    def _build_links_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        self.relations_label = QLabel(host)
        self.relations_list = QTreeWidget(host)
        self.relations_list.setColumnCount(2)
        self.relations_list.setRootIsDecorated(False)
        self.add_relation_button = QPushButton(host)
        self.add_relation_button.clicked.connect(self.pick_relation)
        self.remove_relation_button = QPushButton(host)
        self.remove_relation_button.clicked.connect(self.remove_relation)
        self.citations_label = QLabel(host)
        self.citations_list = QTreeWidget(host)
        self.citations_list.setColumnCount(2)
        self.citations_list.setRootIsDecorated(False)
        self.add_citation_button = QPushButton(host)
        self.add_citation_button.clicked.connect(self.pick_citation)
        self.remove_citation_button = QPushButton(host)
        self.remove_citation_button.clicked.connect(self.remove_citation)
        for label, lst, add, rem in (
            (self.relations_label, self.relations_list, self.add_relation_button,
             self.remove_relation_button),
            (self.citations_label, self.citations_list, self.add_citation_button,
             self.remove_citation_button),
        ):
            label.setBuddy(lst)
            layout.addWidget(label)
            layout.addWidget(lst, 1)
            row = QHBoxLayout()
            row.addWidget(add)
            row.addWidget(rem)
            row.addStretch(1)
            layout.addLayout(row)
        return host

    def _build_history_tab(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        self.history_list = QTreeWidget(host)
        self.history_list.setColumnCount(4)
        self.history_list.setRootIsDecorated(False)
        self.history_list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.compare_button = QPushButton(host)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button = QPushButton(host)
        self.restore_button.clicked.connect(self.restore_selected)
        self.history_hint = QLabel(host)
        self.history_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addWidget(self.history_hint)
        layout.addWidget(self.history_list, 1)
        layout.addLayout(row)
        return host

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        if not hasattr(self, "title_edit"):
            return
        lang = current_language()
        names = {"title": self.tr("Title"), "summary": self.tr("Summary"),
                 "language": self.tr("Language"), "status": self.tr("Status"),
                 "audiences": self.tr("Audiences"), "tags": self.tr("Tags")}
        for key, name in names.items():
            label, widget, error = self._rows[key]
            label.setText(f"{name}:")
            widget.setAccessibleName(name)
            error.setAccessibleName(self.tr("Problem with %1").replace("%1", name))
        for label, spec in self._field_labels:
            text = spec.label(lang) + (" *" if spec.required else "")
            label.setText(f"{text}:")
            _l, widget, error = self._rows[f"fields.{spec.name}"]
            widget.setAccessibleName(spec.label(lang))
            error.setAccessibleName(self.tr("Problem with %1").replace("%1", spec.label(lang)))
        self._rows["title"][0].setText(self.tr("Title") + " *:")
        for code, box in self.audience_boxes.items():
            box.setText(audience_label(code))
            box.setAccessibleName(audience_label(code))
        for i, status in enumerate(STATUSES):
            self.status_combo.setItemText(i, status_label(status))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. klima, næring"))
        self._retranslate_tabs()
        self._validate()

    def _retranslate_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Content"))
        self.tabs.setTabText(1, self.tr("Relations and sources"))
        self.tabs.setTabText(2, self.tr("History"))
        self.tabs.setAccessibleName(self.tr("Item editor sections"))
        self.body_label.setText(self.tr("Text (Markdown) and preview:"))
        self.body_edit.setAccessibleName(self.tr("Text (Markdown)"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.image_button.setText(self.tr("Insert image…"))
        self.image_button.setAccessibleName(self.tr("Insert image"))
        self.relations_label.setText(self.tr("Relations to other items:"))
        self.relations_list.setHeaderLabels([self.tr("Relation"), self.tr("Item")])
        self.relations_list.setAccessibleName(self.tr("Relations"))
        self.citations_label.setText(self.tr("Cited sources:"))
        self.citations_list.setHeaderLabels([self.tr("Source"), self.tr("Page or locator")])
        self.citations_list.setAccessibleName(self.tr("Citations"))
        for button, text in ((self.add_relation_button, self.tr("Add relation…")),
                             (self.remove_relation_button, self.tr("Remove relation")),
                             (self.add_citation_button, self.tr("Cite a source…")),
                             (self.remove_citation_button, self.tr("Remove citation")),
                             (self.compare_button, self.tr("Compare…")),
                             (self.restore_button, self.tr("Restore this revision")),
                             (self.reload_button, self.tr("Load the newer version")),
                             (self.overwrite_button, self.tr("Save my text over it"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.history_list.setHeaderLabels([self.tr("Revision"), self.tr("When"),
                                           self.tr("Who"), self.tr("What")])
        self.history_list.setAccessibleName(self.tr("Revision history"))
        self.history_hint.setText(self.tr("Select two revisions to compare them, or one to "
                                          "compare it with the current text."))
        self.banner_text.setAccessibleName(self.tr("Warning"))
        self.status_line.setAccessibleName(self.tr("Save status"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._state:
                self._show_links(self._state)
        super().changeEvent(event)

    # -- values -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Return the form's values, shaped like an item state."""
        fields: dict[str, Any] = {}
        for spec in self.spec.fields:
            value = self._field_value(spec, self._rows[f"fields.{spec.name}"][1])
            if value not in ("", None, []):
                fields[spec.name] = value
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        return {
            "title": self.title_edit.text().strip(),
            "summary": self.summary_edit.toPlainText(),
            "body": self.body_edit.toPlainText(),
            "language": self.language_combo.currentData(),
            "status": self.status_combo.currentData(),
            "audiences": [c for c, box in self.audience_boxes.items() if box.isChecked()],
            "tags": list(dict.fromkeys(tags)),
            "fields": fields,
        }

    @staticmethod
    def _field_value(spec: FieldSpec, widget: QWidget) -> Any:
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            if spec.type == "list":
                return [line.strip() for line in text.splitlines() if line.strip()]
            return text
        text = widget.text().strip()  # type: ignore[attr-defined]
        if spec.type == "number" and text:
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                return text  # validation says "must be a number"
            return int(number) if number.is_integer() else number
        return text

    def _populate(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._state = state
            self.revision = state["revision"]
            self.title_edit.setText(state["title"])
            _set_plain(self.summary_edit, state["summary"])
            _set_plain(self.body_edit, state["body"])
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
                state["language"])))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(state["status"])))
            for code, box in self.audience_boxes.items():
                box.setChecked(code in state["audiences"])
            self.tags_edit.setText(", ".join(state["tags"]))
            for spec in self.spec.fields:
                _set_field(spec, self._rows[f"fields.{spec.name}"][1],
                           state["fields"].get(spec.name))
            self._show_links(state)
        finally:
            self._loading = False
        self._saved = self.values()
        self._validate()
        self._update_preview()
        self._set_status(self.tr("Saved (revision %1)").replace("%1", str(self.revision)))
        self.title_did_change.emit(self.title())

    def _show_links(self, state: dict[str, Any]) -> None:
        en = current_language() == "en"
        self.relations_list.clear()
        for rel in state["relations"]:
            spec = RELATIONS.get(rel["type"])
            name = (spec.label_en if en else spec.label_nb) if spec else rel["type"]
            entry = QTreeWidgetItem(self.relations_list,
                                    [name, self._titles.get(rel["target_id"], rel["target_id"])])
            entry.setData(0, Qt.ItemDataRole.UserRole, rel["id"])
        self.citations_list.clear()
        for cit in state["citations"]:
            entry = QTreeWidgetItem(self.citations_list, [
                self._titles.get(cit["source_id"], cit["source_id"]), cit["locator"]])
            entry.setData(0, Qt.ItemDataRole.UserRole, cit["id"])
        self.relations_list.resizeColumnToContents(0)

    def _show_history(self, rows: list[Any]) -> None:
        self.history_list.clear()
        for r in rows:
            when = r.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            entry = QTreeWidgetItem(self.history_list,
                                    [str(r.revision), when, r.author, command_label(r.action)])
            entry.setData(0, Qt.ItemDataRole.UserRole, r.revision)
        for col in range(3):
            self.history_list.resizeColumnToContents(col)

    # -- validation and saving ------------------------------------------------------------

    def _validate(self) -> list[tuple[str, str]]:
        from content.items.kinds import validate_item_values

        if not hasattr(self, "title_edit"):
            return []
        v = self.values()
        problems = validate_item_values(self.kind, v["title"], v["fields"],
                                        language=v["language"], status=v["status"])
        by_key = dict(reversed(problems))
        for key, (_label, _widget, error) in self._rows.items():
            msg = by_key.get(key)
            error.setText(validation_text(msg) if msg else "")
            error.setVisible(bool(msg))
        return problems

    def _on_edit(self, *_args: Any) -> None:
        if self._loading:
            return
        problems = self._validate()
        if self.stale:
            return
        if problems:
            self._set_status(self.tr("Not saved: fix the marked fields"))
            self._timer.stop()
            return
        self._set_status(self.tr("Changed…"))
        self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Save as soon as a field loses focus."""
        if event.type() == QEvent.Type.FocusOut and not self._loading and self._timer.isActive():
            self.save_now()
        return super().eventFilter(obj, event)

    def save_now(self) -> None:
        """Store the edits made so far (one command), if the form is valid."""
        from content.commands import CreateItem, UpdateItem

        self._timer.stop()
        if self.stale or self._loading or (self.item_id and not self.loaded):
            return
        if self._saving:
            self._resave = True
            return
        if self._validate():
            self._set_status(self.tr("Not saved: fix the marked fields"))
            return
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self._saved.get(k)}
        if not changed:
            return
        if self.item_id:
            cmd: Any = UpdateItem(entity_id=self.item_id, expected_revision=self.revision,
                                  values=changed)
        else:
            cmd = CreateItem(values={"kind": self.kind, **values})
        self._saving = True
        self._set_status(self.tr("Saving…"))
        ops.run_command(self.ctx, self, cmd, initiator=self,
                        on_done=lambda _ch: self._on_saved(cmd, values),
                        on_error=self._on_save_failed)

    def _on_saved(self, cmd: Any, values: dict[str, Any]) -> None:
        created = not self.item_id
        self.item_id = cmd.entity_id
        self.revision = cmd.after_revision
        self._saved = values
        self._saving = False
        self._set_status(self.tr("Saved (revision %1)").replace("%1", str(self.revision)))
        self.title_did_change.emit(self.title())
        if created:
            self.item_did_create.emit(self.item_id)
        self._refresh_history()
        self._continue_after_save()

    def _continue_after_save(self) -> None:
        if self._resave:
            self._resave = False
            self.save_now()
            if self._saving:
                return
        pending, self._after_save = self._after_save, []
        for fn in pending:
            fn()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._resave = False
        self._after_save.clear()
        if isinstance(exc, StaleWriteError):
            self.stale = True
            self.banner_text.setText(self.tr(
                "This item was changed elsewhere after you opened it, so your edit was not "
                "saved. Your text is still here. Load the newer version (your edits are "
                "replaced), or save your text over it."))
            self.banner.show()
            self._set_status(self.tr("Not saved: changed elsewhere"))
        else:
            self._set_status(self.tr("Not saved"))
        ops.show_error(self, exc)

    def _discard_and_reload(self) -> None:
        self.stale = False
        self.banner.hide()
        self.reload()

    def _save_over(self) -> None:
        """Take the stored revision as the base, then save the text shown."""
        from content.library import get_state

        item_id = self.item_id

        def done(state: dict[str, Any]) -> None:
            self.revision = state["revision"]
            self._saved = {k: state.get(k) for k in self.values()}
            self.stale = False
            self.banner.hide()
            self.save_now()

        self.ctx.read_async(lambda s: get_state(s, "item", item_id), done, owner=self)

    def _set_status(self, text: str) -> None:
        self.status_line.setText(text)

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.item_id or self.item_id not in changes.ids:
            return
        if self._saving or self.stale or self.is_dirty():
            return  # the next save will find out (and keep the user's text)
        self.reload()

    def _refresh_history(self) -> None:
        from content.library import history

        item_id = self.item_id
        self.ctx.read_async(lambda s: history(s, "item", item_id), self._show_history, owner=self)

    def _when_saved(self, fn: Any) -> None:
        """Run fn after pending edits are stored (so its expected revision is right)."""
        if self.stale:
            return
        self.flush()
        if self._saving:
            self._after_save.append(fn)
        elif self.item_id:
            fn()

    def _run_item_command(self, cmd: Any) -> None:
        cmd.expected_revision = self.revision
        ops.run_command(self.ctx, self, cmd, initiator=self,
                        on_done=lambda _ch: self.reload(), on_error=self._on_save_failed)

    # -- preview and images ------------------------------------------------------------------

    def _update_preview(self) -> None:
        text = self.body_edit.toPlainText()
        self._preview_gen += 1
        gen = self._preview_gen

        def done(fut: Any) -> None:
            if is_alive(self) and gen == self._preview_gen and fut.exception() is None:
                self.preview.setHtml(fut.result())

        self.ctx.tasks.run(lambda: preview_html(text), done, uses_db=False)

    def choose_image(self) -> None:
        """Ask for an image file and insert it."""
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Insert image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        if path:
            self.insert_image(path)

    def insert_image(self, path: str) -> None:
        """Store an image in the library and insert a reference at the cursor."""
        from content.items.assets import add_asset

        library, author, name = self.ctx.library, self.ctx.author, Path(path).name

        def work() -> str:
            data = Path(path).read_bytes()
            with library.sessions.begin() as session:
                return add_asset(session, name, data, author)

        def done(fut: Any) -> None:
            if not is_alive(self):
                return
            if fut.exception() is not None:
                ops.show_error(self, fut.exception())
                return
            alt = Path(name).stem.replace("]", "").replace("[", "")
            self.body_edit.insertPlainText(f"![{alt}](asset:{fut.result()})")

        self.ctx.tasks.run(work, done)

    # -- relations, citations, history ---------------------------------------------------------

    def pick_relation(self) -> None:
        """Choose a relation type and a target item, then add it."""
        from content.commands import AddRelation
        from gui.pickers import ItemPickerDialog

        dialog = ItemPickerDialog(self.ctx, self, source_kind=self.kind, item_id=self.item_id)
        if dialog.exec() and (choice := dialog.chosen()):
            self._titles[choice["id"]] = choice["title"]
            self._when_saved(lambda: self._run_item_command(AddRelation(
                entity_id=self.item_id, relation_type=choice["relation"],
                target_id=choice["id"])))

    def remove_relation(self) -> None:
        """Remove the selected relation."""
        from content.commands import RemoveRelation

        entry = self.relations_list.currentItem()
        if entry is not None:
            rel_id = entry.data(0, Qt.ItemDataRole.UserRole)
            self._when_saved(lambda: self._run_item_command(
                RemoveRelation(entity_id=self.item_id, relation_id=rel_id)))

    def pick_citation(self) -> None:
        """Choose a source item and a page locator, then cite it."""
        from content.commands import AddCitation
        from gui.pickers import ItemPickerDialog

        dialog = ItemPickerDialog(self.ctx, self, source_kind=self.kind, item_id=self.item_id,
                                  citation=True)
        if dialog.exec() and (choice := dialog.chosen()):
            self._when_saved(lambda: self._run_item_command(AddCitation(
                entity_id=self.item_id, source_id=choice["id"], locator=choice["locator"])))

    def remove_citation(self) -> None:
        """Remove the selected citation."""
        from content.commands import RemoveCitation

        entry = self.citations_list.currentItem()
        if entry is not None:
            cit_id = entry.data(0, Qt.ItemDataRole.UserRole)
            self._when_saved(lambda: self._run_item_command(
                RemoveCitation(entity_id=self.item_id, citation_id=cit_id)))

    def selected_revisions(self) -> list[int]:
        """Return the revisions selected in the history list, oldest first."""
        return sorted(int(e.data(0, Qt.ItemDataRole.UserRole))
                      for e in self.history_list.selectedItems())

    def compare_selected(self) -> Any:
        """Open the diff of the two selected revisions (or one and the current)."""
        from gui.revision_diff import RevisionDiffDialog

        self.flush()
        revs = self.selected_revisions()
        if not revs or not self.item_id:
            return None
        old, new = (revs[0], revs[-1]) if len(revs) > 1 else (revs[0], self.revision)
        dialog = RevisionDiffDialog(self.ctx, "item", self.item_id, old, new, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def restore_selected(self) -> None:
        """Bring back the selected revision (one undoable step)."""
        from content.commands import RestoreItemRevision

        revs = self.selected_revisions()
        if len(revs) != 1:
            QMessageBox.information(self, self.tr("Restore a revision"),
                                    self.tr("Select the one revision to restore."))
            return
        self._when_saved(lambda: self._run_item_command(
            RestoreItemRevision(entity_id=self.item_id, revision=revs[0])))

    def _load_tag_choices(self) -> None:
        from PySide6.QtCore import QStringListModel

        from content.library import all_labels

        def done(tags: list[tuple[str, int]]) -> None:
            self.tags_completer.setModel(QStringListModel([t for t, _n in tags], self))

        self.ctx.read_async(lambda s: all_labels(s, "tag"), done, owner=self)


def preview_html(text: str) -> str:
    """Return the preview HTML (the export pipeline's Markdown; images as kvasset: URLs)."""
    try:
        from content.markdown import to_html
    except ImportError:
        return f"<pre>{html.escape(text)}</pre>"
    return to_html(text, resolve_asset=lambda asset_id: f"kvasset:{asset_id}")


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        cursor = edit.textCursor().position()
        edit.setPlainText(text)
        c = edit.textCursor()
        c.setPosition(min(cursor, len(text)))
        edit.setTextCursor(c)


def _set_field(spec: FieldSpec, widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value or "")))
    elif isinstance(widget, QPlainTextEdit):
        text = "\n".join(value) if isinstance(value, list) else str(value or "")
        _set_plain(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else f"{value:g}" if isinstance(value, float)
                       else str(value))
    widget.setProperty("kindField", spec.name)
