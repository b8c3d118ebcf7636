"""Show what changed between two revisions of an entity, inline or side by side."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from gui.context import AppContext

SKIP = {"id", "deleted", "starter"}
INS = "background:#d7f5dd;color:#0b4d1c;text-decoration:none"
DEL = "background:#fbdada;color:#7a1010;text-decoration:line-through"


def as_text(value: Any) -> str:
    """Return a readable text for one field's value."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str)


def shown(key: str, value: Any) -> Any:
    """Return a stored value as the user reads it: statuses, audiences and choices as words."""
    from content.items.kinds import CHOICE_LABELS, audience_name, choice_label
    from gui.i18n import current_language

    lang = current_language()
    if key == "audiences" and isinstance(value, list):
        return [audience_name(str(v), lang) for v in value]
    if isinstance(value, str) and value in CHOICE_LABELS and key in CHOICE_KEYS:
        return choice_label(value, lang)
    return value


def _choice_keys() -> set[str]:
    from content.items.kinds import KINDS

    keys = {f.name for k in KINDS.values() for f in k.fields if f.type == "choice"}
    return keys | {"status"}


CHOICE_KEYS = _choice_keys()


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Return (field, old text, new text) for every field that differs."""
    keys = [k for k in dict.fromkeys([*old, *new]) if k not in SKIP]
    out = []
    for key in keys:
        if key == "fields":
            sub_old, sub_new = old.get(key) or {}, new.get(key) or {}
            for sub in dict.fromkeys([*sub_old, *sub_new]):
                a = as_text(shown(sub, sub_old.get(sub, "")))
                b = as_text(shown(sub, sub_new.get(sub, "")))
                if a != b:
                    out.append((sub, a, b))
            continue
        a, b = as_text(shown(key, old.get(key, ""))), as_text(shown(key, new.get(key, "")))
        if a != b:
            out.append((key, a, b))
    return out


def _diffs(a: str, b: str) -> list[tuple[int, str]]:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5
    diffs = dmp.diff_main(a, b)
    dmp.diff_cleanupSemantic(diffs)
    return diffs


def _span(op: int, text: str) -> str:
    body = html.escape(text).replace("\n", "¶<br>")
    if op > 0:
        return f'<span style="{INS}">{body}</span>'
    if op < 0:
        return f'<span style="{DEL}">{body}</span>'
    return body


def field_label(key: str) -> str:
    """Return a changed field's name in the UI language."""
    from PySide6.QtCore import QCoreApplication

    from content.items.kinds import KINDS
    from gui.i18n import current_language

    names = {
        "title": QCoreApplication.translate("RevisionDiffDialog", "Title"),
        "summary": QCoreApplication.translate("RevisionDiffDialog", "Summary"),
        "body": QCoreApplication.translate("RevisionDiffDialog", "Text"),
        "text": QCoreApplication.translate("RevisionDiffDialog", "Text"),  # a module block's
        "language": QCoreApplication.translate("RevisionDiffDialog", "Language"),
        "status": QCoreApplication.translate("RevisionDiffDialog", "Status"),
        "tags": QCoreApplication.translate("RevisionDiffDialog", "Tags"),
        "audiences": QCoreApplication.translate("RevisionDiffDialog", "Audiences"),
        "relations": QCoreApplication.translate("RevisionDiffDialog", "Relations"),
        "citations": QCoreApplication.translate("RevisionDiffDialog", "Citations"),
        "kind": QCoreApplication.translate("RevisionDiffDialog", "Kind"),
    }
    if key in names:
        return names[key]
    for spec in KINDS.values():
        fs = spec.field(key)
        if fs is not None:
            return fs.label(current_language())
    return key


def inline_html(fields: list[tuple[str, str, str]]) -> str:
    """Return one HTML page with insertions and deletions marked in colour."""
    parts = []
    for name, a, b in fields:
        spans = "".join(_span(op, t) for op, t in _diffs(a, b))
        parts.append(f"<h3>{html.escape(field_label(name))}</h3><p>{spans}</p>")
    return "".join(parts)


def side_html(fields: list[tuple[str, str, str]]) -> tuple[str, str]:
    """Return (old, new) HTML pages: deletions marked left, insertions right."""
    left, right = [], []
    for name, a, b in fields:
        diffs = _diffs(a, b)
        head = f"<h3>{html.escape(field_label(name))}</h3>"
        left.append(head + "<p>" + "".join(_span(op, t) for op, t in diffs if op <= 0) + "</p>")
        right.append(head + "<p>" + "".join(_span(op, t) for op, t in diffs if op >= 0) + "</p>")
    return "".join(left), "".join(right)


class RevisionDiffDialog(QDialog):
    """Compare two revisions of an item (or module) field by field."""

    def __init__(self, ctx: AppContext, entity_type: str, entity_id: str, old_rev: int,
                 new_rev: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._fields: list[tuple[str, str, str]] | None = None
        self.old_rev, self.new_rev = min(old_rev, new_rev), max(old_rev, new_rev)
        self._build()
        self.retranslate()
        self.resize(900, 560)
        self._load(entity_type, entity_id)

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.mode = QComboBox(self)
        self.mode.currentIndexChanged.connect(lambda _i: self._render())
        self.inline = QTextBrowser(self)
        self.old_view, self.new_view = QTextBrowser(self), QTextBrowser(self)
        self.split = QSplitter(self)
        self.split.addWidget(self.old_view)
        self.split.addWidget(self.new_view)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.inline, 1)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        """Set the texts in the UI language."""
        self.setWindowTitle(self.tr("Compare revisions"))
        self.heading.setText(self.tr("Revision %1 → revision %2")
                             .replace("%1", str(self.old_rev)).replace("%2", str(self.new_rev)))
        index = self.mode.currentIndex()
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItems([self.tr("Inline"), self.tr("Side by side")])
        self.mode.setCurrentIndex(max(0, index))
        self.mode.blockSignals(False)
        self.mode.setAccessibleName(self.tr("How to show the differences"))
        self.inline.setAccessibleName(self.tr("Differences"))
        self.old_view.setAccessibleName(self.tr("Revision %1").replace("%1", str(self.old_rev)))
        self.new_view.setAccessibleName(self.tr("Revision %1").replace("%1", str(self.new_rev)))
        self.heading.setAccessibleName(self.tr("Compared revisions"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        if self._fields:
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load(self, entity_type: str, entity_id: str) -> None:
        from content.library import state_at

        old, new = self.old_rev, self.new_rev

        def work(session: Any) -> list[tuple[str, str, str]]:
            a = state_at(session, entity_type, entity_id, old)
            b = state_at(session, entity_type, entity_id, new)
            return changed_fields(a, b)

        self.inline.setPlainText(self.tr("Loading…"))
        self._ctx.read_async(work, self._on_loaded,
                             lambda exc: self.inline.setPlainText(str(exc)), owner=self)

    def _on_loaded(self, fields: list[tuple[str, str, str]]) -> None:
        self._fields = fields
        self._render()

    def _render(self) -> None:
        side = self.mode.currentIndex() == 1
        self.inline.setVisible(not side)
        self.split.setVisible(side)
        if self._fields is None:
            return
        if not self._fields:
            self.inline.setPlainText(self.tr("The two revisions have the same content."))
            self.old_view.setPlainText("")
            self.new_view.setPlainText("")
            return
        self.inline.setHtml(inline_html(self._fields))
        left, right = side_html(self._fields)
        self.old_view.setHtml(left)
        self.new_view.setHtml(right)
