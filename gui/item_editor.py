"""Edit one item: a form from its kind's fields, Markdown with preview, relations, history.

Edits are saved as they are made (after a pause, or when a field loses focus) by the one
autosave of ``EntityEditorPanel``, each expecting the revision the editor loaded: an edit
made elsewhere in the meantime is refused with a message, and the user's text stays in
the editor. The form, the links and the history are panels of their own
(``gui/item_form.py``, ``gui/item_links.py``, ``gui/item_history.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from content.errors import StaleWriteError
from content.queries import load_item
from gui import ops
from gui.editor_panel import SAVE_DELAY_MS, EntityEditorPanel
from gui.item_form import ItemFormPanel, PreviewBrowser, preview_html
from gui.item_history import ItemHistoryPanel
from gui.item_links import ItemLinksPanel

if TYPE_CHECKING:
    from content.changes import Changes
    from content.commands import Command
    from content.queries import ItemView
    from gui.context import AppContext

__all__ = ["SAVE_DELAY_MS", "ItemEditorPanel", "PreviewBrowser", "preview_html"]


class ItemEditorPanel(EntityEditorPanel):
    """The editor of one item (or of a new one until it is first saved)."""

    entity_type = "item"
    item_did_create = Signal(str)

    def __init__(self, ctx: AppContext, item_id: str | None, parent: QWidget | None = None,
                 *, kind: str = "finding") -> None:
        super().__init__(ctx, item_id, parent)
        self.kind = kind
        self._saved_values: dict[str, Any] = {}
        self.loaded = not item_id
        self.form_panel: ItemFormPanel | None = None
        ctx.operation_did_execute.connect(self._on_operation)
        if item_id:
            self._build_empty()
            self.reload()
        else:
            self._build(kind)
            self.form_panel.validate()  # type: ignore[union-attr]

    # -- public -----------------------------------------------------------------------

    @property
    def item_id(self) -> str:
        """Return the id of the item shown (empty until a new item is first saved)."""
        return self.entity_id

    def title(self) -> str:
        """Return the tab title."""
        text = self.form_panel.title_edit.text().strip() if self.form_panel else ""
        return text or self.tr("New item")

    def reload(self) -> None:
        """Load the stored item into the form (replacing what is shown)."""
        item_id = self.entity_id
        self.ctx.read_async(lambda s: load_item(s, item_id), self._on_loaded,
                            lambda exc: ops.show_error(self, exc), owner=self)

    def values(self) -> dict[str, Any]:
        """Return the form's values, shaped like an item state."""
        return self.form_panel.values() if self.form_panel else {}

    # -- building -----------------------------------------------------------------------

    def _build_empty(self) -> None:
        layout = QVBoxLayout(self)
        self._placeholder = QLabel(self.tr("Loading…"), self)
        layout.addWidget(self._placeholder)

    def _on_loaded(self, data: ItemView) -> None:
        state = data.state
        if self.form_panel is None:
            self._placeholder.deleteLater()
            self.layout().removeWidget(self._placeholder)
            self._build(state["kind"], self.layout())
        self.links.titles = data.titles
        self._populate(state)
        self.history.show_history(data.history)
        self.loaded = True
        self.apply_role()

    def _build(self, kind: str, layout: Any = None) -> None:
        self.kind = kind
        layout = layout or QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self._build_banner(layout)
        self.tabs = QTabWidget(self)
        self.form_panel = ItemFormPanel(self.ctx, kind, self)
        self.form_panel.edited.connect(self._on_edit)
        self.form_panel.field_left.connect(self._on_field_left)
        self.links = ItemLinksPanel(self, self)
        self.history = ItemHistoryPanel(self, self)
        self.tabs.addTab(self.form_panel, "")
        self.tabs.addTab(self.links, "")
        self.tabs.addTab(self.history, "")
        layout.addWidget(self.tabs, 1)
        self.status_line = QLabel(self)
        layout.addWidget(self.status_line)
        self._alias_parts()
        self.retranslate()
        self.form_panel.retranslate()

    def _alias_parts(self) -> None:
        """Name the parts' widgets on the editor too, where callers and tests look."""
        form, links, history = self.form_panel, self.links, self.history
        assert form is not None
        self.spec = form.spec
        self._rows = form._rows
        for name in ("title_edit", "summary_edit", "language_combo", "status_combo",
                     "audience_boxes", "tags_edit", "body_edit", "preview", "image_button"):
            setattr(self, name, getattr(form, name))
        self.insert_image, self.choose_image = form.insert_image, form.choose_image
        for name in ("relations_list", "citations_list", "pick_relation", "remove_relation",
                     "pick_citation", "remove_citation"):
            setattr(self, name, getattr(links, name))
        for name in ("history_list", "selected_revisions", "compare_selected",
                     "restore_selected"):
            setattr(self, name, getattr(history, name))

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

    def _role_inputs(self) -> list[QWidget]:
        """Return the form, the links and the restore button (the rest only shows)."""
        if self.form_panel is None:
            return []
        return [self.form_panel, self.links, self.history.restore_button]

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the editor's frame in the UI language (the parts do theirs)."""
        if self.form_panel is None:
            return
        self.tabs.setTabText(0, self.tr("Content"))
        self.tabs.setTabText(1, self.tr("Relations and sources"))
        self.tabs.setTabText(2, self.tr("History"))
        self.tabs.setAccessibleName(self.tr("Item editor sections"))
        for button, text in ((self.reload_button, self.tr("Load the newer version")),
                             (self.overwrite_button, self.tr("Save my text over it"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.banner_text.setAccessibleName(self.tr("Warning"))
        self.status_line.setAccessibleName(self.tr("Save status"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------

    def _populate(self, state: dict[str, Any]) -> None:
        assert self.form_panel is not None
        self.revision = state["revision"]
        self.form_panel.populate(state)
        self.links.show_links(state)
        self._saved_values = self.values()
        self._set_status(self.tr("Saved (revision %1)").replace("%1", str(self.revision)))
        self.title_did_change.emit(self.title())

    def _on_operation(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.entity_id or self.entity_id not in changes.ids:
            return
        if self._saving or self.stale or self.is_dirty():
            return  # the next save will find out (and keep the user's text)
        self.reload()

    # -- the autosave hooks -------------------------------------------------------------

    def _unsaved(self) -> dict[str, Any]:
        if self.form_panel is None:
            return {}
        return {k: v for k, v in self.values().items() if v != self._saved_values.get(k)}

    def _can_save(self) -> bool:
        if self.form_panel is None or self.form_panel.loading:
            return False
        if self.entity_id and not self.loaded:
            return False
        if self.form_panel.validate():
            self._set_status(self.tr("Not saved: fix the marked fields"))
            return False
        return True

    def _save_command(self, values: dict[str, Any]) -> Command:
        from content.commands import CreateItem, UpdateItem

        if self.entity_id:
            return UpdateItem(entity_id=self.entity_id, expected_revision=self.revision,
                              values=values)
        return CreateItem(values={"kind": self.kind, **self.values()})

    def _save_started(self, values: dict[str, Any]) -> None:
        self._set_status(self.tr("Saving…"))

    def _saved(self, cmd: Command, values: dict[str, Any]) -> None:
        created = not self.entity_id
        self.entity_id = cmd.entity_id
        self._saved_values = {**self._saved_values, **values}
        self._set_status(self.tr("Saved (revision %1)").replace("%1", str(self.revision)))
        self.title_did_change.emit(self.title())
        if created:
            self.item_did_create.emit(self.entity_id)
        self.history.refresh()

    def _save_refused(self, exc: BaseException) -> None:
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

    def _on_edit(self) -> None:
        assert self.form_panel is not None
        problems = self.form_panel.validate()
        if self.stale:
            return
        if problems:
            self._set_status(self.tr("Not saved: fix the marked fields"))
            self.cancel_save()
            return
        self._set_status(self.tr("Changed…"))
        self.schedule_save()

    def _on_field_left(self) -> None:
        """Save as soon as a field loses focus."""
        if self._save_timer.isActive():
            self.save_now()

    # -- stale edits --------------------------------------------------------------------

    def _discard_and_reload(self) -> None:
        self.stale = False
        self.banner.hide()
        self.reload()

    def _save_over(self) -> None:
        """Take the stored revision as the base, then save the text shown."""
        from content.library import get_state

        item_id = self.entity_id

        def done(state: dict[str, Any]) -> None:
            self.revision = state["revision"]
            self._saved_values = {k: state.get(k) for k in self.values()}
            self.stale = False
            self.banner.hide()
            self.save_now()

        self.ctx.read_async(lambda s: get_state(s, "item", item_id), done, owner=self)

    def _set_status(self, text: str) -> None:
        self.status_line.setText(text)

    # -- relations, citations, restore --------------------------------------------------

    def run_item_command(self, cmd: Any) -> None:
        """Run a links or history command from the revision shown, then reload."""
        cmd.expected_revision = self.revision
        ops.run_command(self.ctx, self, cmd, initiator=self,
                        on_done=lambda _ch: self.reload(), on_error=self._save_failed)
