"""The item editor's form: common fields, the kind's own fields, Markdown body with preview.

The form knows nothing about saving: it reports ``edited`` when the user changes a value
and ``field_left`` when a field loses focus, and its owner (``ItemEditorPanel``) decides.
Problems are shown beside the field they concern, in the UI language.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from content.items.kinds import AUDIENCES, KINDS, LANGUAGES, STATUSES, FieldSpec, choice_label
from gui import ops
from gui.context import is_alive
from gui.i18n import audience_label, current_language, status_label, validation_text

if TYPE_CHECKING:
    from gui.context import AppContext

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


class ItemFormPanel(QSplitter):
    """The fields of one item kind above the Markdown body and its live preview."""

    edited = Signal()
    field_left = Signal()

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = KINDS[kind]
        self.loading = False
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self._field_labels: list[tuple[QLabel, FieldSpec]] = []
        self._preview_gen = 0
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Item fields"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the tab stops
        form_host = QWidget(scroll)
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_common_fields()
        for spec in self.spec.fields:
            self._add_row(f"fields.{spec.name}", self._field_widget(spec), spec)
        scroll.setWidget(form_host)
        self.addWidget(scroll)
        self.addWidget(self._build_body())
        self.setSizes([330, 330])

    # -- building -------------------------------------------------------------------------

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
                combo.addItem(choice_label(choice, current_language()), choice)
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

    def _load_tag_choices(self) -> None:
        from content.library import all_labels

        def done(tags: list[tuple[str, int]]) -> None:
            self.tags_completer.setModel(QStringListModel([t for t, _n in tags], self))

        self.ctx.read_async(lambda s: all_labels(s, "tag"), done, owner=self)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every label in the UI language."""
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
            if isinstance(widget, QComboBox):
                for i in range(1, widget.count()):
                    widget.setItemText(i, choice_label(str(widget.itemData(i)), lang))
            error.setAccessibleName(self.tr("Problem with %1").replace("%1", spec.label(lang)))
        self._rows["title"][0].setText(self.tr("Title") + " *:")
        for code, box in self.audience_boxes.items():
            box.setText(audience_label(code))
            box.setAccessibleName(audience_label(code))
        for i, status in enumerate(STATUSES):
            self.status_combo.setItemText(i, status_label(status))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. klima, næring"))
        self.body_label.setText(self.tr("Text (Markdown) and preview:"))
        self.body_edit.setAccessibleName(self.tr("Text (Markdown)"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.image_button.setText(self.tr("Insert image…"))
        self.image_button.setAccessibleName(self.tr("Insert image"))
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Return the form's values, shaped like an item state."""
        fields: dict[str, Any] = {}
        for spec in self.spec.fields:
            value = _field_value(spec, self._rows[f"fields.{spec.name}"][1])
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

    def populate(self, state: dict[str, Any]) -> None:
        """Show a stored item state (no ``edited`` signal)."""
        self.loading = True
        try:
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
        finally:
            self.loading = False
        self.validate()
        self.update_preview()

    def validate(self) -> list[tuple[str, str]]:
        """Show each problem beside its field; return them all (empty when valid)."""
        from content.items.kinds import validate_item_values

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
        if not self.loading:
            self.edited.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Report a field losing focus (the owner saves then)."""
        if event.type() == QEvent.Type.FocusOut and not self.loading:
            self.field_left.emit()
        return super().eventFilter(obj, event)

    # -- preview and images ---------------------------------------------------------------

    def update_preview(self) -> None:
        """Render the body in a worker and show it (only the newest rendering)."""
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
        from content.store import writing

        library, author, name = self.ctx.library, self.ctx.author, Path(path).name

        def work() -> str:
            data = Path(path).read_bytes()
            with writing(library) as session:
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


def preview_html(text: str) -> str:
    """Return the preview HTML (the export pipeline's Markdown; images as kvasset: URLs)."""
    try:
        from content.markdown import to_html
    except ImportError:
        return f"<pre>{html.escape(text)}</pre>"
    return to_html(text, resolve_asset=lambda asset_id: f"kvasset:{asset_id}")


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
